"""The ``precis serve`` processes of ``bench/load.py``: start, watch, kill and time them."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from footprint import free_port, health

from bot.shell import SIGNING_SECRET
from storage import Store
from tests.fake_slack import FakeSlack

PRECIS = str(Path(sys.executable).with_name("precis"))


class Fleet:
    """``count`` ``precis serve`` processes on one database, each with its own port and token."""

    def __init__(self, count: int, database: str, slack: FakeSlack, logs: Path, tick: int):
        self.database = database
        self.slack = slack
        self.logs = logs
        self.tick = tick
        self.ports = [free_port() for _ in range(count)]
        self.processes: list[subprocess.Popen] = [None] * count  # type: ignore[list-item]
        self.cpu_seconds = [0.0] * count  # of processes that were killed, carried over
        self.down_until = [0.0] * count
        self._next = itertools.count()

    def token(self, index: int) -> str:
        return f"xoxb-load-{index}"

    def url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.ports[index]}"

    def start(self, index: int) -> None:
        env = {
            **os.environ,
            "DATABASE_URL": self.database,
            "PORT": str(self.ports[index]),
            "SLACK_BOT_TOKEN": self.token(index),
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": self.slack.api_url,
            "SLACK_APP_TOKEN": "",
            "SLACK_CLIENT_ID": "",
            "SLACK_CLIENT_SECRET": "",
            "LOG_LEVEL": "WARNING",
            "PRECIS_SCHEDULER_TICK_SECONDS": str(self.tick),
        }
        log = (self.logs / f"serve-{index}.log").open("a")
        self.processes[index] = subprocess.Popen(
            [PRECIS, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT
        )

    def wait_healthy(self, index: int, timeout: float = 120.0) -> float:
        started = time.monotonic()
        while (report := health(self.url(index))) is None or not report.get("ok"):
            if self.processes[index].poll() is not None:
                raise RuntimeError(f"precis serve {index} exited: see {self.logs}")
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"precis serve {index} not healthy after {timeout:.0f} s")
            time.sleep(0.05)
        return time.monotonic() - started

    def kill(self, index: int) -> None:
        process = self.processes[index]
        self.cpu_seconds[index] += process_cpu(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def pick(self) -> int:
        """Round-robin over the processes not known to be down."""
        count = len(self.ports)
        for _ in range(count):
            index = next(self._next) % count
            if self.down_until[index] <= time.monotonic():
                return index
        return next(self._next) % count

    def stop(self) -> list[float]:
        """SIGTERM every process; their CPU seconds (including killed predecessors)."""
        spent = []
        for index, process in enumerate(self.processes):
            spent.append(self.cpu_seconds[index] + process_cpu(process.pid))
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        return spent


def database_cpu(store: Store) -> float | None:
    """CPU seconds of the PostgreSQL backends connected to this database now (the pools
    keep theirs open for the whole run); None on SQLite, where queries run in the processes."""
    if store.is_sqlite:
        return None
    with store.read() as connection:
        pids = connection.execute(
            sa.text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).scalars()
        return sum(process_cpu(pid) for pid in pids)


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a live process (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
