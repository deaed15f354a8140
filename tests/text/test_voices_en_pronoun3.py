"""Voices: a firm first name against a role noun's gendered form."""

from __future__ import annotations

from bot.text.voices import describe_voices
from tests.text.quotes.reading import read


def test_a_first_name_wins_over_a_role_nouns_form() -> None:
    text = "Harbour chairman Linda Osk opened the hearing on Monday."
    people, quotes, _ = read(text, "en")
    voices = describe_voices(text, people, quotes, "en")
    assert [(v.name, v.gender) for v in voices] == [("Linda Osk", "f")]
