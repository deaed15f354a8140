"""``precis shell``: try Précis with no workspace and no tokens.

Each line you type becomes the request Slack would send — a signed slash command, a
mention, a direct message, a button press, an App Home visit — dispatched through the same
Bolt app ``precis serve`` runs. What the bot sends back to Slack (Web API calls, response URL
posts) lands in the local stand-in (bot/slack_stub.py) and is printed as readable text.
Works on a pipe too: ``echo '/quote Okafor' | precis shell``.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlencode

from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot import render
from bot.config import Settings
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL, TEAM_ID, Call, SlackStub
from storage import Store

SIGNING_SECRET = "precis-shell-signing-secret"  # local only: the shell signs its own requests
SHELL_TOKEN = "xoxb-precis-shell"
USER_ID = "U0SHELLUSER"
CHANNEL_ID = "C0SHELL"
DM_CHANNEL_ID = "D0SHELL"
APP_ID = "A0PRECIS"
ANSWER_TIMEOUT = 60.0  # the first topic summary may load the language model
_ids = itertools.count(1)

INTRO = """Précis shell — talk to the bot as Slack would. Examples:
  /quote Okafor                     /summary latest            /precis help
  @precis who said "patience works"?
  qui a dit « ouverts au dialogue » ?           (a direct message)
  :more  :share  (press the buttons of the last answer)   :home   :quit
  :file PATH  (share a file in the channel: Précis reads it and answers in its thread)"""


def signed_headers(
    body: str, timestamp: int | None = None, secret: str = SIGNING_SECRET
) -> dict[str, str]:
    """The headers Slack signs a request with (``v0`` HMAC-SHA256 of ``v0:ts:body``)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    assert signature is not None  # None only without a timestamp or a body
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}


def command_body(
    command: str,
    text: str,
    *,
    response_url: str,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
) -> str:
    """A slash command request body, form-encoded as Slack posts it."""
    return urlencode(
        {
            "token": "legacy-unused",
            "team_id": team_id,
            "team_domain": "precis-test",
            "channel_id": channel_id,
            "channel_name": "general",
            "user_id": user_id,
            "user_name": "shell",
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "response_url": response_url,
            "trigger_id": f"{next(_ids)}.shell",
        }
    )


def event_body(
    event: dict[str, Any], *, event_id: str | None = None, team_id: str = TEAM_ID
) -> str:
    """An Events API ``event_callback`` envelope around ``event``, as JSON."""
    return json.dumps(
        {
            "token": "legacy-unused",
            "team_id": team_id,
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):010d}",
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": team_id, "user_id": BOT_USER_ID, "is_bot": True, "enterprise_id": None}
            ],
        }
    )


def message_event(
    text: str,
    *,
    kind: str = "app_mention",
    channel_id: str = CHANNEL_ID,
    user_id: str = USER_ID,
    ts: str | None = None,
    channel_type: str = "channel",
) -> dict[str, Any]:
    """An ``app_mention`` or ``message`` event for a user's message."""
    event = {
        "type": kind,
        "user": user_id,
        "text": text,
        "ts": ts or f"{time.time():.6f}",
        "channel": channel_id,
        "event_ts": ts or f"{time.time():.6f}",
    }
    if kind == "message":
        event["channel_type"] = channel_type
    return event


def action_body(
    action_id: str,
    value: str,
    *,
    response_url: str,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    ephemeral: bool = True,
    thread_ts: str | None = None,
) -> str:
    """A ``block_actions`` request body (a button press), form-encoded as Slack posts it;
    a public message's press carries the message (and its thread, ``thread_ts``)."""
    container: dict[str, Any] = {
        "type": "message",
        "channel_id": channel_id,
        "is_ephemeral": ephemeral,
    }
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": team_id, "domain": "precis-test"},
        "user": {"id": user_id, "username": "shell", "team_id": team_id},
        "api_app_id": APP_ID,
        "container": container,
        "channel": {"id": channel_id, "name": "general"},
        "trigger_id": f"{next(_ids)}.shell",
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "answer",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    if not ephemeral:
        ts = f"{time.time():.6f}"
        container["message_ts"] = ts
        payload["message"] = {"type": "message", "ts": ts, "thread_ts": thread_ts or ts}
    return urlencode({"payload": json.dumps(payload)})


def home_event(user_id: str = USER_ID) -> dict[str, Any]:
    return {"type": "app_home_opened", "user": user_id, "channel": DM_CHANNEL_ID, "tab": "home"}


class TrackingExecutor(ThreadPoolExecutor):
    """A listener executor that can wait until every listener it started has finished."""

    def __init__(self, max_workers: int = 4) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="precis-shell")
        self._pending: set[Future] = set()
        self._idle = threading.Condition()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        with self._idle:
            future = super().submit(fn, *args, **kwargs)
            self._pending.add(future)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, future: Future) -> None:
        with self._idle:
            self._pending.discard(future)
            self._idle.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: not self._pending, timeout)


@dataclass
class Buttons:
    """The buttons of the last answer, so ``:more`` and ``:share`` can press them; a public
    answer's (a mention's, in a thread) carry where it was posted."""

    values: dict[str, str]
    channel_id: str = CHANNEL_ID
    thread_ts: str | None = None
    ephemeral: bool = True


class Shell:
    """The Bolt app wired to the stand-in; :meth:`handle` turns one typed line into output."""

    def __init__(self, settings: Settings, store: Store) -> None:
        from bot.app import build_app

        self.slack = SlackStub().start()
        # The person at the keyboard speaks the workspace's default language.
        locale = "fr-FR" if settings.default_language == "fr" else "en-US"
        self.slack.add_user(USER_ID, locale=locale)
        self.executor = TrackingExecutor()
        local = replace(
            settings,
            slack_bot_token=SHELL_TOKEN,
            slack_signing_secret=SIGNING_SECRET,
            slack_app_token=None,
            slack_client_id=None,
            slack_client_secret=None,
            slack_api_url=self.slack.api_url,
        )
        self.app = build_app(local, store, listener_executor=self.executor)
        self.buttons = Buttons({})

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        self.slack.stop()

    def handle(self, line: str) -> str:
        """What the bot shows in Slack after ``line``, as text ('' when nothing)."""
        line = line.strip()
        if not line:
            return ""
        if line.startswith(":"):
            name, _, argument = line[1:].strip().partition(" ")
            return self._shell_command(name.lower(), argument.strip())
        if line.startswith("/"):
            command, _, text = line.partition(" ")
            return self._send(
                command_body(command, text.strip(), response_url=self.slack.response_url()),
                "application/x-www-form-urlencoded",
            )
        if line.lower().startswith(("@precis", "@précis")):
            text = f"<@{BOT_USER_ID}> {line.split(None, 1)[1] if ' ' in line else ''}"
            return self._send(event_body(message_event(text)), "application/json")
        event = message_event(line, kind="message", channel_id=DM_CHANNEL_ID, channel_type="im")
        return self._send(event_body(event), "application/json")

    def _shell_command(self, name: str, argument: str = "") -> str:
        if name in ("help", "h", "?"):
            return INTRO
        if name == "home":
            return self._send(event_body(home_event()), "application/json")
        if name == "file":
            return self._share_file(Path(argument).expanduser())
        action = {"more": render.MORE_ACTION, "share": render.SHARE_ACTION}.get(name)
        if action is None:
            return f"unknown shell command :{name} (try :help)"
        value = self.buttons.values.get(action)
        if value is None:
            return f"the last answer has no {name!r} button"
        body = action_body(
            action,
            value,
            response_url=self.slack.response_url(),
            channel_id=self.buttons.channel_id,
            ephemeral=self.buttons.ephemeral,
            thread_ts=self.buttons.thread_ts,
        )
        return self._send(body, "application/x-www-form-urlencoded")

    def _share_file(self, path: Path) -> str:
        """Drop a local file in the channel, as a user would in Slack."""
        try:
            content = path.read_bytes()
        except OSError as error:
            return f"cannot read {path}: {error.strerror or error}"
        ts = f"{time.time():.6f}"
        file_id = self.slack.add_file(path.name, content, channel_id=CHANNEL_ID, share_ts=ts)
        event = {
            "type": "file_shared",
            "file_id": file_id,
            "user_id": USER_ID,
            "channel_id": CHANNEL_ID,
            "file": {"id": file_id},
            "event_ts": ts,
        }
        return self._send(event_body(event), "application/json")

    def _send(self, body: str, content_type: str) -> str:
        seen = len(self.slack.calls())
        headers: dict[str, str | Sequence[str]] = {
            "Content-Type": content_type,
            **signed_headers(body),
        }
        response = self.app.dispatch(BoltRequest(body=body, headers=headers))
        if response.status != 200:
            return f"(Slack would show an error: HTTP {response.status} {response.body})"
        if not self.executor.wait_idle(ANSWER_TIMEOUT):
            return "(no answer yet: the bot is still working)"
        shown = [self._show(call) for call in self.slack.calls()[seen:]]
        if response.body:  # an answer given in the acknowledgement itself
            shown.insert(0, self._show(Call(RESPONSE_URL, json.loads(response.body), None, "")))
        return "\n\n".join(text for text in shown if text)

    def _show(self, call: Call) -> str:
        if call.method == RESPONSE_URL:
            if call.get("delete_original"):
                return ""
            public = call.get("response_type") == "in_channel"
            if not public:
                self.buttons = Buttons(button_values(call.body))
            label = "in the channel" if public else "only visible to you"
            return f"Précis ({label}):\n{render.to_text(call.body)}"
        if call.method in ("chat.postMessage", "chat.postEphemeral"):
            values = button_values(call.body)
            if values and call.method == "chat.postMessage":
                channel = str(call.get("channel") or CHANNEL_ID)
                self.buttons = Buttons(values, channel, call.get("thread_ts"), ephemeral=False)
            if call.method == "chat.postEphemeral":
                where = "only visible to you"
            elif call.get("thread_ts"):
                where = "in thread"
            else:
                direct = str(call.get("channel", "")).startswith("D")
                where = "direct message" if direct else "in the channel"
            return f"Précis ({where}):\n{render.to_text(call.body)}"
        if call.method == "views.publish":
            return f"Précis (Home tab):\n{render.to_text(call.get('view') or {})}"
        return ""


def button_values(payload: dict[str, Any]) -> dict[str, str]:
    """The value each button of an answer sends when pressed, by action id."""
    return {
        element["action_id"]: element.get("value", "")
        for block in payload.get("blocks") or []
        if block.get("type") == "actions"
        for element in block.get("elements", [])
    }


def run_shell(
    settings: Settings, store: Store, lines: Iterable[str], out: TextIO, interactive: bool
) -> None:
    """Read lines until ``:quit`` or the end of input, printing each answer."""
    shell = Shell(settings, store)
    try:
        if interactive:
            print(INTRO, file=out)
        for line in lines:
            if line.strip() in (":quit", ":q", ":exit"):
                break
            answer = shell.handle(line)
            if answer:
                print(answer, file=out, end="\n\n")
                out.flush()
    finally:
        shell.close()


def prompt_lines(prompt: str = "you> ") -> Iterable[str]:
    """Typed lines with line editing where the platform has it; stops at end of input."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401 - enables history and editing for input()
    while True:
        try:
            yield input(prompt)
        except EOFError:
            print(file=sys.stdout)
            return
