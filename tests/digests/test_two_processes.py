"""Exactly once across processes: two `precis digest run-due` at the same moment on one
PostgreSQL database post each channel's digest once, and a restart posts nothing more."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from storage import Store
from storage.models import Channel, table_of
from tests.builders import TEAM_ID, build_article, store_article
from tests.fake_slack import FakeSlack

CHANNELS = 60

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def run_due(environment: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "digest", "run-due"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_post_each_digest_once(postgres_database: str) -> None:
    store = Store(postgres_database)
    now = datetime.now(UTC)
    send = (now - timedelta(minutes=2)).strftime("%H:%M")
    for n in range(CHANNELS):
        store.set_digest_schedule(
            f"C{n:04d}", digest_time=send, timezone="UTC", set_by="U1", team_id=TEAM_ID
        )
    with store.write() as connection:  # schedules set yesterday: today's send time counts
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    store_article(store, build_article(["The bridge reopens."], title="Bridge reopens"))

    with FakeSlack() as slack:
        slack.fail("chat.postMessage", times=10 * CHANNELS, delay=0.3)  # slow: they overlap
        environment = {
            **os.environ,
            "DATABASE_URL": postgres_database,
            "SLACK_BOT_TOKEN": "xoxb-two-processes",
            "SLACK_API_URL": slack.api_url,
            "LOG_LEVEL": "WARNING",
        }
        processes = [run_due(environment) for _ in range(2)]
        outputs = [p.communicate(timeout=120) for p in processes]
        for process, (_, errors) in zip(processes, outputs, strict=True):
            assert process.returncode == 0, errors
        restarted = run_due(environment)
        restart_report, restart_errors = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, restart_errors
        assert restart_report.strip().startswith("0 due")

        per_channel = Counter(c.get("channel") for c in slack.calls("chat.postMessage"))
    assert len(per_channel) == CHANNELS
    assert set(per_channel.values()) == {1}, per_channel.most_common(3)
    today = {day for _, day in store.digest_runs_since(now.date() - timedelta(days=1))}
    runs = store.digest_runs_since(min(today))
    assert len(runs) == CHANNELS
    assert {run.status for run in runs.values()} == {"posted"}
    # Each process says how many it posted and how many the other claimed first.
    posted = [int(re.search(r"(\d+) posted", report)[1]) for report, _ in outputs]  # type: ignore[index]
    assert sum(posted) == CHANNELS
    print("posted per process:", posted, [" ".join(r.split()) for r, _ in outputs])
    store.close()
