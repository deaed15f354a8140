"""Files shared in Slack: downloaded with the bot token, ingested, answered in their thread.

The token is only ever sent to Slack's own file hosts (``*.slack.com``, or the host of the
configured SLACK_API_URL, e.g. the local stand-in); any other address in a file object is
refused. Those hosts skip the private-address guard (the stand-in is on loopback), but not
the size cap or the time budget, and a redirect elsewhere is checked like any URL (httpx
drops the token when a redirect leaves the origin).
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import render
from bot.config import Settings
from bot.i18n import Language, question_language, t
from bot.ingest.channels import ingest_for_channel
from bot.ingest.decode import human_size
from bot.ingest.files import HTML_SUFFIXES, SUPPORTED_SUFFIXES, document_from_bytes
from bot.ingest.raw import RawDocument, RejectedDocument
from bot.ingest.web import fetch
from bot.listeners.sources import ingested_message
from storage import Store, Viewer

log = logging.getLogger(__name__)

SLACK_FILE_DOMAIN = "slack.com"
FILE_TYPES = frozenset(
    {
        "text/plain",
        "text/markdown",
        "text/x-markdown",
        "text/html",
        "application/xhtml+xml",
        "application/octet-stream",
    }
)
# Slack's filetype for files whose name has no telling suffix.
_FILETYPE_SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "post": ".txt"}


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
) -> dict[str, Any]:
    suffix = _suffix(info, name)
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


def download(
    info: dict[str, Any], suffix: str, source: str, token: str, settings: Settings
) -> RawDocument:
    """The file's bytes as a document; the token goes to Slack's file hosts only."""
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    host = (urlsplit(url).hostname or "").lower()
    if not _is_slack_host(host, settings):
        raise RejectedDocument("the file's address is not on Slack")
    fetched = fetch(
        url,
        settings,
        accept=FILE_TYPES,
        accept_header="*/*",
        headers={"Authorization": f"Bearer {token}"},
        trusted_hosts={host},
    )
    if fetched.media_type in ("text/html", "application/xhtml+xml") and suffix not in HTML_SUFFIXES:
        # Slack answers a download it refuses with its login page, status 200.
        raise RejectedDocument("Slack sent its login page: the app may lack the files:read scope")
    return document_from_bytes(
        fetched.body, source, suffix, settings.max_file_bytes, fetched.charset
    )


def _is_slack_host(host: str, settings: Settings) -> bool:
    api_host = (urlsplit(settings.slack_api_url).hostname or "").lower()
    return bool(host) and (
        host in (api_host, SLACK_FILE_DOMAIN) or host.endswith("." + SLACK_FILE_DOMAIN)
    )


def _suffix(info: dict[str, Any], name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES and suffix:
        return suffix
    return _FILETYPE_SUFFIXES.get(str(info.get("filetype") or ""), suffix or ".bin")


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
