"""One invented English sentence per rule for interview and vox-pop layouts."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_name_before_an_unclosed_apposition_is_the_subject_not_the_body_it_serves() -> None:
    text = (
        "Anthony Varga, president and CEO of Northern Dairy Association stated, "
        "“It is a math problem.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It is a math problem") == "Anthony Varga"
