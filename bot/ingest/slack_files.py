"""Files shared in Slack, read: downloaded with the bot token into a RawDocument.

The token is only ever sent to Slack's own file hosts (``*.slack.com``, or the host of the
configured SLACK_API_URL, e.g. the local stand-in); any other address in a file object is
refused. Those hosts skip the private-address guard (the stand-in is on loopback), but not
the size cap or the time budget, and a redirect elsewhere is checked like any URL (httpx
drops the token when a redirect leaves the origin).
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from bot.config import Settings
from bot.ingest.files import HTML_SUFFIXES, SUPPORTED_SUFFIXES, document_from_bytes
from bot.ingest.raw import RawDocument, RejectedDocument
from bot.ingest.web import fetch

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


def file_suffix(info: dict[str, Any], name: str) -> str:
    """The suffix a file is read by: its name's, else the one Slack's filetype implies."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES and suffix:
        return suffix
    return _FILETYPE_SUFFIXES.get(str(info.get("filetype") or ""), suffix or ".bin")
