"""Footprint of ``precis serve``: time to a healthy /healthz, to the language models, memory.

    .venv/bin/python bench/footprint.py [--database URL] [--rounds 3] [--questions 30]

Starts ``precis serve`` (HTTP, scheduler on, the Web API stand-in as Slack) as a child
process, ``--rounds`` times, and reports the median of:

  healthz      start of the process -> first 200 from GET /healthz (before Slack is checked)
  ready        start -> /healthz says "ok": auth.test passed, the Bolt app built
  models       start -> /healthz says the language models are loaded ("ready")
  rss          resident memory once the models are loaded (VmRSS), and after answering
               ``--questions`` signed /quote and /summary requests (VmRSS and the peak, VmHWM)

Targets: healthz <= 5 s, rss <= 500 MB with the models loaded. The default store is a fresh
SQLite file with the examples ingested; ``--database`` serves an existing (large) store.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import checkout  # noqa: F401  (the checkout's root on sys.path, for tests.fake_slack)

from bot.shell import SIGNING_SECRET, command_body, signed_headers
from bot.slack_stub import RESPONSE_URL
from tests.fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
PRECIS = str(Path(sys.executable).with_name("precis"))
QUESTIONS = [
    ("/quote", "président"),
    ("/quote", "Macron"),
    ("/summary", "latest"),
    ("/summary", "budget"),
    ("/quote", "the government will"),
    ("/summary", "élection"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of ``pid`` in MB (Linux /proc)."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = round(int(rest.split()[0]) / 1024, 1)
    return values


def health(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
            return json.loads(response.read())
    except (OSError, ValueError):
        return None


def one_round(database: str, slack: FakeSlack, questions: int) -> dict[str, float]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "PORT": str(port),
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.api_url,
        "LOG_LEVEL": "WARNING",
    }
    started = time.monotonic()
    process = subprocess.Popen([PRECIS, "serve"], env=env, stderr=subprocess.DEVNULL)
    result: dict[str, float] = {}
    try:
        while (report := health(url)) is None or not report.get("ok"):
            if process.poll() is not None:
                raise RuntimeError("precis serve exited")
            time.sleep(0.02)
        result["healthz_s"] = time.monotonic() - started
        while report is None or report.get("status") != "ok":  # Slack checked, app built
            time.sleep(0.02)
            report = health(url)
        result["ready_s"] = time.monotonic() - started
        while report is None or report.get("language_model") not in ("ready", "failed"):
            time.sleep(0.05)
            report = health(url)
        result["models_s"] = time.monotonic() - started
        result["rss_models_mb"] = memory_mb(process.pid)["VmRSS"]
        for n in range(questions):
            command, text = QUESTIONS[n % len(QUESTIONS)]
            body = command_body(command, text, response_url=slack.response_url())
            headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
            request = urllib.request.Request(f"{url}/slack/events", body.encode(), headers)
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()
        slack.wait_for(RESPONSE_URL, questions, timeout=120)
        slack.clear()
        after = memory_mb(process.pid)
        result["rss_answering_mb"] = after["VmRSS"]
        result["peak_mb"] = after["VmHWM"]
    finally:
        process.terminate()
        process.wait(timeout=20)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="an existing store (default: the examples)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--questions", type=int, default=30)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="precis-footprint-") as tmp:
        database = options.database
        if database is None:
            database = f"sqlite:///{tmp}/precis.db"
            env = {**os.environ, "DATABASE_URL": database, "LOG_LEVEL": "WARNING"}
            subprocess.run([PRECIS, "ingest", str(ROOT / "examples")], env=env, check=True)
        with FakeSlack() as slack:
            rounds = [one_round(database, slack, options.questions) for _ in range(options.rounds)]
    print(f"precis serve on {database.split('@')[-1]}, {options.rounds} rounds (median)")
    for key in rounds[0]:
        values = [r[key] for r in rounds]
        unit = "s" if key.endswith("_s") else "MB"
        print(f"  {key:<18} {statistics.median(values):8.2f} {unit}   (all: {values})")
    print(f"load average {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
