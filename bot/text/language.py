"""Which language an article is written in: French or English, nothing else.

Précis only reads French and English, so a full language identifier would be
overkill (and would ship a model). Function words are the most frequent words
of any text and almost disjoint between the two languages, so counting them is
reliable from a sentence on, needs no data file and costs microseconds.
The word lists live in the language packs (``bot.text.lang``), where the sentence
splitter and the summarizer read them too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from bot.text.lang import pack

Language = Literal["fr", "en"]

FRENCH_STOPWORDS = pack("fr").words.function_words
ENGLISH_STOPWORDS = pack("en").words.function_words
STOPWORDS: Mapping[Language, frozenset[str]] = {"fr": FRENCH_STOPWORDS, "en": ENGLISH_STOPWORDS}

# Words that exist in both lists would vote for both languages; only the others decide.
_FRENCH_ONLY = FRENCH_STOPWORDS - ENGLISH_STOPWORDS
_ENGLISH_ONLY = ENGLISH_STOPWORDS - FRENCH_STOPWORDS
_WORD = re.compile(r"[^\W\d_]+")

_NAMES: Mapping[str, Language] = {
    name: code for code in ("fr", "en") for name in pack(code).words.names
}


def normalize_language(value: str | None) -> Language | None:
    """ "fr", "fr-CA", "French", "français" -> "fr"; anything unknown -> None."""
    if not value:
        return None
    head = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    return _NAMES.get(head)


def detect_language(text: str, hint: str | None = None) -> Language:
    """The article's language; a recognised ``hint`` (from metadata) wins.

    Ties, including text with no function word at all, go to French: the
    newsroom this was written for publishes mostly in French.
    """
    declared = normalize_language(hint)
    if declared:
        return declared
    french = english = 0
    # Elided articles ("l’Ukraine", "qu'il") split into their own word here.
    for word in _WORD.findall(text[:20_000].lower()):
        if word in _FRENCH_ONLY:
            french += 1
        elif word in _ENGLISH_ONLY:
            english += 1
    return "en" if english > french else "fr"
