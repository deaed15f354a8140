"""Where a name sits in its sentence: inside a prepositional phrase, a less likely subject
for a later pronoun. Read both when mentions are gathered and when a pronoun looks back."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.people.roles import role_at
from bot.text.quotes.tokens import Token


def object_position(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """Whether the mention sits in a prepositional phrase ("l'invasion du président russe X",
    "l'ONU pour l'Ukraine"), so it is less likely the subject a later pronoun refers to. A
    preposition inside a title ("la ministre des Affaires étrangères X") does not count."""
    prepositions = lang.words.object_prepositions
    look = index - 1
    for k in range(index - 1, max(-1, index - 7), -1):
        tok = tokens[k]
        if not tok.text[0].isalnum() or lang.speech.verb(tok.text):
            break
        if role_at(tokens, k, lang):
            look = k - 1  # the role heads the name's phrase: what stands before the role?
            break
        if fold_apostrophe(tok.lower) in prepositions and not title_words(
            tokens[k + 1 : index], lang
        ):
            role = _role_before_title_preposition(tokens, k, lang)
            if role is None:
                return True
            look = role - 1  # "le candidat démocrate à la présidentielle X": the role's holder
            break
    if look >= 0 and fold_apostrophe(tokens[look].lower) in lang.words.determiners:
        look -= 1
    return look >= 0 and fold_apostrophe(tokens[look].lower) in prepositions


def _role_before_title_preposition(
    tokens: Sequence[Token], k: int, lang: LanguagePack
) -> int | None:
    """Where a role stands right before the title preposition at ``k`` ("candidat démocrate
    à la présidentielle"), at most two words back; None for another preposition."""
    if fold_apostrophe(tokens[k].lower) not in lang.words.title_prepositions:
        return None
    for r in range(k - 1, max(-1, k - 4), -1):
        if role_at(tokens, r, lang):
            return r
        if not tokens[r].text[0].isalpha():
            return None
    return None


def title_words(words: Sequence[Token], lang: LanguagePack) -> bool:
    """ "des Affaires étrangères", "de la Défense": a department named inside a title."""
    return any(t.lower in lang.people.departments and t.capitalised for t in words)
