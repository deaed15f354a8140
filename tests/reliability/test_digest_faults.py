"""Digests when Slack or the process fails at the worst moment: the post went out but its
answer never came back. Never lost, never doubled: the run is taken over later (by another
process, on PostgreSQL as on SQLite) and the channel history (message metadata) says whether
to post.

tests/digests/test_runner.py covers 429, 500, a long Retry-After, a stale claim with a
canned history; here the history is the stand-in's real one, fed by the posts themselves.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from slack_sdk import WebClient

from bot.config import Settings
from bot.digests.runner import EVENT_TYPE, RETRY_AFTER, STALE_AFTER, DigestRunner
from bot.text.model import Article, Paragraph, Sentence
from storage import Store
from storage.models import Channel, table_of
from tests.builders import TEAM_ID, WORKSPACE
from tests.fake_slack import FakeSlack
from tests.reliability.reliability_helpers import noon_zone, precis, precis_env

TOKEN = "xoxb-reliability"
CHANNEL = "C0FAULTS"


def schedule_due_now(store: Store, now: datetime) -> date:
    """A channel whose digest was due two minutes ago (schedule set yesterday), and one
    article for it; returns the channel's local date."""
    zone = noon_zone(now)
    local = now.astimezone(ZoneInfo(zone))
    send = (local - timedelta(minutes=2)).strftime("%H:%M")
    store.set_digest_schedule(
        CHANNEL, digest_time=send, timezone=zone, set_by="U1", language="en", team_id=TEAM_ID
    )
    with store.write() as connection:
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    text = "Bridge reopens\n\nThe bridge reopened on Monday after repairs."
    body = text.index("The bridge")
    store.add_article(
        Article(
            text=text,
            language="en",
            title="Bridge reopens",
            paragraphs=(
                Paragraph(0, "title", "Bridge reopens", 0),
                Paragraph(1, "body", text[body:], body),
            ),
            sentences=(Sentence(1, body, len(text), text[body:], rank=0),),
        ),
        source="https://example.org/bridge",
        content_hash="bridge",
        shared_in=WORKSPACE,
    )
    return local.date()


def digest_posts(slack: FakeSlack) -> list:
    return [c for c in slack.calls("chat.postMessage") if c.get("channel") == CHANNEL]


def posted_ts(slack: FakeSlack) -> str:
    """The ts Slack gave the one message in the channel (its answer was never read)."""
    client = WebClient(token=TOKEN, base_url=slack.api_url)
    [message] = client.conversations_history(channel=CHANNEL)["messages"]
    return message["ts"]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path: Path):
    """SQLite, then PostgreSQL: the scale-out setup, where another process takes over."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'precis.db'}"
    else:
        url = request.getfixturevalue("postgres_database")
    opened = Store(url)
    yield opened
    opened.close()


@pytest.fixture
def slack():
    with FakeSlack() as stub:
        yield stub


def runner(store: Store, slack: FakeSlack, later: timedelta, *, timeout: int = 30) -> DigestRunner:
    settings = Settings(database_url=store.url, slack_bot_token=TOKEN, slack_api_url=slack.api_url)
    client = WebClient(token=TOKEN, base_url=slack.api_url, timeout=timeout)
    return DigestRunner(store, client, settings, clock=lambda: datetime.now(UTC) + later)


def test_a_post_whose_answer_times_out_is_found_later_not_posted_twice(store, slack) -> None:
    day = schedule_due_now(store, datetime.now(UTC))
    slack.fail("chat.postMessage", delay=3)  # Slack posts it, the answer comes too late
    first = runner(store, slack, timedelta(0), timeout=1).tick()
    assert first.retry == 1 and first.posted == 0
    assert runner(store, slack, timedelta(0)).tick().due == 0  # not before RETRY_AFTER
    later = runner(store, slack, RETRY_AFTER + timedelta(seconds=30)).tick()
    assert later.recovered == 1 and later.posted == 0
    [post] = digest_posts(slack)
    assert post.get("metadata")["event_type"] == EVENT_TYPE
    assert len(slack.calls("conversations.history")) == 1
    run = store.last_digest(CHANNEL)
    assert run is not None and run.status == "posted" and run.digest_date == day
    assert run.message_ts == posted_ts(slack)


def test_a_rate_limited_history_check_waits_then_recovers(store, slack) -> None:
    schedule_due_now(store, datetime.now(UTC))
    slack.fail("chat.postMessage", delay=3)
    assert runner(store, slack, timedelta(0), timeout=1).tick().retry == 1
    slack.fail("conversations.history", status=429, retry_after=1)
    later = runner(store, slack, RETRY_AFTER + timedelta(seconds=30)).tick()
    assert later.recovered == 1
    assert len(digest_posts(slack)) == 1
    assert len(slack.calls("conversations.history")) == 2


@pytest.mark.slow
def test_killed_between_posting_and_recording(store, slack, tmp_path: Path) -> None:
    """A real `precis digest run-due` SIGKILLed while Slack holds back the answer to its
    post: an immediate restart posts nothing (the claim is fresh); once the claim is stale,
    a tick finds the post in the channel history and records it instead of posting again."""
    day = schedule_due_now(store, datetime.now(UTC))
    slack.fail("chat.postMessage", delay=30)
    env = precis_env(store.url, SLACK_BOT_TOKEN=TOKEN, SLACK_API_URL=slack.api_url)
    process = precis("digest", "run-due", env=env, cwd=tmp_path)
    try:
        slack.wait_for("chat.postMessage", timeout=60)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    [run] = store.digest_runs_since(day).values()
    assert run.status == "claimed" and run.message_ts is None  # posted, not recorded

    restarted = precis("digest", "run-due", env=env, cwd=tmp_path)
    report, errors = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, errors
    assert report.strip().startswith("0 due"), errors
    assert len(digest_posts(slack)) == 1

    started = time.monotonic()
    report = runner(store, slack, STALE_AFTER + timedelta(minutes=1)).tick()
    assert report.recovered == 1 and report.posted == 0
    assert time.monotonic() - started < 10
    [post] = digest_posts(slack)
    assert len(slack.calls("conversations.history")) == 1
    recorded = store.last_digest(CHANNEL)
    assert recorded is not None and recorded.status == "posted"
    assert recorded.message_ts == posted_ts(slack)
    # Nothing more, however often it ticks.
    assert runner(store, slack, STALE_AFTER * 3).tick().due == 0
    assert len(digest_posts(slack)) == 1
    assert post.get("metadata")["event_payload"]["digest_date"] == day.isoformat()
