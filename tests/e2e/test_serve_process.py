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
from dataclasses import dataclass
from urllib.parse import parse_qsl

import pytest

from bot import render
from bot.shell import SIGNING_SECRET, command_body, event_body, message_event, signed_headers
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
from storage import Store
from tests.fake_slack import FakeSlack

HEALTH_BUDGET = 15.0  # a ceiling against hangs on a loaded machine; bench/footprint.py times it
READY_SECONDS = 60.0  # to connected: auth.test, the app, Socket Mode (a loaded machine is slow)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def health_report(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def healthy(url: str) -> bool:
    """Healthy and connected to Slack: ready for Slack's requests."""
    return (health_report(url) or {}).get("status") == "ok"


def answering(url: str) -> bool:
    """/healthz answers, whatever it says."""
    return health_report(url) is not None


@dataclass
class Serving:
    url: str
    output: str = ""  # everything the process printed, once it has stopped


@contextmanager
def precis_serve(
    tmp_path, api_url: str, store_articles, *, until=healthy, **extra: str
) -> Iterator[Serving]:
    """`python -m bot serve` on a free port, its store holding the test articles, talking
    to the Web API at ``api_url``; /healthz must answer within HEALTH_BUDGET; yields once
    ``until(url)`` holds. It must stop cleanly on SIGTERM."""
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
        "SLACK_API_URL": api_url,
        "PORT": str(port),
        "LOG_LEVEL": "INFO",
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
    serving = Serving(f"http://127.0.0.1:{port}")
    try:
        for check, seconds in ((answering, HEALTH_BUDGET), (until, READY_SECONDS)):
            while not check(serving.url):
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() - started < seconds, f"{check.__name__} after {seconds} s"
                time.sleep(0.05)
        yield serving
    finally:
        process.send_signal(signal.SIGTERM)
        serving.output, _ = process.communicate(timeout=20)
    assert process.returncode == 0, serving.output
    assert "listening on" in serving.output
    assert "Traceback" not in serving.output
    assert "token will be unused" not in serving.output  # Bolt's warning when misconfigured


def test_precis_serve_over_http(tmp_path, slack_api, store_articles):
    with precis_serve(tmp_path, slack_api.api_url, store_articles) as serving:
        url = serving.url
        body = command_body("/quote", "Okafor", response_url=slack_api.response_url())
        headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
        request = urllib.request.Request(f"{url}/slack/events", body.encode(), headers)
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200
        [answer] = slack_api.wait_for(RESPONSE_URL, timeout=20)
        assert render.to_text(answer.body).startswith("Quotes by Jane Okafor")


def test_precis_serve_over_socket_mode(tmp_path, slack_api, store_articles):
    socket_mode = {"SLACK_APP_TOKEN": "xapp-process"}
    with precis_serve(tmp_path, slack_api.api_url, store_articles, **socket_mode) as serving:
        url = serving.url
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


def test_precis_serve_waits_for_an_unreachable_slack_and_recovers_by_itself(
    tmp_path, store_articles
):
    slack_port = free_port()  # nothing listens there yet: "Slack" is down
    api_url = f"http://127.0.0.1:{slack_port}/api/"
    with precis_serve(tmp_path, api_url, store_articles, until=answering) as serving:
        report = wait_for_report(serving.url, lambda r: r["slack"] != "connecting")
        assert report["status"] == "degraded" and report["ok"] is True
        assert report["reason"] == f"cannot reach Slack at {api_url}auth.test (connection refused)"
        refused = http_post(serving.url, command_body("/quote", "Okafor", response_url="x"))
        assert refused == 503  # Slack retries; nothing is half-answered
        with FakeSlack(port=slack_port) as slack:  # Slack is back
            wait_for_report(serving.url, lambda r: r["status"] == "ok")
            body = command_body("/quote", "Okafor", response_url=slack.response_url())
            assert http_post(serving.url, body) == 200
            [answer] = slack.wait_for(RESPONSE_URL, timeout=20)
            assert render.to_text(answer.body).startswith("Quotes by Jane Okafor")
    waits = [line for line in serving.output.splitlines() if "cannot reach Slack" in line]
    assert waits, serving.output
    for line in waits:  # one line per attempt: the cause and the URL, once, in words
        assert line.endswith("s") and "(connection refused); trying again in" in line
        assert line.count(api_url) == 1 and "Errno" not in line
    assert "Errno" not in serving.output and "urlopen" not in serving.output


def wait_for_report(url: str, wanted, seconds: float = 15) -> dict:
    """The health report once ``wanted(report)`` holds (back-off: 1, 2, 4 s...)."""
    deadline = time.monotonic() + seconds
    while not wanted(report := health_report(url) or {"slack": "connecting", "status": ""}):
        assert time.monotonic() < deadline, report
        time.sleep(0.1)
    return report


def http_post(url: str, body: str) -> int:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(body)}
    request = urllib.request.Request(f"{url}/slack/events", body.encode(), headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
