"""Concurrent load: several ``precis serve`` processes on one database, many people at once.

    .venv/bin/python bench/load.py --database sqlite:////work/stores/100k.db \\
        --processes 1 --clients 50 --seconds 60
    .venv/bin/python bench/load.py --database postgresql://postgres@127.0.0.1/precis_bench_100k \\
        --processes 2 --clients 100 --seconds 300 --kill-at 100 --digests 2000

Starts ``--processes`` real ``precis serve`` processes (HTTP mode, scheduler on) on the one
``--database``, with the Web API stand-in (tests/fake_slack.py, in this process) as Slack. Each
process has its own bot token, so every answer and digest says which process sent it.
``--clients`` people then ask for ``--seconds``: each sends one signed request, waits for its
acknowledgement and its answer, thinks (exponential, mean ``--think`` seconds) and asks again.
Requests are spread round-robin over the processes, as a load balancer would; a process that
refuses the connection (down) is skipped, as a balancer retries a request it could not send.

The mix (``--mix``): slash commands (/quote and /summary, questions drawn from the store as
bench/answer_latency.py draws them), mentions in a channel and direct messages (``app_mention``
and ``message.im`` events), and presses of the "More" and "Share in channel" buttons of the
client's last private answer. A share ``--redeliver`` of events is delivered a second time to
the next process with ``X-Slack-Retry-Num``, as Slack does when it thinks a delivery failed
(and every event whose delivery did fail is redelivered once, as Slack would).

Definitions (the last line):
  requests   requests sent (a redelivery is not a new request);
  errors     requests that did not get their answer: the acknowledgement failed (connection
             error, HTTP status other than 200, or later than Slack's 3 s), no answer came
             within ``--answer-timeout``, or the answer was the "something went wrong" or the
             "busy" notice;
  duplicate answers   answers beyond the first to one request. An answer is keyed by where
             Slack shows it: the response URL of a slash command or button press (one per
             request; "Share" also deletes the private copy, which is not an answer), the
             thread of the mentioning message (channel + ts), or the direct-message channel
             (one per request here);
  ack        request sent -> HTTP response (p99 over all requests);
  answer     request sent -> answer received by the stand-in (p95 over answered requests).

Faults: ``--kill-at S`` SIGKILLs process 0 at S seconds (sooner, if digests are on: as soon
as it has posted its first digests, so it dies holding claims) and starts it again;
``--restart-database-at S`` runs ``--restart-command`` once. Requests in flight at those
moments are reported apart (they may fail; nothing else should).

Digests: ``--digests N`` channels are put due in one minute (the minute of the kill, if any)
with an article to post; the processes tick every ``--tick`` seconds. After the load, the
bench waits until every run is final (a killed process's claims are taken over after
bot.digests.runner.STALE_AFTER) and checks that each channel got exactly one digest.
Everything the bench adds to the store (channels, runs, articles, event claims) is removed
at the end.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from answer_latency import outcome, questions
from load_digests import clean_up, digest_outcome, schedule_digests, settle_digests
from load_fleet import Fleet, database_cpu
from slack_latency import percentile

from bot.digests.runner import EVENT_TYPE, STALE_AFTER
from bot.i18n import STRINGS
from bot.render import MORE_ACTION, SHARE_ACTION
from bot.shell import (
    action_body,
    button_values,
    command_body,
    event_body,
    signed_headers,
)
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL, Call, decoded
from storage import Store
from tests.fake_slack import FakeSlack

SLACK_ACK_DEADLINE = 3.0
DEFAULT_MIX = "quote=35,summary=20,mention=15,dm=10,button=20"
RESTART_COMMAND = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart"


# -- what was asked and what came back ----------------------------------------------------


@dataclass
class Request:
    """One request and everything the bench learnt about it."""

    kind: str  # quote, summary, mention, dm, more, share
    key: str  # where its answer shows (see the module docstring)
    process: int
    sent: float
    ack: float | None = None  # seconds to the HTTP response
    ack_error: str | None = None
    answers: list[tuple[float, str]] = field(default_factory=list)  # (arrival, outcome)
    body: dict[str, Any] | None = None  # the first answer, for the next button press
    answered: threading.Event = field(default_factory=threading.Event)
    fault: str | None = None  # "kill" or "database restart" when in flight at one

    @property
    def answer_seconds(self) -> float | None:
        return self.answers[0][0] - self.sent if self.answers else None

    def error(self, timeout: float) -> str | None:
        """Why this request counts as an error, or None."""
        if self.ack_error:
            return self.ack_error
        if self.ack is not None and self.ack > SLACK_ACK_DEADLINE:
            return "ack later than 3 s"
        if not self.answers:
            return f"no answer within {timeout:.0f} s"
        first = self.answers[0][1]
        return None if first in ("found", "none") else f"answer: {first}"


class Ledger:
    """Every request by answer key; fed by the stand-in as the processes' calls arrive."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: dict[str, Request] = {}
        self.stray: Counter[str] = Counter()  # answers nobody asked for
        self.digests: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        self.digest_posts_by_token: Counter[str] = Counter()
        self.on_digest: threading.Event = threading.Event()

    def add(self, request: Request) -> None:
        with self.lock:
            self.requests[request.key] = request

    def seen(self, call: Call) -> None:
        """The stand-in's watcher: file the call under the request it answers."""
        if call.method == RESPONSE_URL:
            if call.get("delete_original"):
                return
            self._answer(call.path, call)
        elif call.method == "chat.postMessage":
            metadata = decoded(call.get("metadata")) or {}
            if isinstance(metadata, dict) and metadata.get("event_type") == EVENT_TYPE:
                payload = metadata.get("event_payload") or {}
                with self.lock:
                    self.digests[call.get("channel")].append(
                        (payload.get("digest_date"), call.token)
                    )
                    self.digest_posts_by_token[call.token or ""] += 1
                self.on_digest.set()
                return
            channel, thread = call.get("channel"), call.get("thread_ts")
            self._answer(f"{channel}:{thread}" if thread else str(channel), call)

    def _answer(self, key: str, call: Call) -> None:
        with self.lock:
            request = self.requests.get(key)
            if request is None:
                self.stray[call.method] += 1
                return
            request.answers.append((call.at, answer_outcome(call.body)))
            if request.body is None:
                request.body = call.body
        request.answered.set()


BUSY_NOTICES = tuple(STRINGS["busy"].values())


def answer_outcome(body: dict[str, Any]) -> str:
    """found, none, error or busy."""
    said = json.dumps(body, ensure_ascii=False)
    if any(notice in said for notice in BUSY_NOTICES):
        return "busy"
    return outcome(body)


# -- the clients --------------------------------------------------------------------------


class Load:
    """The clients, the faults and the report."""

    def __init__(self, options: argparse.Namespace, fleet: Fleet, slack: FakeSlack, asked):
        self.options = options
        self.fleet = fleet
        self.slack = slack
        self.ledger = Ledger()
        slack.watch(self.ledger.seen)
        self.asked = asked
        self.mix = parse_mix(options.mix)
        self.ids = itertools.count(1)
        self.deadline = 0.0
        self.redelivered = 0
        self.rerouted = 0
        self.loads: list[float] = []
        self.faults: list[str] = []

    # one request ------------------------------------------------------------------------
    def post(
        self, body: str, content_type: str, request: Request, retry: int = 0
    ) -> tuple[float, str | None]:
        """Send ``body`` to a process as a balancer would (``request.process`` says which);
        (seconds to the response, error or None)."""
        headers = {"Content-Type": content_type, **signed_headers(body)}
        if retry:
            headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_error"}
        for _ in range(2 * len(self.fleet.ports)):
            index = request.process = self.fleet.pick()
            connection = http.client.HTTPConnection("127.0.0.1", self.fleet.ports[index], 10)
            started = time.monotonic()
            try:
                connection.connect()
            except OSError:  # refused: down; a balancer sends it elsewhere
                self.fleet.down_until[index] = time.monotonic() + 1.0
                self.rerouted += 1
                continue
            try:
                connection.request("POST", "/slack/events", body.encode(), headers)
                response = connection.getresponse()
                response.read()
                seconds = time.monotonic() - started
                return seconds, None if response.status == 200 else f"HTTP {response.status}"
            except (OSError, http.client.HTTPException) as error:
                return time.monotonic() - started, f"ack failed: {type(error).__name__}"
            finally:
                connection.close()
        return 0.0, "no process accepted the connection"

    def ask(self, kind: str, rng: random.Random, buttons: dict[str, str]) -> Request:
        n = next(self.ids)
        if kind in ("quote", "summary", "more", "share"):
            response_url = self.slack.response_url()
            key = "/" + response_url.split("/", 3)[-1]
            if kind in ("more", "share"):
                action = MORE_ACTION if kind == "more" else SHARE_ACTION
                body = action_body(action, buttons[action], response_url=response_url)
            else:
                command, text = rng.choice(self.asked[kind])
                body = command_body(command, text, response_url=response_url)
            content_type, event = "application/x-www-form-urlencoded", False
        else:
            text = rng.choice(self.asked["mention"])
            ts = f"{int(time.time())}.{n:06d}"
            if kind == "mention":
                channel = f"CASK{n % 50:03d}"
                message = {"type": "app_mention", "text": f"<@{BOT_USER_ID}> {text}"}
                key = f"{channel}:{ts}"
            else:
                channel = f"DASK{n:07d}"
                message = {"type": "message", "text": text, "channel_type": "im"}
                key = channel
            message |= {"user": f"U{n % 997:05d}", "ts": ts, "event_ts": ts, "channel": channel}
            body = event_body(message, event_id=f"EvLOAD{n:09d}")
            content_type, event = "application/json", True
        request = Request(kind, key, -1, time.monotonic())
        self.ledger.add(request)
        request.ack, request.ack_error = self.post(body, content_type, request)
        if event and (request.ack_error or rng.random() < self.options.redeliver):
            self.redelivered += 1
            # Slack's retry, to the next process; the answer may come from either delivery.
            _, again = self.post(body, content_type, Request(kind, key, -1, time.monotonic()))
            if request.ack_error and not again:
                request.ack_error = None
        return request

    def client(self, index: int) -> None:
        rng = random.Random(self.options.seed * 1000 + index)
        buttons: dict[str, str] = {}
        kinds, weights = zip(*self.mix.items(), strict=True)
        while time.monotonic() < self.deadline:
            kind = rng.choices(kinds, weights)[0]
            if kind == "button":
                kind = rng.choice(["more", "share"])
                action = MORE_ACTION if kind == "more" else SHARE_ACTION
                if action not in buttons:
                    kind = "quote"
            request = self.ask(kind, rng, buttons)
            if not request.ack_error:
                request.answered.wait(self.options.answer_timeout)
            if request.kind in ("quote", "more") and request.body:
                buttons = button_values(request.body)
            elif request.kind == "share":
                buttons = {}
            pause = rng.expovariate(1 / self.options.think) if self.options.think else 0
            time.sleep(min(pause, max(0.0, self.deadline - time.monotonic())))

    # faults -----------------------------------------------------------------------------
    def mark(self, requests: list[Request], fault: str) -> None:
        for request in requests:
            request.fault = request.fault or fault

    def kill_and_restart(self, started: float) -> None:
        options = self.options
        at = started + options.kill_at
        if options.digests:  # die holding digest claims: right after its first digest posts
            token = self.fleet.token(0)
            while time.monotonic() < at + 120 and not self.ledger.digest_posts_by_token[token]:
                self.ledger.on_digest.wait(1.0)
                self.ledger.on_digest.clear()
        else:
            time.sleep(max(0.0, at - time.monotonic()))
        self.fleet.kill(0)
        killed = time.monotonic()
        # Sent to it before it died and not answered: whatever happens to them is the kill's.
        with self.ledger.lock:
            in_flight = [
                r
                for r in self.ledger.requests.values()
                if r.process == 0 and r.sent <= killed and not r.answers
            ]
        self.mark(in_flight, "kill")
        killed_at = killed - started
        self.fleet.start(0)
        healthy = self.fleet.wait_healthy(0)
        self.faults.append(
            f"SIGKILL of process 0 at {killed_at:.0f} s with {len(in_flight)} requests in "
            f"flight on it; restarted, /healthz ok {healthy:.1f} s later"
        )

    def restart_database(self, started: float) -> None:
        time.sleep(max(0.0, started + self.options.restart_database_at - time.monotonic()))
        began = time.monotonic()
        done = subprocess.run(self.options.restart_command, shell=True, capture_output=True)
        ended = time.monotonic()
        # In flight at some moment of the restart: sent before it ended, not answered
        # before it began.
        with self.ledger.lock:
            in_flight = [
                r
                for r in self.ledger.requests.values()
                if r.sent <= ended and (not r.answers or r.answers[0][0] >= began)
            ]
        self.mark(in_flight, "database restart")
        self.faults.append(
            f"database restarted at {began - started:.0f} s ({ended - began:.1f} s, exit "
            f"{done.returncode}: {done.stderr.decode(errors='replace').strip()[:200]}) with "
            f"{len(in_flight)} requests in flight"
        )

    def sample_load(self) -> None:
        while time.monotonic() < self.deadline:
            self.loads.append(os.getloadavg()[0])
            time.sleep(5)

    # the run ----------------------------------------------------------------------------
    def run(self) -> float:
        started = time.monotonic()
        self.deadline = started + self.options.seconds
        threads = [
            threading.Thread(target=self.client, args=(i,), daemon=True)
            for i in range(self.options.clients)
        ]
        helpers = [threading.Thread(target=self.sample_load, daemon=True)]
        if self.options.kill_at is not None:
            helpers.append(threading.Thread(target=self.kill_and_restart, args=(started,)))
        if self.options.restart_database_at is not None:
            helpers.append(threading.Thread(target=self.restart_database, args=(started,)))
        for thread in threads + helpers:
            thread.start()
        while any(t.is_alive() for t in threads):
            time.sleep(1)
            self.slack.clear()  # the ledger keeps what counts; the stand-in need not
        for thread in helpers:
            thread.join()
        time.sleep(2)  # late duplicates
        return time.monotonic() - started


def parse_mix(text: str) -> dict[str, float]:
    mix = {}
    for part in text.split(","):
        name, _, weight = part.partition("=")
        if name.strip() not in ("quote", "summary", "mention", "dm", "button"):
            raise SystemExit(f"--mix: unknown kind {name!r}")
        mix[name.strip()] = float(weight)
    return mix


def mention_questions(asked: dict[str, list[tuple[str, str]]]) -> list[str]:
    """Mentions and direct messages as people write them, from the same drawn questions."""
    said = [f"who said “{text}”?" for _, text in asked["/quote rare"]]
    said += [f"quotes by {text}" for _, text in asked["/quote speaker"]]
    said += [f"summary of {text}" for _, text in asked["/summary rare"]]
    said += [text for _, text in asked["/quote common"]]
    return said


# -- report -------------------------------------------------------------------------------


def report(
    load: Load, elapsed: float, cpu: list[float], database: float | None, digests: dict | None
) -> str:
    options = load.options
    requests = list(load.ledger.requests.values())
    errors = [(r, r.error(options.answer_timeout)) for r in requests]
    failed = [(r, why) for r, why in errors if why]
    acks = [r.ack for r in requests if r.ack is not None]
    answers = [s for r in requests if (s := r.answer_seconds) is not None]
    duplicates = sum(max(0, len(r.answers) - 1) for r in requests)
    lines = [
        f"{options.processes} processes, {options.clients} clients, {elapsed:.0f} s on "
        f"{options.database.split('@')[-1]}; think {options.think} s; mix {options.mix}",
        f"throughput {len(requests) / elapsed:.1f} requests/s; by kind "
        + ", ".join(f"{k} {n}" for k, n in sorted(Counter(r.kind for r in requests).items())),
    ]
    for kind in sorted({r.kind for r in requests}):
        of_kind = [r for r in requests if r.kind == kind]
        kind_answers = [s for r in of_kind if (s := r.answer_seconds) is not None]
        kind_acks = [r.ack for r in of_kind if r.ack is not None]
        if kind_answers and kind_acks:
            lines.append(
                f"  {kind:<8} answer p50 {statistics.median(kind_answers) * 1000:6.0f}"
                f"  p95 {percentile(kind_answers, 0.95) * 1000:6.0f} ms"
                f"   ack p50 {statistics.median(kind_acks) * 1000:5.0f}"
                f"  p99 {percentile(kind_acks, 0.99) * 1000:5.0f} ms"
                f"   {dict(Counter(r.answers[0][1] for r in of_kind if r.answers))}"
            )
    lines += [f"fault: {fault}" for fault in load.faults]
    by_fault = Counter(r.fault or "none" for r, _ in failed)
    if failed:
        lines.append(
            "errors: "
            + "; ".join(f"{n} {why}" for why, n in Counter(why for _, why in failed).most_common())
        )
        lines.append(
            "errors by fault window: "
            + ", ".join(
                f"{n} {'outside any fault' if k == 'none' else 'in flight at the ' + k}"
                for k, n in by_fault.items()
            )
        )
    lines.append(
        f"redelivered events {load.redelivered}; connections refused and sent elsewhere "
        f"{load.rerouted}; answers nobody asked for {sum(load.ledger.stray.values())}"
    )
    if digests:
        lines.append("digests: " + ", ".join(f"{k} {v}" for k, v in digests.items()))
    busy_cpu = ", ".join(f"{c:.0f}" for c in cpu)
    in_database = "" if database is None else f"; database backends {database:.0f}"
    lines.append(
        f"CPU seconds: serve processes {busy_cpu}{in_database}; "
        f"this bench {time.process_time():.0f}; "
        f"load average mean {statistics.mean(load.loads or [0]):.1f}, "
        f"max {max(load.loads or [0]):.1f} on {os.cpu_count()} CPUs"
    )
    ack_p99 = percentile(acks, 0.99) * 1000 if acks else 0.0
    answer_p95 = percentile(answers, 0.95) * 1000 if answers else 0.0
    lines.append(
        f"load: {len(requests)} requests, {len(failed)} errors, {duplicates} duplicate answers, "
        f"ack p99 {ack_p99:.0f} ms, answer p95 {answer_p95:.0f} ms"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="an existing store's URL")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between asks")
    parser.add_argument("--mix", default=DEFAULT_MIX)
    parser.add_argument("--redeliver", type=float, default=0.05)
    parser.add_argument("--answer-timeout", type=float, default=30.0)
    parser.add_argument("--kill-at", type=float)
    parser.add_argument("--restart-database-at", type=float)
    parser.add_argument("--restart-command", default=RESTART_COMMAND)
    parser.add_argument("--digests", type=int, default=0, help="channels due in one minute")
    parser.add_argument("--tick", type=int, default=10, help="scheduler tick, seconds")
    parser.add_argument("--questions", type=int, default=100, help="drawn per kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--logs", type=Path, help="where the processes log (default: temp)")
    options = parser.parse_args()

    store = Store(options.database)
    drawn = questions(store, options.questions, random.Random(options.seed))
    asked = {
        "quote": [q for kind, qs in drawn.items() if kind.startswith("/quote") for q in qs],
        "summary": [q for kind, qs in drawn.items() if kind.startswith("/summary") for q in qs],
        "mention": mention_questions(drawn),
    }
    names: list[str] = []
    now = datetime.now(UTC)
    due = now
    if options.digests:
        at = options.kill_at if options.kill_at is not None else options.seconds / 2
        due = (now + timedelta(seconds=at)).replace(second=0, microsecond=0)
        names = schedule_digests(store, options.digests, due)
    logs = options.logs or Path(tempfile.mkdtemp(prefix="precis-load-"))
    logs.mkdir(parents=True, exist_ok=True)
    digests = None
    with FakeSlack() as slack:
        fleet = Fleet(options.processes, options.database, slack, logs, options.tick)
        try:
            for index in range(options.processes):
                fleet.start(index)
            for index in range(options.processes):
                fleet.wait_healthy(index)
            load = Load(options, fleet, slack, asked)
            elapsed = load.run()
            if names:
                limit = STALE_AFTER.total_seconds() + 4 * options.tick + 60
                waited = settle_digests(store, names, due.date(), limit)
                digests = digest_outcome(store, names, load.ledger.digests, due.date())
                digests["settled after s"] = round(waited)
        finally:
            database = database_cpu(store)
            cpu = fleet.stop()
            clean_up(store)
    errors_logged = sum(
        path.read_text(errors="replace").count("Traceback") for path in logs.glob("*.log")
    )
    print(report(load, elapsed, cpu, database, digests))
    print(f"(process logs in {logs}: {errors_logged} tracebacks)", file=sys.stderr)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
