"""A publication written by a description rather than its title ("le quotidien régional",
"l'hebdomadaire satirique", "le quotidien du Nord"): the publication the article named last.
Kept apart from ``phrases`` (which reads every noun phrase) so that module stays readable."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.context import Context
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.tokens import Token, char_before, word_before


def described_publication(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "le quotidien régional", "l'hebdomadaire satirique", "le quotidien du Nord": a
    definite article, a publication noun, then lower-case adjectives or a place after a
    preposition; never a title after the noun ("le quotidien Bild")."""
    people, words = lang.people, lang.words
    if len(phrase) < 2 or people.publication_titles:  # titles end on the noun: "Daily News"
        return False
    if fold_apostrophe(phrase[0].lower) not in words.definite_articles:
        return False
    if phrase[1].lower not in people.publications:
        return False
    rest = phrase[2:]
    if not rest:
        return True
    if fold_apostrophe(rest[0].lower) in words.affiliation_prepositions:
        place = [t for t in rest[1:] if fold_apostrophe(t.lower) not in words.definite_articles]
        return bool(place) and all(t.capitalised and t.text.isalpha() for t in place)
    return all(
        t.text.isalpha() and t.text.islower() and t.lower not in words.function_words for t in rest
    )


def latest_publication(context: Context, before: int) -> Entity | None:
    """The organisation seen last before ``before`` that is a publication: named inside a
    sentence by a title with its capitalised article ("rapporte La Voix du Nord") or right
    after a publication noun ("le journal Bild")."""
    lang = context.lang
    text = context.text
    nouns = lang.people.publications
    for entity in context.people.organisations_before(before):
        first = fold_apostrophe(entity.words[0].casefold())
        titled = first in lang.words.title_articles or first[:2] in lang.words.title_articles
        name = " ".join(entity.words)
        at = text.rfind(name, 0, before)  # the latest first: the nearest is found soonest
        while at >= 0:
            word, last = word_before(text, at), char_before(text, at)
            if word and word.casefold() in nouns:
                return entity
            if titled and (last.isalnum() or last == ","):
                return entity  # "rapporte Le Parisien", not "La République en marche" opening
            at = text.rfind(name, 0, at + len(name) - 1)
    return None


def described_outlet(context: Context, phrase: Sequence[Token]) -> Entity | None:
    """The publication a description names; not touched, so that a second reading of the
    clause finds it again."""
    if not described_publication(phrase, context.lang):
        return None
    return latest_publication(context, phrase[0].start)
