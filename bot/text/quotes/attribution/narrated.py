"""A quote with no attribution of its own, right after a sentence of narration that names
someone: "X a salué « … ». Y, président du groupe, pleure un ami. « … »" is Y's, not X's;
or going on with the quote before, unless a body would be speaking as one person.
"""

from __future__ import annotations

import re

from bot.text.lang import fold_apostrophe
from bot.text.quotes.candidates import NO_SPEAKER, Attribution, Candidate
from bot.text.quotes.context import Context

AFTER_MARKS_CHARS = 80  # how far after the closing mark an attribution of its own is looked for


def narrated_speaker(
    context: Context, previous: Candidate | None, candidate: Candidate
) -> Attribution | None:
    """The person the one sentence between the quote before and ``candidate`` (same
    paragraph) names and puts forward, if not who spoke that quote nor named in the quote."""
    text, close = context.text, candidate.spans[-1].close_at
    if previous is None or close is None or candidate.paragraph != previous.last_paragraph:
        return None
    after = text[close + 1 : close + 1 + AFTER_MARKS_CHARS]
    word, stop = re.search(r"\w", after), re.search(r"[.!?\n]", after)
    if word is not None and (stop is None or word.start() < stop.start()):
        return None  # "« … », déclare alors l'intellectuel": its own speaker, unread
    named = context.discourse.named_before(previous.end, candidate.start, text)
    if named is None or named is previous.speaker:
        return None
    said = text[candidate.start : candidate.end]  # "« X, lui, … »": not X's own words
    return None if any(w in said for w in named.words) else Attribution(named, None)


def continued_speaker(context: Context, previous: Candidate, candidate: Candidate) -> Attribution:
    """The speaker of the quote before, whose words ``candidate`` goes on with; none when that
    is a body and the quote says "je" ("…, rapporte la radio. « J'ai eu peur »": the
    witness the radio heard, not the radio)."""
    said = previous.attribution or NO_SPEAKER
    speaker, own = said.speaker, context.lang.people.first_person_words
    if speaker is None or speaker.kind != "organization" or not own:
        return said
    words = re.findall(r"\w+'?", context.text[candidate.start : candidate.end].casefold())
    return NO_SPEAKER if own.intersection(fold_apostrophe(w) for w in words) else said
