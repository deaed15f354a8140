"""The Slack app manifest: one list of commands, scopes and events, for Slack and for the bot.

``bot/manifest.json`` is the Socket Mode manifest (no public address). ``precis manifest
--url https://bot.example.org`` turns it into the HTTP one: every address Slack calls set to
that host, so creating the app is one paste. The OAuth flow and ``precis doctor`` read the
scopes from here too, so the scopes asked for and the scopes checked are the same list.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"


class ManifestError(ValueError):
    """The address given for HTTP mode cannot be used; the message says why."""


@cache
def _manifest() -> dict[str, Any]:
    return json.loads(resources.files("bot").joinpath("manifest.json").read_text("utf-8"))


def load_manifest() -> dict[str, Any]:
    """A copy of the Socket Mode manifest, free to change."""
    return copy.deepcopy(_manifest())


def bot_scopes() -> list[str]:
    """The bot scopes the manifest asks for."""
    return list(_manifest()["oauth_config"]["scopes"]["bot"])


def conversation_change_events() -> list[str]:
    """The events saying a channel changed (renamed, archived, shared with or unshared from
    another workspace, made private): the moments its privacy is asked again."""
    events = _manifest()["settings"]["event_subscriptions"]["bot_events"]
    return [event for event in events if event.startswith(("channel_", "group_"))]


def slash_commands() -> list[str]:
    return [command["command"] for command in _manifest()["features"]["slash_commands"]]


def public_base(url: str) -> str:
    """``https://host[:port][/prefix]`` from what an admin typed (a trailing ``/slack/events``
    or slash is dropped); Slack only calls HTTPS addresses."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ManifestError(f"{url!r} is not an https:// address (Slack only calls HTTPS)")
    if parts.query or parts.fragment:
        raise ManifestError(f"{url!r}: give the address without ?query or #fragment")
    path = parts.path.rstrip("/").removesuffix(EVENTS_PATH).rstrip("/")
    return f"https://{parts.netloc}{path}"


def manifest_for(url: str | None) -> dict[str, Any]:
    """The manifest to paste: Socket Mode when ``url`` is None, else HTTP mode at ``url``."""
    manifest = load_manifest()
    settings = manifest["settings"]
    if url is None:
        settings["socket_mode_enabled"] = True
        return manifest
    base = public_base(url)
    events = base + EVENTS_PATH
    for command in manifest["features"]["slash_commands"]:
        command["url"] = events
    settings["event_subscriptions"]["request_url"] = events
    settings["interactivity"]["request_url"] = events
    settings["socket_mode_enabled"] = False
    manifest["oauth_config"]["redirect_urls"] = [base + REDIRECT_PATH]
    return manifest
