"""Digest schedules and runs on SQLite and PostgreSQL: one claim per channel and date."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

from storage import Store

DAY = date(2026, 11, 25)


def schedule(store: Store, channel: str = "C1", **changes) -> None:
    values = {"digest_time": "08:00", "timezone": "Europe/Paris", "weekdays": "12345",
              "set_by": "U1", "team_id": "T1", "language": "fr", **changes}  # fmt: skip
    store.set_digest_schedule(channel, **values)


def test_schedule_is_created_replaced_paused_and_disabled(store: Store) -> None:
    schedule(store)
    first = store.get_channel("C1")
    assert first is not None and first.enabled and first.weekdays == "12345"
    schedule(store, digest_time="07:30", weekdays="")
    assert store.get_channel("C1").digest_time == "07:30"  # type: ignore[union-attr]
    assert [c.channel_id for c in store.scheduled_channels()] == ["C1"]

    assert store.pause_digest("C1", "not_in_channel") is True
    assert store.pause_digest("C1", "not_in_channel") is False  # told once
    assert store.scheduled_channels() == []
    schedule(store)  # setting it again resumes it
    assert store.get_channel("C1").paused_reason is None  # type: ignore[union-attr]

    assert store.disable_digest("C1") is True
    assert store.disable_digest("C1") is False
    assert store.scheduled_channels() == []
    assert store.get_channel("C9") is None


def test_claim_is_exclusive_per_channel_and_date(store: Store) -> None:
    assert store.claim_digest("C1", DAY) is not None
    assert store.claim_digest("C1", DAY) is None
    assert store.claim_digest("C1", DAY + timedelta(days=1)) is not None
    assert store.claim_digest("C2", DAY) is not None


def test_concurrent_claims_one_winner(store: Store) -> None:
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: store.claim_digest("C1", DAY), range(16)))
    assert sum(r is not None for r in results) == 1


def test_run_life_cycle(store: Store) -> None:
    claimed_at = datetime(2026, 11, 25, 7, 0, 0, 123456, tzinfo=UTC)
    run_id = store.claim_digest("C1", DAY, now=claimed_at)
    assert run_id is not None
    [run] = store.digest_runs_since(DAY).values()
    assert (run.status, run.claimed_at, run.attempts) == ("claimed", claimed_at, 1)
    assert store.last_digest("C1") is None
    assert store.latest_digest_date("C1") == DAY

    store.mark_digest_failed(run_id, "ratelimited", retry=True)
    retry = store.get_digest_run(run_id)
    assert retry is not None and retry.status == "retry"
    taken = store.retake_digest(retry, max_attempts=3)
    assert taken is not None and taken.attempts == 2 and taken.status == "claimed"
    assert store.retake_digest(retry, max_attempts=3) is None  # compare-and-set: stale view

    store.record_digest_post(run_id, "1764054000.000100", article_count=4)
    last = store.last_digest("C1")
    assert last is not None and last.message_ts == "1764054000.000100"
    assert last.status == "posted" and last.article_count == 4 and last.posted_at is not None
    assert store.retake_digest(last, max_attempts=3) is None  # posted runs are final


def test_retake_stops_after_max_attempts(store: Store) -> None:
    run_id = store.claim_digest("C1", DAY)
    assert run_id is not None
    run = store.get_digest_run(run_id)
    for _ in range(2):
        run = store.retake_digest(run, max_attempts=3)  # type: ignore[arg-type]
        assert run is not None
    assert store.retake_digest(run, max_attempts=3) is None


def test_concurrent_retakes_one_winner(store: Store) -> None:
    run_id = store.claim_digest("C1", DAY)
    run = store.get_digest_run(run_id)  # type: ignore[arg-type]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: store.retake_digest(run, max_attempts=5), range(8)))  # type: ignore[arg-type]
    assert sum(r is not None for r in results) == 1


def test_empty_and_failed_runs(store: Store) -> None:
    empty = store.claim_digest("C1", DAY)
    store.record_digest_post(empty, None, article_count=0)  # type: ignore[arg-type]
    assert store.get_digest_run(empty).status == "empty"  # type: ignore[arg-type, union-attr]
    failed = store.claim_digest("C2", DAY)
    store.mark_digest_failed(failed, "invalid_blocks " * 100)  # type: ignore[arg-type]
    row = store.get_digest_run(failed)  # type: ignore[arg-type]
    assert row is not None and row.status == "failed" and len(row.error or "") <= 500
    assert store.last_digest("C1") is None and store.last_digest("C2") is None
