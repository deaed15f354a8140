"""Text analysis: plain text and what the source knows -> :class:`Article`.

Pure: no Slack, no database, no network. Every source goes through the same
rules (header, paragraph kinds, language, sentences, summary ranks, quotes), and
each paragraph is parsed by spaCy exactly once, in one ``nlp.pipe`` pass per
language per batch, the parse shared by everything that needs it.

Stages: ``document`` (structure, paragraph kinds, ``social`` posts) -> ``language`` ->
``nlp`` (the parse) -> ``summarize`` (sentence ranks) and ``quotes`` (people and quotes, see
its docstring). Every word of a language lives in its pack, ``lang/<code>/``. Importing this
package loads no model: names here are light, spaCy is imported when a pipeline loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from bot.languages import is_analysed
from bot.text.document import Document, read_document, split_sentences
from bot.text.language import detect_language
from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from bot.text.nlp import parse
from bot.text.quotes import extract_quotes
from bot.text.summarize import rank_sentences, topic_summary
from bot.text.voices import describe_voices

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "Article",
    "Paragraph",
    "Person",
    "Quote",
    "Sentence",
    "analyze",
    "analyze_many",
    "topic_summary",
]

DEFAULT_BATCH_SIZE = 32


def analyze(text: str, meta: Mapping[str, str] | None = None) -> Article:
    """Read one article: structure, language, sentences ranked for summaries, people, quotes.

    ``meta`` holds what the source already knows (title, date, url, author, language);
    it wins over the text's own header.
    """
    return next(analyze_many([(text, meta or {})], batch_size=1))


def analyze_many(
    items: Iterable[tuple[str, Mapping[str, str] | None]], batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Article]:
    """:func:`analyze` for many articles, in order, parsing each batch in one pass per language."""
    iterator = iter(items)
    while batch := list(islice(iterator, max(batch_size, 1))):
        documents = [read_document(text, meta) for text, meta in batch]
        languages = [detect_language(document.text, document.language) for document in documents]
        parses = _parse_paragraphs(documents, languages)
        for document, language, docs in zip(documents, languages, parses, strict=True):
            yield _article(document, language, docs)


def _parse_paragraphs(documents: Sequence[Document], languages: Sequence[str]) -> list[list[Doc]]:
    """spaCy Docs for every paragraph of every document, one ``nlp.pipe`` call per language
    (none for a language that is not analysed)."""
    parses: list[list[Doc]] = [[] for _ in documents]
    for language in sorted(filter(is_analysed, set(languages))):
        members = [i for i, lang in enumerate(languages) if lang == language]
        texts = [p.text for i in members for p in documents[i].paragraphs]
        docs = iter(parse(texts, language))
        for i in members:
            parses[i] = [next(docs) for _ in documents[i].paragraphs]
    return parses


def _article(document: Document, language: str, docs: Sequence[Doc]) -> Article:
    sentences = [
        Sentence(
            paragraph=paragraph.index,
            start=paragraph.start + start,
            end=paragraph.start + end,
            text=paragraph.text[start:end],
        )
        for paragraph in document.paragraphs
        for start, end in split_sentences(paragraph.text, language)
    ]
    text = document.text
    article = Article(
        text=text,
        language=language,
        title=document.title,
        date=document.date,
        metadata=dict(document.metadata),
        paragraphs=document.paragraphs,
        sentences=tuple(sentences),
    )
    if not is_analysed(language):  # kept and searchable, but no summary, people or quotes
        return article
    people, quotes = extract_quotes(text, document.paragraphs, docs, language)
    return replace(
        article,
        sentences=rank_sentences(sentences, document.paragraphs, language),
        people=people,
        quotes=quotes,
        voices=describe_voices(text, people, quotes, language),
    )
