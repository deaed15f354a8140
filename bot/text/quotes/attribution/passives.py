"""A passive speech verb ("X was asked by Y"): its agent speaks, never its subject."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.quotes.attribution.phrase_ends import phrase_after
from bot.text.quotes.candidates import Attribution
from bot.text.quotes.context import Context
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token


def passive(
    context: Context, sentence: Sentence, pre: Sequence[Token], verb: Token, after: Sequence[Token]
) -> Attribution | None:
    """ "X was asked by host Y, “…”", "X was asked, “…”": a passive speech verb (``pre`` ends
    with its auxiliary, ``after`` follows it) is said by its agent, else by someone unnamed,
    never by its subject. None when the verb is not passive ("X is telling", progressive)."""
    speech, participle = context.lang.speech, context.lang.words.aside_participle
    if not pre or pre[-1].lower not in speech.passive_auxiliaries:
        return None
    if participle is not None and participle.fullmatch(verb.text):
        return None
    if after and after[0].lower == speech.passive_agent:
        found = context.attributor.noun_phrase(
            context, sentence, phrase_after(after[1:], context.lang)
        )
        if found is not None:
            return found
    return Attribution(None, None)


def passive_clause(
    context: Context, sentence: Sentence, words: Sequence[Token]
) -> Attribution | None:
    """ "Ann Reed was asked by host Bo Lind, who backs her, whether …": a sentence whose own
    verb is a passive speech verb with an agent (no comma or relative before it) is the
    agent's, however far the quote is."""
    speech = context.lang.speech
    for v in range(1, len(words) - 1):
        tok = words[v]
        if tok.text == "," or tok.lower in context.lang.words.relatives:
            return None
        if (
            words[v - 1].lower in speech.passive_auxiliaries
            and speech.verb(tok.text)
            and words[v + 1].lower == speech.passive_agent
        ):
            found = passive(context, sentence, words[:v], tok, words[v + 1 :])
            return found if found is not None and found.speaker is not None else None
    return None
