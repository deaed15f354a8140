"""Read the text of a `/digest` command: a send time, an optional time zone and week days.

People type times the way they write them: ``8h``, ``08:00``, ``8:00 am``, ``20h30``, ``noon``;
days in English or French (``weekdays``, ``mon-fri``, ``lun,mar``, ``du lundi au vendredi``).
Anything not understood is refused with a message naming the word (bot/i18n_digest.py), in
either language, so the caller can answer in the person's language once it knows it.
"""

from __future__ import annotations

import difflib
import re
import zoneinfo
from dataclasses import dataclass
from datetime import time
from functools import cache
from typing import Literal

from bot.digests.wording import day_number, fold
from bot.i18n import EVERY_DAY, WEEKEND, WORKDAYS, Language, t
from bot.render import escape, shorten

Action = Literal["set", "off", "status", "now", "help"]

ACTION_WORDS: dict[str, tuple[Action, Language | None]] = {
    "off": ("off", "en"),
    "stop": ("off", None),
    "disable": ("off", "en"),
    "cancel": ("off", "en"),
    "arret": ("off", "fr"),
    "arreter": ("off", "fr"),
    "desactiver": ("off", "fr"),
    "annuler": ("off", "fr"),
    "status": ("status", "en"),
    "statut": ("status", "fr"),
    "etat": ("status", "fr"),
    "now": ("now", "en"),
    "preview": ("now", "en"),
    "maintenant": ("now", "fr"),
    "apercu": ("now", "fr"),
    "help": ("help", "en"),
    "aide": ("help", "fr"),
}
FILLER_WORDS: dict[str, Language | None] = {
    "at": "en",
    "on": "en",
    "every": "en",
    "each": "en",
    "day": "en",
    "days": "en",
    "daily": "en",
    "everyday": "en",
    "the": "en",
    "a": "fr",  # "à", folded
    "le": "fr",
    "les": "fr",
    "du": "fr",
    "tous": "fr",
    "chaque": "fr",
    "jour": "fr",
    "jours": "fr",
    "quotidien": "fr",
    "@": None,
}
WORKDAY_WORDS: dict[str, Language] = {
    "weekdays": "en",
    "weekday": "en",
    "workdays": "en",
    "ouvrables": "fr",
    "ouvres": "fr",
    "semaine": "fr",  # "en semaine"
}
WEEKEND_WORDS: dict[str, Language] = {
    "weekend": "en",
    "weekends": "en",
    "week-end": "fr",
    "week-ends": "fr",
}
RANGE_WORDS = {"to", "through", "thru", "au", "-", "–"}
NAMED_TIMES: dict[str, tuple[time, Language]] = {
    "noon": (time(12, 0), "en"),
    "midnight": (time(0, 0), "en"),
    "midi": (time(12, 0), "fr"),
    "minuit": (time(0, 0), "fr"),
}
TIME_RE = re.compile(r"^(\d{1,2})(?:(:|h|\.)(\d{2})?)?(am|pm|a\.m\.|p\.m\.)?$")
LOOKS_LIKE_TIME_RE = re.compile(r"^\d+([:h.]\d*)?\s*([ap]\.?m\.?)?$")
OFFSET_RE = re.compile(r"^(utc|gmt)?[+-]\d{1,2}(:?\d{2})?$")
MERIDIEM = {"am", "pm", "a.m.", "p.m."}


@dataclass(frozen=True, slots=True)
class Schedule:
    send_time: time
    timezone: str | None  # IANA name; None: not given, use the person's Slack time zone
    weekdays: frozenset[int] = frozenset()  # ISO weekdays; empty = every day


@dataclass(frozen=True, slots=True)
class DigestRequest:
    action: Action
    schedule: Schedule | None = None
    language: Language | None = None  # the language the words were written in, when they tell


class ScheduleError(ValueError):
    """The text was not understood; :meth:`message` says why in either language (mrkdwn,
    the user's words escaped)."""

    def __init__(self, key: str, language: Language | None, **values: str) -> None:
        self.key, self.values = key, values
        self.language = language  # the language the words were written in, if they tell
        super().__init__(self.message("en"))

    def message(self, language: Language) -> str:
        return t(self.key, language, **self.values)


def parse_digest_command(text: str) -> DigestRequest:
    """The action asked for by ``/digest <text>``; raises :class:`ScheduleError`."""
    tokens = tokenize(text)
    if not tokens:
        return DigestRequest("status")
    first = fold(tokens[0])
    if first in ACTION_WORDS and len(tokens) == 1:
        action, language = ACTION_WORDS[first]
        return DigestRequest(action, language=language)
    return _parse_schedule(tokens)


def tokenize(text: str) -> list[str]:
    """Words of the command; commas separate like spaces, ``8:00 am`` becomes one token."""
    words = [w for w in re.split(r"[\s,;]+", text.strip()) if w]
    tokens: list[str] = []
    for word in words:
        previous = fold(tokens[-1]) if tokens else ""
        joins_time = fold(word) in MERIDIEM or fold(word) == "h"
        joins_minutes = previous.endswith("h") and re.fullmatch(r"\d{2}", word) is not None
        if (joins_time or joins_minutes) and TIME_RE.match(previous):
            tokens[-1] += fold(word)
        else:
            tokens.append(word)
    return tokens


def _parse_schedule(tokens: list[str]) -> DigestRequest:
    hints: list[Language | None] = []
    send_time: time | None = None
    zone: str | None = None
    days: set[int] = set()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        word = fold(token)
        following = fold(tokens[index + 1]) if index + 1 < len(tokens) else ""
        if word == "en" and following == "semaine":
            hints.append("fr")
        elif word in FILLER_WORDS:
            hints.append(FILLER_WORDS[word])
        elif word in WORKDAY_WORDS:
            days |= WORKDAYS
            hints.append(WORKDAY_WORDS[word])
        elif word in WEEKEND_WORDS:
            days |= WEEKEND
            hints.append(WEEKEND_WORDS[word])
        elif (found := _days(token, tokens[index + 1 : index + 3])) is not None:
            found_days, used, language = found
            days |= found_days
            hints.append(language)
            index += used - 1
        elif (parsed := parse_time(token)) is not None:
            if send_time is not None and parsed[0] != send_time:
                raise ScheduleError("digest.error.two_times", _majority(hints))
            send_time = parsed[0]
            hints.append(parsed[1])
        elif LOOKS_LIKE_TIME_RE.match(word):
            raise ScheduleError("digest.error.not_a_time", _majority(hints), word=_show(token))
        else:
            found_zone = resolve_timezone(token)
            if found_zone is None:
                raise _unknown_word(token, hints)
            if zone is not None and found_zone != zone:
                raise ScheduleError("digest.error.two_zones", _majority(hints))
            zone = found_zone
        index += 1
    if send_time is None:
        raise ScheduleError("digest.error.no_time", _majority(hints))
    weekdays = frozenset() if days == EVERY_DAY else frozenset(days)
    return DigestRequest("set", Schedule(send_time, zone, weekdays), _majority(hints))


def parse_time(token: str) -> tuple[time, Language | None] | None:
    """``8h`` -> 08:00 (fr), ``8:30pm`` -> 20:30 (en), ``08:00`` -> 08:00; None if not valid."""
    word = fold(token)
    if word in NAMED_TIMES:
        return NAMED_TIMES[word]
    match = TIME_RE.match(word)
    if not match:
        return None
    hour, separator, minute_text, meridiem = match.groups()
    hour_number, minute = int(hour), int(minute_text or 0)
    language: Language | None = "fr" if separator == "h" else None
    if meridiem:
        language = "en"
        if not 1 <= hour_number <= 12:
            return None
        hour_number = hour_number % 12 + (12 if meridiem.startswith("p") else 0)
    if separator in (":", ".") and minute_text is None:
        return None
    if hour_number > 23 or minute > 59:
        return None
    return time(hour_number, minute), language


@cache
def _zone_names() -> tuple[dict[str, str], dict[str, str | None]]:
    """Folded IANA name -> name, and folded city (``paris``, ``new_york``) -> name if unique."""
    names = {fold(name): name for name in zoneinfo.available_timezones()}
    names.setdefault("utc", "UTC")
    cities: dict[str, str | None] = {}
    for name in names.values():
        if "/" in name and not name.startswith("Etc/"):
            city = fold(name.rsplit("/", 1)[1])
            cities[city] = None if city in cities else name
    return names, cities


def resolve_timezone(token: str) -> str | None:
    """The IANA zone for ``Europe/Paris``, ``europe/paris``, ``UTC`` or a unique city name."""
    names, cities = _zone_names()
    word = fold(token).replace(" ", "_")
    return names.get(word) or cities.get(word)


def _days(token: str, following: list[str]) -> tuple[frozenset[int], int, Language | None] | None:
    """Days named by ``token`` (``mon``, ``mon-fri``, ``lundi``) or ``mon to fri``; tokens used."""
    if "-" in token or "–" in token:
        parts = re.split(r"[-–]", token)
        if len(parts) == 2 and (start := day_number(parts[0])) and (end := day_number(parts[1])):
            return _day_range(start, end), 1, _day_language(parts[0])
        return None
    start = day_number(token)
    if start is None:
        return None
    if len(following) == 2 and fold(following[0]) in RANGE_WORDS:
        end = day_number(following[1])
        if end is not None:
            return _day_range(start, end), 3, _day_language(token)
    return frozenset({start}), 1, _day_language(token)


def _day_range(start: int, end: int) -> frozenset[int]:
    """Days from ``start`` to ``end`` inclusive, wrapping over the week end (``fri-mon``)."""
    length = (end - start) % 7 + 1
    return frozenset((start - 1 + offset) % 7 + 1 for offset in range(length))


def _day_language(word: str) -> Language | None:
    folded = fold(word).rstrip(".")
    english = {"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday"}
    english |= {"thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun"}
    return "en" if folded in english else "fr"


def _majority(hints: list[Language | None]) -> Language | None:
    french = hints.count("fr")
    english = hints.count("en")
    if french == english:
        return None
    return "fr" if french > english else "en"


def _show(token: str) -> str:
    """A user's word quoted back to them: escaped and kept short."""
    return escape(shorten(token, 40))


def _unknown_word(token: str, hints: list[Language | None]) -> ScheduleError:
    word, shown, language = fold(token), _show(token), _majority(hints)
    if OFFSET_RE.match(word):
        return ScheduleError("digest.error.offset", language, word=shown)
    names, _ = _zone_names()
    close = difflib.get_close_matches(word, list(names), n=1, cutoff=0.75)
    if close:
        zone = names[close[0]]
        return ScheduleError("digest.error.unknown_zone.close", language, word=shown, zone=zone)
    if "/" in token:
        return ScheduleError("digest.error.unknown_zone", language, word=shown)
    return ScheduleError("digest.error.unknown_word", language, word=shown)
