"""Buttons: "More" pages (in place when private, in the thread when public), and "Share in
channel" posts for everyone the very answer that was shown."""

from __future__ import annotations

from datetime import date
from logging import Logger

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot import render
from bot.conversations import asked_in
from bot.i18n import t
from bot.listeners.answers import Ask, ShareRef, failure_notice, next_page, shared_footer
from bot.listeners.desk import PeopleAsk, next_people_page
from bot.slack_clients import respond_reliably


def _value(body: dict) -> str | None:
    actions = body.get("actions") or [{}]
    return actions[0].get("value")


def more_quotes(
    body: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    """The next page: a private answer is replaced in place; a public one (a mention's
    answer) gets the page as a new reply in its thread, so nobody's reading changes."""
    ask = Ask.decode(_value(body))
    if ask is None:
        respond_reliably(respond, replace_original=True, **render.notice(t("expired", "en")))
        return
    container = body.get("container") or {}
    private = container.get("is_ephemeral", True)
    user = (body.get("user") or {}).get("id")
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    try:
        viewer = asked_in(context, channel)
        payload = next_page(context["store"], ask, viewer=viewer, share=private, user_id=user)
    except Exception as error:
        payload = failure_notice(error, ask.lang, logger)
    if private:
        respond_reliably(respond, replace_original=True, **payload)
        return
    message = body.get("message") or {}
    client.chat_postMessage(
        channel=channel or body["channel"]["id"],
        thread_ts=message.get("thread_ts") or container.get("message_ts") or message.get("ts"),
        unfurl_links=False,
        unfurl_media=False,
        **payload,
    )


def share_answer(body: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    """Post the answer as it was shown (saved when it was), then remove the private copy;
    only if everyone in the channel may see every article in it, else say so in one line."""
    share = ShareRef.decode(_value(body))
    lang = share.lang if share else "en"
    store = context["store"]
    channel = ((body.get("container") or {}).get("channel_id")) or (
        (body.get("channel") or {}).get("id")
    )
    try:
        saved = store.saved_answer(share.answer_id) if share else None
        viewer = asked_in(context, channel)
        allowed = saved is not None and store.sees_every_article(viewer, saved.article_ids)
    except Exception as error:
        respond_reliably(respond, replace_original=False, **failure_notice(error, lang, logger))
        return
    if share is None or saved is None:
        respond_reliably(respond, replace_original=True, **render.notice(t("expired", lang)))
        return
    if not allowed:
        respond_reliably(respond, replace_original=False, **render.notice(t("share.refused", lang)))
        return
    user = (body.get("user") or {}).get("id")
    payload = render.with_footer(saved.payload, shared_footer(user, share.lang))
    respond_reliably(respond, response_type="in_channel", replace_original=False, **payload)
    respond_reliably(respond, delete_original=True)


def more_people(body: dict, respond: Respond, context: BoltContext, logger: Logger) -> None:
    """The next page of /people, in place of the one shown."""
    ask = PeopleAsk.decode(_value(body))
    if ask is None:
        respond_reliably(respond, replace_original=True, **render.notice(t("expired", "en")))
        return
    try:
        viewer = asked_in(context, ask.channel_id)
        payload = next_people_page(context["store"], ask, viewer)
    except Exception as error:
        payload = failure_notice(error, ask.lang, logger)
    respond_reliably(respond, replace_original=True, **payload)


def people_chart(
    body: dict, respond: Respond, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    """The voices chart, uploaded to the channel /people was asked in."""
    ask = PeopleAsk.decode(_value(body))
    if ask is None or not ask.channel_id:
        respond_reliably(respond, replace_original=False, **render.notice(t("expired", "en")))
        return
    from bot.chart import voices_chart  # matplotlib: imported when a chart is asked for

    try:
        viewer = asked_in(context, ask.channel_id)
        chart = voices_chart(context["store"], date.today(), ask.lang, viewer=viewer)
        client.files_upload_v2(
            channel=ask.channel_id,
            content=chart.png,
            filename=chart.filename,
            title=t("chart.comment", ask.lang),
            alt_txt=chart.alt_text,
        )
    except Exception as error:
        respond_reliably(respond, replace_original=False, **failure_notice(error, ask.lang, logger))
