"""One invented sentence per rule learnt from English news of another source and era than
PolNeAR (task en-unseen2)."""

from __future__ import annotations

from bot.text.model import Quote
from tests.text.quotes.reading import read, speaker_of


def _quotes(text: str) -> tuple[Quote, ...]:
    return read(text, "en")[1]


def test_the_ministry_is_not_a_ship_or_a_place_named_before() -> None:
    text = (
        "A trawler sank off the Brava Peninsula on Thursday. It was carrying 120 people, the "
        "ministry said."
    )
    assert speaker_of(_quotes(text), "was carrying 120 people", kind=None) is None


def test_a_stray_comma_between_the_name_and_its_verb_keeps_the_speaker() -> None:
    text = '"There has been some recruitment," Colonel Tam Brandt, told reporters.'
    assert speaker_of(_quotes(text), "there has been some recruitment", kind=None) == "Tam Brandt"


def test_a_question_to_the_reader_after_a_dateline_is_no_reported_speech() -> None:
    text = (
        "Harbourton (WNS) Do you remember the talk about plans for a summit this spring? "
        "Well, forget it."
    )
    assert not _quotes(text)


def test_a_full_name_between_dashes_after_a_relative_speaks() -> None:
    text = '"I will have my girl at home," her mother -- Lena Ostrova -- told Radio Kesto.'
    assert speaker_of(_quotes(text), "i will have my girl at home", kind=None) == "Lena Ostrova"


def test_a_subject_with_an_aside_then_its_verb_is_no_reported_speech() -> None:
    text = (
        "The war goes on. The United Nations, citing reports from aid partners, said 519 "
        "people have been killed in the fighting."
    )
    assert not _quotes(text)
