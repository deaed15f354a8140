"""Signed HTTP requests into the running app; assertions on what reaches Slack."""

from __future__ import annotations

import json
import logging
import re
import time
import urllib.request
from dataclasses import replace
from importlib import resources
from urllib.parse import urlencode

import pytest
from slack_sdk.models.blocks import Block

from bot import render
from bot.shell import action_body, command_body, event_body, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL

JSON = "application/json"
ACK_BUDGET = 1.0  # seconds; Slack allows 3


def test_healthz(served):
    reply = served.get("/healthz")
    assert reply.status == 200
    assert reply.json()["database"] == "ok"
    assert served.get("/nothing-here").status == 404


def test_quote_is_acked_at_once_then_answered_through_the_response_url(served, slack_api):
    reply = served.post(command_body("/quote", "Okafor", response_url=slack_api.response_url()))
    assert reply.status == 200 and reply.seconds < ACK_BUDGET
    [answer] = slack_api.wait_for(RESPONSE_URL)
    text = render.to_text(answer.body)
    assert text.startswith("Quotes by Jane Okafor")
    assert "Speed saves lives only on the racetrack" in text


def test_document_text_reaches_slack_escaped(served, slack_api):
    served.post(command_body("/quote", "Durand", response_url=slack_api.response_url()))
    [answer] = slack_api.wait_for(RESPONSE_URL)
    raw = json.dumps(answer.body)
    for ping in ("<!channel>", "<@U0ATTACK>", "<!here>", "<@U0TITLE>"):
        assert ping not in raw
    assert "&lt;!channel&gt;" in raw


def test_bad_signature_is_refused_and_logged_in_one_line_without_the_body(
    served, slack_api, caplog
):
    body = command_body("/quote", "Okafor secret words", response_url=slack_api.response_url())
    with caplog.at_level(logging.DEBUG):
        reply = served.post(body, secret="not-the-signing-secret")
        stale = served.post(body, timestamp=int(time.time()) - 6 * 60)
    assert reply.status == 401 and stale.status == 401
    time.sleep(0.3)
    assert slack_api.calls(RESPONSE_URL) == []
    refusals = [r.getMessage() for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refusals) == 2
    assert refusals[0] == (
        "refused a request to /slack/events: the signature does not match "
        "(is SLACK_SIGNING_SECRET this app's?)"
    )
    assert re.fullmatch(
        r"refused a request to /slack/events: the timestamp is 36\d s off "
        r"\(a replay, or this machine's clock is wrong\)",
        refusals[1],
    )
    assert "secret+words" not in caplog.text and "secret words" not in caplog.text
    assert "response_url" not in caplog.text


def test_request_older_than_five_minutes_is_refused(served, slack_api):
    body = command_body("/quote", "Okafor", response_url=slack_api.response_url())
    assert served.post(body, timestamp=int(time.time()) - 6 * 60).status == 401
    assert served.post(body, timestamp=int(time.time()) - 60).status == 200


def test_url_verification(served):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
    reply = served.post(body, JSON)
    assert reply.status == 200 and "abc123" in reply.body


def test_retried_event_is_answered_once(served, slack_api):
    body = event_body(message_event(f"<@{BOT_USER_ID}> quotes by Okafor"), event_id="Ev0RETRY")
    assert served.post(body, JSON).status == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert served.post(body, JSON, extra=retry).status == 200
    slack_api.wait_for("chat.postMessage")
    slack_api.wait_quiet(0.5)
    assert len(slack_api.calls("chat.postMessage")) == 1


def test_message_and_app_mention_for_one_message_answered_once(served, slack_api):
    text = f"<@{BOT_USER_ID}> who said speed saves lives"
    mention = message_event(text, ts="1700000000.000100")
    message = message_event(text, kind="message", ts="1700000000.000100")
    served.post(event_body(message), JSON)
    served.post(event_body(mention), JSON)
    [post] = slack_api.wait_for("chat.postMessage")
    slack_api.wait_quiet(0.5)
    assert len(slack_api.calls("chat.postMessage")) == 1
    assert post.get("thread_ts") == "1700000000.000100"


def test_answers_in_french_when_asked_in_french(served, slack_api):
    served.post(event_body(message_event(f"<@{BOT_USER_ID}> citations de Okafor")), JSON)
    served.post(event_body(message_event(f"<@{BOT_USER_ID}> quotes by Marchand")), JSON)
    posts = slack_api.wait_for("chat.postMessage", 2)
    headings = sorted(render.to_text(p.body).splitlines()[0] for p in posts)
    assert headings == ["Citations de Jane Okafor", "Quotes by Élodie Marchand"]


def test_rate_limited_and_failing_slack_is_retried(served, slack_api):
    slack_api.fail("chat.postMessage", status=429, retry_after=0)
    slack_api.fail("chat.postMessage", status=503)
    served.post(event_body(message_event(f"<@{BOT_USER_ID}> Okafor")), JSON)
    posts = slack_api.wait_for("chat.postMessage", 3, timeout=15)
    assert len(posts) == 3


def test_share_button_posts_the_answer_in_channel(served, slack_api):
    served.post(command_body("/summary", "road deaths", response_url=slack_api.response_url()))
    [private] = slack_api.wait_for(RESPONSE_URL)
    [share] = [
        element
        for block in private.get("blocks")
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == render.SHARE_ACTION
    ]
    reply = served.post(
        action_body(render.SHARE_ACTION, share["value"], response_url=slack_api.response_url())
    )
    assert reply.status == 200
    _, shared, removed = slack_api.wait_for(RESPONSE_URL, 3)
    assert shared.get("response_type") == "in_channel"
    assert render.to_text(shared.body).startswith("About “road deaths”")
    assert removed.get("delete_original") is True


def test_hostile_commands_all_get_an_answer(served, slack_api):
    texts = ["", "help", "x" * 4000, "🚗 « » \" ' NEAR( OR", "<!channel>", "#12", "0"]
    for text in texts:
        served.post(command_body("/quote", text, response_url=slack_api.response_url()))
        served.post(command_body("/summary", text, response_url=slack_api.response_url()))
    answers = slack_api.wait_for(RESPONSE_URL, 2 * len(texts))
    assert all(a.get("text", "").strip() for a in answers)
    for answer in answers:  # valid Block Kit by slack_sdk's own checks
        for block in answer.get("blocks") or []:
            Block.parse(block).validate_json()
    assert not any("something went wrong" in a.get("text", "") for a in answers)


def test_oauth_install_page_uses_the_database(settings, news_store, serve):
    oauth = replace(
        settings, slack_bot_token=None, slack_client_id="111.222", slack_client_secret="shh"
    )
    client, server = serve(oauth, news_store)
    try:
        reply = client.get("/slack/install")
        assert reply.status == 200
        assert "https://slack.com/oauth/v2/authorize?state=" in reply.body
        assert "client_id=111.222" in reply.body
        callback = client.get("/slack/oauth_redirect?" + urlencode({"code": "c", "state": "bad"}))
        assert callback.status == 400  # unknown state: refused
    finally:
        server.stop()
    with news_store.read() as connection:
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
    assert {"slack_installations", "slack_bots", "slack_oauth_states"} <= tables


def test_every_subscribed_event_is_acknowledged(served, slack_api):
    """A 404 for a subscribed event would make Slack retry it, then disable the app's events."""
    manifest = json.loads(resources.files("bot").joinpath("manifest.json").read_text("utf-8"))
    for subscribed in manifest["settings"]["event_subscriptions"]["bot_events"]:
        kind = subscribed.split(".")[0]
        event = {"type": kind, "user": "U0X", "channel": "D0X", "ts": "1.1", "event_ts": "1.1"}
        event.update({"tab": "messages", "channel_type": "im", "subtype": "message_deleted"})
        reply = served.post(event_body(event), JSON)
        assert reply.status == 200, subscribed


def test_manifest_commands_all_have_listeners(served, slack_api):
    manifest = json.loads(resources.files("bot").joinpath("manifest.json").read_text("utf-8"))
    commands = [c["command"] for c in manifest["features"]["slash_commands"]]
    assert commands == [
        "/quote",
        "/summary",
        "/digest",
        "/feed",
        "/ingest",
        "/people",
        "/check",
        "/precis",
    ]
    for name in commands:
        assert (
            served.post(command_body(name, "help", response_url=slack_api.response_url())).status
            == 200
        )
    answers = slack_api.wait_for(RESPONSE_URL, len(commands))
    assert all(answer.get("text") for answer in answers)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request):
    """The test articles on SQLite, then on PostgreSQL (skipped without a server)."""
    fixture = "news_store" if request.param == "sqlite" else "postgres_news_store"
    return request.getfixturevalue(fixture)


def test_oauth_install_then_answer_in_the_installed_workspace(
    settings, any_store, serve, slack_api
):
    news_store = any_store
    oauth = replace(
        settings, slack_bot_token=None, slack_client_id="111.222", slack_client_secret="shh"
    )
    client, server = serve(oauth, news_store)
    try:
        install = urllib.request.urlopen(f"{client.url}/slack/install", timeout=5)
        cookie = install.headers["Set-Cookie"].split(";")[0]
        state = re.search(r"state=([^&\"]+)", install.read().decode())[1]
        callback = urllib.request.Request(
            f"{client.url}/slack/oauth_redirect?" + urlencode({"code": "c0de", "state": state}),
            headers={"Cookie": cookie},
        )
        with urllib.request.urlopen(callback, timeout=5) as finished:
            assert finished.status == 200
        [exchange] = slack_api.calls("oauth.v2.access")
        assert exchange.get("code") == "c0de"
        body = command_body("/quote", "Okafor", response_url=slack_api.response_url())
        assert client.post(body).status == 200
        [answer] = slack_api.wait_for(RESPONSE_URL)
        assert render.to_text(answer.body).startswith("Quotes by Jane Okafor")
        client.post(event_body(message_event(f"<@{BOT_USER_ID}> Okafor")), JSON)
        [post] = slack_api.wait_for("chat.postMessage")
        assert post.token == "xoxb-installed"  # the workspace's own token, from the database
    finally:
        server.stop()


def test_two_bot_processes_answer_a_question_once(settings, any_store, serve, slack_api):
    """Two app instances with their own engines on one database, each sent the event."""
    news_store = any_store
    from storage import Store

    second_store = Store(news_store.url)
    first, first_server = serve(settings, news_store)
    second, second_server = serve(settings, second_store)
    try:
        text = f"<@{BOT_USER_ID}> who said speed saves lives"
        mention = event_body(message_event(text, ts="1700000002.000001"), event_id="Ev0TWO")
        message = event_body(
            message_event(text, kind="message", ts="1700000002.000001"), event_id="Ev0TWOMSG"
        )
        for served_app, body in ((first, mention), (second, mention), (second, message)):
            assert served_app.post(body, JSON).status == 200
        slack_api.wait_for("chat.postMessage")
        slack_api.wait_quiet(0.5)
        assert len(slack_api.calls("chat.postMessage")) == 1
    finally:
        first_server.stop()
        second_server.stop()
        second_store.close()


def test_an_answer_slack_cannot_take_is_logged_in_one_line_of_words(served, caplog):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/respond/1"
    with caplog.at_level(logging.INFO):
        assert served.post(command_body("/quote", "Okafor", response_url=closed)).status == 200
        deadline = time.monotonic() + 20
        while "was not delivered" not in caplog.text:
            assert time.monotonic() < deadline, caplog.text
            time.sleep(0.1)
    [line] = [r.getMessage() for r in caplog.records if "not delivered" in r.getMessage()]
    assert line == (
        "quote_command: cannot reach Slack (connection refused); the answer was not delivered"
    )
    assert "Errno" not in caplog.text and "Traceback" not in caplog.text
    assert "Failed to run" not in caplog.text
