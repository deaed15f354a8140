"""Where a name may be in a sentence: runs of capitalised words (with the particles,
initials and known surname words that bridge them), before ``names`` reads who each run is."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.lang.international import NAME_PARTICLES
from bot.text.quotes.people.bodies import (
    noun_after_article,
)
from bot.text.quotes.people.first_names import (
    first_name_gender,
    full_name_at,
    month_first_name,
    without_possessive,
)
from bot.text.quotes.people.name_words import compound_adjective
from bot.text.quotes.people.not_people import contraction
from bot.text.quotes.tokens import Token

if TYPE_CHECKING:
    from bot.text.quotes.people.registry import PeopleRegistry


def capitalised_runs(
    tokens: Sequence[Token], lang: LanguagePack, known: PeopleRegistry | None = None
) -> list[tuple[int, int]]:
    """Token ranges of capitalised word sequences that may be names ("Jens Stoltenberg",
    "M. Martin", "Charles de Gaulle", "Secretary of State Antony Blinken"); with ``known``,
    a grammar word alone that is the surname of someone met ("Will wrote" after "Ann Will")."""
    return NameRuns.of(tokens, lang).between(0, len(tokens), known)


@dataclass(frozen=True, slots=True)
class NameRuns:
    """The capitalised runs of some tokens, read once: a sentence's many pronouns then look
    up the runs before each of them instead of reading the sentence again."""

    tokens: Sequence[Token]
    runs: list[tuple[int, int]]  # the runs whoever the article has named
    # words that are a run of their own once they are the surname of someone met ("Will")
    surname_slots: list[int]
    run_starts: list[int] = field(init=False)  # run[0] of each run, for bisection

    def __post_init__(self) -> None:
        object.__setattr__(self, "run_starts", [run[0] for run in self.runs])

    @classmethod
    def of(cls, tokens: Sequence[Token], lang: LanguagePack) -> NameRuns:
        runs: list[tuple[int, int]] = []
        slots: list[int] = []
        pronouns = lang.people.subject_pronouns
        i, n = 0, len(tokens)
        while i < n:
            if not (
                _may_start_name(tokens[i], lang)
                or _first_name_word(tokens, i, lang)
                or noun_after_article(tokens, i, lang)
                or _calendar_word_of_name(tokens, i, lang)
            ):
                if _surname_slot(tokens, i, lang):
                    slots.append(i)
                i += 1
                continue
            j = i + 1
            while j < n:
                tok = tokens[j]
                if (
                    (
                        tok.text == "."
                        and tokens[j - 1].end == tok.start
                        and is_abbreviation(tokens[j - 1], lang)
                    )
                    or (
                        tok.capitalised
                        and tok.text[0].isalpha()
                        and not compound_adjective(tok, lang)
                        and tok.lower not in pronouns
                        and not contraction(tok.text, lang)  # "Tom Brandt I've"
                        and tok.lower not in lang.words.calendar_words  # "CNN Tuesday"
                    )
                    or (tok.lower in NAME_PARTICLES and _particle_bridge(tokens, j))
                    or _prefixed_surname(tok)
                ):
                    j += 1
                else:
                    break
            while j > i + 1 and (
                tokens[j - 1].text == "." or tokens[j - 1].lower in NAME_PARTICLES
            ):
                j -= 1
            runs.append((i, j))
            i = j
        return cls(tokens, runs, slots)

    def between(self, low: int, high: int, known: PeopleRegistry | None) -> list[tuple[int, int]]:
        """The runs that start at token ``low`` to ``high`` (excluded), in order; with
        ``known``, the surnames of the people it holds now."""
        found = self.runs[
            bisect.bisect_left(self.run_starts, low) : bisect.bisect_left(self.run_starts, high)
        ]
        if known is None:
            return found
        slots = self.surname_slots[
            bisect.bisect_left(self.surname_slots, low) : bisect.bisect_left(
                self.surname_slots, high
            )
        ]
        surnames = [(i, i + 1) for i in slots if _known_surname(self.tokens[i], known)]
        return sorted(found + surnames) if surnames else found


def _may_start_name(tok: Token, lang: LanguagePack) -> bool:
    if not tok.capitalised or not tok.text[0].isalpha() or compound_adjective(tok, lang):
        return False
    if contraction(tok.text, lang):
        return False  # "I'm", "I've"
    low = fold_apostrophe(tok.lower)
    if low in lang.people.honorifics or low.rstrip(".") in lang.people.honorifics:
        return True
    bare = without_possessive(low)  # "Tuesday’s episode"; "Said Ellis:": a verb, then a name
    return (
        low not in lang.stop_words
        and low not in lang.people.never_names
        and not (lang.speech.verb(tok.text) and low not in lang.people.departments)
        and bare not in lang.words.calendar_words
        and low not in lang.people.subject_pronouns
    )


def _calendar_word_of_name(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """ "rapporte Midi Libre": where days are written in lower case, one capitalised after a
    word of the sentence and before another capitalised word is a name's first word."""
    if not lang.words.calendar_lower_case:  # "April Vantree, a spokeswoman, said"
        return month_first_name(tokens, i, lang)
    return (
        0 < i < len(tokens) - 1
        and tokens[i].capitalised
        and tokens[i].lower in lang.words.calendar_words
        and tokens[i - 1].text[0].isalnum()
        and tokens[i + 1].capitalised
        and tokens[i + 1].text[0].isalpha()
        and tokens[i + 1].lower not in lang.words.calendar_words
    )


def known_surname_word(
    tokens: Sequence[Token], i: int, known: PeopleRegistry, lang: LanguagePack
) -> bool:
    """ "Will wrote", "From said": a capitalised word that is the surname of a person met before
    with a first name, whatever else the word may be, right before a speech verb or an
    auxiliary (or last: the verb comes next), not "In an essay" after "Bo In"."""
    return _surname_slot(tokens, i, lang) and _known_surname(tokens[i], known)


def _surname_slot(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """A capitalised word right before a speech verb or an auxiliary, or last: where a
    known surname alone is a name."""
    tok = tokens[i]
    if not tok.capitalised or not tok.text.isalpha():
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or (
        after.text.islower()
        and (lang.speech.verb(after.text) or after.lower in lang.words.auxiliaries)
    )


def _known_surname(tok: Token, known: PeopleRegistry) -> bool:
    """Whether ``tok`` is the surname of a person ``known`` holds with a first name."""
    found = known.find([tok.text])
    return (
        found is not None
        and found.named_in_full
        and found.words[-1].casefold() == tok.lower
        and first_name_gender(found.words[0]) in ("m", "f")
    )


def _first_name_word(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """ "said Will Doyle", "said Dean Baker": a common word that is also a first name, inside a
    sentence and right before a capitalised word that could be a surname."""
    tok = tokens[i]
    if not tok.capitalised or tok.lower not in lang.people.first_name_words:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        i > 0
        and tokens[i - 1].text not in ".!?"
        and after is not None
        and after.capitalised
        and after.text.isalpha()
        and after.lower not in lang.stop_words
    )


def is_abbreviation(tok: Token, lang: LanguagePack) -> bool:
    """A word whose full stop is not a sentence's: an honorific ("M", "Dr"), an initial, or a
    capitalised abbreviation inside a name ("St. Paul City Council", "Mt. Vernon")."""
    return (
        lang.people.honorific(tok.text)
        or (len(tok.text) == 1 and tok.text.isupper())
        or (tok.capitalised and tok.text in lang.words.abbreviations)
    )


def _prefixed_surname(tok: Token) -> bool:
    """ "al-Houthi", "el-Sisi": a surname a lowercase particle opens, joined by a hyphen."""
    particle, _, surname = tok.text.partition("-")
    return particle.casefold() in NAME_PARTICLES and surname[:1].isupper()


def _particle_bridge(tokens: Sequence[Token], j: int) -> bool:
    """A lowercase particle inside a name is kept only when a capitalised word follows, and
    not when a first name and a surname follow ("the Harlow Act de Ann Reed": of her)."""
    k = j
    while k < len(tokens) and tokens[k].lower in NAME_PARTICLES:
        k += 1
    return (
        k < len(tokens)
        and k - j <= 2
        and tokens[k].capitalised
        and tokens[k].end - tokens[k].start > 1
        and not _full_name_at(tokens, k)
    )


def _full_name_at(tokens: Sequence[Token], k: int) -> bool:
    """A known first name, then one capitalised word: someone's full name starts at ``k``."""
    return (
        full_name_at(tokens, k)
        and tokens[k + 1].text.isalpha()
        and not (k + 2 < len(tokens) and tokens[k + 2].capitalised)  # "de Paris Maud Sobel"
    )
