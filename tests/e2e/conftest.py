"""The served app: `precis serve`'s HTTP server (waitress + Bolt) in a thread on a free port,
talking to the Web API stand-in; requests are signed exactly as Slack signs them."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bot.app import build_app, web_client
from bot.server import HttpServer, Readiness, wsgi_app
from bot.shell import signed_headers

FORM = "application/x-www-form-urlencoded"


@dataclass
class Reply:
    status: int
    body: str
    seconds: float

    def json(self):
        return json.loads(self.body)


def http(url: str, body: str | None = None, headers: dict[str, str] | None = None) -> Reply:
    request = urllib.request.Request(
        url, data=body.encode() if body is not None else None, headers=headers or {}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.read().decode(), time.perf_counter() - started)
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read().decode(), time.perf_counter() - started)


@dataclass
class Served:
    url: str

    def post(
        self,
        body: str,
        content_type: str = FORM,
        *,
        timestamp: int | None = None,
        secret: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> Reply:
        """POST to /slack/events, signed like Slack (or with ``secret``/``timestamp`` given)."""
        signing = (
            signed_headers(body, timestamp, secret) if secret else signed_headers(body, timestamp)
        )
        headers = {"Content-Type": content_type, **signing, **(extra or {})}
        return http(f"{self.url}/slack/events", body, headers)

    def get(self, path: str) -> Reply:
        return http(f"{self.url}{path}")


def serve_in_thread(settings, store) -> tuple[Served, HttpServer]:
    app = build_app(settings, store, web_client(settings, settings.slack_bot_token))
    server = HttpServer(wsgi_app(app, store, Readiness()), "127.0.0.1", 0).start()
    return Served(server.url), server


@pytest.fixture
def served(settings, news_store) -> Iterator[Served]:
    """The app served over HTTP on a free port, its store holding the test articles."""
    client, server = serve_in_thread(settings, news_store)
    yield client
    server.stop()


@pytest.fixture
def serve():
    """``serve(settings, store) -> (Served, HttpServer)`` for a differently configured app."""
    return serve_in_thread


@pytest.fixture
def postgres_news_store(store_articles, postgres_database: str) -> Iterator:
    """A store on a PostgreSQL database of its own holding the test articles (the scale-out
    setup); skipped when PRECIS_TEST_POSTGRES_URL is unset."""
    from storage import Store

    store = Store(postgres_database)
    store_articles(store)
    try:
        yield store
    finally:
        store.close()
