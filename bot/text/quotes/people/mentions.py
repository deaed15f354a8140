"""The people a sentence names, the roles written beside them, and how salient each one is.

Run on every sentence before its quotes are attributed, so that "a-t-il ajouté" can point to
someone introduced in the same sentence. Names inside quote marks are the speaker's words, not
the narrator's, and are never read as mentions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender, Paragraph
from bot.text.quotes.context import Context
from bot.text.quotes.people.antecedents import subjects_and_objects_before
from bot.text.quotes.people.bodies import body_around, with_left_out_articles
from bot.text.quotes.people.first_names import (
    first_name_gender,
    gender_from_first_name,
    possessive,
    without_possessive,
)
from bot.text.quotes.people.kin import kin_first_name_gender, kin_owner, named_as_relative
from bot.text.quotes.people.names import NameHit, read_name
from bot.text.quotes.people.positions import object_position, title_words
from bot.text.quotes.people.registry import Entity, PeopleRegistry
from bot.text.quotes.people.roles import (
    ROLE_MODIFIER_REACH,
    modifies_role,
    role_at,
    role_length,
)
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token, is_acronym


@dataclass(frozen=True, slots=True)
class Mention:
    index: int  # token index in the sentence
    entity: Entity
    object_position: bool  # inside a prepositional phrase: less likely the subject
    passing: bool = False  # the complement of a preposition inside the clause ("the rise of X")


def read_mentions(
    context: Context,
    sentence: Sentence,
    paragraph: Paragraph,
    person_spans: Sequence[tuple[int, int]],
) -> list[Mention]:
    """People and organisations named outside quote marks, added to the registry; roles
    written next to a name ("le ministre allemand de la Défense, Boris Pistorius") too."""
    lang, tokens, people = context.lang, sentence.tokens, context.people
    mentions: list[Mention] = []
    credit = _credit_start(context.text, sentence, paragraph)
    if is_headline(paragraph):
        # "Warren Hammers Wells Fargo CEO": every word of a headline is capitalised, so only a
        # known first name and the word after it are read, for a surname the body gives alone
        _note_full_names(tokens, lang, people)
        return mentions
    for run in context.name_runs(sentence).between(0, len(tokens), people):
        if any(sentence.quoted[run[0] : run[1]]) or tokens[run[0]].start >= credit:
            # "you attacked Nora Quill": a full name in someone's words introduces no one,
            # but a surname the narration gives alone may still be shown in full
            _note_full_names(tokens[run[0] : run[1]], lang, people)
            continue
        if any(possessive(t.text) for t in tokens[run[0] : run[1] - 1]):
            # "Ann Reed's Ohio": the name is read after the possessive, the owner's is kept for
            # her surname given alone elsewhere
            _note_full_names(tokens[run[0] : run[1]], lang, people)
        hit = read_name(
            tokens,
            run,
            lang,
            person_spans,
            known=people,
            organisation_spans=context.evidence.organisation_spans,
        )
        kind = None if hit and hit.kind == "person" else body_around(tokens, *run, lang)
        if kind is not None:  # "la préfecture du Var": "la préfecture" later
            people.note_body(kind[1], tokens[kind[0]].start)
        if hit is None:
            unread = _unread_name(tokens[run[0] : run[1]], lang, context.people.lowercase_words)
            if unread:
                people.note_unread_name(unread)
            continue
        if hit.kind == "organization":
            body = people.add(list(hit.words), tokens[hit.first].start, "organization")
            acronym = _acronym_after(tokens, hit.last)
            if acronym is not None:
                people.add_alias(body, [acronym])  # "the International Monetary Fund (IMF)"
            continue
        role, role_gender = role_before(tokens, hit.run_start, lang)
        role_gender = _unless_first_name(hit, role_gender)
        gender = hit.gender or role_gender or kin_first_name_gender(tokens, hit, lang)
        shared = _shared_surname_first(tokens, hit, lang, people)
        if shared is not None:  # "Ann and Bo Reed": Ann Reed too
            first = tokens[shared]
            sibling = people.add([first.text, *hit.words[1:]], first.start, "person")
            sibling.listed = True
            mentions.append(Mention(shared, sibling, object_position(tokens, shared, lang)))
        words = _with_owners_surname(context, sentence, hit)
        entity = people.add(words, tokens[hit.first].start, "person", gender)
        before = [role] if role else []
        people.note_roles(
            entity, (*_roles_of(hit, lang), *before, *_role_after(tokens, hit.last, lang))
        )
        entity.qualifiers.update(qualifiers_before(tokens, hit, lang))
        entity.listed = True
        relative = named_as_relative(tokens, hit, lang) or len(words) > len(hit.words)
        entity.relative = entity.relative or relative  # "Reed" alone is not "his wife, Jane"
        # "Harlow spokesman Tim Brandt": the aide is the subject, Harlow a modifier
        modifier = modifies_role(tokens, hit.last, lang)
        in_object = modifier or object_position(tokens, hit.run_start, lang)
        entity.named_aside = in_object
        if subject_after_opening(tokens, hit, lang):  # the names before it were in passing
            mentions = [Mention(m.index, m.entity, True, m.passing) for m in mentions]
        passing = _in_passing(context, tokens, hit.run_start)
        mentions.append(Mention(hit.run_start, entity, in_object, passing))
    role_subject = _role_subject(context, sentence)
    if role_subject is not None:
        mentions.append(role_subject)
    _body_subject(context, sentence)
    return mentions


def _body_subject(context: Context, sentence: Sentence) -> None:
    """ "Le ministère souligne …": a sentence opening on a definite organisation noun alone
    names the body of that kind named before, which a pronoun later may stand for."""
    tokens, lang = sentence.tokens, context.lang
    if len(tokens) < 3 or sentence.quoted[1]:
        return
    if fold_apostrophe(tokens[0].lower) not in lang.words.definite_articles:
        return
    noun, after = tokens[1], tokens[2]
    if not (noun.text.islower() and noun.lower in lang.people.organisations):
        return
    if after.capitalised or fold_apostrophe(after.lower) in lang.words.affiliation_prepositions:
        return  # "la préfecture du Var": a name of its own
    body = context.people.organisation_named(noun.lower, noun.start, noun.start)
    if body is not None:
        context.people.touch(body, max(body.last_seen, noun.start))


def _with_owners_surname(context: Context, sentence: Sentence, hit: NameHit) -> list[str]:
    """ "his wife, Jane,", "Reed's son, Tom,": a first name alone in apposition to a kin noun
    takes the surname of the person it belongs to (the possessive's antecedent, or the person
    the possessive names), when that person is known by a full name."""
    words = list(hit.words)
    owner = kin_owner(sentence.tokens, hit.first, context.lang) if len(words) == 1 else None
    if owner is None:
        return words
    token, people = sentence.tokens[owner], context.people
    pronoun = context.lang.people.possessive_pronouns.get(fold_apostrophe(token.lower))
    if pronoun is not None:
        subjects, passing = subjects_and_objects_before(context, sentence, token.start)
        before = subjects + passing
        found = people.antecedent(before + context.discourse.recently_salient(), pronoun.gender)
    else:
        found = people.find([without_possessive(token.text)])
    if found is None or found.kind != "person" or len(found.words) < 2:
        return words
    return [words[0], found.words[-1]]


def _shared_surname_first(
    tokens: Sequence[Token], hit: NameHit, lang: LanguagePack, people: PeopleRegistry
) -> int | None:
    """The index of "Ann" in "Ann and Bo Reed": a first name alone, joined by a coordinator
    to a full name, shares its surname; None when the name has no such first name before it
    (or that word names someone met already)."""
    k = hit.run_start - 2
    if not hit.full_name or hit.first != hit.run_start or k < 0:
        return None
    word, joiner = tokens[k], tokens[k + 1]
    before = fold_apostrophe(tokens[k - 1].lower) if k else ""
    alone = k == 0 or not tokens[k - 1].capitalised
    if (
        before in lang.words.place_prepositions  # "attacks in Paris and San Dimas"
        or joiner.lower not in lang.words.coordinators
        or not word.capitalised
        or not alone
        or first_name_gender(word.text) not in ("m", "f")
        or people.find([word.text]) is not None
    ):
        return None
    return k


def _note_full_names(tokens: Sequence[Token], lang: LanguagePack, people: PeopleRegistry) -> None:
    """Record each known first name and the capitalised word after it as a full name, for a
    surname given alone elsewhere (``PeopleRegistry.complete_surnames``)."""
    for first, last in itertools.pairwise(tokens):
        surname = without_possessive(last.text)
        if (
            surname[:1].isupper()
            and surname.isalpha()
            and first.lower not in lang.stop_words
            and first_name_gender(first.text) in ("m", "f")
        ):
            people.note_full_name([first.text, surname])


UNREAD_NAME_WORDS = (2, 4)  # a full name with an unknown first name: its words, at least, at most


def _unread_name(
    tokens: Sequence[Token], lang: LanguagePack, lowercase_words: frozenset[str]
) -> list[str] | None:
    """The last words of a capitalised run that read as no one that may be a person's full
    name ("Democrat Ilsa Varnow" -> "Ilsa Varnow"): capitalised words, none of them a
    label, a title, an organisation's noun, a grammar word or a word the article writes in
    lower case ("Maybe Reed")."""
    people = lang.people
    tail: list[str] = []
    for tok in reversed(tokens):
        low = fold_apostrophe(tok.lower)
        if (
            not tok.text.isalpha()
            or not tok.capitalised
            or tok.text.isupper()
            or low in lang.stop_words
            or tok.lower in lowercase_words
            or low in lang.words.calendar_words
            or low in people.nationalities
            or low in people.roles
            or low in people.organisations
            or low in people.departments
            or low in people.place_first_names
            or people.honorific(low)
        ):
            break
        tail.insert(0, tok.text)
    fewest, most = UNREAD_NAME_WORDS
    return tail if fewest <= len(tail) <= most else None


def subject_after_opening(tokens: Sequence[Token], hit: NameHit, lang: LanguagePack) -> bool:
    """ "Working near Carson Falls, Okoro saw…", "Speaking in Dunmore, Ohio, Reed
    went…": a name right after the comma that closes an opening phrase (a preposition or a
    participle first) and right before a lower-case word is the sentence's subject."""
    first = tokens[0].lower if tokens else ""
    participle = lang.words.aside_participle
    opening = first in lang.words.prepositions or bool(participle and participle.fullmatch(first))
    after = tokens[hit.last] if hit.last < len(tokens) else None
    return (
        opening
        and hit.run_start > 1
        and tokens[hit.run_start - 1].text == ","
        and not possessive(tokens[hit.last - 1].text)  # "To Ann Reed, Kroll's grin seemed"
        and after is not None
        and after.text.isalpha()
        and after.text.islower()
    )


QUALIFIER_REACH = 4  # words before a name where its place or party is written, at most


def qualifiers_before(tokens: Sequence[Token], hit: NameHit, lang: LanguagePack) -> set[str]:
    """ "Florida Sen. Ann Reed", "Democratic presidential nominee Ann Reed": the capitalised
    words before a name, back to punctuation, that are neither a role nor an honorific."""
    found: set[str] = set()
    for tok in reversed(tokens[max(0, hit.run_start - QUALIFIER_REACH) : hit.first]):
        if not tok.text[0].isalpha():
            if tok.text == ".":
                continue  # "Sen."
            break
        low = tok.lower
        if tok.capitalised and low not in lang.people.roles and not lang.people.honorific(low):
            found.add(low)
    return found


def _role_subject(context: Context, sentence: Sentence) -> Mention | None:
    """ "Si X se tait, le ministre a pris la défense de Y", "But the Ohio senator said": a
    definite role heading its clause right before its verb (an auxiliary or a speech verb) is
    the person the sentence puts forward (ranked first): the one named with that role (and
    its place or party), else the person the article followed before this sentence."""
    lang, tokens, people = context.lang, sentence.tokens, context.people
    for k in range(1, len(tokens) - 1):
        end = k + role_length(tokens, k, lang)  # "le chef de l'État a …": after the phrase
        if end >= len(tokens):
            continue
        after = fold_apostrophe(tokens[end].lower)
        if sentence.quoted[k] or not _verb_after_subject(after, lang):
            continue
        found = role_at(tokens, k, lang)
        article = next(
            (
                a
                for a in range(k - 1, max(-1, k - 2 - ROLE_MODIFIER_REACH), -1)
                if fold_apostrophe(tokens[a].lower) in lang.words.definite_articles
            ),
            None,
        )
        if not found or article is None or not _modifiers(tokens[article + 1 : k]):
            continue
        if not _opens_clause(tokens, article, lang):
            return None
        start = tokens[k].start
        earlier = [e for e in context.discourse.recently_salient() if e.last_seen < sentence.start]
        qualifiers = place_or_party(context, tokens[article + 1 : k])
        holder = people.by_role(found[0], start, qualifiers) or people.antecedent(earlier, found[1])
        if holder is None:
            return None
        people.touch(holder, start)
        return Mention(-1, holder, False)
    return None


def _opens_clause(tokens: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """Whether ``tokens[k]`` opens the sentence or a clause: after a comma or a semicolon, or
    after a coordinator that does ("But the senator said", ", and the senator said")."""
    if k > 0 and tokens[k - 1].lower in lang.words.coordinators:
        k -= 1
    return k == 0 or tokens[k - 1].text in (",", ";")


def _modifiers(words: Sequence[Token]) -> bool:
    """ "Ohio", "campaign", "former Afro-Caribbean": words before a role, no punctuation."""
    return all(t.text[0].isalnum() or t.text == "-" for t in words)


def _verb_after_subject(word: str, lang: LanguagePack) -> bool:
    """ "a", "has", "also", "said": a word that follows a subject, not a noun phrase going on."""
    return (
        word in lang.speech.perfect_auxiliaries
        or word in lang.words.auxiliaries
        or lang.speech.verb(word)
    )


def place_or_party(context: Context, modifiers: Sequence[Token]) -> list[str]:
    """ "the Florida senator", "the Democratic nominee": the capitalised modifiers of a role
    that are no one's name ("the Cruz adviser") nor an acronym ("the RNC member")."""
    found = [(t, context.people.find([t.text])) for t in modifiers if t.capitalised]
    return [
        t.text
        for t, known in found
        if not t.text.isupper() and (known is None or known.kind != "person")
    ]


def _acronym_after(tokens: Sequence[Token], index: int) -> str | None:
    """ "(IMF)" right after an organisation's name: the short name the article goes on with."""
    if index + 2 < len(tokens) and tokens[index].text == "(" and tokens[index + 2].text == ")":
        word = tokens[index + 1].text
        if is_acronym(word):
            return word
    return None


def salience(
    mentions: Sequence[Mention], speakers: Sequence[Entity], subject: Entity | None = None
) -> list[Entity]:
    """Whom a sentence puts forward, most salient first: its speakers, then its subject when
    a pronoun names it, then the people it names outside a prepositional phrase, then the
    others, each in order."""
    ranked = [m.entity for m in sorted(mentions, key=lambda m: (m.object_position, m.index))]
    return list(dict.fromkeys([*speakers, *([subject] if subject else []), *ranked]))


def describing_subject(
    sentence: Sentence, mentions: Sequence[Mention], lang: LanguagePack
) -> Mention | None:
    """ "His former partner, Jo Reed, called him a master of deals.": the one person named
    outside a prepositional phrase before the sentence's first describing verb, in its main
    clause (no subordinator, relative or "that" before the verb)."""
    tokens, words = sentence.tokens, lang.words
    verb = next(
        (
            k
            for k, t in enumerate(tokens)
            if not t.capitalised and not sentence.quoted[k] and lang.speech.partial_verb(t.text)
        ),
        0,
    )
    if verb < 1 or any(
        t.lower in words.subordinators or t.lower in words.relatives_and_complementizers
        for t in tokens[:verb]
    ):
        return None
    named = [m for m in mentions if m.index < verb and not m.object_position]
    if len({m.entity for m in named}) != 1:
        return None
    person = named[0].entity
    return named[0] if person.kind == "person" and not person.unnamed else None


def in_passing(
    mentions: Sequence[Mention], speakers: Sequence[Entity], subject: Entity | None = None
) -> frozenset[Entity]:
    """The people a sentence names only inside a prepositional phrase ("the rise of X"): a
    later pronoun points to them only when no one put forward nearby agrees."""
    put_forward = {*speakers, subject, *(m.entity for m in mentions if not m.passing)}
    return frozenset(m.entity for m in mentions if m.entity not in put_forward)


def add_named(context: Context, words: Sequence[Token], hit: NameHit) -> Entity:
    """The entity a name read in a speaker's noun phrase stands for, added to the registry
    with the role written before it."""
    start = words[hit.first].start
    if hit.kind == "organization":
        tokens = words[hit.first : hit.last]
        written = [t.text for t in tokens] == list(hit.words)
        name = with_left_out_articles(context.text, tokens, context.lang) if written else hit.words
        return context.people.add(list(name), start, "organization")
    role, role_gender = role_before(words, hit.run_start, context.lang)
    role_gender = _unless_first_name(hit, role_gender)
    entity = context.people.add(list(hit.words), start, "person", hit.gender or role_gender)
    context.people.note_roles(entity, (*_roles_of(hit, context.lang), *([role] if role else [])))
    return entity


def _unless_first_name(hit: NameHit, role_gender: Gender | None) -> Gender | None:
    """A role's gender, unless a firm first name says otherwise: "spokesman" is also written
    of women ("spokesman Ann Reed"), a first name rarely misleads."""
    named, weak = gender_from_first_name(hit.words)
    return None if named and not weak and named != role_gender else role_gender


def _roles_of(hit: NameHit, lang: LanguagePack) -> tuple[str, ...]:
    """The roles a name is written with, an abbreviated title's included ("Sen." -> senator)."""
    titled = lang.people.honorific_roles.get(hit.honorific or "")
    return (*hit.roles, *([titled] if titled else []))


HEADLINE_MAX_WORDS = 25  # a title-case paragraph of several sentences longer than this is a list


@lru_cache(maxsize=64)  # asked once per sentence: one reading per paragraph keeps it linear
def is_headline(paragraph: Paragraph) -> bool:
    """A title-case line, whatever kind it was given. One that ends with a full stop ("Mayor
    Wins Second Term As Rivals Split.") has every word capitalised, unlike a sentence full of
    names ("Senator Ann Reed and Mayor Bo Lind met on Monday."); so has one that ends with a
    colon ("Reporter Jo Vell says:" introduces a quote)."""
    if paragraph.kind not in ("title", "subheading", "body"):
        return False
    own = re.sub(r"[«“\"‘][^«»“”\"‘’]*[»”\"’]", " ", paragraph.text)  # its own words, not a quote's
    if re.search(r"[.!?…:][”»\"’)]*\s*$", paragraph.text):
        words = re.findall(r"[^\W\d_]{3,}", own)
        single = not re.search(r"[.!?…][”»\"’)]*\s+\S", paragraph.text)
        short = len(words) <= HEADLINE_MAX_WORDS  # "Reed Wins. Lind Concedes.", not a list
        return (single or short) and len(words) >= 4 and all(w[0].isupper() for w in words)
    words = [w for w in re.findall(r"\w+", own) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _credit_start(text: str, sentence: Sentence, paragraph: Paragraph) -> int:
    """Where a caption's photo credit begins ("(Name/Agency)"): names there are not subjects."""
    if paragraph.kind != "caption":
        return sentence.end + 1
    match = re.search(r"\([^()]*/[^()]*\)\s*$", text[sentence.start : sentence.end])
    return sentence.start + match.start() if match else sentence.end + 1


def role_before(
    tokens: Sequence[Token], index: int, lang: LanguagePack
) -> tuple[str | None, Gender | None]:
    """The role noun heading a name's noun phrase: "le président ukrainien X", "la ministre X"."""
    for k in range(index - 1, max(-1, index - 8), -1):
        tok = tokens[k]
        if tok.text in ",":
            if k == index - 1:
                continue
            break
        if not tok.text[0].isalnum() or lang.speech.verb(tok.text):
            break
        if k == index - 1 and fold_apostrophe(tok.lower) in lang.words.affiliation_prepositions:
            break  # "an attorney for X's family", "a spokesman for X": X holds no such role
        found = role_at(tokens, k, lang) or _plural_role(tok, lang)
        if found and not _complement_role(tokens, k, lang):
            return _phrase_ending_at(tokens, k, lang) or found
    return None, None


def _phrase_ending_at(
    tokens: Sequence[Token], k: int, lang: LanguagePack
) -> tuple[str, Gender | None] | None:
    """ "le Premier ministre X": the set phrase the role word at ``k`` ends, read as the
    speaker's "le Premier ministre" is later, not "ministre" alone."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if role_length(tokens, j, lang) == k - j + 1:
            return role_at(tokens, j, lang)
    return None


def _plural_role(tok: Token, lang: LanguagePack) -> tuple[str, Gender | None] | None:
    """ "hosts Ann Reed and Bo Lind": a plural role before names gives each the singular."""
    singular = lang.people.plural_roles.get(tok.lower)
    return (singular, lang.people.roles.get(singular)) if singular else None


def _complement_role(tokens: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "le porte-parole du ministre, X", "l'avocat de la famille de la victime, X": a role
    after "de" and its article is what the head noun before it is of, not the name's role."""
    j = k - 1
    if j >= 0 and fold_apostrophe(tokens[j].lower) in lang.words.determiners:
        j -= 1
    return j >= 0 and fold_apostrophe(tokens[j].lower) in lang.words.affiliation_prepositions


def _role_after(tokens: Sequence[Token], index: int, lang: LanguagePack) -> list[str]:
    """An appositive role right after a name: "Milley, président des…", "X, a spokeswoman"."""
    if index < len(tokens) and tokens[index].text == ",":
        for k in range(index + 1, min(len(tokens), index + 4)):
            found = role_at(tokens, k, lang)
            if found:
                return [found[0]]
            if not tokens[k].text[0].isalpha():
                break
    return []


PASSING_REACH = 6  # words from a name back to the preposition that governs it, at most


def _in_passing(context: Context, tokens: Sequence[Token], index: int) -> bool:
    """ "the rise of X", "between Y and X", "more than X": a name that a passing preposition
    of the pack governs inside its clause. Not "As for X, …" (an opening phrase: a topic),
    nor past a verb, a conjunction or another person ("… chairs after X said", "… was X's
    plan", "the rise of Y gave X")."""
    lang, words = context.lang, context.lang.words
    for k in range(index - 1, max(-1, index - 1 - PASSING_REACH), -1):
        low = fold_apostrophe(tokens[k].lower)
        if (
            not tokens[k].text[0].isalnum()
            or lang.speech.verb(low)
            or low in words.clause_boundaries
        ):
            return False
        if _another_person(context, tokens, k):
            return False
        if low in words.object_prepositions:
            passing = low in words.passing_prepositions
            # "For X, …", "As for X, …"
            opening = all(t.lower in words.prepositions for t in tokens[:k])
            return passing and not opening and not title_words(tokens[k + 1 : index], lang)
    return False


def _another_person(context: Context, tokens: Sequence[Token], k: int) -> bool:
    """A person's name ends at ``k`` and no "and" joins it to the next one."""
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if not tokens[k].capitalised or after in context.lang.words.coordinators:
        return False
    known = context.people.find([tokens[k].text])
    return known is not None and known.kind == "person"


def pronoun_gender(word: str, lang: LanguagePack) -> tuple[bool, Gender | None]:
    """(is a singular personal pronoun, its gender) for "il", "elle", "-t-il", "he", "she"."""
    low = word.casefold()
    inverted = lang.speech.inverted(low)
    if inverted:
        low = inverted[1]
    pronoun = lang.people.subject_pronouns.get(low)
    if pronoun is not None and pronoun.personal and not pronoun.plural:
        return True, pronoun.gender
    return False, None


def tonic_gender(word: str, lang: LanguagePack) -> tuple[bool, Gender | None]:
    """(is a singular stressed pronoun, its gender): "selon lui", "according to her"."""
    pronoun = lang.people.tonic_pronouns.get(word.casefold())
    return (True, pronoun.gender) if pronoun is not None else (False, None)
