"""French or English, from function words; declared metadata wins."""

from __future__ import annotations

import pytest

from bot.text.language import detect_language, normalize_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le conseil a voté le budget de la ville pour l’année prochaine.", "fr"),
        ("The council approved the city budget for next year on Tuesday.", "en"),
        ("Selon le ministre, il n'y a pas de plan B pour les hôpitaux.", "fr"),
        ("He said there was no plan B for the hospitals, according to aides.", "en"),
        ("« Nous n’avons rien à cacher », a déclaré le porte-parole du Pentagone.", "fr"),
    ],
)
def test_detects_french_and_english(text, expected):
    assert detect_language(text) == expected


def test_english_text_quoting_french_names_is_still_english():
    text = (
        "Jean-Luc Mélenchon and Marine Le Pen were both at the Assemblée nationale, "
        "where the debate on the pension reform went on until the early hours of the morning."
    )
    assert detect_language(text) == "en"


def test_declared_language_wins():
    assert detect_language("The council approved the budget.", "fr") == "fr"
    assert detect_language("Le conseil a voté le budget.", "en-GB") == "en"


def test_unknown_declared_language_falls_back_to_detection():
    assert detect_language("The council approved the budget.", "de") == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("French", "fr"),
        ("français", "fr"),
        ("en_US", "en"),
        ("English", "en"),
        ("anglais", "en"),
        ("de", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(value, expected):
    assert normalize_language(value) == expected
