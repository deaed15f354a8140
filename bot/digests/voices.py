"""The digest's weekly "voices" section: the week's most-quoted people and the gender share,
compared with the week before, for the channels that turn it on (`/digest voices on|off`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot import render_desk
from bot.i18n import Language
from bot.render import Block
from storage import Store, Viewer

SWITCH = re.compile(r"^\s*(?:voices|voix)\s+(on|off|oui|non)\s*$", re.IGNORECASE)
VOICES_SHOWN = 5


def week_starts(day: date, weekdays: str) -> bool:
    """Whether ``day`` is the channel's first digest day of its week ("" = every day)."""
    first = min((int(d) for d in weekdays), default=1)
    return day.isoweekday() == first


def voices_blocks(store: Store, viewer: Viewer, day: date, lang: Language) -> list[Block]:
    """The section for ``viewer``'s channel: the seven days up to ``day`` against the seven
    before."""
    week = (day - timedelta(days=6), day)
    before = (day - timedelta(days=13), day - timedelta(days=7))
    report = store.people_report(*week, viewer=viewer, limit=VOICES_SHOWN, own_only=True)
    previous = store.people_report(*before, viewer=viewer, limit=0, own_only=True).share
    return render_desk.voices_blocks(report, previous, lang)
