"""Re-reading stored articles with a newer analysis: which are stale, and swapping one
article's analysed rows (paragraphs, sentences, quotes, people counts) in one transaction.

Each article records the analysis version that wrote its rows, so `precis reanalyze` is
idempotent (an article already at the version is skipped) and resumable (what was done
before an interruption stays done)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import sqlalchemy as sa

from storage.contracts import ArticleLike
from storage.tallies import PERSON_ARTICLE, count_article, person_article_rows, uncount_article
from storage.writing import (
    ARTICLE,
    PARAGRAPH,
    QUOTE,
    SENTENCE,
    ArticleWriting,
    insert_rows,
    paragraph_rows,
    quote_rows,
    sentence_rows,
)


@dataclass(frozen=True, slots=True)
class StoredText:
    """What analysis needs to read a stored article again."""

    id: int
    text: str
    meta: Mapping[str, str]  # the source's metadata, with title, date and language


def _stale(version: str) -> sa.ColumnElement[bool]:
    return sa.or_(ARTICLE.c.analysis_version.is_(None), ARTICLE.c.analysis_version != version)


class ReanalysisQueries(ArticleWriting):
    """Store mixin: stale articles and their re-analysed rows (people merged as when they
    were first written)."""

    def count_stale(self, version: str) -> int:
        with self.read() as connection:
            query = sa.select(sa.func.count()).select_from(ARTICLE).where(_stale(version))
            return connection.execute(query).scalar_one()

    def stale_articles(self, version: str, *, after_id: int, limit: int) -> list[StoredText]:
        """Up to ``limit`` articles not read by ``version``, by id after ``after_id``."""
        query = (
            sa.select(
                ARTICLE.c.id,
                ARTICLE.c.text,
                ARTICLE.c.title,
                ARTICLE.c.published,
                ARTICLE.c.language,
                ARTICLE.c.metadata,
            )
            .where(_stale(version), ARTICLE.c.id > after_id)
            .order_by(ARTICLE.c.id)
            .limit(limit)
        )
        with self.read() as connection:
            rows = connection.execute(query).all()
        found = []
        for row in rows:
            meta = {**json.loads(row.metadata or "{}"), "language": row.language}
            meta |= {k: v for k, v in (("title", row.title), ("date", row.published)) if v}
            found.append(StoredText(row.id, row.text, meta))
        return found

    def replace_analysis(self, article_id: int, article: ArticleLike) -> None:
        """Swap the article's analysed rows for ``article``'s, and record its version."""
        with self.write() as connection:
            uncount_article(connection, article_id)
            for table in (PERSON_ARTICLE, QUOTE, SENTENCE, PARAGRAPH):
                connection.execute(table.delete().where(table.c.article_id == article_id))
            insert_rows(connection, PARAGRAPH, paragraph_rows(article_id, article))
            insert_rows(connection, SENTENCE, sentence_rows(article_id, article))
            person_ids = self._merge_people(connection, article.people, article.quotes)
            insert_rows(connection, QUOTE, quote_rows(article_id, article, person_ids))
            insert_rows(
                connection, PERSON_ARTICLE, person_article_rows(article_id, article, person_ids)
            )
            connection.execute(
                ARTICLE.update()
                .where(ARTICLE.c.id == article_id)
                .values(analysis_version=article.analysis_version, headline=article.headline)
            )
            count_article(connection, article_id)
