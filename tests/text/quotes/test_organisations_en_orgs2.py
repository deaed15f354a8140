"""English organisations as speakers, second round: newspapers, courts, campaigns
(invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_the_newspaper_is_the_publication_named_last() -> None:
    text = (
        "The Harbour Gazette said on Monday that the Fishermen's Union should drop its strike.\n\n"
        "According to the newspaper, “the strike costs the town a week of catches.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the strike costs the town") == "Harbour Gazette"


def test_the_newspaper_is_no_other_body_met_since() -> None:
    text = (
        "An editorial urged the Fishermen's Union to drop its strike.\n\n"
        "“The strike costs the town a week of catches,” the newspaper wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The strike costs the town") is None
