"""Event listeners called directly: answers in thread, once; the App Home; shared files."""

from __future__ import annotations

import logging

import pytest
from slack_bolt import BoltContext

from bot import render
from bot.conversations import Conversations
from bot.listeners import events
from bot.profiles import Profiles
from bot.shell import message_event
from bot.slack_stub import BOT_USER_ID
from tests.builders import TEAM_ID, authorised

log = logging.getLogger("test")


@pytest.fixture
def context(news_store, settings) -> BoltContext:
    return BoltContext(
        {
            "store": news_store,
            "settings": settings,
            "profiles": Profiles(),
            "bot_user_id": BOT_USER_ID,
            "conversations": Conversations(),
            "authorize_result": authorised(),
        }
    )


def test_mention_is_answered_in_its_thread(slack_api, slack_client, context):
    event = message_event(f"<@{BOT_USER_ID}> quotes by Okafor", ts="100.000001")
    events.app_mention(event, slack_client, context, log)
    [post] = slack_api.calls("chat.postMessage")
    assert post.get("thread_ts") == "100.000001"
    assert post.get("channel") == event["channel"]
    assert "Quotes by Jane Okafor" in render.to_text(post.body)


def test_mention_inside_a_thread_stays_in_that_thread(slack_api, slack_client, context):
    event = {**message_event(f"<@{BOT_USER_ID}> Okafor", ts="200.2"), "thread_ts": "150.1"}
    events.app_mention(event, slack_client, context, log)
    assert slack_api.calls("chat.postMessage")[0].get("thread_ts") == "150.1"


def test_message_and_mention_of_one_message_get_one_answer(slack_api, slack_client, context):
    text = f"<@{BOT_USER_ID}> who said speed saves lives"
    mention = message_event(text, ts="300.3")
    message = message_event(text, kind="message", ts="300.3")
    events.message(message, slack_client, context, log)
    events.app_mention(mention, slack_client, context, log)
    events.app_mention(mention, slack_client, context, log)  # a retry
    assert len(slack_api.calls("chat.postMessage")) == 1


def test_direct_message_is_a_question_answered_without_thread(slack_api, slack_client, context):
    event = message_event(
        "qui a dit « la vitesse est essentielle » ?",
        kind="message",
        channel_id="D0DM",
        channel_type="im",
        ts="400.4",
    )
    events.message(event, slack_client, context, log)
    [post] = slack_api.calls("chat.postMessage")
    assert post.get("thread_ts") is None and post.get("channel") == "D0DM"
    assert render.to_text(post.body).startswith("Qui a dit « la vitesse est essentielle »")


@pytest.mark.parametrize(
    "changes",
    [
        {"bot_id": "B1"},  # another bot (or this one)
        {"subtype": "message_changed"},
        {"text": "just chatting, no mention", "channel_type": "channel"},
    ],
)
def test_messages_that_are_not_questions_are_ignored(slack_api, slack_client, context, changes):
    event = {**message_event("hello", kind="message", channel_type="im"), **changes}
    events.message(event, slack_client, context, log)
    assert slack_api.calls("chat.postMessage") == []


def test_rate_limited_answer_is_retried(slack_api, slack_client, context):
    slack_api.fail("chat.postMessage", status=429, retry_after=0)
    slack_api.fail("chat.postMessage", status=500)
    events.app_mention(message_event(f"<@{BOT_USER_ID}> Okafor"), slack_client, context, log)
    assert len(slack_api.calls("chat.postMessage")) == 3  # 429, 500, then delivered


def test_home_tab_shows_counts_and_latest_in_the_users_language(slack_api, slack_client, context):
    slack_api.add_user("U0EN", locale="en-GB")
    events.app_home_opened(
        {"type": "app_home_opened", "user": "U0EN", "tab": "home"}, slack_client, context, log
    )
    [publish] = slack_api.calls("views.publish")
    assert publish.get("user_id") == "U0EN"
    home = render.to_text(publish.get("view"))
    assert "*3* articles · *5* quotes" in home
    assert "Road deaths fall by a fifth" in home
    assert "No channel has a digest yet" in home


def test_home_tab_lists_this_workspaces_digest_schedules(slack_api, slack_client, context):
    store = context["store"]
    store.set_digest_schedule(
        "C0DIGEST",
        team_id=TEAM_ID,
        digest_time="07:30",
        timezone="Europe/Paris",
        weekdays="",
        set_by="U1",
    )
    events.app_home_opened({"user": "U0FR", "tab": "home"}, slack_client, context, log)
    home = render.to_text(slack_api.calls("views.publish")[0].get("view"))
    assert "#C0DIGEST 07:30 Europe/Paris" in home


def test_messages_tab_does_not_publish_home(slack_api, slack_client, context):
    events.app_home_opened({"user": "U0FR", "tab": "messages"}, slack_client, context, log)
    assert slack_api.calls("views.publish") == []
