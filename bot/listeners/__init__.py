"""Listeners grouped by Slack primitive; ``register_listeners`` is the only wiring.

Every listener is registered as ``ack=acknowledge, lazy=[listener]``: with
``process_before_response=True`` (see bot/app.py) Bolt runs ``acknowledge`` in the request's
own thread, answers Slack at once, and runs the listener on the listener executor. So an
acknowledgement never waits for a busy executor, however slow the answers or large the store.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable

from slack_bolt import Ack, App

from bot.listeners import actions, commands, events
from bot.manifest import conversation_change_events
from bot.network import is_network_error, network_cause
from bot.render import MORE_ACTION, SHARE_ACTION
from bot.render_desk import PEOPLE_CHART_ACTION, PEOPLE_MORE_ACTION


def acknowledge(ack: Ack) -> None:
    """Tell Slack the request arrived (within its 3 seconds); the answer follows."""
    ack()


def reported(listener: Callable[..., None]) -> Callable[..., None]:
    """``listener``, a failure to reach Slack logged in one line of words instead of Bolt's
    "Failed to run an internal function (<urlopen error [Errno 111] ...>)". Bolt reads the
    arguments to inject from the wrapped function."""

    @functools.wraps(listener)
    def run(**arguments: object) -> None:
        try:
            listener(**arguments)
        except Exception as error:
            if not is_network_error(error):
                raise
            logging.getLogger(listener.__module__).warning(
                "%s: cannot reach Slack (%s); the answer was not delivered",
                listener.__name__,
                network_cause(error),
            )

    return run


def register_listeners(app: App) -> None:
    for name, command in (
        ("/quote", commands.quote_command),
        ("/summary", commands.summary_command),
        ("/digest", commands.digest_command),
        ("/feed", commands.feed_command),
        ("/ingest", commands.ingest_command),
        ("/people", commands.people_command),
        ("/check", commands.check_command),
        ("/precis", commands.help_command),
        # Last: any other command (a typo in the manifest, the shell's /help) gets the help.
        (re.compile(r"^/"), commands.help_command),
    ):
        app.command(name)(ack=acknowledge, lazy=[reported(command)])
    listened: tuple[tuple[str, Callable[..., None]], ...] = (
        ("app_mention", events.app_mention),
        ("message", events.message),
        ("file_shared", events.file_shared),
        ("app_home_opened", events.app_home_opened),
        ("app_uninstalled", events.app_uninstalled),
        ("tokens_revoked", events.app_uninstalled),
        *((kind, events.conversation_changed) for kind in conversation_change_events()),
    )
    for kind, event in listened:
        app.event(kind)(ack=acknowledge, lazy=[reported(event)])
    app.action(MORE_ACTION)(ack=acknowledge, lazy=[reported(actions.more_quotes)])
    app.action(SHARE_ACTION)(ack=acknowledge, lazy=[reported(actions.share_answer)])
    app.action(PEOPLE_MORE_ACTION)(ack=acknowledge, lazy=[reported(actions.more_people)])
    app.action(PEOPLE_CHART_ACTION)(ack=acknowledge, lazy=[reported(actions.people_chart)])
