"""Answers to ``/feed`` and ``/ingest``, and the card shown once an article is ingested.

The listeners ack and call these; each returns a message payload built with bot/render.py.
Verbs are accepted in English and French (``/feed add`` or ``/feed ajouter``), and the
answer follows the language of the verb.
"""

from __future__ import annotations

from datetime import datetime

from bot import render
from bot.config import Settings
from bot.i18n import Language, not_analysed_note, question_language, t
from bot.ingest.channels import Taken, ingest_for_channel
from bot.ingest.feeds import follow_feed
from bot.ingest.raw import RejectedDocument
from bot.ingest.web import page_loader
from bot.render import Payload
from storage import FeedRow, Store, Viewer

_VERBS: dict[str, tuple[str, Language]] = {
    "add": ("add", "en"),
    "follow": ("add", "en"),
    "ajouter": ("add", "fr"),
    "ajoute": ("add", "fr"),
    "suivre": ("add", "fr"),
    "list": ("list", "en"),
    "liste": ("list", "fr"),
    "lister": ("list", "fr"),
    "remove": ("remove", "en"),
    "delete": ("remove", "en"),
    "retirer": ("remove", "fr"),
    "supprimer": ("remove", "fr"),
    "help": ("help", "en"),
    "aide": ("help", "fr"),
}


def answer_feed_command(
    text: str,
    *,
    place: Viewer,
    user_id: str,
    store: Store,
    settings: Settings,
    default: Language = "en",
) -> Payload:
    """``/feed add|list|remove <url>`` in a channel, ``place`` (feeds added here serve its
    digest, their articles seen there only); ``default``: the asker's language when the
    verb does not tell."""
    channel_id, team_id = place.conversation_id, place.team_id
    words = text.split()
    verb, lang = _VERBS.get(words[0].lower(), ("help", default)) if words else ("help", default)
    if verb == "help":
        return render.notice(t("feed.usage", question_language(text, default)))
    if verb == "list":
        return feed_list_message(store.list_feeds(channel_id, team_id=team_id), lang)
    url = slack_url(words[1]) if len(words) > 1 else None
    if not url:
        return render.notice(t("feed.needs_url", lang, verb=words[0].lower()))
    shown = render.escape(url)
    if verb == "remove":
        if store.remove_feed(url, channel_id, team_id=team_id):
            return render.notice(t("feed.removed", lang, url=shown))
        shared = any(feed.url == url for feed in store.list_feeds(None, team_id=team_id))
        return render.notice(
            t("feed.global_only" if shared else "feed.not_followed", lang, url=shown)
        )
    try:
        followed = follow_feed(store, url, settings, place)
    except RejectedDocument as error:
        reason = render.escape(str(error))
        return render.notice(t("feed.unreadable", lang, url=shown, reason=reason))
    feed_url = render.escape(followed.url)
    if not followed.created:
        return render.notice(t("feed.already", lang, url=feed_url))
    return render.notice(
        t(
            "feed.added",
            lang,
            title=render.escape(followed.title or followed.url),
            count=followed.items,
            url=feed_url,
            minutes=settings.feed_poll_minutes,
        )
    )


def feed_list_message(feeds: list[FeedRow], lang: Language) -> Payload:
    if not feeds:
        return render.notice(t("feed.none", lang))
    lines = []
    for feed in feeds:
        facts = [render.link(feed.url, feed.url)]
        if feed.channel_id is None:
            facts.append(f"_{t('feed.every_digest', lang)}_")
        if feed.last_polled_at is None:
            facts.append(t("feed.never_polled", lang))
        else:
            facts.append(t("feed.polled", lang, when=_when(feed.last_polled_at)))
        if feed.error_count:
            error = render.escape(render.shorten(feed.last_error or "?", 200))
            when = _when(feed.next_poll_at) if feed.next_poll_at else "?"
            facts.append(
                ":warning: "
                + t("feed.failing", lang, count=feed.error_count, error=error, when=when)
            )
        lines.append("• " + " · ".join(facts))
    heading = t("feed.heading", lang)
    blocks = [render.header(heading), *render.section("\n".join(lines))]
    return render.message(blocks, f"{heading}\n" + "\n".join(lines))


def _when(moment: datetime) -> str:
    """A time in the reader's own zone, through Slack's date formatting."""
    stamp = int(moment.timestamp())
    fallback = moment.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{stamp}^{{date_short_pretty}} {{time}}|{fallback}>"


def answer_ingest_command(
    text: str,
    *,
    place: Viewer,
    user_id: str,
    store: Store,
    settings: Settings,
    default: Language = "en",
) -> Payload:
    """``/ingest <url>``: fetch the page, store its article for this channel (``place``),
    answer with its title, summary and quote count (or the reason it could not be read)."""
    words = text.split()
    url = slack_url(words[0]) if words else None
    lang = question_language(text, default)
    if not url:
        return render.notice(t("ingest.usage", lang))
    sources = [(url, page_loader(url, settings))]
    [taken] = ingest_for_channel(store, sources, place, min_words=settings.min_article_words)
    return ingested_message(store, taken, lang, place)


def ingested_message(store: Store, taken: Taken, lang: Language, place: Viewer) -> Payload:
    """The card for one ingested source: title, date, source, summary and quote count."""
    outcome = taken.outcome
    stored = (
        store.get_article(outcome.article_id, viewer=place)
        if outcome.article_id is not None
        else None
    )
    if outcome.status == "failed" or stored is None:
        source = render.escape(outcome.source.rsplit("/", 1)[-1] or outcome.source)
        if outcome.source.startswith(("http://", "https://")):
            source = render.link(outcome.source, outcome.source)
        reason = render.escape(outcome.reason or "unknown error")
        return render.notice(t("ingest.failed", lang, source=source, reason=reason))
    key = "ingest.stored" if outcome.status == "stored" else "ingest.already"
    footer = not_analysed_note(stored.language, lang) or t(key, lang, count=outcome.quote_count)
    card = render.article_summary_message(stored, list(outcome.summary), lang)
    return render.with_footer(card, footer)


def slack_url(word: str) -> str | None:
    """A URL as typed in Slack, which may wrap it as ``<https://x|label>``; None if not web."""
    url = word.strip().removeprefix("<").removesuffix(">").split("|", 1)[0]
    return url if url.lower().startswith(("http://", "https://")) else None
