"""An impersonal incise that stands for the institution quoted just before ("précise le
ministère. « … », ajoute-t-on"): "on" inverted after a speech verb carries on the body's
words. Kept apart from ``phrases`` so that module stays readable."""

from __future__ import annotations

import itertools
import re

from bot.text.lang import fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.context import Context
from bot.text.quotes.people.registry import Entity
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
    body = next(context.people.organisations_before(carrier.start), None)
    if body is None or (person is not None and person.last_seen > body.last_seen):
        return None
    for earlier in [*context.discourse.sentences[-1:], sentence]:
        if not earlier.start <= body.last_seen < earlier.end:
            continue
        k = earlier.index_at(body.last_seen)
        if k < len(earlier.tokens) and fold_apostrophe(earlier.tokens[k].lower) in (
            lang.words.determiners
        ):
            k += 1  # the mention starts on its article
        if k < 1 or k >= len(earlier.tokens) or earlier.quoted[k]:
            return None
        noun = earlier.tokens[k]
        if not (noun.text.islower() and noun.lower in lang.people.organisations):
            return None  # "la Russie", "le Canada": a country, not a body with a noun
        article = fold_apostrophe(earlier.tokens[k - 1].lower)
        if lang.words.gendered_determiners.get(article) != gender:
            return None
        before = earlier.tokens[max(0, k - 1 - VERB_REACH) : k - 1]
        words = list(itertools.takewhile(lambda t: t.text[0].isalnum(), reversed(before)))
        if k == 1 or any(lang.speech.verb(t.text) for t in words):
            return body  # "a annoncé le même jour la préfecture"
    return None
