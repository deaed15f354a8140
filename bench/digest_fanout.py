"""Fan-out: how long it takes to post N digests due the same minute.

    python bench/digest_fanout.py [--channels 1000] [--latency 0.1] [--articles 20]
                                  [--workers 16] [--rate-limit-at 300] [--database URL]
    python bench/digest_fanout.py --channels 5000 --processes 2 \
        --database postgresql://postgres@127.0.0.1/precis_bench_digests

Every channel is due now; the Web API stand-in (tests/fake_slack.py) answers each
chat.postMessage after ``--latency`` seconds, and ``--rate-limit-at N`` makes the N-th post
answer 429 with Retry-After 1 (0: never). Without ``--processes``, one tick runs in this
process; with ``--processes N``, N real ``precis worker`` processes (scheduler tick every
``--tick`` seconds, each its own bot token) share the database, as a scale-out deployment
runs them, until every channel has its digest. ``--database`` must be empty (it is filled).

Prints the wall time (the target is under 60 s for 1,000 channels at 100 ms), posts per
second, post latency percentiles (one process), the most messages any channel received,
the shortest gap between two posts to one channel, and who posted how many.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import checkout  # noqa: F401  (the checkout's root on sys.path, for tests.fake_slack)
import sqlalchemy as sa
from slack_sdk import WebClient
from workspace import WORKSPACE

from bot.config import Settings
from bot.digests.runner import DigestRunner
from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from storage import Store
from storage.models import Channel, table_of
from tests.fake_slack import FakeSlack


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
    for n in range(channels):  # channels of the workspace the articles are shared with
        store.set_digest_schedule(
            f"C{n:05d}", digest_time=send, timezone="UTC", set_by="U1", team_id=WORKSPACE.team_id
        )
    with store.write() as connection:  # set yesterday, so today's send time counts
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    for n in range(articles):
        store.add_article(
            news(n),
            source=f"https://news.example.org/{n}",
            content_hash=f"bench-{n}",
            shared_in=WORKSPACE,
        )


PRECIS = str(Path(sys.executable).with_name("precis"))
_TICK_REPORT = re.compile(r"digest tick: TickReport\((.*)\)")


def run_workers(
    url: str, slack: FakeSlack, processes: int, channels: int, tick: int, folder: Path
) -> tuple[float, float, list[str]]:
    """Start ``processes`` ``precis worker`` processes and wait until every channel has a
    digest (or five minutes); (seconds from their start to the last post, seconds from the
    first post to the last, each process's tick reports)."""
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SLACK_API_URL": slack.api_url,
        "PRECIS_SCHEDULER_TICK_SECONDS": str(tick),
        "LOG_LEVEL": "INFO",
    }
    logs = [folder / f"worker-{n}.log" for n in range(processes)]
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            [PRECIS, "worker"],
            env={**env, "SLACK_BOT_TOKEN": f"xoxb-worker-{n}"},
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )
        for n, log in enumerate(logs)
    ]
    try:
        slack.wait_for("chat.postMessage", channels, timeout=300)
        time.sleep(2 * tick)  # a late duplicate would show now
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
    posts = [call.at for call in slack.calls("chat.postMessage")]
    reports = [
        f"worker {n}: " + "; ".join(_TICK_REPORT.findall(log.read_text()))
        for n, log in enumerate(logs)
    ]
    return max(posts) - started, max(posts) - min(posts), reports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--rate-limit-at", type=int, default=300)
    parser.add_argument("--database", help="an empty database (default: a temporary SQLite)")
    parser.add_argument("--processes", type=int, default=0, help="precis worker processes")
    parser.add_argument("--tick", type=int, default=5, help="their scheduler tick, seconds")
    options = parser.parse_args()
    load = os.getloadavg()[0]

    with tempfile.TemporaryDirectory() as folder:
        url = options.database or f"sqlite:///{Path(folder) / 'fanout.db'}"
        store = Store(url, upgrade=True)
        prepare(store, options.channels, options.articles)
        with FakeSlack() as slack:
            if options.rate_limit_at:
                slack.fail(
                    "chat.postMessage", times=options.rate_limit_at - 1, delay=options.latency
                )
                slack.fail("chat.postMessage", status=429, retry_after=1)
            slack.fail("chat.postMessage", times=2 * options.channels, delay=options.latency)
            reports: list[str] = []
            latencies: list[float] = []
            if options.processes:
                elapsed, posting, reports = run_workers(
                    url, slack, options.processes, options.channels, options.tick, Path(folder)
                )
            else:
                settings = Settings(slack_bot_token="xoxb-bench", slack_api_url=slack.api_url)
                client = WebClient(token="xoxb-bench", base_url=slack.api_url)
                runner = DigestRunner(store, client, settings, workers=options.workers)
                started = time.monotonic()
                report = runner.tick()
                elapsed = posting = time.monotonic() - started
                latencies = sorted(report.post_seconds)
            calls = slack.calls("chat.postMessage")
            delivered = Counter(message["channel"] for message in slack.posted())
            yesterday = datetime.now(UTC).date() - timedelta(days=1)
            runs = Counter(run.status for run in store.digest_runs_since(yesterday).values())
        store.close()

    by_channel: dict[str, list[float]] = defaultdict(list)
    for call in calls:
        by_channel[call.get("channel")].append(call.at)
    gaps = [b - a for times in by_channel.values() for a, b in itertools.pairwise(times)]
    posted = runs["posted"]
    where = f"{options.processes} worker processes" if options.processes else "one tick"
    print(
        f"channels {options.channels}, Web API latency {options.latency * 1000:.0f} ms, "
        f"{options.articles} articles, {options.workers} threads, {where}, "
        f"429 at post {options.rate_limit_at or 'never'}, on {url.split('@')[-1]}"
    )
    print(f"all posted after {elapsed:.1f} s ({posting:.1f} s from first to last post, "
          f"{len(calls) / posting:.0f} posts/s); runs {dict(runs)}")  # fmt: skip
    if latencies:
        p50 = statistics.median(latencies)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(f"post latency incl. retries: p50 {p50 * 1000:.0f} ms  p95 {p95 * 1000:.0f} ms  "
              f"max {latencies[-1] * 1000:.0f} ms")  # fmt: skip
    for line in reports:
        print(line)
    by_token = Counter(call.token for call in calls)
    print(f"chat.postMessage calls {len(calls)} ({dict(by_token)}); channels with one digest "
          f"{sum(n == 1 for n in delivered.values())}, with more "
          f"{sum(n > 1 for n in delivered.values())}; most calls to one channel "
          f"{max(map(len, by_channel.values()), default=0)}, shortest gap between them "
          f"{min(gaps, default=float('inf')):.2f} s")  # fmt: skip
    print(f"load average {load:.2f} before, {os.getloadavg()[0]:.2f} after, 1 min")
    within = elapsed < 60 * max(1, options.channels // 1000) and posted == options.channels
    exactly_once = len(delivered) == options.channels and set(delivered.values()) == {1}
    print("all posted exactly once" if within and exactly_once else "NOT all posted exactly once")
    return 0 if within and exactly_once else 1


if __name__ == "__main__":
    sys.exit(main())
