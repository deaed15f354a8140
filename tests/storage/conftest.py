"""Fixtures: every storage test runs on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL tests need PRECIS_TEST_POSTGRES_URL and skip without it. Other suites may use
the same server at the same time, so each test session works in a database of its own
(created here, dropped at the end); each test starts from empty tables.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from storage import Store, normalise_url, upgrade

POSTGRES_ENV = "PRECIS_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _admin_engine() -> sa.Engine:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: PostgreSQL storage tests skipped")
    return sa.create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")


def _create_database(admin: sa.Engine) -> str:
    name = f"precis_test_{os.getpid()}_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return admin.url.set(database=name).render_as_string(hide_password=False)


def _drop_database(admin: sa.Engine, url: str) -> None:
    name = sa.engine.make_url(url).database
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[sa.Engine]:
    admin = _admin_engine()
    yield admin
    admin.dispose()


@pytest.fixture(scope="session")
def postgres_url(postgres_admin: sa.Engine) -> Iterator[str]:
    """A migrated database private to this test session."""
    url = _create_database(postgres_admin)
    upgrade(url)
    yield url
    _drop_database(postgres_admin, url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store(backend: str, tmp_path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty, migrated Store on each backend."""
    if backend == "sqlite":
        opened = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    else:
        opened = Store(request.getfixturevalue("postgres_url"))
        tables = ", ".join(t.name for t in SQLModel.metadata.sorted_tables)
        with opened.write() as connection:
            connection.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    yield opened
    opened.close()


@pytest.fixture
def empty_database_url(backend: str, tmp_path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a database with no tables at all, for migration tests."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    admin = request.getfixturevalue("postgres_admin")
    url = _create_database(admin)
    yield url
    _drop_database(admin, url)
