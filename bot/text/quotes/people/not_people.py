"""Capitalised runs that look like a name but name no person: an adjective made from a
surname ("Trumpian"), a title-case header run into the next line, or the place after a role
("the senator from Ohio").

Each rule reads form and the pack's words only; ``read_name`` asks them of a run that would
otherwise be a person with no honorific and no title before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.lang.international import NAME_PARTICLES
from bot.text.quotes.people.first_names import first_name_gender, gender_from_first_name
from bot.text.quotes.people.roles import role_at
from bot.text.quotes.tokens import Token

if TYPE_CHECKING:
    from bot.text.quotes.people.registry import PeopleRegistry

ADJECTIVE_STEM_MIN = 3  # letters of the surname an adjective is made from, at least


def surname_adjective(names: Sequence[str], lang: LanguagePack, known: PeopleRegistry) -> bool:
    """ "Trumpian", "Obamaesque": one word that is a person's surname met before with one of
    the pack's adjective suffixes after it."""
    if len(names) != 1:
        return False
    word = names[0]
    for suffix in lang.people.adjective_suffixes:
        stem = word[: -len(suffix)]
        if word.casefold().endswith(suffix) and len(stem) >= ADJECTIVE_STEM_MIN:
            found = known.find([stem])
            if found is not None and found.kind == "person":
                return True
    return False


HEADER_GRAMMAR_WORDS = 2  # grammar words capitalised inside a run that make it a header


def title_case_header(names: Sequence[str], lang: LanguagePack) -> bool:
    """ "Deporting Parents Is Not The Kind": a line in title case run into the next one has
    grammar words written with a capital, which a name does not ("Will", "May" are first
    names; "de", "the" are a name's particles)."""
    grammar = [
        w
        for w in names
        if fold_apostrophe(w.casefold()) in lang.stop_words
        and w.casefold() not in NAME_PARTICLES
        and first_name_gender(w) is False
    ]
    return len(grammar) >= HEADER_GRAMMAR_WORDS


def place_after_role(tokens: Sequence[Token], start: int, lang: LanguagePack) -> bool:
    """ "the Republican senator from Florida": a name right after a place preposition that
    follows a role noun is where the holder comes from, not who they are; so is one after
    a word of origin and its preposition ("originaire de Lorvan")."""
    if (
        start >= 2
        and tokens[start - 2].lower in lang.people.origin_words
        and fold_apostrophe(tokens[start - 1].lower) in lang.words.affiliation_prepositions
    ):
        return True
    return (
        start >= 2
        and fold_apostrophe(tokens[start - 1].lower) in lang.words.place_prepositions
        and tokens[start - 1].lower not in lang.words.affiliation_prepositions  # "aide to X"
        and role_at(tokens, start - 2, lang) is not None
    )


def award_name(tokens: Sequence[Token], last: int, lang: LanguagePack) -> bool:
    """ "the Ann Reed Profile in Courage Award": a name that goes on past "in" or "of" with
    capitalised words ending on an award's word names the award, not a person."""
    if last + 1 >= len(tokens) or tokens[last].lower not in lang.people.award_connectors:
        return False
    end = last + 1
    while end < len(tokens) and tokens[end].capitalised and tokens[end].text.isalpha():
        end += 1
    return end > last + 1 and tokens[end - 1].lower in lang.people.award_words


@cache
def place_names(code: str) -> frozenset[str]:
    """Countries, regions and the cities time zones are named after, in the language of
    ``code``, case-folded ("australia", "jakarta", "pyongyang"), from the locale data Babel
    ships."""
    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    names = set(locale.territories.values())
    for zone in available_timezones():
        try:
            names.add(get_timezone_location(zone, locale=locale, return_city=True))
        except (LookupError, ValueError):
            continue
    return frozenset(n.casefold() for n in names if n[:1].isupper())


def named_place(names: Sequence[str], lang: LanguagePack, known: PeopleRegistry | None) -> bool:
    """ "Jakarta has advised", "Iran said": a country or a city of the locale data, not
    opening on a first name ("Chad", "Georgia") nor the name of a person met, is a place
    standing for its government, not a person."""
    if first_name_gender(names[0]) in ("m", "f") or " ".join(names).casefold() not in place_names(
        lang.code
    ):
        return False
    found = known.find(list(names)) if known is not None else None
    return found is None or found.kind != "person"


def plural_group(names: Sequence[str], lang: LanguagePack) -> bool:
    """ "Americans", "South Africans", "Red Cross Workers": a run ending on the plural of a
    nationality or of a role names a group of people, not one person; not after a first name
    ("Dottie Deans": a surname)."""
    if first_name_gender(names[0]) in ("m", "f"):
        return False
    last = names[-1].casefold()
    plural_of_label = last.endswith("s") and last[:-1] in lang.people.nationalities
    return plural_of_label or last in lang.people.plural_roles


def common_words(names: Sequence[str], known: PeopleRegistry) -> bool:
    """ "Last Man Standing", "Red Sea": a run of two words or more, each written in lower case
    elsewhere in the article, that opens on no firm first name ("Bill Price" does) is a
    title or a thing, no person."""
    if len(names) < 2 or not all(w.casefold() in known.lowercase_words for w in names):
        return False
    gender, weak = gender_from_first_name(names)
    return gender is None or weak


SENTENCE_OPENERS = frozenset(".!?:;")  # punctuation after which a word opens a sentence


def opening_gerund(
    tokens: Sequence[Token],
    start: int,
    names: Sequence[str],
    lang: LanguagePack,
    known: PeopleRegistry,
) -> bool:
    """ "Ending “welfare as we know it.”", "Required: Avoiding “any conduct …”": one word with
    the pack's gerund ending that opens its sentence is capitalised for its place there, not
    for a name (not a first name: "Sterling"; not a surname met: "Manning said")."""
    gerund = lang.words.aside_participle
    return (
        gerund is not None
        and len(names) == 1
        and gerund.fullmatch(names[0].casefold()) is not None
        and (start == 0 or tokens[start - 1].text in SENTENCE_OPENERS)
        and first_name_gender(names[0]) is False
        and known.find(list(names)) is None
    )


CONTRACTION_TAIL = 2  # letters after the apostrophe of "I'm", "I've", "I'd", at most


def contraction(word: str, lang: LanguagePack) -> bool:
    """ "I'm", "I've": a grammar word and a short lower-case ending joined by an apostrophe
    (not "O'Brien", "D'Souza": a capital follows; not "Will's": a possessive); no name's
    word, so a run of capitalised words stops before it."""
    head, mark, tail = fold_apostrophe(word).partition("'")
    return bool(
        mark
        and tail.isalpha()
        and tail.islower()
        and len(tail) <= CONTRACTION_TAIL
        and tail != "s"
        and head.casefold() in lang.stop_words
    )
