"""Listeners grouped by Slack primitive; ``register_listeners`` is the only wiring."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, commands, events
from bot.render import MORE_ACTION, SHARE_ACTION


def register_listeners(app: App) -> None:
    app.command("/quote")(commands.quote_command)
    app.command("/summary")(commands.summary_command)
    app.command("/digest")(commands.digest_command)
    app.command("/feed")(commands.feed_command)
    app.command("/ingest")(commands.ingest_command)
    app.event("app_mention")(events.app_mention)
    app.event("message")(events.message)
    app.event("file_shared")(events.file_shared)
    app.event("app_home_opened")(events.app_home_opened)
    app.action(MORE_ACTION)(actions.more_quotes)
    app.action(SHARE_ACTION)(actions.share_answer)
