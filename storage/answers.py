"""Answers kept as they were shown, for a day: "Share in channel" posts the very answer the
person read, even if the articles (or the ranking) changed since."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

import sqlalchemy as sa

from storage.contracts import SavedAnswerRow
from storage.db import StoreBase
from storage.models import Article, SavedAnswer, table_of, utcnow
from storage.scope import Viewer, visible_to

SAVED_ANSWER = table_of(SavedAnswer)
ARTICLE = table_of(Article)
ANSWER_LIFETIME = timedelta(days=1)  # an ephemeral answer is gone from Slack long before


class AnswerQueries(StoreBase):
    """Store mixin: answers saved for sharing."""

    def save_answer(
        self,
        payload: Mapping[str, object],
        *,
        article_ids: Iterable[int],
        team_id: str,
        user_id: str | None = None,
    ) -> str:
        """Keep ``payload`` (a message without buttons) shown in workspace ``team_id``;
        returns the id a button can carry."""
        answer_id = secrets.token_urlsafe(12)
        ids = sorted(set(article_ids))
        with self.write() as connection:
            connection.execute(
                SAVED_ANSWER.insert().values(
                    id=answer_id,
                    payload=json.dumps(payload, ensure_ascii=False),
                    article_ids=json.dumps(ids),
                    user_id=user_id,
                    team_id=team_id,
                    created_at=utcnow(),
                )
            )
        return answer_id

    def saved_answer(self, answer_id: str, *, now: datetime | None = None) -> SavedAnswerRow | None:
        """The answer saved under ``answer_id``, or None when unknown or over a day old."""
        oldest = (now or utcnow()) - ANSWER_LIFETIME
        with self.read() as connection:
            row = connection.execute(
                sa.select(SAVED_ANSWER).where(
                    SAVED_ANSWER.c.id == answer_id, SAVED_ANSWER.c.created_at > oldest
                )
            ).first()
        if row is None:
            return None
        return SavedAnswerRow(
            id=row.id,
            payload=json.loads(row.payload),
            article_ids=tuple(json.loads(row.article_ids)),
            user_id=row.user_id,
            created_at=row.created_at,
        )

    def sees_every_article(self, viewer: Viewer, article_ids: Iterable[int]) -> bool:
        """True when ``viewer`` may see every one of ``article_ids``: what may be shared there."""
        wanted = set(article_ids)
        if not wanted:
            return True
        query = (
            sa.select(sa.func.count())
            .select_from(ARTICLE)
            .where(ARTICLE.c.id.in_(wanted), visible_to(viewer, ARTICLE.c.id))
        )
        with self.read() as connection:
            return connection.execute(query).scalar_one() == len(wanted)

    def forget_answers(self, before: datetime) -> int:
        """Delete answers saved before ``before``; how many."""
        with self.write() as connection:
            deleted = connection.execute(
                SAVED_ANSWER.delete().where(SAVED_ANSWER.c.created_at < before)
            )
        return deleted.rowcount
