"""Fixtures: every storage test runs on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL tests need PRECIS_TEST_POSTGRES_URL and skip without it. Other suites may use
the same server at the same time, so each test session works in a database of its own
(created here, dropped at the end); each test starts from empty tables.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import SQLModel

from storage import Store
from tests.postgres import private_database

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated database private to this test session."""
    with private_database("PostgreSQL storage tests") as url:
        yield url


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
    with private_database("migration tests", migrated=False) as url:
        yield url
