"""A local stand-in for Slack's Web API, for ``precis shell``: the app runs as in Slack,
and what it sends is recorded to be shown.

It is a real HTTP server on 127.0.0.1 (a free port), so the bot's ``WebClient`` and Bolt's
``respond()`` go through their real code paths; only the base URL changes. Every request is
recorded (:meth:`SlackStub.calls`); answers look like Slack's (``ok``, ``ts``, ``channel``);
response URLs, users, files shared (``files.info``, private downloads) and uploaded
(``files_upload_v2``) are served. The tests' stand-in (``tests/fake_slack.py``) builds on it
with faults, canned answers, OAuth and Socket Mode.

    with SlackStub() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        url = slack.response_url()          # give it to a slash command payload
        ...
        posts = slack.calls("chat.postMessage")
"""

from __future__ import annotations

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
class StubFile:
    id: str
    name: str
    content: bytes
    mimetype: str
    filetype: str
    channel_id: str | None
    user_id: str
    share_ts: str | None = None


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


class StubHandler(BaseHTTPRequestHandler):
    """One request to the stand-in: recorded, then answered (:meth:`reply`)."""

    stub: SlackStub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet: calls are read instead
        return

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if url.path.startswith("/upload/"):  # files_upload_v2's second step: the bytes
            self.stub.uploaded[url.path.split("/")[2]] = raw
            self.stub.record(Call("files.upload", {"size": len(raw)}, None, url.path))
            self.send(200, f"OK - {len(raw)}".encode(), content_type="text/plain")
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
            call = Call(RESPONSE_URL, args, None, url.path)
            self.stub.record(call)
            self.reply(call, lambda: (200, b"ok", "text/plain"))
            return
        method = url.path.removeprefix("/api/").strip("/")
        call = Call(method, args, token, url.path)
        self.stub.record(call)
        # Slack lists a token's scopes in a header of every answer; auth.test is where it is read.
        scopes = {"X-OAuth-Scopes": ",".join(self.stub.scopes)} if method == "auth.test" else {}
        self.reply(
            call, lambda: (200, _json(self.stub.answer(method, args, token)), "json"), scopes
        )

    def reply(
        self,
        call: Call,
        success: Callable[[], tuple[int, bytes, str]],
        headers: dict[str, str] | None = None,
    ) -> None:
        """Send ``success()``'s (status, body, content type: "json" or a MIME type)."""
        status, body, kind = success()
        content_type = "application/json" if kind == "json" else kind
        self.send(status, body, headers, content_type=content_type)

    def _download(self, path: str, token: str | None) -> None:
        file_id = path.split("/")[2]
        stub_file = self.stub.files.get(file_id)
        self.stub.record(Call("files.download", {"file": file_id}, token, path))
        if not stub_file or not (token or "").startswith("xoxb-"):
            # Slack answers an unauthenticated download with its HTML login page.
            self.send(200, b"<!DOCTYPE html><html>login</html>", content_type="text/html")
            return
        self.send(200, stub_file.content, content_type=stub_file.mimetype)

    def send(
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


class SlackStub:
    """The stand-in server; use as a context manager or call start()/stop()."""

    handler: type[StubHandler] = StubHandler  # how a request is answered

    def __init__(self) -> None:
        self.port = 0  # any free port
        self.team_id = TEAM_ID
        self.bot_user_id = BOT_USER_ID
        self.users: dict[str, dict[str, Any]] = {}
        self.files: dict[str, StubFile] = {}
        self.uploads: dict[str, str] = {}  # file id -> name, asked for by files_upload_v2
        self.uploaded: dict[str, bytes] = {}  # file id -> the bytes it sent
        self.scopes: list[str] = bot_scopes()  # granted to the bot token (auth.test's header)
        self._calls: list[Call] = []
        self._posted: list[dict[str, Any]] = []  # what conversations.history shows
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------------
    def start(self) -> SlackStub:
        handler = type("Handler", (self.handler,), {"stub": self})
        self._server = _Server((HOST, self.port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="slack-stub", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
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

    # -- what the app sent -------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._changed:
            return [c for c in self._calls if method is None or c.method == method]

    # -- serving ------------------------------------------------------------------
    def record(self, call: Call) -> None:
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()

    def answer(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        """Slack's answer to a Web API call, as the app would get it."""
        if method != "api.test" and not (token or "").startswith(("xoxb-", "xoxp-")):
            return {"ok": False, "error": "not_authed" if not token else "invalid_auth"}
        channel = args.get("channel", "C0GENERAL")
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://precis-test.slack.com/",
                "team": "Précis test",
                "user": "precis",
                "team_id": self.team_id,
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
            found = {"id": channel, "is_member": True, "name": "general", "is_private": False}
            return {"ok": True, "channel": found}
        if method in ("reactions.add", "api.test", "chat.delete"):
            return {"ok": True}
        return {"ok": False, "error": "unknown_method"}

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
