"""Button listeners called directly: "More" pages in place, "Share in channel" posts publicly."""

from __future__ import annotations

import logging

import pytest
from slack_bolt import BoltContext, Respond

from bot import render
from bot.listeners import actions
from bot.listeners.answers import Ask
from bot.slack_stub import RESPONSE_URL

log = logging.getLogger("test")


@pytest.fixture
def context(news_store, settings) -> BoltContext:
    return BoltContext({"store": news_store, "settings": settings})


def press(value: str, user: str = "U0SHARER") -> dict:
    return {"type": "block_actions", "user": {"id": user}, "actions": [{"value": value}]}


def test_share_posts_for_everyone_then_removes_the_private_answer(slack_api, context):
    value = Ask("quote", "Okafor", "en").encode()
    respond = Respond(response_url=slack_api.response_url())
    actions.share_answer(press(value), respond, context, log)
    shared, removed = slack_api.calls(RESPONSE_URL)
    assert shared.get("response_type") == "in_channel"
    assert shared.get("replace_original") is False
    text = render.to_text(shared.body)
    assert "Jane Okafor" in text and "Shared by @U0SHARER" in text
    assert "actions" not in [block["type"] for block in shared.get("blocks")]
    assert removed.get("delete_original") is True


def test_more_replaces_the_answer_with_the_next_page(slack_api, context):
    respond = Respond(response_url=slack_api.response_url())
    actions.more_quotes(press(Ask("quote", "Okafor", "en", 5).encode()), respond, context, log)
    [page] = slack_api.calls(RESPONSE_URL)
    assert page.get("replace_original") is True
    assert page.get("text") == "No more quotes for “Okafor”."


@pytest.mark.parametrize("value", ["", "garbage", '{"k": "quote"}'])
def test_unknown_button_values_get_a_polite_answer(slack_api, context, value):
    respond = Respond(response_url=slack_api.response_url())
    actions.share_answer(press(value), respond, context, log)
    [answer] = slack_api.calls(RESPONSE_URL)
    assert answer.get("text") == "This button has expired; ask again."
