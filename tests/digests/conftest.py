"""Fixtures for digest tests: a SQLite store, the Web API stand-in, articles built by hand."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

import pytest
from slack_sdk import WebClient

from bot.config import Settings
from bot.slack_stub import SlackStub
from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from storage import Store

TOKEN = "xoxb-digest-test"
_hashes = itertools.count(1)


def build_article(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    language: str = "en",
    date: str | None = None,
    quotes: Sequence[tuple[str, str | None, str]] = (),
    kinds: Sequence[str] | None = None,
) -> Article:
    """An article whose paragraphs are its ranked sentences; ``quotes`` are
    (words, speaker, kind) triples whose words appear verbatim in a paragraph."""
    text = "\n\n".join(paragraphs)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    kinds = kinds or ["body"] * len(paragraphs)
    built = []
    for words, speaker, kind in quotes:
        start = text.index(words)
        index = max(i for i, s in enumerate(starts) if s <= start)
        built.append(Quote(words, speaker, speaker, kind, index, start, start + len(words)))  # type: ignore[arg-type]
    people = tuple(Person(s) for s in dict.fromkeys(q[1] for q in quotes if q[1]))
    return Article(
        text=text,
        language=language,  # type: ignore[arg-type]
        title=title,
        date=date,
        paragraphs=tuple(
            Paragraph(i, kind, p, s)  # type: ignore[arg-type]
            for i, (p, s, kind) in enumerate(zip(paragraphs, starts, kinds, strict=True))
        ),
        sentences=tuple(
            Sentence(i, s, s + len(p), p, rank=i if kind == "body" else None)
            for i, (p, s, kind) in enumerate(zip(paragraphs, starts, kinds, strict=True))
        ),
        people=people,
        quotes=tuple(built),
    )


def add(
    store: Store, article: Article, *, source: str | None = None, channel: str | None = None
) -> int:
    return store.add_article(
        article, source=source, content_hash=f"h{next(_hashes)}", channel_id=channel
    ).id


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store(f"sqlite:///{tmp_path / 'digests.db'}")
    yield opened
    opened.close()


@pytest.fixture
def slack() -> Iterator[SlackStub]:
    with SlackStub() as stub:
        yield stub


@pytest.fixture
def client(slack: SlackStub) -> WebClient:
    return WebClient(token=TOKEN, base_url=slack.api_url)


@pytest.fixture
def settings(slack: SlackStub, tmp_path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'digests.db'}",
        slack_bot_token=TOKEN,
        slack_api_url=slack.api_url,
    )


@pytest.fixture
def make_article() -> Callable[..., Article]:
    return build_article
