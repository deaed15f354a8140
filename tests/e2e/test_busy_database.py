"""Every database connection in use: people are told "busy, ask again in a moment" at once,
never left waiting for a timeout or told that something broke; answers resume when one frees.

The store gets a one-connection pool (one more for a burst) and a short wait; the test holds
both connections while signed requests come in over HTTP, as they would under load.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest

from bot import render
from bot.i18n import t
from bot.listeners.answers import Ask
from bot.shell import action_body, command_body, event_body, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
from storage import Store, StoreBusy

JSON = "application/json"
POOL_WAIT = 0.2  # seconds a request waits for a connection before it is told "busy"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def small_pool_store(request, tmp_path, store_articles) -> Iterator[Store]:
    """The test articles in a store whose pool holds one connection (two at a burst)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'busy.db'}"
    else:
        url = request.getfixturevalue("postgres_database")
    store = Store(url, pool_size=1, pool_timeout=POOL_WAIT)
    store_articles(store)
    yield store
    store.close()


@contextmanager
def every_connection_taken(store: Store) -> Iterator[None]:
    """Hold all the pool's connections (pool size + the same again for a burst)."""
    with ExitStack() as held:
        while True:
            try:
                held.enter_context(store.connect())
            except StoreBusy:
                break
        yield


def busy_text(lang: str = "en") -> str:
    return render.to_text(render.notice(t("busy", lang)))


def test_a_store_with_every_connection_taken_says_busy(small_pool_store: Store) -> None:
    with every_connection_taken(small_pool_store):
        failures: list[BaseException] = []
        reader = threading.Thread(target=lambda: _read_stats(small_pool_store, failures))
        reader.start()
        reader.join(timeout=10)
        assert not reader.is_alive()
        assert len(failures) == 1 and isinstance(failures[0], StoreBusy)
    assert small_pool_store.stats().articles == 3  # and reads work again once one is free


def _read_stats(store: Store, failures: list[BaseException]) -> None:
    try:
        store.stats()
    except BaseException as error:
        failures.append(error)


def test_commands_mentions_and_buttons_answer_busy_then_answer(
    settings, small_pool_store, serve, slack_api
) -> None:
    served, server = serve(settings, small_pool_store)
    more = Ask("Okafor", "en", 0).encode()
    try:
        with every_connection_taken(small_pool_store):
            url = slack_api.response_url()
            assert served.post(command_body("/quote", "Okafor", response_url=url)).status == 200
            mention = message_event(f"<@{BOT_USER_ID}> Okafor", ts="1700000009.000001")
            assert served.post(event_body(mention), JSON).status == 200
            button = action_body(render.MORE_ACTION, more, response_url=slack_api.response_url())
            assert served.post(button).status == 200
            in_thread = slack_api.wait_for("chat.postMessage", timeout=10)
            answers = slack_api.wait_for(RESPONSE_URL, 2, timeout=10)
        assert [render.to_text(a.body) for a in answers] == [busy_text()] * 2
        assert [render.to_text(p.body) for p in in_thread] == [busy_text()]
        assert in_thread[0].get("thread_ts") == "1700000009.000001"

        slack_api.clear()
        served.post(command_body("/quote", "Okafor", response_url=slack_api.response_url()))
        [answer] = slack_api.wait_for(RESPONSE_URL, timeout=10)
        assert render.to_text(answer.body).startswith("Quotes by Jane Okafor")
    finally:
        server.stop()
