"""Slash commands, answered through ``respond()`` (the command's response URL), ephemeral:
only the asker sees the answer until they press "Share in channel". Slack has already been
acknowledged when these run (see bot/listeners/__init__.py).

An answer speaks the language of the words typed, else the asker's Slack locale, else the
workspace default (bot/profiles.py). The answers to /digest, /feed and /ingest are imported
on first use: they pull in the HTML and feed tooling (about 3 s), which ``precis serve``
must not wait for before answering /healthz."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from logging import Logger
from typing import Protocol

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot import render
from bot.config import Settings
from bot.conversations import asked_in, shared_in, team_of
from bot.i18n import Language, t
from bot.listeners.answers import failure_notice, quote_answer, summary_answer
from bot.listeners.desk import check_answer, people_answer
from bot.profiles import reply_language
from bot.render import Payload
from bot.slack_clients import respond_reliably
from storage import Store, Viewer

HELP_COMMANDS = frozenset({"/precis", "/help", "/aide"})  # asked for help: no "unknown command"


class SourcesAnswer(Protocol):
    """The shape of /feed's and /ingest's answers (bot/listeners/sources.py)."""

    def __call__(
        self,
        text: str,
        *,
        place: Viewer,
        user_id: str,
        store: Store,
        settings: Settings,
        default: Language = "en",
    ) -> Payload: ...


def answer_safely(
    respond: Respond, lang: Language, logger: Logger, answer: Callable[[], Payload]
) -> None:
    """Send ``answer()``; on any failure, log it and tell the asker in one line instead."""
    try:
        payload = answer()
    except Exception as error:
        payload = failure_notice(error, lang, logger)
    respond_reliably(respond, **payload)


def _language(command: dict, client: WebClient, context: BoltContext) -> Language:
    return reply_language(context, client, command.get("text", ""), command.get("user_id"))


def quote_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    answer = partial(quote_answer, user_id=command.get("user_id"))  # the user shares it
    answer_question(answer, command, respond, client, context, logger)


def summary_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    answer = partial(summary_answer, user_id=command.get("user_id"))
    answer_question(answer, command, respond, client, context, logger)


def people_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    """/people [this week|last month|this year|DATE..DATE...] [topic], for the articles
    this channel sees."""
    answer_question(people_answer, command, respond, client, context, logger)


def check_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    """/check « quote », a dit X: the closest stored quote, the word diff, the verdict."""
    answer_question(check_answer, command, respond, client, context, logger)


def answer_question(
    answer: Callable[..., Payload],
    command: dict,
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: Logger,
) -> None:
    """A command answered by ``answer(store, text, lang, viewer=...)`` in the asker's
    language, from what the channel asked in may see."""
    text = command.get("text", "")
    lang = _language(command, client, context)

    def answered() -> Payload:
        viewer = asked_in(context, command.get("channel_id"))
        return answer(context["store"], text, lang, viewer=viewer)

    answer_safely(respond, lang, logger, answered)


def help_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    """``/precis help`` (or anything after ``/precis``), and any command Précis does not
    know: what it can do, not a developer's warning."""
    name = command.get("command") or "/precis"
    lang = _language(command, client, context)
    text = t("help.general", lang)
    if name not in HELP_COMMANDS:
        text = t("help.unknown", lang, command=render.escape(name)) + "\n\n" + text
    answer_safely(respond, lang, logger, lambda: render.notice(text))


def digest_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    text = command.get("text", "")

    def answer() -> Payload:
        from bot.listeners.digest import answer_digest_command

        return answer_digest_command(
            text,
            channel_id=command["channel_id"],
            user_id=command["user_id"],
            team_id=team_of(context),
            store=context["store"],
            client=client,
            settings=context["settings"],
            profiles=context["profiles"],
        )

    answer_safely(respond, _language(command, client, context), logger, answer)


def feed_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    from bot.listeners.sources import answer_feed_command

    answer_sources_command(answer_feed_command, command, respond, client, context, logger)


def ingest_command(
    command: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    from bot.listeners.sources import answer_ingest_command

    answer_sources_command(answer_ingest_command, command, respond, client, context, logger)


def answer_sources_command(
    answer_command: SourcesAnswer,
    command: dict,
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: Logger,
) -> None:
    """/feed and /ingest: what they store is seen in the channel they were typed in (or
    everywhere, if public)."""
    text = command.get("text", "")
    lang = _language(command, client, context)

    def answer() -> Payload:
        return answer_command(
            text,
            place=shared_in(context, client, command["channel_id"]),
            user_id=command["user_id"],
            store=context["store"],
            settings=context["settings"],
            default=lang,
        )

    answer_safely(respond, lang, logger, answer)
