"""`precis ingest FOLDER` killed with SIGKILL in the middle of a batch: nothing half stored,
and the same command run again finishes the batch with nothing lost and nothing doubled."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.ingest.files import file_loaders
from bot.ingest.pipeline import ingest
from storage import Store
from tests.builders import WORKSPACE
from tests.reliability.reliability_helpers import (
    article_rows,
    assert_consistent,
    precis,
    precis_env,
    write_news,
)

pytestmark = pytest.mark.slow

ARTICLES = 40  # two analysis batches of 32: the kill lands after some, before all
KILL_WITHIN = 120.0
LIMIT = 5 * 1024 * 1024


def stored_count(engine: sa.Engine) -> int:
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text("SELECT count(*) FROM article")).scalar_one()
    except sa.exc.OperationalError:  # not created yet, or busy for a moment
        return 0
    except sa.exc.ProgrammingError:  # PostgreSQL: not created yet
        return 0


def kill_mid_batch(arguments: list[str], env: dict[str, str], cwd: Path, url: str) -> int:
    """Start `precis ingest`, SIGKILL it once some (not all) articles are stored."""
    watcher = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    process = precis("ingest", *arguments, env=env, cwd=cwd)
    deadline = time.monotonic() + KILL_WITHIN
    try:
        while (count := stored_count(watcher)) == 0:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "nothing stored in time"
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        watcher.dispose()
    assert process.returncode == -signal.SIGKILL
    assert count < ARTICLES, "the process finished before it could be killed"
    return count


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple]]:
    """The news folder, and the articles a run that was never interrupted stores from it."""
    folder = tmp_path_factory.mktemp("news")
    write_news(folder, ARTICLES)
    store = Store(f"sqlite:///{folder.parent / 'clean.db'}")
    try:
        ingest(store, file_loaders([folder], LIMIT), place=WORKSPACE)
        return folder, article_rows(store)
    finally:
        store.close()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_killed_ingest_leaves_no_half_article_and_resumes(
    backend: str,
    news: tuple[Path, dict[str, tuple]],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    folder, clean = news
    if backend == "postgres":
        url = request.getfixturevalue("postgres_database")
    else:
        url = f"sqlite:///{tmp_path / 'precis.db'}"
        Store(url).close()  # created and migrated before the watcher polls it
    env = precis_env(url)

    killed_at = kill_mid_batch([str(folder)], env, tmp_path, url)

    store = Store(url)
    try:
        partial = store.stats().articles
        assert 0 < partial < ARTICLES
        assert_consistent(store)

        again = precis("ingest", str(folder), env=env, cwd=tmp_path)
        summary, errors = again.communicate(timeout=300)
        assert again.returncode == 0, errors
        assert f"{ARTICLES - partial} stored, {partial} already stored, 0 failed" in summary
        assert store.stats().articles == ARTICLES
        assert_consistent(store)
        resumed = article_rows(store)
    finally:
        store.close()
    # Exactly what an uninterrupted run stores: nothing lost, nothing doubled, no article
    # missing a paragraph, sentence or quote.
    assert resumed == clean
    print(f"{backend}: killed after {killed_at} stored; resumed to {ARTICLES}")
