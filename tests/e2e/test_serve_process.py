"""`precis serve` as an operator runs it: a separate process, configured by the environment."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from bot import render
from bot.shell import SIGNING_SECRET, command_body, signed_headers
from bot.slack_stub import RESPONSE_URL
from storage import Store

HEALTH_BUDGET = 5.0  # seconds from start to a healthy /healthz


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def test_precis_serve_is_healthy_fast_and_answers(tmp_path, slack_api, store_articles):
    database = f"sqlite:///{tmp_path / 'served.db'}"
    store = Store(database)
    store_articles(store)
    store.close()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "SLACK_BOT_TOKEN": "xoxb-process",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack_api.api_url,
        "PORT": str(port),
        # Empty, as a copied .env.example leaves them: must not switch Bolt to OAuth.
        "SLACK_APP_TOKEN": "",
        "SLACK_CLIENT_ID": "",
        "SLACK_CLIENT_SECRET": "",
    }
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        while not healthy(url):
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() - started < HEALTH_BUDGET, "no healthy /healthz in 5 s"
            time.sleep(0.05)
        body = command_body("/quote", "Okafor", response_url=slack_api.response_url())
        headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
        request = urllib.request.Request(f"{url}/slack/events", body.encode(), headers)
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200
        [answer] = slack_api.wait_for(RESPONSE_URL, timeout=20)
        assert render.to_text(answer.body).startswith("Quotes by Jane Okafor")
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    assert process.returncode in (0, -signal.SIGTERM), output
    assert "listening on" in output
