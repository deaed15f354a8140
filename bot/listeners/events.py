"""Events: mentions and direct messages answered in thread, shared files, the App Home,
channels that change (their privacy asked again) and uninstalls (the workspace forgotten).

Slack delivers an event again when it thinks the first delivery failed (``X-Slack-Retry-Num``)
and sends both ``message`` and ``app_mention`` for one message that mentions the bot; several
``precis serve`` processes may receive them. A question is answered by whoever first claims
its message (channel + ts) in the store, so one question gets exactly one answer.
"""

from __future__ import annotations

from datetime import date, timedelta
from logging import Logger

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot import render, render_desk
from bot.conversations import asked_in, shared_in, team_of
from bot.forget import forget_workspace
from bot.listeners.answers import failure_notice, mention_answer, strip_mentions
from bot.profiles import reply_language
from bot.render import ScheduleLine
from storage import Store

LATEST_ON_HOME = 5
HOME_PEOPLE = 5  # the people of the week on the App Home


def question_key(event: dict) -> str:
    """One key per user message, whichever event type or delivery carries it."""
    return f"message:{event.get('channel')}:{event.get('ts')}"


def answer_in_thread(event: dict, client: WebClient, context: BoltContext, logger: Logger) -> None:
    """Answer the question in ``event``'s text in its thread, once across retries and processes.

    When the claim itself fails (the database is busy or down) the asker is still told so:
    a second delivery of the same message may then tell them too, but never answer twice.
    """
    text = event.get("text") or ""
    lang = reply_language(context, client, strip_mentions(text), event.get("user"))
    try:
        if not context["store"].claim_event(question_key(event)):
            logger.debug("already answered %s", question_key(event))
            return
        viewer = asked_in(context, event.get("channel"))
        payload = mention_answer(context["store"], text, lang, viewer)
    except Exception as error:
        payload = failure_notice(error, lang, logger)
    client.chat_postMessage(
        channel=event["channel"],
        # In a channel the answer goes in the question's thread; a direct message gets a reply.
        thread_ts=event.get("thread_ts")
        or (None if event.get("channel_type") == "im" else event["ts"]),
        unfurl_links=False,
        unfurl_media=False,
        **payload,
    )


def app_mention(event: dict, client: WebClient, context: BoltContext, logger: Logger) -> None:
    answer_in_thread(event, client, context, logger)


def message(event: dict, client: WebClient, context: BoltContext, logger: Logger) -> None:
    """Direct messages are questions; in channels, only messages that mention the bot are."""
    subtype = event.get("subtype")
    if event.get("bot_id") or subtype not in (None, "file_share", "thread_broadcast"):
        return
    if subtype == "file_share":
        for shared in event.get("files") or []:
            _ingest_file(shared.get("id"), event.get("channel"), client, context, logger)
        if not (event.get("text") or "").strip():
            return
    bot_user = context.get("bot_user_id")
    mentioned = bool(bot_user) and f"<@{bot_user}>" in (event.get("text") or "")
    if event.get("channel_type") == "im" or mentioned:
        answer_in_thread(event, client, context, logger)


def file_shared(event: dict, client: WebClient, context: BoltContext, logger: Logger) -> None:
    _ingest_file(event.get("file_id"), event.get("channel_id"), client, context, logger)


def _ingest_file(
    file_id: str | None,
    channel_id: str | None,
    client: WebClient,
    context: BoltContext,
    logger: Logger,
) -> None:
    """Hand a shared file to ingestion once, whether it came as file_shared or a message;
    it is seen in that conversation only (everywhere in the workspace, if public)."""
    if not file_id or not channel_id:
        return
    if not context["store"].claim_event(f"file:{file_id}:{channel_id}"):
        return
    try:
        from bot.listeners.shared_files import answer_shared_file

        answer_shared_file(
            file_id,
            shared_in(context, client, channel_id),
            client=client,
            store=context["store"],
            settings=context["settings"],
        )
    except Exception:
        logger.exception("could not ingest shared file %s", file_id)


def app_uninstalled(event: dict, context: BoltContext, logger: Logger) -> None:
    """Uninstalled, or its tokens revoked: forget the workspace (its articles, quotes, feeds,
    digest schedules, saved answers and installation), and say so once in the log."""
    team = context.team_id or (context.authorize_result and context.authorize_result.team_id)
    if not team:
        logger.warning("%s without a workspace: nothing forgotten", event.get("type"))
        return
    forgotten = forget_workspace(context["store"], context["settings"], team)
    logger.warning("Précis was uninstalled from %s (%s): %s", team, event.get("type"), forgotten)


def conversation_changed(
    event: dict, client: WebClient, context: BoltContext, logger: Logger
) -> None:
    """A channel was renamed, archived, shared, unshared or made private: ask Slack whether
    it is private now, so what was shared in it is seen (or hidden) accordingly."""
    channel = event.get("channel")
    channel_id = channel.get("id") if isinstance(channel, dict) else channel
    if not channel_id:
        return
    team = team_of(context)
    context["conversations"].refresh(client, context["store"], team, str(channel_id))
    logger.info("%s: privacy of %s checked again", event.get("type"), channel_id)


def app_home_opened(event: dict, client: WebClient, context: BoltContext, logger: Logger) -> None:
    """Publish the Home tab: counts, digest schedules, latest articles, in the viewer's
    Slack language (else the workspace default)."""
    if event.get("tab") != "home":
        return
    user = event["user"]
    store = context["store"]
    language = context["profiles"].get(client, user).language
    lang = language or context["settings"].default_language
    viewer = asked_in(context, None)  # no conversation: what every public channel may see
    view = render.home_view(
        lang,
        store.stats(viewer=viewer),
        store.latest_articles(limit=LATEST_ON_HOME, viewer=viewer),
        digest_schedules(store, viewer.team_id),
    )
    today = date.today()
    people = store.people_report(
        today - timedelta(days=6),
        today,
        viewer=viewer,
        limit=HOME_PEOPLE,
    )
    blocks = [*view["blocks"], *render_desk.home_people_blocks(people, lang)]
    client.views_publish(user_id=user, view={**view, "blocks": blocks[: render.HOME_BLOCK_LIMIT]})


def digest_schedules(store: Store, team_id: str) -> list[ScheduleLine]:
    """This workspace's channels with an active digest schedule."""
    return [
        ScheduleLine(
            channel.channel_id, channel.digest_time or "", channel.timezone, channel.weekdays
        )
        for channel in store.scheduled_channels()
        if channel.team_id == team_id
    ]
