"""Relatives: a name written as someone's relative, and the first name a kin noun introduces.

"her husband, former President Bo Reed" names a relative (not the person the article
follows); "his wife, Jane," and "Reed's son, Tom," give a first name alone, which is a person
(not a word that happens to be capitalised) and takes the surname of the one it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.people.first_names import first_name_gender, possessive
from bot.text.quotes.tokens import Token

if TYPE_CHECKING:
    from bot.text.quotes.people.names import NameHit

KIN_REACH = 4  # words between a possessive and the first name its noun introduces
RELATIVE_REACH = 4  # words from a kin noun to the name it introduces ("husband, Gov."), at most
KIN_MODIFIERS = 2  # "his late wife", "her 14-year-old son": words between owner and kin noun


def named_as_relative(tokens: Sequence[Token], hit: NameHit, lang: LanguagePack) -> bool:
    """A full name written as someone's relative: after a kin noun ("her husband, former
    President Bo Reed") or before one in apposition ("Bo Reed, the son of")."""
    if not hit.full_name:
        return False
    kin = lang.people.kin_nouns
    for tok in reversed(tokens[max(0, hit.run_start - RELATIVE_REACH) : hit.run_start]):
        if tok.lower in kin:
            return True
        if tok.text != "," and (not tok.text[0].isalnum() or lang.speech.verb(tok.text)):
            break
    if hit.last < len(tokens) and tokens[hit.last].text == ",":
        after = [
            t for t in tokens[hit.last + 1 : hit.last + 3] if t.lower not in lang.words.determiners
        ]
        return bool(after) and after[0].lower in kin
    return False


def kin_first_name_gender(
    tokens: Sequence[Token], hit: NameHit, lang: LanguagePack
) -> Gender | None:
    """ "son mari Jean-Pierre", "sa cheffe d'équipe, Julie": a lone first name after a
    possessive's noun is a first name, not a surname, and gives its gender."""
    before = [t for t in tokens[max(0, hit.run_start - KIN_REACH) : hit.run_start] if t.text != ","]
    if (
        len(hit.words) != 1
        or not before
        or not before[-1].text.islower()
        or not any(t.lower in lang.words.possessives for t in before[:-1])
    ):
        return None
    gender = first_name_gender(hit.words[0])
    return gender if gender in ("m", "f") else None


def kin_owner(tokens: Sequence[Token], start: int, lang: LanguagePack) -> int | None:
    """ "his wife, Jane,", "Reed's son, Tom,": the index of the owner (a possessive pronoun or
    a capitalised possessive) of the kin noun whose apposition the first name at ``start``
    is, alone between commas; None when that name is no known first name standing so."""
    if (
        start < 3
        or tokens[start - 1].text != ","
        or tokens[start - 2].lower not in (lang.people.kin_nouns)
    ):
        return None
    closed = start + 1 == len(tokens) or tokens[start + 1].text in (",", ".", ")", ";")
    if not closed or first_name_gender(tokens[start].text) not in ("m", "f"):
        return None  # "Her parents, Zora and Milan Reed": the first name of a full name
    for k in range(start - 3, max(-1, start - 4 - KIN_MODIFIERS), -1):
        word = tokens[k]
        if fold_apostrophe(word.lower) in lang.people.possessive_pronouns:
            return k
        if word.capitalised and possessive(word.text):
            return k
        if not (word.text[0].isalnum() and word.text.islower()) and word.text != "-":
            return None
    return None
