"""RSS and Atom feeds: polled on a schedule, each new item's page ingested once.

The feed is fetched through the guarded fetcher (the same address guard, size cap and
time budget as any page) with ETag / Last-Modified validators, then handed to feedparser
as a file object, so feedparser never opens a connection (or a local file) itself.
An item is new when neither its GUID nor its link was seen in that feed before — never
because its date changed, since publishers rewrite dates on every edit — and an article
already stored (same text) is not stored again. A feed that fails is retried later and
later (exponential back-off, capped); its last error is kept for ``/feed list``.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import lxml.etree
import lxml.html

from bot.config import Settings
from bot.ingest.channels import ingest_for_channel
from bot.ingest.html import extract_html
from bot.ingest.pipeline import Outcome
from bot.ingest.raw import Loader, RawDocument, RejectedDocument
from bot.ingest.web import Fetched, fetch, load_page
from storage import FeedRow, Store, Viewer

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
MAX_BACKOFF = timedelta(hours=6)
CLAIM_LEASE = timedelta(minutes=10)  # a poller that dies frees its feed after this
MAX_ITEMS_PER_POLL = 30  # newest first; older unseen items are remembered, not fetched
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_TRACKING_PARAMS = ("utm_", "at_", "xtor", "fbclid", "gclid")

PollStatus = Literal["new items", "no new items", "not modified", "failed"]


@dataclass(frozen=True)
class FeedEntry:
    guid: str
    link: str | None
    title: str | None
    date: str | None  # ISO date of first publication, as the feed gives it
    author: str | None
    content_html: str | None  # the full article when the feed carries it


@dataclass(frozen=True)
class FeedPoll:
    """One feed's poll, for logs and for ``precis feed poll``."""

    url: str
    channel_id: str | None
    status: PollStatus
    outcomes: tuple[Outcome, ...] = ()
    error: str | None = None

    @property
    def stored(self) -> int:
        return sum(outcome.status == "stored" for outcome in self.outcomes)


def poll_due_feeds(
    store: Store, settings: Settings, *, now: datetime | None = None
) -> list[FeedPoll]:
    """Poll every feed that is due (the scheduler calls this every few minutes).

    A feed due within a quarter of the interval is polled now, so a tick a few seconds
    early never pushes a feed back a whole interval.
    """
    interval = timedelta(minutes=settings.feed_poll_minutes)
    due = store.due_feeds((now or datetime.now(UTC)) + interval / 4)
    return _poll_claimed(store, settings, due, now)


def poll_all_feeds(
    store: Store, settings: Settings, *, now: datetime | None = None
) -> list[FeedPoll]:
    """Poll every feed now, due or not (``precis feed poll``)."""
    return _poll_claimed(store, settings, store.list_feeds(every=True), now)


def _poll_claimed(
    store: Store, settings: Settings, feeds: list[FeedRow], now: datetime | None
) -> list[FeedPoll]:
    """Claim each feed just before polling it, so several processes never poll one feed
    at once; without a fixed ``now`` (tests), each feed's poll is timed when it starts."""
    polls = []
    for feed in feeds:
        started = now or datetime.now(UTC)
        if store.claim_feed(feed, started + CLAIM_LEASE):
            polls.append(poll_feed(store, settings, feed, now=started))
    return polls


@dataclass(frozen=True)
class FollowedFeed:
    url: str  # the feed's own address (a page given may announce it)
    title: str | None
    items: int
    created: bool  # False: it was already followed there


def follow_feed(store: Store, url: str, settings: Settings, place: Viewer) -> FollowedFeed:
    """Check that ``url`` is (or announces) a feed, then follow it for ``place`` (a channel,
    or the whole workspace: every digest); raises RejectedDocument with the reason it is
    not one."""
    feed_url, document = find_feed(url, settings)
    _, created = store.add_feed(
        feed_url, place.conversation_id, team_id=place.team_id, private=place.private
    )
    return FollowedFeed(feed_url, document.title, len(document.entries), created)


def poll_feed(
    store: Store, settings: Settings, feed: FeedRow, *, now: datetime | None = None
) -> FeedPoll:
    """Fetch one feed, ingest its new items and record the poll; never raises."""
    now = now or datetime.now(UTC)
    interval = timedelta(minutes=settings.feed_poll_minutes)
    try:
        fetched = fetch_feed(feed.url, settings, _validators(feed))
        entries = [] if fetched.not_modified else parse_feed(fetched.body, fetched.url).entries
        outcomes = () if fetched.not_modified else take_new_entries(store, settings, feed, entries)
    except Exception as error:  # one broken feed (or bug) must not stop the others
        if not isinstance(error, RejectedDocument):
            log.exception("polling %s failed", feed.url)
        reason = str(error) if isinstance(error, RejectedDocument) else f"internal error: {error}"
        store.record_feed_poll(
            feed.id,
            polled_at=now,
            next_poll_at=now + backoff(interval, feed.error_count + 1),
            error=reason,
        )
        return FeedPoll(feed.url, feed.channel_id, "failed", error=reason)
    # A 304 may omit the validators (they are unchanged); a 200 replaces them, even by none.
    previous = feed if fetched.not_modified else None
    store.record_feed_poll(
        feed.id,
        polled_at=now,
        next_poll_at=now + interval,
        etag=fetched.headers.get("etag") or (previous.etag if previous else None),
        last_modified=(
            fetched.headers.get("last-modified") or (previous.last_modified if previous else None)
        ),
    )
    if fetched.not_modified:
        status: PollStatus = "not modified"
    else:
        status = "new items" if outcomes else "no new items"
    return FeedPoll(feed.url, feed.channel_id, status, tuple(outcomes))


def backoff(interval: timedelta, failures: int) -> timedelta:
    """The wait after ``failures`` failures in a row: doubling from the interval, capped."""
    return min(interval * 2 ** min(failures, 16), max(MAX_BACKOFF, interval))


def _validators(feed: FeedRow) -> dict[str, str]:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return headers


@dataclass(frozen=True)
class FeedDocument:
    title: str | None
    entries: list[FeedEntry]


def parse_feed(body: bytes, url: str) -> FeedDocument:
    """The title and entries of an RSS 0.9x/1.0/2.0 or Atom document, in the feed's order."""
    # A file object, never bytes: given bytes that name a path, feedparser opens that file.
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url})
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise RejectedDocument(f"not an RSS or Atom feed{detail}")
    entries = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = canonical_link(entry.get("link"))
        content = _longest_content(entry)
        guid = (entry.get("id") or "").strip() or link or _fingerprint(entry, content)
        if not guid or guid in seen:
            continue
        seen.add(guid)
        entries.append(
            FeedEntry(
                guid=guid,
                link=link,
                title=(entry.get("title") or "").strip() or None,
                date=_publication_date(entry),
                author=(entry.get("author") or "").strip() or None,
                content_html=content,
            )
        )
    return FeedDocument((parsed.feed.get("title") or "").strip() or None, entries)


def fetch_feed(url: str, settings: Settings, validators: dict[str, str] | None = None) -> Fetched:
    return fetch(url, settings, accept=None, accept_header=FEED_ACCEPT, headers=validators)


def find_feed(url: str, settings: Settings) -> tuple[str, FeedDocument]:
    """The feed at ``url`` — or, when ``url`` is a web page, the feed it announces
    (``<link rel="alternate" type="application/rss+xml">``) — as (feed URL, document)."""
    fetched = fetch_feed(url, settings)
    try:
        return fetched.url, parse_feed(fetched.body, fetched.url)
    except RejectedDocument:
        announced = announced_feed(fetched)
        if announced is None:
            raise
    fetched = fetch_feed(announced, settings)
    return fetched.url, parse_feed(fetched.body, fetched.url)


def announced_feed(page: Fetched) -> str | None:
    """The first RSS or Atom feed a web page links to, as an absolute URL."""
    try:
        tree = lxml.html.fromstring(page.body)
    except (lxml.etree.ParserError, ValueError):
        return None
    for element in tree.iterfind(".//link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").lower()
        href = (element.get("href") or "").strip()
        if "alternate" in rel and kind in _FEED_TYPES and href:
            return urljoin(page.url, href)
    return None


def canonical_link(link: str | None) -> str | None:
    """The link without its fragment and tracking parameters (utm_*, xtor, ...), so the same
    article linked with other campaign tags is recognised."""
    if not link or not link.strip():
        return None
    parts = urlsplit(link.strip())
    if parts.scheme not in ("http", "https"):
        return None
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(_TRACKING_PARAMS)
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _longest_content(entry: feedparser.FeedParserDict) -> str | None:
    values = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(values, key=len) if values else None


def _fingerprint(entry: feedparser.FeedParserDict, content: str | None) -> str:
    """An identity for an item with neither id nor link: its title and text."""
    text = "\n".join([entry.get("title", ""), content or entry.get("summary", "")])
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest() if text.strip() else ""


def _publication_date(entry: feedparser.FeedParserDict) -> str | None:
    """The item's date as the publisher wrote it (their day, not UTC's), ISO formatted."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = (entry.get(raw_key) or "").strip()
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw).date().isoformat()
            except (TypeError, ValueError, IndexError):
                continue
        parsed = entry.get(parsed_key)  # feedparser's own reading of odder formats, in UTC
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date().isoformat()
    return None


def take_new_entries(
    store: Store, settings: Settings, feed: FeedRow, entries: list[FeedEntry]
) -> list[Outcome]:
    """Ingest the entries this feed never gave before and remember every one of them."""
    unseen = [e for e in entries if not store.seen_feed_item(feed.id, e.guid, e.link)]
    fresh, too_old = unseen[:MAX_ITEMS_PER_POLL], unseen[MAX_ITEMS_PER_POLL:]
    for entry in too_old:
        store.record_feed_item(feed.id, entry.guid, link=entry.link)
    sources = [(entry.link or entry.guid, entry_loader(entry, settings)) for entry in fresh]
    taken = ingest_for_channel(store, sources, feed.place, min_words=settings.min_article_words)
    for entry, result in zip(fresh, taken, strict=True):
        if result.outcome.status == "failed":
            log.info("feed item %s not ingested: %s", entry.link, result.outcome.reason)
        store.record_feed_item(
            feed.id,
            entry.guid,
            link=entry.link,
            content_hash=result.content_hash,
            article_id=result.outcome.article_id,
        )
    return [result.outcome for result in taken]


def entry_loader(entry: FeedEntry, settings: Settings) -> Loader:
    """Load the item's page; when that fails and the feed carries the article, read that."""

    def load() -> RawDocument:
        try:
            return _read_entry(entry, settings)
        except RejectedDocument:
            raise
        except Exception as error:  # a parser failing on one item must not fail the whole poll
            log.exception("could not read feed item %s", entry.link or entry.guid)
            raise RejectedDocument(f"could not read the item: {error}") from error

    return load


def _read_entry(entry: FeedEntry, settings: Settings) -> RawDocument:
    known = {
        key: value
        for key, value in (("title", entry.title), ("date", entry.date), ("author", entry.author))
        if value
    }
    if entry.link:
        try:
            page = load_page(entry.link, settings)
        except RejectedDocument:
            if not entry.content_html:
                raise
            log.info("reading %s from its feed: the page could not be read", entry.link)
        else:
            return RawDocument(page.text, page.source, {**known, **page.meta})
    if not entry.content_html:
        raise RejectedDocument("the feed item has neither a link nor content")
    source = entry.link or entry.guid
    document = extract_html(
        f"<html><body><article>{entry.content_html}</article></body></html>",
        source,
        url=entry.link,
    )
    return RawDocument(document.text, source, {**document.meta, **known})
