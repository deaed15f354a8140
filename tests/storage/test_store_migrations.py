"""Migrations: from an empty database to head, twice, from two processes at once."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from storage import SchemaNotCurrent, Store, normalise_url, upgrade
from storage.db import alembic_config

TABLES = {
    "article",
    "paragraph",
    "sentence",
    "person",
    "quote",
    "slack_event",
    "channel",
    "digest_run",
    "feed",
    "feed_item",
}


def _env_include_name():
    """The autogenerate filter env.py uses, read from the shipped file."""
    namespace: dict = {}
    source = alembic_config().get_main_option("script_location") + "/env.py"
    with open(source) as env:
        exec(env.read().split("if context.is_offline_mode")[0], namespace)
    return namespace["include_name"]


def test_upgrade_from_empty_is_idempotent_and_matches_models(empty_database_url):
    upgrade(empty_database_url)
    upgrade(empty_database_url)

    engine = sa.create_engine(normalise_url(empty_database_url))
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        assert set(sa.inspect(connection).get_table_names()) >= TABLES
        context = MigrationContext.configure(
            connection, opts={"include_name": _env_include_name(), "compare_type": True}
        )
        assert context.get_current_revision() == head
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_sqlite_default_upgrades_itself(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'new' / 'precis.db'}")
    assert store.stats().articles == 0
    with store.read() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    store.close()


@pytest.mark.slow
def test_two_processes_upgrading_at_once_both_succeed(empty_database_url):
    script = "import sys; from storage import upgrade; upgrade(sys.argv[1])"
    processes = [
        subprocess.Popen([sys.executable, "-c", script, empty_database_url], stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in processes]
    assert [p.returncode for p in processes] == [0, 0], errors


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg2://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///precis.db", "sqlite:///precis.db"),
    ],
)
def test_database_urls_use_psycopg_3(given, expected):
    assert normalise_url(given) == expected


def test_store_on_an_unmigrated_database_says_how_to_fix_it(empty_database_url):
    unmigrated = Store(empty_database_url, upgrade=False)
    with pytest.raises(SchemaNotCurrent, match="precis db upgrade"):
        unmigrated.check_schema()
    unmigrated.close()
    store = Store(empty_database_url, upgrade=True)
    store.check_schema()
    assert store.stats().articles == 0
    store.close()


def test_downgrade_to_nothing_and_back(empty_database_url):
    upgrade(empty_database_url)
    engine = sa.create_engine(normalise_url(empty_database_url))
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        assert not TABLES & set(sa.inspect(connection).get_table_names())
    engine.dispose()
    upgrade(empty_database_url)
    store = Store(empty_database_url, upgrade=False)
    store.check_schema()
    store.close()
