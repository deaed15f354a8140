"""Ingest with analysis worker processes stores exactly what ingest in one process stores."""

import os
from pathlib import Path

import pytest

from bot.ingest.files import file_loaders
from bot.ingest.pipeline import MAX_WORKERS, PARALLEL_BATCH_SIZE, ingest, worker_count
from storage import Store
from tests.builders import WORKSPACE

EXAMPLES = Path(__file__).parents[2] / "examples"
LIMIT = 5 * 1024 * 1024


def newsroom_folder(folder: Path) -> Path:
    """The examples, each also as a second distinct article, plus a file that fails to load
    and a copy that is already stored: several batches of mixed outcomes."""
    folder.mkdir()
    for n, path in enumerate(sorted(EXAMPLES.iterdir())):
        text = path.read_text(encoding="utf-8")
        (folder / f"{n:02d}a{path.suffix}").write_text(text, encoding="utf-8")
        (folder / f"{n:02d}b{path.suffix}").write_text(text + "\n\nMise à jour.", encoding="utf-8")
        (folder / f"{n:02d}c{path.suffix}").write_text(text, encoding="utf-8")
    (folder / "99-empty.txt").write_bytes(b"")
    return folder


def stored(store: Store) -> list[tuple]:
    rows = []
    for article in sorted(
        store.latest_articles(limit=100, viewer=WORKSPACE), key=lambda a: a.source or ""
    ):
        quotes = store.quotes_for_article(article.id, viewer=WORKSPACE)
        summary = store.summary_sentences(article.id, 3, viewer=WORKSPACE)
        rows.append(
            (
                Path(article.source or "").name,
                article.title,
                summary,
                quotes and [(q.text, q.speaker, q.kind) for q in quotes],
            )
        )
    return rows


@pytest.mark.slow
def test_workers_store_the_same_articles_and_outcomes_in_order(tmp_path: Path):
    folder = newsroom_folder(tmp_path / "news")
    one = Store(f"sqlite:///{tmp_path / 'one.db'}")
    two = Store(f"sqlite:///{tmp_path / 'two.db'}")
    seen: list[str] = []

    serial = ingest(one, file_loaders([folder], LIMIT), place=WORKSPACE)
    parallel = ingest(
        two,
        file_loaders([folder], LIMIT),
        place=WORKSPACE,
        workers=2,
        on_outcome=lambda o: seen.append(o.source),
    )

    assert [(o.source, o.status, o.quote_count, o.summary) for o in parallel] == [
        (o.source, o.status, o.quote_count, o.summary) for o in serial
    ]
    assert seen == [o.source for o in serial]
    assert {o.status for o in parallel} == {"stored", "already stored", "failed"}
    assert stored(two) == stored(one)


def test_small_ingests_stay_in_one_process():
    assert worker_count(1) == 1
    assert worker_count(2 * PARALLEL_BATCH_SIZE - 1) == 1
    assert worker_count(1000) == max(1, min(os.cpu_count() or 1, MAX_WORKERS))
