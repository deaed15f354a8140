"""Read the quotes of articles nobody annotated, to judge them by hand.

    python bench/audit_quotes.py FILE.jsonl [--half even|odd] [--skip N] [--count N] [--save F]
    python bench/audit_quotes.py --diff BEFORE.json AFTER.json

Each line of FILE is a JSON object with a "text". Articles go through ``analyze_many``, the
production path (as ``bench/eval_quotes.py`` reads them); for each article with quotes, every
quote is printed with its kind, speaker, speaker mention and the sentence around it. ``--half``
keeps the articles of even or odd line numbers (write rules from one half, check them on the
other); ``--skip`` and ``--count`` take a slice of the articles with quotes. ``--save`` writes
the records to a file outside the project (e.g. /tmp), ``--diff`` prints what two runs differ on.
Evaluation text is printed to the terminal only, never written into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.text import analyze_many
from bot.text.model import Article, Quote

CONTEXT_CHARS = 160  # text shown on each side of a quote


def _rows(path: Path, half: str | None) -> list[tuple[int, dict]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [(number, json.loads(line)) for number, line in enumerate(lines) if line.strip()]
    if half is not None:
        rows = [(n, row) for n, row in rows if n % 2 == (half == "odd")]
    return rows


def _around(article: Article, quote: Quote) -> str:
    """The quote in its surroundings, the quoted words between ⟦ ⟧."""
    text = article.text
    before = text[max(0, quote.start - CONTEXT_CHARS) : quote.start]
    after = text[quote.end : quote.end + CONTEXT_CHARS]
    return f"…{before}⟦{text[quote.start : quote.end]}⟧{after}…".replace("\n", " ")


def _records(path: Path, half: str | None, skip: int, count: int) -> list[dict]:
    rows = _rows(path, half)
    articles = analyze_many((row["text"], {}) for _, row in rows)  # language as ingest finds it
    records: list[dict] = []
    seen = 0
    for (number, _), article in zip(rows, articles, strict=True):
        if not article.quotes:
            continue
        seen += 1
        if seen <= skip:
            continue
        if seen > skip + count:
            break
        quotes = [
            {
                "kind": q.kind,
                "speaker": q.speaker,
                "mention": q.speaker_mention,
                "text": q.text,
                "around": _around(article, q),
            }
            for q in article.quotes
        ]
        records.append({"line": number, "quotes": quotes})
    return records


def _show(records: list[dict]) -> None:
    total = 0
    for record in records:
        print(f"=== line {record['line']}")
        for q in record["quotes"]:
            total += 1
            print(f"  [{q['kind']}] {q['speaker']!r} (mention {q['mention']!r})")
            print(f"      {q['around']}")
    print(f"{len(records)} articles, {total} quotes")


def _diff(before_path: Path, after_path: Path) -> None:
    before = {r["line"]: r for r in json.loads(before_path.read_text(encoding="utf-8"))}
    after = {r["line"]: r for r in json.loads(after_path.read_text(encoding="utf-8"))}
    changed = 0
    for line in sorted(set(before) | set(after)):
        old = {(q["text"], q["kind"]): q["speaker"] for q in before.get(line, {}).get("quotes", [])}
        new = {(q["text"], q["kind"]): q["speaker"] for q in after.get(line, {}).get("quotes", [])}
        for key in sorted(set(old) | set(new)):
            was, now = old.get(key, "(no quote)"), new.get(key, "(no quote)")
            if was != now:
                changed += 1
                print(f"line {line} [{key[1]}] {was!r} -> {now!r}: {key[0][:140]!r}")
    print(f"{changed} quotes changed")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--skip", type=int, default=0, help="articles with quotes to pass over")
    parser.add_argument("--count", type=int, default=60, help="articles with quotes to show")
    parser.add_argument("--save", type=Path, help="write the records here (outside the project)")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--quiet", action="store_true", help="save without printing")
    args = parser.parse_args(argv)
    if args.diff:
        _diff(*args.diff)
        return 0
    if args.file is None:
        parser.error("a jsonl file is needed")
    records = _records(args.file, args.half, args.skip, args.count)
    if args.save:
        if Path(__file__).resolve().parent.parent in args.save.resolve().parents:
            parser.error("--save writes evaluation text: keep it outside the project")
        args.save.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    if not args.quiet:
        _show(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
