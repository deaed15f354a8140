"""`precis serve` as an operator runs it: a separate process, configured by the environment."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl

import pytest

from bot import render
from bot.shell import SIGNING_SECRET, command_body, event_body, message_event, signed_headers
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
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


@contextmanager
def precis_serve(tmp_path, slack_api, store_articles, **extra: str) -> Iterator[str]:
    """`python -m bot serve` on a free port, its store holding the test articles; yields
    its base URL once /healthz answers (which must happen within HEALTH_BUDGET)."""
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
        **extra,
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
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    assert process.returncode == 0, output
    assert "listening on" in output


def test_precis_serve_over_http(tmp_path, slack_api, store_articles):
    with precis_serve(tmp_path, slack_api, store_articles) as url:
        body = command_body("/quote", "Okafor", response_url=slack_api.response_url())
        headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
        request = urllib.request.Request(f"{url}/slack/events", body.encode(), headers)
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200
        [answer] = slack_api.wait_for(RESPONSE_URL, timeout=20)
        assert render.to_text(answer.body).startswith("Quotes by Jane Okafor")


def test_precis_serve_over_socket_mode(tmp_path, slack_api, store_articles):
    with precis_serve(tmp_path, slack_api, store_articles, SLACK_APP_TOKEN="xapp-process") as url:
        command = command_body("/quote", "Marchand", response_url=slack_api.response_url())
        envelope = slack_api.socket_send("slash_commands", dict(parse_qsl(command)), timeout=20)
        [ack] = slack_api.wait_for("socket_mode.ack", timeout=20)
        assert ack.get("envelope_id") == envelope
        [answer] = slack_api.wait_for(RESPONSE_URL, timeout=20)
        assert render.to_text(answer.body).startswith("Quotes by Élodie Marchand")
        mention = json.loads(event_body(message_event(f"<@{BOT_USER_ID}> Okafor")))
        slack_api.socket_send("events_api", mention)
        slack_api.socket_send("events_api", mention, retry_attempt=1)  # redelivered
        slack_api.wait_for("chat.postMessage", timeout=20)
        slack_api.wait_quiet(0.5)
        assert len(slack_api.calls("chat.postMessage")) == 1
        request = urllib.request.Request(f"{url}/slack/events", b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 404  # Slack's requests come over the socket only


def test_precis_serve_with_a_refused_token_says_so_in_one_line(tmp_path, slack_api):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'refused.db'}",
        "SLACK_BOT_TOKEN": "not-a-bot-token",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack_api.api_url,
        "PORT": str(free_port()),
        "SLACK_APP_TOKEN": "",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "configuration error: Slack refused the app's credentials" in result.stderr
    assert "Traceback" not in result.stderr
