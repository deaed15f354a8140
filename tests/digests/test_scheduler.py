"""The scheduler of `precis serve` / `precis worker`: one interval tick, run at start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.config import Settings
from bot.scheduler import DIGEST_JOB, FEED_JOB, PRUNE_JOB, forget_old_rows, start_scheduler
from storage import Store
from storage.models import Channel, table_of
from tests.builders import TEAM_ID, build_article, store_article
from tests.fake_slack import FakeSlack


def due_now(store: Store, channel: str = "C1") -> None:
    """A channel whose send time passed two minutes ago, scheduled yesterday."""
    now = datetime.now(UTC)
    send = (now - timedelta(minutes=2)).strftime("%H:%M")
    store.set_digest_schedule(
        channel, digest_time=send, timezone="UTC", set_by="U1", team_id=TEAM_ID
    )
    with store.write() as connection:
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    store_article(store, build_article(["The bridge reopens."], title="Bridge reopens"))


def test_one_interval_tick_that_catches_up_at_start(
    store: Store, slack: FakeSlack, client, settings
) -> None:
    due_now(store)
    scheduler = start_scheduler(settings, store, client)
    try:
        [post] = slack.wait_for("chat.postMessage", timeout=10)
        assert post.get("channel") == "C1"
        digests = scheduler.get_job(DIGEST_JOB)
        assert digests.trigger.interval == timedelta(seconds=settings.scheduler_tick_seconds)
        assert digests.max_instances == 1 and digests.coalesce
        assert scheduler.get_job(FEED_JOB) is not None and scheduler.get_job(PRUNE_JOB) is not None
        assert len(scheduler.get_jobs()) == 3  # one tick for every channel, not a job each
    finally:
        scheduler.shutdown(wait=True)


def test_old_event_claims_and_saved_answers_are_forgotten(store: Store) -> None:
    assert store.claim_event("message:C1:1.0")
    saved = store.save_answer({"text": "x", "blocks": []}, article_ids=[], team_id=TEAM_ID)
    forget_old_rows(store)
    assert not store.claim_event("message:C1:1.0")  # a day has not passed: kept
    assert store.saved_answer(saved) is not None
    forget_old_rows(store, max_age=timedelta(0))
    assert store.claim_event("message:C1:1.0")  # forgotten, so claimable again
    assert store.saved_answer(saved) is None


@pytest.mark.slow
def test_worker_posts_and_stops_on_sigterm(tmp_path) -> None:
    database = f"sqlite:///{tmp_path / 'worker.db'}"
    store = Store(database)
    due_now(store)
    with FakeSlack() as slack:
        environment = {
            **os.environ,
            "DATABASE_URL": database,
            "SLACK_BOT_TOKEN": "xoxb-worker",
            "SLACK_API_URL": slack.api_url,
            "PRECIS_FEED_POLL_MINUTES": "60",
        }
        worker = subprocess.Popen(
            [sys.executable, "-m", "bot", "worker"],
            env=environment,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            [post] = slack.wait_for("chat.postMessage", timeout=60)
            assert post.get("channel") == "C1"
        finally:
            worker.send_signal(signal.SIGTERM)
            _, errors = worker.communicate(timeout=30)
        assert worker.returncode == 0, errors
    assert store.last_digest("C1") is not None
    store.close()


def test_settings_tick_is_used(store: Store, slack: FakeSlack, client, settings: Settings) -> None:
    quick = Settings(**{**settings.__dict__, "scheduler_tick_seconds": 5})
    scheduler = start_scheduler(quick, store, client)
    try:
        assert scheduler.get_job(DIGEST_JOB).trigger.interval == timedelta(seconds=5)
    finally:
        scheduler.shutdown(wait=True)
