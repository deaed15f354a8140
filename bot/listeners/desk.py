"""The sources desk's questions -> store queries -> payloads: /people, /check, the person
card. Shared by the slash commands, mentions, the "More people" button and the shell, like
bot/listeners/answers.py."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot import render, render_desk
from bot.i18n import Language, t
from bot.render import Payload
from bot.text.check import MATCH_SCORE, best_match, read_draft
from bot.text.language import function_word_language
from storage import Store, Viewer

PEOPLE_PAGE = 10
MAX_CHECK_CHARS = 2000  # a longer paste is not one quote
HELP_WORDS = frozenset({"help", "aide", "?", "usage", "-h", "--help"})
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—|to|au|à)\s*(\d{4}-\d{2}-\d{2})\b\s*(.*)$")
# Periods named in words, in both languages, at the head of the text.
_PERIODS = tuple(
    (re.compile(rf"^(?:{words})(?!\w)\s*(.*)$", re.I), kind)
    for words, kind in (
        (r"this\s+week|cette\s+semaine", "this week"),
        (r"this\s+month|ce\s+mois(?:-ci)?", "this month"),
        (r"this\s+year|cette\s+ann[ée]e", "this year"),
        (r"last\s+week|la\s+semaine\s+(?:derni[èe]re|pass[ée]e)", "last week"),
        (r"last\s+month|le\s+mois\s+(?:dernier|pass[ée])", "last month"),
        (r"last\s+year|l['’]an(?:n[ée]e)?\s+(?:derni[èe]re?|pass[ée]e?)", "last year"),
    )
)
_SLACK_CONTROL = re.compile(r"<[!#@][^<>]*>")
_SLACK_LINK = re.compile(r"<([^<>|]+)\|([^<>]*)>|<([^<>]+)>")
_FORMATTING = re.compile(r"(?<!\w)[*_~`]+|[*_~`]+(?!\w)")


@dataclass(frozen=True)
class Period:
    since: date
    until: date
    words: str  # how the asker named it, for the heading ("this week")


@dataclass(frozen=True)
class PeopleAsk:
    """What the "More people" button carries: the question, the page and where it was asked.
    The workspace is never read from it: a press is answered for the team Slack authorised."""

    text: str
    lang: Language
    offset: int
    channel_id: str | None

    def encode(self) -> str:
        value = {
            "q": self.text,
            "l": self.lang,
            "o": self.offset,
            "c": self.channel_id,
        }
        return json.dumps(value, ensure_ascii=False)[: render.BUTTON_VALUE_LIMIT]

    @classmethod
    def decode(cls, value: str | None) -> PeopleAsk | None:
        try:
            data = json.loads(value or "")
            ask = cls(str(data["q"]), data["l"], int(data["o"]), data.get("c"))
        except (ValueError, KeyError, TypeError):
            return None
        return ask if ask.lang in ("fr", "en") and ask.offset >= 0 else None


def read_period(text: str, today: date) -> tuple[Period, str] | None:
    """The period at the head of ``text`` and the topic after it; this week by default;
    None for dates that do not parse."""
    text = " ".join(text.split())
    if match := _RANGE.match(text):
        try:
            since, until = date.fromisoformat(match[1]), date.fromisoformat(match[2])
        except ValueError:
            return None
        since, until = min(since, until), max(since, until)
        return Period(since, until, f"{since}..{until}"), match[3]
    for pattern, kind in _PERIODS:
        if match := pattern.match(text):
            return Period(*named_period(kind, today), kind), match[1]
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    return Period(*named_period("this week", today), "this week"), text


def named_period(kind: str, today: date) -> tuple[date, date]:
    """The days of "this week" (from Monday), "this month", "this year" (to today), and of
    "last week", "last month" and "last year" (whole)."""
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    last_month_end = first - timedelta(days=1)
    return {
        "this week": (monday, today),
        "this month": (first, today),
        "this year": (today.replace(month=1, day=1), today),
        "last week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "last month": (last_month_end.replace(day=1), last_month_end),
        "last year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    }[kind]


def period_words(period: Period, lang: Language) -> str:
    return t(
        "people.period",
        lang,
        since=render_desk.day_words(period.since, lang),
        until=render_desk.day_words(period.until, lang),
    )


def people_answer(
    store: Store,
    text: str | None,
    lang: Language,
    *,
    viewer: Viewer,
    offset: int = 0,
    today: date | None = None,
) -> Payload:
    """The most-quoted people of the channel's articles over a period, with the gender share."""
    query = " ".join((text or "").split())
    if query.lower() in HELP_WORDS:
        return render.notice(t("people.usage", lang))
    read = read_period(query, today or date.today())
    if read is None:
        return render.notice(t("people.bad_dates", lang, text=render.escape(query[:100])))
    period, topic = read
    topic = topic.strip(" \"'«»“”")[:200]
    report = store.people_report(
        period.since,
        period.until,
        viewer=viewer,
        topic=topic or None,
        limit=PEOPLE_PAGE,
        offset=offset,
    )
    words = period_words(period, lang)
    if not report.people:
        about = t("people.none_topic", lang, topic=render.escape(topic)) if topic else ""
        return render.notice(t("people.none", lang, period=words, topic=about))
    heading = (
        t("people.heading_topic", lang, topic=render.shorten(topic, 80), period=words)
        if topic
        else t("people.heading", lang, period=words)
    )
    more = None
    if report.more:
        more = PeopleAsk(query, lang, offset + PEOPLE_PAGE, viewer.conversation_id).encode()
    chart = PeopleAsk("", lang, 0, viewer.conversation_id).encode()
    return render_desk.people_message(report, heading, lang, more=more, chart=chart, offset=offset)


def next_people_page(store: Store, ask: PeopleAsk, viewer: Viewer) -> Payload:
    return people_answer(store, ask.text, ask.lang, viewer=viewer, offset=ask.offset)


def pasted_text(text: str) -> str:
    """A paste as a person reads it: Slack's mentions and broadcasts dropped, links as their
    label, formatting marks and Slack's escapes removed."""
    text = _SLACK_CONTROL.sub(" ", text or "")
    text = _SLACK_LINK.sub(lambda m: m[2] or m[1] or m[3], text)
    text = render.unescape(text)
    return " ".join(_FORMATTING.sub("", text).split())


def check_answer(store: Store, text: str | None, lang: Language, *, viewer: Viewer) -> Payload:
    """The stored quote closest to the draft's, the word diff and a one-line verdict."""
    raw = text or ""
    if len(raw) > MAX_CHECK_CHARS:
        return render.notice(t("check.too_long", lang, length=len(raw), limit=MAX_CHECK_CHARS))
    pasted = pasted_text(raw)
    if not pasted.strip(" \"'«»“”") or pasted.lower() in HELP_WORDS:
        return render.notice(t("check.usage", lang))
    draft = read_draft(pasted)
    # A draft whose words do not tell its language is compared with quotes in both.
    language = function_word_language(draft.quote)
    candidates = store.check_candidates(draft.quote, language=language, viewer=viewer)
    found = best_match(draft, [(c.text, c.speaker) for c in candidates])
    if found is None:
        if language is None:
            return render.notice(t("check.nothing_in_any_language", lang))
        name = t(f"language.{language}", lang)
        return render.notice(t("check.nothing", lang, language=name))
    index, comparison = found
    if comparison.score < MATCH_SCORE:
        return render_desk.check_no_match(candidates[index], comparison.score, lang)
    return render_desk.check_message(draft, candidates[index], comparison, lang)
