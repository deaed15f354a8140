"""Feeds followed by channels (or by every digest), and the items already taken from them.

A feed is claimed before it is polled (a compare-and-set on ``next_poll_at``), so several
processes running the scheduler never poll the same feed at once. Items are remembered by
GUID and by link, so an item whose date or title a publisher rewrites is never taken twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from storage.db import StoreBase
from storage.models import PENDING_TEAM, Article, Feed, FeedItem, utcnow
from storage.scope import Viewer

FEED = Feed.__table__
FEED_ITEM = FeedItem.__table__
ARTICLE = Article.__table__
ERROR_LIMIT = 500


@dataclass(frozen=True, slots=True)
class FeedRow:
    id: int
    url: str
    channel_id: str | None  # None: the feed serves every digest
    etag: str | None
    last_modified: str | None
    last_polled_at: datetime | None
    next_poll_at: datetime | None
    error_count: int
    last_error: str | None
    created_at: datetime
    team_id: str
    private: bool | None  # channel_id's privacy when known

    @property
    def place(self) -> Viewer:
        """Where what this feed brings is shared: its channel, or the whole workspace."""
        if self.channel_id is None:
            return Viewer.workspace(self.team_id)
        return Viewer(self.team_id, self.channel_id, private=self.private is not False)


FEED_COLUMNS = (
    FEED.c.id,
    FEED.c.url,
    FEED.c.channel_id,
    FEED.c.etag,
    FEED.c.last_modified,
    FEED.c.last_polled_at,
    FEED.c.next_poll_at,
    FEED.c.error_count,
    FEED.c.last_error,
    FEED.c.created_at,
    FEED.c.team_id,
    FEED.c.private,
)


def _same_channel(channel_id: str | None) -> sa.ColumnElement[bool]:
    return FEED.c.channel_id.is_(None) if channel_id is None else FEED.c.channel_id == channel_id


class FeedQueries(StoreBase):
    """Store mixin: feed subscriptions, polling state and seen items."""

    def add_feed(
        self,
        url: str,
        channel_id: str | None = None,
        *,
        team_id: str = PENDING_TEAM,
        private: bool | None = None,
    ) -> tuple[FeedRow, bool]:
        """The feed for ``url`` in ``channel_id`` of ``team_id`` (``private``: that channel's
        privacy) and whether it was just added.

        Checked by hand as well as by the unique constraint, because SQL treats two NULL
        channel ids as different.
        """
        with self.write() as connection:
            existing = connection.execute(
                sa.select(*FEED_COLUMNS).where(
                    FEED.c.url == url, FEED.c.team_id == team_id, _same_channel(channel_id)
                )
            ).first()
            if existing is not None:
                return FeedRow(*existing), False
            row = connection.execute(
                FEED.insert()
                .values(
                    url=url,
                    channel_id=channel_id,
                    team_id=team_id,
                    private=private,
                    error_count=0,
                    created_at=utcnow(),
                )
                .returning(*FEED_COLUMNS)
            ).one()
        return FeedRow(*row), True

    def remove_feed(self, url: str, channel_id: str | None = None) -> bool:
        """Stop following ``url`` in ``channel_id``; False when it was not followed there."""
        with self.write() as connection:
            connection.execute(
                FEED_ITEM.delete().where(
                    FEED_ITEM.c.feed_id.in_(
                        sa.select(FEED.c.id).where(FEED.c.url == url, _same_channel(channel_id))
                    )
                )
            )
            removed = connection.execute(
                FEED.delete().where(FEED.c.url == url, _same_channel(channel_id))
            ).rowcount
        return removed > 0

    def list_feeds(self, channel_id: str | None = None, *, every: bool = False) -> list[FeedRow]:
        """Feeds serving ``channel_id``'s digest (its own and those of every digest);
        ``every=True``: all feeds."""
        query = sa.select(*FEED_COLUMNS).order_by(FEED.c.channel_id, FEED.c.url)
        if not every:
            query = query.where(
                sa.or_(FEED.c.channel_id.is_(None), FEED.c.channel_id == channel_id)
                if channel_id is not None
                else FEED.c.channel_id.is_(None)
            )
        with self.read() as connection:
            return [FeedRow(*row) for row in connection.execute(query)]

    def due_feeds(self, now: datetime) -> list[FeedRow]:
        """Feeds never polled or whose next poll is at or before ``now``, most overdue first."""
        query = (
            sa.select(*FEED_COLUMNS)
            .where(sa.or_(FEED.c.next_poll_at.is_(None), FEED.c.next_poll_at <= now))
            .order_by(FEED.c.next_poll_at.is_not(None), FEED.c.next_poll_at, FEED.c.id)
        )
        with self.read() as connection:
            return [FeedRow(*row) for row in connection.execute(query)]

    def claim_feed(self, feed: FeedRow, until: datetime) -> bool:
        """Take ``feed`` for polling until ``until``; False when another process took it first
        (its ``next_poll_at`` is no longer the one read)."""
        with self.write() as connection:
            unchanged = (
                FEED.c.next_poll_at.is_(None)
                if feed.next_poll_at is None
                else FEED.c.next_poll_at == feed.next_poll_at
            )
            claimed = connection.execute(
                FEED.update().where(FEED.c.id == feed.id, unchanged).values(next_poll_at=until)
            ).rowcount
        return claimed == 1

    def record_feed_poll(
        self,
        feed_id: int,
        *,
        polled_at: datetime,
        next_poll_at: datetime,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """After a poll: a success resets the error count and keeps the validators given;
        an error counts one more failure and keeps the previous validators."""
        values: dict[str, object] = {"last_polled_at": polled_at, "next_poll_at": next_poll_at}
        if error is None:
            values |= {
                "error_count": 0,
                "last_error": None,
                "etag": etag,
                "last_modified": last_modified,
            }
        else:
            values |= {"error_count": FEED.c.error_count + 1, "last_error": error[:ERROR_LIMIT]}
        with self.write() as connection:
            connection.execute(FEED.update().where(FEED.c.id == feed_id).values(**values))

    def seen_feed_item(self, feed_id: int, guid: str, link: str | None = None) -> bool:
        """Whether this feed already gave an item with this GUID or this link."""
        same = FEED_ITEM.c.guid == guid
        if link:
            same = sa.or_(same, FEED_ITEM.c.link == link)
        query = sa.select(sa.literal(1)).where(FEED_ITEM.c.feed_id == feed_id, same).limit(1)
        with self.read() as connection:
            return connection.execute(query).first() is not None

    def record_feed_item(
        self,
        feed_id: int,
        guid: str,
        *,
        link: str | None = None,
        content_hash: str | None = None,
        article_id: int | None = None,
    ) -> bool:
        """Remember an item taken from a feed; False when it was already remembered."""
        with self.write() as connection:
            inserted = connection.execute(
                self.insert(FEED_ITEM)
                .values(
                    feed_id=feed_id,
                    guid=guid,
                    link=link,
                    content_hash=content_hash,
                    article_id=article_id,
                    seen_at=utcnow(),
                )
                .on_conflict_do_nothing(index_elements=["feed_id", "guid"])
                .returning(FEED_ITEM.c.id)
            ).first()
        return inserted is not None

    def share_article(self, content_hash: str, channel_id: str | None) -> int | None:
        """The id of the stored article with ``content_hash``, made visible to ``channel_id``.

        An article has one channel; when two channels bring the same article (their feeds,
        /ingest), it becomes shared by every digest rather than missing from the second's.
        """
        with self.write() as connection:
            row = connection.execute(
                sa.select(ARTICLE.c.id, ARTICLE.c.channel_id).where(
                    ARTICLE.c.content_hash == content_hash
                )
            ).first()
            if row is None:
                return None
            if row.channel_id is not None and row.channel_id != channel_id:
                connection.execute(
                    ARTICLE.update().where(ARTICLE.c.id == row.id).values(channel_id=None)
                )
        return row.id
