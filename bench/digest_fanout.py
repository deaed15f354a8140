"""Fan-out: how long one tick takes to post N digests due the same minute.

    python bench/digest_fanout.py [--channels 1000] [--latency 0.1] [--articles 20]
                                  [--workers 16] [--rate-limit-at 300] [--database URL]

Every channel is due now; the Web API stand-in (bot/slack_stub.py) answers each
chat.postMessage after ``--latency`` seconds, and ``--rate-limit-at N`` makes the N-th post
answer 429 with Retry-After 1 (0: never). Prints the tick's wall time (the target is under
60 s for 1,000 channels at 100 ms), posts per second, post latency percentiles, the most
messages any channel received, and the shortest gap between two posts to one channel.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from slack_sdk import WebClient

from bot.config import Settings
from bot.digests.runner import DigestRunner
from bot.slack_stub import SlackStub
from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from storage import Store
from storage.models import Channel


def news(n: int) -> Article:
    """A small hand-built article with a summary and a quote."""
    said = f"We will finish section {n} before the winter"
    paragraphs = [f"Works on section {n} of the ring road resumed.", f"“{said},” said Ada Lind."]
    text = "\n\n".join(paragraphs)
    starts = [0, len(paragraphs[0]) + 2]
    start = text.index(said)
    return Article(
        text=text,
        language="en",
        title=f"Ring road, section {n}",
        date="2026-11-24",
        paragraphs=tuple(
            Paragraph(i, "body", p, s)
            for i, (p, s) in enumerate(zip(paragraphs, starts, strict=True))
        ),
        sentences=tuple(
            Sentence(i, s, s + len(p), p, rank=i)
            for i, (p, s) in enumerate(zip(paragraphs, starts, strict=True))
        ),
        people=(Person("Ada Lind"),),
        quotes=(Quote(said, "Ada Lind", "Ada Lind", "direct", 1, start, start + len(said)),),
    )


def prepare(store: Store, channels: int, articles: int) -> None:
    now = datetime.now(UTC)
    send = (now - timedelta(minutes=1)).strftime("%H:%M")
    for n in range(channels):
        store.set_digest_schedule(f"C{n:05d}", digest_time=send, timezone="UTC", set_by="U1")
    with store.write() as connection:  # set yesterday, so today's send time counts
        connection.execute(sa.update(Channel.__table__).values(updated_at=now - timedelta(days=1)))
    for n in range(articles):
        store.add_article(
            news(n), source=f"https://news.example.org/{n}", content_hash=f"bench-{n}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--rate-limit-at", type=int, default=300)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = options.database or f"sqlite:///{Path(folder) / 'fanout.db'}"
        store = Store(url, upgrade=True)
        prepare(store, options.channels, options.articles)
        with SlackStub() as slack:
            if options.rate_limit_at:
                slack.fail(
                    "chat.postMessage", times=options.rate_limit_at - 1, delay=options.latency
                )
                slack.fail("chat.postMessage", status=429, retry_after=1)
            slack.fail("chat.postMessage", times=2 * options.channels, delay=options.latency)
            settings = Settings(slack_bot_token="xoxb-bench", slack_api_url=slack.api_url)
            client = WebClient(token="xoxb-bench", base_url=slack.api_url)
            runner = DigestRunner(store, client, settings, workers=options.workers)
            started = time.monotonic()
            report = runner.tick()
            elapsed = time.monotonic() - started
            calls = slack.calls("chat.postMessage")
        store.close()

    by_channel: dict[str, list[float]] = defaultdict(list)
    for call in calls:
        by_channel[call.get("channel")].append(call.at)
    gaps = [b - a for times in by_channel.values() for a, b in itertools.pairwise(times)]
    latencies = sorted(report.post_seconds)
    p50 = statistics.median(latencies) if latencies else 0.0
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0
    print(
        f"channels {options.channels}, Web API latency {options.latency * 1000:.0f} ms, "
        f"{options.articles} articles, {options.workers} workers, "
        f"429 at post {options.rate_limit_at or 'never'}"
    )
    print(f"tick: {elapsed:.1f} s  posted {report.posted}  failed {report.failed}  "
          f"retry {report.retry}  ({report.posted / elapsed:.0f} posts/s)")  # fmt: skip
    print(f"post latency incl. retries: p50 {p50 * 1000:.0f} ms  p95 {p95 * 1000:.0f} ms  "
          f"max {latencies[-1] * 1000 if latencies else 0:.0f} ms")  # fmt: skip
    print(f"chat.postMessage calls {len(calls)}; most to one channel "
          f"{max((len(t) for t in by_channel.values()), default=0)}; "
          f"shortest gap on one channel {min(gaps, default=float('inf')):.2f} s")  # fmt: skip
    within = elapsed < 60 and report.posted == options.channels
    print("within 60 s, all posted" if within else "NOT within 60 s or not all posted")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
