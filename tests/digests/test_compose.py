"""Digest content: order, quote choice, Slack limits and escaping."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import time_machine

from bot.digests.compose import (
    FULL_ARTICLES,
    MORE_TITLES,
    DigestItem,
    build_digest,
    compose_digest,
    gather_items,
    pick_quote,
)
from storage import QuoteHit, Store
from tests.builders import build_article, place, store_article

DAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


def hit(text: str, speaker: str | None, kind: str = "direct") -> QuoteHit:
    return QuoteHit(1, text, speaker, speaker, kind, 1, None, "", None, None, "fr", 0.0)


def digest(store: Store, **options) -> dict | None:
    items = gather_items(store, place("C1"), NOW - timedelta(days=1), NOW)
    return compose_digest(items, day=DAY, language=options.pop("language", "en"), **options)


def all_text(payload: dict) -> str:
    return json.dumps(payload["blocks"], ensure_ascii=False) + payload["text"]


def test_quote_choice_named_direct_readable() -> None:
    unnamed = hit("A long and striking sentence nobody is named for, said in the hall.", None)
    indirect = hit("the bridge would be rebuilt before the winter comes", "Anna Berg", "indirect")
    short = hit("Yes.", "Anna Berg")
    good = hit("We will rebuild the bridge before the first snow falls.", "Anna Berg")
    huge = hit("word " * 200, "Anna Berg")
    assert pick_quote([unnamed, indirect, short, good, huge]) is good
    assert pick_quote([unnamed, indirect]) is indirect
    assert pick_quote([unnamed]) is None


def test_an_article_line_has_title_date_link_summary_and_quote(store: Store) -> None:
    with time_machine.travel(NOW - timedelta(hours=2), tick=False):
        store_article(
            store,
            build_article(
                [
                    "The council voted to rebuild the bridge.",
                    "“It will open in May,” said Anna Berg.",
                ],
                title="Bridge to be rebuilt",
                language="en",
                date="2026-11-24",
                quotes=[("It will open in May", "Anna Berg", "direct")],
            ),
            source="https://news.example.org/bridge?a=1&b=2",
        )
    payload = digest(store)
    assert payload is not None
    header, count, article = payload["blocks"]
    assert header["text"]["text"] == "Digest — Wednesday 25 November 2026"
    assert count["elements"][0]["text"] == "1 new article"
    text = article["text"]["text"]
    assert "*<https://news.example.org/bridge?a=1&amp;b=2|Bridge to be rebuilt>*" in text
    assert "_24 November 2026_" in text
    assert "The council voted to rebuild the bridge." in text
    assert "> “It will open in May” — *Anna Berg*" in text
    assert "said Anna Berg" not in text  # the summary sentence holding the quote is left out


def test_french_digest_and_partial_dates(store: Store) -> None:
    with time_machine.travel(NOW - timedelta(hours=2), tick=False):
        store_article(
            store, build_article(["Le conseil vote."], title="Vote", language="fr", date="2023-02")
        )
    payload = digest(store, language="fr")
    assert payload is not None
    assert payload["blocks"][0]["text"]["text"] == "Revue de presse — mercredi 25 novembre 2026"
    assert "_février 2023_" in payload["blocks"][2]["text"]["text"]


def test_a_quote_over_two_paragraphs_stays_in_one_blockquote(store: Store) -> None:
    said = "Nous restons ouverts au dialogue.\n\nLa sécurité des équipes n'est pas négociable"
    with time_machine.travel(NOW - timedelta(hours=2), tick=False):
        store_article(
            store,
            build_article(
                [
                    "Les dockers bloquent le port depuis mardi.",
                    "« Nous restons ouverts au dialogue.",
                    "La sécurité des équipes n'est pas négociable », a dit Julie Moreau.",
                ],
                title="Grève au port",
                date="2024-03-12",
                quotes=[(said, "Julie Moreau")],
            ),
        )
    lines = digest(store)["blocks"][2]["text"]["text"].splitlines()
    assert lines[1] == "Les dockers bloquent le port depuis mardi."  # no piece of the quote
    assert lines[-2:] == [
        "> « Nous restons ouverts au dialogue.",
        "> La sécurité des équipes n'est pas négociable » — *Julie Moreau*",
    ]
    assert lines[0].endswith("_12 March 2024_")  # an English digest writes dates in English


def test_nothing_new_posts_nothing_unless_a_note_is_wanted(store: Store) -> None:
    assert digest(store) is None
    note = digest(store, empty_note=True)
    assert note is not None
    assert "No new articles today." in all_text(note)


def test_only_articles_since_the_previous_digest_and_of_this_channel(store: Store) -> None:
    with time_machine.travel(NOW - timedelta(hours=30), tick=False):
        store_article(store, build_article(["Old news."], title="Too old"))
    with time_machine.travel(NOW - timedelta(hours=3), tick=False):
        store_article(store, build_article(["Other desk."], title="Other channel"), channel="C2")
        store_article(store, build_article(["Ours."], title="Our feed"), channel="C1")
        store_article(store, build_article(["Everyone's."], title="Shared"))
    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        store_article(store, build_article(["Too late."], title="After the cut"))
    titles = {item.title for item in gather_items(store, place("C1"), NOW - timedelta(days=1), NOW)}
    assert titles == {"Our feed", "Shared"}
    # After a posted digest, the next one starts where it stopped.
    run = store.claim_digest("C1", DAY, now=NOW - timedelta(hours=2))
    assert run is not None
    store.record_digest_post(run, "1.1", article_count=2)
    payload, count = build_digest(
        store, place("C1"), day=DAY, until=NOW, language="en", empty_note=False
    )
    assert count == 0 and payload is None


def test_most_important_first_then_and_n_more(store: Store) -> None:
    with time_machine.travel(NOW - timedelta(hours=5), tick=True):
        for n in range(40):
            store_article(store, build_article([f"Brief number {n}."], title=f"Brief {n}"),
                source=f"https://ex.org/{n}")  # fmt: skip
        store_article(
            store,
            build_article(
                ["“We won,” said Ada Lind.", "“They lost,” said Bo Kim."],
                title="The story of the day",
                quotes=[("We won", "Ada Lind", "direct"), ("They lost", "Bo Kim", "direct")],
            ),
        )
    payload = digest(store)
    assert payload is not None
    assert len(payload["blocks"]) <= 50
    assert "The story of the day" in payload["blocks"][2]["text"]["text"]
    text = all_text(payload)
    assert f"And {41 - FULL_ARTICLES} more:" in text
    for n in range(40):  # every article is reachable: in full or in the list
        assert f"|Brief {n}>" in text
    for block in payload["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000


def test_huge_titles_and_texts_stay_within_limits(store: Store) -> None:
    with time_machine.travel(NOW - timedelta(hours=5), tick=True):
        for n in range(60):
            store_article(
                store,
                build_article(
                    ["Sentence " * 500, "Another " * 400],
                    title=f"{n} " + "Very long title " * 300,
                ),
                source="https://ex.org/" + "x" * 5000,
            )
    payload = digest(store)
    assert payload is not None
    assert len(payload["blocks"]) <= 50
    assert len(payload["blocks"][0]["text"]["text"]) <= 150
    assert len(payload["text"]) <= 3000
    for block in payload["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
    assert "x" * 5000 not in all_text(payload)  # too long to link whole: not linked


def test_mentions_and_markup_in_documents_are_escaped(store: Store) -> None:
    hostile = "Tell <!channel> and <@U0ATTACK> & <https://evil.example|click>"
    with time_machine.travel(NOW - timedelta(hours=5), tick=False):
        store_article(
            store,
            build_article(
                [hostile, f"“{hostile}” said Eve <!here>."],
                title="<!everyone> wins > all",
                quotes=[(hostile, "Eve <!here>", "direct")],
            ),
            source="https://ex.org/a|<!channel>",
        )
    text = all_text(digest(store) or {})
    for control in ("<!channel>", "<!here>", "<!everyone>", "<@U0ATTACK>", "<https://evil"):
        assert control not in text
    assert "&lt;!channel&gt;" in text


def test_untitled_article_uses_its_first_body_sentence_never_a_caption(store: Store) -> None:
    with time_machine.travel(NOW - timedelta(hours=5), tick=False):
        store_article(
            store,
            build_article(
                [
                    "Photo: the old bridge. Credit AFP.",
                    "The bridge reopened today.",
                    "Traffic is back.",
                ],
                kinds=["caption", "body", "body"],
            ),
        )
    payload = digest(store)
    assert payload is not None
    text = all_text(payload)
    assert "*The bridge reopened today.*" in text
    assert "Photo" not in text


def test_after_a_long_pause_a_digest_covers_a_week_at_most(store: Store) -> None:
    run = store.claim_digest("C1", DAY - timedelta(days=10), now=NOW - timedelta(days=10))
    store.record_digest_post(run, "1.1", article_count=1)  # type: ignore[arg-type]
    with time_machine.travel(NOW - timedelta(days=8), tick=False):
        store_article(store, build_article(["Old."], title="Eight days old"))
    with time_machine.travel(NOW - timedelta(days=2), tick=False):
        store_article(store, build_article(["Recent."], title="Two days old"))
    payload, count = build_digest(
        store, place("C1"), day=DAY, until=NOW, language="en", empty_note=False
    )
    assert count == 1 and "Two days old" in all_text(payload or {})


def test_more_than_fit_say_how_many_are_left_and_how_to_find_them() -> None:
    row_time = NOW - timedelta(hours=1)
    items = [
        DigestItem(n, "en", f"Brief {n}", None, None, (), None, (0, 0, 1, row_time.timestamp()))
        for n in range(FULL_ARTICLES + MORE_TITLES + 7)
    ]
    payload = compose_digest(items, day=DAY, language="en")
    assert payload is not None and len(payload["blocks"]) <= 50
    text = all_text(payload)
    assert f"And {MORE_TITLES + 7} more:" in text
    assert "…and 7 more: find them with `/summary` and a few words." in text
