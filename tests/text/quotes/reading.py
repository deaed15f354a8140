"""Reading hand-written paragraphs through the quote engine, for the tests of its rules."""

from __future__ import annotations

import re

from bot.text.model import Paragraph, Person, Quote
from bot.text.nlp import parse
from bot.text.quotes import extract_quotes


def read(
    text: str, language: str, kinds: dict[int, str] | None = None
) -> tuple[tuple[Person, ...], tuple[Quote, ...], str]:
    """Paragraphs split on blank lines (all body unless ``kinds`` says otherwise), parsed once."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    paragraphs, offset = [], 0
    for index, part in enumerate(parts):
        kind = (kinds or {}).get(index, "body")
        paragraphs.append(Paragraph(index, kind, part, offset))  # type: ignore[arg-type]
        offset += len(part) + 2
    article = "\n\n".join(p.text for p in paragraphs)
    docs = parse([p.text for p in paragraphs], language)
    people, quotes = extract_quotes(article, paragraphs, docs, language)
    return people, quotes, article


def fold(text: str | None) -> str:
    text = (text or "").replace("\u2019", "'")
    return re.sub(r"\s+", " ", re.sub(r"[\"«»“”„‘’]", " ", text)).strip().casefold()


def direct(quotes: tuple[Quote, ...]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def speaker_of(quotes: tuple[Quote, ...], words: str, kind: str | None = "direct") -> str | None:
    """The speaker of the first quote of ``kind`` (any kind if None) holding ``words``."""
    found = [q for q in quotes if kind in (None, q.kind) and fold(words) in fold(q.text)]
    assert found, f"no {kind} quote contains {words!r}: {[q.text for q in quotes]}"
    return found[0].speaker
