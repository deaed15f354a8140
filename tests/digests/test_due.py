"""Due dates on instants: time zones, daylight saving, catch-up and the cut-off."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.digests.due import DigestTiming, due_date, next_send, send_instant

SIX_HOURS = timedelta(hours=6)
PARIS = "Europe/Paris"


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_due_once_local_time_passes_the_send_time() -> None:
    timing = DigestTiming(time(8, 0), PARIS)  # 07:00 UTC in winter
    assert due_date(timing, at(2026, 11, 25, 6, 59), SIX_HOURS) is None
    assert due_date(timing, at(2026, 11, 25, 7, 0), SIX_HOURS) == date(2026, 11, 25)


def test_local_date_not_utc_date() -> None:
    # 23:30 in Tokyo is 14:30 UTC; the digest belongs to Tokyo's date.
    timing = DigestTiming(time(7, 0), "Asia/Tokyo")
    assert due_date(timing, at(2026, 11, 24, 22, 5), SIX_HOURS) == date(2026, 11, 25)
    timing = DigestTiming(time(20, 0), "America/Los_Angeles")
    assert due_date(timing, at(2026, 11, 26, 4, 30), SIX_HOURS) == date(2026, 11, 25)


def test_late_after_downtime_within_the_cutoff_then_never() -> None:
    timing = DigestTiming(time(8, 0), PARIS)
    assert due_date(timing, at(2026, 11, 25, 12, 59), SIX_HOURS) == date(2026, 11, 25)
    assert due_date(timing, at(2026, 11, 25, 13, 1), SIX_HOURS) is None
    # A day missed entirely is not posted the next day either.
    assert due_date(timing, at(2026, 11, 26, 6, 0), SIX_HOURS) is None


def test_cutoff_across_midnight() -> None:
    timing = DigestTiming(time(23, 0), PARIS)
    assert due_date(timing, at(2026, 11, 26, 1, 0), SIX_HOURS) == date(2026, 11, 25)


def test_week_days_are_local() -> None:
    timing = DigestTiming(time(8, 0), PARIS, weekdays=frozenset({1, 2, 3, 4, 5}))
    saturday = at(2026, 11, 28, 7, 30)
    assert due_date(timing, saturday, SIX_HOURS) is None
    assert next_send(timing, saturday, SIX_HOURS) == (date(2026, 11, 30), at(2026, 11, 30, 7, 0))


def test_no_digest_for_a_send_time_before_the_schedule_was_set() -> None:
    timing = DigestTiming(time(8, 0), PARIS, active_since=at(2026, 11, 25, 9, 0))
    assert due_date(timing, at(2026, 11, 25, 9, 5), SIX_HOURS) is None
    assert next_send(timing, at(2026, 11, 25, 9, 5), SIX_HOURS)[0] == date(2026, 11, 26)


def test_spring_forward_gap_still_sends_that_day() -> None:
    # 29 March 2026: Paris clocks jump from 02:00 to 03:00; 02:30 does not exist.
    timing = DigestTiming(time(2, 30), PARIS)
    instant = send_instant(timing, date(2026, 3, 29))
    assert instant == at(2026, 3, 29, 1, 30)  # 03:30 local, just after the gap
    assert due_date(timing, at(2026, 3, 29, 1, 29), SIX_HOURS) is None
    assert due_date(timing, at(2026, 3, 29, 1, 31), SIX_HOURS) == date(2026, 3, 29)
    # The days around it keep their own instants.
    assert send_instant(timing, date(2026, 3, 28)) == at(2026, 3, 28, 1, 30)
    assert send_instant(timing, date(2026, 3, 30)) == at(2026, 3, 30, 0, 30)


def test_fall_back_overlap_is_one_date_one_digest() -> None:
    # 25 October 2026: Paris clocks go back from 03:00 to 02:00; 02:30 happens twice.
    timing = DigestTiming(time(2, 30), PARIS)
    first = send_instant(timing, date(2026, 10, 25))
    assert first == at(2026, 10, 25, 0, 30)  # the first 02:30 (summer time)
    dates = {
        due_date(timing, at(2026, 10, 25, 0, 0) + timedelta(minutes=m), SIX_HOURS)
        for m in range(0, 6 * 60, 1)
    }
    assert dates == {None, date(2026, 10, 25)}


def test_each_local_date_is_due_once_through_both_dst_weeks() -> None:
    """Ticks every 5 minutes over the spring and autumn weeks: every date whose send instant
    passed is claimed once, in order, none skipped, none twice."""
    step = timedelta(minutes=5)
    for send in (time(2, 0), time(2, 30), time(8, 0), time(0, 0), time(23, 59)):
        timing = DigestTiming(send, PARIS)
        for start in (at(2026, 3, 26), at(2026, 10, 22)):
            end = start + timedelta(days=6)
            claimed: list[date] = []
            now = start
            while now < end:
                day = due_date(timing, now, SIX_HOURS)
                if day is not None and day not in claimed:
                    claimed.append(day)
                now += step
            candidates = [start.date() + timedelta(days=n) for n in range(-1, 8)]
            expected = [
                day
                for day in candidates
                if start - SIX_HOURS <= send_instant(timing, day) <= end - step
            ]
            assert claimed == expected, (send, start)


def test_next_send_when_today_is_done() -> None:
    timing = DigestTiming(time(8, 0), PARIS)
    now = at(2026, 11, 25, 7, 30)
    assert next_send(timing, now, SIX_HOURS) == (date(2026, 11, 25), now)  # due, not done
    done = next_send(timing, now, SIX_HOURS, done=date(2026, 11, 25))
    assert done == (date(2026, 11, 26), at(2026, 11, 26, 7, 0))
