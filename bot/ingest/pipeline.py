"""Every source (file, web page, feed item, file shared in Slack) ends in :func:`ingest`.

Sources only turn bytes into a :class:`RawDocument`; this module hashes, skips what is
already stored (before paying for analysis), analyses in batches and stores each article
in its own transaction, so one bad document never costs the others.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from bot.ingest.decode import check_length
from bot.ingest.raw import Loader, RawDocument, RejectedDocument
from bot.languages import ANALYSED_LANGUAGES
from bot.text import Article, analyze, analyze_many
from bot.text.nlp import pipeline
from storage import Store, Viewer

log = logging.getLogger(__name__)


Status = Literal["stored", "already stored", "failed"]
BATCH_SIZE = 32
# Smaller batches when several processes analyse: the last batch keeps one core busy alone.
PARALLEL_BATCH_SIZE = 8
# Each analysis process holds a language model: more than this costs memory, not time.
MAX_WORKERS = 4
PARENT_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class Outcome:
    source: str
    status: Status
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None  # why it failed
    quote_count: int = 0
    summary: tuple[str, ...] = ()
    language: str | None = None  # of the stored article (one not analysed has no quotes)


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
    place: Viewer,
    summary_sentences: int = 2,
    on_outcome: Callable[[Outcome], None] | None = None,
    workers: int = 1,
    min_words: int = 1,
) -> list[Outcome]:
    """Load, analyse and store documents, visible in ``place``; one outcome per document,
    in order (a document already stored becomes visible in ``place`` too).

    ``loaders`` pairs a source name with a function that reads it; a loader raising
    :class:`RejectedDocument` (or ``OSError``), or a text under ``min_words`` words, fails
    that document alone. With ``workers``
    above 1, batches are analysed in that many processes while this one reads the next
    files and stores finished batches (see :func:`worker_count`).
    """
    outcomes: list[Outcome] = []
    seen: set[str] = set()
    with _analysis(workers) as submit:
        in_flight: deque[tuple[list[Outcome | None], list[_Pending], Future]] = deque()

        def settle_oldest() -> None:
            slots, pending, analysed = in_flight.popleft()
            articles = analysed.result()
            for (position, raw, digest), article in zip(pending, articles, strict=True):
                slots[position] = _store(store, raw, digest, article, place, summary_sentences)
            for outcome in slots:
                if outcome is not None:
                    outcomes.append(outcome)
                    if on_outcome:
                        on_outcome(outcome)

        # Parallel: every worker busy and one batch queued, no more (memory stays bounded).
        depth = workers + 1 if workers > 1 else 0
        for batch in _batched(loaders, BATCH_SIZE if workers <= 1 else PARALLEL_BATCH_SIZE):
            slots, pending = _load_batch(store, batch, seen, min_words, place)
            texts: _Texts = [(raw.text, raw.meta) for _, raw, _ in pending]
            in_flight.append((slots, pending, submit(texts)))
            while len(in_flight) > depth:
                settle_oldest()
        while in_flight:
            settle_oldest()
    return outcomes


def worker_count(documents: int) -> int:
    """Analysis processes worth starting for ``documents``: one per core (at most
    ``MAX_WORKERS``) when there are several batches to share, else analysis stays here."""
    if documents < 2 * PARALLEL_BATCH_SIZE:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


_Pending = tuple[int, RawDocument, str]
_Texts = list[tuple[str, Mapping[str, str]]]  # (text, metadata) of each document of a batch
_Submit = Callable[[_Texts], "Future[list[Article | Exception]]"]


@contextmanager
def _analysis(workers: int) -> Iterator[_Submit]:
    """A function handing a batch's texts to analysis and returning a future of its articles.

    One worker: analysis runs right here, at submission. More: a process pool; on Linux the
    workers are forked once the language models are loaded here, so they share the models'
    memory and start parsing at once (elsewhere each worker loads its own).
    """
    if workers <= 1:

        def analyse_here(items: _Texts) -> Future[list[Article | Exception]]:
            done: Future[list[Article | Exception]] = Future()
            done.set_result(analyse_batch(items))
            return done

        yield analyse_here
        return
    method = "fork" if sys.platform == "linux" else "spawn"
    if method == "fork":
        for language in ANALYSED_LANGUAGES:
            pipeline(language)
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    ) as pool:

        def analyse_there(items: _Texts) -> Future[list[Article | Exception]]:
            return pool.submit(analyse_batch, items)

        yield analyse_there


def _exit_with_parent(parent: int) -> None:
    """Analysis worker start-up: end as soon as the ingesting process is gone (killed rather
    than interrupted, it never shuts the pool down), instead of parsing for nobody."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="precis-parent-watch", daemon=True).start()


def _load_batch(
    store: Store, batch: list[tuple[str, Loader]], seen: set[str], min_words: int, place: Viewer
) -> tuple[list[Outcome | None], list[_Pending]]:
    """Read a batch; outcomes for documents that failed to load or are already stored, and
    the documents left to analyse with their place in the batch and content hash."""
    slots: list[Outcome | None] = [None] * len(batch)
    pending: list[_Pending] = []
    for position, (source, load) in enumerate(batch):
        try:
            raw = load()
            check_length(raw.text, min_words)
        except (RejectedDocument, OSError) as error:
            slots[position] = Outcome(source, "failed", reason=_reason(error))
            continue
        digest = content_hash(raw.text)
        if digest in seen or store.share_article(digest, place) is not None:
            slots[position] = Outcome(source, "already stored")
            continue
        seen.add(digest)
        pending.append((position, raw, digest))
    return slots, pending


def analyse_batch(items: _Texts) -> list[Article | Exception]:
    """Analyse a batch in one pass; if that fails, one by one so only the culprit fails.

    Runs in an analysis worker process too: it takes and returns only picklable values.
    """
    try:
        return list(analyze_many(items))
    except Exception:
        log.exception("batch analysis failed; analysing one document at a time")
    results: list[Article | Exception] = []
    for text, meta in items:
        try:
            results.append(analyze(text, meta))
        except Exception as error:
            log.exception("could not analyse a document of the batch")
            results.append(error)
    return results


def _store(
    store: Store,
    raw: RawDocument,
    digest: str,
    article: Article | Exception,
    place: Viewer,
    summary_sentences: int,
) -> Outcome:
    if isinstance(article, Exception):
        return Outcome(raw.source, "failed", reason=f"could not analyse: {article}")
    if not any(p.kind == "body" for p in article.paragraphs):
        return Outcome(raw.source, "failed", reason="no article text found")
    try:
        added = store.add_article(article, source=raw.source, content_hash=digest, shared_in=place)
    except Exception as error:  # one article's storage failure must not stop the batch
        log.exception("could not store %s", raw.source)
        return Outcome(raw.source, "failed", reason=f"could not store: {error}")
    return Outcome(
        raw.source,
        "stored" if added.created else "already stored",
        article_id=added.id,
        title=article.headline,
        quote_count=sum(q.kind == "direct" for q in article.quotes),
        summary=tuple(article.summary(summary_sentences)),
        language=article.language,
    )


def _reason(error: Exception) -> str:
    if isinstance(error, RejectedDocument):
        return str(error)
    return error.strerror or str(error) if isinstance(error, OSError) else str(error)


def _batched(items: Iterable[tuple[str, Loader]], size: int) -> Iterator[list[tuple[str, Loader]]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
