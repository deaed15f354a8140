"""Time to ack and time to answer for /quote, through the served app, by hand:

    .venv/bin/python bench/slack_latency.py [--requests 100] [--concurrency 1] [--database URL]

Ingests the seed articles (/work/shared/seeds or $PRECIS_SEEDS, when present) and examples/
into a fresh SQLite store (or uses --database as is), serves the app over HTTP on a free port
with the Web API stand-in, sends signed /quote requests (speakers and quote fragments taken
from the store, plus plain words), and reports p50/p95/max of:
  ack    — the HTTP response to Slack's request (Slack's limit: 3 s)
  answer — from sending the request to the answer reaching the response URL
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import checkout  # noqa: F401  (the checkout's root on sys.path, for tests.fake_slack)
from workspace import WORKSPACE

from bot.app import build_app, web_client
from bot.config import Settings
from bot.server import HttpServer, Readiness, wsgi_app
from bot.shell import SIGNING_SECRET, command_body, signed_headers
from bot.slack_stub import RESPONSE_URL
from storage import Store
from tests.fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("PRECIS_SEEDS", "/work/shared/seeds"))
PLAIN_WORDS = ["réforme", "port", "budget", "vaccine", "river", "nous", "the", "grève des dockers"]


def fill(store: Store) -> None:
    from bot.ingest.files import file_loaders
    from bot.ingest.pipeline import ingest

    folders = [p for p in (SEEDS, ROOT / "examples") if p.is_dir()]
    loaders = list(file_loaders(folders, 5 * 1024 * 1024))
    outcomes = ingest(store, loaders, place=WORKSPACE)
    stored = sum(o.status == "stored" for o in outcomes)
    print(f"ingested {stored} of {len(outcomes)} documents from {', '.join(map(str, folders))}")


def questions(store: Store, count: int) -> list[str]:
    """Speaker surnames and quote fragments found in the store, then plain words, cycled."""
    asked: list[str] = []
    for row in store.latest_articles(limit=200, viewer=WORKSPACE):
        for quote in store.quotes_for_article(row.id, viewer=WORKSPACE):
            if quote.speaker:
                asked.append(quote.speaker.split()[-1])
            asked.append(" ".join(quote.text.split()[:5]))
    asked += PLAIN_WORDS
    return [asked[i % len(asked)] for i in range(count)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--database", help="an existing database URL (default: a fresh one)")
    options = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="precis-bench-")
    database = options.database or f"sqlite:///{workdir}/bench.db"
    store = Store(database)
    if not options.database:
        fill(store)
    counts = store.stats()
    print(f"store: {counts.articles} articles, {counts.quotes} quotes, {counts.people} people")

    with FakeSlack() as slack:
        settings = Settings(
            database_url=database,
            slack_bot_token="xoxb-bench",
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=slack.api_url,
        )
        app = build_app(settings, store, web_client(settings, settings.slack_bot_token))
        server = HttpServer(wsgi_app(app, store, Readiness()), "127.0.0.1", 0).start()
        sent: dict[str, float] = {}
        acks: list[float] = []

        def ask(text: str) -> None:
            response_url = slack.response_url()
            body = command_body("/quote", text, response_url=response_url)
            headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
            request = urllib.request.Request(f"{server.url}/slack/events", body.encode(), headers)
            started = time.monotonic()
            sent[response_url.split("/", 3)[-1]] = started
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()
                if response.status != 200:
                    raise RuntimeError(f"HTTP {response.status}")
            acks.append(time.monotonic() - started)

        asked = questions(store, options.requests)
        with ThreadPoolExecutor(max_workers=options.concurrency) as pool:
            list(pool.map(ask, asked))
        answers = slack.wait_for(RESPONSE_URL, len(asked), timeout=120)
        server.stop()
    answered = [call.at - sent[call.path.lstrip("/")] for call in answers]
    print(f"{len(asked)} /quote requests, concurrency {options.concurrency}")
    for name, values in (("ack", acks), ("answer", answered)):
        print(
            f"{name:>7}: p50 {statistics.median(values) * 1000:7.1f} ms   "
            f"p95 {percentile(values, 0.95) * 1000:7.1f} ms   max {max(values) * 1000:7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
