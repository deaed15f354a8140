"""Slack event ids already handled, so a retried or twice-delivered event runs once."""

from __future__ import annotations

from datetime import datetime

from storage.db import StoreBase
from storage.models import SlackEvent, table_of, utcnow

SLACK_EVENT = table_of(SlackEvent)


class EventQueries(StoreBase):
    """Store mixin: claim Slack events across processes."""

    def claim_event(self, event_id: str) -> bool:
        """True only for the first caller, in any process, to claim ``event_id``."""
        with self.write() as connection:
            claimed = connection.execute(
                self.insert(SLACK_EVENT)
                .values(event_id=event_id, received_at=utcnow())
                .on_conflict_do_nothing(index_elements=["event_id"])
                .returning(SLACK_EVENT.c.event_id)
            ).first()
        return claimed is not None

    def forget_events(self, before: datetime) -> int:
        """Drop claims older than ``before`` (Slack stops retrying after minutes)."""
        with self.write() as connection:
            return connection.execute(
                SLACK_EVENT.delete().where(SLACK_EVENT.c.received_at < before)
            ).rowcount
