"""The HTTP front: health report, Socket Mode routing, claim pruning."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from datetime import timedelta

from bot import server
from bot.server import HttpServer, Readiness, health, prune_old_rows, wsgi_app
from tests.builders import TEAM_ID


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_health_reports_database_and_language_model(sqlite_store):
    readiness = Readiness()
    readiness.set("ready")
    readiness.set_slack("connected")
    status, report = health(sqlite_store, readiness)
    assert status.startswith("200")
    assert report == {
        "ok": True,
        "status": "ok",
        "database": "ok",
        "slack": "connected",
        "language_model": "ready",
    }


def test_health_is_degraded_with_the_reason_while_slack_is_unreachable(sqlite_store):
    readiness = Readiness()
    readiness.set_slack("cannot reach Slack at https://slack.com/api/auth.test (DNS lookup failed)")
    status, report = health(sqlite_store, readiness)
    assert status.startswith("200")  # alive: restarting would not bring Slack back
    assert report["status"] == "degraded"
    assert report["reason"].endswith("(DNS lookup failed)")


def test_health_fails_when_the_database_does_not_answer(tmp_path):
    from storage import Store

    path = tmp_path / "precis.db"
    store = Store(f"sqlite:///{path}")
    store.engine.dispose()
    for leftover in tmp_path.glob("precis.db*"):
        leftover.unlink()
    path.mkdir()  # where the database was, nothing SQLite can open
    status, report = health(store, Readiness())
    assert status.startswith("503") and report["database"] == "unavailable"


def test_socket_mode_front_serves_health_only(sqlite_store):
    front = HttpServer(wsgi_app(None, sqlite_store, Readiness()), "127.0.0.1", 0).start()
    try:
        assert fetch(f"{front.url}/healthz")[0] == 200
        status, body = fetch(f"{front.url}/slack/events")
        assert status == 404 and "Socket Mode" in body
    finally:
        front.stop()


def test_old_event_claims_and_saved_answers_are_forgotten(sqlite_store, monkeypatch):
    monkeypatch.setattr(server, "CLAIM_PRUNE_SECONDS", 0.05)
    monkeypatch.setattr(server, "CLAIM_MAX_AGE", timedelta(0))
    assert sqlite_store.claim_event("message:C1:1.0")
    saved = sqlite_store.save_answer({"text": "x", "blocks": []}, article_ids=[], team_id=TEAM_ID)
    stop = threading.Event()
    thread = prune_old_rows(sqlite_store, stop)
    time.sleep(0.3)
    stop.set()
    thread.join(timeout=5)
    assert sqlite_store.claim_event("message:C1:1.0")  # forgotten, so claimable again
    assert sqlite_store.saved_answer(saved) is None
