"""Ingesting for a place (a channel, or a whole workspace): every source ends with an article
that place can see.

:func:`bot.ingest.pipeline.ingest` skips a document already stored before analysing it, so its
outcome carries no article. Feeds, ``/ingest`` and files shared in Slack still need that
article — to answer with its title, summary and quotes, to remember which article a feed
item gave, and to make it visible to the channel that asked — so they all go through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from bot.ingest.pipeline import Outcome, content_hash, ingest
from bot.ingest.raw import Loader, RawDocument
from storage import Store, Viewer

SUMMARY_SENTENCES = 2


@dataclass(frozen=True)
class Taken:
    """What became of one source: the outcome, and the text's hash when it was read."""

    outcome: Outcome
    content_hash: str | None


def ingest_for_channel(
    store: Store,
    sources: Iterable[tuple[str, Loader]],
    place: Viewer,
    *,
    min_words: int = 1,
) -> list[Taken]:
    """Ingest ``sources`` for ``place`` (a conversation, or the whole workspace), one result
    per source.

    A document already stored is shared with this place and its outcome completed from the
    store (id, title, summary, direct quote count).
    """
    read: dict[int, RawDocument] = {}

    def remembering(position: int, load: Loader) -> Loader:
        def load_and_remember() -> RawDocument:
            read[position] = document = load()
            return document

        return load_and_remember

    pairs = [(source, remembering(i, load)) for i, (source, load) in enumerate(sources)]
    outcomes = ingest(
        store,
        pairs,
        place=place,
        summary_sentences=SUMMARY_SENTENCES,
        min_words=min_words,
    )
    taken = []
    for position, outcome in enumerate(outcomes):
        document = read.get(position)
        digest = content_hash(document.text) if document is not None else None
        if outcome.status == "already stored" and digest is not None:
            outcome = _completed(store, outcome, digest, place)
        taken.append(Taken(outcome, digest))
    return taken


def _completed(store: Store, outcome: Outcome, digest: str, place: Viewer) -> Outcome:
    article_id = store.share_article(digest, place)
    stored = store.get_article(article_id, viewer=place) if article_id is not None else None
    if stored is None:
        return outcome
    quotes = store.quotes_for_article(stored.id, viewer=place)
    return replace(
        outcome,
        article_id=stored.id,
        title=stored.headline,
        quote_count=sum(quote.kind == "direct" for quote in quotes),
        summary=tuple(store.summary_sentences(stored.id, SUMMARY_SENTENCES, viewer=place)),
    )
