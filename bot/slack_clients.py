"""Clients for Slack's Web API and for response URLs that wait out rate limits and retry
server errors (slack_sdk only retries connection errors by default)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Respond
from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient, WebhookResponse

from bot.config import Settings


def retry_handlers() -> list[RetryHandler]:
    """Connection errors, HTTP 429 (after ``Retry-After``) and HTTP 500/503, a few times each."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def web_client(settings: Settings, token: str | None) -> WebClient:
    """A Web API client on ``SLACK_API_URL`` with :func:`retry_handlers`."""
    return WebClient(token=token, base_url=settings.slack_api_url, retry_handlers=retry_handlers())


def respond_reliably(respond: Respond, **message: Any) -> WebhookResponse:
    """Post ``message`` to the response URL Bolt's ``respond`` holds, with retries."""
    client = WebhookClient(
        url=respond.response_url,
        proxy=respond.proxy,
        ssl=respond.ssl,
        retry_handlers=retry_handlers(),
    )
    return client.send_dict(message)
