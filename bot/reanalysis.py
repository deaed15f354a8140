"""`precis reanalyze`: read every stored article again with the analysis of this version.

Stale articles are read in batches (one ``nlp.pipe`` pass each) and each one's rows are
swapped in its own transaction, recording the version: running it twice does nothing the
second time, and an interrupted run goes on where it stopped."""

from __future__ import annotations

from collections.abc import Callable

from bot.text import analyze_many
from bot.text.version import analysis_version
from storage import Store

BATCH = 32


def reanalyze(store: Store, progress: Callable[[int], None], *, batch: int = BATCH) -> int:
    """Re-analyse every article an older analysis wrote; ``progress(n)`` after each batch
    of ``n``. Returns how many were re-analysed."""
    version = analysis_version()
    done, after = 0, 0
    while stale := store.stale_articles(version, after_id=after, limit=batch):
        articles = analyze_many(((item.text, item.meta) for item in stale), batch_size=batch)
        for item, article in zip(stale, articles, strict=True):
            store.replace_analysis(item.id, article)
        done += len(stale)
        after = stale[-1].id
        progress(len(stale))
    return done
