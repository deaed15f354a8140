"""One invented English sentence per rule on where a body's or an award's name ends."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_body_name_goes_on_past_and_after_its_connector() -> None:
    text = (
        "“The children are safe now and we will keep them that way for as long as it takes,” "
        "said the Marlow Department of Children and Families."
    )
    _, quotes, _ = read(text, "en")
    speaker = speaker_of(quotes, "The children are safe")
    assert speaker == "Marlow Department of Children and Families"


def test_a_name_running_into_an_award_is_no_person() -> None:
    text = (
        "“The award honours courage in public life more than any other prize we know,” said "
        "the Ann Reed Profile in Courage Award committee."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The award honours courage") is None


def test_a_subject_inside_a_body_name_after_and_is_that_body() -> None:
    text = (
        "A spokeswoman for the Marlow Cabinet for Health and Family Services pointed the finger "
        "at the clinic, saying the clinic had declined to enroll as a provider."
    )
    _, quotes, _ = read(text, "en")
    speaker = speaker_of(quotes, "the finger at the clinic", None)
    assert speaker == "Marlow Cabinet for Health and Family Services"
