"""Growth: how storing an article and answering a question grow with the archive.

    .venv/bin/python bench/growth.py sqlite:////tmp/s1k.db sqlite:////tmp/s10k.db ...

For each store named (build them with bench/make_store.py), prints one JSON line and, at the
end, a Markdown table:

  write        ms per article to store real analysed articles (the base corpus cached by
               make_store.py) one transaction each, as ``ingest`` does (p50 and p95); they
               are deleted again afterwards, so the store is left as it was
  answers      p95 ms of each kind of /quote and /summary question over signed HTTP
               (bench/answer_latency.py, ``--per-kind`` questions of each kind)

Analysis time does not depend on the store (see bench/ingest_throughput.py): the time to
ingest an article at a given size is the analysis time plus the write time here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import statistics
import sys
import time
from pathlib import Path

from answer_latency import measure
from slack_latency import percentile
from workspace import WORKSPACE

from storage import Store

DEFAULT_CACHE = Path("/tmp/precis-bench-base.pickle")


def write_times(url: str, articles: list, count: int) -> list[float]:
    """Seconds to add each of ``count`` real articles in its own transaction (then removed)."""
    store = Store(url)
    times, added = [], []
    try:
        for n, article in enumerate(articles[:count]):
            digest = hashlib.sha256(f"growth-{n}-{time.time()}".encode()).hexdigest()
            started = time.perf_counter()
            result = store.add_article(
                article, source=f"growth/{n}", content_hash=digest, shared_in=WORKSPACE
            )
            times.append(time.perf_counter() - started)
            added.append(result.id)
    finally:
        for article_id in added:
            store.delete_article(article_id)
        store.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("databases", nargs="+", help="store URLs, smallest first")
    parser.add_argument("--writes", type=int, default=50)
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    options = parser.parse_args()
    base = pickle.loads(options.cache.read_bytes())  # made by bench/make_store.py
    rows = []
    for url in options.databases:
        writes = write_times(url, base, options.writes)
        report = measure(url, options.per_kind)
        row = {
            "database": url.split("@")[-1],
            "articles": report["articles"],
            "write_p50_ms": round(statistics.median(writes) * 1000, 1),
            "write_p95_ms": round(percentile(writes, 0.95) * 1000, 1),
            "answer_p95_ms": {k: v["answer"]["p95_ms"] for k, v in report["kinds"].items()},
            "ack_max_ms": max(v["ack"]["max_ms"] for v in report["kinds"].values()),
            "load_1min": round(os.getloadavg()[0], 2),
        }
        print(json.dumps(row, ensure_ascii=False), flush=True)
        rows.append(row)
    kinds = list(rows[0]["answer_p95_ms"])
    print("\n| articles | write p50 / p95 ms | " + " | ".join(f"{k} p95 ms" for k in kinds) + " |")
    print("|---:|---:|" + "---:|" * len(kinds))
    for row in rows:
        answers = " | ".join(f"{row['answer_p95_ms'][k]:.0f}" for k in kinds)
        write = f"{row['write_p50_ms']:.0f} / {row['write_p95_ms']:.0f}"
        print(f"| {row['articles']:,} | {write} | {answers} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
