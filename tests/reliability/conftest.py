"""Fixtures of the reliability suite: a PostgreSQL database per test."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from storage import normalise_url, upgrade
from tests.reliability.reliability_helpers import POSTGRES_ENV


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A migrated database of this test's own on the shared server, dropped afterwards."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: the PostgreSQL fault test needs it")
    admin = sa.create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    name = f"precis_reliability_{os.getpid()}_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    database = admin.url.set(database=name).render_as_string(hide_password=False)
    upgrade(database)
    yield database
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()
