"""The units the quote engine reads: sentences with their tokens, never cut inside quote marks.

A quote and its attribution stay in one sentence, even when the quote goes on from the
previous paragraph. Sentences are cut by the analysis's own splitter (``document``); a run of
text without any sentence end (a page of unclosed quote marks) is read in bounded pieces, so
that reading stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from bot.text.document import split_sentences
from bot.text.marks import quote_spans
from bot.text.model import Paragraph
from bot.text.quotes.candidates import Candidate
from bot.text.quotes.tokens import Token, tokenize

# No real sentence is longer; a longer run without a full stop is read in pieces of this size.
MAX_SENTENCE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    tokens: list[Token]
    quoted: list[bool]  # per token: inside quote marks
    starts: list[int] = field(init=False)  # per token: its start, for bisection
    # per lower-cased word: the indices of its tokens, so that looking back for a word costs
    # its occurrences, not the article's length
    positions: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [t.start for t in self.tokens])
        positions: dict[str, list[int]] = {}
        for k, token in enumerate(self.tokens):
            positions.setdefault(token.lower, []).append(k)
        object.__setattr__(self, "positions", positions)

    def index_at(self, position: int) -> int:
        """Index of the first token starting at or after ``position``."""
        return bisect.bisect_left(self.starts, position)

    def ended_by(self, position: int) -> int:
        """How many tokens end at or before ``position``: ``tokens[:ended_by(p)]`` are the
        words before ``p``, found by bisection instead of a pass over the sentence (only the
        last token starting before ``p`` may run past it)."""
        k = self.index_at(position)
        return k - 1 if k and self.tokens[k - 1].end > position else k

    def words_before(self, position: int, count: int) -> list[Token]:
        """The last ``count`` tokens that end at or before ``position`` (fewer near the
        sentence's start): the few words a reader looks back at before a quote mark."""
        earlier = self.ended_by(position)
        return self.tokens[max(0, earlier - count) : earlier]

    def unquoted_before(self, position: int) -> Iterator[Token]:
        """The tokens outside quote marks that end at or before ``position``, nearest first:
        a reader of the last few words before a quote stops when it has them."""
        for k in range(self.ended_by(position) - 1, -1, -1):
            if not self.quoted[k]:
                yield self.tokens[k]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside ``start..end`` (offsets into the article)."""
        low = high = self.index_at(start)
        while high < len(self.tokens) and self.tokens[high].end <= end:
            high += 1
        return self.tokens[low:high]


def sentences_of(
    text: str, paragraph: Paragraph, candidates: Sequence[Candidate], language: str
) -> list[Sentence]:
    """Sentences of a paragraph, never cut inside quote marks (a quote and its attribution
    stay together)."""
    start, end = paragraph.start, paragraph.start + len(paragraph.text)
    spans = quote_spans(text, start, end)
    inside = [(s.open_at, s.close_at if s.close_at is not None else end) for s in spans]
    for candidate in candidates:  # a quote continued from the previous paragraph
        for s, e in candidate.segments:
            if start <= s <= end:
                inside.append((s - 1, e))
    quoted_at = _covered(inside, start, end)
    local = [(a - start, b - start) for a, b in inside]
    sentences = split_sentences(paragraph.text, language, local)
    cuts = [start] + [start + s for s, _ in sentences[1:]] + [end]
    cuts = _bounded(text, cuts)
    tokens = tokenize(text, language, start, end)
    token_starts = [t.start for t in tokens]
    result = []
    for s, e in itertools.pairwise(cuts):
        own = tokens[bisect.bisect_left(token_starts, s) : bisect.bisect_left(token_starts, e)]
        if own:
            quoted = [quoted_at[t.start - start] for t in own]
            result.append(Sentence(paragraph.index, s, e, own, quoted))
    return result


def _bounded(text: str, cuts: Sequence[int]) -> list[int]:
    """``cuts`` with more cuts (after a space when there is one) so that no sentence is
    longer than :data:`MAX_SENTENCE_CHARS`."""
    bounded = [cuts[0]]
    for cut in cuts[1:]:
        while cut - bounded[-1] > MAX_SENTENCE_CHARS:
            limit = bounded[-1] + MAX_SENTENCE_CHARS
            space = text.rfind(" ", bounded[-1] + 1, limit)
            bounded.append(space + 1 if space != -1 else limit)
        bounded.append(cut)
    return bounded


def _covered(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[bool]:
    """For each offset ``start..end``: whether a span ``(a, b)`` has ``a <= offset <= b``.
    One pass whatever the number of spans: a paragraph with thousands of quote marks must
    not cost thousands of passes over its tokens."""
    depth = [0] * (end - start + 2)
    for a, b in spans:
        low, high = max(a, start), min(b, end)
        if low <= high:
            depth[low - start] += 1
            depth[high - start + 1] -= 1
    return [running > 0 for running in itertools.accumulate(depth[:-1])]
