"""The command line as an operator meets it: `python -m bot ...` as a process, good input and
bad. Help reads like git's; results go to stdout and problems to stderr, one line each; a
database that cannot be used is a sentence, never a traceback or a password."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.reliability.reliability_helpers import precis, precis_env

ARTICLE = (
    "Harbour dues rise for the first time in ten years\n\n"
    "The harbour board raised mooring dues by four per cent on Tuesday, the first rise "
    "in a decade, after a winter of storm repairs to the outer wall.\n\n"
    "“We held the dues for ten years and the sea did not hold back,” said board chair "
    "Marta Lindqvist.\n"
)


def run(*args: str, cwd, database: str | None = None, **extra: str) -> subprocess.CompletedProcess:
    url = database or f"sqlite:///{cwd / 'precis.db'}"
    process = precis(*args, env=precis_env(url, **extra), cwd=cwd)
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.mark.parametrize("args", [[], ["ingest"], ["inspect"], ["serve"], ["feed", "add"]])
def test_help_pages_read_like_git_and_pip(tmp_path, args):
    result = run(*args, "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("Usage: ")
    for noise in ("<bool>", "<str>", "<int", "list[", "{", "╭", "│"):
        assert noise not in page, noise
    assert "-h, --help" in page
    assert run(*args, "-h", cwd=tmp_path).stdout == page


def test_help_names_what_an_argument_is(tmp_path):
    assert (
        "Usage: python -m bot ingest [OPTIONS] PATH_OR_URL..."
        in run("ingest", "-h", cwd=tmp_path).stdout
    )
    inspect_page = run("inspect", "-h", cwd=tmp_path).stdout
    assert "--sentences N" in inspect_page and "FILE_OR_URL..." in inspect_page
    assert "--channel CHANNEL" in run("feed", "add", "-h", cwd=tmp_path).stdout


def test_ingest_results_on_stdout_problems_on_stderr_and_why_files_were_skipped(tmp_path):
    folder = tmp_path / "news"
    (folder / ".drafts").mkdir(parents=True)
    (folder / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "note.txt").write_text("Hello", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "table.docx").write_bytes(b"PK")
    (folder / ".drafts" / "draft.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(folder), cwd=tmp_path)
    assert result.returncode == 1  # one file failed
    assert result.stdout.strip() == "1 stored, 0 already stored, 1 failed"
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"failed {folder / 'note.txt'}: too short to be an article: 1 word "
        "(the minimum is 20, PRECIS_MIN_ARTICLE_WORDS)",
        "skipped 3 files: 2 not text, Markdown or HTML (.docx, .pdf), 1 hidden",
    ]


def test_the_shortest_article_is_a_setting(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Ferry strike ends after two days of talks.", encoding="utf-8")
    refused = run("ingest", str(note), cwd=tmp_path)
    assert "too short to be an article: 8 words" in refused.stderr
    accepted = run("ingest", str(note), cwd=tmp_path, PRECIS_MIN_ARTICLE_WORDS="5")
    assert accepted.returncode == 0 and accepted.stdout.startswith("1 stored")
    assert run("inspect", str(note), cwd=tmp_path).returncode == 0  # analysed, not stored


def test_counts_have_their_plurals(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text(ARTICLE.split("\n\n")[1], encoding="utf-8")  # one paragraph, no title
    report = run("inspect", str(one), cwd=tmp_path).stdout
    assert "1 paragraph ·" in report and "0 quotes" in report


def test_feed_list_without_feeds_says_how_to_add_one(tmp_path):
    result = run("feed", "list", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == (
        "No feed is followed yet. Follow one with: precis feed add https://example.org/rss.xml"
    )
    as_json = run("feed", "list", "--json", cwd=tmp_path)
    assert as_json.stdout == "" and "precis feed add" in as_json.stderr
    assert run("feed", "poll", cwd=tmp_path).stdout == result.stdout


@pytest.mark.parametrize("command", [["stats"], ["feed", "list"], ["ingest", "x.txt"], ["serve"]])
def test_an_unreachable_postgresql_is_one_line_without_the_password(tmp_path, command):
    url = "postgresql://precis:s3cret-pw@127.0.0.1:5999/precis"
    result = run(
        *command, cwd=tmp_path, database=url, SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s"
    )
    assert result.returncode == 1
    assert result.stderr == (
        "database error: cannot reach PostgreSQL at 127.0.0.1:5999 (connection refused)\n"
    )
    assert "s3cret-pw" not in result.stdout + result.stderr


def test_an_unknown_host_and_a_missing_database_are_said_in_words(tmp_path, postgres_database):
    unknown = run("stats", cwd=tmp_path, database="postgresql://u:pw@db.invalid/precis")
    assert unknown.stderr == (
        "database error: cannot reach PostgreSQL at db.invalid (DNS lookup failed)\n"
    )
    missing = postgres_database.rsplit("/", 1)[0] + "/precis_no_such_database"
    result = run("stats", cwd=tmp_path, database=missing)
    assert result.returncode == 1
    assert 'database "precis_no_such_database" does not exist' in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", [["serve"], ["worker"], ["stats"]])
def test_a_schema_behind_this_version_stops_serve_and_worker_at_start(
    tmp_path, postgres_database, command
):
    from alembic import command as alembic
    from sqlalchemy import create_engine

    from storage.db import alembic_config, head_revision, schema_revision

    engine = create_engine(postgres_database)
    with engine.begin() as connection:
        alembic.downgrade(alembic_config(connection), "-1")
        behind = schema_revision(connection)
    engine.dispose()
    result = run(
        *command,
        cwd=tmp_path,
        database=postgres_database,
        SLACK_BOT_TOKEN="xoxb-1",
        SLACK_SIGNING_SECRET="s",
    )
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("database error: the database ")
    assert behind != head_revision()
    assert f"is at revision {behind}, this version needs " in result.stderr
    assert result.stderr.endswith(f"needs {head_revision()}: run `precis db upgrade`\n")


def test_an_empty_postgresql_database_says_to_upgrade(tmp_path, postgres_database):
    from sqlalchemy import create_engine, text

    engine = create_engine(postgres_database)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    result = run("stats", cwd=tmp_path, database=postgres_database)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.endswith("run `precis db upgrade`\n")


@pytest.mark.parametrize("url", ["mysql://u:pw@db/precis", "oracle://u:pw@db/precis"])
def test_a_database_precis_does_not_run_on_is_a_configuration_error(tmp_path, url):
    result = run("stats", cwd=tmp_path, database=url)
    assert result.returncode == 2
    scheme = url.split(":", 1)[0]
    assert result.stderr == (
        f"configuration error: {scheme} is not supported: use sqlite:/// or postgresql://\n"
    )


def test_an_unwritable_sqlite_path_or_a_file_that_is_no_database_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("stats", cwd=tmp_path, database=f"sqlite:///{blocker}/sub/precis.db")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("database error: cannot open SQLite database")
    notes = tmp_path / "notes.db"
    notes.write_text("not a database, but notes", encoding="utf-8")
    result = run("stats", cwd=tmp_path, database=f"sqlite:///{notes}")
    assert result.stderr == (
        f"database error: cannot open SQLite database {notes} (not a SQLite database file)\n"
    )


def test_manifest_for_http_mode_is_ready_to_paste(tmp_path):
    result = run("manifest", "--url", "https://bot.example.org/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    manifest = json.loads(result.stdout)
    assert "example.com" not in result.stdout
    events = "https://bot.example.org/slack/events"
    assert {c["url"] for c in manifest["features"]["slash_commands"]} == {events}
    assert manifest["settings"]["event_subscriptions"]["request_url"] == events
    assert manifest["settings"]["interactivity"]["request_url"] == events
    assert manifest["oauth_config"]["redirect_urls"] == [
        "https://bot.example.org/slack/oauth_redirect"
    ]
    assert manifest["settings"]["socket_mode_enabled"] is False


def test_manifest_for_socket_mode_has_no_addresses(tmp_path):
    result = run("manifest", "--socket", cwd=tmp_path)
    manifest = json.loads(result.stdout)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "https://" not in result.stdout
    assert "/precis" in [c["command"] for c in manifest["features"]["slash_commands"]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give either --url"),
        (["--url", "https://a.example", "--socket"], "give either --url"),
        (["--url", "http://bot.example.org"], "is not an https:// address"),
        (["--url", "bot.example.org"], "is not an https:// address"),
    ],
)
def test_manifest_refuses_what_slack_would(tmp_path, args, message):
    result = run("manifest", *args, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_long_text_says_it_is_being_analysed(tmp_path):
    long = tmp_path / "long.txt"
    paragraph = ARTICLE.split("\n\n")[1]
    long.write_text("\n\n".join([paragraph] * 2000), encoding="utf-8")  # about 290,000 characters
    result = run("inspect", str(long), cwd=tmp_path)
    assert result.returncode == 0
    assert f"analysing {long} (0.3 million characters)…" in result.stderr
    short = tmp_path / "short.txt"
    short.write_text(ARTICLE, encoding="utf-8")
    assert "analysing" not in run("inspect", str(short), cwd=tmp_path).stderr
