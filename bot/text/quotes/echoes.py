"""Quotes that echo another quote, settled once the whole article is read: a lead quote
nobody is named for, a heading made of a later quote's words, a few quoted words in a title.
Each takes the speaker of the quote it echoes, or is no quote of its own."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from bot.text.model import Paragraph, Quote
from bot.text.quotes.candidates import NO_SPEAKER, Candidate

HEADING_FRAGMENT_WORDS = 3  # quoted words in a heading up to this many are an echo, not a quote
LEAD_PARAGRAPHS = 3  # a quote this early whose speaker is not named may be echoed later
LEAD_QUOTES = 3
ECHO_MIN_WORDS = 4  # words a later quote shares with the lead quote, at least
HEADING_ECHO_WORDS = (2, 8)  # a heading's quote echoed later: this many words, at least/most


def echoed_leads(text: str, candidates: Sequence[Candidate]) -> None:
    """ "« Un nouveau week-end de ce type est inenvisageable. »" opening the article, and later
    "X a jugé « inenvisageable » un « nouveau week-end de ce type »": a lead quote nobody is
    named for is said by whoever the article later quotes in some of its words."""
    leads = [
        c
        for c in candidates
        if c.attributed and c.paragraph < LEAD_PARAGRAPHS and c.attribution == NO_SPEAKER
    ]
    for lead in leads[:LEAD_QUOTES]:  # a few: a page of quotes must not cost their square
        words = _folded(lead.text(text))
        for later in candidates:
            if later.paragraph <= lead.paragraph or not later.attributed or later.speaker is None:
                continue
            said = _folded(later.text(text))
            if len(said.split()) >= ECHO_MIN_WORDS and said in words:
                lead.accept(later.attribution or NO_SPEAKER)
                break


def echoed_headings(text: str, candidates: Sequence[Candidate]) -> None:
    """ "- « Il faut prolonger les aides » -" standing alone, then "« Il faut prolonger les
    aides pour ce secteur », estime X": a short quote opening its sentence whose words a later
    quote says again is a heading that echoes that quote (a page that lost its line breaks
    glues it to the body), so it is that quote's speaker's, not the one before it."""
    said = [(c, _folded(c.text(text))) for c in candidates if c.attributed]
    joined, starts, at = [], [], 0
    for _, words in said:  # one string to search: linear in the article, not in its square
        starts.append(at)
        joined.append(words)
        at += len(words) + 1
    later_words = "\n".join(joined)
    least, most = HEADING_ECHO_WORDS
    for index, (candidate, words) in enumerate(said):
        if not candidate.sentence_start or not least <= len(words.split()) <= most:
            continue
        own = candidate.attribution
        borrowed = index > 0 and own is said[index - 1][0].attribution
        if own is not None and own.mention is not None and not borrowed:
            continue  # its own cue ("“How big?” asked the boy")
        if index + 1 >= len(starts):
            break
        found = later_words.find(words, starts[index + 1])
        while found != -1:
            echo = said[bisect.bisect_right(starts, found) - 1][0]
            if echo.speaker is not None:
                candidate.accept(echo.attribution or NO_SPEAKER)
                break
            found = later_words.find(words, found + 1)


def heading_fragment(quote: Quote, paragraphs: Sequence[Paragraph]) -> bool:
    """A few quoted words in a title or subheading ("“No sign” Putin wants peace") echo a
    quote the body gives in full: they are not a quote of their own."""
    kind = paragraphs[quote.paragraph].kind if quote.paragraph < len(paragraphs) else "body"
    return kind in ("title", "subheading") and len(quote.text.split()) <= HEADING_FRAGMENT_WORDS


def _folded(words: str) -> str:
    return " ".join(re.findall(r"\w+", words.casefold()))
