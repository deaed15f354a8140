"""The HTTP front: health report, Socket Mode routing, claim pruning."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from datetime import timedelta

from bot import server
from bot.server import HttpServer, Readiness, health, prune_event_claims, wsgi_app


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_health_reports_database_and_language_model(sqlite_store):
    readiness = Readiness()
    readiness.set("ready")
    status, report = health(sqlite_store, readiness)
    assert status.startswith("200")
    assert report == {"ok": True, "database": "ok", "language_model": "ready"}


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


def test_old_event_claims_are_forgotten(sqlite_store, monkeypatch):
    monkeypatch.setattr(server, "CLAIM_PRUNE_SECONDS", 0.05)
    monkeypatch.setattr(server, "CLAIM_MAX_AGE", timedelta(0))
    assert sqlite_store.claim_event("message:C1:1.0")
    stop = threading.Event()
    thread = prune_event_claims(sqlite_store, stop)
    time.sleep(0.3)
    stop.set()
    thread.join(timeout=5)
    assert sqlite_store.claim_event("message:C1:1.0")  # forgotten, so claimable again
