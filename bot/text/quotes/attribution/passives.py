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
    verb is a passive speech verb with an agent (no comma or relative before it, no clause
    with a subject of its own after it: not "Reed was told by Lind that …, and she called
    it") is the agent's, however far the quote is."""
    speech, grammar = context.lang.speech, context.lang.words
    for v in range(1, len(words) - 1):
        tok = words[v]
        if tok.text == "," or tok.lower in grammar.relatives:
            return None
        if (
            words[v - 1].lower in speech.passive_auxiliaries
            and speech.verb(tok.text)
            and words[v + 1].lower == speech.passive_agent
        ):
            if _own_clause_after(words[v + 1 :], context):
                return None
            found = passive(context, sentence, words[:v], tok, words[v + 1 :])
            return found if found is not None and found.speaker is not None else None
    return None


def _own_clause_after(words: Sequence[Token], context: Context) -> bool:
    """ "…, and she called it", "… that it would wait, but Reed said": a later clause with a
    subject of its own (a subject pronoun, or a name right after "and", "but", "that")."""
    lang = context.lang
    openers = lang.words.coordinators | lang.words.complementizers
    return any(
        t.lower in lang.people.subject_pronouns
        or (k + 1 < len(words) and t.lower in openers and words[k + 1].capitalised)
        for k, t in enumerate(words)
    )
