"""Speech verbs in the infinitive: "X a appelé Y à dénoncer des « … »", "X s'est bornée à
dire que …". The quote is the words of the subject of the verb that governs the infinitive,
so ``subjects``, ``cues`` and ``indirect`` read the subject before that verb."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.tokens import Token


def governing_verb(words: Sequence[Token], verbs: Sequence[int], lang: LanguagePack) -> int | None:
    """ "X a appelé Y à dénoncer des « … »", "X a poussé Y à qualifier de « … »": when the
    last speech verb of ``verbs`` is an infinitive after its marker, the verb governing it (a
    speech verb before the marker, else the first perfect auxiliary), whose subject says the
    quote, not the object Y asked to; None otherwise."""
    last = verbs[-1] if verbs else 0
    if not last or fold_apostrophe(words[last - 1].lower) not in lang.words.infinitive_markers:
        return None
    earlier = [k for k in verbs[:-1] if k < last - 1]
    if earlier:
        return earlier[-1]
    auxiliaries = lang.speech.perfect_auxiliaries
    return next((k for k, t in enumerate(words[:last]) if t.lower in auxiliaries), None)
