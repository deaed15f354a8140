"""Files shared in Slack, answered: checked (kind, size), read (bot/ingest/slack_files.py),
stored for the conversation they were shared in, and answered in their thread."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import render
from bot.config import Settings
from bot.i18n import Language, question_language, t
from bot.ingest.channels import ingest_for_channel
from bot.ingest.decode import human_size
from bot.ingest.files import SUPPORTED_SUFFIXES
from bot.ingest.slack_files import download, file_suffix
from bot.listeners.sources import ingested_message
from bot.render import Payload
from storage import Store, Viewer

log = logging.getLogger(__name__)


def answer_shared_file(
    file_id: str, place: Viewer, *, client: WebClient, store: Store, settings: Settings
) -> None:
    """Download a file shared in ``place`` (a conversation), ingest it for that conversation
    alone and answer in the file's thread: the article card, or a short reason when it
    cannot be read."""
    channel_id = place.conversation_id or ""
    try:
        info: dict[str, Any] = client.files_info(file=file_id)["file"]
    except SlackApiError as error:
        log.warning("files.info failed for %s: %s", file_id, error.response.get("error"))
        return
    name = str(info.get("name") or info.get("title") or file_id)
    lang = _language(info)
    answer = _answer(info, name, place, lang, client, store, settings)
    client.chat_postMessage(channel=channel_id, thread_ts=_thread_ts(info, channel_id), **answer)


def _answer(
    info: dict[str, Any],
    name: str,
    place: Viewer,
    lang: Language,
    client: WebClient,
    store: Store,
    settings: Settings,
) -> Payload:
    suffix = file_suffix(info, name)
    shown = render.escape(name)
    if suffix not in SUPPORTED_SUFFIXES:
        return render.notice(t("file.unsupported", lang, name=shown))
    size = int(info.get("size") or 0)
    if size > settings.max_file_bytes:
        return render.notice(
            t(
                "file.too_large",
                lang,
                name=shown,
                size=human_size(size),
                limit=human_size(settings.max_file_bytes),
            )
        )
    source = str(info.get("permalink") or name)
    load = partial(download, info, suffix, source, client.token or "", settings)
    [taken] = ingest_for_channel(
        store, [(source, load)], place, min_words=settings.min_article_words
    )
    return ingested_message(store, taken, lang, place)


def _thread_ts(info: dict[str, Any], channel_id: str) -> str | None:
    """The ts of the message that shared the file in ``channel_id``: answers go in its thread."""
    shares = info.get("shares") or {}
    for visibility in ("public", "private"):
        for share in (shares.get(visibility) or {}).get(channel_id) or []:
            if share.get("ts"):
                return str(share["ts"])
    return None


def _language(info: dict[str, Any]) -> Language:
    """Answer in French when the file's name or title reads French, else English."""
    return question_language(f"{info.get('title') or ''} {info.get('name') or ''}")
