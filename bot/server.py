"""``precis serve``: Slack requests over HTTP (or Socket Mode), a health check, the scheduler.

HTTP runs on waitress: a production WSGI server in pure Python (no C build, runs on Linux,
macOS and Windows), multi-threaded, with sane request-size and slow-client limits, and the
same server in tests as in production. Bolt's own WSGI adapter routes Slack's requests:

    POST /slack/events          commands, events and interactivity (signature checked)
    GET  /slack/install         OAuth install (when SLACK_CLIENT_ID/SECRET are set)
    GET  /slack/oauth_redirect  OAuth callback
    GET  /healthz               200 when the database answers

With SLACK_APP_TOKEN set, Slack's requests come over Socket Mode instead (no public URL);
/healthz is still served on $PORT for the host's health checks. The language model loads in
the background: nothing that answers /quote or /summary from the store needs it.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from waitress import wasyncore
from waitress.server import create_server

from bot.config import DEFAULT_HTTP_THREADS, ConfigError, Settings
from storage import Store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
CLAIM_PRUNE_SECONDS = 3600
CLAIM_MAX_AGE = timedelta(days=1)


@dataclass
class Readiness:
    """What /healthz reports besides the database: the language model's state."""

    language_model: str = "not loaded"
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def set(self, state: str) -> None:
        with self._lock:
            self.language_model = state


def warm_language_models(readiness: Readiness) -> threading.Thread:
    """Load spaCy in the background so the first shared file is not slow to analyse."""

    def load() -> None:
        readiness.set("loading")
        try:
            from bot.text import nlp

            nlp.pipeline("fr")
            nlp.pipeline("en")
        except Exception:
            log.exception("could not load the language models")
            readiness.set("failed")
            return
        readiness.set("ready")

    thread = threading.Thread(target=load, name="precis-nlp-warmup", daemon=True)
    thread.start()
    return thread


def health(store: Store, readiness: Readiness) -> tuple[str, dict[str, Any]]:
    try:
        with store.read() as connection:
            connection.exec_driver_sql("SELECT 1")
        database = "ok"
    except Exception as error:
        log.warning("health check: database unavailable: %s", error)
        database = "unavailable"
    report = {
        "ok": database == "ok",
        "database": database,
        "language_model": readiness.language_model,
    }
    return ("200 OK" if report["ok"] else "503 Service Unavailable"), report


def wsgi_app(bolt_app: App | None, store: Store, readiness: Readiness) -> Callable:
    """The WSGI application: /healthz here, everything else to Bolt (absent in Socket Mode)."""
    slack = SlackRequestHandler(bolt_app, path=EVENTS_PATH) if bolt_app else None

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            status, report = health(store, readiness)
            body = json.dumps(report).encode()
            start_response(
                status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            )
            return [body]
        if slack is None:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Slack requests come over Socket Mode on this server"]
        return slack(environ, start_response)

    return application


class HttpServer:
    """A waitress server on ``host:port`` (0: a free port), served by a background thread;
    ``threads`` run the application (PRECIS_HTTP_THREADS)."""

    def __init__(
        self, application: Callable, host: str, port: int, threads: int = DEFAULT_HTTP_THREADS
    ) -> None:
        self._server = create_server(
            application,
            host=host,
            port=port,
            threads=threads,
            ident="precis",
            clear_untrusted_proxy_headers=True,
        )
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    @property
    def url(self) -> str:
        return f"http://{self._server.effective_host}:{self.port}"

    def start(self) -> HttpServer:
        self._thread = threading.Thread(target=self._server.run, name="precis-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every socket from inside the server's own loop (which then ends), then stop
        the worker threads; closing from another thread would race the loop's select()."""
        server = self._server
        if self._thread and self._thread.is_alive():
            server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
            self._thread.join(timeout=5)
        else:
            server.close()
        server.task_dispatcher.shutdown()


def prune_event_claims(store: Store, stop: threading.Event) -> threading.Thread:
    """Forget answered-event claims older than a day, hourly (Slack retries for minutes)."""

    def prune() -> None:
        while not stop.wait(CLAIM_PRUNE_SECONDS):
            try:
                store.forget_events(datetime.now(UTC) - CLAIM_MAX_AGE)
            except Exception:
                log.warning("could not prune old event claims", exc_info=True)

    thread = threading.Thread(target=prune, name="precis-claims", daemon=True)
    thread.start()
    return thread


def serve(
    settings: Settings, store: Store, *, host: str = "0.0.0.0", scheduler: bool = True
) -> None:
    """Run until SIGINT/SIGTERM: Socket Mode if SLACK_APP_TOKEN is set, HTTP otherwise.

    The HTTP server answers as soon as the app is built; the language model and the
    scheduler start after it, so /healthz is up within seconds of start.
    """
    from bot.app import build_app
    from bot.scheduler import start_scheduler

    socket_mode = bool(settings.slack_app_token)
    if not socket_mode and not settings.slack_signing_secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET is not set (needed to verify Slack requests over HTTP)"
        )
    settings.require_slack()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    readiness = Readiness()
    try:
        bolt_app = build_app(settings, store)
    except BoltError as error:  # e.g. auth.test refused the token: one line, not a traceback
        raise ConfigError(f"Slack refused the app's credentials: {error}") from None
    application = wsgi_app(None if socket_mode else bolt_app, store, readiness)
    http = HttpServer(application, host, settings.port, settings.http_threads).start()
    mode = "Socket Mode" if socket_mode else f"POST {EVENTS_PATH}"
    log.info("listening on %s (%s)", http.url, mode)
    warm_language_models(readiness)
    prune_event_claims(store, stop)
    socket_handler = None
    jobs = None
    try:
        if socket_mode:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            socket_handler = SocketModeHandler(bolt_app, settings.slack_app_token)
            socket_handler.connect()
            log.info("connected to Slack over Socket Mode")
        jobs = start_scheduler(settings, store, bolt_app.client) if scheduler else None
        stop.wait()
        log.info("stopping")
    finally:
        if socket_handler:
            socket_handler.close()
        if jobs is not None:
            jobs.shutdown(wait=False)
        http.stop()
