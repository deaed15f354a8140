"""One invented English sentence per rule for interview and vox-pop layouts."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_quote_after_a_new_person_s_sentence_is_theirs_not_the_last_speaker_s() -> None:
    text = (
        "Mirela Dost, 24, of Tulsa, said she had not decided. “I want someone who will fix "
        "the roads.”\n\nTobin Harl, 61, of Enid, felt the opposite. “Nobody in this town "
        "trusts either party.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Nobody in this town") == "Tobin Harl"


def test_a_name_before_an_unclosed_apposition_is_the_subject_not_the_body_it_serves() -> None:
    text = (
        "Anthony Varga, president and CEO of Northern Dairy Association stated, "
        "“It is a math problem.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It is a math problem") == "Anthony Varga"
