"""Build a large store for the scale benchmarks from real analysed articles.

    .venv/bin/python bench/make_store.py --url sqlite:////tmp/precis-100k.db --articles 100000
    .venv/bin/python bench/make_store.py --bulk --articles 1000000 --people 200000 \
        --url postgresql://postgres@127.0.0.1:5432/precis_bench_1m

The real articles (the evaluation sets' 600 summarisation articles, the 84 PolNeAR texts, the
seeds and examples/) are analysed once by ``bot.text.analyze_many`` (cached in ``--cache``).
Every stored article is then a variant of them: paragraphs of 1-4 real sentences drawn from
the articles of one language, with the people in them renamed (consistently in the text, the
quotes' speakers and mentions; from a pool of first names and surnames seen in the corpus)
and every digit redrawn, so the full-text indexes see real French and English vocabulary,
quotes, speakers and numbers in realistic proportions rather than one article repeated.
Variant ``i`` is always the same article. Storage goes through ``Store.add_articles`` (the
bulk path: one transaction per ``storage.writing.BATCH_SIZE`` articles), so the indexes and
triggers are the product's own; ``--bulk`` writes the same rows with multi-row INSERTs, and
on PostgreSQL builds the GIN indexes once at the end (the fastest way to a million:
docs/performance.md), but not the per-person counts (then run bench/people_counts.py).
Every article is shared with the whole workspace the benches' Slack requests come from
(bench/workspace.py), so their questions see it. An existing store is topped up to
``--articles``. A line per ``--every`` articles gives the store's size and the insertion
rate at that size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import pickle
import random
import re
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from multiprocessing.pool import AsyncResult
from pathlib import Path

import sqlalchemy as sa
from workspace import WORKSPACE

from bot.text import analyze_many
from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from storage import Store
from storage.scope import ARTICLE_SCOPE, scope_row

SHARED = Path("/work/shared")
ROOT = Path(__file__).resolve().parent.parent
FIRST_DATE, LAST_DATE = 2012, 2026
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Said:
    """A quote inside a sentence, its offsets relative to the sentence."""

    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    kind: str


@dataclass(frozen=True)
class Unit:
    """A real sentence, the quotes wholly inside it and the names written in it."""

    text: str
    said: tuple[Said, ...]
    names: tuple[str, ...]  # full names and aliases of the article's people, longest first


def corpus_texts() -> Iterator[tuple[str, dict[str, str]]]:
    for name in ("fr", "en"):
        path = SHARED / "eval" / "summarization" / f"{name}.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                yield json.loads(line)["text"], {"language": name}
    for folder in (SHARED / "eval" / "polnear_dev" / "text", SHARED / "seeds", ROOT / "examples"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                yield path.read_text(encoding="utf-8"), {}


def base_articles(cache: Path) -> list[Article]:
    """The corpus analysed by the product's own analysis (cached: it takes a minute)."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    started = time.perf_counter()
    articles = list(analyze_many(corpus_texts()))
    cache.write_bytes(pickle.dumps(articles))
    print(f"analysed {len(articles)} base articles in {time.perf_counter() - started:.0f} s")
    return articles


def units_of(article: Article) -> list[Unit]:
    names = sorted(
        {n for p in article.people for n in (p.name, *p.aliases) if len(n) > 2},
        key=len,
        reverse=True,
    )
    units = []
    for sentence in article.sentences:
        if sentence.rank is None:
            continue
        said = tuple(
            Said(
                q.start - sentence.start,
                q.end - sentence.start,
                q.speaker,
                q.speaker_mention,
                q.kind,
            )
            for q in article.quotes
            if sentence.start <= q.start and q.end <= sentence.end
        )
        present = tuple(n for n in names if n in sentence.text)
        units.append(Unit(sentence.text, said, present))
    return units


class Synthesiser:
    """Deterministic variants of the base articles: ``article(i)`` is always the same."""

    def __init__(self, base: Sequence[Article], people: int, seed: int = 11) -> None:
        rng = random.Random(seed)
        self.units: dict[str, list[Unit]] = {}
        for article in base:
            self.units.setdefault(article.language, []).extend(units_of(article))
        self.languages = sorted(self.units)
        firsts, lasts = set(), set()
        for article in base:
            for person in article.people:
                parts = person.name.split()
                if person.kind == "person" and len(parts) >= 2:
                    firsts.add(parts[0])
                    lasts.add(parts[-1])
        firsts_list, lasts_list = sorted(firsts), sorted(lasts)
        pool: dict[str, None] = {}
        while len(pool) < min(people, len(firsts_list) * len(lasts_list)):
            pool[f"{rng.choice(firsts_list)} {rng.choice(lasts_list)}"] = None
        self.people = list(pool)

    def article(self, i: int) -> Article:
        rng = random.Random(i)
        language = self.languages[i % len(self.languages)]
        units = self.units[language]
        renamed: dict[str, str] = {}

        def rename(name: str) -> str:
            """The variant's name for a base name; a surname follows its full name."""
            if name not in renamed:
                for full, new in list(renamed.items()):
                    if full.endswith(" " + name):
                        renamed[name] = new.split()[-1]
                        return renamed[name]
                new = rng.choice(self.people)
                renamed[name] = new if " " in name else new.split()[-1]
            return renamed[name]

        paragraphs: list[Paragraph] = []
        sentences: list[Sentence] = []
        quotes: list[Quote] = []
        offset = 0
        for index in range(rng.randint(3, 9)):
            pieces: list[str] = []
            for _ in range(rng.randint(1, 4)):
                unit = rng.choice(units)
                text, said = self._renamed(unit, rename, rng)
                start = offset + sum(len(p) + 1 for p in pieces)
                sentences.append(Sentence(index, start, start + len(text), text))
                quotes += [
                    Quote(
                        text[s.start : s.end],
                        rename(s.speaker) if s.speaker else None,
                        self._swap(s.speaker_mention, renamed) if s.speaker_mention else None,
                        s.kind,  # type: ignore[arg-type]
                        index,
                        start + s.start,
                        start + s.end,
                    )
                    for s in said
                ]
                pieces.append(text)
            paragraph = " ".join(pieces)
            paragraphs.append(Paragraph(index, "body", paragraph, offset))
            offset += len(paragraph) + 2
        order = list(range(len(sentences)))
        rng.shuffle(order)
        sentences = [
            Sentence(s.paragraph, s.start, s.end, s.text, rank=order[k])
            for k, s in enumerate(sentences)
        ]
        speakers = dict.fromkeys(q.speaker for q in quotes if q.speaker)
        # Most corpus articles have no title: a title is the start of another real sentence.
        opening, _ = self._renamed(rng.choice(units), rename, rng)
        title = " ".join(opening.split()[: rng.randint(6, 12)]).rstrip(" ,;:.!?«»\"'")
        return Article(
            text="\n\n".join(p.text for p in paragraphs),
            language=language,  # type: ignore[arg-type]
            title=title,
            date=f"{rng.randint(FIRST_DATE, LAST_DATE)}-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1, 28):02d}",
            paragraphs=tuple(paragraphs),
            sentences=tuple(sentences),
            people=tuple(Person(name, aliases=(name.split()[-1],)) for name in speakers),
            quotes=tuple(quotes),
        )

    @staticmethod
    def _swap(text: str, renamed: dict[str, str]) -> str:
        for old in sorted(renamed, key=len, reverse=True):
            text = text.replace(old, renamed[old])
        return text

    @staticmethod
    def _renamed(unit: Unit, rename, rng: random.Random) -> tuple[str, list[Said]]:
        """The sentence with its names replaced and digits redrawn, quotes moved to match."""
        text, said = unit.text, list(unit.said)
        if unit.names:
            pattern = re.compile("|".join(re.escape(n) for n in unit.names))
            out: list[str] = []
            shifts: list[tuple[int, int]] = []  # (old end of a replacement, length change)
            last = 0
            for match in pattern.finditer(text):
                new = rename(match.group())
                out += [text[last : match.start()], new]
                shifts.append((match.end(), len(new) - len(match.group())))
                last = match.end()
            out.append(text[last:])

            def moved(position: int) -> int:
                return position + sum(delta for end, delta in shifts if end <= position)

            text = "".join(out)
            said = [
                Said(moved(s.start), moved(s.end), s.speaker, s.speaker_mention, s.kind)
                for s in said
            ]
        text = _DIGIT.sub(lambda _: str(rng.randint(0, 9)), text)
        return text, said


def fill(store: Store, synthesiser: Synthesiser, target: int, batch: int, every: int) -> None:
    have = store.stats().articles
    print(json.dumps({"store_articles": have, "target": target}), flush=True)
    started = window = time.perf_counter()
    window_start = have
    for first in range(have, target, batch):
        items = []
        for i in range(first, min(first + batch, target)):
            article = synthesiser.article(i)
            digest = hashlib.sha256(f"variant-{i}".encode()).hexdigest()
            items.append((article, f"variant/{i}", digest))
        store.add_articles(items, shared_in=WORKSPACE)
        done = min(first + batch, target)
        if done % every == 0 or done == target:
            now = time.perf_counter()
            line = {
                "store_articles": done,
                "articles_per_s": round((done - window_start) / (now - window), 1),
                "elapsed_s": round(now - started),
                "load_1min": round(os.getloadavg()[0], 2),
            }
            print(json.dumps(line), flush=True)
            window, window_start = now, done


_SYNTHESISER: Synthesiser | None = None  # set before the worker processes fork


@dataclass
class Rows:
    """One batch of variants as plain rows (cheap to send between processes); quotes name
    their speaker, whose person id only the writing process knows."""

    article: list[dict]
    paragraph: list[dict]
    sentence: list[dict]
    quote: list[dict]
    scope: list[dict]
    people: dict[str, tuple[str, ...]]  # canonical name -> aliases


def variant_rows(numbers: range, first_id: int) -> Rows:
    """The rows ``add_articles`` would write for variants ``numbers``, ids from ``first_id``."""
    from storage.writing import article_row, paragraph_rows, quote_rows, sentence_rows

    assert _SYNTHESISER is not None
    rows = Rows([], [], [], [], [], {})
    for article_id, i in enumerate(numbers, start=first_id):
        article = _SYNTHESISER.article(i)
        row = article_row(
            article, f"variant/{i}", hashlib.sha256(f"variant-{i}".encode()).hexdigest()
        )
        rows.article.append({"id": article_id, **row})
        rows.paragraph += paragraph_rows(article_id, article)
        rows.sentence += sentence_rows(article_id, article)
        rows.quote += quote_rows(article_id, article, {})  # person ids: set by the writer
        rows.scope.append(scope_row(article_id, WORKSPACE))
        for person in article.people:
            rows.people.setdefault(person.name, person.aliases)
    return rows


def row_batches(
    synthesiser: Synthesiser, first: int, target: int, first_id: int, batch: int, workers: int
) -> Iterator[tuple[int, Rows]]:
    """(last variant number + 1, rows) per batch, made in ``workers`` forked processes, at
    most two batches ahead per worker (``Pool.imap`` would run ahead of the writer and hold
    every made batch in memory)."""
    global _SYNTHESISER
    _SYNTHESISER = synthesiser
    jobs = iter(
        (range(n, min(n + batch, target)), first_id + n - first)
        for n in range(first, target, batch)
    )
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        ahead: deque[tuple[range, AsyncResult]] = deque()
        while True:
            while len(ahead) < 2 * workers and (job := next(jobs, None)):
                ahead.append((job[0], pool.apply_async(variant_rows, job)))
            if not ahead:
                return
            numbers, made = ahead.popleft()
            yield numbers.stop, made.get()


def bulk_fill(
    store: Store, synthesiser: Synthesiser, target: int, batch: int, every: int, workers: int = 2
) -> None:
    """Top up to ``target`` articles many times faster than ``add_articles``: the same rows,
    made in worker processes, one multi-row INSERT per table per ``batch`` articles, ids
    chosen here (this must be the only writer). The full-text indexes are still kept by the
    schema's own triggers (SQLite) or generated columns (PostgreSQL). People are never
    merged: a variant's people carry only their surname as alias, as in ``fill``. Every
    article is shared with the benches' workspace, as in ``fill``; the per-person counts
    ingest keeps are not written (bench/people_counts.py counts them afterwards).
    """
    from storage.search import folded_words
    from storage.writing import ARTICLE, PARAGRAPH, PERSON, QUOTE, SENTENCE, person_keys

    with store.read() as connection:
        have = connection.execute(sa.select(sa.func.count()).select_from(ARTICLE)).scalar_one()
        first_id = (connection.execute(sa.select(sa.func.max(ARTICLE.c.id))).scalar() or 0) + 1
        person_ids = dict(connection.execute(sa.select(PERSON.c.name, PERSON.c.id)).all())
    next_person = max(person_ids.values(), default=0) + 1
    print(json.dumps({"store_articles": have, "target": target, "bulk": True}), flush=True)
    started = window = time.perf_counter()
    window_start = have
    for done, rows in row_batches(synthesiser, have, target, first_id, batch, workers):
        people = []
        for name, aliases in rows.people.items():
            if name not in person_ids:
                person_ids[name] = next_person
                people.append(
                    {
                        "id": next_person,
                        "name": name,
                        "name_key": folded_words(name),
                        "aliases": json.dumps(list(aliases), ensure_ascii=False),
                        "search_keys": "|".join(person_keys(name, aliases)),
                        "gender": None,
                        "kind": "person",
                    }
                )
                next_person += 1
        for quote in rows.quote:
            quote["person_id"] = person_ids.get(quote["speaker"]) if quote["speaker"] else None
        with store.write() as connection:
            for table, values in (
                (ARTICLE, rows.article),
                (PARAGRAPH, rows.paragraph),
                (SENTENCE, rows.sentence),
                (PERSON, people),
                (QUOTE, rows.quote),
                (ARTICLE_SCOPE, rows.scope),
            ):
                if values:
                    connection.execute(table.insert(), values)
        if done % every == 0 or done == target:
            now = time.perf_counter()
            line = {
                "store_articles": done,
                "articles_per_s": round((done - window_start) / (now - window), 1),
                "elapsed_s": round(now - started),
                "load_1min": round(os.getloadavg()[0], 2),
            }
            print(json.dumps(line), flush=True)
            window, window_start = now, done
    if not store.is_sqlite:  # the ids chosen here: the next article or person takes the next
        with store.write() as connection:
            for table in (ARTICLE, PERSON):
                connection.exec_driver_sql(sequence_after_rows(table.name))


def sequence_after_rows(table: str) -> str:
    """PostgreSQL: set the id sequence of ``table`` past its rows (written with their ids)."""
    return (
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
        f" (SELECT coalesce(max(id), 1) FROM {table}))"
    )


# The articles, where they are shared, and the per-person counts ingest kept for /people.
COPIED_TABLES = (
    "article",
    "person",
    "paragraph",
    "sentence",
    "quote",
    "article_scope",
    "person_article",
    "person_day",
    "person_month",
    "multi_place_article",
)
# Built once after a bulk load rather than kept up to date row by row: a GIN index grows
# several times faster that way (pg_restore does the same).
SEARCH_INDEXES = ("ix_article_search", "ix_quote_search", "ix_person_keys_search")
INDEX_BUILD_MEMORY = "1GB"


@contextmanager
def search_indexes_deferred(store: Store) -> Iterator[None]:
    """On PostgreSQL, drop the full-text and trigram GIN indexes for the block and build
    them again after it (with more maintenance memory); on SQLite, nothing."""
    if store.is_sqlite:
        yield
        return
    with store.read() as connection:
        definitions = dict(
            connection.execute(
                sa.text(
                    "SELECT indexname, indexdef FROM pg_indexes"
                    " WHERE schemaname = current_schema() AND indexname = ANY(:names)"
                ),
                {"names": list(SEARCH_INDEXES)},
            ).all()
        )
    with store.write() as connection:
        for name in definitions:
            connection.exec_driver_sql(f"DROP INDEX {name}")
    try:
        yield
    finally:
        # Even when the fill fails: a store left without its search indexes answers every
        # question by a scan, and the next run would find nothing to drop and rebuild.
        for name, definition in definitions.items():
            started = time.perf_counter()
            with store.write() as connection:
                connection.exec_driver_sql(
                    f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}'"
                )
                connection.exec_driver_sql(definition)
            seconds = round(time.perf_counter() - started)
            print(json.dumps({"index": name, "seconds": seconds}), flush=True)
        with store.write() as connection:
            connection.exec_driver_sql("ANALYZE")


def copy_store(source: str, target: str) -> None:
    """Copy a SQLite store's articles into an empty PostgreSQL store with COPY, ids kept;
    PostgreSQL computes its own search vectors (generated columns); the GIN indexes are
    built once the rows are in."""
    import sqlite3

    import psycopg

    store = Store(target, upgrade=True)
    reader = sqlite3.connect(sa.make_url(source).database)
    dsn = sa.make_url(target).set(drivername="postgresql").render_as_string(hide_password=False)
    with search_indexes_deferred(store), psycopg.connect(dsn) as writer:
        writer.execute("SET TimeZone = 'UTC'")
        for table in COPIED_TABLES:
            started = time.perf_counter()
            cursor = reader.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in cursor.description]
            columns = ", ".join(f'"{name}"' for name in names)
            copied = 0
            with writer.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in cursor:
                    copy.write_row(row)
                    copied += 1
            if "id" in names:  # the count tables are keyed by what they count
                writer.execute(sequence_after_rows(table))
            writer.commit()
            elapsed = time.perf_counter() - started
            print(
                json.dumps({"table": table, "rows": copied, "seconds": round(elapsed)}), flush=True
            )
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=50_000, help="size of the name pool")
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument(
        "--bulk", action="store_true", help="multi-row inserts instead of Store.add_articles"
    )
    parser.add_argument("--copy-from", help="a SQLite store to copy into --url (PostgreSQL)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/precis-bench-base.pickle"))
    options = parser.parse_args()
    if options.copy_from:
        copy_store(options.copy_from, options.url)
        return 0
    synthesiser = Synthesiser(base_articles(options.cache), options.people)
    print(
        f"{sum(map(len, synthesiser.units.values()))} sentences, "
        f"{len(synthesiser.people)} names in the pool",
        flush=True,
    )
    store = Store(options.url, upgrade=True)
    if options.bulk:
        with search_indexes_deferred(store):
            bulk_fill(store, synthesiser, options.articles, options.batch, options.every)
    else:
        fill(store, synthesiser, options.articles, options.batch, options.every)
    print(json.dumps({"stats": asdict(store.stats())}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
