"""First names and name keys: what a word says about being a first name (and whose), and
the form names are compared in (no accents, no possessive, case-folded).

Kept apart from ``names`` because the registry and the gender evidence (``voices``) need
them without the rules that read names from a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender

if TYPE_CHECKING:
    from bot.text.quotes.tokens import Token

_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def _first_names():  # gender_guesser's detector takes ~0.2 s to build: build it once, lazily
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ANSWER_GENDER: dict[str, Gender] = {
    "male": "m",
    "mostly_male": "m",
    "female": "f",
    "mostly_female": "f",
}


def full_name_at(tokens: Sequence[Token], k: int) -> bool:
    """A known first name and a capitalised word after it start at ``k``: someone's full
    name."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].capitalised
        and first_name_gender(tokens[k].text) in ("m", "f")
    )


@cache
def first_name_gender(word: str) -> Gender | bool | None:
    """ "m"/"f" for a known first name, None if known but ambiguous, False if not a first name."""
    answer = _first_name_answer(word)
    if answer == "unknown":
        return False
    return _ANSWER_GENDER.get(answer)


@cache
def _first_name_answer(word: str, country: str | None = None) -> str:
    """gender_guesser's answer for the first part of a first name (Jean-Marie -> Jean), in
    one country's usage if given."""
    if len(word) < 2 or not word[:1].isupper() or word.isupper():
        return "unknown"
    detector = _first_names()
    first = word.split("-")[0]
    answer = detector.get_gender(first, country)
    return detector.get_gender(_strip_accents(first), country) if answer == "unknown" else answer


def is_first_name(word: str, lang: LanguagePack) -> bool:
    """A first name of the lexicon that the language does not read as a place's first
    ("France Inter")."""
    return first_name_gender(word) is not False and word.casefold() not in (
        lang.people.place_first_names
    )


def gender_from_first_name(
    words: Sequence[str], countries: Sequence[str] = ()
) -> tuple[Gender | None, bool]:
    """(gender, weak) from a full name's first word; "mostly" answers are weak. A name the
    ``countries`` (whose names the articles mostly give) read as the other gender takes their
    reading, weakly ("Jan": a man's name in much of Europe, mostly a woman's in the US)."""
    if len(words) < 2:
        return None, False
    answer = _first_name_answer(words[0])
    gender = _ANSWER_GENDER.get(answer)
    local = [_ANSWER_GENDER.get(_first_name_answer(words[0], c)) for c in countries]
    other = next((g for g in local if g is not None), None)
    if gender is not None and other is not None and other != gender:
        return other, True
    return gender, answer.startswith("mostly")


def possessive(word: str) -> bool:
    """Whether ``word`` is a possessive ("Hollis’s", "workers'"), which names no speaker."""
    return _POSSESSIVE.search(word) is not None


def without_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def name_key(words: Iterable[str]) -> str:
    """Comparable form of a name: no accents, no possessive, case-folded."""
    return " ".join(_word_key(w) for w in words)


@cache
def _word_key(word: str) -> str:
    return fold_apostrophe(_strip_accents(_POSSESSIVE.sub("", word)).casefold())  # O’Neill


def surname_after_first_name(words: Sequence[tuple[int, Token]], k: int) -> bool:
    """ "Rep. Peter T. King of New York": a role word at ``k`` right after a first name (and
    its initials), ending the name's capitals, is the surname of a full name, not a title
    before another name."""
    if k + 1 < len(words) and words[k + 1][1].capitalised:
        return False  # "Phoenix Mayor Greg Stanton": a title before the name
    j = k - 1
    while j > 0 and len(words[j][1].text.rstrip(".")) == 1:
        j -= 1  # a middle initial
    return j >= 0 and first_name_gender(words[j][1].text) in ("m", "f")


def month_first_name(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """ "April Vantree, a spokeswoman, said": a month that is a first name, opening its clause,
    then a surname and a comma or a speech verb."""
    return (
        (i == 0 or tokens[i - 1].text == ",")
        and i + 2 < len(tokens)
        and tokens[i].lower in lang.words.calendar_words
        and first_name_gender(tokens[i].text) in ("m", "f")
        and tokens[i + 1].capitalised
        and tokens[i + 1].text.isalpha()
        and tokens[i + 1].lower not in lang.words.calendar_words
        and (tokens[i + 2].text == "," or lang.speech.verb(tokens[i + 2].text))
    )
