"""Block Kit and plain-text rendering: the only place that formats and escapes for Slack.

Every piece of document text goes through :func:`escape` so that an article that
contains ``<!channel>`` or ``<@U123>`` can never ping anyone. Every builder keeps
Slack's limits by construction (shortening with an ellipsis, never failing), so no
answer is ever rejected with ``invalid_blocks``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

Block = dict[str, Any]

SECTION_TEXT_LIMIT = 3000
HEADER_TEXT_LIMIT = 150
CONTEXT_ELEMENT_LIMIT = 10
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
MESSAGE_BLOCK_LIMIT = 50
FALLBACK_TEXT_LIMIT = 3000
ELLIPSIS = "…"


def escape(text: str) -> str:
    """Escape the three characters Slack treats as control sequences, and nothing else."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, ending with an ellipsis.

    Never cuts inside an escape entity such as ``&amp;``.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def split_text(text: str, limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """Split mrkdwn into chunks of at most ``limit`` characters, on line then word boundaries."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            head = shorten(line, limit)[: -len(ELLIPSIS)]
            if not head.strip():
                head = line[:limit]
            if current:
                chunks.append(current)
                current = ""
            chunks.append(head)
            line = line[len(head) :].lstrip()
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current)
    return chunks


def mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": shorten(text, limit) or " ", "emoji": True}


def section(text: str) -> list[Block]:
    """One or more section blocks for already-escaped mrkdwn ``text``."""
    return [{"type": "section", "text": mrkdwn(chunk)} for chunk in split_text(text) if chunk]


def header(text: str) -> Block:
    """A header block; ``text`` is plain text (Slack does not parse mentions in it)."""
    return {"type": "header", "text": plain(text, HEADER_TEXT_LIMIT)}


def context(texts: Iterable[str]) -> Block:
    elements = [mrkdwn(shorten(t, SECTION_TEXT_LIMIT)) for t in texts if t]
    return {"type": "context", "elements": elements[:CONTEXT_ELEMENT_LIMIT] or [mrkdwn(" ")]}


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str = "", style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(text, BUTTON_TEXT_LIMIT),
        "action_id": action_id,
    }
    if value:
        element["value"] = value[:BUTTON_VALUE_LIMIT]
    if style:
        element["style"] = style
    return element


def actions(elements: Sequence[dict[str, Any]]) -> Block:
    return {"type": "actions", "elements": list(elements)[:25]}


def message(blocks: Sequence[Block], text: str) -> dict[str, Any]:
    """A message payload within Slack's limits, always with a plain ``text`` fallback.

    When there are too many blocks, the tail is dropped and replaced by a note, keeping
    a trailing actions block (buttons) if there was one.
    """
    kept = list(blocks)
    if len(kept) > MESSAGE_BLOCK_LIMIT:
        tail = [kept[-1]] if kept[-1].get("type") == "actions" else []
        room = MESSAGE_BLOCK_LIMIT - 1 - len(tail)
        dropped = len(kept) - len(tail) - room
        kept = [*kept[:room], context([f"_{dropped} more blocks not shown_"]), *tail]
    return {"blocks": kept, "text": shorten(text, FALLBACK_TEXT_LIMIT) or " "}
