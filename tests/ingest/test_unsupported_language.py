"""An article in a language Précis does not analyse is stored with its language, named in
the output, and given no quotes or summary: through ``precis ingest`` and ``precis inspect``
run as an operator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import Store
from tests.builders import TEAM_ID, WORKSPACE
from tests.reliability.reliability_helpers import precis, precis_env

pytestmark = pytest.mark.slow  # real analysis in a subprocess

PAGES = Path(__file__).parent / "pages"
ROOT = Path(__file__).resolve().parents[2]


def test_a_spanish_page_is_stored_unanalysed_and_says_so(tmp_path: Path):
    database = f"sqlite:///{tmp_path / 'precis.db'}"
    page = str(PAGES / "biblioteca.html")
    run = precis("ingest", page, "--team", TEAM_ID, env=precis_env(database), cwd=ROOT)
    out, err = run.communicate(timeout=180)
    assert run.returncode == 0, err
    assert "not analysed: Spanish is not supported yet" in out + err
    assert "1 stored" in out + err

    store = Store(database)
    [row] = store.latest_articles(1, viewer=WORKSPACE)
    assert row.language == "es"
    assert row.title == "El puerto abre una biblioteca en la antigua lonja"
    stored = store.get_article(row.id, viewer=WORKSPACE)
    assert stored.quote_count == 0  # the « » quote is not attributed by French rules
    assert store.summary_sentences(row.id, viewer=WORKSPACE) == []
    assert store.search_articles("biblioteca lonja", viewer=WORKSPACE)  # still found by its words


def test_inspect_names_the_language_and_invents_nothing(tmp_path: Path):
    german = tmp_path / "rathaus.txt"
    german.write_text(
        "Der Stadtrat hat am Dienstag einen neuen Verkehrsplan beschlossen.\n\n"
        "„Wir haben lange darauf gewartet“, sagte die Bürgermeisterin Anna Weber.",
        encoding="utf-8",
    )
    greeting = tmp_path / "hello.txt"
    greeting.write_text("Hello world.", encoding="utf-8")
    env = precis_env(f"sqlite:///{tmp_path / 'unused.db'}")
    run = precis("inspect", "--json", str(german), str(greeting), env=env, cwd=ROOT)
    out, err = run.communicate(timeout=180)
    assert run.returncode == 0, err
    german_record, greeting_record = (json.loads(line) for line in out.splitlines())
    assert german_record["language"] == "de"
    assert german_record["quotes"] == [] and german_record["people"] == []
    assert german_record["summary"] == []
    assert greeting_record["language"] == "en"

    run = precis("inspect", str(german), env=env, cwd=ROOT)
    out, _ = run.communicate(timeout=180)
    assert "language de (not analysed: German is not supported yet)" in out
