"""Slash commands, answered through ``respond()`` (the command's response URL), ephemeral:
only the asker sees the answer until they press "Share in channel". Slack has already been
acknowledged when these run (see bot/listeners/__init__.py).

/digest, /feed and /ingest belong to the digests and sources parts, imported on first use:
they pull in the language model and HTML tooling (about 3 s), which ``precis serve`` must
not wait for before answering /healthz."""

from __future__ import annotations

from collections.abc import Callable
from logging import Logger
from typing import Any

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot.i18n import Language, question_language
from bot.listeners.answers import failure_notice, quote_answer, summary_answer
from bot.slack_clients import respond_reliably

Payload = dict[str, Any]


def answer_safely(
    respond: Respond, lang: Language, logger: Logger, answer: Callable[[], Payload]
) -> None:
    """Send ``answer()``; on any failure, log it and tell the asker in one line instead."""
    try:
        payload = answer()
    except Exception as error:
        payload = failure_notice(error, lang, logger)
    respond_reliably(respond, **payload)


def quote_command(command: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    text = command.get("text", "")
    lang = question_language(text)
    answer_safely(respond, lang, logger, lambda: quote_answer(context["store"], text, lang))


def summary_command(command: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    text = command.get("text", "")
    lang = question_language(text)
    answer_safely(respond, lang, logger, lambda: summary_answer(context["store"], text, lang))


def digest_command(
    command: dict,
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: Logger,
) -> None:
    text = command.get("text", "")

    def answer() -> Payload:
        from bot.digests.commands import answer_digest_command

        return answer_digest_command(
            text,
            channel_id=command["channel_id"],
            user_id=command["user_id"],
            team_id=command.get("team_id"),
            store=context["store"],
            client=client,
            settings=context["settings"],
        )

    answer_safely(respond, question_language(text), logger, answer)


def feed_command(command: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    answer_sources_command("answer_feed_command", command, respond, context, logger)


def ingest_command(command: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    answer_sources_command("answer_ingest_command", command, respond, context, logger)


def answer_sources_command(
    name: str, command: dict, respond: Respond, context: BoltContext, logger: Logger
) -> None:
    """/feed and /ingest: answered by ``bot.ingest.commands.<name>``, imported on first use."""
    text = command.get("text", "")

    def answer() -> Payload:
        from bot.ingest import commands as sources

        return getattr(sources, name)(
            text,
            channel_id=command["channel_id"],
            user_id=command["user_id"],
            store=context["store"],
            settings=context["settings"],
        )

    answer_safely(respond, question_language(text), logger, answer)
