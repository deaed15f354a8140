"""The ingest pipeline and `precis ingest`/`stats` on a real SQLite store with real analysis."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.ingest.files import file_loaders
from bot.ingest.pipeline import content_hash, ingest
from storage import Store
from tests.builders import WORKSPACE

EXAMPLES = Path(__file__).parents[2] / "examples"
SEED = Path(__file__).parents[2] / "../shared/seeds/000_56e3ba51d6ccbe9f.txt"
LIMIT = 5 * 1024 * 1024


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'precis.db'}")


def test_hash_ignores_line_endings_and_trailing_space():
    assert content_hash("Un texte.\r\nDeux lignes.  \r\n") == content_hash(
        "Un texte.\nDeux lignes."
    )
    assert content_hash("Un texte.") != content_hash("Un autre texte.")


def test_a_bad_file_fails_alone_and_the_batch_goes_on(store: Store, tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    article = (EXAMPLES / "fr-greve-port.txt").read_bytes()
    (tmp_path / "port.txt").write_bytes(article)
    (tmp_path / "port-cp1252.txt").write_bytes(article.decode("utf-8").encode("cp1252"))
    outcomes = ingest(store, file_loaders([tmp_path], LIMIT), place=WORKSPACE)
    by_name = {Path(o.source).name: o for o in outcomes}
    assert by_name["empty.txt"].status == "failed"
    assert "empty" in by_name["empty.txt"].reason
    assert by_name["binary.txt"].status == "failed"
    # The cp1252 copy decodes to exactly the same text, so it is the same article.
    statuses = {by_name["port.txt"].status, by_name["port-cp1252.txt"].status}
    assert statuses == {"stored", "already stored"}
    assert store.stats().articles == 1


def test_reingesting_the_same_content_is_a_no_op(store: Store):
    first = ingest(store, file_loaders([EXAMPLES], LIMIT), place=WORKSPACE)
    assert {o.status for o in first} == {"stored"}
    counts = store.stats()
    again = ingest(store, file_loaders([EXAMPLES], LIMIT), place=WORKSPACE)
    assert {o.status for o in again} == {"already stored"}
    assert store.stats() == counts


def test_stored_article_keeps_quotes_and_a_boilerplate_free_summary(store: Store):
    [outcome] = ingest(
        store, file_loaders([EXAMPLES / "en-river-treaty.txt"], LIMIT), place=WORKSPACE
    )
    assert outcome.status == "stored"
    assert outcome.quote_count >= 4
    stored = store.get_article(outcome.article_id, viewer=WORKSPACE)
    assert stored.date == "2024-05"
    assert "date 2024-05" not in stored.text
    summary = store.summary_sentences(outcome.article_id, 3, viewer=WORKSPACE)
    assert summary and all(sentence in stored.text for sentence in summary)
    assert not any("(Photo:" in s or s.startswith("WATCH") for s in summary)


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_cli_ingest_reports_each_failure_and_exits_non_zero(tmp_path: Path):
    (tmp_path / "empty.md").write_text("")
    result = run_cli("ingest", str(EXAMPLES), str(tmp_path / "empty.md"), cwd=tmp_path)
    assert result.returncode == 1
    assert "empty.md: empty" in result.stderr
    assert result.stdout == "4 stored, 0 already stored, 1 failed\n"  # the result: stdout
    stats = run_cli("stats", "--json", cwd=tmp_path)
    counts = json.loads(stats.stdout)
    assert counts["articles"] == 4 and counts["quotes"] > 10 and counts["people"] > 5
    assert (tmp_path / "precis.db").exists()
    again = run_cli("ingest", str(EXAMPLES), cwd=tmp_path)
    assert again.returncode == 0
    assert "0 stored, 4 already stored, 0 failed" in again.stdout


@pytest.mark.slow
def test_cli_ingests_the_seed_without_its_header(tmp_path: Path):
    if not SEED.exists():
        pytest.skip("the seed article (../shared/seeds) is not present")
    assert run_cli("ingest", str(SEED), cwd=tmp_path).returncode == 0
    inspected = run_cli("inspect", "--json", str(SEED), cwd=tmp_path)
    record = json.loads(inspected.stdout)
    assert record["date"] == "2023-02" and record["language"] == "fr"
    assert not any("date 2023" in p["text"] for p in record["paragraphs"])
    assert not any("REGARDER" in s for s in record["summary"])
