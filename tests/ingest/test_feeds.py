"""Feeds polled from a local server: validators, dates rewritten, fallbacks, back-off.

The feeds and pages under pages/ were written for these tests; ``{base}`` in a feed is
replaced by the test server's address.
"""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.config import Settings
from bot.ingest.feeds import backoff, canonical_link, parse_feed, poll_due_feeds
from bot.ingest.raw import RejectedDocument
from storage import Store
from tests.builders import TEAM_ID, WORKSPACE, place

PAGES = Path(__file__).parent / "pages"
SETTINGS = Settings(allow_private_urls=True, feed_poll_minutes=15)
NOW = datetime(2025, 3, 15, 8, 0, tzinfo=UTC)
RSS = "application/rss+xml; charset=utf-8"


def feed_text(name: str, server: HTTPServer) -> bytes:
    base = server.url_for("").rstrip("/")
    return (PAGES / name).read_text(encoding="utf-8").replace("{base}", base).encode("utf-8")


def serve_pages(server: HTTPServer) -> None:
    for path, name in (
        ("/news/harbour-council", "harbour-council.html"),
        ("/fr/greve-tramway", "greve-tramway.html"),
    ):
        server.expect_request(path).respond_with_data(
            (PAGES / name).read_bytes(), content_type="text/html"
        )


class VersionedFeed:
    """A feed served with an ETag, answering 304 to a client that already has it."""

    def __init__(self, body: bytes, etag: str) -> None:
        self.body, self.etag = body, etag

    def __call__(self, request: Request) -> Response:
        if request.headers.get("If-None-Match") == self.etag:
            return Response(status=304, headers={"ETag": self.etag})
        return Response(self.body, content_type=RSS, headers={"ETag": self.etag})


def page_requests(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log if not request.path.endswith(".xml")]


def test_rss_and_atom_entries_are_read_with_identity_link_and_date(httpserver: HTTPServer):
    rss = parse_feed(feed_text("courier-rss.xml", httpserver), "http://x/rss.xml").entries
    assert [(e.guid, e.date, e.author) for e in rss] == [
        ("courier-2025-03-11-barrier", "2025-03-11", "Megan Holloway"),
        (httpserver.url_for("/fr/greve-tramway"), "2025-03-14", None),
    ]
    atom_feed = parse_feed(feed_text("valley-atom.xml", httpserver), "http://x/atom.xml")
    assert atom_feed.title == "Elde Valley Gazette"
    [atom] = atom_feed.entries
    assert atom.guid == "tag:eldevalleygazette.example,2025-03-12:library"
    assert atom.link == httpserver.url_for("/valley/library-saved")
    assert "forty volunteers" in (atom.content_html or "")
    with pytest.raises(RejectedDocument, match="not an RSS or Atom feed"):
        parse_feed((PAGES / "harbour-council.html").read_bytes(), "http://x/news")


def test_an_item_dated_just_after_midnight_keeps_the_publishers_day():
    night = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Nuit</title>'
        b"<link>http://x/</link><description>d</description><item><guid>n1</guid>"
        b"<title>Incendie dans un entrep\xc3\xb4t</title>"
        b"<pubDate>Sat, 15 Mar 2025 00:30:00 +0100</pubDate></item></channel></rss>"
    )
    [entry] = parse_feed(night, "http://x/rss.xml").entries
    assert entry.date == "2025-03-15"  # 23:30 UTC the day before


def test_a_body_naming_a_local_file_is_not_read_as_that_file(
    httpserver: HTTPServer, tmp_path: Path
):
    local = tmp_path / "local-feed.xml"
    local.write_bytes(feed_text("courier-rss.xml", httpserver))
    with pytest.raises(RejectedDocument, match="not an RSS or Atom feed"):
        parse_feed(str(local).encode(), "http://x/rss.xml")


def test_tracking_parameters_and_fragments_do_not_make_a_new_link():
    assert (
        canonical_link("https://courier.example/a?id=4&utm_source=rss&xtor=RSS-1#top")
        == "https://courier.example/a?id=4"
    )
    assert canonical_link("javascript:alert(1)") is None


def test_a_feed_is_ingested_once_then_304_then_rewritten_dates_add_nothing(
    httpserver: HTTPServer, sqlite_store: Store
):
    serve_pages(httpserver)
    feed = VersionedFeed(feed_text("courier-rss.xml", httpserver), '"v1"')
    httpserver.expect_request("/rss.xml").respond_with_handler(feed)
    sqlite_store.add_feed(httpserver.url_for("/rss.xml"), "C0NEWS", team_id=TEAM_ID)

    [first] = poll_due_feeds(sqlite_store, SETTINGS, now=NOW)
    assert first.status == "new items" and first.stored == 2, first
    stored = sqlite_store.articles_since(NOW - timedelta(days=3650), viewer=place("C0NEWS"))
    assert len(stored) == 2
    assert {a.source for a in stored} == {
        httpserver.url_for("/news/harbour-council"),
        httpserver.url_for("/fr/greve-tramway"),
    }
    assert sqlite_store.articles_since(NOW - timedelta(days=3650), viewer=place("C0OTHER")) == []

    later = NOW + timedelta(minutes=15)
    [unchanged] = poll_due_feeds(sqlite_store, SETTINGS, now=later)
    assert unchanged.status == "not modified"

    # The publisher rewrites every date and a title, tags a link, and changes the ETag.
    feed.body, feed.etag = feed_text("courier-rss-redated.xml", httpserver), '"v2"'
    [redated] = poll_due_feeds(sqlite_store, SETTINGS, now=later + timedelta(minutes=15))
    assert redated.status == "no new items"
    assert sorted(page_requests(httpserver)) == ["/fr/greve-tramway", "/news/harbour-council"]
    assert sqlite_store.stats().articles == 2
    [row] = sqlite_store.list_feeds(every=True)
    assert (row.etag, row.error_count, row.last_error) == ('"v2"', 0, None)


def test_an_item_whose_page_is_gone_is_read_from_the_feed(
    httpserver: HTTPServer, sqlite_store: Store
):
    httpserver.expect_request("/valley/atom.xml").respond_with_data(
        feed_text("valley-atom.xml", httpserver), content_type="application/atom+xml"
    )
    httpserver.expect_request("/valley/library-saved").respond_with_data("gone", status=410)
    sqlite_store.add_feed(httpserver.url_for("/valley/atom.xml"), team_id=TEAM_ID)
    [poll] = poll_due_feeds(sqlite_store, SETTINGS, now=NOW)
    [outcome] = poll.outcomes
    assert outcome.status == "stored", outcome
    assert outcome.title == "Village library saved by volunteers"
    article = sqlite_store.get_article(outcome.article_id, viewer=WORKSPACE)
    assert article.source == httpserver.url_for("/valley/library-saved")
    # Added from the command line: seen in the whole workspace, in every digest.
    assert sqlite_store.get_article(outcome.article_id, viewer=place("C0ANY")) is not None
    assert "forty volunteers" in article.text


def test_a_failing_feed_backs_off_and_keeps_its_last_error(
    httpserver: HTTPServer, sqlite_store: Store
):
    httpserver.expect_request("/down.xml").respond_with_data("busy", status=503)
    sqlite_store.add_feed(httpserver.url_for("/down.xml"), "C0NEWS")
    [failed] = poll_due_feeds(sqlite_store, SETTINGS, now=NOW)
    assert failed.status == "failed" and "503" in failed.error
    [row] = sqlite_store.list_feeds("C0NEWS")
    assert row.error_count == 1 and row.last_error.startswith("the server answered 503")
    assert row.next_poll_at == NOW + timedelta(minutes=30)
    assert poll_due_feeds(sqlite_store, SETTINGS, now=NOW + timedelta(minutes=20)) == []
    poll_due_feeds(sqlite_store, SETTINGS, now=NOW + timedelta(minutes=30))
    [row] = sqlite_store.list_feeds("C0NEWS")
    assert row.error_count == 2
    assert row.next_poll_at == NOW + timedelta(minutes=30 + 60)


def test_back_off_doubles_and_is_capped():
    interval = timedelta(minutes=15)
    assert [backoff(interval, n) for n in (1, 2, 3)] == [
        timedelta(minutes=30),
        timedelta(hours=1),
        timedelta(hours=2),
    ]
    assert backoff(interval, 40) == timedelta(hours=6)


def test_last_modified_is_sent_back_and_a_304_keeps_it(httpserver: HTTPServer, sqlite_store: Store):
    stamp = "Tue, 11 Mar 2025 19:00:00 GMT"
    quiet = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Parish notices</title>'
        b"<link>http://x/</link><description>Nothing yet</description></channel></rss>"
    )

    def answer(request: Request) -> Response:
        if request.headers.get("If-Modified-Since") == stamp:
            return Response(status=304)
        return Response(quiet, content_type=RSS, headers={"Last-Modified": stamp})

    httpserver.expect_request("/parish.xml").respond_with_handler(answer)
    sqlite_store.add_feed(httpserver.url_for("/parish.xml"))
    [first] = poll_due_feeds(sqlite_store, SETTINGS, now=NOW)
    [second] = poll_due_feeds(sqlite_store, SETTINGS, now=NOW + timedelta(minutes=15))
    assert (first.status, second.status) == ("no new items", "not modified")
    [row] = sqlite_store.list_feeds(every=True)
    assert row.last_modified == stamp and row.next_poll_at == NOW + timedelta(minutes=30)
