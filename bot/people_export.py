"""`precis people`: the rows a newsroom's diversity report needs, as CSV, JSON or a table."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from bot.languages import as_language, is_analysed
from storage import Store, Viewer
from storage.contracts import PersonStat

COLUMNS = ("name", "kind", "role", "gender", "evidence", "quotes", "articles", "first", "last")


def read_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option} {text!r} is not a date like 2026-11-01") from None


def row(stat: PersonStat) -> dict[str, object]:
    return {
        "name": stat.name,
        "kind": stat.kind,
        "role": stat.role or "",
        "gender": stat.gender or ("unknown" if stat.kind == "person" else ""),
        "evidence": stat.evidence or "",
        "quotes": stat.quotes,
        "articles": stat.articles,
        "first": stat.first.isoformat(),
        "last": stat.last.isoformat(),
    }


def write_chart(
    store: Store,
    path: Path,
    until: str | None,
    team: str | None,
    channel: str | None,
    language: str,
) -> str:
    """Draw the voices chart to ``path``; its alt text."""
    from bot.chart import voices_chart

    if not is_analysed(language):
        raise ValueError(f"--language {language!r}: fr or en")
    last = read_day(until, "--until") if until else date.today()
    viewer = Viewer(team, channel) if team else None
    drawn = voices_chart(store, last, as_language(language), viewer=viewer)
    path.write_bytes(drawn.png)
    return drawn.alt_text


def export_people(
    store: Store,
    since: str,
    until: str | None,
    *,
    channel: str | None,
    team: str | None,
    form: str,
) -> str:
    """The export as text in ``form`` ("csv", "json" or "table")."""
    first = read_day(since, "--since")
    last = read_day(until, "--until") if until else date.today()
    if channel and not team:
        raise ValueError("--channel needs --team (the workspace it belongs to)")
    viewer = Viewer(team, channel) if team else None
    rows = [row(s) for s in store.people_export(first, last, viewer=viewer)]
    if form == "json":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if form == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    lines = [f"{r['quotes']:>6}  {r['articles']:>5}  {r['gender']:<8} {r['name']}" for r in rows]
    return "\n".join(["quotes  arts.  gender   name", *lines]) + "\n"
