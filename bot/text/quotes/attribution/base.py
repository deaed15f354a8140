"""The seam of the attribution stage: what a language's attribution strategy answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.text.quotes.candidates import Attribution, Candidate

if TYPE_CHECKING:
    from bot.text.quotes.context import Context
    from bot.text.quotes.indirect import ReportedSpeech
    from bot.text.quotes.sentences import Sentence
    from bot.text.quotes.tokens import Token


@dataclass(frozen=True, slots=True)
class Finding:
    """What attribution found for one candidate; the reading loop applies it."""

    attribution: Attribution | None = None  # None: no speech act found around the marks
    speech: bool = True  # False: a term or a title in marks, never a quote
    term: bool = False  # a few words completing a noun: reported speech may still claim them
    incise: tuple[int, int, int] | None = None  # (segment, cut, resume): « A, dit-il, B »
    resumes_at: int | None = None  # opening mark where the quote goes on: “A,” he said, “B”


class Attributor(Protocol):
    """A language's way of naming who said what; the reading loop asks it about each sentence.

    ``quote``, ``partial`` and ``reported`` are the stage's entry points; ``subject`` and
    ``noun_phrase`` are the questions the rules ask on the way, so a strategy that knows
    better (a dependency parse, a trained scorer) can answer those and keep the rest.
    """

    def quote(
        self, context: Context, sentence: Sentence, candidate: Candidate, after_only: bool
    ) -> Finding:
        """The speech act around a quote: an incise, a clause after it or before it.
        ``after_only`` for a quote opened in an earlier paragraph."""
        ...

    def partial(
        self, context: Context, sentence: Sentence, candidate: Candidate
    ) -> Attribution | None:
        """A quote inside a sentence whose verb reports speech: "X called it “a disaster”"."""
        ...

    def reported(
        self, context: Context, sentence: Sentence, own: Sequence[Candidate]
    ) -> ReportedSpeech:
        """Indirect speech in ``sentence``, and the quotes of ``own`` it covers."""
        ...

    def bare(
        self, context: Context, sentence: Sentence, candidate: Candidate
    ) -> Attribution | None:
        """Who says a quote no speech act introduces: the subject of its sentence
        ("X a salué « un geste fort »"); None when the sentence names nobody before it."""
        ...

    def subject(
        self, context: Context, sentence: Sentence, words: Sequence[Token]
    ) -> Attribution | None:
        """The speaker named by the words before a speech verb."""
        ...

    def noun_phrase(
        self, context: Context, sentence: Sentence, phrase: Sequence[Token]
    ) -> Attribution | None:
        """The speaker a noun phrase names: a name, a pronoun, a role, an organisation."""
        ...
