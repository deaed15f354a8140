"""The tests' Slack: the shell's Web API stand-in (:class:`bot.slack_stub.SlackStub`) with
what only tests and benchmarks ask of it.

Faults on request (HTTP 429 with ``Retry-After``, HTTP 500, a Slack error such as
``not_in_channel``, a delay), canned answers, a world to describe (channels the bot is not
in, private channels, tokens of other workspaces), OAuth's ``oauth.v2.access``, waiting for
calls, and Socket Mode: ``apps.connections.open`` hands out a WebSocket (the ``websockets``
package's server) and :meth:`FakeSlack.socket_send` delivers envelopes to the connected app
(its acks are recorded as ``socket_mode.ack`` calls).

    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.fail("chat.postMessage", status=429, retry_after=1)
        ...
        [post] = slack.wait_for("chat.postMessage")
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

from bot.slack_stub import HOST, Call, SlackStub, StubHandler


@dataclass
class Fault:
    status: int = 200
    error: str | None = None
    retry_after: int | None = None
    delay: float = 0.0


class FaultyHandler(StubHandler):
    """Answers as the stand-in does, unless a fault was asked for this call's method."""

    stub: FakeSlack

    def reply(
        self,
        call: Call,
        success: Callable[[], tuple[int, bytes, str]],
        headers: dict[str, str] | None = None,
    ) -> None:
        fault = self.stub.take_fault(call.method)
        if fault is None:
            super().reply(call, success, headers)
            return
        failing = fault.status == 429 or fault.status >= 500 or fault.error
        # Slack acts on a request when it arrives; a delay only holds the answer back, so a
        # client that gives up (or dies) while waiting has still posted its message.
        answer = None if failing else success()
        if fault.delay:
            time.sleep(fault.delay)
        if fault.status == 429:
            wait = fault.retry_after if fault.retry_after is not None else 1
            limited = json.dumps({"ok": False, "error": "ratelimited"}).encode()
            self.send(429, limited, {"Retry-After": str(wait)})
        elif fault.status >= 500:
            self.send(fault.status, b"upstream error", content_type="text/plain")
        elif fault.error:
            self.send(200, json.dumps({"ok": False, "error": fault.error}).encode())
        elif answer:
            status, body, kind = answer
            content_type = "application/json" if kind == "json" else kind
            self.send(status, body, headers, content_type=content_type)


class FakeSlack(SlackStub):
    """The stand-in with faults, canned answers, OAuth and Socket Mode."""

    handler = FaultyHandler

    def __init__(self, *, port: int = 0) -> None:
        super().__init__()
        self.port = port  # a given one lets a test bring "Slack" back
        self.outside: set[str] = set()  # channels the bot is not a member of
        self.private: set[str] = set()  # private channels (conversations.info's is_private)
        self.token_teams: dict[str, str] = {}  # bot token -> its workspace, if not team_id
        self._faults: dict[str, list[Fault]] = {}
        self._canned: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {}
        self._watchers: list[Callable[[Call], None]] = []
        self._sockets: list[ServerConnection] = []
        self._socket_server: Server | None = None

    # -- life cycle ---------------------------------------------------------------
    def start(self) -> FakeSlack:
        super().start()
        self._socket_server = serve(self._socket_mode, HOST, 0)
        threading.Thread(
            target=self._socket_server.serve_forever, name="slack-socket-mode", daemon=True
        ).start()
        return self

    def stop(self) -> None:
        for connection in list(self._sockets):
            connection.close(1001)
        if self._socket_server:
            self._socket_server.shutdown()
            self._socket_server = None
        super().stop()

    def __enter__(self) -> FakeSlack:
        return self.start()

    # -- set-up -------------------------------------------------------------------
    def fail(
        self,
        method: str,
        *,
        times: int = 1,
        status: int = 200,
        error: str | None = None,
        retry_after: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """The next ``times`` calls of ``method`` fail (or are delayed) this way.

        ``status=429, retry_after=1``: rate limited; ``status=500``: server error;
        ``error="not_in_channel"``: HTTP 200 with ``ok: false``; ``delay`` alone: slow success.
        """
        with self._changed:
            self._faults.setdefault(method, []).extend(
                Fault(status, error, retry_after, delay) for _ in range(times)
            )

    def take_fault(self, method: str) -> Fault | None:
        with self._changed:
            queue = self._faults.get(method)
            return queue.pop(0) if queue else None

    def reply(self, method: str, answer: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Answer ``method`` with ``answer(arguments)`` instead of the built-in payload."""
        self._canned[method] = answer

    def watch(self, watcher: Callable[[Call], None]) -> None:
        """Call ``watcher(call)`` for every request, as it arrives (in the request's thread):
        for a benchmark that follows thousands of answers without polling :meth:`calls`."""
        self._watchers.append(watcher)

    # -- assertions ---------------------------------------------------------------
    def posted(self) -> list[dict[str, Any]]:
        """Every message posted successfully (a 429 or an error posts nothing), oldest first,
        with its ``channel``: what the channels' histories show."""
        with self._changed:
            return list(self._posted)

    def clear(self) -> None:
        with self._changed:
            self._calls.clear()

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Block until ``method`` was called ``count`` times; returns those calls."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self._calls if c.method == method]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = sorted({c.method for c in self._calls})
                    raise TimeoutError(
                        f"{method} called {len(found)} times, expected {count}; seen: {seen}"
                    )
                self._changed.wait(remaining)

    def wait_quiet(self, quiet: float = 0.3, timeout: float = 10.0) -> list[Call]:
        """Block until no request arrived for ``quiet`` seconds; returns every call."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while time.monotonic() < deadline:
                last = self._calls[-1].at if self._calls else 0.0
                idle = time.monotonic() - last
                if idle >= quiet:
                    break
                self._changed.wait(quiet - idle)
            return list(self._calls)

    # -- answers ------------------------------------------------------------------
    def record(self, call: Call) -> None:
        for watcher in self._watchers:
            watcher(call)
        super().record(call)

    def answer(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if method in self._canned:
            return self._canned[method](args)
        if method == "apps.connections.open":
            if not (token or "").startswith("xapp-") or not self._socket_server:
                return {"ok": False, "error": "invalid_auth"}
            port = self._socket_server.socket.getsockname()[1]
            return {"ok": True, "url": f"ws://{HOST}:{port}/socket-mode?ticket={next(self._ids)}"}
        if method == "oauth.v2.access":  # authenticated by client id and secret, not a token
            if not (token or "").startswith("Basic ") and not args.get("client_secret"):
                return {"ok": False, "error": "invalid_client_id"}
            return self._installation()
        answer = super().answer(method, args, token)
        if method == "auth.test" and answer["ok"]:
            answer["team_id"] = self.token_teams.get(token or "", self.team_id)
        if method in ("conversations.join", "conversations.info"):
            channel = answer["channel"]
            channel["is_member"] = (
                method == "conversations.join" or channel["id"] not in self.outside
            )
            channel["is_private"] = channel["id"] in self.private
        return answer

    def _installation(self) -> dict[str, Any]:
        return {
            "ok": True,
            "access_token": "xoxb-installed",
            "token_type": "bot",
            "scope": "commands,chat:write",
            "bot_user_id": self.bot_user_id,
            "app_id": "APRECIS",
            "team": {"id": self.team_id, "name": "Précis test"},
            "enterprise": None,
            "is_enterprise_install": False,
            "authed_user": {"id": "U0INSTALLER"},
        }

    # -- Socket Mode --------------------------------------------------------------
    def socket_send(
        self, kind: str, payload: dict[str, Any], *, retry_attempt: int = 0, timeout: float = 10.0
    ) -> str:
        """Send an envelope (``slash_commands``, ``events_api``, ``interactive``) to the app
        connected over Socket Mode; returns its ``envelope_id`` (acks are ``socket_mode.ack``
        calls carrying it)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not self._sockets:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("no app connected over Socket Mode")
                self._changed.wait(remaining)
            connection = self._sockets[-1]
        envelope_id = f"env-{next(self._ids)}"
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        connection.send(json.dumps(envelope))
        return envelope_id

    def _socket_mode(self, connection: ServerConnection) -> None:
        """One app's Socket Mode connection: hello, then its acks recorded until it closes."""
        with self._changed:
            self._sockets.append(connection)
            self._changed.notify_all()
        hello = {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0PRECIS"}}
        try:
            connection.send(json.dumps(hello))
            for message in connection:
                self.record(Call("socket_mode.ack", json.loads(message), None, "/socket-mode"))
        except ConnectionClosed:
            pass
        finally:
            with self._changed:
                if connection in self._sockets:
                    self._sockets.remove(connection)
