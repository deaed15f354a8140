"""`precis inspect`: the record's exact shape, its terminal rendering, and the command itself."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bot.cli import app
from bot.text import analyze
from bot.text.report import inspect_record, render_inspect

FERRY_ARTICLE = "\n\n".join(
    [
        " date 2022-07 The island ferry will run twice as often this summer, the operator "
        "announced on Friday, after a season of queues that stretched for hours.",
        "Passengers board the morning ferry in Port Ellen. (Iain Ross/Island News)",
        "“We heard the complaints and we have two boats now,” said Morag Bell, the "
        "operator's director.",
        "ALSO READ | The harbour that time forgot",
        "Tickets go on sale on Monday.",
    ]
)
KEYS = ["path", "title", "language", "date", "paragraphs", "people", "quotes", "summary"]
QUOTE_KEYS = ["text", "speaker", "speaker_mention", "kind", "paragraph", "start", "end"]


def test_record_has_exactly_the_documented_keys_and_is_json():
    record = inspect_record(analyze(FERRY_ARTICLE), "ferry.txt", 2)
    assert list(record) == KEYS
    assert json.loads(json.dumps(record)) == record
    assert record["path"] == "ferry.txt"
    assert record["language"] == "en"
    assert record["date"] == "2022-07"
    assert [p["kind"] for p in record["paragraphs"]] == [
        "body",
        "caption",
        "body",
        "promo",
        "body",
    ]
    assert all(list(p) == ["kind", "text", "author"] for p in record["paragraphs"])
    person_keys = ["name", "aliases", "gender", "kind", "roles"]
    assert all(list(person) == person_keys for person in record["people"])
    assert all(list(quote) == QUOTE_KEYS for quote in record["quotes"])
    assert all(quote["kind"] in ("direct", "indirect") for quote in record["quotes"])


def test_record_summary_has_the_requested_length_and_no_boilerplate():
    record = inspect_record(analyze(FERRY_ARTICLE), "ferry.txt", 2)
    assert len(record["summary"]) == 2
    assert record["summary"][0].startswith("The island ferry will run twice as often")
    assert not any("Iain Ross" in s or "ALSO READ" in s for s in record["summary"])
    assert "date 2022-07" not in json.dumps(record, ensure_ascii=False)


def test_rendering_shows_summary_quotes_and_marks_boilerplate():
    text = render_inspect(inspect_record(analyze(FERRY_ARTICLE), "ferry.txt", 1))
    assert text.startswith("== ferry.txt")
    assert "date 2022-07" in text
    assert "Summary:" in text and "Quotes:" in text and "People:" in text
    assert "[caption] Passengers board" in text
    assert "[promo] ALSO READ" in text


def test_inspect_command_prints_one_json_object_per_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray .env
    first = tmp_path / "ferry.txt"
    first.write_text(FERRY_ARTICLE, encoding="utf-8")
    second = tmp_path / "short.txt"
    second.write_text("date 2021 The museum reopened on Sunday after a long closure.", "utf-8")

    result = CliRunner().invoke(app, ["inspect", str(first), "--json", "--sentences", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert list(record) == KEYS
    assert len(record["summary"]) == 1

    result = CliRunner().invoke(app, ["inspect", str(first), str(second), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["date"] for r in records] == ["2022-07", "2021"]


def test_inspect_command_renders_text_for_a_terminal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "ferry.txt"
    path.write_text(FERRY_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    assert "Summary:" in result.stdout
    assert "The island ferry will run twice as often" in result.stdout


def test_organisations_are_listed_apart_from_people_and_counts_have_plurals():
    record = {
        "path": "x.txt",
        "title": None,
        "language": "fr",
        "date": None,
        "paragraphs": [{"kind": "body", "text": "Un paragraphe.", "author": None}],
        "people": [
            {
                "name": "Ligue des ports",
                "aliases": [],
                "gender": None,
                "kind": "organization",
                "roles": [],
            },
            {
                "name": "Julie Moreau",
                "aliases": ["Moreau"],
                "gender": "f",
                "kind": "person",
                "roles": ["maire"],
            },
        ],
        "quotes": [],
        "summary": [],
    }
    text = render_inspect(record)
    assert "1 paragraph · 0 quotes" in text
    people = text[text.index("People:") : text.index("Organisations:")]
    assert "Julie Moreau" in people and "Ligue des ports" not in people
    assert "Julie Moreau [f], maire (also: Moreau)" in people
    assert "  - Ligue des ports" in text[text.index("Organisations:") :]
