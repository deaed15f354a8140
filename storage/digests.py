"""Digest schedules per channel and digest runs: exactly one digest per channel and local date.

A run row is claimed before anything is posted, in its own committed transaction
(``INSERT ... ON CONFLICT DO NOTHING RETURNING id``): whatever the number of processes,
only the one that gets an id posts. A run left ``claimed`` by a process that died, or marked
``retry`` after a transient Slack failure, can be taken over by exactly one process with a
compare-and-set on ``claimed_at`` (:meth:`DigestQueries.retake_digest`).

Run statuses: ``claimed`` (being posted), ``posted`` (message_ts set), ``empty`` (nothing
new that day, nothing posted), ``retry`` (transient failure, may be taken over), ``failed``
(final for that date: not posted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from storage.db import StoreBase
from storage.models import Channel, DigestRun, table_of, utcnow

CHANNEL = table_of(Channel)
DIGEST_RUN = table_of(DigestRun)
ERROR_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ChannelSchedule:
    channel_id: str
    team_id: str | None
    digest_time: str | None  # "HH:MM", local time
    timezone: str  # IANA name
    weekdays: str  # ISO weekday digits, "12345"; "" = every day
    enabled: bool
    paused_reason: str | None
    set_by: str | None  # Slack user id
    language: str | None  # "en"/"fr"
    updated_at: datetime  # when the schedule last changed


@dataclass(frozen=True, slots=True)
class DigestRunRow:
    id: int
    channel_id: str
    digest_date: date  # the channel's local date
    status: str
    claimed_at: datetime
    posted_at: datetime | None
    message_ts: str | None
    article_count: int | None
    error: str | None
    attempts: int


CHANNEL_COLUMNS = (
    CHANNEL.c.channel_id,
    CHANNEL.c.team_id,
    CHANNEL.c.digest_time,
    CHANNEL.c.timezone,
    CHANNEL.c.weekdays,
    CHANNEL.c.enabled,
    CHANNEL.c.paused_reason,
    CHANNEL.c.set_by,
    CHANNEL.c.language,
    CHANNEL.c.updated_at,
)
RUN_COLUMNS = (
    DIGEST_RUN.c.id,
    DIGEST_RUN.c.channel_id,
    DIGEST_RUN.c.digest_date,
    DIGEST_RUN.c.status,
    DIGEST_RUN.c.claimed_at,
    DIGEST_RUN.c.posted_at,
    DIGEST_RUN.c.message_ts,
    DIGEST_RUN.c.article_count,
    DIGEST_RUN.c.error,
    DIGEST_RUN.c.attempts,
)


class DigestQueries(StoreBase):
    """Store mixin: digest schedules and the claim-then-post record of each digest."""

    # -- schedules -------------------------------------------------------------------------

    def set_digest_schedule(
        self,
        channel_id: str,
        *,
        digest_time: str,
        timezone: str,
        weekdays: str = "",
        set_by: str | None = None,
        team_id: str | None = None,
        language: str | None = None,
    ) -> ChannelSchedule:
        """Create or replace a channel's schedule; it is enabled and no longer paused."""
        now = utcnow()
        values = {
            "team_id": team_id,
            "digest_time": digest_time,
            "timezone": timezone,
            "weekdays": weekdays,
            "enabled": True,
            "paused_reason": None,
            "set_by": set_by,
            "language": language,
            "updated_at": now,
        }
        with self.write() as connection:
            connection.execute(
                self.insert(CHANNEL)
                .values(channel_id=channel_id, created_at=now, **values)
                .on_conflict_do_update(index_elements=["channel_id"], set_=values)
            )
            return self._channel(connection, channel_id)  # type: ignore[return-value]

    def get_channel(self, channel_id: str) -> ChannelSchedule | None:
        with self.read() as connection:
            return self._channel(connection, channel_id)

    def disable_digest(self, channel_id: str) -> bool:
        """Turn a channel's digest off; False if it had none enabled."""
        with self.write() as connection:
            return (
                connection.execute(
                    CHANNEL.update()
                    .where(CHANNEL.c.channel_id == channel_id, CHANNEL.c.enabled.is_(True))
                    .values(enabled=False, updated_at=utcnow())
                ).rowcount
                > 0
            )

    def pause_digest(self, channel_id: str, reason: str) -> bool:
        """Stop posting to a channel Slack refuses (e.g. ``not_in_channel``) until it is set again.

        True only for the call that paused it, so the person who set it is told once.
        """
        with self.write() as connection:
            return (
                connection.execute(
                    CHANNEL.update()
                    .where(CHANNEL.c.channel_id == channel_id, CHANNEL.c.paused_reason.is_(None))
                    .values(paused_reason=reason[:ERROR_LIMIT], updated_at=utcnow())
                ).rowcount
                > 0
            )

    def scheduled_channels(self) -> list[ChannelSchedule]:
        """Every channel with an enabled, unpaused schedule."""
        query = sa.select(*CHANNEL_COLUMNS).where(
            CHANNEL.c.enabled.is_(True),
            CHANNEL.c.paused_reason.is_(None),
            CHANNEL.c.digest_time.is_not(None),
        )
        with self.read() as connection:
            return [ChannelSchedule(**row._mapping) for row in connection.execute(query)]

    def _channel(self, connection: sa.Connection, channel_id: str) -> ChannelSchedule | None:
        row = connection.execute(
            sa.select(*CHANNEL_COLUMNS).where(CHANNEL.c.channel_id == channel_id)
        ).first()
        return ChannelSchedule(**row._mapping) if row else None

    # -- runs ------------------------------------------------------------------------------

    def claim_digest(
        self, channel_id: str, digest_date: date, *, now: datetime | None = None
    ) -> int | None:
        """The new run id if this caller is the first, in any process, to claim the date.

        ``now`` (default: the clock) becomes ``claimed_at``, the end of what the digest covers.
        """
        with self.write() as connection:
            return connection.execute(
                self.insert(DIGEST_RUN)
                .values(
                    channel_id=channel_id,
                    digest_date=digest_date,
                    status="claimed",
                    claimed_at=now or utcnow(),
                    attempts=1,
                )
                .on_conflict_do_nothing(index_elements=["channel_id", "digest_date"])
                .returning(DIGEST_RUN.c.id)
            ).scalar()

    def retake_digest(self, run: DigestRunRow, *, max_attempts: int) -> DigestRunRow | None:
        """Take over a stale ``claimed`` or a ``retry`` run; the new row, or None if another
        process changed it first (compare-and-set on ``claimed_at``) or attempts ran out."""
        with self.write() as connection:
            updated = connection.execute(
                DIGEST_RUN.update()
                .where(
                    DIGEST_RUN.c.id == run.id,
                    DIGEST_RUN.c.status.in_(("claimed", "retry")),
                    DIGEST_RUN.c.claimed_at == run.claimed_at,
                    DIGEST_RUN.c.attempts < max_attempts,
                )
                .values(status="claimed", claimed_at=utcnow(), attempts=DIGEST_RUN.c.attempts + 1)
                .returning(*RUN_COLUMNS)
            ).first()
        return DigestRunRow(**updated._mapping) if updated else None

    def record_digest_post(
        self, run_id: int, message_ts: str | None, *, article_count: int | None
    ) -> None:
        """The run is done: ``posted`` with its message ts, or ``empty`` when ts is None."""
        with self.write() as connection:
            connection.execute(
                DIGEST_RUN.update()
                .where(DIGEST_RUN.c.id == run_id)
                .values(
                    status="posted" if message_ts else "empty",
                    posted_at=utcnow() if message_ts else None,
                    message_ts=message_ts,
                    article_count=article_count,
                    error=None,
                )
            )

    def mark_digest_failed(self, run_id: int, error: str, *, retry: bool = False) -> None:
        """Not posted: ``retry`` lets a later tick take it over, otherwise final for the date."""
        with self.write() as connection:
            connection.execute(
                DIGEST_RUN.update()
                .where(DIGEST_RUN.c.id == run_id)
                .values(status="retry" if retry else "failed", error=error[:ERROR_LIMIT])
            )

    def digest_runs_since(self, earliest: date) -> dict[tuple[str, date], DigestRunRow]:
        """Every run for a local date on or after ``earliest``, by (channel, date): one query
        per tick instead of one per channel."""
        query = sa.select(*RUN_COLUMNS).where(DIGEST_RUN.c.digest_date >= earliest)
        with self.read() as connection:
            runs = [DigestRunRow(**row._mapping) for row in connection.execute(query)]
        return {(run.channel_id, run.digest_date): run for run in runs}

    def get_digest_run(self, run_id: int) -> DigestRunRow | None:
        with self.read() as connection:
            row = connection.execute(
                sa.select(*RUN_COLUMNS).where(DIGEST_RUN.c.id == run_id)
            ).first()
        return DigestRunRow(**row._mapping) if row else None

    def last_digest(self, channel_id: str) -> DigestRunRow | None:
        """The channel's most recent posted digest."""
        query = (
            sa.select(*RUN_COLUMNS)
            .where(DIGEST_RUN.c.channel_id == channel_id, DIGEST_RUN.c.status == "posted")
            .order_by(DIGEST_RUN.c.digest_date.desc())
            .limit(1)
        )
        with self.read() as connection:
            row = connection.execute(query).first()
        return DigestRunRow(**row._mapping) if row else None

    def latest_digest_date(self, channel_id: str) -> date | None:
        """The newest local date with a run in any status: that date is taken."""
        query = sa.select(sa.func.max(DIGEST_RUN.c.digest_date)).where(
            DIGEST_RUN.c.channel_id == channel_id
        )
        with self.read() as connection:
            return connection.execute(query).scalar()
