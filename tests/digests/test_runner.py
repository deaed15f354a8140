"""The digest tick against the Web API stand-in: once per day, catch-up, cut-off, Slack errors."""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from slack_sdk import WebClient

from bot.config import Settings
from bot.digests.runner import EVENT_TYPE, ChannelPacer, DigestRunner
from bot.slack_clients import web_client
from storage import Store
from tests.builders import TEAM_ID, build_article, store_article
from tests.fake_slack import FakeSlack

# Wednesday 25 November 2026, 08:00 in Paris is 07:00 UTC.
SEND = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
DAY = date(2026, 11, 25)


@pytest.fixture
def scheduled(store: Store) -> Store:
    with time_machine.travel(SEND - timedelta(days=1), tick=False):
        store.set_digest_schedule(
            "C1",
            digest_time="08:00",
            timezone="Europe/Paris",
            set_by="U1",
            language="en",
            team_id=TEAM_ID,
        )
    with time_machine.travel(SEND - timedelta(hours=3), tick=False):
        store_article(
            store,
            build_article(
                ["The bridge reopens.", "“At last,” said Ada Lind."],
                title="Bridge reopens",
                quotes=[("At last", "Ada Lind", "direct")],
            ),
            source="https://ex.org/bridge",
        )
    return store


def tick(store: Store, client: WebClient, settings: Settings, at: datetime, *, real: bool = False):
    with time_machine.travel(at, tick=real):
        return DigestRunner(store, client, settings).tick()


def posts(slack: FakeSlack, channel: str = "C1") -> list:
    return [c for c in slack.calls("chat.postMessage") if c.get("channel") == channel]


def test_posts_once_per_local_date(scheduled: Store, slack, client, settings) -> None:
    assert tick(scheduled, client, settings, SEND - timedelta(minutes=1)).due == 0
    report = tick(scheduled, client, settings, SEND + timedelta(seconds=30))
    assert report.posted == 1
    [post] = posts(slack)
    assert post.get("metadata")["event_type"] == EVENT_TYPE
    assert "Bridge reopens" in str(post.get("blocks"))
    # Later ticks the same day, and a restarted process, post nothing more.
    for minutes in (1, 2, 90):
        again = tick(scheduled, client, settings, SEND + timedelta(minutes=minutes))
        assert again.due == 0
    assert len(posts(slack)) == 1
    run = scheduled.last_digest("C1")
    assert run is not None and run.status == "posted" and run.message_ts
    assert run.digest_date == DAY and run.article_count == 1
    # The next day is a new digest, with only what came in since.
    nothing_new = tick(scheduled, client, settings, SEND + timedelta(days=1))
    assert nothing_new.empty == 1 and len(posts(slack)) == 1


def test_catch_up_after_downtime_then_cutoff(scheduled: Store, slack, client, settings) -> None:
    # Down from 07:00 to 12:30 UTC: the day's digest still goes out, late, once.
    assert tick(scheduled, client, settings, SEND + timedelta(hours=5, minutes=30)).posted == 1
    assert tick(scheduled, client, settings, SEND + timedelta(hours=5, minutes=31)).due == 0
    # Next day, down past the 6-hour cut-off: that day is skipped, not posted later.
    late = tick(scheduled, client, settings, SEND + timedelta(days=1, hours=6, minutes=1))
    assert late.due == 0
    assert scheduled.digest_runs_since(DAY + timedelta(days=1)) == {}
    assert len(posts(slack)) == 1


def test_rate_limited_waits_retry_after(scheduled: Store, slack, client, settings) -> None:
    slack.fail("chat.postMessage", status=429, retry_after=1)
    started = time.monotonic()
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=1), real=True)
    assert report.posted == 1
    assert time.monotonic() - started >= 1.0
    assert len(posts(slack)) == 2  # the refused call, then the one that went through
    assert scheduled.last_digest("C1") is not None


def test_server_error_is_retried_with_backoff(scheduled: Store, slack, client, settings) -> None:
    slack.fail("chat.postMessage", status=500)
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=1), real=True)
    assert report.posted == 1
    assert len(posts(slack)) == 2


def test_server_down_marks_retry_then_a_later_tick_checks_history_and_posts(
    scheduled: Store, slack, client, settings
) -> None:
    slack.fail("chat.postMessage", status=500, times=3)
    first = tick(scheduled, client, settings, SEND + timedelta(minutes=1), real=True)
    assert first.retry == 1
    [run] = scheduled.digest_runs_since(DAY).values()
    assert run.status == "retry"
    assert tick(scheduled, client, settings, SEND + timedelta(minutes=2)).due == 0  # too soon
    second = tick(scheduled, client, settings, SEND + timedelta(minutes=5))
    assert second.posted == 1
    assert len(slack.calls("conversations.history")) == 1
    assert scheduled.last_digest("C1").attempts == 2


def test_not_in_channel_pauses_and_tells_who_set_it(
    scheduled: Store, slack, client, settings
) -> None:
    slack.fail("chat.postMessage", error="not_in_channel")
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=1))
    assert report.paused == 1
    channel = scheduled.get_channel("C1")
    assert channel is not None and channel.paused_reason == "not_in_channel"
    [notice] = posts(slack, "U1")
    assert "not_in_channel" in notice.get("text") and "<#C1>" in notice.get("text")
    # Paused: the next days post nothing and nobody is told twice.
    assert tick(scheduled, client, settings, SEND + timedelta(days=1)).due == 0
    assert len(posts(slack, "U1")) == 1
    # Setting it again resumes it.
    with time_machine.travel(SEND + timedelta(days=1, hours=1), tick=False):
        scheduled.set_digest_schedule(
            "C1", digest_time="08:00", timezone="Europe/Paris", team_id=TEAM_ID
        )
    assert tick(scheduled, client, settings, SEND + timedelta(days=2)).empty == 1


def test_channel_not_found_pauses_too(scheduled: Store, slack, client, settings) -> None:
    slack.fail("chat.postMessage", error="channel_not_found")
    assert tick(scheduled, client, settings, SEND + timedelta(minutes=1)).paused == 1
    assert scheduled.scheduled_channels() == []


def test_stale_claim_found_in_history_is_recorded_not_posted_again(
    scheduled: Store, slack, client, settings
) -> None:
    """Killed after posting, before recording: the next process finds the post by metadata."""
    with time_machine.travel(SEND + timedelta(minutes=1), tick=False):
        run_id = scheduled.claim_digest("C1", DAY)
    slack.reply(
        "conversations.history",
        lambda args: {
            "ok": True,
            "has_more": False,
            "messages": [
                {"type": "message", "ts": "1764054000.000100", "text": "other"},
                {
                    "type": "message",
                    "ts": "1764054060.000200",
                    "metadata": {
                        "event_type": EVENT_TYPE,
                        "event_payload": {"digest_date": DAY.isoformat(), "run_id": run_id},
                    },
                },
            ],
        },
    )
    assert tick(scheduled, client, settings, SEND + timedelta(minutes=5)).due == 0  # not stale
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=12))
    assert report.recovered == 1 and posts(slack) == []
    [history] = slack.calls("conversations.history")
    assert history.get("include_all_metadata") in (True, "true", "1", 1)
    run = scheduled.last_digest("C1")
    assert run is not None and run.message_ts == "1764054060.000200"


def test_stale_claim_not_in_history_is_posted(scheduled: Store, slack, client, settings) -> None:
    with time_machine.travel(SEND + timedelta(minutes=1), tick=False):
        scheduled.claim_digest("C1", DAY)
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=12))
    assert report.posted == 1 and len(posts(slack)) == 1


def test_stale_claim_without_history_access_is_never_posted(
    scheduled: Store, slack, client, settings
) -> None:
    """At-most-once when the post cannot be checked for."""
    with time_machine.travel(SEND + timedelta(minutes=1), tick=False):
        scheduled.claim_digest("C1", DAY)
    slack.fail("conversations.history", error="missing_scope")
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=12))
    assert report.failed == 1 and posts(slack) == []
    [run] = scheduled.digest_runs_since(DAY).values()
    assert run.status == "failed" and "missing_scope" in (run.error or "")
    assert tick(scheduled, client, settings, SEND + timedelta(minutes=30)).due == 0


def test_empty_note_setting(scheduled: Store, slack, client, settings) -> None:
    tick(scheduled, client, settings, SEND + timedelta(minutes=1))
    noted = Settings(**{**settings.__dict__, "digest_empty_note": True})
    report = tick(scheduled, client, noted, SEND + timedelta(days=1, minutes=1))
    assert report.posted == 1
    assert "No new articles today." in posts(slack)[-1].get("text")


def test_one_message_per_second_per_channel() -> None:
    pacer = ChannelPacer()
    started = time.monotonic()
    pacer.wait("C1")
    pacer.wait("C2")
    assert time.monotonic() - started < 0.5
    pacer.wait("C1")
    assert time.monotonic() - started >= 1.0


def test_a_long_retry_after_is_not_waited_in_place(
    scheduled: Store, slack, client, settings
) -> None:
    """Waiting 2 minutes in place could outlive a claim; the run is retried later instead."""
    slack.fail("chat.postMessage", status=429, retry_after=120)
    started = time.monotonic()
    report = tick(scheduled, client, settings, SEND + timedelta(minutes=1), real=True)
    assert time.monotonic() - started < 10
    assert report.retry == 1
    [run] = scheduled.digest_runs_since(DAY).values()
    assert run.status == "retry" and run.error == "ratelimited"


def test_each_workspace_is_posted_to_with_its_own_installation(
    scheduled: Store, slack: FakeSlack, settings
) -> None:
    from slack_sdk.oauth.installation_store import Installation

    from bot.slack_clients import installation_store

    oauth = {"slack_bot_token": None, "slack_client_id": "1.2", "slack_client_secret": "s"}
    distributed = Settings(**{**settings.__dict__, **oauth})
    installations = installation_store(distributed, scheduled)
    assert installations is not None
    installations.save(
        Installation(
            app_id="A1",
            user_id="U0",
            team_id=TEAM_ID,
            bot_token="xoxb-team-one",
            bot_id="B1",
            bot_user_id="UB1",
        )
    )
    with time_machine.travel(SEND - timedelta(days=1), tick=False):
        scheduled.set_digest_schedule(
            "C1", digest_time="08:00", timezone="Europe/Paris", team_id=TEAM_ID, set_by="U1"
        )
    app_client = WebClient(base_url=slack.api_url)  # Bolt's client has no token under OAuth
    report = tick(scheduled, app_client, distributed, SEND + timedelta(minutes=1))
    assert report.posted == 1
    [post] = posts(slack)
    assert post.token == "xoxb-team-one"


def test_a_429_holds_every_worker() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from bot.digests.runner import RateGate

    gate = RateGate()
    started = time.monotonic()
    gate.hold(0.3)

    def waited(_: int) -> float:
        gate.wait()
        return time.monotonic() - started

    with ThreadPoolExecutor(4) as pool:
        assert min(pool.map(waited, range(4))) >= 0.3


def test_slack_unreachable_is_recorded_in_words_and_retried(
    scheduled: Store, settings, caplog
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{probe.getsockname()[1]}/api/"
    unreachable = web_client(replace(settings, slack_api_url=nowhere), "xoxb-test")
    report = tick(scheduled, unreachable, settings, SEND + timedelta(minutes=1), real=True)
    assert report.retry == 1
    [run] = scheduled.digest_runs_since(DAY).values()
    assert run.status == "retry"
    assert run.error == f"cannot reach Slack at {nowhere} (connection refused)"
    assert "Errno" not in caplog.text
