"""Clients for Slack's Web API and for response URLs that wait out rate limits and retry
server errors (slack_sdk only retries connection errors by default); and, for an app
distributed by OAuth, the installations (bot tokens per workspace) those clients use.

slack_sdk logs every failed attempt and retry ("Failed to send a request to Slack API server:
<urlopen error [Errno 111] Connection refused>"); these clients leave that to the caller,
which reports a failure that outlived the retries once, in words (bot/network.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt import Respond
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.oauth.installation_store import InstallationStore
from slack_sdk.webhook import WebhookClient, WebhookResponse

from bot.config import Settings
from bot.manifest import INSTALL_PATH, REDIRECT_PATH, bot_scopes
from storage import Store

log = logging.getLogger(__name__)

OAUTH_STATE_SECONDS = 600


class _AttemptFailures(logging.Filter):
    """Drops slack_sdk's lines about each failed attempt and its retry; the rest stays."""

    ATTEMPT_LINES = (
        "Failed to send a request to Slack API server",
        "A retry handler found",
        "Going to retry the same request",
    )

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(self.ATTEMPT_LINES)


_client_log = logging.getLogger("bot.slack_clients.sdk")
_client_log.addFilter(_AttemptFailures())


def retry_handlers() -> list[RetryHandler]:
    """Connection errors, HTTP 429 (after ``Retry-After``) and HTTP 500/503, a few times each."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def web_client(settings: Settings, token: str | None) -> WebClient:
    """A Web API client on ``SLACK_API_URL`` with :func:`retry_handlers`."""
    return WebClient(
        token=token,
        base_url=settings.slack_api_url,
        retry_handlers=retry_handlers(),
        logger=_client_log,
    )


def probe_client(settings: Settings, token: str | None) -> WebClient:
    """A client for one check whose failure the caller reports itself, in one line: no
    retries and no log lines of its own (slack_sdk logs every failed attempt at ERROR)."""
    quiet = logging.getLogger("bot.slack_clients.probe")
    quiet.disabled = True
    return WebClient(token=token, base_url=settings.slack_api_url, logger=quiet, timeout=10)


def respond_reliably(respond: Respond, **message: Any) -> WebhookResponse:
    """Post ``message`` to the response URL Bolt's ``respond`` holds, with retries."""
    if respond.response_url is None:  # as Bolt's own respond() says
        raise ValueError("respond is unsupported here as there is no response_url")
    client = WebhookClient(
        url=respond.response_url,
        proxy=respond.proxy,
        ssl=respond.ssl,
        retry_handlers=retry_handlers(),
        logger=_client_log,
    )
    return client.send_dict(message)


@dataclass(frozen=True, slots=True)
class OAuthOptions:
    """What Bolt needs to distribute the app by OAuth."""

    installation_store: InstallationStore
    oauth_settings: OAuthSettings


def installation_store(settings: Settings, store: Store) -> InstallationStore | None:
    """The OAuth installations (bot tokens per workspace) in the Précis database, when
    Précis is distributed; None for a single-workspace app."""
    if not settings.oauth_enabled:
        return None
    # Imported here: single-workspace installs never load slack_sdk's SQLAlchemy stores.
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

    installations = SQLAlchemyInstallationStore(
        client_id=settings.slack_client_id or "", engine=store.engine
    )
    try:
        installations.create_tables()  # a deployment that never installed has none yet
    except Exception:  # another process created them at the same moment
        log.debug("OAuth installation tables already exist", exc_info=True)
    return installations


def oauth_options(settings: Settings, store: Store) -> OAuthOptions:
    """Installations and OAuth states in the Précis database (same engine, own tables)."""
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    installations = installation_store(settings, store)
    client_id, client_secret = settings.slack_client_id, settings.slack_client_secret
    if installations is None or not (client_id and client_secret):
        raise ValueError("OAuth needs SLACK_CLIENT_ID and SLACK_CLIENT_SECRET")
    states = SQLAlchemyOAuthStateStore(expiration_seconds=OAUTH_STATE_SECONDS, engine=store.engine)
    try:
        states.create_tables()
    except Exception:  # another process created them at the same moment
        log.debug("OAuth state table already exists", exc_info=True)
    return OAuthOptions(
        installation_store=installations,
        oauth_settings=OAuthSettings(
            client_id=client_id,
            client_secret=client_secret,
            scopes=bot_scopes(),
            install_path=INSTALL_PATH,
            redirect_uri_path=REDIRECT_PATH,
            state_store=states,
        ),
    )
