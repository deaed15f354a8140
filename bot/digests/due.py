"""Which local date a channel's digest is due for, computed on instants, never on wall clocks.

A channel is due once the instant of its send time on a local date has passed, the date is
one of its week days, no digest exists yet for that date (the caller checks the store), and
the instant is no older than the cut-off: after downtime the day's digest goes out late, once;
a day missed entirely is never posted later.

Daylight saving: the send instant of a local date is ``datetime.combine(date, time, zone)``
with ``fold=0``. In a spring-forward gap that names the instant just after the gap (02:30 on
a day clocks jump 02:00 -> 03:00 is 03:30 local), so the day is still sent; in a fall-back
overlap it names the first of the two 01:30s, and the date key makes it send once.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Protocol


class ScheduleRow(Protocol):
    """What due computation reads of a stored schedule (read-only, as storage's rows are)."""

    @property
    def digest_time(self) -> str | None: ...
    @property
    def timezone(self) -> str: ...
    @property
    def weekdays(self) -> str: ...
    @property
    def updated_at(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class DigestTiming:
    """What due computation needs to know about a channel's schedule."""

    send_time: time
    timezone: str
    weekdays: frozenset[int] = frozenset()  # ISO weekdays; empty = every day
    active_since: datetime | None = None  # when the schedule was set: no digest for earlier sends

    def sends_on(self, day: date) -> bool:
        return not self.weekdays or day.isoweekday() in self.weekdays


@cache
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The ZoneInfo for an IANA name (cached: the runner asks for it per channel per tick)."""
    return zoneinfo.ZoneInfo(name)


def send_instant(timing: DigestTiming, day: date) -> datetime:
    """The UTC instant of the send time on local date ``day`` (DST rules in the module doc)."""
    local = datetime.combine(day, timing.send_time, tzinfo=zone(timing.timezone))
    return local.astimezone(UTC)


def local_date(timing: DigestTiming, now: datetime) -> date:
    return now.astimezone(zone(timing.timezone)).date()


def due_date(timing: DigestTiming, now: datetime, cutoff: timedelta) -> date | None:
    """The newest local date whose send instant is in ``(now - cutoff, now]``, or None.

    Only the newest is returned: with a cut-off over a day, an older date still inside the
    window is a missed day and is not posted after a newer one.
    """
    today = local_date(timing, now)
    days_back = int(cutoff / timedelta(days=1)) + 1
    for offset in range(days_back + 1):
        day = today - timedelta(days=offset)
        if not timing.sends_on(day):
            continue
        instant = send_instant(timing, day)
        if instant > now:
            continue
        if now - instant > cutoff:
            return None
        if timing.active_since is not None and instant < timing.active_since:
            return None
        return day
    return None


def next_send(
    timing: DigestTiming, now: datetime, cutoff: timedelta, *, done: date | None = None
) -> tuple[date, datetime] | None:
    """The next local date and instant a digest goes out, given the newest date already ``done``.

    A date due now and not done counts as next, at ``now`` (it goes out at the next tick).
    """
    due = due_date(timing, now, cutoff)
    if due is not None and (done is None or due > done):
        return due, now
    today = local_date(timing, now)
    for offset in range(8):
        day = today + timedelta(days=offset)
        if not timing.sends_on(day) or (done is not None and day <= done):
            continue
        instant = send_instant(timing, day)
        if instant > now:
            return day, instant
    return None


def timing_of(channel: ScheduleRow) -> DigestTiming:
    """The timing of a stored schedule (storage.digests.ChannelSchedule)."""
    hour, minute = (int(part) for part in (channel.digest_time or "00:00").split(":"))
    return DigestTiming(
        send_time=time(hour, minute),
        timezone=channel.timezone,
        weekdays=frozenset(int(d) for d in channel.weekdays),
        active_since=channel.updated_at,
    )
