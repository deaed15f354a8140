"""Digest tests speak of `store`, `slack` and `client`: the shared fixtures under those names."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient

from storage import Store
from tests.conftest import BOT_TOKEN
from tests.fake_slack import FakeSlack


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    return sqlite_store


@pytest.fixture
def slack(slack_api: FakeSlack) -> FakeSlack:
    return slack_api


@pytest.fixture
def client(slack_api: FakeSlack) -> WebClient:
    """A client without retry handlers: the runner's own retry rules are under test."""
    return WebClient(token=BOT_TOKEN, base_url=slack_api.api_url)
