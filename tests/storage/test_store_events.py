"""Slack event claims: exactly one claimant, even across Stores racing on one database."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from storage import Store


def test_first_claim_wins(store):
    assert store.claim_event("Ev1")
    assert not store.claim_event("Ev1")
    assert store.claim_event("Ev2")


def test_racing_stores_claim_each_event_once(store):
    others = [Store(store.url, upgrade=False) for _ in range(3)]
    events = [f"Ev{i}" for i in range(30)]
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda s: [s.claim_event(e) for e in events], [store, *others]))
    finally:
        for other in others:
            other.close()
    assert [sum(column) for column in zip(*results, strict=True)] == [1] * len(events)


def test_forget_events(store):
    store.claim_event("old")
    assert store.forget_events(datetime.now(UTC) + timedelta(seconds=1)) == 1
    assert store.claim_event("old")
