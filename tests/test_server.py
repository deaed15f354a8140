"""The HTTP front: health report, Socket Mode routing, claim pruning."""

from __future__ import annotations

import urllib.error
import urllib.request

from bot.server import HttpServer, Readiness, health, wsgi_app


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
