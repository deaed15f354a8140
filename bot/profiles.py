"""What Slack says about the person asking (time zone, language): asked once, then remembered.

A command whose words carry no language ("/digest 09:30 America/New_York") is answered in the
person's Slack locale, else in the workspace default (PRECIS_LANGUAGE), never in a language
picked by accident. ``users.info`` is asked once per person per hour, not on every command.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.digests.due import zone
from bot.i18n import Language, language_signal

log = logging.getLogger(__name__)

PROFILE_SECONDS = 3600.0  # a changed locale or time zone shows within the hour
PROFILES_KEPT = 10_000


@dataclass(frozen=True, slots=True)
class Profile:
    """A person's Slack time zone (IANA name) and language, None where unknown."""

    timezone: str | None
    language: Language | None


UNKNOWN = Profile(None, None)


def slack_profile(client: WebClient, user_id: str) -> Profile:
    """The person's Slack time zone and language (users.info); unknown on any error."""
    try:
        user = client.users_info(user=user_id, include_locale=True)["user"]
    except (SlackApiError, KeyError, TypeError, OSError) as error:
        log.info("users.info for %s failed: %s", user_id, error)
        return UNKNOWN
    locale = str(user.get("locale") or "").lower()
    language: Language | None = "fr" if locale.startswith("fr") else ("en" if locale else None)
    timezone = user.get("tz")
    try:
        if timezone:
            zone(timezone)
    except (ValueError, KeyError):
        timezone = None
    return Profile(timezone or None, language)


class Profiles:
    """:func:`slack_profile` remembered per person for ``PROFILE_SECONDS`` (failures are not
    remembered: the next question asks again). Shared by the listener threads."""

    def __init__(self, seconds: float = PROFILE_SECONDS, kept: int = PROFILES_KEPT) -> None:
        self.seconds = seconds
        self.kept = kept
        self._known: OrderedDict[str, tuple[float, Profile]] = OrderedDict()
        self._lock = threading.Lock()

    def __deepcopy__(self, memo: dict) -> Profiles:
        return self  # Bolt copies the request context for lazy listeners: keep one cache

    def get(self, client: WebClient, user_id: str) -> Profile:
        now = time.monotonic()
        with self._lock:
            found = self._known.get(user_id)
            if found and now - found[0] < self.seconds:
                self._known.move_to_end(user_id)
                return found[1]
        profile = slack_profile(client, user_id)
        if profile != UNKNOWN:
            with self._lock:
                self._known[user_id] = (now, profile)
                while len(self._known) > self.kept:
                    self._known.popitem(last=False)
        return profile

    def language(
        self, text: str, client: WebClient, user_id: str | None, default: Language
    ) -> Language:
        """The language to answer in: the words typed, else the person's Slack locale, else
        the workspace default."""
        signal = language_signal(text)
        if signal:
            return signal
        known = self.get(client, user_id).language if user_id else None
        return known or default


def reply_language(
    context: BoltContext, client: WebClient, text: str, user_id: str | None
) -> Language:
    """:meth:`Profiles.language` with what a listener has: the app's profile cache and
    settings (put in every request's context by bot/app.py)."""
    default = context["settings"].default_language
    return context["profiles"].language(text, client, user_id, default)
