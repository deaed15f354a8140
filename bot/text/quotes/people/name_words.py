"""Single words and marks around a capitalised run that tell what it is or is not: a label
of nationalities, an adjective made of a place, an honorific that is also a surname's
particle, a book cited by chapter and verse, a channel's number, an age after a first name.
Kept apart from ``names`` (which reads the whole run) so that module stays readable."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack
from bot.text.lang.international import NAME_PARTICLES
from bot.text.quotes.tokens import Token


def hyphenated_label(low: str, lang: LanguagePack) -> bool:
    """ "Cambodian-American", "French-Algerian": nationalities joined by hyphens."""
    parts = low.split("-")
    return len(parts) > 1 and all(part in lang.people.nationalities for part in parts)


def compound_adjective(tok: Token, lang: LanguagePack) -> bool:
    """ "Ohio-born", "Lisbon-based": an adjective before a name, not a word of it."""
    head, hyphen, tail = tok.text.rpartition("-")
    return bool(hyphen) and head[:1].isupper() and tail in lang.people.compound_adjective_tails


def chapter_and_verse(tokens: Sequence[Token], j: int) -> bool:
    """ "45:1" right after a name: the chapter and verse of a book cited, not a person."""
    return (
        j + 2 < len(tokens)
        and tokens[j].text.isdigit()
        and tokens[j + 1].text == ":"
        and tokens[j + 2].text.isdigit()
        and tokens[j].end == tokens[j + 1].start == tokens[j + 2].start - 1
    )


def honorific_at(tokens: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "Sen.", "Dr", "Del." (a delegate): an honorific; one that is also a name's particle
    is one only with its full stop ("Del Rio", "Marco Del Rio": a surname)."""
    low = tokens[k].lower.rstrip(".")
    if low not in lang.people.honorifics:
        return False
    return low not in NAME_PARTICLES or (k + 1 < len(tokens) and tokens[k + 1].text == ".")


def numbered_name_end(tokens: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """A number of one or two digits at ``k`` that ends a name: no date goes on after it,
    nor a verse's number ("Isaiah 45:1"), nor a share's ("Nearly 6 in 10 Americans")."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    share = (
        after is not None
        and after.lower in lang.words.place_prepositions
        and k + 2 < len(tokens)
        and tokens[k + 2].text.isdigit()
    )
    return (
        k < len(tokens)
        and tokens[k].text.isdigit()
        and len(tokens[k].text) <= 2
        and not (after and (after.lower in lang.words.calendar_words or after.text == ":"))
        and not share
    )


def age_follows(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """ "Karen, 42, …", "Pascal, 45 ans, …": an age after a first name makes it a person."""
    if index + 2 >= len(tokens) or tokens[index].text != ",":
        return False
    after = tokens[index + 2]
    return tokens[index + 1].text.isdigit() and (
        after.text == "," or after.lower in lang.people.age_words
    )
