"""Who may see what: every article is visible in the places it was shared, never elsewhere.

An article's scope is a set of places (table ``article_scope``, one row per place, the article
stored once): its workspace (team id) and the conversation it came from, or no conversation
for the whole workspace (``precis ingest``, feeds added on the command line). The rule:

- shared workspace-wide, or in a **public** channel: anyone in that workspace sees it;
- shared in a **private** channel, a DM or a group DM (or a conversation whose privacy is not
  known yet, ``private`` NULL): only questions asked in that conversation see it;
- another workspace: never.

Every reader puts :func:`visible_to` (or, in hand-written SQL, :func:`visible_sql` with
:func:`viewer_params`) in its query's WHERE clause, so the filter runs in the database through
the ``article_scope`` indexes, before any limit: a filter applied afterwards in Python would
leak through counts and lose answers behind another workspace's matches.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection

from storage.db import StoreBase
from storage.models import (
    PENDING_TEAM,
    Article,
    ArticleScope,
    Channel,
    DigestRun,
    Feed,
    SavedAnswer,
    table_of,
)
from storage.tallies import MULTI_PLACE_ARTICLE, PERSON_DAY, PERSON_MONTH, recount_places


@dataclass(frozen=True)
class Viewer:
    """Where a question is asked (or a document shared): the workspace, the conversation
    (None: the whole workspace, as the App Home and the command line see it), and whether
    that conversation is private (a private channel, DM or group DM; unknown counts as
    private). What a viewer sees depends on the team and the conversation; ``private`` is
    what an article shared there is recorded with."""

    team_id: str
    conversation_id: str | None = None
    private: bool = True

    @classmethod
    def workspace(cls, team_id: str) -> Viewer:
        """The whole workspace: what is stored from here is seen from every channel."""
        return cls(team_id, None, private=False)


def visible_sql(article_id: str, *, own_only: bool = False) -> str:
    """SQL true when the article whose id is the SQL expression ``article_id`` is visible to
    the viewer bound as ``:viewer_team`` and ``:viewer_conversation``.

    ``own_only``: articles shared with the whole workspace or in the viewer's conversation
    only, not those of other public channels (a channel's digest). ``article_id`` is SQL
    written in storage, never user input.
    """
    shared = (
        "seen.conversation_id IS NULL" if own_only else "seen.private = false"
    ) + " OR seen.conversation_id = :viewer_conversation"
    # LIMIT 1 OFFSET 0: PostgreSQL then keeps the EXISTS as a probe per candidate row rather
    # than a semi-join driven from every article of the workspace (seconds at 100k).
    return (
        "EXISTS (SELECT 1 FROM article_scope AS seen"
        f" WHERE seen.article_id = {article_id} AND seen.team_id = :viewer_team"
        f" AND ({shared}) LIMIT 1 OFFSET 0)"
    )


def viewer_params(viewer: Viewer) -> dict[str, str | None]:
    """The bound values :func:`visible_sql` reads."""
    return {"viewer_team": viewer.team_id, "viewer_conversation": viewer.conversation_id}


def visible_to(
    viewer: Viewer, article_id: sa.ColumnElement[int], *, own_only: bool = False
) -> sa.TextClause:
    """:func:`visible_sql` as a WHERE clause for a SQLAlchemy query on ``article_id``."""
    column = f"{article_id.table.name}.{article_id.name}"
    return sa.text(visible_sql(column, own_only=own_only)).bindparams(**viewer_params(viewer))


ARTICLE = table_of(Article)
ARTICLE_SCOPE = table_of(ArticleScope)
CHANNEL = table_of(Channel)
DIGEST_RUN = table_of(DigestRun)
FEED = table_of(Feed)
SAVED_ANSWER = table_of(SavedAnswer)


def scope_row(article_id: int, place: Viewer) -> dict[str, object]:
    """The ``article_scope`` row that makes ``article_id`` visible in ``place`` (a
    workspace-wide row is never private)."""
    return {
        "article_id": article_id,
        "team_id": place.team_id,
        "conversation_id": place.conversation_id,
        "private": place.private if place.conversation_id else False,
    }


class ScopeQueries(StoreBase):
    """Store mixin: recording where articles were shared, and forgetting a workspace."""

    def share_with(self, connection: Connection, article_id: int, place: Viewer) -> None:
        """Make ``article_id`` visible in ``place`` too (inside the caller's transaction); a
        place it already has is left as it is."""
        connection.execute(
            self.insert(ARTICLE_SCOPE).values(scope_row(article_id, place)).on_conflict_do_nothing()
        )

    def claim_pending(self, team_id: str) -> int:
        """Give the rows stored before scopes existed (team ``PENDING_TEAM``) and the digest
        schedules without a team to ``team_id``: a single-workspace install's own. How many
        articles' places were claimed."""
        owned = ARTICLE_SCOPE.alias("owned")
        place_owned = sa.exists().where(
            owned.c.article_id == ARTICLE_SCOPE.c.article_id,
            owned.c.team_id == team_id,
            sa.func.coalesce(owned.c.conversation_id, "")
            == sa.func.coalesce(ARTICLE_SCOPE.c.conversation_id, ""),
        )
        with self.write() as connection:
            # A file ingested again after the claim ("1 already stored") adds a pending row
            # for a place the workspace already holds: it is dropped, not renamed onto it.
            dropped = connection.execute(
                ARTICLE_SCOPE.delete().where(ARTICLE_SCOPE.c.team_id == PENDING_TEAM, place_owned)
            ).rowcount
            claimed = connection.execute(
                ARTICLE_SCOPE.update()
                .where(ARTICLE_SCOPE.c.team_id == PENDING_TEAM)
                .values(team_id=team_id)
            ).rowcount
            connection.execute(
                FEED.update().where(FEED.c.team_id == PENDING_TEAM).values(team_id=team_id)
            )
            connection.execute(
                CHANNEL.update().where(CHANNEL.c.team_id.is_(None)).values(team_id=team_id)
            )
            if claimed or dropped:
                recount_places(connection, PENDING_TEAM)
                recount_places(connection, team_id)
            if claimed and not self.is_sqlite:
                # Statistics still saying "every row is (pending)" make PostgreSQL probe
                # through the team index: seconds per frequent word at 100k, until autovacuum.
                connection.exec_driver_sql("ANALYZE article_scope")
        return claimed

    def unchecked_conversations(self, team_id: str) -> list[str]:
        """Conversations of ``team_id`` whose privacy was never asked of Slack."""
        query = (
            sa.select(ARTICLE_SCOPE.c.conversation_id)
            .where(
                ARTICLE_SCOPE.c.team_id == team_id,
                ARTICLE_SCOPE.c.conversation_id.is_not(None),
                ARTICLE_SCOPE.c.private.is_(None),
            )
            .distinct()
        )
        with self.read() as connection:
            return list(connection.execute(query).scalars())

    def set_privacy(self, team_id: str, conversation_id: str, private: bool) -> int:
        """Record that a conversation is (or became) private or public: what was shared in
        it follows at once. How many places changed."""
        with self.write() as connection:
            changed = connection.execute(
                ARTICLE_SCOPE.update()
                .where(
                    ARTICLE_SCOPE.c.team_id == team_id,
                    ARTICLE_SCOPE.c.conversation_id == conversation_id,
                )
                .values(private=private)
            ).rowcount
            if changed:
                recount_places(connection, team_id, conversation_id=conversation_id)
            connection.execute(
                FEED.update()
                .where(FEED.c.team_id == team_id, FEED.c.channel_id == conversation_id)
                .values(private=private)
            )
        return changed

    def forget_team(self, team_id: str) -> Forgotten:
        """Delete what a workspace stored: its places, the articles seen nowhere else (with
        their paragraphs, sentences and quotes), its feeds, digest schedules and answers."""
        with self.write() as connection:
            owned = sa.select(ARTICLE_SCOPE.c.article_id).where(ARTICLE_SCOPE.c.team_id == team_id)
            elsewhere = sa.select(ARTICLE_SCOPE.c.article_id).where(
                ARTICLE_SCOPE.c.team_id != team_id
            )
            articles = connection.execute(
                ARTICLE.delete().where(ARTICLE.c.id.in_(owned), ARTICLE.c.id.not_in(elsewhere))
            ).rowcount
            connection.execute(ARTICLE_SCOPE.delete().where(ARTICLE_SCOPE.c.team_id == team_id))
            for table in (PERSON_DAY, PERSON_MONTH, MULTI_PLACE_ARTICLE):
                connection.execute(table.delete().where(table.c.team_id == team_id))
            feeds = connection.execute(FEED.delete().where(FEED.c.team_id == team_id)).rowcount
            channels = [
                row.channel_id
                for row in connection.execute(
                    sa.select(CHANNEL.c.channel_id).where(CHANNEL.c.team_id == team_id)
                )
            ]
            connection.execute(DIGEST_RUN.delete().where(DIGEST_RUN.c.channel_id.in_(channels)))
            connection.execute(CHANNEL.delete().where(CHANNEL.c.team_id == team_id))
            connection.execute(SAVED_ANSWER.delete().where(SAVED_ANSWER.c.team_id == team_id))
        return Forgotten(articles=articles, feeds=feeds, schedules=len(channels))


@dataclass(frozen=True)
class Forgotten:
    """What :meth:`ScopeQueries.forget_team` deleted."""

    articles: int
    feeds: int
    schedules: int
