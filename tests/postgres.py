"""A PostgreSQL database of a test's own on the shared server (PRECIS_TEST_POSTGRES_URL).

Several suites, and other people's test runs, use the same server at once: each gets a
freshly created database, dropped afterwards, and skips with the reason when no server is set.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from storage import normalise_url, upgrade

POSTGRES_ENV = "PRECIS_TEST_POSTGRES_URL"


@contextmanager
def private_database(purpose: str, *, migrated: bool = True) -> Iterator[str]:
    """The URL of a new database (migrated unless told otherwise), dropped on exit."""
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(f"{POSTGRES_ENV} is not set: {purpose} need PostgreSQL")
    admin = sa.create_engine(normalise_url(server), isolation_level="AUTOCOMMIT")
    name = f"precis_test_{os.getpid()}_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        if migrated:
            upgrade(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
