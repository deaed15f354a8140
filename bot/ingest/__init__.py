"""Every source (file, web page, feed item, file shared in Slack) ends in :func:`ingest`.

Sources only turn bytes into a :class:`RawDocument`; this module hashes, skips what is
already stored (before paying for analysis), analyses in batches and stores each article
in its own transaction, so one bad document never costs the others.
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from bot.ingest.raw import Loader, RawDocument, RejectedDocument
from bot.text import Article, analyze, analyze_many
from storage import Store

log = logging.getLogger(__name__)

__all__ = ["Loader", "Outcome", "RawDocument", "RejectedDocument", "content_hash", "ingest"]

Status = Literal["stored", "already stored", "failed"]
BATCH_SIZE = 32


@dataclass(frozen=True)
class Outcome:
    source: str
    status: Status
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None  # why it failed
    quote_count: int = 0
    summary: tuple[str, ...] = ()


def content_hash(text: str) -> str:
    """Hash of the text as read, so re-ingesting the same article in another encoding,
    with other line endings or trailing spaces is still recognised as the same."""
    normal = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in normal.strip().split("\n")]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def ingest(
    store: Store,
    loaders: Iterable[tuple[str, Loader]],
    *,
    channel_id: str | None = None,
    summary_sentences: int = 2,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Load, analyse and store documents; one outcome per document, in order.

    ``loaders`` pairs a source name with a function that reads it; a loader raising
    :class:`RejectedDocument` (or ``OSError``) fails that document alone.
    """
    outcomes: list[Outcome] = []
    for batch in _batched(loaders, BATCH_SIZE):
        for outcome in _ingest_batch(store, batch, channel_id, summary_sentences):
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    return outcomes


def _ingest_batch(
    store: Store,
    batch: list[tuple[str, Loader]],
    channel_id: str | None,
    summary_sentences: int,
) -> list[Outcome]:
    outcomes: list[Outcome | None] = [None] * len(batch)
    pending: list[tuple[int, RawDocument, str]] = []
    seen: set[str] = set()
    for position, (source, load) in enumerate(batch):
        try:
            raw = load()
        except (RejectedDocument, OSError) as error:
            outcomes[position] = Outcome(source, "failed", reason=_reason(error))
            continue
        digest = content_hash(raw.text)
        if digest in seen or store.has_article(digest):
            outcomes[position] = Outcome(source, "already stored")
            continue
        seen.add(digest)
        pending.append((position, raw, digest))
    for (position, raw, digest), article in zip(pending, _analyze(pending), strict=True):
        outcomes[position] = _store(store, raw, digest, article, channel_id, summary_sentences)
    return [outcome for outcome in outcomes if outcome is not None]


def _analyze(pending: list[tuple[int, RawDocument, str]]) -> list[Article | Exception]:
    """Analyse the batch in one pass; if that fails, one by one so only the culprit fails."""
    try:
        return list(analyze_many((raw.text, raw.meta) for _, raw, _ in pending))
    except Exception:
        log.exception("batch analysis failed; analysing one document at a time")
    results: list[Article | Exception] = []
    for _, raw, _ in pending:
        try:
            results.append(analyze(raw.text, raw.meta))
        except Exception as error:
            log.exception("could not analyse %s", raw.source)
            results.append(error)
    return results


def _store(
    store: Store,
    raw: RawDocument,
    digest: str,
    article: Article | Exception,
    channel_id: str | None,
    summary_sentences: int,
) -> Outcome:
    if isinstance(article, Exception):
        return Outcome(raw.source, "failed", reason=f"could not analyse: {article}")
    if not any(p.kind == "body" for p in article.paragraphs):
        return Outcome(raw.source, "failed", reason="no article text found")
    try:
        added = store.add_article(
            article, source=raw.source, content_hash=digest, channel_id=channel_id
        )
    except Exception as error:  # one article's storage failure must not stop the batch
        log.exception("could not store %s", raw.source)
        return Outcome(raw.source, "failed", reason=f"could not store: {error}")
    return Outcome(
        raw.source,
        "stored" if added.created else "already stored",
        article_id=added.id,
        title=article.title,
        quote_count=sum(q.kind == "direct" for q in article.quotes),
        summary=tuple(article.summary(summary_sentences)),
    )


def _reason(error: Exception) -> str:
    if isinstance(error, RejectedDocument):
        return str(error)
    return error.strerror or str(error) if isinstance(error, OSError) else str(error)


def _batched(items: Iterable[tuple[str, Loader]], size: int) -> Iterator[list[tuple[str, Loader]]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
