"""What a digest says: the articles stored since the channel's previous digest, most important
first, each with its title, date, link, a short summary and its most newsworthy quote; and the
note to whoever set a digest that it stopped.

Slack caps a message at 50 blocks and a section at 3,000 characters, so the first
:data:`FULL_ARTICLES` articles are shown in full and the rest as a list of linked titles
("and N more"); every piece of document text is escaped and shortened by bot/render.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot import render
from bot.digests.voices import voices_blocks, week_starts
from bot.i18n import Language, format_date, format_day, t
from bot.languages import as_language
from bot.render import Payload
from storage import PENDING_TEAM, ArticleRow, QuoteHit, Store, Viewer
from storage.digests import ChannelSchedule

FULL_ARTICLES = 12  # articles shown with summary and quote; the rest as linked titles
MORE_TITLES = 60  # linked titles listed after them at most
FIRST_DIGEST_SPAN = timedelta(hours=24)  # what a channel's first digest looks back over
LONGEST_SPAN = timedelta(days=7)  # after a long pause, a digest is not a month of news
FETCH_LIMIT = 200  # articles read per digest
SUMMARY_SENTENCES = 2
TITLE_LIMIT = 250
SUMMARY_LIMIT = 700
QUOTE_LIMIT = 400
LINK_LIMIT = 600  # a longer URL would be cut by section splitting and break the link
QUOTE_IDEAL = (40, 280)  # a quote this long reads well in a digest line


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One article as a digest shows it (document text, not yet escaped)."""

    article_id: int
    language: str  # the article's own: its quotes keep their typography
    title: str
    date: str | None  # "2023", "2023-02" or "2023-02-14"
    link: str | None  # http(s) source only
    summary: tuple[str, ...]
    quote: QuoteHit | None
    importance: tuple[int, int, int, float]


def pick_quote(quotes: Sequence[QuoteHit]) -> QuoteHit | None:
    """The most newsworthy quote: a named speaker first, then the speaker's own words
    (direct over indirect), then a length that reads well (40-280 characters), then the longer.
    A quote nobody is named for is never picked: a digest line must say who spoke."""
    named = [q for q in quotes if q.speaker and q.text.strip()]
    if not named:
        return None

    def newsworthiness(quote: QuoteHit) -> tuple[bool, bool, int]:
        length = len(quote.text)
        fits = QUOTE_IDEAL[0] <= length <= QUOTE_IDEAL[1]
        return quote.kind == "direct", fits, min(length, QUOTE_IDEAL[1])

    return max(named, key=newsworthiness)


def importance(row: ArticleRow, quotes: Sequence[QuoteHit]) -> tuple[int, int, int, float]:
    """Sort key, higher first: more named people quoted, more direct quotes, a real title,
    then the newest. An article that gives voice to several named people is usually the
    story of the day; a wire brief with no quote is not."""
    speakers = {q.speaker for q in quotes if q.speaker}
    direct = sum(q.kind == "direct" for q in quotes)
    return len(speakers), direct, int(bool(row.title)), row.ingested_at.timestamp()


def digest_viewer(channel_id: str, team_id: str | None) -> Viewer:
    """What the digest of ``channel_id`` may show. A schedule without a team was set before
    workspaces were recorded, by a single-workspace install: its pending rows are its own."""
    return Viewer(team_id or PENDING_TEAM, channel_id)


def gather_items(
    store: Store,
    channel: Viewer,
    since: datetime,
    until: datetime | None = None,
    known: dict[int, DigestItem] | None = None,
) -> list[DigestItem]:
    """The articles of ``channel``'s digest (its workspace's and its own) ingested in
    ``(since, until]``, most important first.

    ``known`` caches items by article id across calls: an article shared by a thousand
    channels is read once per tick, not a thousand times.
    """
    rows = store.articles_since(since, viewer=channel, limit=FETCH_LIMIT)
    known = {} if known is None else known
    items = []
    for row in rows:
        if until is not None and row.ingested_at > until:
            continue
        item = known.get(row.id)
        if item is None:
            item = known[row.id] = digest_item(store, row, channel)
        items.append(item)
    items.sort(key=lambda item: item.importance, reverse=True)
    return items


def digest_item(store: Store, row: ArticleRow, channel: Viewer) -> DigestItem:
    """One article as a digest shows it: its summary and best quote read from the store.
    A summary sentence holding the quote, or part of it, is left out: the quote line says it."""
    quotes = store.quotes_for_article(row.id, viewer=channel)
    quote = pick_quote(quotes)
    summary = store.summary_sentences(row.id, n=SUMMARY_SENTENCES, viewer=channel)
    if quote is not None:
        summary = [sentence for sentence in summary if not _repeats(sentence, quote.text)]
    return DigestItem(
        article_id=row.id,
        language=row.language,
        title=row.headline,
        date=row.date,
        link=_linkable(row.source),
        summary=tuple(summary),
        quote=quote,
        importance=importance(row, quotes),
    )


def _repeats(sentence: str, quote: str) -> bool:
    """The sentence holds the quote, or is a piece of it (a quote over several paragraphs)."""
    core = sentence.strip(" «»“”\"'.,;:!?")
    return quote.strip() in sentence or bool(core and core in quote)


def compose_digest(
    items: Sequence[DigestItem], *, day: date, language: Language, empty_note: bool = False
) -> dict | None:
    """The digest message for local date ``day``; None when nothing is new and no note is
    wanted."""
    heading = f"{t('digest.heading', language)} — {format_day(day, language)}"
    if not items:
        if not empty_note:
            return None
        note = t("digest.empty", language)
        return render.message([render.header(heading), render.context([note])], note)
    count = t("digest.count.1" if len(items) == 1 else "digest.count", language, count=len(items))
    blocks = [render.header(heading), render.context([count])]
    shown = items[:FULL_ARTICLES]
    for item in shown:
        blocks.extend(render.section(_article_text(item, language)))
    rest = items[FULL_ARTICLES:]
    if rest:
        blocks.append(render.divider())
        blocks.extend(render.section(_more_text(rest, language)))
    fallback = f"{heading}: {count}. " + " · ".join(_plain_title(item) for item in shown)
    return render.message(blocks, fallback)


def build_digest(
    store: Store,
    channel: Viewer,
    *,
    day: date,
    until: datetime,
    language: Language,
    empty_note: bool,
    known: dict[int, DigestItem] | None = None,
) -> tuple[Payload | None, int]:
    """The digest for ``channel`` covering what was ingested since its last posted digest
    (the first one: the last day; at most a week) up to ``until``; and its article count."""
    previous = store.last_digest(channel.conversation_id or "")
    since = previous.claimed_at if previous else until - FIRST_DIGEST_SPAN
    since = max(since, until - LONGEST_SPAN)
    items = gather_items(store, channel, since, until, known)
    payload = compose_digest(items, day=day, language=language, empty_note=empty_note)
    settings = store.get_channel(channel.conversation_id or "")
    if (
        payload
        and settings
        and store.digest_voices(channel.conversation_id or "")
        and week_starts(day, settings.weekdays)
    ):
        voices = voices_blocks(store, channel, day, language)
        payload = render.message([*payload["blocks"], *voices], payload["text"])
    return payload, len(items)


def _article_text(item: DigestItem, language: Language) -> str:
    title = render.shorten(item.title or "…", TITLE_LIMIT)
    line = f"*{render.link(item.link, title)}*" if item.link else f"*{render.escape(title)}*"
    when = format_date(item.date, language)
    if when:
        line += f"  _{when}_"
    lines = [line]
    if item.summary:
        lines.append(render.shorten(render.escape(" ".join(item.summary)), SUMMARY_LIMIT))
    if item.quote is not None:
        quote_language = as_language(item.language)
        lines.append(render.short_quote_text(item.quote, quote_language, limit=QUOTE_LIMIT))
    return "\n".join(lines)


def _more_text(rest: Sequence[DigestItem], language: Language) -> str:
    listed = rest[:MORE_TITLES]
    lines = [
        t("digest.more", language, count=len(rest)),
        *(f"• {_title_link(item)}" for item in listed),
    ]
    hidden = len(rest) - len(listed)
    if hidden:
        lines.append(t("digest.hidden", language, count=hidden))
    return "\n".join(lines)


def _title_link(item: DigestItem) -> str:
    title = render.shorten(item.title or "…", 150)
    return render.link(item.link, title) if item.link else render.escape(title)


def _linkable(source: str | None) -> str | None:
    """The source as a link target if it is a web address short enough to keep whole."""
    if source and source.startswith(("http://", "https://")) and len(source) <= LINK_LIMIT:
        return source
    return None


def _plain_title(item: DigestItem) -> str:
    return render.shorten(render.escape(item.title or "…"), 120)


def channel_language(channel: ChannelSchedule | None) -> Language:
    """The language of who set the channel's digest (English if unknown)."""
    return as_language(channel.language if channel is not None else None)


def paused_notice(channel_id: str, code: str, language: Language) -> Payload:
    """The direct message telling the person who set a digest that it stopped, and why."""
    text = t("digest.paused.notice", language, channel=channel_id, code=render.escape(code))
    return render.message(render.section(text), text)
