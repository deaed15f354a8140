"""Slack's request signature, checked before anything else, a refusal logged in one line.

Bolt's own check logs a refused request at INFO with its whole body, and request bodies carry
people's words and response URLs. This one logs where the request was sent and why it was
refused, never what it said. It runs in Bolt's place, before authorization, so an unsigned
request costs no token look-up.
"""

from __future__ import annotations

import logging
import time

from slack_bolt.middleware.request_verification import RequestVerification

from bot.manifest import EVENTS_PATH

log = logging.getLogger(__name__)

MAX_AGE_SECONDS = 300  # Slack's rule: an older timestamp is a replay (or a wrong clock)


def refusal_reason(signature: str, timestamp: str, now: float | None = None) -> str:
    """Why a request with these headers was refused, in words an operator can act on."""
    if not signature or not timestamp or timestamp == "0":
        return "no Slack signature headers"
    try:
        age = abs((now or time.time()) - int(timestamp))
    except ValueError:
        return "the timestamp is not a number"
    if age > MAX_AGE_SECONDS:
        return f"the timestamp is {age:.0f} s off (a replay, or this machine's clock is wrong)"
    return "the signature does not match (is SLACK_SIGNING_SECRET this app's?)"


class SignatureCheck(RequestVerification):
    """Bolt's verification, with a one-line log of each refusal (path and reason, no body)."""

    def _debug_log_error(self, signature: str, timestamp: str, body: object) -> None:
        log.warning(
            "refused a request to %s: %s", EVENTS_PATH, refusal_reason(signature, timestamp)
        )
