"""Shared fixtures: the Slack Web API stand-in, signed Slack requests, a SQLite store.

``slack_api`` is :class:`tests.fake_slack.FakeSlack` (a real local HTTP server) so the bot's
``WebClient`` and Bolt's ``respond()`` run their real code; ``signed`` builds the headers
Slack sends; ``news_store`` is a SQLite store holding the hand-written articles below
(built by hand, so no language model is loaded).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

import pytest
from slack_sdk import WebClient
from slack_sdk.models.blocks import Block

from bot.app import web_client
from bot.config import Settings
from bot.shell import SIGNING_SECRET, signed_headers
from bot.text.model import Article, Person
from storage import Store
from tests import builders
from tests.builders import WORKSPACE
from tests.fake_slack import FakeSlack
from tests.postgres import private_database

BOT_TOKEN = "xoxb-test-token"
HOSTILE = "Dites-le à <!channel> et à <@U0ATTACK> : la route tue & blesse > 3000 fois par an."


NEWS: list[tuple[str, Article]] = [
    (
        "https://news.example.org/2024/road-safety?id=1&lang=en",
        builders.build_article(
            [
                "Road deaths fell by a fifth last year, the transport agency said on Tuesday.",
                "“Speed saves lives only on the racetrack,” said Jane Okafor, the agency head.",
                "Okafor added that cameras would be moved to school streets.",
            ],
            title="Road deaths fall by a fifth",
            language="en",
            date="2024-03-12",
            quotes=[("Speed saves lives only on the racetrack", "Jane Okafor")],
            indirect=[("cameras would be moved to school streets", "Jane Okafor")],
            people=[Person("Jane Okafor", ("Okafor",), "f")],
        ),
    ),
    (
        "examples/securite-routiere.txt",
        builders.build_article(
            [
                "La sécurité routière lance une campagne d'été sur les autoroutes du Sud.",
                "« La vitesse est essentielle pour nos secours, pas pour les vacanciers », "
                "a déclaré Élodie Marchand, préfète de la région.",
                "Mykola Lysenkyy, ingénieur venu de Kyiv, a salué la campagne : "
                "« Nous avons tout à apprendre de vos radars ».",
            ],
            title="La sécurité routière lance sa campagne d'été",
            date="2023-07",
            quotes=[
                (
                    "La vitesse est essentielle pour nos secours, pas pour les vacanciers",
                    "Élodie Marchand",
                ),
                ("Nous avons tout à apprendre de vos radars", "Mykola Lysenkyy"),
            ],
            people=[
                Person("Élodie Marchand", ("Marchand",), "f"),
                Person("Mykola Lysenkyy", ("Lysenkyy",), "m"),
            ],
        ),
    ),
    (
        "examples/hostile.txt",
        builders.build_article(
            [
                "Un lecteur a écrit au journal une lettre sur la route.",
                f"« {HOSTILE} », écrit Paul Durand.",
            ],
            title="Courrier des lecteurs <!here> & <@U0TITLE>",
            date="2023",
            quotes=[(HOSTILE, "Paul Durand")],
            people=[Person("Paul Durand", ("Durand",), "m")],
        ),
    ),
]


def add_news(store: Store, news: Sequence[tuple[str, Article]] = NEWS) -> list[int]:
    """Store articles as ingestion would; returns their ids in order."""
    return [
        store.add_article(
            a, source=source, content_hash=f"hash-{source}-{a.title}", shared_in=WORKSPACE
        ).id
        for source, a in news
    ]


@pytest.fixture
def sqlite_store(tmp_path) -> Iterator[Store]:
    opened = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    yield opened
    opened.close()


@pytest.fixture
def news_store(sqlite_store: Store) -> Store:
    """A SQLite store holding :data:`NEWS`."""
    add_news(sqlite_store)
    return sqlite_store


@pytest.fixture
def slack_api() -> Iterator[FakeSlack]:
    """The Web API stand-in, started on a free port. Every Block Kit payload the bot sent
    through it must parse and validate as slack_sdk's models: an invalid block fails the test
    that made Slack receive it."""
    with FakeSlack() as stub:
        yield stub
        for call in stub.calls():
            blocks = call.get("blocks") or (call.get("view") or {}).get("blocks") or []
            if isinstance(blocks, str):
                blocks = json.loads(blocks)
            for block in blocks:
                parsed = Block.parse(block)
                assert parsed is not None, f"{call.method}: unknown block {block}"
                parsed.validate_json()


@pytest.fixture
def settings(slack_api: FakeSlack, tmp_path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'precis.db'}",
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack_api.api_url,
    )


@pytest.fixture
def slack_client(settings: Settings) -> WebClient:
    """The client the app uses, pointed at the stand-in (retry handlers included)."""
    return web_client(settings, settings.slack_bot_token)


@pytest.fixture
def signed():
    """``signed(body, timestamp=None, secret=...) -> headers`` for a raw request body."""
    return signed_headers


@pytest.fixture
def build_article():
    """``build_article(paragraphs, title=..., quotes=[(words, speaker)], ...) -> Article``."""
    return builders.build_article


@pytest.fixture
def store_articles():
    """``store_articles(store, [(source, article)]) -> ids``."""
    return add_news


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A migrated PostgreSQL database of this test's own, dropped afterwards."""
    with private_database("these tests") as url:
        yield url
