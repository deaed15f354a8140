"""Buttons on ephemeral answers: "More" pages in place, "Share in channel" posts for everyone."""

from __future__ import annotations

from logging import Logger

from slack_bolt import BoltContext, Respond

from bot import render
from bot.i18n import t
from bot.listeners.answers import Ask, answer_again, failure_notice
from bot.slack_clients import respond_reliably


def _ask(body: dict) -> Ask | None:
    actions = body.get("actions") or [{}]
    return Ask.decode(actions[0].get("value"))


def more_quotes(body: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    """Replace the ephemeral answer with its next page."""
    ask = _ask(body)
    if ask is None:
        respond_reliably(respond, replace_original=True, **render.notice(t("expired", "en")))
        return
    try:
        payload = answer_again(context["store"], ask, buttons=True)
    except Exception as error:
        payload = failure_notice(error, ask.lang, logger)
    respond_reliably(respond, replace_original=True, **payload)


def share_answer(body: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    """Post the same answer in the channel (without buttons), then remove the private copy."""
    ask = _ask(body)
    if ask is None:
        respond_reliably(respond, replace_original=True, **render.notice(t("expired", "en")))
        return
    user = (body.get("user") or {}).get("id")
    try:
        payload = answer_again(context["store"], ask, buttons=False, shared_by=user)
    except Exception as error:
        notice = failure_notice(error, ask.lang, logger)
        respond_reliably(respond, replace_original=False, **notice)
        return
    respond_reliably(respond, response_type="in_channel", replace_original=False, **payload)
    respond_reliably(respond, delete_original=True)
