"""Rendering: document text can never ping anyone, and no answer breaks Block Kit's limits."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from slack_sdk.models.blocks import Block, BlockElement

from bot import render
from bot.render import (
    BUTTON_VALUE_LIMIT,
    HEADER_TEXT_LIMIT,
    MESSAGE_BLOCK_LIMIT,
    SECTION_TEXT_LIMIT,
    ScheduleLine,
)
from storage import ArticleRow, QuoteHit, SentenceHit, Stats, StoredArticle

CONTROL = re.compile(r"<[!@#]")  # a mention or a broadcast Slack would act on


def hit(text: str, **changes) -> QuoteHit:
    fields = {
        "quote_id": 1,
        "text": text,
        "speaker": "Paul Durand",
        "speaker_mention": "Durand",
        "kind": "direct",
        "article_id": 7,
        "article_title": "Courrier <!here>",
        "article_headline": "Courrier <!here>",
        "article_date": "2023-02-14",
        "article_source": "https://example.org/a?x=1&y=<2>",
        "article_language": "fr",
        "score": 90.0,
    }
    return QuoteHit(**{**fields, **changes})


def texts(payload) -> list[str]:
    """Every string Slack would parse as mrkdwn in a payload (the fallback text included)."""
    found = [payload["text"]] if "text" in payload else []

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload.get("blocks", []))
    return found


def assert_within_limits(payload) -> None:
    """Our limits, then slack_sdk's own Block Kit validation of every block and element."""
    blocks = payload["blocks"]
    for block in blocks:
        Block.parse(block).validate_json()
        for element in block.get("elements", []):
            if element.get("type") == "button":
                BlockElement.parse(element).validate_json()
    assert payload["text"].strip()
    assert len(blocks) <= MESSAGE_BLOCK_LIMIT
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= SECTION_TEXT_LIMIT
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= HEADER_TEXT_LIMIT
        if block["type"] == "context":
            assert 1 <= len(block["elements"]) <= 10
        for element in block.get("elements", []):
            assert len(element.get("value", "")) <= BUTTON_VALUE_LIMIT


def test_document_text_never_carries_a_mention():
    hostile = "Tell <!channel> and <@U123> & <#C1|general> <!subteam^S1> now"
    payload = render.quotes_message(
        [hit(hostile, speaker="<@U9> Eve")], "Who said <!everyone>", "en"
    )
    for text in texts(payload):
        assert not CONTROL.search(text), text
    assert "&lt;!channel&gt;" in payload["blocks"][1]["text"]["text"]
    assert "&amp;" in payload["blocks"][1]["text"]["text"]


def test_source_links_cannot_break_out_of_the_link():
    reference = render.source_reference("https://example.org/a?x=1&y=<!channel>|evil", "en")
    assert reference.startswith("<https://example.org/a?x=1&amp;y=&lt;!channel&gt;%7Cevil|")
    assert render.source_reference("/data/news/<@U1>.txt", "en") == "&lt;@U1&gt;.txt"
    assert render.source_reference(None, "en") == ""


def test_huge_quotes_stay_within_block_kit_limits():
    hits = [hit("mot " * 3000, speaker="S" * 500, article_title="T" * 5000)] * 60
    shown = render.quotes_message(hits, "H" * 400, "fr", notes=["n"])
    payload = render.with_buttons(shown, "fr", more="m" * 5000, share="s")
    assert_within_limits(payload)
    assert payload["blocks"][-1]["type"] == "actions"  # buttons survive the block cut


def test_huge_topic_summary_splits_into_sections():
    sentences = [
        SentenceHit(
            i % 7,
            f"Titre {i % 7}",
            f"Titre {i % 7}",
            "2024",
            None,
            "phrase " * 400 + "<!here>",
            0,
            0,
        )
        for i in range(40)
    ]
    payload = render.topic_summary_message("x" * 1000, sentences, "fr")
    assert_within_limits(payload)
    assert all(not CONTROL.search(text) for text in texts(payload))


def test_article_summary_shows_date_source_and_number():
    article = StoredArticle(
        id=12,
        title="Budget <!channel>",
        headline="Budget <!channel>",
        language="fr",
        date="2023-02",
        source="https://example.org/budget",
        ingested_at=datetime.now(UTC),
        text="",
        paragraphs=(),
        quote_count=0,
    )
    payload = render.article_summary_message(article, ["Une phrase & une autre."], "fr")
    shown = render.to_text(payload)
    assert "Budget <!channel>" in shown  # the reader sees the words, Slack is never told to ping
    assert "février 2023" in shown and "article n° 12" in shown
    assert "source (https://example.org/budget)" in shown
    assert_within_limits(payload)


def test_home_view_lists_counts_schedules_and_latest_articles():
    latest = [
        ArticleRow(
            i, f"Titre {i} <@U1>", f"Titre {i} <@U1>", "2024-01-0{i}", None, datetime.now(UTC), "fr"
        )
        for i in range(1, 4)
    ]
    view = render.home_view(
        "en", Stats(3, 10, 4), latest, [ScheduleLine("C0NEWS", "08:00", "Europe/Paris", "12345")]
    )
    assert view["type"] == "home"
    shown = render.to_text(view)
    assert "*3* articles · *10* quotes · *4* people" in shown
    assert "#C0NEWS 08:00 Europe/Paris" in shown
    assert "Titre 3 <@U1>" in shown
    assert all(not CONTROL.search(t) for t in texts(view) if "#C0NEWS" not in t)


def test_to_text_reads_like_slack():
    payload = render.message(
        [
            render.header("Title"),
            *render.section("*bold* &lt;tag&gt; <https://a.b/c|link> <@U1> <!here>"),
            render.context(["small"]),
            render.divider(),
            render.actions([render.button("More", "more", "1")]),
        ],
        "fallback",
    )
    assert render.to_text(payload, width=5).splitlines() == [
        "Title",
        "═════",
        "*bold* <tag> link (https://a.b/c) @U1 @here",
        "  small",
        "─────",
        "[ More ]",
    ]


def test_button_values_survive_json_round_trip_at_the_limit():
    value = json.dumps({"q": "é" * 3000}, ensure_ascii=False)
    assert len(render.button("b", "a", value)["value"]) == BUTTON_VALUE_LIMIT


def test_quote_marks_follow_the_answer_language_and_drop_the_clause_comma():
    said = hit("Everybody got water,", article_source=None)
    assert render.quote_text(said, "en").startswith("> “Everybody got water”\n")
    assert render.quote_text(said, "fr").startswith("> « Everybody got water »\n")
    paraphrase = render.quote_text(hit("cameras would move", kind="indirect"), "en")
    assert paraphrase.startswith("> cameras would move _(paraphrase)_")


def test_a_quote_over_several_paragraphs_is_one_blockquote():
    quote = hit("First part <!here>.\n\nSecond part & more,\n\n\nThird part")
    lines = render.quote_text(quote, "en").splitlines()
    assert lines == [
        "> “First part &lt;!here&gt;.",
        "> Second part &amp; more,",
        "> Third part”",
        "— *Paul Durand* · _Courrier &lt;!here&gt;_ · 14 February 2023 · "
        + render.source_reference(quote.article_source, "en"),
    ]
    paraphrase = render.blockquote("one\ntwo", "fr", direct=False, limit=50, lead="*X* : ")
    assert paraphrase == "> *X* : one\n> two"
    long = render.blockquote("mot " * 500 + "\n\nfin", "fr", direct=True, limit=100)
    assert len(long) < 110 and long.startswith("> « mot") and long.endswith("… »")


def test_a_short_quote_names_its_speaker_once_in_the_articles_typography():
    own = render.short_quote_text(hit("Nous avons tenu,", speaker="A <b> & C"), "fr", limit=100)
    assert own == "> « Nous avons tenu » — *A &lt;b&gt; &amp; C*"
    reported = render.short_quote_text(hit("the dues would rise", kind="indirect"), "en", limit=9)
    assert reported.startswith("> *Paul Durand*: the dues") and reported.endswith("…")
    assert render.short_quote_text(hit("x", kind="indirect"), "fr", limit=9).startswith(
        "> *Paul Durand* : x"
    )
