"""The database misbehaving under the bot: SQLite held by another writer, PostgreSQL
dropping every connection or unreachable for a moment (as a restart does). The bot waits or
reconnects; it never fails the command and never loses the write."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.text.model import Article, Paragraph, Sentence
from storage import DatabaseUnavailable, Store
from tests.builders import WORKSPACE
from tests.reliability.reliability_helpers import news_text, precis, precis_env

HOLD_SECONDS = 2.5

_HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute(
    "INSERT INTO slack_event (event_id, received_at) VALUES ('holder', '2026-01-01')"
)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


@contextmanager
def write_lock_held(database: Path, seconds: float) -> Iterator[float]:
    """Another process holds SQLite's write lock for ``seconds``; yields when it has it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(database), str(seconds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked", holder.stderr.read()
        yield time.monotonic()
        _, errors = holder.communicate(timeout=seconds + 30)
        assert holder.returncode == 0, errors
    finally:
        if holder.poll() is None:
            holder.kill()


def small_article(title: str) -> Article:
    text = f"{title}\n\nThe council met on Monday."
    body_start = text.index("The council")
    return Article(
        text=text,
        language="en",
        title=title,
        paragraphs=(
            Paragraph(0, "title", title, 0),
            Paragraph(1, "body", text[body_start:], body_start),
        ),
        sentences=(Sentence(1, body_start, len(text), text[body_start:], rank=0),),
    )


def test_sqlite_writes_wait_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    database = tmp_path / "precis.db"
    store = Store(f"sqlite:///{database}")
    try:
        with write_lock_held(database, HOLD_SECONDS) as locked_at:
            # Reads go on while the lock is held (WAL).
            assert store.stats().articles == 0
            writes = {
                "article": lambda: (
                    store.add_article(
                        small_article("Council meets"),
                        source="a.txt",
                        content_hash="h1",
                        shared_in=WORKSPACE,
                    ).created
                ),
                "digest claim": lambda: store.claim_digest("C1", date(2026, 11, 25)) is not None,
                "event claim": lambda: store.claim_event("Ev1"),
            }
            with ThreadPoolExecutor(len(writes)) as pool:
                futures = {name: pool.submit(write) for name, write in writes.items()}
                results = {name: future.result(timeout=60) for name, future in futures.items()}
            waited = time.monotonic() - locked_at
        assert results == dict.fromkeys(writes, True)
        assert waited >= HOLD_SECONDS * 0.8  # they did wait for the lock, then wrote
        assert store.stats().articles == 1
        assert not store.claim_event("holder")  # the other writer's row is there too
    finally:
        store.close()


@pytest.mark.slow
def test_precis_ingest_waits_for_a_locked_database(tmp_path: Path) -> None:
    database = tmp_path / "precis.db"
    Store(f"sqlite:///{database}").close()
    (tmp_path / "news.txt").write_text(news_text(7), encoding="utf-8")
    env = precis_env(f"sqlite:///{database}")
    with write_lock_held(database, HOLD_SECONDS):
        process = precis("ingest", str(tmp_path / "news.txt"), env=env, cwd=tmp_path)
        summary, errors = process.communicate(timeout=120)
    assert process.returncode == 0, errors
    assert "1 stored" in summary and "locked" not in errors


def test_postgres_connections_dropped_under_the_store_are_replaced(postgres_database: str) -> None:
    """What a PostgreSQL restart does to a running bot: every pooled connection dies."""
    store = Store(postgres_database)
    admin = sa.create_engine(postgres_database, isolation_level="AUTOCOMMIT")
    try:
        # Several pooled connections, as a busy bot has.
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda _: store.stats(), range(3)))
        with admin.connect() as connection:
            killed = connection.execute(
                sa.text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        assert killed >= 1
        # The very next calls work: the pool pings, finds the dead connections, reconnects.
        assert store.stats().articles == 0
        added = store.add_article(
            small_article("After restart"), source="b.txt", content_hash="h2", shared_in=WORKSPACE
        )
        assert added.created
        assert store.claim_digest("C1", date(2026, 11, 25)) is not None
        with ThreadPoolExecutor(3) as pool:
            assert [s.articles for s in pool.map(lambda _: store.stats(), range(3))] == [1, 1, 1]
    finally:
        store.close()
        admin.dispose()


class Relay:
    """A TCP relay in front of the PostgreSQL server, which the test can cut (every
    connection closed, nobody listening: a server restarting) and restore on the same port."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: list[socket.socket] = []

    def start(self) -> Relay:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def cut(self) -> None:
        for connection in [self._listener, *self._open]:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        self._open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._open += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


def test_a_postgres_restart_is_waited_out_not_failed(postgres_database: str) -> None:
    """Connections cut and the server unreachable for a second, as `pg_ctl restart` does:
    a query asked meanwhile waits (up to the pool timeout) and then answers."""
    url = sa.make_url(postgres_database)
    relay = Relay((url.host or "127.0.0.1", url.port or 5432)).start()
    store = Store(url.set(port=relay.port).render_as_string(hide_password=False), pool_timeout=10)
    try:
        assert store.stats().articles == 0
        relay.cut()
        threading.Timer(1.0, relay.start).start()
        assert store.stats().articles == 0  # waited for the relay to come back
        relay.cut()
        quick = Store(store.url, pool_timeout=0.5)
        with pytest.raises(DatabaseUnavailable, match="connection refused"):  # still down
            quick.stats()
        quick.close()
    finally:
        relay.cut()
        store.close()
