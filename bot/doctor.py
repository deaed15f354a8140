"""``precis doctor``: a deployment checked in one go, one ✓ or ✗ line per part (the habit of
``flutter doctor`` and ``brew doctor``), each ✗ saying what to do.

Settings, the database and its schema, the language models, the Slack token (``auth.test``,
the scopes granted against the manifest's, membership of the channels that have digests),
the Socket Mode or HTTP settings, and the scheduler. Nothing is written anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rich.console import Console
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import ConfigError, Settings, load_settings
from bot.i18n import plural
from bot.manifest import EVENTS_PATH, bot_scopes
from bot.network import cannot_reach
from bot.slack_clients import probe_client

SIGNING_SECRET = re.compile(r"[0-9a-f]{32}")  # what Slack hands out


@dataclass(frozen=True)
class Check:
    ok: bool
    name: str
    detail: str

    def line(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.name}: {self.detail}"


def run_checks(out: Console) -> bool:
    """Print one line per check as it completes; True when every check passed."""
    passed = True
    for check in checks():
        out.print(check.line(), markup=False, highlight=False)
        passed &= check.ok
    return passed


def checks() -> Iterator[Check]:
    try:
        settings = load_settings()
    except ConfigError as error:
        yield Check(False, "settings", f"{error} (see .env.example)")
        return
    yield Check(True, "settings", settings_summary(settings))
    store = None
    try:
        store, detail = open_database(settings)
        yield Check(True, "database", detail)
    except Exception as error:
        yield Check(False, "database", str(error))
    yield language_models()
    yield from slack_checks(settings, store)
    yield connection_mode(settings)
    yield scheduler(settings, store)


def settings_summary(settings: Settings) -> str:
    mode = "Socket Mode" if settings.slack_app_token else f"HTTP on port {settings.port}"
    workspaces = "OAuth (several workspaces)" if settings.oauth_enabled else "one workspace"
    return f"{mode}, {workspaces}, answers in {settings.default_language} by default"


def open_database(settings: Settings):  # -> (storage.Store, str)
    """The store and a line about it; raises with the one-line reason it cannot be used."""
    from storage import Store
    from storage.db import head_revision

    store = Store(settings.database_url)
    store.check_schema()
    where = store.engine.url.render_as_string(hide_password=True)
    return store, f"{where}, schema {head_revision()} (current)"


def language_models() -> Check:
    from bot.text.nlp import FRENCH_MODEL, pipeline

    try:
        french = pipeline("fr")
        pipeline("en")
    except (OSError, ImportError) as error:
        return Check(False, "language models", f"{error} — reinstall Précis: pip install -e .")
    version = french.meta.get("version", "?")
    return Check(True, "language models", f"{FRENCH_MODEL} {version} (French), rules (English)")


def slack_checks(settings: Settings, store) -> Iterator[Check]:
    """The token (auth.test), its scopes, and the bot's place in the digest channels."""
    if settings.oauth_enabled:
        yield oauth_installations(settings, store)
        return
    if not settings.slack_bot_token:
        yield Check(False, "Slack token", "SLACK_BOT_TOKEN is not set (OAuth & Permissions page)")
        return
    client = probe_client(settings, settings.slack_bot_token)
    try:
        identity = client.auth_test()
    except SlackApiError as error:
        code = error.response.get("error") if error.response else error
        yield Check(False, "Slack token", f"Slack refused SLACK_BOT_TOKEN ({code})")
        return
    except Exception as error:
        yield Check(
            False, "Slack token", cannot_reach("Slack", f"{client.base_url}auth.test", error)
        )
        return
    bot = f"@{identity.get('user')} ({identity.get('user_id')})"
    yield Check(True, "Slack token", f"{bot} in {identity.get('team')} ({identity.get('team_id')})")
    granted = _scopes(identity.headers)
    missing = [scope for scope in bot_scopes() if scope not in granted]
    if missing:
        fix = "add them (OAuth & Permissions, or paste `precis manifest`) and reinstall the app"
        yield Check(False, "Slack scopes", f"missing {', '.join(missing)}: {fix}")
    else:
        yield Check(True, "Slack scopes", f"all {len(bot_scopes())} the manifest asks for")
    if store is not None:
        yield digest_channels(client, store, public_posting="chat:write.public" in granted)


def _scopes(headers: dict) -> set[str]:
    value = next((v for k, v in headers.items() if k.lower() == "x-oauth-scopes"), "")
    value = value[0] if isinstance(value, list) else value
    return {scope.strip() for scope in str(value).split(",") if scope.strip()}


def digest_channels(client: WebClient, store, *, public_posting: bool) -> Check:
    """Whether the bot can post in every channel that has a digest."""
    channels = [channel.channel_id for channel in store.scheduled_channels()]
    if not channels:
        return Check(True, "digest channels", "no digest scheduled yet")
    outside = []
    for channel_id in channels:
        try:
            info = client.conversations_info(channel=channel_id)["channel"]
        except SlackApiError as error:
            outside.append(f"{channel_id} ({error.response.get('error')})")
            continue
        except Exception as error:
            return Check(False, "digest channels", cannot_reach("Slack", client.base_url, error))
        public = not info.get("is_private", False)
        if not info.get("is_member") and not (public and public_posting):
            outside.append(f"#{info.get('name') or channel_id}")
    if outside:
        where = ", ".join(outside)
        return Check(False, "digest channels", f"not in {where}: /invite @Précis there")
    return Check(True, "digest channels", f"can post in all {plural(len(channels), 'channel')}")


def oauth_installations(settings: Settings, store) -> Check:
    """OAuth: Slack reachable, and how many workspaces installed the app."""
    client = probe_client(settings, None)
    try:
        client.api_test()
    except Exception as error:
        return Check(False, "Slack", cannot_reach("Slack", f"{client.base_url}api.test", error))
    if store is None:
        return Check(True, "Slack", "reachable (OAuth installations not counted: no database)")
    from sqlalchemy import inspect, text

    with store.read() as connection:
        if not inspect(connection).has_table("slack_bots"):
            return Check(True, "Slack", "reachable; no workspace has installed the app yet")
        count = connection.execute(text("SELECT count(DISTINCT team_id) FROM slack_bots")).scalar()
    return Check(True, "Slack", f"reachable; installed in {plural(count or 0, 'workspace')}")


def connection_mode(settings: Settings) -> Check:
    """Socket Mode: the app-level token works. HTTP: a signing secret that looks like one."""
    if settings.slack_app_token:
        if not settings.slack_app_token.startswith("xapp-"):
            return Check(False, "Socket Mode", "SLACK_APP_TOKEN is not an app-level token (xapp-…)")
        client = probe_client(settings, settings.slack_app_token)
        try:
            client.apps_connections_open(app_token=settings.slack_app_token)
        except SlackApiError as error:
            code = error.response.get("error") if error.response else error
            return Check(False, "Socket Mode", f"Slack refused SLACK_APP_TOKEN ({code})")
        except Exception as error:
            url = f"{client.base_url}apps.connections.open"
            return Check(False, "Socket Mode", cannot_reach("Slack", url, error))
        return Check(True, "Socket Mode", "the app-level token opens a connection")
    secret = settings.slack_signing_secret
    if not secret:
        return Check(False, "HTTP mode", "SLACK_SIGNING_SECRET is not set (Basic Information)")
    if not SIGNING_SECRET.fullmatch(secret):
        return Check(False, "HTTP mode", "SLACK_SIGNING_SECRET does not look like Slack's")
    where = f"https://<your host>{EVENTS_PATH} must reach port {settings.port}"
    return Check(True, "HTTP mode", f"signing secret set; {where}")


def scheduler(settings: Settings, store) -> Check:
    """What the digest tick and the feed poll have to do, and feeds that keep failing."""
    if store is None:
        return Check(False, "scheduler", "not checked: the database cannot be used")
    digests = plural(len(store.scheduled_channels()), "digest")
    feeds = store.list_feeds(every=True)
    failing = [feed for feed in feeds if feed.error_count]
    every = (
        f"ticks every {settings.scheduler_tick_seconds} s, feeds polled every "
        f"{settings.feed_poll_minutes} min (in `precis serve`, or `precis worker`)"
    )
    if failing:
        first = failing[0]
        detail = f"{plural(len(failing), 'feed')} failing, e.g. {first.url}: {first.last_error}"
        return Check(False, "scheduler", f"{detail} — see `precis feed list`")
    return Check(True, "scheduler", f"{digests}, {plural(len(feeds), 'feed')}; {every}")
