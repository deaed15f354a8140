"""The background jobs of `precis serve` and `precis worker`: the digest tick, feed polling
and forgetting old rows.

One short interval tick for every digest, never a cron job per channel: cron fires on wall
clocks (0 or 2 runs around daylight-saving changes) and is lost if the process was down at
that minute. The tick asks the database what is due instead (bot.digests.due), so restarts
catch up and several processes can run it at once: the digest claim makes each post happen
once. The job store is in memory on purpose: persistent APScheduler job stores must not be
shared between processes, and nothing here needs persisting.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient

from bot.config import Settings
from bot.digests.runner import DigestRunner
from storage import Store

log = logging.getLogger(__name__)

DIGEST_JOB = "digests"
FEED_JOB = "feeds"
PRUNE_JOB = "prune"
FEED_FIRST_DELAY = timedelta(seconds=30)  # let the server settle before the first poll
PRUNE_EVERY = timedelta(hours=1)
CLAIM_MAX_AGE = timedelta(days=1)  # Slack retries for minutes; a shared answer is long gone


def start_scheduler(settings: Settings, store: Store, client: WebClient) -> BackgroundScheduler:
    """Start the digest tick (first run now: catch up after downtime), the feed poll and the
    hourly pruning of old rows."""
    runner = DigestRunner(store, client, settings)
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    now = datetime.now(UTC)
    scheduler.add_job(
        runner.tick,
        "interval",
        seconds=settings.scheduler_tick_seconds,
        id=DIGEST_JOB,
        name="post due digests",
        next_run_time=now,
        misfire_grace_time=settings.scheduler_tick_seconds,
    )
    scheduler.add_job(
        poll_feeds,
        "interval",
        args=(store, settings),
        minutes=settings.feed_poll_minutes,
        id=FEED_JOB,
        name="poll due feeds",
        next_run_time=now + FEED_FIRST_DELAY,
        misfire_grace_time=settings.feed_poll_minutes * 60,
    )
    scheduler.add_job(
        forget_old_rows,
        "interval",
        args=(store,),
        seconds=PRUNE_EVERY.total_seconds(),
        id=PRUNE_JOB,
        name="forget old event claims and saved answers",
        next_run_time=now + PRUNE_EVERY,
    )
    scheduler.start()
    log.info(
        "scheduler started: digests every %ss, feeds every %s min",
        settings.scheduler_tick_seconds,
        settings.feed_poll_minutes,
    )
    return scheduler


def poll_feeds(store: Store, settings: Settings) -> None:
    """The feed job; imported when it runs so the digest tick never depends on feed code."""
    from bot.ingest.feeds import poll_due_feeds

    polled = poll_due_feeds(store, settings)
    if polled:
        log.info("feeds polled: %d", len(polled))


def forget_old_rows(store: Store, max_age: timedelta = CLAIM_MAX_AGE) -> None:
    """Forget answered-event claims and answers saved for sharing older than ``max_age``:
    both only matter for minutes, and the tables would otherwise grow forever."""
    before = datetime.now(UTC) - max_age
    try:
        store.forget_events(before)
        store.forget_answers(before)
    except Exception as error:  # the next run tries again
        log.warning("could not prune old event claims and saved answers: %s", error)


def run_worker(settings: Settings, store: Store, client: WebClient) -> None:
    """`precis worker`: the scheduler alone, until SIGINT or SIGTERM."""
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    scheduler = start_scheduler(settings, store, client)
    try:
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)
        log.info("scheduler stopped")
