"""Where the noun phrase after an inverted speech verb or "selon" / "according to" ends:
before a time phrase, an apposition that names someone else, a second title or the clause
that moves on. Kept apart from ``subjects`` (the subject before a verb), which reads it too.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.people.bodies import connected_name_end
from bot.text.quotes.people.first_names import first_name_gender, is_first_name
from bot.text.quotes.people.not_people import award_name
from bot.text.quotes.people.positions import title_words
from bot.text.quotes.people.roles import (
    role_at,
)
from bot.text.quotes.people.runs import capitalised_runs, is_abbreviation
from bot.text.quotes.tokens import Token, is_initial

PHRASE_MAX_WORDS = 16  # words; a role of a body, its name and a person's name fit


def phrase_after(words: Sequence[Token], lang: LanguagePack) -> list[Token]:
    """The noun phrase after an inverted verb or ``selon``, up to where the sentence moves on.
    Empty when a preposition follows the verb ("a répondu aux critiques de X"): X is no
    subject; empty when a time phrase does ("a annoncé le même jour X"): it is passed first."""
    stop_prepositions = lang.words.stop_prepositions
    phrase: list[Token] = []
    if words and fold_apostrophe(words[0].lower) in lang.words.prepositions:
        return phrase
    if time_phrase_end(words, 0, lang):
        return phrase
    for k, tok in enumerate(words):
        low = tok.lower
        if tok.text == ",":
            has_name = any(t.capitalised for t in phrase)
            nxt = words[k + 1] if k + 1 < len(words) else None
            if not has_name and nxt is not None and nxt.capitalised:
                phrase.append(tok)  # kept, so that the names on either side stay apart
                continue
            if _apposed_name(phrase, words[k + 1 : k + 7], lang):
                phrase.append(tok)
                continue  # "la maire de Paris, Anne Morel": the role, then the name
            break
        if not tok.text[0].isalnum() and tok.text not in "’'-.":
            break
        if tok.text == "." and not (phrase and is_abbreviation(phrase[-1], lang)):
            break
        if (
            phrase
            and low in stop_prepositions
            and not (
                low in lang.words.title_prepositions
                and (_name_follows(words, k, lang) or _department_follows(words, k, lang))
            )
            and not _name_after_affiliation(phrase, words, k, lang)
            and not _second_title(phrase, words, k, lang)
            and not _second_department(phrase, words, k, lang)
            and not _body_goes_on(words, k, lang)
            and not award_name(words, k, lang)  # "Ann Reed Profile in Courage Award"
        ):
            break
        phrase.append(tok)
        if sum(t.text[0].isalnum() for t in phrase) >= PHRASE_MAX_WORDS:
            break
    return phrase


def time_phrase_end(words: Sequence[Token], k: int, lang: LanguagePack) -> int:
    """Where a time phrase that starts at ``k`` ends ("le même jour", "ce matin", "8 août"),
    or 0: such a phrase between an inverted verb and its subject is no subject (not "le
    gouvernement jeudi", whose noun is the subject)."""
    calendar = lang.words.calendar_words
    if k + 1 >= len(words):
        return 0
    if words[k].text.isdigit():
        return k + 2 if words[k + 1].lower in calendar else 0
    if fold_apostrophe(words[k].lower) not in lang.words.determiners:
        return 0
    j = k + 2 if words[k + 1].lower in lang.words.function_words else k + 1  # "le même jour"
    return j + 1 if j < len(words) and words[j].lower in calendar else 0


def _apposed_name(phrase: Sequence[Token], following: Sequence[Token], lang: LanguagePack) -> bool:
    """A role phrase with no person's name yet, and a name of two words or more after its
    comma ("Anne Morel", "Agnès de La Tour"); the phrase may name a body ("le chef de file du
    parti, Avenir commun, Anne Morel") when the name after the comma starts with a first name."""
    runs = capitalised_runs(following, lang)
    if not runs or runs[0][0] != 0 or runs[0][1] < 2:
        return False
    if not all(t.text[0].isalpha() or t.text == "." for t in following[: runs[0][1]]):
        return False
    if not any(role_at(phrase, j, lang) for j in range(len(phrase))):
        return False
    named = any(a.capitalised and b.capitalised for a, b in itertools.pairwise(phrase))
    return not named or first_name_gender(following[0].text) in ("m", "f")


_AFFILIATION_NAME_WORDS = 4  # "at the Harlow Post": words of the body before the comma, at most


def _name_after_affiliation(
    phrase: Sequence[Token], words: Sequence[Token], k: int, lang: LanguagePack
) -> bool:
    """ "his best friend at Lehigh, Bo Lind": a role not named yet, the body it is at, then
    the person's full name after a comma; the phrase goes on to the name."""
    if fold_apostrophe(words[k].lower) not in lang.words.affiliation_prepositions:
        return False
    if any(t.capitalised for t in phrase):
        return False
    comma = next(
        (
            j
            for j in range(k + 2, min(len(words), k + 2 + _AFFILIATION_NAME_WORDS))
            if words[j].text == ","
        ),
        None,
    )
    if comma is None:
        return False
    body = words[k + 1 : comma]
    if not all(t.capitalised or fold_apostrophe(t.lower) in lang.words.determiners for t in body):
        return False
    return _apposed_name(phrase, words[comma + 1 : comma + 7], lang)


def _second_title(
    phrase: Sequence[Token], words: Sequence[Token], k: int, lang: LanguagePack
) -> bool:
    """ "former Ohio Gov. and party Chairman Bo Lind": a title, "and", a second title and the
    full name both are of; the phrase goes on to the name (not "the mayor and the judge")."""
    if words[k].lower not in lang.words.coordinators:
        return False
    title = [t for t in phrase if t.text != "."][-1:]
    if not title or not (lang.people.honorific(title[0].text) or role_at(title, 0, lang)):
        return False
    rest = words[k + 1 : k + 1 + _SECOND_TITLE_WORDS]
    if not rest or not rest[0].capitalised:
        return False
    return any(
        rest[j].lower in lang.people.roles
        and j + 2 < len(rest)
        and rest[j + 1].capitalised
        and rest[j + 2].capitalised
        for j in range(len(rest))
    )


def _second_department(
    phrase: Sequence[Token], words: Sequence[Token], k: int, lang: LanguagePack
) -> bool:
    """ "le ministre de l'Économie et des Finances X": "et" joins a second department to a
    title that already names one; the phrase goes on to the name."""
    if words[k].lower not in lang.words.coordinators or not title_words(phrase, lang):
        return False
    skipped = lang.words.determiners | lang.words.prepositions
    rest = [t for t in words[k + 1 : k + 4] if fold_apostrophe(t.lower) not in skipped]
    return bool(rest) and rest[0].capitalised and rest[0].lower in lang.people.departments


def _body_goes_on(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "the Department of Health and Human Services": "and" inside a body's name."""
    return (
        words[k].lower in lang.people.name_conjunctions and connected_name_end(words, k, lang) > k
    )


_SECOND_TITLE_WORDS = 8  # "and Harbour Trust Committee Chairman Bo Lind": words, at most


def _name_follows(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "à la Défense Lloyd Austin": a preposition inside a title that a full name completes
    (not "à l'AFP"). After a preposition that is no affiliation the name must open with a
    first name: "la chanteuse au magazine France Dimanche" told the magazine."""
    affiliation = fold_apostrophe(words[k].lower) in lang.words.affiliation_prepositions
    capitals, first_name = 0, False
    for tok in words[k + 1 : k + 7]:
        if not tok.text[0].isalpha():
            break
        capitals = capitals + 1 if tok.capitalised else 0
        first_name = first_name or (tok.capitalised and is_first_name(tok.text, lang))
        if capitals >= 2 and (affiliation or first_name):
            return True
    return False


def _department_follows(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "secrétaire d'État à l'Intérieur, X": a preposition inside a title, before the
    department the title is of."""
    rest = [
        t for t in words[k + 1 : k + 3] if fold_apostrophe(t.lower) not in lang.words.determiners
    ]
    return bool(rest) and rest[0].capitalised and rest[0].lower in lang.people.departments


_ROLE_PHRASE_WORDS = 8  # "the American ambassador at the time": words before the name, at most
_ROLES_BEFORE_NAME = 2  # "Reed's introducer, actress Jo Vell": role words opening the name


def name_after_role_phrase(words: Sequence[Token], lang: LanguagePack) -> list[Token]:
    """ "“…,” wrote the American ambassador at the time, John E. Herbst.": after an inverted
    verb, a phrase that names nobody and ends on a lower-case noun, then a comma and a full
    name (a role word may open it: "Reed's introducer, actress Jo Vell") that ends the
    clause; the name is who spoke. Empty when the words are not so."""
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or not 0 < comma <= _ROLE_PHRASE_WORDS:
        return []
    head = words[:comma]
    if not (head[-1].text.isalpha() and (head[-1].text.islower() or _place_of_role(head, lang))):
        return []
    if any(lang.speech.verb(t.text) for t in head) or any(
        a.capitalised and b.capitalised for a, b in itertools.pairwise(head)
    ):
        return []  # a clause of its own, or a name already
    k = start = comma + 1
    if k + 1 < len(words) and _titled(words[k + 1], lang):
        k += fold_apostrophe(words[k].lower) in lang.words.definite_articles  # "l'acteur X"
    while (
        k < len(words)
        and k - start < _ROLES_BEFORE_NAME + 1
        and _titled(words[k], lang)
        and not (words[k].capitalised and k + 1 < len(words) and not words[k + 1].capitalised)
    ):
        k += 1
    opening = k
    while k < len(words) and (
        words[k].capitalised or (words[k].text == "." and k > opening and is_initial(words[k - 1]))
    ):
        k += 1
    name = [t for t in words[opening:k] if t.text != "."]
    if not 2 <= len(name) <= 4 or name[0].lower in lang.stop_words:
        return []
    if k < len(words) and words[k].text not in ",.;(":
        return []
    return list(words[start:k])


def _place_of_role(head: Sequence[Token], lang: LanguagePack) -> bool:
    """ "le cofondateur du festival de Tribeca": a definite role opening a phrase that ends on
    one capitalised word after a preposition, the place or body the role is of."""
    return (
        len(head) > 3
        and fold_apostrophe(head[0].lower) in lang.words.definite_articles
        and role_at(head, 1, lang) is not None
        and fold_apostrophe(head[-2].lower) in lang.words.prepositions
    )


def _titled(word: Token, lang: LanguagePack) -> bool:
    """A role in lower case ("actress") or an honorific ("la Pr", "Dr") before a name."""
    return (word.text.islower() and word.lower in lang.people.roles) or lang.people.honorific(
        word.text
    )


def bare_noun_phrase(
    words: Sequence[Token], k: int, prepositions: frozenset[str], lang: LanguagePack
) -> bool:
    """A word that is a clitic or a preposition ("en") before a noun in lower case with no
    article ("a résumé en conclusion X", "a dit en substance X"): a prepositional phrase
    to pass as one, not a clitic and a subject."""
    low = fold_apostrophe(words[k].lower)
    if low not in prepositions or k + 2 >= len(words):
        return False
    noun = words[k + 1]
    return (
        noun.text.isalpha()
        and not noun.capitalised
        and fold_apostrophe(noun.lower) not in lang.words.determiners | lang.words.auxiliaries
        and fold_apostrophe(noun.lower) not in prepositions
    )
