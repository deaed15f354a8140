from datetime import UTC, datetime, timedelta

from storage import Store
from tests.builders import place

NOW = datetime(2025, 3, 11, 19, 0, tzinfo=UTC)
URL = "https://courier.example/rss.xml"


def test_a_feed_is_added_once_per_channel_and_once_for_every_digest(store: Store):
    first, created = store.add_feed(URL, "C1")
    again, created_again = store.add_feed(URL, "C1")
    shared, shared_created = store.add_feed(URL)
    shared_again, shared_created_again = store.add_feed(URL)
    assert (created, created_again, shared_created, shared_created_again) == (
        True,
        False,
        True,
        False,
    )
    assert again.id == first.id and shared_again.id == shared.id != first.id


def test_a_channel_lists_its_own_feeds_and_those_of_every_digest(store: Store):
    store.add_feed(URL, "C1")
    store.add_feed("https://other.example/feed", "C2")
    store.add_feed("https://wire.example/atom")
    in_c1 = [(f.url, f.channel_id) for f in store.list_feeds("C1")]
    assert sorted(in_c1, key=str) == sorted(
        [(URL, "C1"), ("https://wire.example/atom", None)], key=str
    )
    assert len(store.list_feeds(every=True)) == 3


def test_removing_a_feed_forgets_its_items_and_only_in_that_channel(store: Store):
    feed, _ = store.add_feed(URL, "C1")
    store.add_feed(URL, "C2")
    store.record_feed_item(feed.id, "guid-1", link="https://courier.example/a")
    assert store.remove_feed(URL, "C1") is True
    assert store.remove_feed(URL, "C1") is False
    assert [f.channel_id for f in store.list_feeds(every=True)] == ["C2"]
    again, _ = store.add_feed(URL, "C1")
    assert not store.seen_feed_item(again.id, "guid-1")


def test_due_feeds_and_a_claim_taken_by_one_poller_only(store: Store):
    feed, _ = store.add_feed(URL)
    [due] = store.due_feeds(NOW)
    assert store.claim_feed(due, NOW + timedelta(minutes=5)) is True
    assert store.claim_feed(due, NOW + timedelta(minutes=5)) is False  # stale read: lost
    assert store.due_feeds(NOW) == []
    assert [f.id for f in store.due_feeds(NOW + timedelta(minutes=5))] == [feed.id]


def test_errors_are_counted_and_a_success_resets_them_keeping_validators(store: Store):
    feed, _ = store.add_feed(URL)
    later = NOW + timedelta(minutes=15)
    store.record_feed_poll(feed.id, polled_at=NOW, next_poll_at=later, etag='"v1"')
    store.record_feed_poll(feed.id, polled_at=NOW, next_poll_at=later, error="timed out")
    store.record_feed_poll(
        feed.id, polled_at=NOW, next_poll_at=later, error="the server answered 503"
    )
    [failing] = store.list_feeds(every=True)
    assert (failing.error_count, failing.last_error, failing.etag) == (
        2,
        "the server answered 503",
        '"v1"',
    )
    assert failing.next_poll_at == later and failing.last_polled_at == NOW
    store.record_feed_poll(feed.id, polled_at=later, next_poll_at=later, etag='"v2"')
    [healthy] = store.list_feeds(every=True)
    assert (healthy.error_count, healthy.last_error, healthy.etag) == (0, None, '"v2"')


def test_items_are_seen_by_guid_or_link_and_recorded_once(store: Store):
    feed, _ = store.add_feed(URL)
    assert store.record_feed_item(feed.id, "guid-1", link="https://courier.example/a") is True
    assert store.record_feed_item(feed.id, "guid-1", link="https://courier.example/a") is False
    assert store.seen_feed_item(feed.id, "guid-1")
    assert store.seen_feed_item(feed.id, "guid-2", "https://courier.example/a")
    assert not store.seen_feed_item(feed.id, "guid-2", "https://courier.example/b")


def test_an_article_brought_by_two_channels_feeds_is_shared(store: Store, build_article):
    article = build_article(["Le conseil a voté la digue mardi soir."], title="Digue")
    added = store.add_article(
        article, source="https://a.example/x", content_hash="h1", shared_in=place("C1")
    )
    long_ago = NOW - timedelta(days=36500)
    assert store.share_article("h1", place("C1")) == added.id
    assert store.articles_since(long_ago, viewer=place("C2")) == []
    assert store.share_article("h1", place("C2")) == added.id
    assert [a.id for a in store.articles_since(long_ago, viewer=place("C2"))] == [added.id]
    assert [a.id for a in store.articles_since(long_ago, viewer=place("C1"))] == [added.id]
    assert store.articles_since(long_ago, viewer=place("C3")) == []
    assert store.share_article("unknown", place("C2")) is None
    assert store.stats().articles == 1
