"""Extractive summaries: the article's own sentences, ranked, never rewritten.

A summary built from verbatim sentences cannot misquote anyone. News is written
with the essentials first, so position carries most of the signal; centrality
(how much of the article's vocabulary a sentence shares) lifts a sentence that
restates the story, and penalties push down what reads badly on its own:
fragments, questions, bare quotes and sentences that lean on the previous one.
Captions, promos, headings and newsroom boilerplate are never candidates.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol, TypeVar

from bot.text.lang import pack, packs
from bot.text.model import Paragraph, Sentence


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal counts.

    Set by hand, then measured with bench/eval_summaries.py: ``position_decay`` and
    ``centrality`` were picked from a small grid on the even half of the shared sets
    (the odd half is the check); ``no_name`` and ``figure`` from four settings that
    had to help on both halves; ``unbalanced`` is for readers (ROUGE-neutral); ``thin``
    and its 10 content words from a grid (7-14 words, 0.2-0.8) on the even half, the odd
    half the check. Nothing was tuned to single documents.
    """

    position: float = 1.0
    position_decay: float = 0.2
    centrality: float = 1.0
    redundancy: float = 0.6
    short: float = 0.5
    long: float = 0.2
    question: float = 0.6
    bare_quote: float = 0.5
    quote_start: float = 0.15
    dangling: float = 0.25
    unbalanced: float = 0.3  # opens a quotation it never closes (or the reverse): reads broken
    no_name: float = 0.15  # no capitalised word after the first: nobody and nowhere named
    figure: float = 0.05  # a bonus: numbers are news ("40 schools", "2,000 residents")
    thin: float = 0.35  # best sentence only: too few content words to tell the story alone


DEFAULT_WEIGHTS = Weights()
_SHORT_WORDS = 8
_REDUNDANCY_POOL = 40
_LONG_WORDS = 55
_THIN_CONTENT_WORDS = 10
_WORD = re.compile(r"[^\W_]+")
_NAME_INSIDE = re.compile(r"\s[A-ZÀ-ÖØ-Þ][a-zß-ÿ]")
_DIGIT = re.compile(r"\d")
_STEM_LENGTH = 6
_OPENING_QUOTES = '«“"‘'
_CLOSING_QUOTES = '»”"’'


def content_words(text: str, language: str) -> list[str]:
    """Lower-cased, crudely stemmed words that carry meaning (function words dropped)."""
    stopwords = pack(language).words.function_words
    return [
        word[:_STEM_LENGTH]
        for word in _WORD.findall(text.lower())
        if len(word) > 1 and word not in stopwords and not word.isdigit()
    ]


def rank_sentences(
    sentences: Sequence[Sentence],
    paragraphs: Sequence[Paragraph],
    language: str,
    weights: Weights = DEFAULT_WEIGHTS,
) -> tuple[Sentence, ...]:
    """``sentences`` with ``rank`` set: 0 for the best summary sentence, None if ineligible.

    Only sentences of body paragraphs compete, and never newsroom boilerplate
    ("Sign up for our newsletter", "with files from Reuters"). Ranks come from a greedy pass that
    discounts sentences repeating those already chosen, so the first N ranks make a
    summary of N sentences without near-duplicates. The best sentence (rank 0) also stands
    for the article alone (a one-sentence summary, an article's first line in a topic
    summary), so a thin one, a hook or a one-clause opener ("The stork is a majestic bird."),
    gives way there to one that tells the story; it still competes for the later ranks.
    """
    boilerplate = _boilerplate(language)
    eligible = [
        i
        for i, s in enumerate(sentences)
        if paragraphs[s.paragraph].kind == "body" and not boilerplate.search(s.text.lower())
    ]
    bags = [Counter(content_words(sentences[i].text, language)) for i in eligible]
    weighted = _tfidf(bags)
    texts = [sentences[i].text for i in eligible]
    scores = _standalone_scores(texts, weighted, weights, pack(language).page.dangling_starts)
    vectors = [_unit(vector) for vector in weighted]

    # Redundancy is weighed among the best candidates only: no summary needs more,
    # and it keeps a book-length text from costing a quadratic number of comparisons.
    by_score = sorted(range(len(eligible)), key=lambda c: (-scores[c], c))
    pool, rest = by_score[:_REDUNDANCY_POOL], by_score[_REDUNDANCY_POOL:]
    ranks: dict[int, int] = {}
    overlap = dict.fromkeys(pool, 0.0)  # similarity to the closest sentence already ranked
    thin = {c: weights.thin if _thin(texts[c], bags[c]) else 0.0 for c in pool}
    while overlap:
        if ranks:
            best = max(overlap, key=lambda c: (scores[c] - weights.redundancy * overlap[c], -c))
        else:
            best = max(overlap, key=lambda c: (scores[c] - thin[c], -c))
        ranks[eligible[best]] = len(ranks)
        del overlap[best]
        for other in overlap:
            overlap[other] = max(overlap[other], _dot(vectors[other], vectors[best]))
    for candidate in rest:
        ranks[eligible[candidate]] = len(ranks)
    return tuple(replace(s, rank=ranks.get(i)) for i, s in enumerate(sentences))


@cache
def _boilerplate(language: str) -> re.Pattern[str]:
    """Newsroom boilerplate in the language's pack, matched on lower-cased text."""
    return re.compile("|".join(pack(language).page.boilerplate))


def _standalone_scores(
    texts: Sequence[str],
    vectors: Sequence[dict[str, float]],
    weights: Weights,
    dangling: frozenset[str],
) -> list[float]:
    """Each sentence's worth on its own: lead position, centrality, minus penalties."""
    centroid: Counter[str] = Counter()
    for vector in vectors:
        centroid.update(vector)
    unit_centroid = _unit(centroid)
    return [
        weights.position * math.exp(-weights.position_decay * order)
        + weights.centrality * _dot(_unit(vector), unit_centroid)
        - _penalty(text, order, weights, dangling)
        for order, (text, vector) in enumerate(zip(texts, vectors, strict=True))
    ]


def _penalty(text: str, order: int, weights: Weights, dangling: frozenset[str]) -> float:
    words = text.split()
    penalty = 0.0
    if len(words) < _SHORT_WORDS:
        penalty += weights.short
    elif len(words) > _LONG_WORDS:
        penalty += weights.long
    if text.rstrip(_CLOSING_QUOTES + " )").endswith("?"):
        penalty += weights.question
    if text[:1] in _OPENING_QUOTES:
        penalty += weights.quote_start
        if text.rstrip(" .")[-1:] in _CLOSING_QUOTES:
            penalty += weights.bare_quote  # nothing but a quotation: who said it is lost
    if _unbalanced_quotes(text):
        penalty += weights.unbalanced
    if not _NAME_INSIDE.search(text):
        penalty += weights.no_name
    if _DIGIT.search(text):
        penalty -= weights.figure
    first_word = _WORD.match(text.lstrip(_OPENING_QUOTES + " (").lower())
    if order > 0 and first_word and first_word[0] in dangling:
        penalty += weights.dangling
    return penalty


def _thin(text: str, bag: Counter[str]) -> bool:
    """Not a fragment (``short`` has those), yet too few content words to tell the story."""
    return len(text.split()) >= _SHORT_WORDS and bag.total() < _THIN_CONTENT_WORDS


def _unbalanced_quotes(text: str) -> bool:
    return (
        text.count("«") != text.count("»")
        or text.count("“") != text.count("”")
        or text.count('"') % 2 == 1
    )


def _tfidf(bags: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """TF-IDF vectors, the IDF taken over the article's own sentences."""
    document_frequency: Counter[str] = Counter()
    for bag in bags:
        document_frequency.update(bag.keys())
    total = len(bags)
    return [
        {word: n * math.log(1 + total / document_frequency[word]) for word, n in b.items()}
        for b in bags
    ]


def _unit(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    return {word: weight / norm for word, weight in vector.items()} if norm else {}


def _dot(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Cosine similarity of two unit vectors."""
    return sum(left[word] * right[word] for word in left.keys() & right.keys())


class RankedSentence(Protocol):
    """A stored summary sentence, as storage returns it for a topic."""

    @property
    def article_id(self) -> int: ...
    @property
    def title(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def rank(self) -> int | None: ...
    @property
    def start(self) -> int: ...


Candidate = TypeVar("Candidate", bound=RankedSentence)
_NEAR_REPEAT = 0.5  # content-word Jaccard from which two sentences count as one
_ANY_STOPWORD = frozenset().union(*(p.words.function_words for p in packs()))


def topic_summary(candidates: Iterable[Candidate], query: str, n: int = 5) -> list[Candidate]:
    """Up to ``n`` sentences about ``query`` from several articles, best first, no near-repeats.

    Each result is one of ``candidates``, so it still carries its ``article_id``.
    A sentence that names the query's words and stands high in its own article's
    summary wins; a sentence that says again what a chosen one said (several outlets
    covering one event) is skipped; every article gives its best sentence before
    any article gives a second.
    """
    pool = [c for c in candidates if c.rank is not None and c.text.strip()]
    query_words = _topic_words(query)
    words_of = {id(c): _topic_words(c.text) for c in pool}

    def relevance(candidate: Candidate) -> float:
        title_words = _topic_words(candidate.title or "")
        if query_words:
            hits = len(query_words & words_of[id(candidate)]) + 0.5 * len(query_words & title_words)
            share = hits / len(query_words)
        else:
            share = 0.0
        return share + 1.0 / (2 + (candidate.rank or 0))

    ordered = sorted(pool, key=lambda c: (-relevance(c), c.article_id, c.start))
    chosen: list[Candidate] = []
    per_article: Counter[int] = Counter()
    for per_article_limit in (1, n):
        for candidate in ordered:
            if len(chosen) >= n:
                return chosen
            if any(candidate is c for c in chosen):
                continue
            if per_article[candidate.article_id] >= per_article_limit:
                continue
            words = words_of[id(candidate)]
            if any(_jaccard(words, words_of[id(c)]) >= _NEAR_REPEAT for c in chosen):
                continue
            chosen.append(candidate)
            per_article[candidate.article_id] += 1
    return chosen


def _topic_words(text: str) -> set[str]:
    """Content words of a text whose language is unknown (a query, a mixed pool)."""
    return {
        word[:_STEM_LENGTH]
        for word in _WORD.findall(text.lower())
        if len(word) > 1 and word not in _ANY_STOPWORD
    }


def _jaccard(left: set[str], right: set[str]) -> float:
    union = left | right
    return len(left & right) / len(union) if union else 1.0
