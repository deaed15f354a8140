"""Answers to ``/feed`` and ``/ingest``, and the card shown once an article is ingested.

The listeners ack and call these; each returns a message payload built with bot/render.py.
Verbs are accepted in English and French (``/feed add`` or ``/feed ajouter``), and the
answer follows the language of the verb.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot import render
from bot.config import Settings
from bot.i18n import STRINGS, Language, question_language, t
from bot.ingest.channels import Taken, ingest_for_channel
from bot.ingest.feeds import follow_feed
from bot.ingest.raw import RejectedDocument
from bot.ingest.web import page_loader
from storage import FeedRow, Store

Payload = dict[str, Any]

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

# The words of these answers, registered with the bot's other strings (bot/i18n.py).
STRINGS.update(
    {
        "feed.usage": {
            "en": "*/feed* follows RSS and Atom feeds; their new articles feed this "
            "channel's digest.\n"
            "• `/feed add https://example.org/rss.xml` — follow a feed (or a site that "
            "announces one)\n"
            "• `/feed list` — the feeds this channel follows, and their last error\n"
            "• `/feed remove https://example.org/rss.xml` — stop following it",
            "fr": "*/feed* suit des flux RSS et Atom ; leurs nouveaux articles alimentent le "
            "digest de ce canal.\n"
            "• `/feed ajouter https://example.org/rss.xml` — suivre un flux (ou un site qui "
            "en annonce un)\n"
            "• `/feed liste` — les flux suivis par ce canal, et leur dernière erreur\n"
            "• `/feed retirer https://example.org/rss.xml` — ne plus le suivre",
        },
        "feed.needs_url": {
            "en": "Give the feed's address, e.g. `/feed {verb} https://example.org/rss.xml`.",
            "fr": "Donnez l'adresse du flux, par ex. `/feed {verb} https://example.org/rss.xml`.",
        },
        "feed.added": {
            "en": "Following *{title}* ({count} items now) — {url}. New articles will feed "
            "this channel's digest; the first poll is within {minutes} minutes.",
            "fr": "Flux *{title}* suivi ({count} articles actuellement) — {url}. Ses nouveaux "
            "articles alimenteront le digest de ce canal ; première lecture d'ici "
            "{minutes} minutes.",
        },
        "feed.already": {
            "en": "This channel already follows {url}.",
            "fr": "Ce canal suit déjà {url}.",
        },
        "feed.unreadable": {
            "en": "Could not follow {url}: {reason}",
            "fr": "Impossible de suivre {url} : {reason}",
        },
        "feed.removed": {
            "en": "This channel no longer follows {url}.",
            "fr": "Ce canal ne suit plus {url}.",
        },
        "feed.not_followed": {
            "en": "This channel does not follow {url}. See `/feed list`.",
            "fr": "Ce canal ne suit pas {url}. Voir `/feed liste`.",
        },
        "feed.global_only": {
            "en": "{url} was added from the command line and feeds every digest; remove it "
            "with `precis feed remove`.",
            "fr": "{url} a été ajouté en ligne de commande et alimente tous les digests ; "
            "retirez-le avec `precis feed remove`.",
        },
        "feed.none": {
            "en": "This channel follows no feed yet. `/feed add <address>` adds one.",
            "fr": "Ce canal ne suit aucun flux. `/feed ajouter <adresse>` en ajoute un.",
        },
        "feed.heading": {"en": "Feeds for this channel", "fr": "Flux de ce canal"},
        "feed.every_digest": {"en": "every digest", "fr": "tous les digests"},
        "feed.never_polled": {"en": "not read yet", "fr": "pas encore lu"},
        "feed.polled": {"en": "read {when}", "fr": "lu {when}"},
        "feed.failing": {
            "en": "{count} failures in a row, last: {error}; next try {when}",
            "fr": "{count} échecs d'affilée, dernier : {error} ; prochain essai {when}",
        },
        "ingest.usage": {
            "en": "*/ingest* reads a web page and stores its article: "
            "`/ingest https://example.org/news/article.html`",
            "fr": "*/ingest* lit une page web et enregistre son article : "
            "`/ingest https://example.org/actualites/article.html`",
        },
        "ingest.stored": {
            "en": "Stored · quotes found: {count}",
            "fr": "Enregistré · citations trouvées : {count}",
        },
        "ingest.already": {
            "en": "Already stored · quotes: {count}",
            "fr": "Déjà enregistré · citations : {count}",
        },
        "ingest.failed": {
            "en": "Could not read {source}: {reason}",
            "fr": "Impossible de lire {source} : {reason}",
        },
    }
)


def answer_feed_command(
    text: str, *, channel_id: str, user_id: str, store: Store, settings: Settings
) -> Payload:
    """``/feed add|list|remove <url>`` in a channel (feeds added here serve its digest)."""
    words = text.split()
    verb, lang = _VERBS.get(words[0].lower(), ("help", "en")) if words else ("help", "en")
    if verb == "help":
        return render.notice(t("feed.usage", question_language(text)))
    if verb == "list":
        return feed_list_message(store.list_feeds(channel_id), lang)
    url = slack_url(words[1]) if len(words) > 1 else None
    if not url:
        return render.notice(t("feed.needs_url", lang, verb=words[0].lower()))
    shown = render.escape(url)
    if verb == "remove":
        if store.remove_feed(url, channel_id):
            return render.notice(t("feed.removed", lang, url=shown))
        shared = any(feed.url == url for feed in store.list_feeds(None))
        return render.notice(
            t("feed.global_only" if shared else "feed.not_followed", lang, url=shown)
        )
    try:
        followed = follow_feed(store, url, settings, channel_id)
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
    text: str, *, channel_id: str, user_id: str, store: Store, settings: Settings
) -> Payload:
    """``/ingest <url>``: fetch the page, store its article for this channel, answer with
    its title, summary and quote count (or the reason it could not be read)."""
    words = text.split()
    url = slack_url(words[0]) if words else None
    lang = question_language(text)
    if not url:
        return render.notice(t("ingest.usage", lang))
    [taken] = ingest_for_channel(store, [(url, page_loader(url, settings))], channel_id)
    return ingested_message(store, taken, lang)


def ingested_message(store: Store, taken: Taken, lang: Language) -> Payload:
    """The card for one ingested source: title, date, source, summary and quote count."""
    outcome = taken.outcome
    stored = store.get_article(outcome.article_id) if outcome.article_id is not None else None
    if outcome.status == "failed" or stored is None:
        source = render.escape(outcome.source.rsplit("/", 1)[-1] or outcome.source)
        if outcome.source.startswith(("http://", "https://")):
            source = render.link(outcome.source, outcome.source)
        reason = render.escape(outcome.reason or "unknown error")
        return render.notice(t("ingest.failed", lang, source=source, reason=reason))
    key = "ingest.stored" if outcome.status == "stored" else "ingest.already"
    footer = t(key, lang, count=outcome.quote_count)
    return render.article_summary_message(stored, list(outcome.summary), lang, footer=footer)


def slack_url(word: str) -> str | None:
    """A URL as typed in Slack, which may wrap it as ``<https://x|label>``; None if not web."""
    url = word.strip().removeprefix("<").removesuffix(">").split("|", 1)[0]
    return url if url.lower().startswith(("http://", "https://")) else None
