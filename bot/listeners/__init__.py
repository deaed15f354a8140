"""Listeners grouped by Slack primitive; ``register_listeners`` is the only wiring.

Every listener is registered as ``ack=acknowledge, lazy=[listener]``: with
``process_before_response=True`` (see bot/app.py) Bolt runs ``acknowledge`` in the request's
own thread, answers Slack at once, and runs the listener on the listener executor. So an
acknowledgement never waits for a busy executor, however slow the answers or large the store.
"""

from __future__ import annotations

from slack_bolt import Ack, App

from bot.listeners import actions, commands, events
from bot.render import MORE_ACTION, SHARE_ACTION


def acknowledge(ack: Ack) -> None:
    """Tell Slack the request arrived (within its 3 seconds); the answer follows."""
    ack()


def register_listeners(app: App) -> None:
    for name, command in (
        ("/quote", commands.quote_command),
        ("/summary", commands.summary_command),
        ("/digest", commands.digest_command),
        ("/feed", commands.feed_command),
        ("/ingest", commands.ingest_command),
    ):
        app.command(name)(ack=acknowledge, lazy=[command])
    for kind, event in (
        ("app_mention", events.app_mention),
        ("message", events.message),
        ("file_shared", events.file_shared),
        ("app_home_opened", events.app_home_opened),
    ):
        app.event(kind)(ack=acknowledge, lazy=[event])
    app.action(MORE_ACTION)(ack=acknowledge, lazy=[actions.more_quotes])
    app.action(SHARE_ACTION)(ack=acknowledge, lazy=[actions.share_answer])
