"""One invented sentence per rule learnt from English news of another source and era than
PolNeAR (task en-unseen)."""

from __future__ import annotations

from bot.text.model import Quote
from tests.text.quotes.reading import fold, read


def _quotes(text: str) -> tuple[Quote, ...]:
    _, quotes, _ = read(text, "en")
    return quotes


def _speaker_of(text: str, words: str) -> str | None:
    found = [q for q in _quotes(text) if words in fold(q.text)]
    assert found, words
    return found[0].speaker


def test_the_agency_of_a_dateline_does_not_speak_for_police() -> None:
    text = "Harbourton, Veldia (WNS) A teacher was wounded Thursday on her way, police said."
    assert _speaker_of(text, "a teacher was wounded") is None


def test_a_body_after_of_keeps_its_possessive_and_the_person_speaks() -> None:
    text = (
        "Dana Whitfield of the Marlow County Sheriff's Office says \"The roads were closed so "
        'quickly. Nobody was hurt."'
    )
    assert _speaker_of(text, "the roads were closed") == "Dana Whitfield"


def test_an_affiliate_named_after_its_network_is_the_source() -> None:
    text = "The bridge closed. Crews found a crack in a pillar, WNS affiliate KVTL reported."
    assert _speaker_of(text, "crews found a crack") == "KVTL"
