"""Reading /people's period: named periods in both languages, dates, and the topic after."""

from __future__ import annotations

from datetime import date

import pytest

from bot.listeners.desk import read_period

TODAY = date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("", date(2026, 3, 2), TODAY),
        ("cette semaine", date(2026, 3, 2), TODAY),
        ("this month", date(2026, 3, 1), TODAY),
        ("this year", date(2026, 1, 1), TODAY),
        ("cette année", date(2026, 1, 1), TODAY),
        ("last week", date(2026, 2, 23), date(2026, 3, 1)),
        ("la semaine dernière", date(2026, 2, 23), date(2026, 3, 1)),
        ("last month", date(2026, 2, 1), date(2026, 2, 28)),
        ("le mois dernier", date(2026, 2, 1), date(2026, 2, 28)),
        ("last year", date(2025, 1, 1), date(2025, 12, 31)),
        ("l'an dernier", date(2025, 1, 1), date(2025, 12, 31)),
        ("l’année dernière", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025-06-30..2025-06-01", date(2025, 6, 1), date(2025, 6, 30)),
    ],
)
def test_named_periods_and_dates_give_their_days(text, since, until):
    read = read_period(text, TODAY)
    assert read is not None
    period, topic = read
    assert (period.since, period.until, topic) == (since, until, "")


def test_the_topic_follows_the_period_and_a_word_that_only_starts_like_one_is_a_topic():
    read = read_period("last year pension reform", TODAY)
    assert read is not None and read[1] == "pension reform"
    read = read_period("this yearly report", TODAY)
    assert read is not None and read[1] == "this yearly report"
    assert read[0].since == date(2026, 3, 2)


def test_dates_that_do_not_parse_are_refused():
    assert read_period("2026-13-45..2026-14-01", TODAY) is None
