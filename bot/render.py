"""Block Kit and plain-text rendering: the only place that formats and escapes for Slack.

Every piece of document text goes through :func:`escape` so that an article that
contains ``<!channel>`` or ``<@U123>`` can never ping anyone. Every builder keeps
Slack's limits by construction (shortening with an ellipsis, never failing), so no
answer is ever rejected with ``invalid_blocks``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.i18n import Language, format_date, format_weekdays, t
from storage.contracts import ArticleRow, QuoteHit, SentenceHit, Stats, StoredArticle

Block = dict[str, Any]
Payload = dict[str, Any]  # a message: its Block Kit blocks and their fallback text

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
    """Plain text (headers, buttons), escaped like every other text Slack receives."""
    return {"type": "plain_text", "text": shorten(escape(text), limit) or " ", "emoji": True}


def section(text: str) -> list[Block]:
    """One or more section blocks for already-escaped mrkdwn ``text``."""
    return [{"type": "section", "text": mrkdwn(chunk)} for chunk in split_text(text) if chunk]


def header(text: str) -> Block:
    """A header block for unescaped ``text`` (escaped here, like all plain text)."""
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


def message(blocks: Sequence[Block], text: str) -> Payload:
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


# -- answers: quotes, summaries, App Home ----------------------------------------------------

QUOTE_TEXT_LIMIT = 2400  # leaves room in a section for the attribution line
SPEAKER_LIMIT = 80  # a speaker named inside a short quote line
HOME_BLOCK_LIMIT = 100
MORE_ACTION = "quote_more"
SHARE_ACTION = "share_answer"


def link(url: str, label: str) -> str:
    """A mrkdwn link; ``url`` and ``label`` are raw (escaped here), ``|`` cannot break out."""
    return f"<{escape(url).replace('|', '%7C')}|{escape(label).replace('|', '¦')}>"


def source_reference(source: str | None, lang: Language) -> str:
    """A link for a web source; a file name (escaped) for a local file; nothing otherwise."""
    if not source:
        return ""
    if source.startswith(("http://", "https://")):
        return link(source, t("link.source", lang))
    return escape(source.replace("\\", "/").rsplit("/", 1)[-1])


def _one_line(text: str) -> str:
    return " ".join(text.split())


def blockquote(
    words: str, lang: Language, *, direct: bool, limit: int, lead: str = "", tail: str = ""
) -> str:
    """Quoted words as one Slack blockquote: each paragraph of a quote that spans several
    on its own ``>`` line (a blank line would end the quote), in quote marks when the words
    are the speaker's own. ``lead`` and ``tail`` are mrkdwn put before and after the words
    (a speaker, "(paraphrase)"); ``words`` is document text, escaped here."""
    paragraphs = [" ".join(line.split()) for line in words.strip().splitlines() if line.strip()]
    # English puts the clause's comma inside the quote marks ("water," she said): not the words.
    text = shorten(escape("\n".join(paragraphs).rstrip(",;: ")), limit)
    if direct:
        text = t("quote.marks", lang, words=text)
    lines = text.split("\n")
    lines[0] = lead + lines[0]
    lines[-1] += tail
    return "\n".join(f"> {line}" for line in lines)


def quote_text(hit: QuoteHit, lang: Language) -> str:
    """One quote as mrkdwn: the words, then speaker, article, date and source."""
    direct = hit.kind == "direct"
    tail = "" if direct else f" _({t('quote.indirect', lang)})_"
    said = blockquote(hit.text, lang, direct=direct, limit=QUOTE_TEXT_LIMIT, tail=tail)
    speaker = escape(hit.speaker or hit.speaker_mention or t("quote.unknown_speaker", lang))
    where = [
        f"*{shorten(speaker, 200)}*",
        f"_{escape(shorten(hit.article_headline or t('untitled', lang), 300))}_",
        format_date(hit.article_date, lang),
        source_reference(hit.article_source, lang),
    ]
    return f"{said}\n— " + " · ".join(part for part in where if part)


def short_quote_text(hit: QuoteHit, lang: Language, *, limit: int) -> str:
    """One quote as a single blockquote naming its speaker once, in the typography of
    ``lang`` (the article's): a digest's line. Own words end with "— speaker"; reported
    speech starts with "speaker:"."""
    speaker = f"*{shorten(escape(hit.speaker or ''), SPEAKER_LIMIT)}*"
    if hit.kind != "direct":
        lead = t("speaker.lead", lang, speaker=speaker)
        return blockquote(hit.text, lang, direct=False, limit=limit, lead=lead)
    return blockquote(hit.text, lang, direct=True, limit=limit, tail=f" — {speaker}")


def answer_buttons(lang: Language, *, more: str | None, share: str | None) -> list[Block]:
    """The "More" / "Share in channel" buttons; values are opaque strings ≤ 2000 chars."""
    elements = []
    if more:
        elements.append(button(t("button.more", lang), MORE_ACTION, more))
    if share:
        elements.append(button(t("button.share", lang), SHARE_ACTION, share, style="primary"))
    return [actions(elements)] if elements else []


def with_buttons(
    payload: Payload, lang: Language, *, more: str | None, share: str | None
) -> Payload:
    """``payload`` with the "More" / "Share in channel" buttons under it."""
    buttons = answer_buttons(lang, more=more, share=share)
    return message([*payload["blocks"], *buttons], payload["text"]) if buttons else payload


def with_footer(payload: Payload, footer: str | None) -> Payload:
    """``payload`` with a line of bot mrkdwn under it ("Shared by …", "Stored · …")."""
    footer_blocks = [context([footer])] if footer else []
    return message([*payload["blocks"], *footer_blocks], payload["text"])


def quotes_message(
    hits: Sequence[QuoteHit], heading: str, lang: Language, *, notes: Sequence[str] = ()
) -> Payload:
    """Quotes, best first, under a plain-text ``heading``; ``notes`` are escaped bot text."""
    blocks: list[Block] = [header(heading)]
    for note in notes:
        blocks.append(context([note]))
    for hit in hits:
        blocks.extend(section(quote_text(hit, lang)))
    fallback = "\n".join(
        f"“{escape(_one_line(h.text))}” — {escape(h.speaker or '?')}" for h in hits
    )
    return message(blocks, f"{escape(heading)}\n{fallback}")


def article_summary_message(
    article: StoredArticle, sentences: Sequence[str], lang: Language
) -> Payload:
    """An article's summary: title, date, source, and its best sentences verbatim."""
    title = article.headline or t("untitled", lang)
    facts = [
        format_date(article.date, lang),
        source_reference(article.source, lang),
        escape(t("summary.article", lang, id=article.id)),
    ]
    body = "\n".join(f"• {escape(_one_line(s))}" for s in sentences)
    blocks = [header(title), context([" · ".join(f for f in facts if f)]), *section(body)]
    return message(blocks, f"{escape(title)}\n{body}")


def topic_summary_message(
    query: str,
    sentences: Sequence[SentenceHit],
    lang: Language,
    *,
    notes: Sequence[str] = (),
) -> Payload:
    """A summary across articles: each sentence ends with the number of its source."""
    numbers: dict[int, int] = {}
    sources: list[SentenceHit] = []
    lines = []
    for sentence in sentences:
        if sentence.article_id not in numbers:
            numbers[sentence.article_id] = len(numbers) + 1
            sources.append(sentence)
        lines.append(f"• {escape(_one_line(sentence.text))} [{numbers[sentence.article_id]}]")
    references = []
    for number, hit in enumerate(sources, 1):
        facts = [
            f"[{number}] _{escape(shorten(hit.headline or t('untitled', lang), 300))}_",
            format_date(hit.date, lang),
            source_reference(hit.source, lang),
            escape(t("summary.article", lang, id=hit.article_id)),
        ]
        references.append(" · ".join(f for f in facts if f))
    heading = t("summary.topic_heading", lang, query=shorten(query, 100))
    blocks = [
        header(heading),
        *[context([note]) for note in notes],
        *section("\n".join(lines)),
        context([f"*{t('summary.sources', lang)}*"]),
        *section("\n".join(references)),
    ]
    return message(blocks, f"{escape(heading)}\n" + "\n".join(lines))


def article_line(row: ArticleRow, lang: Language) -> str:
    """An article in a list: its title in bold, then number, date and source."""
    facts = [
        escape(t("summary.article", lang, id=row.id)),
        format_date(row.date, lang),
        source_reference(row.source, lang),
    ]
    title = escape(shorten(row.headline or t("untitled", lang), 300))
    return f"*{title}*\n" + " · ".join(f for f in facts if f)


def articles_message(
    heading: str, note: str, articles: Sequence[ArticleRow], lang: Language
) -> Payload:
    """A plain-text ``heading``, a line of bot mrkdwn, then the articles it is about."""
    blocks = [header(heading), *section(note)]
    for row in articles:
        blocks.extend(section(article_line(row, lang)))
    return message(blocks, note)


def notice(text: str) -> Payload:
    """A short message from the bot itself; ``text`` is bot mrkdwn with user words escaped."""
    return message(section(text), text)


@dataclass(frozen=True)
class ScheduleLine:
    """One channel's digest schedule, as the App Home lists it."""

    channel_id: str
    time: str
    timezone: str
    weekdays: str = ""  # ISO weekday digits; "" = every day


def home_view(
    lang: Language,
    counts: Stats,
    latest: Sequence[ArticleRow],
    schedules: Sequence[ScheduleLine],
) -> Payload:
    """The App Home tab: what is stored, where digests go, the latest articles."""
    blocks: list[Block] = [
        header(t("home.title", lang)),
        *section(t("home.intro", lang)),
        context(
            [
                t(
                    "home.counts",
                    lang,
                    articles=counts.articles,
                    quotes=counts.quotes,
                    people=counts.people,
                )
            ]
        ),
        divider(),
        header(t("home.schedules", lang)),
    ]
    if schedules:
        lines = []
        for line in schedules:
            days = f" ({format_weekdays(map(int, line.weekdays), lang)})" if line.weekdays else ""
            lines.append(
                f"• <#{line.channel_id}> {escape(line.time)} {escape(line.timezone)}{days}"
            )
        blocks.extend(section("\n".join(lines)))
    else:
        blocks.extend(section(t("home.no_schedules", lang)))
    blocks += [divider(), header(t("home.latest", lang))]
    if not latest:
        blocks.extend(section(t("home.no_articles", lang)))
    for row in latest:
        blocks.extend(section(article_line(row, lang)))
    return {"type": "home", "blocks": blocks[:HOME_BLOCK_LIMIT]}


# -- text rendering for `precis shell` --------------------------------------------------------

_LINK = re.compile(r"<([^<>|]+)\|([^<>]+)>")
_CONTROL = re.compile(r"<([@#!][^<>|]*)(?:\|([^<>]*))?>")
_BARE_LINK = re.compile(r"<(https?://[^<>]+)>")


def mrkdwn_to_text(text: str) -> str:
    """Slack mrkdwn as a person reads it: links as "label (url)", mentions as "@U123"."""
    text = _LINK.sub(lambda m: f"{m[2]} ({m[1]})", text)
    text = _BARE_LINK.sub(lambda m: m[1], text)
    text = _CONTROL.sub(lambda m: m[2] or m[1].replace("!", "@", 1).split("^")[0], text)
    return unescape(text)


def unescape(text: str) -> str:
    """What a reader sees of escaped Slack text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _element_text(element: dict[str, Any]) -> str:
    text = element.get("text", "")
    if isinstance(text, dict):
        text = text.get("text", "")
    return mrkdwn_to_text(text) if element.get("type") == "mrkdwn" else unescape(text)


def to_text(payload: Payload, width: int = 88) -> str:
    """A message or Home view rendered as readable text, one block after another."""
    blocks = payload.get("blocks") or []
    if not blocks:
        return mrkdwn_to_text(payload.get("text", ""))
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _element_text(block["text"])
            lines += [title, "═" * min(len(title), width)]
        elif kind == "section":
            if "text" in block:
                lines.append(_element_text(block["text"]))
            lines += [_element_text(f) for f in block.get("fields", [])]
        elif kind == "context":
            lines.append("  " + " · ".join(_element_text(e) for e in block.get("elements", [])))
        elif kind == "divider":
            lines.append("─" * width)
        elif kind == "actions":
            lines.append("  ".join(f"[ {_element_text(e)} ]" for e in block.get("elements", [])))
    return "\n".join(lines)
