"""The speaker of an incise after a quote whose subject carries where it works ("“…,” a worker
with the ambulance service said", "“…,” journalist Jo Vell from KVTL said"): the preposition
ties the person to a body and does not end the attribution. Kept apart from ``clauses`` so
that module stays under its size."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack
from bot.text.quotes.people.roles import role_at
from bot.text.quotes.tokens import Token

_SUBJECT_WORDS = 4  # words of the subject before its preposition, at most


def subject_before_affiliation(words: Sequence[Token], lang: LanguagePack) -> int | None:
    """Where the subject ends in ``words`` (the words before the speech verb) when a
    preposition follows a name or a role noun and opens a body's noun phrase ("with the
    ambulance service", "from KVTL"); None otherwise."""
    prepositions = lang.words.object_prepositions & lang.words.stop_prepositions
    for k in range(1, min(len(words) - 1, _SUBJECT_WORDS + 1)):
        if words[k].lower not in prepositions:
            continue
        before, after = words[k - 1], words[k + 1]
        holder = before.capitalised or role_at(words, k - 1, lang)
        body = after.capitalised or after.lower in lang.words.determiners
        opening = (
            words[0].capitalised
            or words[0].lower in lang.words.determiners
            or role_at(words, 0, lang)
        )
        named_body = after.capitalised and words[k].lower in lang.people.organisation_connectors
        if named_body and before.lower in lang.people.organisations | lang.people.departments:
            return None  # "the Commission on Fair Contests said": the body's own name
        if holder and body and opening and all(t.text[0].isalnum() for t in words[:k]):
            return k
        return None
    return None
