"""Slash command listeners called directly, with Bolt's own Ack/Respond and the stand-in."""

from __future__ import annotations

import logging

import pytest
from slack_bolt import Ack, BoltContext, Respond

from bot import render
from bot.conversations import Conversations
from bot.listeners import acknowledge, commands
from bot.profiles import Profiles
from bot.slack_stub import RESPONSE_URL
from tests.builders import authorised

log = logging.getLogger("test")


@pytest.fixture
def context(news_store, settings) -> BoltContext:
    return BoltContext(
        {
            "store": news_store,
            "settings": settings,
            "profiles": Profiles(),
            "conversations": Conversations(),
            "authorize_result": authorised(),
        }
    )


def command(text: str, name: str = "/quote") -> dict:
    return {
        "command": name,
        "text": text,
        "channel_id": "C0NEWS",
        "user_id": "U0ASKER",
        "team_id": "T0",
    }


def test_acknowledge_answers_slack_before_any_work():
    ack = Ack()
    acknowledge(ack)
    assert ack.response is not None and ack.response.status == 200


def test_quote_command_answers_privately(slack_api, slack_client, context):
    respond = Respond(response_url=slack_api.response_url())
    commands.quote_command(command("Okafor"), respond, slack_client, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert answer.get("response_type") is None  # ephemeral: Slack's default for response URLs
    assert "Jane Okafor" in render.to_text(answer.body)
    assert render.SHARE_ACTION in str(answer.get("blocks"))


def test_summary_command_in_french(slack_api, slack_client, context):
    respond = Respond(response_url=slack_api.response_url())
    commands.summary_command(command("dernier", "/summary"), respond, slack_client, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert "Courrier des lecteurs" in render.to_text(answer.body)
    assert "article n° 3" in render.to_text(answer.body)


def test_a_failing_answer_is_logged_and_explained(
    slack_api, slack_client, news_store, context, caplog
):
    with news_store.write() as connection:  # a database in a bad state: every look-up fails
        connection.exec_driver_sql("ALTER TABLE person RENAME TO person_gone")
    slack_api.add_user("U0ASKER", locale="en-US")  # "Okafor" does not tell: their locale does
    respond = Respond(response_url=slack_api.response_url())
    with caplog.at_level(logging.ERROR):
        commands.quote_command(command("Okafor"), respond, slack_client, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert answer.get("text").startswith("Sorry, something went wrong")
    assert "could not answer" in caplog.text


def test_digest_command_delegates_to_digests(slack_api, context, slack_client):
    respond = Respond(response_url=slack_api.response_url())
    commands.digest_command(command("help", "/digest"), respond, slack_client, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert "/digest" in answer.get("text")


def test_feed_and_ingest_commands_delegate_to_sources(slack_api, slack_client, context):
    for name, listener in (("/feed", commands.feed_command), ("/ingest", commands.ingest_command)):
        respond = Respond(response_url=slack_api.response_url())
        listener(command("help", name), respond, slack_client, context, log)
    feed, ingest = slack_api.calls(RESPONSE_URL)
    assert "/feed" in feed.get("text") and "/ingest" in ingest.get("text")


def test_answer_survives_a_rate_limited_or_failing_response_url(slack_api, slack_client, context):
    slack_api.fail(RESPONSE_URL, status=429, retry_after=0)
    slack_api.fail(RESPONSE_URL, status=500)
    respond = Respond(response_url=slack_api.response_url())
    commands.quote_command(command("Okafor"), respond, slack_client, context, log)
    attempts = slack_api.calls(RESPONSE_URL)
    assert len(attempts) == 3
    assert "Jane Okafor" in render.to_text(attempts[-1].body)
