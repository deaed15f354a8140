"""``precis serve``: Slack requests over HTTP (or Socket Mode), a health check, the scheduler.

HTTP runs on waitress: a production WSGI server in pure Python (no C build, runs on Linux,
macOS and Windows), multi-threaded, with sane request-size and slow-client limits, and the
same server in tests as in production. Bolt's own WSGI adapter routes Slack's requests:

    POST /slack/events          commands, events and interactivity (signature checked)
    GET  /slack/install         OAuth install (when SLACK_CLIENT_ID/SECRET are set)
    GET  /slack/oauth_redirect  OAuth callback
    GET  /healthz               200 while the database answers; "degraded", with the reason,
                                while Slack cannot be reached

/healthz answers first, before the Bolt app is built. Then Slack is checked (``auth.test``);
while it cannot be reached (proxy, DNS, an outage) the server says why in one log line per
attempt, reports itself degraded and tries again with back-off, so it recovers by itself.
A token Slack refuses ends the process with one line instead: waiting will not fix it.
With SLACK_APP_TOKEN set, Slack's requests come over Socket Mode (no public URL); /healthz is
still served on $PORT. The language model loads in the background: nothing that answers
/quote or /summary from the store needs it.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.errors import SlackApiError
from waitress import wasyncore
from waitress.server import BaseWSGIServer, create_server

from bot.config import DEFAULT_HTTP_THREADS, ConfigError, Settings
from bot.manifest import EVENTS_PATH
from bot.network import cannot_reach
from storage import Store

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
RETRY_FIRST_SECONDS = 1.0  # then doubled at each failure...
RETRY_MAX_SECONDS = 60.0  # ...up to this
CONNECTED = "connected"


@dataclass
class Readiness:
    """What /healthz reports besides the database: Slack's and the language model's state."""

    language_model: str = "not loaded"
    slack: str = "connecting"  # CONNECTED, "connecting", or why Slack cannot be reached
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def set(self, state: str) -> None:
        with self._lock:
            self.language_model = state

    def set_slack(self, state: str) -> None:
        with self._lock:
            self.slack = state


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
    """The health report: 503 when the database does not answer; 200 otherwise, with
    ``status`` "degraded" and the ``reason`` while Slack is not connected."""
    try:
        with store.read() as connection:
            connection.exec_driver_sql("SELECT 1")
        database = "ok"
    except Exception as error:
        log.warning("health check: database unavailable: %s", error)
        database = "unavailable"
    report: dict[str, Any] = {
        "ok": database == "ok",
        "status": "ok",
        "database": database,
        "slack": readiness.slack,
        "language_model": readiness.language_model,
    }
    if database != "ok":
        report["status"] = "unavailable"
        report["reason"] = "the database does not answer"
    elif readiness.slack != CONNECTED:
        report["status"] = "degraded"
        report["reason"] = readiness.slack
    return ("200 OK" if report["ok"] else "503 Service Unavailable"), report


class Front:
    """The WSGI application: /healthz at once; Slack's requests to Bolt once it is built
    (until then 503, which Slack retries); 404 for them in Socket Mode."""

    def __init__(
        self,
        store: Store,
        readiness: Readiness,
        bolt_app: App | None = None,
        *,
        socket_mode: bool = False,
    ) -> None:
        self.store = store
        self.readiness = readiness
        self.socket_mode = socket_mode
        self._slack: SlackRequestHandler | None = None
        if bolt_app is not None:
            self.attach(bolt_app)

    def attach(self, bolt_app: App) -> None:
        self._slack = SlackRequestHandler(bolt_app, path=EVENTS_PATH)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            status, report = health(self.store, self.readiness)
            body = json.dumps(report).encode()
            start_response(
                status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            )
            return [body]
        if self.socket_mode:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Slack requests come over Socket Mode on this server"]
        if self._slack is None:
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b"starting: not connected to Slack yet"]
        return self._slack(environ, start_response)


def wsgi_app(bolt_app: App | None, store: Store, readiness: Readiness) -> Front:
    """The front for an app already built (None: Socket Mode, health only)."""
    return Front(store, readiness, bolt_app, socket_mode=bolt_app is None)


class HttpServer:
    """A waitress server on ``host:port`` (0: a free port), served by a background thread;
    ``threads`` run the application (PRECIS_HTTP_THREADS)."""

    def __init__(
        self, application: Callable, host: str, port: int, threads: int = DEFAULT_HTTP_THREADS
    ) -> None:
        self._sockets: dict[int, Any] = {}  # the server's socket map, closed by stop()
        server = create_server(
            application,
            map=self._sockets,
            host=host,
            port=port,
            threads=threads,
            ident="precis",
            clear_untrusted_proxy_headers=True,
        )
        if not isinstance(server, BaseWSGIServer):  # a name with several addresses
            server.close()
            raise ConfigError(f"cannot listen on {host!r}: give one address, e.g. 0.0.0.0")
        self._server = server
        self._host, bound_port = server.getsockname()
        self._port = int(bound_port)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    def start(self) -> HttpServer:
        self._thread = threading.Thread(target=self._server.run, name="precis-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every socket from inside the server's own loop (which then ends), then stop
        the worker threads; closing from another thread would race the loop's select()."""
        server = self._server
        if self._thread and self._thread.is_alive():
            try:
                # types-waitress declares ``trigger`` an int: it is waitress.trigger.trigger.
                server.trigger.pull_trigger(  # type: ignore[attr-defined]
                    lambda: wasyncore.close_all(self._sockets)
                )
            except OSError:  # the loop is ending and has closed its trigger already
                wasyncore.close_all(self._sockets)
            self._thread.join(timeout=5)
        else:
            server.close()
        server.task_dispatcher.shutdown()


def until_connected(
    attempt: Callable[[], object],
    url: str,
    readiness: Readiness,
    stop: threading.Event,
    refused: str,
) -> bool:
    """Run ``attempt`` (a call to Slack) until it succeeds: while Slack cannot be reached,
    one log line per try (the cause, the URL) and a back-off up to RETRY_MAX_SECONDS. False
    when stopped first; a refusal by Slack (a bad token) is a ConfigError: retrying would
    not help. ``refused`` names what Slack refused. Success does not say "connected": the
    caller does, once Slack's requests are answered."""
    delay = RETRY_FIRST_SECONDS
    while not stop.is_set():
        try:
            attempt()
        except SlackApiError as error:
            status = getattr(error.response, "status_code", 200)
            if status < 500 and status != 429:
                code = error.response.get("error") if error.response else error
                raise ConfigError(f"Slack refused {refused}: {code}") from None
            reason = f"Slack at {url} answered HTTP {status}"
        except Exception as error:  # urllib, socket and TLS failures alike
            reason = cannot_reach("Slack", url, error)
        else:
            readiness.set_slack("connecting")
            return True
        readiness.set_slack(reason)
        log.warning("%s; trying again in %.0f s", reason, delay)
        stop.wait(delay)
        delay = min(delay * 2, RETRY_MAX_SECONDS)
    return False


def serve(
    settings: Settings, store: Store, *, host: str = "0.0.0.0", scheduler: bool = True
) -> None:
    """Run until SIGINT/SIGTERM: Socket Mode if SLACK_APP_TOKEN is set, HTTP otherwise.

    /healthz answers first; then Slack is checked (and checked again, with back-off, while it
    cannot be reached); then the app is built and requests, the scheduler and Socket Mode
    start. The language model loads in the background.
    """
    from bot.app import build_app
    from bot.scheduler import start_scheduler
    from bot.slack_clients import probe_client

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
    front = Front(store, readiness, socket_mode=socket_mode)
    http = HttpServer(front, host, settings.port, settings.http_threads).start()
    log.info("listening on %s (health at %s)", http.url, HEALTH_PATH)
    warm_language_models(readiness)
    socket_handler = None
    jobs = None
    try:
        probe = probe_client(settings, settings.slack_bot_token)
        # One workspace: is the token good? OAuth: tokens come per workspace, is Slack there?
        check, method = (
            (probe.api_test, "api.test")
            if settings.oauth_enabled
            else (probe.auth_test, "auth.test")
        )
        url = settings.slack_api_url + method
        if not until_connected(check, url, readiness, stop, "the app's credentials"):
            return
        bolt_app = build_app(settings, store, verify_token=False)
        if socket_mode:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            socket_handler = SocketModeHandler(bolt_app, settings.slack_app_token)
            socket_url = settings.slack_api_url + "apps.connections.open"
            refused = "the app-level token (SLACK_APP_TOKEN)"
            if not until_connected(socket_handler.connect, socket_url, readiness, stop, refused):
                return
            log.info("connected to Slack over Socket Mode")
        else:
            front.attach(bolt_app)
            log.info("answering Slack at POST %s", EVENTS_PATH)
        # Only now: a load balancer that sends Slack's requests to a healthy process must not
        # meet "starting" while the app is still being built.
        readiness.set_slack(CONNECTED)
        jobs = start_scheduler(settings, store, bolt_app.client) if scheduler else None
        stop.wait()
        log.info("stopping")
    finally:
        if socket_handler:
            socket_handler.close()
        if jobs is not None:
            jobs.shutdown(wait=False)
        http.stop()
