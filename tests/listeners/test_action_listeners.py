"""Button listeners called directly: "More" pages (in place when private, in the thread when
public), "Share in channel" posts for everyone exactly the answer that was shown."""

from __future__ import annotations

import logging

import pytest
from slack_bolt import BoltContext, Respond

from bot import render
from bot.conversations import Conversations
from bot.listeners import actions
from bot.listeners.answers import Ask, ShareRef, quote_answer
from bot.profiles import Profiles
from bot.slack_stub import RESPONSE_URL
from tests.builders import WORKSPACE, authorised

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


def press(value: str, user: str = "U0SHARER", **where: object) -> dict:
    return {
        "type": "block_actions",
        "user": {"id": user},
        "actions": [{"value": value}],
        **where,
    }


def share_value(payload: dict) -> str:
    [value] = [
        element["value"]
        for block in payload["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == render.SHARE_ACTION
    ]
    return value


def test_share_posts_what_was_shown_then_removes_the_private_answer(
    slack_api, news_store, context, store_articles, build_article
):
    shown = quote_answer(news_store, "Okafor", "en", user_id="U0SHARER", viewer=WORKSPACE)
    # The store changes between the answer and the press: the shared answer does not.
    store_articles(
        news_store,
        [
            (
                "examples/later.txt",
                build_article(
                    ["“Later words,” said Jane Okafor."],
                    language="en",
                    quotes=[("Later words", "Jane Okafor")],
                ),
            )
        ],
    )
    respond = Respond(response_url=slack_api.response_url())
    actions.share_answer(press(share_value(shown)), respond, context, log)
    shared, removed = slack_api.calls(RESPONSE_URL)
    assert shared.get("response_type") == "in_channel"
    assert shared.get("replace_original") is False
    text = render.to_text(shared.body)
    assert "Jane Okafor" in text and "Shared by @U0SHARER" in text
    assert "Later words" not in text
    assert [b for b in shown["blocks"] if b["type"] != "actions"] == shared.get("blocks")[:-1]
    assert removed.get("delete_original") is True


def test_share_of_a_forgotten_answer_says_it_expired(slack_api, context):
    respond = Respond(response_url=slack_api.response_url())
    actions.share_answer(press(ShareRef("gone", "fr").encode()), respond, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert answer.get("text") == "Ce bouton a expiré ; reposez la question."


def test_more_replaces_a_private_answer_with_the_next_page(slack_api, slack_client, context):
    respond = Respond(response_url=slack_api.response_url())
    pressed = press(Ask("Okafor", "en", 5).encode(), container={"is_ephemeral": True})
    actions.more_quotes(pressed, respond, slack_client, context, log)
    [page] = slack_api.calls(RESPONSE_URL)
    assert page.get("replace_original") is True
    assert page.get("text") == "No more quotes for “Okafor”."


def test_more_on_a_public_answer_replies_in_its_thread(slack_api, slack_client, context):
    respond = Respond(response_url=slack_api.response_url())
    pressed = press(
        Ask("Okafor", "en", 0).encode(),
        container={"is_ephemeral": False, "channel_id": "C0NEWS", "message_ts": "9.2"},
        message={"ts": "9.2", "thread_ts": "9.1"},
    )
    actions.more_quotes(pressed, respond, slack_client, context, log)
    assert slack_api.calls(RESPONSE_URL) == []  # nobody's view of the first page changes
    [post] = slack_api.calls("chat.postMessage")
    assert (post.get("channel"), post.get("thread_ts")) == ("C0NEWS", "9.1")
    assert "Jane Okafor" in render.to_text(post.body)
    assert render.SHARE_ACTION not in str(post.get("blocks"))


@pytest.mark.parametrize("value", ["", "garbage", '{"k": "quote"}'])
def test_unknown_button_values_get_a_polite_answer(slack_api, context, value):
    respond = Respond(response_url=slack_api.response_url())
    actions.share_answer(press(value), respond, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert answer.get("text") == "This button has expired; ask again."
