"""The bot speaks the asker's language; dates are never more precise than the source."""

from __future__ import annotations

import pytest

from bot.i18n import STRINGS, format_date, format_weekdays, question_language
from bot.languages import ANALYSED_LANGUAGES


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ('who said "la vitesse sauve des vies"?', "en"),  # quoted French does not count
        ("qui a dit « speed saves lives » ?", "fr"),
        ("qui a dit 'speed saves lives' ?", "fr"),
        ("« We will win », said the mayor", "en"),  # guillemets yield to the asker's words
        ("« la vitesse sauve des vies »", "fr"),  # and tell when nothing else does
        ("quotes by Stoltenberg", "en"),
        ("citations de Stoltenberg", "fr"),
        ("résumé sur la réforme des retraites", "fr"),
        ("summary of pension reform", "en"),
        ("Stoltenberg", "en"),  # nothing to go by: the default
    ],
)
def test_question_language(question, expected):
    assert question_language(question) == expected


def test_question_language_default_is_configurable():
    assert question_language("Stoltenberg", default="fr") == "fr"


@pytest.mark.parametrize(
    ("date", "en", "fr"),
    [
        ("2023", "2023", "2023"),
        ("2023-02", "February 2023", "février 2023"),
        ("2023-02-14", "14 February 2023", "14 février 2023"),
        ("2023-05-01", "1 May 2023", "1er mai 2023"),
        (None, "", ""),
        ("2023-13", "2023-13", "2023-13"),  # malformed: shown as stored, never invented
    ],
)
def test_format_date(date, en, fr):
    assert format_date(date, "en") == en
    assert format_date(date, "fr") == fr


def test_format_weekdays():
    assert format_weekdays([1, 2, 3, 4, 5], "en") == "Monday to Friday"
    assert format_weekdays([1, 3, 5], "fr") == "lundi, mercredi et vendredi"
    assert format_weekdays([], "en") == "every day"
    assert format_weekdays([6, 7], "fr") == "le week-end"


def test_every_string_exists_in_both_languages_with_the_same_fields():
    for key, versions in STRINGS.items():
        assert set(versions) == set(ANALYSED_LANGUAGES), key
        fields = [{part.split("}")[0] for part in v.split("{")[1:]} for v in versions.values()]
        assert fields[0] == fields[1], key
