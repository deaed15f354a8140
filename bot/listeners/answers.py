"""Questions -> store queries -> message payloads, shared by commands, mentions and buttons.

No Slack calls here: each function returns a payload (``blocks`` + ``text``) built by
bot/render, so a slash command, a mention, the "More" button, "Share in channel" and
``precis shell`` all answer the same question the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from logging import Logger

from bot import render, render_desk
from bot.i18n import Language, t
from bot.languages import as_language
from bot.listeners.desk import check_answer
from bot.render import Payload
from storage import ArticleRow, PersonMatch, QuoteHit, Store, StoreBusy, Viewer
from storage.articles import SPEAKER_MATCHES

PAGE_SIZE = 5
MAX_QUERY_CHARS = 300  # a longer question is cut: no quote is searched by a whole page of text
MAX_SPEAKER_WORDS = 4
OTHER_PEOPLE = 3  # namesakes suggested under a speaker's quotes ("Okafor": Jane or Amara?)
NAMESAKE_GAP = 5.0  # how close (0-100) another person's match must be to be suggested
SUMMARY_SENTENCES = 3
TOPIC_SENTENCES = 6
TOPIC_ARTICLES = 5
MENTIONS_COUNTED = 20  # "appears in 20+ articles": counted up to this many
MENTIONS_LISTED = 3  # articles listed under a person who is named but not quoted
HELP_WORDS = frozenset({"help", "aide", "?", "usage", "-h", "--help"})
LATEST_WORDS = frozenset({"latest", "last", "dernier", "dernière", "derniers", "récent"})
QUOTE_MARKS = "\"'“”«»‘’„‚‹›` "
_ARTICLE_NUMBER = re.compile(r"(?:article\s*)?(?:n°|no\.|#)?\s*(\d{1,12})", re.IGNORECASE)
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,30}")


@dataclass(frozen=True)
class Ask:
    """A quote question as the "More" button carries it, to answer its next page."""

    query: str
    lang: Language
    offset: int = 0

    def encode(self) -> str:
        value = json.dumps({"q": self.query, "l": self.lang, "o": self.offset}, ensure_ascii=False)
        return value[: render.BUTTON_VALUE_LIMIT]

    @classmethod
    def decode(cls, value: str | None) -> Ask | None:
        """The question behind a button, or None for a value this version did not write."""
        try:
            data = json.loads(value or "")
            query, lang, offset = data["q"], data["l"], int(data["o"])
        except (ValueError, KeyError, TypeError):
            return None
        if lang not in ("fr", "en") or offset < 0:
            return None
        return cls(str(query), lang, offset)


@dataclass(frozen=True)
class ShareRef:
    """What "Share in channel" carries: the id of the answer as it was shown, saved."""

    answer_id: str
    lang: Language

    def encode(self) -> str:
        return json.dumps({"a": self.answer_id, "l": self.lang})

    @classmethod
    def decode(cls, value: str | None) -> ShareRef | None:
        try:
            data = json.loads(value or "")
            answer_id, lang = str(data["a"]), data["l"]
        except (ValueError, KeyError, TypeError):
            return None
        return cls(answer_id, lang) if lang in ("fr", "en") else None


def failure_notice(error: Exception, lang: Language, logger: Logger) -> Payload:
    """What the asker is told when answering failed, and the log line: "busy, ask again in
    a moment" when no database connection came free in time (a retry will do), else "something
    went wrong" with the traceback for the operator."""
    if isinstance(error, StoreBusy):
        logger.warning("answered busy: %s", error)
        return render.notice(t("busy", lang))
    logger.error("could not answer", exc_info=error)
    return render.notice(t("error", lang))


def clean_query(text: str | None) -> tuple[str, bool]:
    """The question on one line, cut to :data:`MAX_QUERY_CHARS`; True when it was cut."""
    query = " ".join((text or "").split())
    if len(query) <= MAX_QUERY_CHARS:
        return query, False
    return query[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or query[:MAX_QUERY_CHARS], True


def is_help(query: str) -> bool:
    return not query or query.lower() in HELP_WORDS


def unquoted(query: str) -> str:
    return query.strip(QUOTE_MARKS + "?!.,;:")


def shared_footer(user_id: str | None, lang: Language) -> str | None:
    """ "Shared by @user" under an answer posted for everyone (only a real user id)."""
    if user_id and _USER_ID.fullmatch(user_id):
        return t("shared_by", lang, user=user_id)
    return None


def offer(
    store: Store,
    shown: Payload,
    lang: Language,
    *,
    viewer: Viewer,
    article_ids: Iterable[int],
    more: Ask | None = None,
    share: bool = True,
    user_id: str | None = None,
) -> Payload:
    """``shown`` with its buttons: "More" carries the next page's question; "Share in
    channel" the id under which ``shown`` is saved, so what is shared is what was seen."""
    share_value = None
    if share:
        saved = store.save_answer(
            shown, article_ids=article_ids, team_id=viewer.team_id, user_id=user_id
        )
        share_value = ShareRef(saved, lang).encode()
    return render.with_buttons(shown, lang, more=more.encode() if more else None, share=share_value)


def quote_answer(
    store: Store,
    text: str | None,
    lang: Language,
    *,
    viewer: Viewer,
    offset: int = 0,
    more: bool = True,
    share: bool = True,
    user_id: str | None = None,
) -> Payload:
    """Quotes by a speaker (full name, surname, any accents, small typos), else by words;
    a person named in articles but never quoted is said to be so; words that match no quote
    in the asker's language find the closest quotes in the other one. Only what ``viewer``
    may see is searched, counted or named."""
    query, cut = clean_query(text)
    if is_help(query):
        return render.notice(t("quote.usage", lang))
    words = unquoted(query) or query
    notes = [t("query.cut", lang, limit=MAX_QUERY_CHARS)] if cut else []
    hits = []
    heading = t("quote.heading_words", lang, query=render.shorten(words, 100))
    unquoted_person: PersonMatch | None = None
    speaker_found = False
    if query[:1] not in QUOTE_MARKS and len(words.split()) <= MAX_SPEAKER_WORDS:
        people = store.find_people(words, limit=SPEAKER_MATCHES, viewer=viewer)
        if people:
            hits = store.quotes_by_speaker(
                words, viewer=viewer, limit=PAGE_SIZE + 1, offset=offset, matches=people
            )
            unquoted_person = None if hits else people[0]
        speaker_found = bool(hits)
        if hits:
            heading = t("quote.heading_speaker", lang, name=people[0].name)
            namesakes = [
                p.name
                for p in people[1 : OTHER_PEOPLE + 1]
                if p.score >= people[0].score - NAMESAKE_GAP and p.quote_count
            ]
            if namesakes and not offset:
                names = ", ".join(f"`{render.escape(name)}`" for name in namesakes)
                notes.append(t("quote.namesakes", lang, names=names))
    if not hits:
        hits = store.search_quotes(words, viewer=viewer, limit=PAGE_SIZE + 1, offset=offset)
    if unquoted_person and not offset:
        mentioning = store.search_articles(
            unquoted_person.name, limit=MENTIONS_COUNTED + 1, viewer=viewer, any_word=False
        )
        if mentioning and not hits:
            return not_quoted_answer(unquoted_person.name, mentioning, lang)
        if mentioning:
            notes.append(not_quoted_note(unquoted_person.name, len(mentioning), lang))
    if not hits and not offset:
        hits, note = other_language_quotes(store, words, lang, viewer)
        notes += note
    if not hits:
        key = "quote.none_more" if offset else "quote.none"
        return render.notice(t(key, lang, query=render.escape(render.shorten(words, 200))))
    shown = render.quotes_message(hits[:PAGE_SIZE], heading, lang, notes=notes)
    if (
        speaker_found
        and not offset
        and (card := store.person_card(words, viewer=viewer, matches=people)) is not None
    ):
        shown = render_desk.with_card(shown, card, lang)
    page = Ask(query, lang, offset + PAGE_SIZE) if len(hits) > PAGE_SIZE and more else None
    return offer(
        store,
        shown,
        lang,
        viewer=viewer,
        article_ids=[hit.article_id for hit in hits[:PAGE_SIZE]],
        more=page,
        share=share,
        user_id=user_id,
    )


def not_quoted_note(name: str, count: int, lang: Language) -> str:
    """ "Mélanie Joly appears in 1 article but is not quoted." (counted up to a limit)."""
    shown = render.escape(name)
    if count == 1:
        return t("quote.not_quoted.1", lang, name=shown)
    many = f"{MENTIONS_COUNTED}+" if count > MENTIONS_COUNTED else str(count)
    return t("quote.not_quoted", lang, name=shown, count=many)


def not_quoted_answer(name: str, articles: Sequence[ArticleRow], lang: Language) -> Payload:
    """A person the articles name but never quote: say so, with the articles that name them."""
    note = not_quoted_note(name, len(articles), lang)
    return render.articles_message(name, note, articles[:MENTIONS_LISTED], lang)


def other_language_quotes(
    store: Store, words: str, lang: Language, viewer: Viewer
) -> tuple[list[QuoteHit], list[str]]:
    """Quotes in the other language holding the typed words in a close form ("essential",
    "essentielle"), with the note that says none in the asker's language matched."""
    near = [
        hit
        for hit in store.closest_quotes(words, viewer=viewer, limit=PAGE_SIZE)
        if hit.article_language != lang
    ]
    if not near:
        return [], []
    found = as_language(near[0].article_language)
    note = t(
        "quote.other_language",
        lang,
        asked=t(f"language.{lang}", lang),
        found=t(f"language.{found}", lang),
        query=render.escape(render.shorten(words, 200)),
    )
    return near, [note]


def summary_answer(
    store: Store,
    text: str | None,
    lang: Language,
    *,
    viewer: Viewer,
    share: bool = True,
    user_id: str | None = None,
) -> Payload:
    """The latest article's summary, article N's, or a summary of a topic across articles,
    among those ``viewer`` may see (an article it may not see is "no article N")."""
    query, cut = clean_query(text)
    if is_help(query):
        return render.notice(t("summary.usage", lang))
    number = _ARTICLE_NUMBER.fullmatch(query)
    if query.lower() in LATEST_WORDS or number:
        if number:
            article = store.get_article(int(number[1]), viewer=viewer)
            if article is None:
                return render.notice(t("summary.no_article", lang, number=number[1]))
        else:
            latest = store.latest_articles(limit=1, viewer=viewer)
            if not latest:
                return render.notice(t("summary.empty_store", lang))
            article = store.get_article(latest[0].id, viewer=viewer)
        if article is None:
            return render.notice(t("summary.empty_store", lang))
        sentences = store.summary_sentences(article.id, SUMMARY_SENTENCES, viewer=viewer)
        if not sentences:
            return render.notice(t("summary.no_sentences", lang))
        shown = render.article_summary_message(article, sentences, lang)
        return offer(
            store,
            shown,
            lang,
            viewer=viewer,
            article_ids=[article.id],
            share=share,
            user_id=user_id,
        )
    words = unquoted(query) or query
    from bot.text.summarize import topic_summary  # imports spaCy: only once a topic is asked

    candidates = store.topic_sentences(words, viewer=viewer, articles=TOPIC_ARTICLES)
    chosen = topic_summary(candidates, words, n=TOPIC_SENTENCES)
    if not chosen:
        return render.notice(
            t("summary.none", lang, query=render.escape(render.shorten(words, 200)))
        )
    note = [t("query.cut", lang, limit=MAX_QUERY_CHARS)] if cut else []
    shown = render.topic_summary_message(words, chosen, lang, notes=note)
    ids = [sentence.article_id for sentence in chosen]
    return offer(store, shown, lang, viewer=viewer, article_ids=ids, share=share, user_id=user_id)


def next_page(
    store: Store, ask: Ask, *, viewer: Viewer, share: bool, user_id: str | None = None
) -> Payload:
    """The page of quotes a "More" button asks for, seen from where it was pressed."""
    return quote_answer(
        store,
        ask.query,
        ask.lang,
        viewer=viewer,
        offset=ask.offset,
        share=share,
        user_id=user_id,
    )


# -- mentions --------------------------------------------------------------------------------

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_QUOTED_WORDS = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\"|„([^“”]+)[“”]|‘([^’]+)’")
_WHO_SAID = re.compile(
    r"\b(?:who\s+(?:said|says|has\s+said|did\s+say)|qui\s+(?:a\s+dit|a\s+déclaré|dit|disait))\b"
    r"\s*[:,]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_QUOTES_BY = re.compile(
    r"\b(?:(?:quotes?|citations?|propos)\s+(?:by|from|of|de|du|d['’])|what\s+did\s+(?P<name>.+?)\s+say)"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SUMMARY_OF = re.compile(
    r"\b(?:summary|summarize|summarise|sum\s+up|résumé|résume|resume|résumer)\b"
    r"(?:\s+(?:of|on|about|à\s+propos\s+de|sur|de\s+la|de\s+l['’]|des|du|de|d['’]))?"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CHECK = re.compile(r"^(?:check|vérifie|vérifier|verifie)\b[\s:,]*(?P<rest>.*)$", re.I | re.S)
QUOTE_SLOT = "\x00"  # stands for quoted words while the question's own words are read
GREETINGS = frozenset({"hi", "hello", "hey", "bonjour", "salut"})


def strip_mentions(text: str) -> str:
    return " ".join(_MENTION.sub(" ", text or "").split())


def quoted_words(text: str) -> str | None:
    """The words between quote marks of any kind, if the question has some."""
    match = _QUOTED_WORDS.search(text)
    return next(group for group in match.groups() if group) if match else None


def mention_answer(store: Store, text: str, lang: Language, viewer: Viewer) -> Payload:
    """Answer a mention or a direct message: who said…, quotes by…, summary of…, else a look-up.

    Quoted words are set aside first, so a quote that itself says "summary of" or "who
    said" is searched for, not taken for the question. The answer is public (in the
    thread), so it has a "More" button and no "Share in channel".
    """
    question = strip_mentions(text).strip(" ,:;")
    if is_help(unquoted(question)) or unquoted(question).lower() in GREETINGS:
        return render.notice(t("mention.usage", lang))
    if match := _CHECK.match(question):
        return check_answer(store, match["rest"], lang, viewer=viewer)
    quoted = quoted_words(question)
    masked = _QUOTED_WORDS.sub(f" {QUOTE_SLOT} ", question)

    def argument(words: str) -> str:
        return quoted if quoted and QUOTE_SLOT in words else unquoted(words.replace(QUOTE_SLOT, ""))

    if match := _WHO_SAID.search(masked):
        words = argument(match["rest"])
        return quote_answer(
            store, f"“{words}”" if words else "help", lang, viewer=viewer, share=False
        )
    if match := _SUMMARY_OF.search(masked):
        topic = argument(match["rest"]) or "help"
        return summary_answer(store, topic, lang, viewer=viewer, share=False)
    if match := _QUOTES_BY.search(masked):
        name = argument(match["name"] or match["rest"])
        return quote_answer(store, name or "help", lang, viewer=viewer, share=False)
    if quoted:
        return quote_answer(store, f"“{quoted}”", lang, viewer=viewer, share=False)
    return quote_answer(store, question, lang, viewer=viewer, share=False)
