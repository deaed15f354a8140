"""/feed and /ingest answers, with pages and feeds from a local server."""

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from bot.config import Settings
from bot.ingest.feeds import poll_due_feeds
from bot.listeners.sources import answer_feed_command, answer_ingest_command
from storage import Store
from tests.builders import TEAM_ID, place

PAGES = Path(__file__).parent.parent / "ingest" / "pages"
LOCAL = Settings(allow_private_urls=True)
CHANNEL = "C0NEWSDESK"


def said(payload: dict[str, Any]) -> str:
    """Everything a reader sees as mrkdwn: the fallback text and section/context blocks."""
    parts = [payload["text"]]
    for block in payload["blocks"]:
        if block["type"] == "section":
            parts.append(block["text"]["text"])
        elif block["type"] == "context":
            parts += [element["text"] for element in block["elements"]]
        elif block["type"] == "header":
            parts.append(block["text"]["text"])
    return "\n".join(parts)


def feed(text: str, store: Store, settings: Settings = LOCAL, channel: str = CHANNEL) -> str:
    return said(
        answer_feed_command(
            text, place=place(channel), user_id="U1", store=store, settings=settings
        )
    )


def serve_site(server: HTTPServer) -> None:
    base = server.url_for("").rstrip("/")
    rss = (PAGES / "courier-rss.xml").read_text(encoding="utf-8").replace("{base}", base)
    server.expect_request("/rss.xml").respond_with_data(
        rss, content_type="application/rss+xml; charset=utf-8"
    )
    server.expect_request("/news/harbour-council").respond_with_data(
        (PAGES / "harbour-council.html").read_bytes(), content_type="text/html; charset=utf-8"
    )
    server.expect_request("/gallery").respond_with_data(
        (PAGES / "gallery-no-text.html").read_bytes(), content_type="text/html; charset=utf-8"
    )
    server.expect_request("/down.xml").respond_with_data("busy", status=503)


def test_feed_add_finds_the_feed_a_page_announces_and_lists_it(
    httpserver: HTTPServer, sqlite_store: Store
):
    serve_site(httpserver)
    page = httpserver.url_for("/news/harbour-council")
    rss = httpserver.url_for("/rss.xml")
    answer = feed(f"add <{page}>", sqlite_store)
    assert "Following *The Estuary Courier — Latest* (2 items now)" in answer
    assert [(f.url, f.channel_id) for f in sqlite_store.list_feeds(CHANNEL, team_id=TEAM_ID)] == [
        (rss, CHANNEL)
    ]
    assert f"already follows {rss}" in feed(f"add {rss}", sqlite_store)
    assert "not read yet" in feed("list", sqlite_store)
    assert "Flux de ce canal" in feed("liste", sqlite_store)  # French verb, French answer


def test_feed_add_refuses_what_is_not_a_feed_and_private_addresses(
    httpserver: HTTPServer, sqlite_store: Store
):
    serve_site(httpserver)
    gallery = httpserver.url_for("/gallery")
    assert "not an RSS or Atom feed" in feed(f"add {gallery}", sqlite_store)
    guarded = Settings(allow_private_urls=False)
    assert "is a loopback address" in feed(f"add {gallery}", sqlite_store, guarded)
    assert feed("add", sqlite_store).startswith("Give the feed's address")
    assert sqlite_store.list_feeds(every=True) == []


def test_feed_list_shows_the_last_error_and_remove_is_per_channel(
    httpserver: HTTPServer, sqlite_store: Store
):
    serve_site(httpserver)
    down = httpserver.url_for("/down.xml")
    sqlite_store.add_feed(down, CHANNEL, team_id=TEAM_ID)
    sqlite_store.add_feed(httpserver.url_for("/rss.xml"), team_id=TEAM_ID)  # command line
    sqlite_store.record_feed_poll(
        sqlite_store.list_feeds(every=True)[1].id,
        polled_at=datetime.now(UTC),
        next_poll_at=datetime.now(UTC),
    )
    [failed] = [p for p in poll_due_feeds(sqlite_store, LOCAL) if p.url == down]
    assert failed.status == "failed"
    listed = feed("list", sqlite_store)
    assert "1 failures in a row, last: the server answered 503" in listed
    assert "_every digest_" in listed
    assert "no longer follows" in feed(f"remove {down}", sqlite_store)
    assert "does not follow" in feed(f"remove {down}", sqlite_store)
    rss = httpserver.url_for("/rss.xml")
    assert "added from the command line" in feed(f"remove {rss}", sqlite_store)


def test_ingest_answers_with_the_article_card_then_already_stored(
    httpserver: HTTPServer, sqlite_store: Store
):
    serve_site(httpserver)
    url = httpserver.url_for("/news/harbour-council")

    def ingest(text: str, channel: str) -> str:
        return said(
            answer_ingest_command(
                text, place=place(channel), user_id="U1", store=sqlite_store, settings=LOCAL
            )
        )

    first = ingest(f"<{url}|harbour council>", CHANNEL)
    assert "Harbour council approves flood barrier after tense vote" in first
    assert "Stored · quotes found: 3" in first
    assert "Councillors in Port Wenlow voted" in first  # the summary's lead sentence
    again = ingest(url, "C0OTHERDESK")
    assert "Already stored · quotes: 3" in again
    [article] = sqlite_store.latest_articles(viewer=place("C0OTHERDESK"))
    assert sqlite_store.get_article(article.id, viewer=place(CHANNEL))  # seen in both
    assert sqlite_store.get_article(article.id, viewer=place("C0THIRDDESK")) is None
    assert "no article text found" in ingest(httpserver.url_for("/gallery"), CHANNEL)
    assert ingest("", CHANNEL).startswith("*/ingest* reads a web page")


def test_ingest_of_a_page_in_another_language_says_it_was_not_analysed(
    httpserver: HTTPServer, sqlite_store: Store
):
    httpserver.expect_request("/es/biblioteca").respond_with_data(
        (PAGES / "biblioteca.html").read_bytes(), content_type="text/html; charset=utf-8"
    )
    url = httpserver.url_for("/es/biblioteca")
    answer = said(
        answer_ingest_command(
            f"<{url}>", place=place(CHANNEL), user_id="U1", store=sqlite_store, settings=LOCAL
        )
    )
    assert "El puerto abre una biblioteca en la antigua lonja" in answer
    assert "not analysed: Spanish is not supported yet" in answer
    assert "quotes found" not in answer
