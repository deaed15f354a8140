"""`precis people` and `precis reanalyze` as processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import pytest
import sqlalchemy as sa

from tests.test_cli import run

ARTICLE = (
    "date 2026-11-10\n\n"
    "Harbour dues rise for the first time in ten years\n\n"
    "The harbour board raised mooring dues by four per cent on Tuesday.\n\n"
    "“We held the dues for ten years and the sea did not hold back,” said board chair "
    "Mrs Marta Lindqvist.\n\n"
    "“The wall has to be paid for by someone,” Lindqvist added.\n"
)


@pytest.fixture(params=["sqlite", "postgres"])
def database(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'precis.db'}"
    return request.getfixturevalue("postgres_database")


@pytest.mark.slow
def test_people_export_and_reanalyze(tmp_path, database):
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    stored = run("ingest", "harbour.txt", cwd=tmp_path, database=database)
    assert stored.returncode == 0, stored.stderr

    exported = run(
        "people",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-30",
        "--csv",
        cwd=tmp_path,
        database=database,
    )
    assert exported.returncode == 0, exported.stderr
    [row] = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert row["name"] == "Marta Lindqvist"
    assert (row["gender"], row["evidence"]) == ("f", "honorific")
    assert (row["quotes"], row["articles"], row["first"]) == ("2", "1", "2026-11-10")
    as_json = run("people", "--since", "2026-11-01", "--json", cwd=tmp_path, database=database)
    assert json.loads(as_json.stdout.splitlines()[0])["name"] == "Marta Lindqvist"
    before = run(
        "people",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-31",
        "--json",
        cwd=tmp_path,
        database=database,
    )
    assert before.stdout == ""

    assert run("reanalyze", cwd=tmp_path, database=database).stdout.strip() == (
        "every article is up to date"
    )
    engine = sa.create_engine(database.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:  # as if an older analysis had read it
        connection.execute(sa.text("UPDATE article SET analysis_version = 'old'"))
        connection.execute(sa.text("DELETE FROM person_article"))
    engine.dispose()
    again = run("reanalyze", cwd=tmp_path, database=database)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "1 article re-analysed"
    assert "1/1" in again.stderr  # the progress bar
    assert (
        run("people", "--since", "2026-11-01", "--csv", cwd=tmp_path, database=database).stdout
        == exported.stdout
    )
    assert "up to date" in run("reanalyze", cwd=tmp_path, database=database).stdout


def test_people_export_bad_dates_in_one_line(tmp_path):
    result = run("people", "--since", "yesterday", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: --since 'yesterday' is not a date like 2026-11-01"
    result = run("people", "--since", "2026-11-01", "--channel", "C1", cwd=tmp_path)
    assert "--channel needs --team" in result.stderr


def test_people_chart_is_written_with_its_figures(tmp_path):
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", "harbour.txt", cwd=tmp_path).returncode == 0
    result = run(
        "people", "--since", "2026-11-01", "--until", "2026-11-12", "--chart", "voices.png",
        "--language", "fr", "--csv", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "voices.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "12/11: 100%" in result.stderr and "Marta Lindqvist (2)" in result.stderr
