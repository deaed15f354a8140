"""A local stand-in for Slack's Web API, for ``precis shell`` and for tests.

It is a real HTTP server on 127.0.0.1 (a free port), so the bot's ``WebClient`` and Bolt's
``respond()`` go through their real code paths (retry handlers included); only the base URL
changes. Every request is recorded for assertions; answers look like Slack's (``ok``, ``ts``,
``channel``); response URLs, private file downloads and faults (HTTP 429 with ``Retry-After``,
HTTP 500, a Slack error such as ``not_in_channel``, a delay) are served on request. Socket
Mode works too: ``apps.connections.open`` hands out a WebSocket on the same server, and
``socket_send()`` delivers envelopes to the connected app (its acks are recorded).

    with SlackStub() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        url = slack.response_url()          # give it to a slash command payload
        slack.fail("chat.postMessage", status=429, retry_after=1)
        ...
        [post] = slack.wait_for("chat.postMessage")
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bot.manifest import bot_scopes
from bot.slack_stub_socket import WS_GUID, WebSocket

RESPONSE_URL = "response_url"  # Call.method of a post to a response URL
HOST = "127.0.0.1"
TEAM_ID = "T0PRECIS"
BOT_USER_ID = "UPRECISBOT"
BOT_ID = "BPRECIS"


@dataclass(frozen=True)
class Call:
    """One request the bot made: Web API method (or ``response_url``), its arguments."""

    method: str
    body: dict[str, Any]
    token: str | None
    path: str
    at: float = field(default_factory=time.monotonic)

    def get(self, key: str, default: Any = None) -> Any:
        return self.body.get(key, default)


@dataclass
class Fault:
    status: int = 200
    error: str | None = None
    retry_after: int | None = None
    delay: float = 0.0


@dataclass
class StubFile:
    id: str
    name: str
    content: bytes
    mimetype: str
    filetype: str
    channel_id: str | None
    user_id: str
    share_ts: str | None = None


class SlackStub:
    """The stand-in server; use as a context manager or call start()/stop()."""

    def __init__(
        self, *, team_id: str = TEAM_ID, bot_user_id: str = BOT_USER_ID, port: int = 0
    ) -> None:
        self.port = port  # 0: any free port; a given one lets a test bring "Slack" back
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.users: dict[str, dict[str, Any]] = {}
        self.files: dict[str, StubFile] = {}
        self.uploads: dict[str, str] = {}  # file id -> name, asked for by files_upload_v2
        self.uploaded: dict[str, bytes] = {}  # file id -> the bytes it sent
        self.scopes: list[str] = bot_scopes()  # granted to the bot token (auth.test's header)
        self.outside: set[str] = set()  # channels the bot is not a member of
        self.private: set[str] = set()  # private channels (conversations.info's is_private)
        self.token_teams: dict[str, str] = {}  # bot token -> its workspace, if not team_id
        self._calls: list[Call] = []
        self._posted: list[dict[str, Any]] = []  # what conversations.history shows
        self._faults: dict[str, list[Fault]] = {}
        self._canned: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {}
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._sockets: list[WebSocket] = []
        self._watchers: list[Callable[[Call], None]] = []

    # -- life cycle ---------------------------------------------------------------
    def start(self) -> SlackStub:
        handler = type("Handler", (_Handler,), {"stub": self})
        self._server = _Server((HOST, self.port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="slack-stub", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        for connection in list(self._sockets):
            connection.close()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> SlackStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if not self._server:
            raise RuntimeError("SlackStub is not started")
        return f"http://{HOST}:{self._server.server_port}"

    @property
    def api_url(self) -> str:
        """The ``base_url`` to give a ``WebClient`` (or ``SLACK_API_URL``)."""
        return f"{self.base_url}/api/"

    # -- set-up -------------------------------------------------------------------
    def response_url(self) -> str:
        """A fresh response URL, as Slack puts in slash command and action payloads."""
        return f"{self.base_url}/respond/{next(self._ids)}"

    def add_user(self, user_id: str, *, tz: str = "Europe/Paris", locale: str = "en-US") -> None:
        """A person's Slack time zone and locale (users.info); others get these defaults."""
        self.users[user_id] = {"tz": tz, "locale": locale}

    def add_file(
        self,
        name: str,
        content: bytes,
        *,
        mimetype: str = "text/plain",
        filetype: str = "text",
        channel_id: str | None = None,
        user_id: str = "U0USER",
        share_ts: str | None = None,
    ) -> str:
        """Register a file (files.info + a url_private download); returns its id.

        ``share_ts``: the ts of the message that shared it in ``channel_id`` (its thread)."""
        file_id = f"F{next(self._ids):08d}"
        self.files[file_id] = StubFile(
            file_id, name, content, mimetype, filetype, channel_id, user_id, share_ts
        )
        return file_id

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

    def reply(self, method: str, answer: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Answer ``method`` with ``answer(arguments)`` instead of the built-in payload."""
        self._canned[method] = answer

    def watch(self, watcher: Callable[[Call], None]) -> None:
        """Call ``watcher(call)`` for every request, as it arrives (in the request's thread):
        for a benchmark that follows thousands of answers without polling :meth:`calls`."""
        self._watchers.append(watcher)

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
        connection.send_text(json.dumps(envelope))
        return envelope_id

    def _connected(self, connection: WebSocket) -> None:
        with self._changed:
            self._sockets.append(connection)
            self._changed.notify_all()

    def _disconnected(self, connection: WebSocket) -> None:
        with self._changed:
            if connection in self._sockets:
                self._sockets.remove(connection)

    # -- assertions ---------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._changed:
            return [c for c in self._calls if method is None or c.method == method]

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

    # -- serving ------------------------------------------------------------------
    def _record(self, call: Call) -> Fault | None:
        for watcher in self._watchers:
            watcher(call)
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()
            queue = self._faults.get(call.method)
            return queue.pop(0) if queue else None

    def _answer(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if method in self._canned:
            return self._canned[method](args)
        if method == "apps.connections.open":
            if not (token or "").startswith("xapp-"):
                return {"ok": False, "error": "invalid_auth"}
            port = self._server.server_port if self._server else 0
            return {"ok": True, "url": f"ws://{HOST}:{port}/socket-mode?ticket={next(self._ids)}"}
        if method == "oauth.v2.access":  # authenticated by client id and secret, not a token
            if not (token or "").startswith("Basic ") and not args.get("client_secret"):
                return {"ok": False, "error": "invalid_client_id"}
            return self._installation()
        if method != "api.test" and not (token or "").startswith(("xoxb-", "xoxp-")):
            return {"ok": False, "error": "not_authed" if not token else "invalid_auth"}
        channel = args.get("channel", "C0GENERAL")
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://precis-test.slack.com/",
                "team": "Précis test",
                "user": "precis",
                "team_id": self.token_teams.get(token or "", self.team_id),
                "user_id": self.bot_user_id,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method in ("chat.postMessage", "chat.update"):
            ts = args.get("ts") or self._next_ts()
            message = {"type": "message", "user": self.bot_user_id, "bot_id": BOT_ID, "ts": ts}
            message.update({k: args[k] for k in ("text", "blocks", "thread_ts") if k in args})
            if method == "chat.postMessage":
                metadata = decoded(args.get("metadata")) or None
                with self._changed:
                    self._posted.append({**message, "channel": channel, "metadata": metadata})
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.getPermalink":
            ts = str(args.get("message_ts", "")).replace(".", "")
            return {"ok": True, "channel": channel, "permalink": f"{self.base_url}/p{ts}"}
        if method == "users.info":
            return self._user(str(args.get("user", "")))
        if method == "views.publish":
            view = decoded(args.get("view"))
            return {"ok": True, "view": {"id": f"V{next(self._ids)}", **view}}
        if method == "files.info":
            return self._file(str(args.get("file", "")))
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ids):08d}"
            self.uploads[file_id] = str(args.get("filename", ""))
            return {
                "ok": True,
                "upload_url": f"{self.base_url}/upload/{file_id}",
                "file_id": file_id,
            }
        if method == "files.completeUploadExternal":
            done = decoded(args.get("files")) or []
            for item in done:
                name, content = self.uploads.get(item["id"], ""), self.uploaded.get(item["id"], b"")
                self.files[item["id"]] = StubFile(
                    item["id"], name, content, "image/png", "png", args.get("channel_id"),
                    self.bot_user_id, None,
                )  # fmt: skip
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in done]}
        if method == "conversations.history":
            messages = self._channel_messages(channel, args)
            return {"ok": True, "messages": messages, "has_more": False}
        if method in ("conversations.join", "conversations.info"):
            member = method == "conversations.join" or channel not in self.outside
            private = channel in self.private
            found = {"id": channel, "is_member": member, "name": "general", "is_private": private}
            return {"ok": True, "channel": found}
        if method in ("reactions.add", "api.test", "chat.delete"):
            return {"ok": True}
        return {"ok": False, "error": "unknown_method"}

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

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def _user(self, user_id: str) -> dict[str, Any]:
        if not user_id.startswith(("U", "W")):
            return {"ok": False, "error": "user_not_found"}
        known = self.users.get(user_id, {"tz": "Europe/Paris", "locale": "en-US"})
        offset = {"Europe/Paris": 3600, "UTC": 0, "America/New_York": -18000}.get(known["tz"], 0)
        return {
            "ok": True,
            "user": {
                "id": user_id,
                "team_id": self.team_id,
                "name": user_id.lower(),
                "real_name": f"User {user_id}",
                "tz": known["tz"],
                "tz_offset": offset,
                "locale": known["locale"],
                "is_bot": False,
            },
        }

    def _file(self, file_id: str) -> dict[str, Any]:
        stub_file = self.files.get(file_id)
        if not stub_file:
            return {"ok": False, "error": "file_not_found"}
        url = f"{self.base_url}/files/{stub_file.id}/{stub_file.name}"
        return {
            "ok": True,
            "file": {
                "id": stub_file.id,
                "name": stub_file.name,
                "title": stub_file.name,
                "mimetype": stub_file.mimetype,
                "filetype": stub_file.filetype,
                "size": len(stub_file.content),
                "user": stub_file.user_id,
                "channels": [stub_file.channel_id] if stub_file.channel_id else [],
                "url_private": url,
                "url_private_download": url,
                "permalink": f"{self.base_url}/files/{stub_file.id}/permalink",
                "shares": {"public": {stub_file.channel_id: [{"ts": stub_file.share_ts}]}}
                if stub_file.channel_id and stub_file.share_ts
                else {},
            },
        }

    def _channel_messages(self, channel: str, args: dict[str, Any]) -> list[dict[str, Any]]:
        """The channel's top-level messages posted successfully since ``oldest``, newest
        first, with their metadata when ``include_all_metadata`` asks for it (as Slack does)."""
        oldest = float(args.get("oldest") or 0)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        with self._changed:
            posted = list(self._posted)
        messages = []
        for post in reversed(posted):
            reply = post.get("thread_ts") not in (None, post["ts"])
            if post["channel"] != channel or reply or float(post["ts"]) <= oldest:
                continue
            message = {k: v for k, v in post.items() if k not in ("channel", "metadata")}
            if with_metadata and post["metadata"]:
                message["metadata"] = post["metadata"]
            messages.append(message)
        return messages


def decoded(value: Any) -> Any:
    """Form-encoded Web API arguments carry JSON (blocks, view) as strings."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value if value is not None else {}


class _Server(ThreadingHTTPServer):
    # The socketserver default (5) drops connections under a burst of parallel posts, and
    # clients then wait a second to retry: a delay Slack itself would not add.
    request_queue_size = 128


def _json(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    stub: SlackStub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests read calls instead
        return

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/socket-mode" and self.headers.get("Upgrade", "").lower() == "websocket":
            self._socket_mode()
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if url.path.startswith("/upload/"):  # files_upload_v2's second step: the bytes
            self.stub.uploaded[url.path.split("/")[2]] = raw
            self.stub._record(Call("files.upload", {"size": len(raw)}, None, url.path))
            self._send(200, f"OK - {len(raw)}".encode(), content_type="text/plain")
            return
        args: dict[str, Any] = dict(parse_qsl(url.query))
        content_type = self.headers.get("Content-Type", "")
        if raw and "json" in content_type:
            args.update(json.loads(raw.decode("utf-8")))
        elif raw:
            args.update(parse_qsl(raw.decode("utf-8")))
        for key in ("blocks", "view"):
            if key in args:
                args[key] = decoded(args[key])
        auth = self.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ").strip() or args.pop("token", None)
        if url.path.startswith("/files/"):
            self._download(url.path, token)
            return
        if url.path.startswith("/respond/"):
            fault = self.stub._record(Call(RESPONSE_URL, args, None, url.path))
            self._fault_or(fault, lambda: (200, b"ok", "text/plain"))
            return
        method = url.path.removeprefix("/api/").strip("/")
        fault = self.stub._record(Call(method, args, token, url.path))
        # Slack lists a token's scopes in a header of every answer; auth.test is where it is read.
        scopes = {"X-OAuth-Scopes": ",".join(self.stub.scopes)} if method == "auth.test" else {}
        self._fault_or(
            fault, lambda: (200, _json(self.stub._answer(method, args, token)), "json"), scopes
        )

    def _socket_mode(self) -> None:
        """Accept the WebSocket handshake, say hello, then read frames until closed."""
        key = self.headers.get("Sec-WebSocket-Key", "")
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        self.end_headers()
        self.wfile.flush()
        connection = WebSocket(self.connection)
        self.stub._connected(connection)
        hello = {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0PRECIS"}}
        connection.send_text(json.dumps(hello))
        try:
            for text in connection.messages():
                ack = json.loads(text)
                self.stub._record(Call("socket_mode.ack", ack, None, "/socket-mode"))
        finally:
            self.stub._disconnected(connection)
            self.close_connection = True

    def _fault_or(
        self,
        fault: Fault | None,
        success: Callable[[], tuple[int, bytes, str]],
        headers: dict[str, str] | None = None,
    ) -> None:
        failing = fault is not None and (fault.status == 429 or fault.status >= 500 or fault.error)
        # Slack acts on a request when it arrives; a delay only holds the answer back, so a
        # client that gives up (or dies) while waiting has still posted its message.
        answer = None if failing else success()
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.status == 429:
            wait = fault.retry_after if fault.retry_after is not None else 1
            limited = _json({"ok": False, "error": "ratelimited"})
            self._send(429, limited, {"Retry-After": str(wait)})
        elif fault and fault.status >= 500:
            self._send(fault.status, b"upstream error", content_type="text/plain")
        elif fault and fault.error:
            self._send(200, _json({"ok": False, "error": fault.error}))
        elif answer:
            status, body, kind = answer
            content_type = "application/json" if kind == "json" else kind
            self._send(status, body, headers, content_type=content_type)

    def _download(self, path: str, token: str | None) -> None:
        file_id = path.split("/")[2]
        stub_file = self.stub.files.get(file_id)
        self.stub._record(Call("files.download", {"file": file_id}, token, path))
        if not stub_file or not (token or "").startswith("xoxb-"):
            # Slack answers an unauthenticated download with its HTML login page.
            self._send(200, b"<!DOCTYPE html><html>login</html>", content_type="text/html")
            return
        self._send(200, stub_file.content, content_type=stub_file.mimetype)

    def _send(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        *,
        content_type: str = "application/json",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
