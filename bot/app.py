"""The Bolt app: wiring only. Listeners live in bot/listeners, answers in bot/listeners/answers.

Acknowledge first, answer after: ``process_before_response=True`` makes Bolt run each
listener's ``ack`` function in the request's own thread and return Slack's HTTP response (or
Socket Mode ack) as soon as it returns; the listener itself is a Bolt lazy listener, run on
``listener_executor``, answering through ``respond()`` (the response URL) or the Web API.
So Slack's 3-second limit is met in milliseconds whatever the store's size or the number of
answers in progress (a busy executor delays answers, never acknowledgements).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import contextmanager

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.config import Settings
from bot.conversations import Conversations, PendingRows
from bot.listeners import register_listeners
from bot.profiles import Profiles
from bot.signatures import SignatureCheck
from bot.slack_clients import oauth_options, web_client
from storage import Store

log = logging.getLogger(__name__)

__all__ = ["build_app", "web_client"]

# Bolt reads these when they merely exist (even empty, as a copied .env.example leaves them):
# the client id and secret turn OAuth on, the bot token makes it warn that the client we pass
# wins. Settings decide instead, so Bolt must not see them.
BOLT_ENVIRONMENT = ("SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")


def build_app(
    settings: Settings,
    store: Store,
    client: WebClient | None = None,
    *,
    listener_executor: Executor | None = None,
    verify_token: bool = True,
) -> App:
    """The Précis app: one workspace (SLACK_BOT_TOKEN) or OAuth distribution (client id/secret).

    ``client`` defaults to :func:`web_client`; tests and ``precis shell`` pass one pointed at
    the Web API stand-in. ``verify_token=False``: the caller already ran ``auth.test``
    (``precis serve`` does, retrying while Slack is unreachable).
    """
    executor = listener_executor or ThreadPoolExecutor(
        max_workers=settings.answer_threads, thread_name_prefix="precis-listener"
    )
    signing_secret = settings.slack_signing_secret or ""
    with _hidden_from_bolt(BOLT_ENVIRONMENT):
        oauth = oauth_options(settings, store) if settings.oauth_enabled else None
        app = App(
            client=client or web_client(settings, None if oauth else settings.slack_bot_token),
            signing_secret=signing_secret,
            # Bolt's own check logs a refused request's whole body: ours logs one line, no
            # body. Socket Mode requests are authenticated by the connection, not a signature.
            request_verification_enabled=False,
            before_authorize=SignatureCheck(signing_secret) if signing_secret else None,
            token_verification_enabled=verify_token,
            process_before_response=True,
            listener_executor=executor,
            name="precis",
            installation_store=oauth.installation_store if oauth else None,
            oauth_settings=oauth.oauth_settings if oauth else None,
        )
    profiles = Profiles()
    conversations = Conversations()
    # A single workspace claims the rows stored before scopes existed (migration 0011).
    pending = None if settings.oauth_enabled else PendingRows(store, conversations)

    @app.middleware
    def provide_store(context: BoltContext, next) -> None:
        context["store"] = store
        context["settings"] = settings
        context["profiles"] = profiles
        context["conversations"] = conversations
        if pending is not None:
            pending.claim_once(context)
        next()

    register_listeners(app)
    return app


@contextmanager
def _hidden_from_bolt(keys: tuple[str, ...]) -> Iterator[None]:
    """The process environment without ``keys`` while Bolt builds the app."""
    saved = {key: os.environ.pop(key) for key in keys if key in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)
