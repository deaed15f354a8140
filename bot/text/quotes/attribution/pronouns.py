"""Whom a subject pronoun stands for ("il", "-t-elle", "she", "ajoute-t-on"): the person
recent sentences put forward, or the organisation an impersonal or agreeing pronoun carries
on (``impersonal``). Kept apart from ``phrases`` (which reads every noun phrase)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.attribution.impersonal import body_pronoun, impersonal_body, thing_body
from bot.text.quotes.candidates import Attribution
from bot.text.quotes.context import Context
from bot.text.quotes.people.antecedents import subjects_and_objects_before
from bot.text.quotes.people.mentions import pronoun_gender
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token


def speech_owner(
    context: Context, sentence: Sentence, words: Sequence[Token], verb: int
) -> Attribution | None:
    """ "…, and his call for “a total ban”", "her claim that she “never sent …”": the speech
    verb at ``verb`` in ``words`` is a noun a possessive pronoun owns; whom the pronoun stands
    for said the words, whatever the sentence's subject ("His standing improved")."""
    lang = context.lang.words
    after = words[verb + 1] if verb + 1 < len(words) else None
    if verb == 0 or after is None:
        return None
    if after.text[:1].isalnum() and after.lower not in lang.prepositions | lang.complementizers:
        return None  # "her email account": a noun the word modifies, no speech of hers
    word = words[verb - 1]
    pronoun = context.lang.people.possessive_pronouns.get(fold_apostrophe(word.lower))
    if pronoun is None or pronoun.plural or not pronoun.personal:
        return None
    holder = antecedent(context, sentence, word.start, pronoun.gender)
    return Attribution(holder, word.text) if holder is not None else None


def pronoun_attribution(
    context: Context, sentence: Sentence, carrier: Token, pronoun: str
) -> Attribution:
    """The speaker a subject pronoun ("il", "-t-elle", "she") stands for."""
    is_pronoun, gender = pronoun_gender(pronoun, context.lang)
    mention = carrier.text[carrier.text.find("-") :] if "-" in carrier.text else carrier.text
    if not is_pronoun:
        body = impersonal_body(context, carrier, pronoun) or thing_body(context, sentence, carrier)
        return Attribution(body, mention)
    return Attribution(pronoun_speaker(context, sentence, carrier, gender), mention)


def pronoun_speaker(
    context: Context, sentence: Sentence, carrier: Token, gender: Gender | None
) -> Entity | None:
    """Whom "il", "elle" stands for: the person it points to, or the organisation that
    spoke or opened the narration since (``impersonal.body_pronoun``)."""
    person = antecedent(context, sentence, carrier.start, gender)
    return body_pronoun(context, sentence, carrier, gender, person) or person


def antecedent(
    context: Context, sentence: Sentence, position: int, gender: Gender | None
) -> Entity | None:
    """The person a pronoun points to: people named earlier in this sentence, then the people
    recent prose sentences put forward. "Elle" never goes to a man."""
    subjects, passing = subjects_and_objects_before(context, sentence, position)
    people = context.people
    # "« … » pour ceux qui voient M. X, a-t-il dit": a name in a prepositional phrase of the
    # sentence comes after the people recent sentences put forward
    # a first name only usually of the other gender ("Terry") yields to someone of the
    # pronoun's gender named earlier in its sentence
    found = people.antecedent(
        subjects + context.discourse.recently_salient() + passing, gender, subjects + passing
    )
    return found if found is not None else people.latest_person(gender, sentence.start)
