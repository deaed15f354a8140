"""A publication written by a description rather than its title ("the newspaper", "the
conservative paper", "le quotidien régional", "le quotidien du Nord"): the publication the
article named last. Kept apart from ``phrases`` (which reads every noun phrase) so that module
stays readable."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.context import Context
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.tokens import Token


def described_publication(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "the newspaper", "the conservative paper", "le quotidien régional", "le quotidien du
    Nord", "la chaîne d'info": a definite article and a publication noun, with lower-case
    words before or after it, or a place after a preposition, or an organisation noun of a
    publication's kind; never a title ("le quotidien Bild", "the Daily News")."""
    people, words = lang.people, lang.words
    if len(phrase) < 2 or fold_apostrophe(phrase[0].lower) not in words.definite_articles:
        return False
    if phrase[-1].lower in people.publications:  # "the conservative-leaning newspaper"
        return not any(t.capitalised for t in phrase[1:])
    rest = phrase[2:]
    if len(rest) == 2 and phrase[1].lower in people.organisations:
        of = fold_apostrophe(rest[0].lower) in words.affiliation_prepositions
        if of and rest[1].lower in people.publication_kinds:
            return True  # "la chaîne d'info": a broadcaster by its kind
    if phrase[1].lower not in people.publications:
        return False
    if fold_apostrophe(rest[0].lower) in words.affiliation_prepositions:
        place = [t for t in rest[1:] if fold_apostrophe(t.lower) not in words.definite_articles]
        return bool(place) and all(t.capitalised and t.text.isalpha() for t in place)
    return all(
        t.text.isalpha() and t.text.islower() and t.lower not in words.function_words for t in rest
    )


def named_publication(phrase: Sequence[Token], lang: LanguagePack) -> list[str] | None:
    """ "Time magazine", "El Universal newspaper": capitalised words with no determiner
    before them (not "the Paris daily", a description), then a publication noun in lower
    case: the publication, named with its noun."""
    noun = phrase[-1]
    if len(phrase) < 2 or not noun.text.islower() or noun.lower not in lang.people.publications:
        return None
    name = phrase[:-1]
    if fold_apostrophe(name[0].lower) in lang.words.determiners or not all(
        t.capitalised and t.text.isalpha() and t.lower not in lang.people.nationalities
        for t in name
    ):
        return None
    return [t.text for t in phrase]


def latest_publication(context: Context, before: int) -> Entity | None:
    """The organisation seen last before ``before`` that is a publication: its name ends on a
    publication's word ("Daily News", "Post"), or it is named somewhere before by a title with
    its capitalised article inside a sentence ("rapporte La Voix du Nord") or right after a
    publication noun ("le journal Bild", "the Israeli newspaper Haaretz")."""
    titles = context.lang.people.publication_titles
    for entity in context.people.organisations_before(before):
        if entity.words[-1].casefold() in titles:
            return entity
        name = " ".join(entity.words)
        if 0 <= context.publication_written_at(name) <= before - len(name):
            return entity
    return None


def described_outlet(context: Context, phrase: Sequence[Token]) -> Entity | None:
    """The publication a description names, seen there now; one seen in the phrase itself
    counts, so that a second reading of the clause finds it again."""
    found = latest_publication(context, phrase[-1].end)
    if found is not None:
        context.people.touch(found, phrase[-1].start)
    return found
