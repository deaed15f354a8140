"""Where a PostgreSQL answer spends its time: ``EXPLAIN (ANALYZE, BUFFERS)`` of every statement
each kind of question runs.

    .venv/bin/python bench/explain_queries.py \\
        --database postgresql://postgres@127.0.0.1/precis_bench_100k --out /tmp/plans-100k.txt

For each kind of bench/answer_latency.py (/quote, /summary, /people and /check) it draws
``--per-kind`` questions from the store (same seed, same questions as that bench), answers
each once through the product's own answer functions while recording every statement the
store sends (whatever the SQL is today, so the same command shows the plans before and
after a change), then replays the recorded statements in one transaction, in order:
``SET LOCAL`` as it was, every query under ``EXPLAIN (ANALYZE, BUFFERS)``. The replay runs
on a warm cache (the answer just read the same pages).

Prints one line per statement (execution time, shared buffers hit/read, the plan's top node)
and per kind the total; ``--out`` gets the full plans.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from answer_latency import questions
from sqlalchemy import event

from bot.listeners.answers import quote_answer, summary_answer
from bot.listeners.desk import check_answer, people_answer
from bot.slack_stub import TEAM_ID
from storage import Store
from storage.scope import Viewer

_EXECUTION = re.compile(r"Execution Time: ([\d.]+) ms")
_BUFFERS = re.compile(r"Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?")
_QUERY = re.compile(r"^\s*(SELECT|WITH)\b", re.IGNORECASE)


def recorded_statements(store: Store, command: str, text: str) -> list[tuple[str, object]]:
    """Every (statement, parameters) the store sends while answering ``command text``."""
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        seen.append((statement, parameters))

    # Asked in a public channel of the workspace the bench's articles are shared with
    # (bench/people_counts.py), as bench/answer_latency.py asks through the stand-in.
    viewer = Viewer(TEAM_ID, "C0EXPLAIN", private=False)
    answers: dict[str, Callable[[], object]] = {
        "/quote": lambda: quote_answer(store, text, "en", viewer=viewer, share=False),
        "/summary": lambda: summary_answer(store, text, "en", viewer=viewer, share=False),
        "/people": lambda: people_answer(store, text, "en", viewer=viewer),
        "/check": lambda: check_answer(store, text, "en", viewer=viewer),
    }
    event.listen(store.engine, "before_cursor_execute", record)
    try:
        answers[command]()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def explained(store: Store, statements: list[tuple[str, object]]) -> list[tuple[str, str]]:
    """(statement, plan text) for every query, replayed in order in one transaction."""
    plans = []
    with store.read() as connection:
        for statement, parameters in statements:
            if not _QUERY.match(statement):
                connection.exec_driver_sql(statement, parameters or None)  # SET LOCAL ...
                continue
            rows = connection.exec_driver_sql(
                "EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters or None
            ).all()
            plans.append((statement, "\n".join(row[0] for row in rows)))
    return plans


def summary_line(plan: str) -> tuple[float, int, int, str]:
    """Execution ms, shared buffers hit and read (whole plan), and the top node."""
    execution = float(_EXECUTION.search(plan)[1]) if _EXECUTION.search(plan) else 0.0
    first = _BUFFERS.search(plan)
    hit, read = (int(first[1] or 0), int(first[2] or 0)) if first else (0, 0)
    top = plan.splitlines()[0].split("  (")[0].strip()
    return execution, hit, read, top


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a PostgreSQL store's URL")
    parser.add_argument("--per-kind", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the full plans here")
    options = parser.parse_args()
    store = Store(options.database)
    if store.is_sqlite:
        parser.error("EXPLAIN (ANALYZE, BUFFERS) is PostgreSQL's: give a postgresql:// URL")
    counts = store.stats()
    asked = questions(store, options.per_kind, random.Random(options.seed))
    full: list[str] = []
    print(f"store: {counts.articles} articles, {counts.quotes} quotes, {counts.people} people")
    for kind, kind_questions in asked.items():
        total = 0.0
        for command, text in kind_questions[1 : options.per_kind + 1]:  # as answer_latency
            statements = recorded_statements(store, command, text)
            plans = explained(store, statements)
            print(f"{kind} {text!r}: {len(plans)} queries")
            for statement, plan in plans:
                ms, hit, read, top = summary_line(plan)
                total += ms
                print(f"    {ms:8.1f} ms  hit {hit:6d} read {read:6d}  {top}")
                full += [f"-- {kind} {text!r}", statement, plan, ""]
        print(f"  {kind}: {total / options.per_kind:.1f} ms of execution per question")
    print(f"load average {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} CPUs")
    if options.out:
        options.out.write_text("\n".join(full), encoding="utf-8")
        print(f"full plans in {options.out}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
