"""`/digest` text: times as people write them, zones, week days in English and French."""

from __future__ import annotations

from datetime import time

import pytest

from bot.digests.schedule import ScheduleError, parse_digest_command
from bot.i18n import WORKDAYS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 08:00", time(8, 0)),
        ("8h", time(8, 0)),
        ("8h30", time(8, 30)),
        ("8 h 15", time(8, 15)),
        ("à 20h", time(20, 0)),
        ("8:00 am", time(8, 0)),
        ("8:00 AM", time(8, 0)),
        ("8pm", time(20, 0)),
        ("12am", time(0, 0)),
        ("12 pm", time(12, 0)),
        ("7.45", time(7, 45)),
        ("at 9", time(9, 0)),
        ("noon", time(12, 0)),
        ("minuit", time(0, 0)),
    ],
)
def test_times_as_people_write_them(text: str, expected: time) -> None:
    request = parse_digest_command(text)
    assert request.action == "set"
    assert request.schedule is not None
    assert request.schedule.send_time == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("at 8 weekdays", WORKDAYS),
        ("8h en semaine", WORKDAYS),
        ("8:00 mon-fri", WORKDAYS),
        ("8h lun-ven", WORKDAYS),
        ("8h du lundi au vendredi", WORKDAYS),
        ("8h lun,mar", {1, 2}),
        ("8:00 Mon, Wed, Fri", {1, 3, 5}),
        ("at 9 weekends", {6, 7}),
        ("7h sam dim", {6, 7}),
        ("7:00 fri-mon", {5, 6, 7, 1}),
        ("at 8 every day", set()),
        ("8h tous les jours", set()),
        ("8h lun-dim", set()),  # every day is stored as "every day"
    ],
)
def test_week_days_in_english_and_french(text: str, days: set[int]) -> None:
    schedule = parse_digest_command(text).schedule
    assert schedule is not None
    assert schedule.weekdays == frozenset(days)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("at 08:00 Europe/Paris", "Europe/Paris"),
        ("8h europe/paris", "Europe/Paris"),
        ("8h Paris", "Europe/Paris"),
        ("8:00 am America/New_York weekdays", "America/New_York"),
        ("8h UTC", "UTC"),
        ("at 8", None),
    ],
)
def test_time_zones(text: str, zone: str | None) -> None:
    schedule = parse_digest_command(text).schedule
    assert schedule is not None
    assert schedule.timezone == zone


@pytest.mark.parametrize(
    ("text", "action"),
    [("off", "off"), ("stop", "off"), ("désactiver", "off"), ("status", "status"),
     ("statut", "status"), ("", "status"), ("now", "now"), ("maintenant", "now"),
     ("help", "help"), ("aide", "help")],
)  # fmt: skip
def test_actions(text: str, action: str) -> None:
    assert parse_digest_command(text).action == action


@pytest.mark.parametrize(
    ("text", "language"),
    [("8h lun-ven", "fr"), ("at 8:00 am weekdays", "en"), ("statut", "fr"), ("status", "en"),
     ("08:00", None)],
)  # fmt: skip
def test_language_of_the_words(text: str, language: str | None) -> None:
    assert parse_digest_command(text).language == language


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("at 25:00", "“25:00” is not a time of day"),
        ("at 8:61", "“8:61” is not a time of day"),
        ("13pm", "“13pm” is not a time of day"),
        ("8h Mars/Olympus", "Unknown time zone “Mars/Olympus”"),
        ("8h Europe/Pariss", "Did you mean `Europe/Paris`?"),
        ("8h UTC+2", "is an offset"),
        ("weekdays", "Tell me when to post"),
        ("at 8 and 9", "I didn't understand “and”"),
        ("8h 9h", "Give one time only"),
        ("8h Europe/Paris Asia/Tokyo", "Give one time zone only"),
    ],
)
def test_invalid_input_gets_a_clear_answer(text: str, says: str) -> None:
    with pytest.raises(ScheduleError) as raised:
        parse_digest_command(text)
    assert says in raised.value.message("en")
    assert raised.value.message("fr")


def test_words_quoted_back_are_escaped() -> None:
    with pytest.raises(ScheduleError) as raised:
        parse_digest_command("8h <!channel>")
    assert "<!channel>" not in raised.value.message("en")
    assert "&lt;!channel&gt;" in raised.value.message("en")


def test_french_error_when_the_words_are_french() -> None:
    with pytest.raises(ScheduleError) as raised:
        parse_digest_command("à 25h lun-ven")
    assert raised.value.language == "fr"
