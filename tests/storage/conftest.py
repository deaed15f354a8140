"""Fixtures: every storage test runs on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL tests need PRECIS_TEST_POSTGRES_URL and skip without it. Other suites may use
the same server at the same time, so each test session works in a database of its own
(created here, dropped at the end); each test starts from empty tables.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from bot.text.model import Article, Paragraph, Person, Quote, Sentence
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


def build_article(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    language: str = "fr",
    date: str | None = None,
    quotes: Sequence[tuple[str, str | None]] = (),
    people: Sequence[Person] = (),
    metadata: Mapping[str, str] | None = None,
) -> Article:
    """An article whose paragraphs are also its sentences, ranked in order; ``quotes`` are
    (quoted words, speaker) pairs whose words appear verbatim in a paragraph."""
    text = "\n\n".join(paragraphs)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    built_quotes = []
    for words, speaker in quotes:
        start = text.index(words)
        index = max(i for i, s in enumerate(starts) if s <= start)
        built_quotes.append(
            Quote(words, speaker, speaker, "direct", index, start, start + len(words))
        )
    pairs = list(zip(paragraphs, starts, strict=True))
    return Article(
        text=text,
        language=language,  # type: ignore[arg-type]
        title=title,
        date=date,
        metadata=dict(metadata or {}),
        paragraphs=tuple(Paragraph(i, "body", p, s) for i, (p, s) in enumerate(pairs)),
        sentences=tuple(Sentence(i, s, s + len(p), p, rank=i) for i, (p, s) in enumerate(pairs)),
        people=tuple(people),
        quotes=tuple(built_quotes),
    )


@pytest.fixture
def make_article() -> Callable[..., Article]:
    return build_article
