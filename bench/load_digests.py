"""The digests of ``bench/load.py``: schedule them, wait for them, count them, clean up."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from digest_fanout import news
from workspace import WORKSPACE

from storage import Store
from storage.models import Channel, DigestRun, SlackEvent, table_of

BENCH_CHANNEL = "CLOAD"  # prefix of the digest channels this bench schedules
BENCH_SOURCE = "https://load.example.org/"


def schedule_digests(store: Store, channels: int, due: datetime) -> list[str]:
    """``channels`` channels of the benches' workspace due at ``due`` (UTC minute), schedules
    set yesterday, and a few fresh articles shared with that workspace for them to post."""
    names = [f"{BENCH_CHANNEL}{n:05d}" for n in range(channels)]
    for name in names:
        store.set_digest_schedule(
            name, digest_time=due.strftime("%H:%M"), timezone="UTC", team_id=WORKSPACE.team_id
        )
    with store.write() as connection:
        connection.execute(
            sa.update(table_of(Channel))
            .where(table_of(Channel).c.channel_id.in_(names))
            .values(updated_at=due - timedelta(days=1))
        )
    for n in range(5):
        store.add_article(
            news(n), source=f"{BENCH_SOURCE}{n}", content_hash=f"load-{n}", shared_in=WORKSPACE
        )
    return names


def digest_outcome(
    store: Store, names: list[str], posted: dict[str, list], day: date
) -> dict[str, int]:
    """How the day's digests of ``names`` went; ``posted`` holds each channel's posts seen."""
    runs = {
        channel: run
        for (channel, run_day), run in store.digest_runs_since(day).items()
        if run_day == day and channel in set(names)
    }
    posts = {name: len(posted.get(name, [])) for name in names}
    statuses = Counter(run.status for run in runs.values())
    return {
        "channels": len(names),
        "posted once": sum(count == 1 for count in posts.values()),
        "doubled": sum(count > 1 for count in posts.values()),
        "lost": sum(count == 0 for count in posts.values()),
        "runs posted": statuses["posted"],
        "runs not final": statuses["claimed"] + statuses["retry"],
        "runs failed": statuses["failed"],
        "taken over": sum(run.attempts > 1 for run in runs.values()),
    }


def settle_digests(store: Store, names: list[str], day: date, limit: float) -> float:
    """Wait until every bench run is final (posted, empty or failed); seconds waited."""
    started = time.monotonic()
    table = table_of(DigestRun)
    while time.monotonic() - started < limit:
        with store.read() as connection:
            open_runs = connection.execute(
                sa.select(sa.func.count()).where(
                    table.c.digest_date == day,
                    table.c.channel_id.like(f"{BENCH_CHANNEL}%"),
                    table.c.status.in_(("claimed", "retry")),
                )
            ).scalar_one()
            runs = connection.execute(
                sa.select(sa.func.count()).where(
                    table.c.digest_date == day, table.c.channel_id.like(f"{BENCH_CHANNEL}%")
                )
            ).scalar_one()
        if runs >= len(names) and not open_runs:
            break
        time.sleep(5)
    return time.monotonic() - started


def clean_up(store: Store) -> None:
    """Remove what the bench added: channels, runs, articles, event claims."""
    with store.write() as connection:
        connection.execute(
            sa.delete(table_of(DigestRun)).where(
                table_of(DigestRun).c.channel_id.like(f"{BENCH_CHANNEL}%")
            )
        )
        connection.execute(
            sa.delete(table_of(Channel)).where(
                table_of(Channel).c.channel_id.like(f"{BENCH_CHANNEL}%")
            )
        )
        events = table_of(SlackEvent).c.event_id
        connection.execute(
            sa.delete(table_of(SlackEvent)).where(
                events.like("message:CASK%") | events.like("message:DASK%")
            )
        )
    for row in store.latest_articles(limit=20, viewer=WORKSPACE):
        if (row.source or "").startswith(BENCH_SOURCE):
            store.delete_article(row.id)
