"""Names read from form: who a capitalised run (found by ``runs``) is, by its honorifics,
titles, first names and role nouns.

People are recognised from form — capitalised name sequences, honorifics, role nouns,
first-name data — rather than from the statistical entity tagger alone, because French's small
model often tags people as places and English has no model at all. The rules are the same for
every language; the words come from the language's pack.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.lang.international import NAME_PARTICLES, NAME_SUFFIXES
from bot.text.model import Gender, SpeakerKind
from bot.text.quotes.people.bodies import (
    connected_name_end,
    dateline_agency,
    department_of_body,
    institution,
    joined_elisions,
    lower_case_name_end,
    lower_case_title_end,
    opens_title,
    publication_title,
    start_after_article,
    with_title_article,
)
from bot.text.quotes.people.first_names import (
    first_name_gender,
    is_first_name,
    possessive,
    surname_after_first_name,
)
from bot.text.quotes.people.kin import kin_owner
from bot.text.quotes.people.name_words import (
    age_follows,
    chapter_and_verse,
    compound_adjective,
    honorific_at,
    hyphenated_label,
    numbered_name_end,
)
from bot.text.quotes.people.not_people import (
    award_name,
    common_words,
    named_place,
    opening_gerund,
    place_after_role,
    plural_group,
    surname_adjective,
    title_case_header,
)
from bot.text.quotes.people.roles import holder_after_comma, role_at, written_title
from bot.text.quotes.tokens import Token, closes_initialism, dotted_words, is_acronym, is_initial

if TYPE_CHECKING:
    from bot.text.quotes.people.registry import PeopleRegistry


def _place_first(names: Sequence[str], lang: LanguagePack) -> bool:
    """ "France Inter", "France Bleu Isère": a name of several words that opens with a word
    the language reads as a place before a first name: a body or an outlet."""
    return len(names) > 1 and names[0].casefold() in lang.people.place_first_names


@dataclass(frozen=True, slots=True)
class NameHit:
    """A capitalised run read as a name: who it is and what stood in front of it."""

    first: int  # token index of the name's first word (after any title)
    last: int  # token index after the name
    words: tuple[str, ...]
    kind: SpeakerKind
    honorific: str | None
    gender: Gender | None
    roles: tuple[str, ...]
    run_start: int  # token index where the run (titles included) starts

    @property
    def full_name(self) -> bool:
        """A first name and a surname ("Anne Morel"), not a surname or an organisation."""
        return len(self.words) > 1 and first_name_gender(self.words[0]) is not False


def read_name(
    tokens: Sequence[Token],
    run: tuple[int, int],
    lang: LanguagePack,
    person_spans: Sequence[tuple[int, int]] = (),
    speaker_slot: bool = False,
    known: PeopleRegistry | None = None,
    organisation_spans: Sequence[tuple[int, int]] = (),
) -> NameHit | None:
    """Decide whether a capitalised run names a person, an organisation, or neither.

    A person needs some evidence: a known first name followed by a surname, an honorific or a
    title before it, the tagger's PER label, a surname already introduced, or a place where
    only a speaker can stand (``a déclaré X``, ``X said``). A bare name after an article
    ("l'Insee", "the Pentagon") or tagged ORG is an organisation, whose name runs to the end of
    the tagged span ("la Banque centrale européenne").
    """
    people = lang.people
    i, j = run
    calendar = lang.words.calendar_words
    if chapter_and_verse(tokens, j):
        return None  # "Isaiah 45:1 reads": a book of scripture, cited by chapter and verse
    if j - i == 1 and numbered_name_end(tokens, j, lang) and tokens[i].lower not in calendar:
        # "précise Europe 1", "selon France 2": a broadcaster's name ends with its number
        channel = (tokens[i].text, tokens[j].text)
        return NameHit(i, j + 1, channel, "organization", None, None, (), i)
    if j - i > 1 and tokens[j - 1].lower in people.roles and written_title(tokens, j - 1, lang):
        return None  # "the Prime Minister said": a role, whose holder the subject reading finds
    words = [(k, tokens[k]) for k in range(i, j) if tokens[k].text != "."]
    if sum(is_acronym(tok.text) for _, tok in words) >= 3:
        return None  # "TEAM REFUSES TO STAY IN VILLAGE": a heading in capitals, not a name
    if all(tok.text.isupper() and tok.lower in lang.page.promo_words for _, tok in words):
        return None  # "READ MORE", "WATCH": page furniture glued to the text, not a name
    if _dateline(tokens, words, j) or dateline_agency(tokens, i, j):
        return None
    if _credited_first_name(words):  # "à l'AFP Solène": the agency credited, then the person
        i, words = words[1][0], words[1:]
    honorific: str | None = None
    roles: list[str] = []
    of_something = False  # "CEO of Brightline", "président de Renault": a title's organisation
    position = 0
    while position < len(words):
        tok = words[position][1]
        low = tok.lower.rstrip(".")
        if low in people.honorifics and not honorific_at(tokens, words[position][0], lang):
            break  # "Del Rio said": a surname's particle, not "Del." (a delegate)
        if low in people.honorifics and honorific is None:
            honorific = low
        elif (
            (role := _title_role(words, position, lang))
            and not _first_name_before_surname(words, position, lang)
            and not department_of_body(words, position, lang)
        ):
            roles.append(role)
        elif (
            low in people.departments
            or low == "d'"
            or (
                low in NAME_PARTICLES
                and first_name_gender(tok.text) is False  # not "Al Jones"
                and not _opening_particle(words, position, lang)
            )
        ):
            of_something = of_something or (bool(roles) and low in NAME_PARTICLES)
        elif position < len(words) - 1 and (is_acronym(tok.text) or low in people.organisations):
            if not _starts_person(words, position + 1):
                break  # "Ministère de la Défense", "NATO summit": an organisation's own name
        elif hyphenated_label(low, lang) and position < len(words) - 2:
            pass  # "Cambodian-American Ky Sovann": a label of two nationalities, never a name
        elif low in people.nationalities and position < len(words) - 2:
            if first_name_gender(words[position + 1][1].text) is False:
                break  # "American Airlines": a name that starts with a nationality
            # "l'Italien Francesco Zanardi": a label before a first name and a surname
        else:
            break
        position += 1
    rest = words[position:]
    if not rest and not honorific and _surname_met(tokens, i, words, lang, known):
        rest, roles = words, []  # "Bishop said" after "Anna Bishop": her, not a bishop
    if not rest and honorific is not None and len(words) == 2:
        # "Mr. King", "Ms. White": after an honorific alone, a word of titles is a surname
        rest = words[1:]
        roles = [r for r in roles if r != rest[0][1].lower]
    if not rest:
        if honorific is None and not roles and institution(tokens, i, words, lang):
            body = tuple(t.text for _, t in words)  # "the White House", "the Senate"
            return NameHit(i, words[-1][0] + 1, body, "organization", None, None, (), i)
        return None
    label = len(rest) == 1 and rest[0][1].lower in people.nationalities
    if label and (known is None or known.find([rest[0][1].text]) is None):
        return None  # "Republican said", "l'Italien a dit": a label, unless a surname met
    if (
        len(rest) > 1
        and rest[-1][1].lower in people.nationalities
        and first_name_gender(rest[0][1].text) is False  # not "Mark Cuban"
    ):
        return None  # "a Nevada Democrat": a place and a party, someone left unnamed
    if len(rest) > 1 and people.honorific(rest[-1][1].text):
        return None  # "former Ohio Gov. and party chairman Ed Rendle": the name is further on
    titles = [
        k
        for k, (_, tok) in enumerate(rest[:-1])
        if (
            _title_role(rest, k, lang)
            and not _first_name_before_surname(rest, k, lang)
            and not surname_after_first_name(rest, k)
        )
        or honorific_at(tokens, rest[k][0], lang)
    ]
    if titles:  # "Wells Fargo CEO John Stumpf", "Texas Gov. Ann Reed": the name comes after
        title_word = rest[titles[-1]][1]
        role = _title_role(rest, titles[-1], lang)
        if role:
            roles.append(role)
        else:
            honorific = honorific or title_word.lower.rstrip(".")
        rest = rest[titles[-1] + 1 :]
        while len(rest) > 2 and (
            rest[0][1].lower in NAME_PARTICLES or rest[0][1].lower in people.departments
        ):
            rest = rest[1:]  # "Secretary of State Jon Husted": the title's own words
    rest = _from_first_name(_after_possessive(rest, lang))
    # the word before the run, past an adjective of a place ("the Oslo-based X")
    before_at = i - 2 if i > 1 and compound_adjective(tokens[i - 1], lang) else i - 1
    before = fold_apostrophe(tokens[before_at].lower) if i > 0 else ""
    if _after_place_noun(tokens, rest[0][0], lang) and len(rest) >= 3:
        # "le maire de Lyon Anne Morel", "la présidente de la région Occitanie Anne Morel":
        # the place or the body, then a first name and surname
        starts = [p for p in range(1, len(rest) - 1) if first_name_gender(rest[p][1].text)]
        if starts:
            rest = rest[starts[0] :]
    elif i == 0 and _labelled_full_name(rest, lang):
        rest = rest[-2:]  # "Celebrities Ann Reed, …", "Korean-born Bo Lind holds …"
    whole = rest
    evidenced = bool(honorific or roles) or speaker_slot
    rest = _before_affiliated_body(tokens, rest, lang, evidenced, known)
    names = [_initial(tokens, k) for k, _ in rest]
    first, last = rest[0][0], rest[-1][0] + 1
    low_words = {t.lower for _, t in rest}
    gender = people.honorifics.get(honorific) if honorific else None
    if gender is None:
        gender = next((people.roles[r] for r in roles if people.roles[r]), None)
    tagged = any(s < tokens[last - 1].end and tokens[first].start < e for s, e in person_spans)
    first_known = is_first_name(names[0], lang)
    organisation_end = next(
        (e for s, e in organisation_spans if s <= tokens[first].start < e), None
    )
    # "le syndicat Force commune": a name after an article or an organisation noun
    after_article = before in lang.words.definite_articles or before in people.organisations
    # "Ann Reed of the Harlow Group": a name, then the body it belongs to
    plain = not honorific and not roles and not tagged and rest is whole
    found = known.find(names) if known is not None else None
    known_person = found is not None and found.kind == "person"
    if (
        ((low_words & people.organisations) and not honorific)
        or (publication_title(names, lang) and not honorific and not first_known)
        or (of_something and not first_known and not known_person)
        or (len(names) == 1 and is_acronym(names[0]))
        or (plain and organisation_end is not None and not (first_known and len(names) > 1))
        or (plain and after_article and not (first_known and len(names) > 1))
        or (_place_first(names, lang) and not honorific and not roles)  # "France Inter"
        or (
            len(names) > 1
            and names[-1].casefold().rstrip(".") in people.company_words
            and not honorific
        )  # "Dorrance Energy"
    ):
        while organisation_end and last < len(tokens) and tokens[last].end <= organisation_end:
            last += 1  # "Banque" + "centrale européenne": the tagger knows where the name ends
        last = connected_name_end(tokens, last, lang)
        if last - first == 1 and not roles and not honorific:
            last = lower_case_name_end(tokens, last, lang)
        if not roles and not honorific:
            last = lower_case_title_end(tokens, last, lang)
        if not roles and not honorific and not any(possessive(t.text) for _, t in words):
            first = words[0][0]  # "United Nations Security Council": its own words, all
        first = start_after_article(tokens, first, last, lang)
        if closes_initialism(tokens, last):
            last += 1  # "the U.S. military said": "U.S.", not "U.S"
        names = joined_elisions(dotted_words(tokens[first:last]))
        if first == words[0][0] and first > 1 and opens_title(tokens[first - 2 : first], lang):
            names, first = with_title_article(names, tokens[first - 1]), first - 1
        start = min(i, first)  # the article opens the run too
        return NameHit(first, last, tuple(names), "organization", None, None, tuple(roles), start)
    last_word, first_word = names[-1].casefold(), names[0].casefold()
    place = last_word in people.place_nouns or first_word in people.place_openers
    law = last_word in people.law_nouns
    if len(names) > 1 and (place or law) and not (honorific or roles):
        return None  # "Lee County", "San Jose", "Care Act": a place or a law, not a person
    evidence = (
        honorific is not None
        or bool(roles)
        or (len(names) > 1 and (first_known or tagged))
        # a surname first met as a modifier ("the Reed campaign") may still be a person; a
        # place of two words met as an organisation ("the New Dorland primary") is not one
        or known_person
        or (found is not None and len(names) == 1)
        or (speaker_slot and (len(names) > 1 or tagged or not tokens[first].text.isupper()))
        or (tagged and len(names) == 1 and speaker_slot)
        or (len(names) > 1 and _role_follows(tokens, last, lang))
        or (
            len(names) > 1
            and i > 0
            and role_at(tokens, i - 1, lang) is not None
            and names[0].casefold() not in people.nationalities
        )  # "the campaign's spokeswoman Zora Pell", not "a fellow Asian Indian"
        or (len(names) > 1 and holder_after_comma(tokens, i, lang))  # "nominee, Mitt Romney"
        or (len(names) == 1 and first_known and (tagged or age_follows(tokens, last, lang)))
        or (len(names) > 1 and age_follows(tokens, last, lang))  # "Franz Orkney, 18, from"
        or (len(names) > 1 and len(rest) < len(whole))  # "Omar Haddad of the Meridian Group"
        or (len(names) == 1 and kin_owner(tokens, first, lang) is not None)  # "his wife, Jane,"
        or (len(names) == 1 and first_known and before in people.naming_words)  # "named Jo"
        or (len(names) == 2 and _family_member(tokens, names, lang, known))
    )
    if not evidence or _not_a_person(tokens, i, names, lang, known, bool(honorific or roles)):
        return None
    if award_name(tokens, last, lang):
        return None  # "the Ann Reed Profile in Courage Award": an award, no one
    if not (honorific or roles) and named_place(names, lang, known):
        return NameHit(first, last, tuple(names), "organization", None, None, (), i)
    if any(w in lang.words.definite_articles for w in names if w.islower()):
        return None  # "CNN Hero of the Year Award": an award, a title or an event, no one
    names, last = _person_name(rest, names)
    return NameHit(first, last, tuple(names), "person", honorific, gender, tuple(roles), i)


def _family_member(
    tokens: Sequence[Token], names: Sequence[str], lang: LanguagePack, known: PeopleRegistry | None
) -> bool:
    """ "Zyrelle Kerrin … her husband" after "Tomas Arvid Kerrin": in a sentence that speaks of
    someone's relative, a word no lexicon gives as a first name, never written in lower case
    in the article, before the surname of a person met in full, is the first name of someone
    of that family."""
    word = names[0]
    if known is None or first_name_gender(word) is not False or not word.isalpha():
        return False
    if word.isupper() or word.casefold() in known.lowercase_words:
        return False
    owners = lang.people.possessive_pronouns
    if not any(
        tokens[k].lower in lang.people.kin_nouns
        and (tokens[k - 1].lower in owners or possessive(tokens[k - 1].text))
        for k in range(1, len(tokens))
    ):
        return False  # "her husband", "Ann Reed's son": someone's relative is spoken of
    bearer = known.find(names[-1:])
    return bearer is not None and bearer.named_in_full


def _surname_met(
    tokens: Sequence[Token],
    i: int,
    words: Sequence[tuple[int, Token]],
    lang: LanguagePack,
    known: PeopleRegistry | None,
) -> bool:
    """A role word alone and capitalised, with no determiner before it, that is the surname
    of someone met ("Foreign Minister Anna Bishop … Bishop said")."""
    if known is None or len(words) != 1 or not words[0][1].capitalised:
        return False
    if i > 0 and fold_apostrophe(tokens[i - 1].lower) in lang.words.determiners:
        return False
    found = known.find([words[0][1].text])
    return found is not None and found.named_in_full


def _not_a_person(
    tokens: Sequence[Token],
    start: int,
    names: Sequence[str],
    lang: LanguagePack,
    known: PeopleRegistry | None,
    titled: bool,
) -> bool:
    """A run with no honorific or title before it that is an adjective, a header or a place
    (``not_people``), though it would read as a person."""
    if titled:
        return False
    if (
        title_case_header(names, lang)
        or place_after_role(tokens, start, lang)
        or plural_group(names, lang)
    ):
        return True
    return known is not None and (
        surname_adjective(names, lang, known)
        or common_words(names, known)
        or opening_gerund(tokens, start, names, lang, known)
    )


def _opening_particle(words: Sequence[tuple[int, Token]], k: int, lang: LanguagePack) -> bool:
    """ "Del Rio said", "according to Tales of Tomorrow": a particle written with a capital that
    opens the run (not the article "The") is the name's own first word, not a title's."""
    tok = words[k][1]
    return k == 0 and tok.capitalised and tok.lower not in lang.words.definite_articles


def _title_role(words: Sequence[tuple[int, Token]], k: int, lang: LanguagePack) -> str | None:
    """The role the title word ``words[k]`` of a name's run stands for: "Senator", or
    "Senators" right before a first name ("Senators Ann Reed and Bo Lind"; not "the Lind
    Brothers Fund")."""
    tok = words[k][1]
    low = tok.lower.rstrip(".")
    roles = lang.people.roles
    if low in roles:
        return low
    plural = tok.capitalised and low.endswith("s") and low[:-1] in roles
    then_first_name = k + 1 < len(words) and first_name_gender(words[k + 1][1].text) is not False
    return low[:-1] if plural and then_first_name else None


def _first_name_before_surname(
    words: Sequence[tuple[int, Token]], k: int, lang: LanguagePack
) -> bool:
    """ "Dean Baker": a role that is also a first name, right before the run's last word, is
    the first name of a full name, not a title before a surname."""
    return k == len(words) - 2 and words[k][1].lower in lang.people.first_name_words


DATELINE_REACH = 8  # tokens from a dateline's place to its dash, at most


def _dateline(tokens: Sequence[Token], words: Sequence[tuple[int, Token]], end: int) -> bool:
    """ "HARBOURTON, May 2 (Wire) — …": a place in capitals, then its date or agency and a dash
    before any lower-case word, is where the story was filed, not who speaks."""
    if not all(tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 2 for _, tok in words):
        return False
    for tok in tokens[end : end + DATELINE_REACH]:
        if tok.text in ("—", "–", "--", "-"):  # "COLUMBIA, S.C. - …" too
            return True
        if tok.text[:1].islower():
            return False
    # "COLUMBIA, S.C. - …": the state's abbreviation ended the sentence before the dash
    return end < len(tokens) <= end + DATELINE_REACH and tokens[end].text == ","


def _labelled_full_name(rest: Sequence[tuple[int, Token]], lang: LanguagePack) -> bool:
    """A sentence's first words that name no one, then a first name and a surname: a label
    set before a person ("Celebrities Ann Reed", "Korean-born Bo Lind")."""
    if len(rest) < 3 or first_name_gender(rest[-2][1].text) not in ("m", "f"):
        return False
    last = rest[-1][1].lower
    if last in lang.people.nationalities or last in lang.people.organisations:
        return False
    return all(
        first_name_gender(tok.text) is False and not is_acronym(tok.text) for _, tok in rest[:-2]
    )


def _after_place_noun(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """Whether the run at ``i`` follows "de" ("de Lyon …"), "de la" ("de la Croix-Rouge …")
    or "de la région" (a lower-case noun after "de" and a definite article, not "for a young
    John Ellis Bush"), where a place or a body's name comes first."""
    prepositions = lang.words.affiliation_prepositions
    before = [fold_apostrophe(t.lower) for t in tokens[max(0, i - 3) : i]]
    if before and before[-1] in prepositions:
        return True
    if (
        len(before) >= 2
        and before[-2] in prepositions
        and before[-1] in lang.words.definite_articles
    ):
        return True
    return (
        len(before) == 3
        and before[0] in prepositions
        and before[1] in lang.words.definite_articles
        and tokens[i - 1].text.isalpha()
        and tokens[i - 1].text.islower()
    )


def _person_name(rest: Sequence[tuple[int, Token]], names: list[str]) -> tuple[list[str], int]:
    """A person's name as it is shown, and the token after it: a middle initial ("Ann B.
    Reed") and a suffix ("Jr.", "III") are left out, so that every mention of one person reads
    the same."""
    last = rest[-1][0] + 1
    if len(names) > 2 and names[-1].rstrip(".").casefold() in NAME_SUFFIXES:
        names = names[:-1]
    if len(names) > 2 and len(names[0].rstrip(".")) > 1:
        names = [names[0], *(w for w in names[1:-1] if len(w.rstrip(".")) > 1), names[-1]]
    return names, last


def _before_affiliated_body(
    tokens: Sequence[Token],
    rest: list[tuple[int, Token]],
    lang: LanguagePack,
    evidence: bool,
    known: PeopleRegistry | None,
) -> list[tuple[int, Token]]:
    """ "Ann Reed of Ohio", "Sen. Bo Lind of Harlow Capital Group", "Jarrow of the Fenland
    Club": a person met before, or two words that are a name (a first name, a title, the
    speaker's place), then where they come from or whom they work for; the run is the
    person's name alone (not an organisation's, nor "Chase Bank of Texas"). A first name
    alone counts when a region follows the place after a comma ("the mom, Marta of
    Dunmore, Ohio,": a hometown; not "Joseph of Arimathea")."""
    at = next(
        (k for k in range(1, len(rest)) if rest[k][1].lower in lang.words.affiliation_prepositions),
        None,
    )
    if at is None:
        return rest
    head = rest[:at]
    if any(tok.lower in lang.people.organisations for _, tok in head):
        return rest
    met = known.find([tok.text for _, tok in head]) if known is not None else None
    body = [tok.lower for _, tok in rest[at + 1 :]]
    # "Omar Haddad of the Meridian Group": the body's own name, an organisation noun in it
    named = (
        evidence
        or first_name_gender(head[0][1].text) is not False
        or (body[:1] == ["the"] and any(w in lang.people.organisations for w in body))
    )
    if (met is not None and met.kind == "person") or (at >= 2 and named):
        return head
    if at == 1 and first_name_gender(head[0][1].text) in ("m", "f") and _region_after(tokens, rest):
        return head
    return rest


def _region_after(tokens: Sequence[Token], rest: Sequence[tuple[int, Token]]) -> bool:
    """ "of Dunmore, Ohio": a comma right after the run, then a capitalised word."""
    end = rest[-1][0] + 1
    return (
        end + 1 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].capitalised
        and tokens[end + 1].text.isalpha()
    )


def _after_possessive(rest: list[tuple[int, Token]], lang: LanguagePack) -> list[tuple[int, Token]]:
    """ "Pollwell’s Jeff Ames": the words after a possessive inside the run are the name; not
    after "of" ("Ann Reed of the Lee County Sheriff's Office": the body's own possessive), nor
    before a body's noun alone ("the Lee County Sheriff's Office says": the body speaks)."""
    of = lang.words.affiliation_prepositions
    owners = [
        k
        for k, (_, tok) in enumerate(rest[:-1])
        if possessive(tok.text)
        and not any(t.lower in of for _, t in rest[:k])
        and not (k == len(rest) - 2 and rest[-1][1].lower in lang.people.organisations)
    ]
    return rest[owners[-1] + 1 :] if owners else rest


def _from_first_name(rest: list[tuple[int, Token]]) -> list[tuple[int, Token]]:
    """ "U.S. Ann Reed": the initials of a place before a first name and at most two more
    words; the name starts at the first name."""
    initials = len(list(itertools.takewhile(lambda w: len(w[1].text) == 1, rest)))
    if not initials or not 2 <= len(rest) - initials <= 3:
        return rest
    return rest[initials:] if first_name_gender(rest[initials][1].text) in ("m", "f") else rest


ROLE_APPOSITION_REACH = 7  # words from a name's comma to its role in apposition, at most


def _role_follows(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """ "Zora Pell, a senior adviser to …": a role in apposition after two capitalised
    words makes them a person's name, whatever the first name; a year and a party may come
    before the role ("Zora Pell, the 2012 Republican nominee"), not another name ("Harlow
    Monday, the Reed supporter")."""
    if index >= len(tokens) or tokens[index].text != ",":
        return False
    for k in range(index + 1, min(len(tokens), index + ROLE_APPOSITION_REACH)):
        if role_at(tokens, k, lang):
            return True
        word = tokens[k]
        if word.capitalised and word.lower not in lang.people.nationalities:
            return False
        if not (word.text[0].isalpha() or word.text.isdigit()):
            return False
    return False


def _initial(tokens: Sequence[Token], k: int) -> str:
    """A name word, keeping the full stop of an initial ("John F. Kennedy")."""
    tok = tokens[k]
    dotted = k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 1].start == tok.end
    return tok.text + "." if dotted and is_initial(tok) else tok.text


def _starts_person(words: Sequence[tuple[int, Token]], position: int) -> bool:
    return any(first_name_gender(t.text) is not False for _, t in words[position:-1])


def _credited_first_name(words: Sequence[tuple[int, Token]]) -> bool:
    """ "à l'AFP Solène": an agency's initials, then a first name alone that ends the run, are
    the agency credited and the person who spoke to it, not one organisation's name."""
    return (
        len(words) == 2
        and is_acronym(words[0][1].text)
        and first_name_gender(words[-1][1].text) in ("m", "f")
    )
