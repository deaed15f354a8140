"""What a Slack user meets first, through signed requests into the served app: the language
answers are written in, quotes as blockquotes, direct quotes first, people named but never
quoted, words asked in the other language, buttons, and help for any command."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot import render
from bot.shell import action_body, command_body, event_body, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
from bot.text.model import Person
from storage import Store

JSON = "application/json"


def ask(served, slack_api, command: str, text: str, user: str = "U0ASKER") -> dict:
    """A signed slash command; the private answer Slack receives."""
    seen = len(slack_api.calls(RESPONSE_URL))
    body = command_body(command, text, response_url=slack_api.response_url(), user_id=user)
    assert served.post(body).status == 200
    return slack_api.wait_for(RESPONSE_URL, seen + 1)[-1].body


def mention(served, slack_api, text: str) -> dict:
    seen = len(slack_api.calls("chat.postMessage"))
    served.post(event_body(message_event(f"<@{BOT_USER_ID}> {text}")), JSON)
    return slack_api.wait_for("chat.postMessage", seen + 1)[-1].body


def press(served, slack_api, payload: dict, action: str, **where) -> None:
    [value] = [
        element["value"]
        for block in payload["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == action
    ]
    body = action_body(action, value, response_url=slack_api.response_url(), **where)
    assert served.post(body).status == 200


# -- 6. reply language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("fr-CA", "Revue quotidienne programmée"), ("en-GB", "Daily digest set")],
)
def test_words_without_a_language_are_answered_in_the_slack_locale(
    served, slack_api, locale, expected
):
    slack_api.add_user("U0ASKER", tz="America/New_York", locale=locale)
    answer = ask(served, slack_api, "/digest", "09:30 America/New_York")
    assert render.to_text(answer).startswith(expected)


def test_the_locale_is_asked_once_per_person(served, slack_api):
    slack_api.add_user("U0ASKER", locale="fr-FR")
    assert render.to_text(ask(served, slack_api, "/quote", "Okafor")).startswith("Citations de")
    assert render.to_text(ask(served, slack_api, "/summary", "1")).startswith("Road deaths")
    asked = [c for c in slack_api.calls("users.info") if c.get("user") == "U0ASKER"]
    assert len(asked) == 1 and asked[0].get("include_locale") in ("1", "true", True)


def test_the_default_language_is_english_not_french(slack_api, served):
    slack_api.reply("users.info", lambda args: {"ok": False, "error": "user_not_found"})
    answer = ask(served, slack_api, "/digest", "tomorrow")
    assert render.to_text(answer).startswith("I didn't understand")


def test_the_workspace_default_language_is_a_setting(serve, settings, news_store, slack_api):
    slack_api.reply("users.info", lambda args: {"ok": False, "error": "user_not_found"})
    served, server = serve(replace(settings, default_language="fr"), news_store)
    try:
        answer = ask(served, slack_api, "/digest", "tomorrow")
        assert render.to_text(answer).startswith("Je n’ai pas compris")
    finally:
        server.stop()


# -- 7, 8: quotes as blockquotes, direct quotes first ------------------------------------------


@pytest.fixture
def long_quote_store(news_store: Store, build_article, store_articles) -> Store:
    """A speaker with a paraphrase first in the article, then a two-paragraph quote."""
    said = "We will reopen the line in May.\n\nEvery station will have a lift"
    store_articles(
        news_store,
        [
            (
                "examples/tramway.txt",
                build_article(
                    [
                        "Mayor Ana Reyes said the works would end in spring.",
                        "“We will reopen the line in May.",
                        "Every station will have a lift,” Reyes added.",
                    ],
                    title="Tram line to reopen",
                    language="en",
                    date="2024-03-12",
                    quotes=[(said, "Ana Reyes")],
                    indirect=[("the works would end in spring", "Ana Reyes")],
                    people=[Person("Ana Reyes", ("Reyes",), "f")],
                ),
            )
        ],
    )
    return news_store


def test_a_quote_over_two_paragraphs_stays_in_one_blockquote_direct_first(
    long_quote_store, serve, settings, slack_api
):
    served, server = serve(settings, long_quote_store)
    try:
        answer = ask(served, slack_api, "/quote", "Reyes")
    finally:
        server.stop()
    blocks = answer["blocks"]
    after_card = blocks[next(i for i, b in enumerate(blocks) if b["type"] == "divider") :]
    first, second = [b["text"]["text"] for b in after_card if b["type"] == "section"][:2]
    assert first.splitlines() == [
        "> “We will reopen the line in May.",
        "> Every station will have a lift”",
        "— *Ana Reyes* · _Tram line to reopen_ · 12 March 2024 · tramway.txt",
    ]
    assert "paraphrase" in second


# -- 9. named but never quoted; words asked in the other language ------------------------------


def test_a_person_named_but_never_quoted_is_said_to_be_so(
    news_store, build_article, store_articles, serve, settings, slack_api
):
    store_articles(
        news_store,
        [
            (
                "examples/ministers.txt",
                build_article(
                    ["Foreign minister Hana Novak met her counterparts in Brussels on Tuesday."],
                    title="Ministers meet in Brussels",
                    language="en",
                    people=[Person("Hana Novak", ("Novak",), "f")],
                ),
            )
        ],
    )
    served, server = serve(settings, news_store)
    try:
        answer = render.to_text(ask(served, slack_api, "/quote", "Novak"))
    finally:
        server.stop()
    assert "Hana Novak appears in 1 article but is not quoted." in answer
    assert "Ministers meet in Brussels" in answer
    assert "try a surname alone" not in answer


def test_words_asked_in_english_find_the_closest_french_quotes(
    sqlite_store, store_articles, serve, settings, slack_api
):
    from tests.conftest import NEWS

    store_articles(sqlite_store, NEWS[1:2])  # a French-only store
    served, server = serve(settings, sqlite_store)
    try:
        answer = render.to_text(mention(served, slack_api, 'who said "speed is essential"?'))
    finally:
        server.stop()
    assert "No English quote matches “speed is essential”. The closest French quotes:" in answer
    assert "La vitesse est essentielle pour nos secours" in answer
    assert "Élodie Marchand" in answer


# -- 10. buttons ------------------------------------------------------------------------------


def test_share_posts_exactly_the_answer_that_was_shown(
    served, slack_api, news_store, build_article, store_articles
):
    shown = ask(served, slack_api, "/quote", "Okafor")
    store_articles(  # the store changes before the button is pressed
        news_store,
        [
            (
                "examples/later.txt",
                build_article(
                    ["“Newer words,” said Jane Okafor."],
                    language="en",
                    quotes=[("Newer words", "Jane Okafor")],
                ),
            )
        ],
    )
    press(served, slack_api, shown, render.SHARE_ACTION)
    shared, removed = slack_api.wait_for(RESPONSE_URL, 3)[1:]
    assert shared.get("response_type") == "in_channel"
    assert shared.get("blocks")[:-1] == [b for b in shown["blocks"] if b["type"] != "actions"]
    assert "Shared by <@U0SHELLUSER>" in json.dumps(shared.get("blocks")[-1])
    assert removed.get("delete_original") is True


def test_a_mention_answer_has_more_and_pages_in_its_thread(
    served, slack_api, news_store, build_article, store_articles
):
    said = [f"Line {i} of the harbour plan is ready" for i in range(7)]
    store_articles(
        news_store,
        [
            (
                "examples/plan.txt",
                build_article(
                    [f"“{words},” said Omar Haddad." for words in said],
                    language="en",
                    quotes=[(words, "Omar Haddad") for words in said],
                ),
            )
        ],
    )
    first = mention(served, slack_api, "quotes by Haddad")
    actions = [
        e["action_id"] for b in first["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert actions == [render.MORE_ACTION]
    [answer] = slack_api.calls("chat.postMessage")
    thread = answer.get("thread_ts")  # the question's
    press(served, slack_api, first, render.MORE_ACTION, ephemeral=False, thread_ts=thread)
    page = slack_api.wait_for("chat.postMessage", 2)[-1]
    assert page.get("thread_ts") == thread
    assert "Line 5 of the harbour plan" in render.to_text(page.body)


# -- 11. help ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "text"), [("/precis", "help"), ("/precis", "")])
def test_precis_help(served, slack_api, command, text):
    answer = render.to_text(ask(served, slack_api, command, text))
    for listed in ("/quote", "/summary", "/digest", "/feed", "/ingest", "@Précis"):
        assert listed in answer


def test_a_command_the_app_does_not_know_gets_the_help(served, slack_api, caplog):
    answer = render.to_text(ask(served, slack_api, "/foo", "bar"))
    assert answer.startswith("I do not know the command `/foo`")
    assert "Unhandled request" not in caplog.text
