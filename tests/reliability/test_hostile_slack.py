"""Hostile words through the real signed HTTP path, and articles full of Slack control
sequences: every question gets a helpful answer (never a stack trace), and nothing the bot
sends to Slack — response URLs, posts, the App Home, digests — can ping anyone.

The checker walks every text field of every request the Web API stand-in recorded: a
``<!…>``, ``<@…>`` or ``<#…>`` there must be one the bot itself wrote (the asker's id in
"shared by", a channel's id, a ``<!date^…>``), never one coming from a document or a query.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from slack_sdk import WebClient

from bot import render
from bot.config import Settings
from bot.digests.runner import DigestRunner
from bot.shell import CHANNEL_ID, USER_ID, action_body, command_body, event_body, home_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL, Call, decoded
from bot.text.model import Person
from storage import Store
from storage.models import Channel, table_of
from tests.builders import TEAM_ID, WORKSPACE, build_article
from tests.e2e.conftest import Served, serve_in_thread
from tests.fake_slack import FakeSlack
from tests.reliability.reliability_helpers import MENTIONS, QUERIES, noon_zone

pytestmark = pytest.mark.slow  # a topic summary loads the language model

JSON = "application/json"
DIGEST_CHANNEL = "C0DIGEST"
TRAP = (
    "Un lecteur cite <!channel>, <!here|here>, <!everyone>, <@U0ATTACK>, <#C1>, "
    "<!subteam^S1> & <https://evil.example|cliquez ici> dans sa lettre sur la route."
)
HOSTILE_ARTICLE = (
    "https://evil.example/a?x=1&y=<!channel>|b>",
    build_article(
        [
            TRAP,
            f"« {TRAP} », écrit Zoé Martin, lectrice.",
            "La route tue & blesse : <!here> <@U0ATTACK> <#C1> <!subteam^S1>.",
        ],
        title="Lettre <!everyone> <#C1> & <!subteam^S1>",
        date="2024-05-02",
        quotes=[(TRAP, "Zoé Martin")],
        people=[Person("Zoé Martin", ("Martin",), "f")],
    ),
)
OTHER_COMMANDS = [
    ("/digest", "<!channel>"),
    ("/digest", "08:00 <!here> Europe/<#C1>"),
    ("/digest", "preview"),
    ("/digest", "x" * 4000),
    ("/feed", "add <!channel>"),
    ("/feed", "add http://127.0.0.1:9/feed.xml"),
    ("/feed", "list"),
    ("/ingest", "<!channel>"),
    ("/ingest", "http://127.0.0.1:9/private"),
    ("/ingest", "<http://169.254.169.254/latest/meta-data|metadata>"),
    ("/ingest", "http://[::1]:9/"),
    ("/ingest", "file:///etc/passwd"),
]
ERROR_WORDS = ("something went wrong", "une erreur est survenue", "Traceback", 'File "')
_CONTROL = re.compile(r"<([!@#][^<>]*)>")


def bot_written(sequence: str) -> bool:
    """Control sequences the bot writes itself, never from document or query text."""
    return sequence.startswith("!date^") or sequence in (
        f"@{USER_ID}",
        f"#{CHANNEL_ID}",
        f"#{DIGEST_CHANNEL}",
    )


def text_fields(value: Any, key: str = "") -> Iterator[str]:
    """Every string Slack shows: ``text`` fields anywhere, plain_text objects included
    (headers and buttons carry document text too, escaped like the rest)."""
    if isinstance(value, dict):
        for child_key, child in value.items():
            yield from text_fields(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from text_fields(child, key)
    elif isinstance(value, str) and key in ("text", "fallback", "pretext", "alt_text"):
        yield value


def unescaped_controls(calls: list[Call]) -> list[tuple[str, str]]:
    """(method, sequence) for every control sequence the bot did not write itself."""
    found = []
    for call in calls:
        body = {k: decoded(v) for k, v in call.body.items()}
        for text in text_fields(body):
            found += [(call.method, m) for m in _CONTROL.findall(text) if not bot_written(m)]
    return found


def test_the_checker_catches_an_unescaped_mention() -> None:
    leaked = Call("chat.postMessage", {"text": "hi <!channel>", "blocks": []}, None, "/")
    nested = Call(
        RESPONSE_URL,
        {"blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "<@U0ATTACK>"}}]},
        None,
        "/",
    )
    safe = Call("views.publish", {"view": {"blocks": [{"text": "&lt;!here&gt;"}]}}, None, "/")
    assert unescaped_controls([leaked, nested, safe]) == [
        ("chat.postMessage", "!channel"),
        (RESPONSE_URL, "@U0ATTACK"),
    ]


@pytest.fixture
def hostile_store(news_store: Store) -> Store:
    source, hostile = HOSTILE_ARTICLE
    news_store.add_article(
        hostile, source=source, content_hash="hostile-article", shared_in=WORKSPACE
    )
    return news_store


@pytest.fixture
def served(settings: Settings, hostile_store: Store) -> Iterator[Served]:
    client, server = serve_in_thread(settings, hostile_store)
    yield client
    server.stop()


def buttons(call: Call) -> dict[str, str]:
    return {
        element["action_id"]: element.get("value", "")
        for block in call.get("blocks") or []
        if block.get("type") == "actions"
        for element in block["elements"]
    }


def test_hostile_questions_get_answers_and_nothing_pings(
    served: Served,
    slack_api: FakeSlack,
    hostile_store: Store,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR)
    asked = 0
    for query in QUERIES:
        for command in ("/quote", "/summary"):
            reply = served.post(command_body(command, query, response_url=slack_api.response_url()))
            assert reply.status == 200, (command, query, reply.body)
            assert reply.body.strip() == "", (command, query, reply.body)  # an empty ack
            asked += 1
    for command, text in OTHER_COMMANDS:
        served.post(command_body(command, text, response_url=slack_api.response_url()))
        asked += 1
    answers = slack_api.wait_for(RESPONSE_URL, asked, timeout=120)

    # Buttons of the answers: "More" pages and "Share in channel", plus forged values.
    pressed = 0
    for answer in answers[: 2 * len(QUERIES)]:
        for action_id, value in buttons(answer).items():
            served.post(action_body(action_id, value, response_url=slack_api.response_url()))
            pressed += 2 if action_id == render.SHARE_ACTION else 1
    # A share button carries only the id of an answer saved when it was shown: a forged one
    # (an unknown id, a question, junk) shares nothing and says the button expired.
    for value in (
        json.dumps({"a": "forged-id", "l": "en"}),
        json.dumps({"q": "<!channel> route", "l": "en", "o": 0}),
        "not json",
        '{"a": "<!here>", "l": "fr"}',
    ):
        served.post(action_body(render.SHARE_ACTION, value, response_url=slack_api.response_url()))
        pressed += 1

    for number, text in enumerate(MENTIONS):
        event = {
            "type": "app_mention",
            "user": USER_ID,
            "text": f"<@{BOT_USER_ID}> {text}",
            "ts": f"1700000100.{number:06d}",
            "channel": CHANNEL_ID,
            "event_ts": f"1700000100.{number:06d}",
        }
        assert served.post(event_body(event), JSON).status == 200
    served.post(event_body(home_event()), JSON)

    slack_api.wait_for(RESPONSE_URL, asked + pressed, timeout=120)
    slack_api.wait_for("chat.postMessage", len(MENTIONS), timeout=120)
    slack_api.wait_for("views.publish", timeout=30)

    # A digest to a channel, with the hostile article in it.
    post_digest(hostile_store, slack_api, settings)
    calls = slack_api.wait_quiet(1.0)

    leaks = unescaped_controls(calls)
    assert leaks == [], leaks[:10]
    rendered = "".join(text for call in calls for text in text_fields(call.body))
    assert "&lt;!channel&gt;" in rendered and "&lt;#C1&gt;" in rendered  # shown, escaped
    responses = [c for c in calls if c.method in (RESPONSE_URL, "chat.postMessage")]
    for call in responses:
        text = json.dumps(call.body, ensure_ascii=False)
        assert not any(word in text for word in ERROR_WORDS), text[:500]
        if call.get("delete_original") is not True:
            assert (call.get("text") or "").strip(), call.body
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    print(
        f"{len(calls)} requests checked: {asked} commands, {pressed} button answers, "
        f"{len(MENTIONS)} mentions, App Home, digest; 0 unescaped"
    )


def post_digest(store: Store, slack: FakeSlack, settings: Settings) -> None:
    now = datetime.now(UTC)
    zone = noon_zone(now)
    send = (now.astimezone(ZoneInfo(zone)) - timedelta(minutes=2)).strftime("%H:%M")
    store.set_digest_schedule(
        DIGEST_CHANNEL, digest_time=send, timezone=zone, set_by=USER_ID, team_id=TEAM_ID
    )
    with store.write() as connection:
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    client = WebClient(token=settings.slack_bot_token, base_url=slack.api_url)
    report = DigestRunner(store, client, settings).tick()
    assert report.posted == 1, report
    deadline = time.monotonic() + 10
    while not [c for c in slack.calls("chat.postMessage") if c.get("channel") == DIGEST_CHANNEL]:
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:9/private", "loopback"),
        ("http://localhost/", "loopback"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one number
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("<http://169.254.169.254/latest/meta-data|metadata>", "link-local"),
        ("http://10.0.0.1/", "private"),
        ("http://0.0.0.0/", "unspecified"),
    ],
)
def test_ingest_in_slack_refuses_private_addresses_with_the_reason(
    served: Served, slack_api: FakeSlack, hostile_store: Store, url: str, reason: str
) -> None:
    articles = hostile_store.stats().articles
    served.post(command_body("/ingest", url, response_url=slack_api.response_url()))
    [answer] = slack_api.wait_for(RESPONSE_URL, timeout=30)
    text = render.to_text(answer.body)
    assert text.startswith("Could not read") and reason in text, text
    assert hostile_store.stats().articles == articles
    assert unescaped_controls([answer]) == []
