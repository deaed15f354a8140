"""One invented French sentence for "révéler" as a verb that reports speech."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_reveler_reports_what_was_said() -> None:
    text = "Le maire Paul Lenoir a révélé que la piscine municipale fermera ses portes en juin."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la piscine municipale", kind="indirect") == "Paul Lenoir"
