"""Articles, their sentences, quotes and people: writing them once, finding them again."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from storage import search
from storage.contracts import (
    AddedArticle,
    ArticleHit,
    ArticleLike,
    ArticleRow,
    PersonLike,
    PersonMatch,
    QuoteHit,
    SentenceHit,
    Stats,
    StoredArticle,
)
from storage.models import Article, Paragraph, Person, Quote, Sentence, table_of, utcnow
from storage.scope import ScopeQueries, Viewer, visible_to
from storage.tallies import (
    PERSON_ARTICLE,
    count_article,
    person_article_rows,
    uncount_article,
)

ARTICLE = table_of(Article)
PARAGRAPH = table_of(Paragraph)
SENTENCE = table_of(Sentence)
PERSON = table_of(Person)
QUOTE = table_of(Quote)

# Fuzzy re-ranking looks at this many full-text candidates at most, whatever the query.
QUOTE_CANDIDATES = 200
QUOTE_MIN_SCORE = 70.0
QUOTE_GOOD_SCORE = 90.0
# A word in more quotes than this is "frequent": it never gathers candidates on its own.
COMMON_WORD_QUOTES = 2000
PERSON_CANDIDATES = 2000
PERSON_MIN_SCORE = 80.0
# People compared when gathering one speaker's spellings ("Zelensky", "Volodymyr Zelensky").
SPEAKER_MATCHES = 10
# Searches rank at most this many of the newest matching articles (or quotes).
RANKED_MATCHES = 2000
ROWS_PER_INSERT = 500
# Articles stored per transaction by add_articles: cheap commits, bounded rollback.
BATCH_SIZE = 100

# Selected columns are labelled with the field names of the row they build (ArticleRow,
# QuoteHit), which are built by name: no column order to keep in step with a field order.
ARTICLE_ROW_COLUMNS = (
    ARTICLE.c.id,
    ARTICLE.c.title,
    ARTICLE.c.headline,
    ARTICLE.c.published.label("date"),
    ARTICLE.c.source,
    ARTICLE.c.ingested_at,
    ARTICLE.c.language,
)
QUOTE_HIT_COLUMNS = (
    QUOTE.c.id.label("quote_id"),
    QUOTE.c.text,
    QUOTE.c.speaker,
    QUOTE.c.speaker_mention,
    QUOTE.c.kind,
    QUOTE.c.article_id,
    ARTICLE.c.title.label("article_title"),
    ARTICLE.c.headline.label("article_headline"),
    ARTICLE.c.published.label("article_date"),
    ARTICLE.c.source.label("article_source"),
    ARTICLE.c.language.label("article_language"),
)
# Direct quotes before paraphrases: the speaker's own words are what a newsroom quotes.
DIRECT_FIRST = sa.case((QUOTE.c.kind == "direct", 0), else_=1)


def published_on(published: str | None) -> date | None:
    """First day of the period a partial ISO date names: "2023-02" -> 2023-02-01."""
    if not published:
        return None
    parts = published.split("-")
    try:
        numbers = [int(p) for p in parts[:3]] + [1] * (3 - len(parts[:3]))
        return date(*numbers)
    except ValueError:
        return None


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


def same_person_written_differently(name: str, other: str) -> bool:
    """True when the folded words of one name are all among the other's."""
    words, other_words = set(search.words(name)), set(search.words(other))
    return words <= other_words or other_words <= words


def quote_hit(row: sa.Row, score: float) -> QuoteHit:
    """A row selected with QUOTE_HIT_COLUMNS, and its score."""
    return QuoteHit(**row._mapping, score=score)


class ArticleQueries(ScopeQueries):
    """Store mixin: article ingestion and every question asked about articles."""

    # -- writing ---------------------------------------------------------------------------

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

    # -- reading articles ------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        with self.read() as connection:
            found = connection.execute(
                sa.select(ARTICLE.c.id).where(ARTICLE.c.content_hash == content_hash)
            )
            return found.first() is not None

    def get_article(self, article_id: int, *, viewer: Viewer) -> StoredArticle | None:
        """Article ``article_id`` with its paragraphs, or None when ``viewer`` may not see it."""
        with self.read() as connection:
            row = connection.execute(
                sa.select(ARTICLE).where(
                    ARTICLE.c.id == article_id, visible_to(viewer, ARTICLE.c.id)
                )
            ).first()
            if row is None:
                return None
            paragraphs = connection.execute(
                sa.select(PARAGRAPH.c.kind, PARAGRAPH.c.text)
                .where(PARAGRAPH.c.article_id == article_id)
                .order_by(PARAGRAPH.c.position)
            ).all()
            quote_count = connection.execute(
                sa.select(sa.func.count())
                .select_from(QUOTE)
                .where(QUOTE.c.article_id == article_id)
            ).scalar_one()
        return StoredArticle(
            id=row.id,
            title=row.title,
            headline=row.headline,
            language=row.language,
            date=row.published,
            source=row.source,
            ingested_at=row.ingested_at,
            text=row.text,
            paragraphs=tuple((p.kind, p.text) for p in paragraphs),
            quote_count=quote_count,
            metadata=json.loads(row.metadata),
        )

    def latest_articles(self, limit: int = 5, *, viewer: Viewer) -> list[ArticleRow]:
        query = (
            sa.select(*ARTICLE_ROW_COLUMNS)
            .where(visible_to(viewer, ARTICLE.c.id))
            .order_by(ARTICLE.c.ingested_at.desc(), ARTICLE.c.id.desc())
        )
        with self.read() as connection:
            return [ArticleRow(**row._mapping) for row in connection.execute(query.limit(limit))]

    def articles_since(
        self, since: datetime, *, viewer: Viewer, limit: int = 100
    ) -> list[ArticleRow]:
        """Articles ingested after ``since``, newest first, for the digest of ``viewer``'s
        channel: those shared with its whole workspace and the channel's own."""
        query = (
            sa.select(*ARTICLE_ROW_COLUMNS)
            .where(ARTICLE.c.ingested_at > since, visible_to(viewer, ARTICLE.c.id, own_only=True))
            .order_by(ARTICLE.c.ingested_at.desc(), ARTICLE.c.id.desc())
            .limit(limit)
        )
        with self.read() as connection:
            return [ArticleRow(**row._mapping) for row in connection.execute(query)]

    def summary_sentences(self, article_id: int, n: int = 3, *, viewer: Viewer) -> list[str]:
        """The ``n`` best-ranked sentences, verbatim, in article order."""
        best = (
            sa.select(SENTENCE.c.text, SENTENCE.c.start)
            .where(
                SENTENCE.c.article_id == article_id,
                SENTENCE.c.rank.is_not(None),
                visible_to(viewer, SENTENCE.c.article_id),
            )
            .order_by(SENTENCE.c.rank)
            .limit(max(n, 0))
        )
        with self.read() as connection:
            rows = connection.execute(best).all()
        return [row.text for row in sorted(rows, key=lambda row: row.start)]

    def search_articles(
        self, query: str, limit: int = 10, *, viewer: Viewer, any_word: bool = True
    ) -> list[ArticleHit]:
        """Articles containing every word of ``query`` (or, failing that and with
        ``any_word``, any), best first.

        Only the ``RANKED_MATCHES`` newest matching articles are ranked: a newsroom wants
        recent news, and ranking every article with a frequent word is what makes search
        slow. A precise query matches fewer and searches the whole archive.
        """
        terms = search.search_terms(query)
        with self.read() as connection:
            matches = search.match_articles(
                connection, terms, viewer=viewer, any_term=False, limit=limit, newest=RANKED_MATCHES
            )
            if not matches and len(terms) > 1 and any_word:
                matches = search.match_articles(
                    connection,
                    terms,
                    viewer=viewer,
                    any_term=True,
                    limit=limit,
                    newest=RANKED_MATCHES,
                )
            if not matches:
                return []
            rows = {
                row.id: row
                for row in connection.execute(
                    sa.select(*ARTICLE_ROW_COLUMNS).where(ARTICLE.c.id.in_([i for i, _ in matches]))
                )
            }
        return [ArticleHit(**rows[i]._mapping, score=score) for i, score in matches if i in rows]

    def topic_sentences(
        self, query: str, *, viewer: Viewer, articles: int = 5, per_article: int = 3
    ) -> list[SentenceHit]:
        """The best summary sentences of the articles best matching ``query`` that ``viewer``
        may see, best first."""
        hits = self.search_articles(query, limit=articles, viewer=viewer)
        if not hits:
            return []
        ranked = (
            sa.select(SENTENCE.c.article_id, SENTENCE.c.text, SENTENCE.c.rank, SENTENCE.c.start)
            .where(
                SENTENCE.c.article_id.in_([h.id for h in hits]),
                SENTENCE.c.rank.is_not(None),
                SENTENCE.c.rank < per_article,
            )
            .order_by(SENTENCE.c.article_id, SENTENCE.c.rank)
        )
        with self.read() as connection:
            by_article: dict[int, list[sa.Row]] = {}
            for row in connection.execute(ranked):
                by_article.setdefault(row.article_id, []).append(row)
        return [
            SentenceHit(
                hit.id, hit.title, hit.headline, hit.date, hit.source, row.text, row.rank, row.start
            )
            for hit in hits
            for row in by_article.get(hit.id, [])
        ]

    # -- quotes and people -----------------------------------------------------------------

    def quotes_for_article(self, article_id: int, *, viewer: Viewer) -> list[QuoteHit]:
        query = (
            sa.select(*QUOTE_HIT_COLUMNS)
            .join(ARTICLE, ARTICLE.c.id == QUOTE.c.article_id)
            .where(QUOTE.c.article_id == article_id, visible_to(viewer, QUOTE.c.article_id))
            .order_by(QUOTE.c.start)
        )
        with self.read() as connection:
            return [quote_hit(row, 100.0) for row in connection.execute(query)]

    def search_quotes(
        self, words: str, *, viewer: Viewer, limit: int = 5, offset: int = 0
    ) -> list[QuoteHit]:
        """Quotes that say ``words``, despite partial wording, accents, punctuation and typos,
        among those ``viewer`` may see.

        Full-text search gathers at most ``QUOTE_CANDIDATES`` quotes per pass; rapidfuzz
        re-ranks them on folded text and drops weak matches. Passes, until enough good
        matches: quotes with every typed word that the index knows (exact wording, typos
        left out); quotes with any rarer word or with the first letters of a word the index
        does not know (a typo); at last quotes with one of the two rarest words. Frequent
        words never gather alone: ranking every quote with "président" is what costs time.
        """
        terms = search.search_terms(words)
        if not terms:
            return []
        wanted = offset + limit
        with self.read() as connection:
            passes = self._quote_candidate_passes(connection, terms)
            scored: dict[int, float] = {}
            for candidates in passes:
                if sum(score >= QUOTE_GOOD_SCORE for score in scored.values()) >= wanted:
                    break
                found = search.match_quotes(
                    connection,
                    viewer=viewer,
                    limit=QUOTE_CANDIDATES,
                    newest=RANKED_MATCHES,
                    **candidates,
                )
                scored |= self._scored_quotes(
                    connection, words, [i for i in found if i not in scored]
                )
            if not scored:
                return []
            best = sorted(scored.items(), key=lambda item: (-item[1], -item[0]))[offset:wanted]
            rows = {
                row.quote_id: row
                for row in connection.execute(
                    sa.select(*QUOTE_HIT_COLUMNS)
                    .join(ARTICLE, ARTICLE.c.id == QUOTE.c.article_id)
                    .where(QUOTE.c.id.in_([i for i, _ in best]))
                )
            }
        return [quote_hit(rows[i], round(score, 1)) for i, score in best if i in rows]

    @staticmethod
    def _quote_candidate_passes(
        connection: Connection, terms: Sequence[str]
    ) -> list[dict[str, Any]]:
        """The full-text queries search_quotes tries in turn, as match_quotes arguments."""
        cap = COMMON_WORD_QUOTES + 1
        counts = search.count_quotes_with(connection, terms, cap=cap)
        known = [w for w in terms if counts[w]]
        rare = [w for w in known if counts[w] < cap]
        misspelt = [w for w in terms if not counts[w] and len(w) >= search.PREFIX_MIN_LENGTH]
        prefixes = list(dict.fromkeys(w[: search.PREFIX_LENGTH] for w in misspelt))
        prefix_counts = search.count_quotes_with(connection, prefixes, prefix=True, cap=cap)
        typo_prefixes = [p for p in prefixes if prefix_counts[p] < cap]
        passes: list[dict[str, Any]] = []
        if len(known) > 1:
            passes.append({"terms": known, "every_term": True})
        if rare or typo_prefixes:
            passes.append({"terms": rare, "prefixes": typo_prefixes})
        else:
            passes.append({"terms": sorted(known, key=counts.__getitem__)[:2]})
        return passes

    @staticmethod
    def _scored_quotes(
        connection: Connection, words: str, quote_ids: Sequence[int]
    ) -> dict[int, float]:
        if not quote_ids:
            return {}
        texts = connection.execute(
            sa.select(QUOTE.c.id, QUOTE.c.text).where(QUOTE.c.id.in_(quote_ids))
        )
        similarity = search.quote_similarity(words)
        scores = {row.id: similarity(row.text) for row in texts}
        return {i: s for i, s in scores.items() if s >= QUOTE_MIN_SCORE}

    def find_people(self, name: str, limit: int = 5, *, viewer: Viewer) -> list[PersonMatch]:
        """People (and organisations) ``name`` may mean: surname alone, full name, small typos.
        Their ``quote_count`` counts the quotes ``viewer`` may see.

        Candidates contain two of three letter-triples (start, middle, end) of a typed word,
        so one typo anywhere still finds them, in their folded name or aliases (a trigram
        index); rapidfuzz scores them; people quoted more often win ties ("Macron" is more
        often Emmanuel than Brigitte).
        """
        groups = [g for word in search.search_terms(name) for g in search.name_fragments(word)]
        if not groups:
            return []
        with self.read() as connection:
            candidates = (
                sa.select(PERSON.c.id, PERSON.c.name, PERSON.c.kind, PERSON.c.search_keys)
                .where(
                    search.people_containing(connection, PERSON.c.search_keys, PERSON.c.id, groups)
                )
                .limit(PERSON_CANDIDATES)
            )
            scored = [
                (row, search.name_similarity(name, row.search_keys.split("|")))
                for row in connection.execute(candidates)
            ]
            scored = [(row, score) for row, score in scored if score >= PERSON_MIN_SCORE]
            if not scored:
                return []
            counts: dict[int, int] = dict(
                connection.execute(
                    sa.select(QUOTE.c.person_id, sa.func.count())
                    .where(
                        QUOTE.c.person_id.in_([row.id for row, _ in scored]),
                        visible_to(viewer, QUOTE.c.article_id),
                    )
                    .group_by(QUOTE.c.person_id)
                ).all()
            )
        matches = [
            PersonMatch(row.name, round(score, 1), row.kind, counts.get(row.id, 0))
            for row, score in scored
        ]
        matches.sort(key=lambda m: (-m.score, -m.quote_count, m.name))
        return matches[:limit]

    def quotes_by_speaker(
        self,
        name: str,
        *,
        viewer: Viewer,
        limit: int = 5,
        offset: int = 0,
        matches: Sequence[PersonMatch] | None = None,
    ) -> list[QuoteHit]:
        """Quotes of the person ``name`` best matches: direct quotes, then paraphrases, each
        from the most recent article first.

        Rows for the same person written shorter or longer ("Zelensky" and "Volodymyr
        Zelensky", whose words one contains the other's) count as that person; namesakes
        ("Hélène" and "Paul Marchetti") do not. ``matches``: what ``find_people(name,
        limit=SPEAKER_MATCHES)`` already returned, so a caller that needed them anyway does
        not pay for the look-up twice. Only quotes ``viewer`` may see.
        """
        if matches is None:
            matches = self.find_people(name, limit=SPEAKER_MATCHES, viewer=viewer)
        if not matches:
            return []
        best = matches[0]
        same_person = [
            m.name for m in matches if same_person_written_differently(m.name, best.name)
        ]
        query = (
            sa.select(*QUOTE_HIT_COLUMNS)
            .join(ARTICLE, ARTICLE.c.id == QUOTE.c.article_id)
            .join(PERSON, PERSON.c.id == QUOTE.c.person_id)
            .where(PERSON.c.name.in_(same_person), visible_to(viewer, QUOTE.c.article_id))
            .order_by(
                DIRECT_FIRST,
                ARTICLE.c.published_on.desc().nulls_last(),
                ARTICLE.c.ingested_at.desc(),
                QUOTE.c.article_id.desc(),
                QUOTE.c.start,
            )
            .offset(offset)
            .limit(limit)
        )
        with self.read() as connection:
            return [quote_hit(row, best.score) for row in connection.execute(query)]

    def stats(self, *, viewer: Viewer | None = None) -> Stats:
        """How many articles, quotes and people are stored; for ``viewer``, how many it may
        see (the people: those quoted in them). None: the whole store, the operator's count."""
        if viewer is None:
            articles = sa.select(sa.func.count()).select_from(ARTICLE)
            quotes = sa.select(sa.func.count()).select_from(QUOTE)
            people = sa.select(sa.func.count()).select_from(PERSON)
        else:
            articles = (
                sa.select(sa.func.count())
                .select_from(ARTICLE)
                .where(visible_to(viewer, ARTICLE.c.id))
            )
            quotes = (
                sa.select(sa.func.count())
                .select_from(QUOTE)
                .where(visible_to(viewer, QUOTE.c.article_id))
            )
            people = (
                sa.select(sa.func.count(sa.distinct(PERSON.c.id)))
                .join(QUOTE, QUOTE.c.person_id == PERSON.c.id)
                .where(visible_to(viewer, QUOTE.c.article_id))
            )
        # An organisation is not one of the people.
        people = people.where(PERSON.c.kind == "person")
        with self.read() as connection:
            row = connection.execute(
                sa.select(
                    articles.scalar_subquery(), quotes.scalar_subquery(), people.scalar_subquery()
                )
            ).one()
        return Stats(articles=row[0], quotes=row[1], people=row[2])
