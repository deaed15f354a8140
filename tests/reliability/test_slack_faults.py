"""Slack's Web API failing under the served app: retried within limits, never forever, never
answered twice. (Digests: tests/digests/test_runner.py and test_digest_faults.py.)"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bot.config import Settings
from bot.shell import command_body, event_body, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
from storage import Store
from tests.e2e.conftest import Served, serve_in_thread
from tests.fake_slack import FakeSlack

JSON = "application/json"


@pytest.fixture
def served(settings: Settings, news_store: Store) -> Iterator[Served]:
    client, server = serve_in_thread(settings, news_store)
    yield client
    server.stop()


def ask(served: Served, text: str = "quotes by Okafor") -> None:
    assert served.post(event_body(message_event(f"<@{BOT_USER_ID}> {text}")), JSON).status == 200


@pytest.mark.parametrize(
    ("fault", "attempts"),
    [
        ({"status": 429, "retry_after": 0}, 4),  # 1 + 3 retries after Retry-After
        ({"status": 500}, 3),  # 1 + 2 retries
        ({"error": "ratelimited"}, 1),  # a Slack error in an HTTP 200: not retried
    ],
)
def test_a_failing_post_is_retried_within_limits_then_given_up(
    served: Served, slack_api: FakeSlack, fault: dict, attempts: int
) -> None:
    slack_api.fail("chat.postMessage", times=100, **fault)
    ask(served)
    slack_api.wait_for("chat.postMessage", attempts, timeout=30)
    slack_api.wait_quiet(1.5)
    assert len(slack_api.calls("chat.postMessage")) == attempts


def test_a_retry_after_is_waited_before_the_next_try(served: Served, slack_api: FakeSlack) -> None:
    slack_api.fail("chat.postMessage", status=429, retry_after=1)
    ask(served)
    first, second = slack_api.wait_for("chat.postMessage", 2, timeout=30)
    assert second.at - first.at >= 0.9
    slack_api.wait_quiet(0.5)
    assert len(slack_api.calls("chat.postMessage")) == 2


def test_a_slow_slack_answer_is_not_posted_twice(served: Served, slack_api: FakeSlack) -> None:
    """The post is made at once but its answer is late: the client waits, no second post."""
    slack_api.fail("chat.postMessage", delay=2)
    started = time.monotonic()
    ask(served)
    slack_api.wait_for("chat.postMessage", timeout=30)
    slack_api.wait_quiet(2.5)
    assert len(slack_api.calls("chat.postMessage")) == 1
    assert time.monotonic() - started < 15


def test_a_failing_response_url_is_retried_then_given_up(
    served: Served, slack_api: FakeSlack
) -> None:
    slack_api.fail(RESPONSE_URL, status=500, times=100)
    served.post(command_body("/quote", "Okafor", response_url=slack_api.response_url()))
    slack_api.wait_for(RESPONSE_URL, timeout=30)
    calls = slack_api.wait_quiet(2.0)
    tries = [c for c in calls if c.method == RESPONSE_URL]
    assert 1 <= len(tries) <= 4  # bounded, whatever Bolt's respond() retries
    print(f"response URL answering 500: {len(tries)} tries")
