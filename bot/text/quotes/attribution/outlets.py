"""A publication written by a description rather than its title ("the newspaper", "the
conservative paper", "le quotidien régional", "le quotidien du Nord"): the publication the
article named last. Kept apart from ``phrases`` (which reads every noun phrase) so that module
stays readable."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.context import Context
from bot.text.quotes.people.not_people import named_place
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.tokens import Token

RECENT_SENTENCES = 3  # how far back a body that spoke may be the outlet described


def described_publication(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "the newspaper", "the conservative paper", "le quotidien régional", "le quotidien du
    Nord", "la chaîne d'info": a definite article and a publication noun, with lower-case
    words before or after it, or a place or what it carries after a preposition; never a
    title ("le quotidien Bild", "the Daily News")."""
    people, words = lang.people, lang.words
    if len(phrase) < 2 or fold_apostrophe(phrase[0].lower) not in words.definite_articles:
        return False
    if phrase[-1].lower in people.publications:  # "the conservative-leaning newspaper"
        # not "la responsable de la chaîne": someone of it
        return not any(
            t.capitalised or fold_apostrophe(t.lower) in words.function_words for t in phrase[1:]
        )
    if phrase[1].lower not in people.publications:
        return False
    rest = phrase[2:]
    if fold_apostrophe(rest[0].lower) in words.affiliation_prepositions:
        place = [t for t in rest[1:] if fold_apostrophe(t.lower) not in words.definite_articles]
        # "le quotidien du Nord", "la chaîne d'information": a place or what it carries
        return bool(place) and (
            all(t.capitalised and t.text.isalpha() for t in place) or _lower_words(place, lang)
        )
    return _lower_words(rest, lang)


def _lower_words(words: Sequence[Token], lang: LanguagePack) -> bool:
    """ "régional", "d'information": lower-case words, no grammar word among them."""
    return all(
        t.text.isalpha() and t.text.islower() and t.lower not in lang.words.function_words
        for t in words
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
    """The organisation seen last before ``before`` that is a publication (``is_outlet``)."""
    return next(
        (e for e in context.people.organisations_before(before) if is_outlet(context, e, before)),
        None,
    )


def is_outlet(context: Context, entity: Entity, before: int) -> bool:
    """Whether an organisation is a publication or a broadcaster: its name ends on a
    publication's word ("Daily News", "Post") or holds a publication noun ("Radio Nord"),
    or it is named before ``before`` by a title with its capitalised article inside a sentence
    ("rapporte La Voix du Nord"), right after a publication noun ("le journal Bild") or as
    where someone spoke ("sur Info Cinq")."""
    people = context.lang.people
    if named_place(entity.words, context.lang, None):
        return False  # "a-t-il déclaré à Lyon"
    # "Daily News", "Radio Nord"; not "quotidien du Nord", a description noted as a body
    capitalised = [w.casefold() for w in entity.words if w[:1].isupper()]
    if entity.words[-1].casefold() in people.publication_titles or people.publications.intersection(
        capitalised
    ):
        return True
    return any(
        0 <= context.publication_written_at(name) <= before - len(name)
        for name in (entity.name, *entity.aliases)
    )


def described_outlet(context: Context, phrase: Sequence[Token]) -> Entity | None:
    """The publication a description names, seen there now; one seen in the phrase itself
    counts, so that a second reading of the clause finds it again. "La radio" alone may be
    a body of the last few sentences that spoke ("RTL précise « … »"), not one only named."""
    found = latest_publication(context, phrase[-1].end)
    if found is None and len(phrase) == 2:
        since = context.discourse.recent_start(RECENT_SENTENCES)
        near = context.people.organisation_named(phrase[1].lower, since, phrase[0].start)
        found = near if near is not None and near.spoke else None
    if found is not None:
        context.people.touch(found, phrase[-1].start)
    return found
