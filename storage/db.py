"""Engines and transactions: SQLite by default, PostgreSQL (psycopg 3) to scale out.

SQLite runs in WAL mode with ``synchronous=NORMAL`` (cheap commits, readers never block
the writer), a 30 s busy timeout and foreign keys on. Write transactions start with
``BEGIN IMMEDIATE`` so two processes queue for the write lock instead of one failing
with "database is locked" when it upgrades a read to a write.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event, exc, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import StaticPool

DEFAULT_DATABASE_URL = "sqlite:///precis.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).parent / "migrations"
# Arbitrary constant naming the PostgreSQL advisory lock held while migrating.
MIGRATION_LOCK_KEY = 0x70726563  # "prec"
_WRITE = "precis_write"
BACKENDS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
SUPPORTED = "use sqlite:/// or postgresql://"


class UnsupportedDatabase(ValueError):
    """DATABASE_URL names a database Précis does not run on; the message says which do."""


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached or opened; the message is one line for an operator."""


log = logging.getLogger(__name__)
# PostgreSQL's "too many clients already": the server, not this process, ran out of slots.
TOO_MANY_CONNECTIONS = "53300"
# "The database system is starting up / shutting down": a restart, over in seconds.
CANNOT_CONNECT_NOW = "57P03"
DEFAULT_POOL_TIMEOUT = 30.0  # SQLAlchemy's
RECONNECT_PAUSE = 0.25


class StoreBusy(RuntimeError):
    """No database connection came free in time (every one of the pool's is in use, or the
    server refuses more): the caller should say "busy, try again" rather than fail."""


def normalise_url(url: str) -> str:
    """Accept ``postgres://``, ``postgresql://`` and ``postgresql+psycopg://``; use psycopg 3.

    Raises :class:`UnsupportedDatabase` for any other kind of database (``mysql://``)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    try:
        parsed = make_url(url)
    except ArgumentError:
        scheme = url.split("://")[0]
        raise UnsupportedDatabase(f"{scheme!r} is not a database URL: {SUPPORTED}") from None
    if parsed.get_backend_name() not in BACKENDS:
        raise UnsupportedDatabase(f"{parsed.get_backend_name()} is not supported: {SUPPORTED}")
    if parsed.get_backend_name() == "postgresql" and parsed.drivername != "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(
    url: str, *, pool_size: int | None = None, pool_timeout: float | None = None
) -> Engine:
    """An engine with the pragmas (SQLite) or pool checks (PostgreSQL) the bot relies on.

    ``pool_size`` connections are kept open and as many again may be opened for a burst;
    a caller waits at most ``pool_timeout`` seconds for one (then :class:`StoreBusy`).
    Unset, SQLAlchemy's defaults apply (5, 10 more, 30 s).
    """
    url = normalise_url(url)
    parsed = make_url(url)
    pool: dict[str, float] = {}
    if pool_size is not None:
        pool |= {"pool_size": pool_size, "max_overflow": pool_size}
    if pool_timeout is not None:
        pool["pool_timeout"] = pool_timeout
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **pool)
    database = parsed.database or ":memory:"
    in_memory = database == ":memory:"
    if not in_memory:
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseUnavailable(describe_database_error(url, error)) from error
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        **({"poolclass": StaticPool} if in_memory else pool),
    )
    _configure_sqlite(engine, wal=not in_memory)
    return engine


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


# What PostgreSQL (libpq) and SQLite say, and the words an operator needs instead.
_DATABASE_CAUSES = (
    ("connection refused", "connection refused"),
    ("failed to resolve host", "DNS lookup failed"),
    ("could not translate host name", "DNS lookup failed"),
    ("name or service not known", "DNS lookup failed"),
    ("timeout expired", "timed out"),
    ("password authentication failed", "password authentication failed"),
    ("no password supplied", "a password is needed"),
    ("no pg_hba.conf entry", "this client is not allowed by pg_hba.conf"),
    ("unable to open database file", "cannot open the file"),
    ("file is not a database", "not a SQLite database file"),
    ("database is locked", "the database is locked by another process"),
    ("readonly database", "the file is read-only"),
)
_QUOTED_NAME = re.compile(r'(database|role) "([^"]*)" does not exist')


def describe_database_error(url: str, error: BaseException) -> str:
    """One line for an operator: which database, where, and why it cannot be used, e.g.
    "cannot reach PostgreSQL at 127.0.0.1:5999 (connection refused)". Never the password."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        where = f"SQLite database {parsed.database or ':memory:'}"
        verb = "cannot open"
    else:
        port = f":{parsed.port}" if parsed.port else ""
        where = f"PostgreSQL at {parsed.host or 'localhost'}{port}"
        verb = "cannot reach"
    cause = error.orig if isinstance(error, DBAPIError) and error.orig else error
    message = str(cause).lower()
    if isinstance(cause, OSError) and not isinstance(cause, sqlite3.Error):
        reason = (cause.strerror or str(cause)).lower()
    elif named := _QUOTED_NAME.search(str(cause)):
        reason = f'{named[1]} "{named[2]}" does not exist'
        verb = "cannot use"
    else:
        found = (words for marker, words in _DATABASE_CAUSES if marker in message)
        reason = next(found, str(cause).strip().splitlines()[0] if str(cause).strip() else "")
    if parsed.password:
        reason = reason.replace(parsed.password, "***")
    return f"{verb} {where} ({reason or type(cause).__name__})"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def dialect_insert(connection: Connection, table: Table):
    """``INSERT`` for the connection's dialect, with ``.on_conflict_do_nothing()``,
    ``.on_conflict_do_update()`` and ``.returning()``."""
    return sqlite_insert(table) if connection.dialect.name == "sqlite" else postgresql_insert(table)


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configured from the package itself, so an installed wheel can migrate."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


class SchemaNotCurrent(RuntimeError):
    """The database schema is not the one this code was written for."""


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def schema_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def connect(engine: Engine) -> Connection:
    """A connection, or :class:`DatabaseUnavailable` saying in one line why there is none."""
    try:
        return engine.connect()
    except DBAPIError as error:  # refused, unknown host, no such database, not a database file
        url = engine.url.render_as_string(hide_password=False)
        raise DatabaseUnavailable(describe_database_error(url, error)) from error


def upgrade_schema(url_or_engine: str | Engine) -> None:
    """``alembic upgrade head``, safe when several processes start at once.

    A current schema is left alone without taking any lock. Otherwise, SQLite: the whole
    upgrade runs in one ``BEGIN IMMEDIATE`` transaction, so a second process waits (busy
    timeout) and then finds the schema current. PostgreSQL: a transaction-scoped advisory
    lock does the same.
    """
    engine = url_or_engine if isinstance(url_or_engine, Engine) else make_engine(url_or_engine)
    with connect(engine) as connection:
        current = schema_revision(connection) == head_revision()
    if not current:
        with (
            connect(engine).execution_options(**{_WRITE: True}) as connection,
            connection.begin(),
        ):
            if not is_sqlite(engine):
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            command.upgrade(alembic_config(connection), "head")
    if engine is not url_or_engine:
        engine.dispose()


class StoreBase:
    """What every Store mixin shares: the engine and the ways to open a transaction."""

    def __deepcopy__(self, memo: dict) -> StoreBase:
        # A Store is a handle on one database, shared by threads; a "copy" (Bolt copies its
        # request context for lazy listeners) must be the same handle, not a second pool.
        return self

    def __init__(
        self,
        url: str = DEFAULT_DATABASE_URL,
        *,
        upgrade: bool | None = None,
        pool_size: int | None = None,
        pool_timeout: float | None = None,
    ) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, pool_size=pool_size, pool_timeout=pool_timeout)
        self.connect_wait = pool_timeout or DEFAULT_POOL_TIMEOUT
        # The embedded SQLite default keeps itself current; PostgreSQL is migrated on release
        # (`precis db upgrade`) unless asked.
        # Nothing else connects here: a server must start, and report itself unhealthy,
        # while its database is down.
        if upgrade if upgrade is not None else is_sqlite(self.engine):
            upgrade_schema(self.engine)

    def check_schema(self) -> None:
        """Raise SchemaNotCurrent, with the fix in its message, unless the schema is at head:
        for a process to fail at start rather than on its first query."""
        with connect(self.engine) as connection:
            found = schema_revision(connection)
        expected = head_revision()
        if found != expected:
            where = self.engine.url.render_as_string(hide_password=True)
            state = "has no Précis tables" if found is None else f"is at revision {found}"
            raise SchemaNotCurrent(
                f"the database {where} {state}, this version needs {expected}:"
                " run `precis db upgrade`"
            )

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    def insert(self, table: Table):
        """``INSERT`` for this dialect, with ``.on_conflict_do_nothing()`` and ``.returning()``."""
        return sqlite_insert(table) if self.is_sqlite else postgresql_insert(table)

    def connect(self) -> Connection:
        """A connection from the pool, or :class:`StoreBusy` when none comes free in time.

        PostgreSQL unreachable (restarting, failing over) is waited out for as long as a
        free connection would be (the pool timeout), so a restart costs seconds, not answers.
        """
        deadline = time.monotonic() + self.connect_wait
        while True:
            try:
                return self.engine.connect()
            except exc.TimeoutError as error:
                raise StoreBusy(f"every database connection is in use: {error}") from error
            except exc.OperationalError as error:
                state = getattr(error.orig, "sqlstate", None)
                if state == TOO_MANY_CONNECTIONS:
                    message = f"the database refuses more connections: {error.orig}"
                    raise StoreBusy(message) from error
                restarting = state in (None, CANNOT_CONNECT_NOW) and not self.is_sqlite
                if not restarting or time.monotonic() + RECONNECT_PAUSE > deadline:
                    raise self._unavailable(error) from error
                log.info("database unreachable, trying again: %s", error.orig)
                time.sleep(RECONNECT_PAUSE)
            except DBAPIError as error:  # unknown host, no such database, not a database file
                raise self._unavailable(error) from error

    def _unavailable(self, error: DBAPIError) -> DatabaseUnavailable:
        url = self.engine.url.render_as_string(hide_password=False)
        return DatabaseUnavailable(describe_database_error(url, error))

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        connection = self.connect().execution_options(**{_WRITE: True})
        with connection, connection.begin():
            yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only snapshot (a deferred transaction, rolled back at the end)."""
        with self.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()
