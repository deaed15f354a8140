"""Storage benchmark: ingest throughput and query latency on a synthetic newsroom.

    python bench/storage_bench.py --url sqlite:///bench.db --articles 100000
    python bench/storage_bench.py --url postgresql://postgres@127.0.0.1:5432/bench --articles 100000

Articles are generated from a fixed seed: made-up words, a few common French words, quoted
speakers drawn from a pool of made-up names. An existing database is reused (only the
missing articles are added), so query timings can be repeated without re-ingesting.
Prints one JSON object: articles/s for ingest, p50/p95 ms per query kind.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from workspace import WORKSPACE

from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from storage import Store, Viewer
from storage.search import words

_COMMON_TEXT = """
le la les de des du un une et à en pour que qui dans sur par avec il elle nous a est
président gouvernement ministre réforme guerre élection budget santé école europe
"""
COMMON = _COMMON_TEXT.split()
DIGEST_CHANNEL = Viewer(WORKSPACE.team_id, "C1")  # a channel of the workspace, for its digest


def made_up_words(rng: random.Random, count: int) -> list[str]:
    syllables = [
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 3))) for _ in range(400)
    ]
    return ["".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(count)]


class Newsroom:
    """Deterministic synthetic articles: article ``i`` is always the same."""

    def __init__(self, people: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.vocabulary = made_up_words(rng, 30_000)
        first = [w.capitalize() for w in made_up_words(rng, 3_000)]
        last = [w.capitalize() for w in made_up_words(rng, 30_000)]
        self.people = list(
            dict.fromkeys(f"{rng.choice(first)} {rng.choice(last)}" for _ in range(people))
        )

    def sentence(self, rng: random.Random, words: int) -> str:
        chosen = [
            rng.choice(COMMON) if rng.random() < 0.4 else rng.choice(self.vocabulary)
            for _ in range(words)
        ]
        return " ".join(chosen).capitalize() + "."

    def article(self, i: int) -> Article:
        rng = random.Random(i)
        paragraphs: list[str] = []
        quotes: list[tuple[str, str]] = []
        for p in range(8):
            text = " ".join(self.sentence(rng, rng.randint(10, 25)) for _ in range(3))
            if p in (2, 4, 6):
                said, speaker = self.sentence(rng, rng.randint(8, 20)), rng.choice(self.people)
                quotes.append((said, speaker))
                text += f" « {said} », a déclaré {speaker}."
            paragraphs.append(text)
        body = "\n\n".join(paragraphs)
        starts = [sum(len(x) + 2 for x in paragraphs[:k]) for k in range(len(paragraphs))]
        return Article(
            text=body,
            language="fr",
            title=self.sentence(rng, 8).rstrip("."),
            date=f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}",
            paragraphs=tuple(
                Paragraph(k, "body", t, s)
                for k, (t, s) in enumerate(zip(paragraphs, starts, strict=True))
            ),
            sentences=tuple(
                Sentence(k, s, s + len(t), t, rank=k)
                for k, (t, s) in enumerate(zip(paragraphs, starts, strict=True))
            ),
            people=tuple(
                Person(name, aliases=(name.split()[-1],))
                for name in dict.fromkeys(n for _, n in quotes)
            ),
            quotes=tuple(
                Quote(
                    said,
                    speaker,
                    speaker.split()[-1],
                    "direct",
                    k,
                    body.index(said),
                    body.index(said) + len(said),
                )
                for k, (said, speaker) in zip((2, 4, 6), quotes, strict=False)
            ),
        )


def ingest(store: Store, newsroom: Newsroom, count: int, batch: int) -> float | None:
    """Articles stored per second, counting only the time spent in the Store."""
    have = store.stats().articles
    if have >= count:
        return None
    storing = 0.0
    for first in range(have, count, batch):
        chunk = [
            (newsroom.article(i), f"bench/{i}.txt", f"bench-{i}")
            for i in range(first, min(first + batch, count))
        ]
        started = time.perf_counter()
        store.add_articles(chunk, shared_in=WORKSPACE)
        storing += time.perf_counter() - started
    return (count - have) / storing


def timed(run: Callable[[], object], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
    }


def typo(rng: random.Random, text: str) -> str:
    position = rng.randrange(len(text))
    return text[:position] + text[position + 1 :]


def found(store: Store, quotes: list[Quote], typed: Callable[[Quote], str]) -> float:
    """Share of quotes that come back in the top 5 when searched for as ``typed``."""
    hits = sum(
        q.text in {h.text for h in store.search_quotes(typed(q), viewer=WORKSPACE)} for q in quotes
    )
    return round(hits / len(quotes), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()

    store = Store(args.url, upgrade=True)
    newsroom = Newsroom(args.people)
    rate = ingest(store, newsroom, args.articles, args.batch)
    rng = random.Random(99)
    samples = [newsroom.article(rng.randrange(args.articles)) for _ in range(args.queries)]
    quotes = [rng.choice(a.quotes) for a in samples]
    cycle = iter(range(10**9))

    def pick(values: list) -> object:
        return values[next(cycle) % len(values)]

    results = {
        "url": args.url.split("@")[-1],
        "stats": asdict(store.stats()),
        "ingest_articles_per_s": round(rate, 1) if rate else "reused",
        "search_quotes_exact": timed(
            lambda: store.search_quotes(pick(quotes).text, viewer=WORKSPACE), args.queries
        ),
        "search_quotes_partial_typo": timed(
            lambda: store.search_quotes(
                typo(rng, " ".join(pick(quotes).text.split()[:6])), viewer=WORKSPACE
            ),
            args.queries,
        ),
        "search_quotes_common_word": timed(
            lambda: store.search_quotes("président", viewer=WORKSPACE), args.queries
        ),
        "find_people_surname_typo": timed(
            lambda: store.find_people(
                typo(rng, pick(quotes).speaker.split()[-1]), viewer=WORKSPACE
            ),
            args.queries,
        ),
        "quotes_by_speaker": timed(
            lambda: store.quotes_by_speaker(pick(quotes).speaker, viewer=WORKSPACE), args.queries
        ),
        "search_articles_title": timed(
            lambda: store.search_articles(pick(samples).title, viewer=WORKSPACE), args.queries
        ),
        "search_articles_common": timed(
            lambda: store.search_articles("réforme budget", viewer=WORKSPACE), args.queries
        ),
        "topic_sentences": timed(
            lambda: store.topic_sentences(pick(samples).title.split()[0], viewer=WORKSPACE),
            args.queries,
        ),
        "summary_sentences": timed(
            lambda: store.summary_sentences(rng.randint(1, args.articles), 3, viewer=WORKSPACE),
            args.queries,
        ),
        "articles_since_24h": timed(
            lambda: store.articles_since(
                datetime.now(UTC) - timedelta(hours=24), viewer=DIGEST_CHANNEL
            ),
            args.queries,
        ),
        "stats_query": timed(store.stats, 5),
        "quote_found_top5": {
            "exact": found(store, quotes, lambda q: q.text),
            "first_six_words_one_typo": found(
                store, quotes, lambda q: typo(rng, " ".join(q.text.split()[:6]))
            ),
            "no_accents_no_punctuation": found(store, quotes, lambda q: " ".join(words(q.text))),
        },
    }
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
