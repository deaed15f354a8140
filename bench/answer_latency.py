"""Answer time at scale: /quote and /summary over the signed HTTP path, by kind of question.

    .venv/bin/python bench/answer_latency.py --database sqlite:////tmp/precis-100k.db
    .venv/bin/python bench/answer_latency.py --database postgresql://postgres@127.0.0.1/b100k

Serves the app in this process on a free port (waitress, as ``precis serve``), with the Web
API stand-in (tests/fake_slack.py) as Slack, and sends signed slash commands one at a time, each
once the previous one is answered (``--concurrency`` askers at once), questions drawn from
the store itself (build one with bench/make_store.py):

  /quote rare      five words from a random stored quote
  /quote common    a frequent word alone ("président", "government", ...)
  /quote speaker   a random speaker's surname, full name, or surname with a typo
  /summary rare    two distinctive words of a random article's title
  /summary common  a frequent word or two ("gouvernement", "the government", ...)
  /summary speaker a random speaker's surname as the topic
  /people week     the most quoted of a random week (DATE..DATE), with the gender share
  /people month    of a random month; /people year of a random year
  /people topic    of a random year, about a frequent topic ("gouvernement", ...)
  /check exact     a random stored quote, verbatim, between quote marks
  /check altered   the same with a word dropped from its middle and a speaker named

For each kind: p50/p95/max of the ack (HTTP response to Slack; limit 3 s) and of the answer
(request sent -> answer posted to the response URL). One question of each kind is asked
first and not counted, as ``precis serve`` warms its imports at start.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import checkout  # noqa: F401  (the checkout's root on sys.path, for tests.fake_slack)
import sqlalchemy as sa
from slack_latency import percentile

from bot.app import build_app, web_client
from bot.config import Settings
from bot.i18n import STRINGS
from bot.server import HttpServer, Readiness, wsgi_app
from bot.shell import SIGNING_SECRET, command_body, signed_headers
from bot.slack_stub import RESPONSE_URL
from storage import Store
from storage.models import Article, Quote, table_of
from tests.fake_slack import FakeSlack

COMMON_QUOTE_WORDS = ["président", "gouvernement", "pays", "government", "people", "years"]
COMMON_TOPICS = ["gouvernement", "élection présidentielle", "the government", "économie", "police"]


def sample_rows(store: Store, table: sa.Table, columns: list, count: int, rng: random.Random):
    """``count`` random rows of ``table`` (by random ids: no full scan at a million rows)."""
    with store.read() as connection:
        top = connection.execute(sa.select(sa.func.max(table.c.id))).scalar_one()
        ids = [rng.randint(1, top) for _ in range(count * 2)]
        rows = connection.execute(sa.select(*columns).where(table.c.id.in_(ids))).all()
    rng.shuffle(rows)
    return rows[:count]


def typo(rng: random.Random, word: str) -> str:
    position = rng.randrange(1, len(word)) if len(word) > 3 else len(word)
    return word[:position] + word[position + 1 :]


def questions(store: Store, per_kind: int, rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """(command, text) questions by kind, ``per_kind + 1`` each (the first is the warm-up)."""
    n = per_kind + 1
    quote = table_of(Quote)
    quotes = sample_rows(store, quote, [quote.c.text, quote.c.speaker], 4 * n, rng)
    article = table_of(Article)
    sampled = sample_rows(store, article, [article.c.title, article.c.published_on], 2 * n, rng)
    titles = [row.title for row in sampled]
    days = [row.published_on for row in sampled if row.published_on] or [date.today()]
    speakers = [row.speaker for row in quotes if row.speaker and " " in row.speaker]
    fragments = [" ".join(row.text.split()[:5]) for row in quotes if len(row.text.split()) >= 5]

    def surname_forms(name: str) -> str:
        surname = name.split()[-1]
        return rng.choice([surname, name, typo(rng, surname)])

    def distinctive(title: str | None) -> str:
        words = sorted((title or "").split(), key=len, reverse=True)[:2]
        return " ".join(words) or "budget"

    def week(day: date) -> str:
        monday = day - timedelta(days=day.weekday())
        return f"{monday}..{monday + timedelta(days=6)}"

    def month(day: date) -> str:
        last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return f"{day.replace(day=1)}..{last}"

    def year(day: date) -> str:
        return f"{day.year}-01-01..{day.year}-12-31"

    def altered(text: str, speaker: str | None) -> str:
        words = text.split()
        del words[len(words) // 2]
        return f"“{' '.join(words)}”, said {speaker or 'someone'}"

    said = [row for row in quotes if len(row.text.split()) >= 6][: 2 * n]
    return {
        "/people week": [("/people", week(days[i % len(days)])) for i in range(n)],
        "/people month": [("/people", month(days[i % len(days)])) for i in range(n)],
        "/people year": [("/people", year(days[i % len(days)])) for i in range(n)],
        "/people topic": [
            ("/people", f"{year(days[i % len(days)])} {COMMON_TOPICS[i % 5]}") for i in range(n)
        ],
        "/check exact": [("/check", f"“{row.text}”") for row in said[:n]],
        "/check altered": [("/check", altered(row.text, row.speaker)) for row in said[n:]],
        "/quote rare": [("/quote", f) for f in fragments[:n]],
        "/quote common": [("/quote", COMMON_QUOTE_WORDS[i % 6]) for i in range(n)],
        "/quote speaker": [("/quote", surname_forms(s)) for s in speakers[:n]],
        "/summary rare": [("/summary", distinctive(t)) for t in titles[:n]],
        "/summary common": [("/summary", COMMON_TOPICS[i % 5]) for i in range(n)],
        "/summary speaker": [("/summary", s.split()[-1]) for s in speakers[n : 2 * n]],
    }


def outcome(body: dict) -> str:
    """ "found", "none" (a "nothing matches" notice) or "error", read from an answer."""
    said = json.dumps(body, ensure_ascii=False)
    if any(message in said for message in STRINGS["error"].values()):
        return "error"
    nothing = [
        m.split("{")[0]
        for key in ("quote.none", "summary.none", "people.none", "check.no_match", "check.nothing")
        for m in STRINGS[key].values()
    ]
    return "none" if any(prefix in said for prefix in nothing) else "found"


def measure(
    database: str, per_kind: int, concurrency: int = 1, seed: int = 5, kinds: str = ""
) -> dict:
    """Ask every kind of question over HTTP; the report: store size, load, and for each kind
    the answers' outcomes and p50/p95/max (ms) of ack and answer."""
    store = Store(database)
    counts = store.stats()
    asked = {
        kind: asked
        for kind, asked in questions(store, per_kind, random.Random(seed)).items()
        if kind.startswith(kinds)
    }
    with FakeSlack() as slack:
        settings = Settings(
            database_url=database,
            slack_bot_token="xoxb-bench",
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=slack.api_url,
        )
        app = build_app(settings, store, web_client(settings, settings.slack_bot_token))
        server = HttpServer(wsgi_app(app, store, Readiness()), "127.0.0.1", 0).start()
        sent: dict[str, tuple[str, float]] = {}
        acks: dict[str, list[float]] = {kind: [] for kind in asked}

        def ask(kind: str, command: str, text: str) -> None:
            response_url = slack.response_url()
            body = command_body(command, text, response_url=response_url)
            headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
            request = urllib.request.Request(f"{server.url}/slack/events", body.encode(), headers)
            started = time.monotonic()
            sent[response_url.split("/", 3)[-1]] = (kind, started)
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                if response.status != 200:
                    raise RuntimeError(f"HTTP {response.status}")
            acks[kind].append(time.monotonic() - started)
            # Closed loop: the next question waits for this answer, so no answer queues
            # behind another one (that would measure the backlog, not the answer).
            path = "/" + response_url.split("/", 3)[-1]
            deadline = time.monotonic() + 60
            while not any(c.path == path for c in slack.calls(RESPONSE_URL)):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no answer to {command} {text!r}")
                time.sleep(0.002)

        for kind, kind_questions in asked.items():  # warm-up, not counted
            ask(kind, *kind_questions[0])
        slack.wait_for(RESPONSE_URL, len(asked), timeout=120)
        slack.clear()
        sent.clear()
        for values in acks.values():
            values.clear()
        order = [(kind, *q) for kind, qs in asked.items() for q in qs[1:]]
        random.Random(seed).shuffle(order)
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(lambda item: ask(*item), order))
        answers = slack.wait_for(RESPONSE_URL, len(order), timeout=600)
        server.stop()
    store.close()

    answered: dict[str, list[float]] = {kind: [] for kind in asked}
    outcomes: dict[str, Counter[str]] = {kind: Counter() for kind in asked}
    for call in answers:
        kind, started = sent[call.path.lstrip("/")]
        answered[kind].append(call.at - started)
        outcomes[kind][outcome(call.body)] += 1
    report: dict = {
        "database": database.split("@")[-1],
        "articles": counts.articles,
        "quotes": counts.quotes,
        "people": counts.people,
        "requests": len(order),
        "concurrency": concurrency,
        "load_1min": round(os.getloadavg()[0], 2),
        "kinds": {},
    }
    for kind in asked:
        row: dict[str, dict] = {"outcomes": dict(outcomes[kind])}
        for name, values in (("ack", acks[kind]), ("answer", answered[kind])):
            row[name] = {
                "p50_ms": round(statistics.median(values) * 1000, 1),
                "p95_ms": round(percentile(values, 0.95) * 1000, 1),
                "max_ms": round(max(values) * 1000, 1),
            }
        report["kinds"][kind] = row
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="an existing store's URL")
    parser.add_argument("--per-kind", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--kinds", help="only the kinds starting with this, e.g. /people")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    options = parser.parse_args()
    report = measure(
        options.database, options.per_kind, options.concurrency, options.seed, options.kinds or ""
    )
    print(
        f"store: {report['articles']} articles, {report['quotes']} quotes, "
        f"{report['people']} people; {report['requests']} requests, "
        f"concurrency {report['concurrency']}"
    )
    for kind, row in report["kinds"].items():
        answer, ack = row["answer"], row["ack"]
        print(
            f"{kind:<17} answer p50 {answer['p50_ms']:7.1f}  p95 {answer['p95_ms']:7.1f}"
            f"  max {answer['max_ms']:7.1f} ms   ack p95 {ack['p95_ms']:6.1f}"
            f"  max {ack['max_ms']:6.1f} ms   {row['outcomes']}"
        )
    print(f"load average {report['load_1min']} (1 min) on {os.cpu_count()} CPUs")
    if options.json:
        print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
