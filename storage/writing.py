"""Articles written once: their rows built by field name, their people merged across
spellings, many articles per transaction (ingestion's one way into the database)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from storage import search
from storage.contracts import AddedArticle, ArticleLike, PersonLike
from storage.models import (
    Article,
    Paragraph,
    Person,
    Quote,
    Sentence,
    published_on,
    table_of,
    utcnow,
)
from storage.scope import ScopeQueries, Viewer
from storage.tallies import PERSON_ARTICLE, count_article, person_article_rows, uncount_article

ARTICLE = table_of(Article)
PARAGRAPH = table_of(Paragraph)
SENTENCE = table_of(Sentence)
PERSON = table_of(Person)
QUOTE = table_of(Quote)

ROWS_PER_INSERT = 500
# Articles stored per transaction by add_articles: cheap commits, bounded rollback.
BATCH_SIZE = 100


def precision(published: str | None) -> str | None:
    return {4: "year", 7: "month", 10: "day"}.get(len(published)) if published else None


def person_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """Folded name and aliases, without duplicates: what find_people compares against."""
    return list(dict.fromkeys(k for k in (search.folded_words(n) for n in (name, *aliases)) if k))


def insert_rows(connection: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` the fast way for the backend: SQLite's executemany reuses one prepared
    statement; on PostgreSQL that is one statement per row, so multi-row INSERTs of at most
    ``ROWS_PER_INSERT`` rows (under the parameter limit) instead."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        connection.execute(table.insert(), rows)
        return
    for first in range(0, len(rows), ROWS_PER_INSERT):
        connection.execute(table.insert().values(rows[first : first + ROWS_PER_INSERT]))


def article_row(article: ArticleLike, source: str | None, content_hash: str) -> dict[str, Any]:
    """The article table's row for ``article`` (its id left to the database)."""
    return {
        "content_hash": content_hash,
        "source": source,
        "title": article.title,
        "headline": article.headline,
        "language": article.language,
        "published": article.date,
        "published_precision": precision(article.date),
        "published_on": published_on(article.date),
        "ingested_at": utcnow(),
        "text": article.text,
        "metadata": json.dumps(dict(article.metadata), ensure_ascii=False),
        "analysis_version": article.analysis_version,
    }


def paragraph_rows(article_id: int, article: ArticleLike) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "position": p.index,
            "kind": p.kind,
            "text": p.text,
            "start": p.start,
        }
        for p in article.paragraphs
    ]


def sentence_rows(article_id: int, article: ArticleLike) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "rank": s.rank,
        }
        for s in article.sentences
    ]


def quote_rows(
    article_id: int, article: ArticleLike, person_ids: Mapping[str, int]
) -> list[dict[str, Any]]:
    """Quote rows; ``person_ids`` maps canonical names to person rows (unknown: no person)."""
    return [
        {
            "article_id": article_id,
            "person_id": person_ids.get(q.speaker) if q.speaker else None,
            "speaker": q.speaker,
            "speaker_mention": q.speaker_mention,
            "kind": q.kind,
            "paragraph": q.paragraph,
            "start": q.start,
            "end": q.end,
            "text": q.text,
        }
        for q in article.quotes
    ]


class ArticleWriting(ScopeQueries):
    """Store mixin: storing analysed articles (and deleting one)."""

    def add_article(
        self,
        article: ArticleLike,
        *,
        source: str | None,
        content_hash: str,
        shared_in: Viewer,
    ) -> AddedArticle:
        """Store one analysed article in one transaction, visible in ``shared_in``; a known
        content hash writes nothing but that place."""
        with self.write() as connection:
            return self._add(connection, article, source, content_hash, shared_in)

    def add_articles(
        self,
        items: Iterable[tuple[ArticleLike, str | None, str]],
        *,
        shared_in: Viewer,
    ) -> list[AddedArticle]:
        """Store many ``(article, source, content_hash)`` items, ``BATCH_SIZE`` per commit.

        Each batch is one transaction: an error rolls back the batch it happens in (never
        half an article) and leaves earlier batches stored.
        """
        added: list[AddedArticle] = []
        batch: list[tuple[ArticleLike, str | None, str]] = []
        for item in (*items, None):
            if item is not None:
                batch.append(item)
            if batch and (item is None or len(batch) >= BATCH_SIZE):
                with self.write() as connection:
                    added += [self._add(connection, a, s, h, shared_in) for a, s, h in batch]
                batch = []
        return added

    def delete_article(self, article_id: int) -> bool:
        """Remove an article with its paragraphs, sentences and quotes (people stay)."""
        with self.write() as connection:
            uncount_article(connection, article_id)
            return (
                connection.execute(ARTICLE.delete().where(ARTICLE.c.id == article_id)).rowcount > 0
            )

    def _add(
        self,
        connection: Connection,
        article: ArticleLike,
        source: str | None,
        content_hash: str,
        shared_in: Viewer,
    ) -> AddedArticle:
        inserted = connection.execute(
            self.insert(ARTICLE)
            .values(**article_row(article, source, content_hash))
            .on_conflict_do_nothing(index_elements=["content_hash"])
            .returning(ARTICLE.c.id)
        ).scalar()
        if inserted is None:
            existing = connection.execute(
                sa.select(ARTICLE.c.id).where(ARTICLE.c.content_hash == content_hash)
            ).scalar_one()
            uncount_article(connection, existing)
            self.share_with(connection, existing, shared_in)
            count_article(connection, existing)
            return AddedArticle(existing, created=False)

        insert_rows(connection, PARAGRAPH, paragraph_rows(inserted, article))
        insert_rows(connection, SENTENCE, sentence_rows(inserted, article))
        person_ids = self._merge_people(connection, article.people, article.quotes)
        insert_rows(connection, QUOTE, quote_rows(inserted, article, person_ids))
        insert_rows(connection, PERSON_ARTICLE, person_article_rows(inserted, article, person_ids))
        self.share_with(connection, inserted, shared_in)
        count_article(connection, inserted)
        return AddedArticle(inserted, created=True)

    def _merge_people(
        self, connection: Connection, people: Sequence[PersonLike], quotes: Iterable[Any]
    ) -> dict[str, int]:
        """Person ids by canonical name, inserting new people and unioning known aliases.

        A speaker missing from ``people`` still gets a row, so every attributed quote can be
        found by its speaker.
        """
        wanted: dict[str, tuple[list[str], str | None, str]] = {}
        for person in people:
            aliases, gender, kind = wanted.get(person.name, ([], None, "person"))
            wanted[person.name] = (
                list(dict.fromkeys([*aliases, *(a for a in person.aliases if a != person.name)])),
                gender or person.gender,
                person.kind or kind,
            )
        for quote in quotes:
            if quote.speaker and quote.speaker not in wanted:
                wanted[quote.speaker] = ([], None, "person")
        if not wanted:
            return {}

        select_known = sa.select(
            PERSON.c.id, PERSON.c.name, PERSON.c.aliases, PERSON.c.gender
        ).where(PERSON.c.name.in_(list(wanted)))
        known = {row.name: row for row in connection.execute(select_known)}
        new = [name for name in wanted if name not in known]
        if new:
            people_rows = [
                {
                    "name": name,
                    "name_key": search.folded_words(name),
                    "aliases": json.dumps(wanted[name][0], ensure_ascii=False),
                    "search_keys": "|".join(person_keys(name, wanted[name][0])),
                    "gender": wanted[name][1],
                    "kind": wanted[name][2],
                }
                for name in new
            ]
            connection.execute(
                self.insert(PERSON)
                .values(people_rows)
                .on_conflict_do_nothing(index_elements=["name"])
            )
        ids: dict[str, int] = {}
        for row in connection.execute(select_known):
            ids[row.name] = row.id
            if row.name not in known:
                continue
            aliases = json.loads(row.aliases)
            merged = list(dict.fromkeys([*aliases, *wanted[row.name][0]]))
            gender = row.gender or wanted[row.name][1]
            if merged != aliases or gender != row.gender:
                connection.execute(
                    PERSON.update()
                    .where(PERSON.c.id == row.id)
                    .values(
                        aliases=json.dumps(merged, ensure_ascii=False),
                        search_keys="|".join(person_keys(row.name, merged)),
                        gender=gender,
                    )
                )
        return ids
