"""The asides an attribution clause is read without: an age, a party tag, a relative clause
or a body set off by commas ("…, 52, of Harlow Capital Markets, said"), and the appositions
that name the speaker inside them ("a spokesman, Jo Vell, said"). ``clauses`` reads what is
left."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.lang import fold_apostrophe
from bot.text.marks import MARKS
from bot.text.quotes.attribution.hometowns import hometown_aside_end
from bot.text.quotes.context import Context
from bot.text.quotes.people.roles import (
    role_at,
)
from bot.text.quotes.tokens import Token

ATTRIBUTION_REACH = 9  # tokens between a quote and its speech verb, at most
_AFFILIATION_WORDS = 8  # "Jane Doe of the Institute for …": more words a body's name adds

AGE = re.compile(r"^\d{1,3}$")
_APPOSED_NAME_WORDS = 4  # "…, Jane Doe, said": the name's words, at most
_ASIDE_HEAD_WORDS = 6  # "Rep. Jane Q. Doe, …, said": the name before a long aside, at most
_APPOSITION_HEAD_REACH = 6  # words from an apposition's comma to its role noun, at most
_LONG_ASIDE_WORDS = 30  # tokens of an aside between a name and its speech verb, at most


def without_asides(clause: Sequence[Token], context: Context) -> list[Token]:
    """The clause without parenthesised asides ("(R-Utah)") or a name's age and party
    (", 25,", ", R-Ky.,"), which would otherwise end the noun phrase early."""
    words: list[Token] = []
    depth = 0
    for tok in clause:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
        elif depth == 0:
            words.append(tok)
    tag = context.lang.people.affiliation_tag
    k = 0
    while k < len(words):  # ", 25," (an age) and ", R-Ky.," (party and state) after a name
        close = next(
            (j for j in range(k + 1, min(len(words), k + 5)) if words[j].text == ","), None
        )
        if (
            words[k].text == ","
            and close is not None
            and (AGE.match(words[k + 1].text) or (tag and tag.fullmatch(words[k + 1].text)))
        ):
            # "Jane Doe, 25, a nurse, said": the comma that opens the next aside stays
            del words[k + _aside_goes_on(words, close, context) : close + 1]
        elif (body_end := _body_aside_end(words, k, context)) is not None:
            end = hometown_aside_end(words, body_end)
            # "Jo Lind, of Dunmore, Ohio, who was polled, said": the relative's comma stays
            relative = end > body_end and end + 1 < len(words)
            del words[k : end + (not (relative and opens_aside(words[end + 1], context)))]
        else:
            k += 1
    return words


_BODY_ASIDE_REACH = 7  # words of ", of Harlow Capital Markets," at most


def _body_aside_end(words: Sequence[Token], k: int, context: Context) -> int | None:
    """ "Mr. Reed, of Harlow Capital Markets, said": the body a name belongs to, set off by
    commas; the index of its closing comma, None when ``k`` opens no such aside."""
    lang = context.lang
    if not (0 < k < len(words) - 2 and words[k].text == "," and words[k - 1].capitalised):
        return None
    if fold_apostrophe(words[k + 1].lower) not in lang.words.affiliation_prepositions:
        return None
    named = next(
        (t for t in words[k + 2 :] if fold_apostrophe(t.lower) not in lang.words.determiners),
        None,
    )
    if named is None or not named.capitalised:
        return None
    return next(
        (j for j in range(k + 2, min(len(words), k + _BODY_ASIDE_REACH)) if words[j].text == ","),
        None,
    )


def apposed_name(words: Sequence[Token], comma: int, context: Context) -> list[Token]:
    """The full name set off by commas right before a speech verb ("…, Jane Doe, said"):
    two to four capitalised words, the first not a pronoun or a grammar word."""
    k = comma + 1
    while k < len(words) and k - comma <= _APPOSED_NAME_WORDS and words[k].capitalised:
        k += 1
    name = list(words[comma + 1 : k])
    closed = (
        k + 1 < len(words) and words[k].text == "," and context.lang.speech.verb(words[k + 1].text)
    )
    if not closed or len(name) < 2 or name[0].lower in context.lang.stop_words:
        return []
    return name


def _aside_goes_on(words: Sequence[Token], comma: int, context: Context) -> bool:
    """More of an aside after the comma at ``comma``, not the verb ("…, 25, a nurse, said")."""
    following = next(
        (t for t in words[comma + 1 :] if t.lower not in context.lang.words.auxiliaries), None
    )
    return following is not None and not context.lang.speech.verb(following.text)


def long_aside_closes(words: Sequence[Token], comma: int, context: Context) -> bool:
    """ "Jane Doe, a former head of the port board and a critic of the mayor, said", "Mr. Doe,
    now 81 and retired in Leeds, said": a short name opens the clause, and an aside of any
    shape runs from its comma to the comma right before a speech verb; the name speaks."""
    lang = context.lang
    head = words[:comma]
    if apposed_name(words, comma, context):
        return False  # "the mayor's aide, Jane Doe, said": the apposed name speaks
    stops = lang.words.stop_prepositions | lang.words.relatives | lang.stop_words
    if len(head) > _ASIDE_HEAD_WORDS or not head[0].capitalised:
        return False
    if any(t.lower in stops or not (t.text[0].isalnum() or t.text == ".") for t in head):
        return False
    end = min(len(words) - 1, comma + _LONG_ASIDE_WORDS)
    for k in range(comma + 1, end):
        if words[k].text in MARKS or words[k].text == ";":
            return False
        if words[k].text != ",":
            continue
        verb = next((t for t in words[k + 1 :] if t.lower not in lang.words.auxiliaries), None)
        if verb is not None and lang.speech.verb(verb.text):
            return True
    return False


def opens_aside(word: Token, context: Context) -> bool:
    """ "who wrote the bill", "wearing a red hat": a clause set off after a speaker's name."""
    participle = context.lang.words.aside_participle
    return word.lower in context.lang.words.relatives or bool(
        participle and participle.fullmatch(word.text)
    )


def first_of_joined_titles(words: list[Token], context: Context) -> list[Token]:
    """ "the Ohio senator and presidential candidate said": two titles under one article
    are one person's; the first names them (not "the senator and the mayor", two people)."""
    lang = context.lang
    joints = [k for k, t in enumerate(words) if t.lower in lang.words.coordinators]
    if len(joints) != 1 or not words or words[0].lower not in lang.words.definite_articles:
        return words
    k = joints[0]
    if k + 1 >= len(words) or words[k + 1].lower in lang.words.determiners:
        return words
    titled = [j for j in range(len(words)) if role_at(words, j, lang)]
    if not any(j < k for j in titled) or not any(j > k for j in titled):
        return words
    return words[:k]


def title_case_word(words: Sequence[Token], k: int) -> bool:
    """ "CBS This Morning co-anchor Jo Vell said": a grammar word written with a capital
    between two capitalised words is a word of a programme's or a body's name."""
    return (
        0 < k < len(words) - 1
        and words[k].capitalised
        and words[k - 1].capitalised
        and words[k + 1].capitalised
    )


def joins_organisation_name(words: Sequence[Token], k: int, context: Context) -> bool:
    """ "the Commission on Presidential Debates said": a connector of the pack between an
    organisation's head noun and a capitalised word is inside its name."""
    people = context.lang.people
    return (
        0 < k < len(words) - 1
        and words[k].lower in people.organisation_connectors
        and words[k - 1].capitalised
        and words[k - 1].lower in people.organisations
        and words[k + 1].capitalised
    )


def np_closes(words: Sequence[Token], comma: int, context: Context) -> bool:
    """A comma inside the subject: "Jane Doe, a spokeswoman for the ministry, said", "Jane
    Doe, a former Acme aide, said", "Jane Doe, Democrat of Ohio, told": a role noun (or a
    party) before the apposition's own comma."""
    for k in range(comma + 1, min(len(words), comma + _APPOSITION_HEAD_REACH)):
        if words[k].text == ",":
            return False
        if role_at(words, k, context.lang) or words[k].lower in context.lang.people.nationalities:
            return True
    return False
