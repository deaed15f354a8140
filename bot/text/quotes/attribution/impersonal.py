"""An impersonal incise that stands for the institution quoted just before ("précise le
ministère. « … », ajoute-t-on"): "on" inverted after a speech verb carries on the body's
words. Kept apart from ``phrases`` so that module stays readable."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.context import Context
from bot.text.quotes.people.mentions import pronoun_gender
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.people.roles import modifies_role
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

VERB_REACH = 4  # words between a speech verb and the body's article, at most
AFTER_CHARS = 60  # of the text read after the incise
_WORD = re.compile(r"^\s*\w[\w'’-]*")


def impersonal_body(context: Context, carrier: Token, pronoun: str) -> Entity | None:
    """ "ajoute-t-on", "a-t-on précisé": an impersonal subject pronoun inverted after a
    speech verb, right after an organisation spoke, is that organisation still; None when
    the last speaker is a person (an unnamed "on" names no one) or words follow the incise."""
    lang = context.lang
    inverted = lang.speech.inverted(carrier.text)
    if inverted is None:
        return None
    after = context.text[carrier.end : carrier.end + AFTER_CHARS]
    if inverted[0] in lang.speech.perfect_auxiliaries:
        after = _WORD.sub("", after, count=1)  # "a-t-on ajouté": the participle
    if after.lstrip()[:1].isalnum():
        return None  # "souligne-t-on de source gouvernementale": its own source
    found = lang.people.subject_pronouns.get(pronoun.casefold())
    if found is None or found.personal:
        return None
    speaker = context.people.last_speaker
    return speaker if speaker is not None and speaker.kind == "organization" else None


def body_pronoun(
    context: Context,
    sentence: Sentence,
    carrier: Token,
    gender: Gender | None,
    person: Entity | None,
) -> Entity | None:
    """ "Le parquet a ouvert une enquête visant « … », a-t-il précisé", "« … », a annoncé la
    préfecture. « … », a-t-elle ajouté": "il" or "elle" after an organisation that opened
    the narration of this sentence or the one before, or came right after a speech verb, named
    by a lower-case organisation noun ("le parquet de Lyon", not "la Russie"), and
    later than ``person`` (the one the pronoun would go to), is that organisation when the
    article of its noun agrees."""
    lang = context.lang
    if gender is None or not lang.words.gendered_determiners:
        return None
    recent = [*context.discourse.sentences[-1:], sentence]
    for body in context.people.organisations_before(carrier.start, recent[0].start):
        if person is not None and person.last_seen > body.last_seen:
            return None
        earlier = next((s for s in recent if s.start <= body.last_seen < s.end), None)
        if earlier is None:
            continue
        if _leads(earlier, body, gender, lang) or (
            person is None and _agrees(earlier, body, gender, lang)
        ):
            return body
    return None


def _mention_noun(sentence: Sentence, body: Entity, lang: LanguagePack) -> int:
    """The index in ``sentence`` of the first word after the article of ``body``'s mention
    at its ``last_seen`` ("la préfecture": "préfecture"; "Reuters": "Reuters")."""
    tokens = sentence.tokens
    k = sentence.index_at(body.last_seen)
    if k < len(tokens) and fold_apostrophe(tokens[k].lower) in lang.words.determiners:
        k += 1  # the mention starts on its article
    return k


def _leads(sentence: Sentence, body: Entity, gender: Gender, lang: LanguagePack) -> bool:
    """Whether ``body``, at its ``last_seen`` in ``sentence``, is named by a lower-case noun
    whose article agrees with ``gender`` ("la préfecture", not "la Russie") and opens the
    narration, follows a speech verb or is a speech verb's subject, with no pronoun of that
    gender before it in the sentence."""
    tokens = sentence.tokens
    k = _mention_noun(sentence, body, lang)
    if k < 1 or k >= len(tokens) or sentence.quoted[k]:
        return False
    noun = tokens[k]
    if not (noun.text.islower() and noun.lower in lang.people.organisations):
        return False  # "la Russie", "le Canada": a country, not a body with a noun
    if lang.words.gendered_determiners.get(fold_apostrophe(tokens[k - 1].lower)) != gender:
        return False
    if any(
        not sentence.quoted[j] and pronoun_gender(tokens[j].text, lang) == (True, gender)
        for j in range(k)
    ):
        return False  # "Il craint que « … », écrit le quotidien. Il estime": his words still
    before = tokens[max(0, k - 1 - VERB_REACH) : k - 1]
    words = list(itertools.takewhile(lambda t: t.text[0].isalnum(), reversed(before)))
    if k == 1 or any(lang.speech.verb(t.text) for t in words):
        return True  # "a annoncé le même jour la préfecture"
    end = _name_end(tokens, k + 1, lang)
    # "…, la préfecture (du Var) considère « … ». Elle estime"
    return end < len(tokens) and not sentence.quoted[end] and lang.speech.verb(tokens[end].text)


def _agrees(sentence: Sentence, body: Entity, gender: Gender, lang: LanguagePack) -> bool:
    """ "l'Agence régionale de santé (ARS) a … Si elle reconnaît": with no person to point to,
    a body whose noun has the pronoun's gender, named in ``sentence`` by that noun as no
    preposition's object ("édité par l'Institut …": in passing)."""
    if lang.people.organisation_genders.get(body.words[0].casefold()) != gender:
        return False
    tokens = sentence.tokens
    last = min(sentence.index_at(body.last_seen), len(tokens) - 1)
    head = next((k for k in range(last, -1, -1) if tokens[k].text == body.words[0]), None)
    if head is None:
        return False
    k = head - 1
    if k >= 0 and fold_apostrophe(tokens[k].lower) in lang.words.determiners:
        k -= 1
    return k < 0 or fold_apostrophe(tokens[k].lower) not in lang.words.object_prepositions


def _name_end(tokens: Sequence[Token], k: int, lang: LanguagePack) -> int:
    """Where a body's name that goes on from ``k`` ends ("du Var", "de la Santé")."""
    inside = lang.words.affiliation_prepositions | lang.words.determiners
    while k < len(tokens) and (
        tokens[k].capitalised
        or fold_apostrophe(tokens[k].lower) in inside
        or tokens[k].lower in lang.people.departments
    ):
        k += 1
    return k


OPENING_REACH = 4  # tokens of an opening adverbial before the body's article ("Still,"), at most


def thing_body(context: Context, sentence: Sentence, carrier: Token) -> Entity | None:
    """ "The council opposed an increase. “…,” it recommended", "“…,” the paper wrote. “…,” it
    added": a pronoun for a thing ("it") stands for the organisation that opened the narration
    of this sentence or the one before (after a quote, or a short adverbial and its comma), or
    came right after a speech verb; not one named inside the clause ("a letter to the bank"),
    nor one a speech verb addresses ("told CNN")."""
    lang = context.lang
    pronoun = lang.people.subject_pronouns.get(carrier.lower)
    if pronoun is None or not pronoun.thing:
        return None
    recent = [*context.discourse.sentences[-1:], sentence]
    for body in context.people.organisations_before(carrier.start, recent[0].start):
        for earlier in recent:
            if earlier.start <= body.last_seen < earlier.end and _opens(earlier, body, lang):
                return body
    return None


def _opens(sentence: Sentence, body: Entity, lang: LanguagePack) -> bool:
    """Whether the mention of ``body`` at its ``last_seen`` is the subject ``sentence`` opens
    its narration with, or the one a speech verb right before it inverts."""
    tokens = sentence.tokens
    k = _mention_noun(sentence, body, lang)
    if k >= len(tokens) or sentence.quoted[k]:
        return False
    end = k
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    if modifies_role(tokens, end, lang):
        return False  # "White House spokesman Josh Earnest": the spokesman is the subject
    if k and fold_apostrophe(tokens[k - 1].lower) in lang.words.determiners:
        k -= 1  # the mention starts on its article
    before = [j for j in range(k) if not sentence.quoted[j]]
    words = [tokens[j] for j in before if tokens[j].text[0].isalnum()]
    if not words:
        return True  # "“…,” the newspaper admitted", "Reuters reported"
    if before[0] == 0 and len(before) <= OPENING_REACH and tokens[before[-1]].text == ",":
        return True  # "Still, the council opposed"
    verb = words[-1]  # "said the council", not "told CNN" (its listener), not "the States"
    return (
        not verb.capitalised
        and lang.speech.verb(verb.text)
        and verb.lower not in lang.speech.listener_verbs
    )
