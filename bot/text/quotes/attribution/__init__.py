"""Attribution: the cue (the speech act around a quote) and its subject (who spoke).

``attributor_for(language)`` is the strategy the reading loop asks. Today every language uses
:class:`RuleAttributor`, the hand-written rules of ``cues``, ``clauses``, ``subjects``,
``phrases`` and ``indirect``, fed by the language's pack. A language with better means
plugs in here: a subclass that answers :meth:`~base.Attributor.subject` from a dependency
parse (the sentence's spaCy ``Doc`` is ``context.evidence.doc``), or one that scores cue and
source spans with a trained model, registered in :data:`ATTRIBUTORS` under its language code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.text.quotes import indirect
from bot.text.quotes.attribution import cues, phrases, subjects
from bot.text.quotes.attribution.base import Attributor, Finding
from bot.text.quotes.candidates import Attribution, Candidate

if TYPE_CHECKING:
    from bot.text.quotes.context import Context
    from bot.text.quotes.sentences import Sentence
    from bot.text.quotes.tokens import Token

__all__ = ["ATTRIBUTORS", "Attributor", "Finding", "RuleAttributor", "attributor_for"]


class RuleAttributor:
    """The rules every language uses unless it registers better: cue words from the pack,
    subjects found by position, names and pronouns resolved through the people registry."""

    def quote(
        self, context: Context, sentence: Sentence, candidate: Candidate, after_only: bool
    ) -> Finding:
        return cues.find(context, sentence, candidate, after_only)

    def partial(
        self, context: Context, sentence: Sentence, candidate: Candidate
    ) -> Attribution | None:
        return indirect.partial(context, sentence, candidate)

    def reported(
        self, context: Context, sentence: Sentence, own: Sequence[Candidate]
    ) -> indirect.ReportedSpeech:
        return indirect.reported(context, sentence, own)

    def bare(
        self, context: Context, sentence: Sentence, candidate: Candidate
    ) -> Attribution | None:
        return subjects.sentence_subject(context, sentence, candidate)

    def subject(
        self, context: Context, sentence: Sentence, words: Sequence[Token]
    ) -> Attribution | None:
        return subjects.subject(context, sentence, words)

    def noun_phrase(
        self, context: Context, sentence: Sentence, phrase: Sequence[Token]
    ) -> Attribution | None:
        return phrases.noun_phrase(context, sentence, phrase)


# Language code -> its strategy; a language not listed uses the rules.
ATTRIBUTORS: dict[str, Attributor] = {}
_RULES = RuleAttributor()


def attributor_for(language: str) -> Attributor:
    return ATTRIBUTORS.get(language, _RULES)
