"""English organisations as speakers: short forms, acronyms and head nouns resolved to the
name the article gives in full (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_an_acronym_stands_for_the_name_its_initials_spell() -> None:
    text = (
        "The Northern Rail Authority raised its fares on Monday.\n\n"
        "“Prices will rise again next spring,” the NRA said in a statement."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Prices will rise again") == "Northern Rail Authority"


def test_a_short_form_stands_for_the_longer_name_it_ends() -> None:
    text = (
        "The Coastal Fisheries Review Board met on Friday.\n\n"
        "“No boat will leave the harbour this week,” the Review Board said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "No boat will leave") == "Coastal Fisheries Review Board"
