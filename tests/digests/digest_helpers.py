"""Articles built by hand for digest tests (no language model), stored as ingestion would."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from storage import Store

_hashes = itertools.count(1)


def build_article(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    language: str = "en",
    date: str | None = None,
    quotes: Sequence[tuple[str, str | None, str]] = (),
    kinds: Sequence[str] | None = None,
) -> Article:
    """An article whose paragraphs are its ranked sentences; ``quotes`` are
    (words, speaker, kind) triples whose words appear verbatim in a paragraph."""
    text = "\n\n".join(paragraphs)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    kinds = kinds or ["body"] * len(paragraphs)
    built = []
    for words, speaker, kind in quotes:
        start = text.index(words)
        index = max(i for i, s in enumerate(starts) if s <= start)
        built.append(Quote(words, speaker, speaker, kind, index, start, start + len(words)))  # type: ignore[arg-type]
    people = tuple(Person(s) for s in dict.fromkeys(q[1] for q in quotes if q[1]))
    return Article(
        text=text,
        language=language,  # type: ignore[arg-type]
        title=title,
        date=date,
        paragraphs=tuple(
            Paragraph(i, kind, p, s)  # type: ignore[arg-type]
            for i, (p, s, kind) in enumerate(zip(paragraphs, starts, kinds, strict=True))
        ),
        sentences=tuple(
            Sentence(i, s, s + len(p), p, rank=i if kind == "body" else None)
            for i, (p, s, kind) in enumerate(zip(paragraphs, starts, kinds, strict=True))
        ),
        people=people,
        quotes=tuple(built),
    )


def add(
    store: Store, article: Article, *, source: str | None = None, channel: str | None = None
) -> int:
    return store.add_article(
        article, source=source, content_hash=f"h{next(_hashes)}", channel_id=channel
    ).id
