"""Fixtures for digest tests: a SQLite store, the Web API stand-in and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient

from bot.config import Settings
from bot.slack_stub import SlackStub
from storage import Store

TOKEN = "xoxb-digest-test"


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
