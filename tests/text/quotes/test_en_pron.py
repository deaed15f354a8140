"""One invented English sentence per rule that resolves a pronoun source to a full name."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_first_name_usually_of_the_other_gender_yields_to_one_of_the_pronouns() -> None:
    text = (
        "Bernie Vale and Hilda Marsh met on Monday. When Vale accused Marsh of being close to "
        "the banks, she said “I stood up against the banks for many years.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I stood up against the banks") == "Hilda Marsh"
