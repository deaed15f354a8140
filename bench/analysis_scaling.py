"""How analysis time grows with the length of the text, for hostile and for newsy shapes.

Linear is the goal: a file of one huge paragraph, or a book-length file naming thousands of
people, must cost a worker seconds per megabyte, not hours. For each shape the bench times
``analyze()`` at each size (CPU seconds of this process, the best of ``--repeat`` runs, so
that other jobs on the machine do not blur the figure) and prints the growth exponent between
the first and last size: 1.0 is linear, 2.0 quadratic.

    .venv/bin/python bench/analysis_scaling.py [--sizes 25000 100000 400000] [--repeat 2]
    .venv/bin/python bench/analysis_scaling.py --file-mb 4.5   # + `precis inspect` on a file
    .venv/bin/python bench/analysis_scaling.py --sizes 0 --inspect FILE   # only that

``--file-mb`` writes a generated article of that size (paragraphs of quotes by thousands of
different people) to a temporary folder and times ``precis inspect FILE --json`` on it, as a
whole process (model load included), wall and CPU; ``--inspect FILE`` does the same for a
file of your own (real articles put end to end, for instance). ``--sizes 0`` skips the shapes.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.text import analyze

FIRST_NAMES = ("Jean", "Marie", "Paul", "Anne", "Luc", "Claire", "Marc", "Sophie", "Louis", "Julie")
SYLLABLES = ("ba", "ro", "len", "ti", "mar", "vo", "kes", "da", "ni", "pel", "gu", "sor", "fe")


def _surnames() -> itertools.cycle[str]:
    """Made-up surnames, all different ("Barolen", "Tiromar", …): a cast that keeps growing."""
    return itertools.cycle("".join(p).capitalize() for p in itertools.product(SYLLABLES, repeat=4))


def newsy_paragraphs(length: int) -> str:
    """Paragraphs of attributed quotes, each by a new person, until ``length`` characters."""
    surnames, first_names = _surnames(), itertools.cycle(FIRST_NAMES)
    paragraphs, size = [], 0
    while size < length:
        first, surname = next(first_names), next(surnames)
        paragraph = (
            f"« Nous tiendrons nos engagements », a déclaré {first} {surname}, maire de la "
            f"ville, mardi. {surname} a ajouté que le conseil voterait le budget en mars. "
            f"« Rien n'est joué », a-t-il estimé devant les élus."
        )
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "Titre du dossier\n\n" + "\n\n".join(paragraphs)


def one_paragraph(sentence: str):
    def make(length: int) -> str:
        return "Titre\n\n" + (sentence * (length // len(sentence) + 1))[:length]

    return make


SHAPES = {
    "quotes, no full stop": one_paragraph("Il a estimé que « la situation » était « grave » et "),
    "short quoted sentences": one_paragraph("« Nous tiendrons », a déclaré Jean Dupont. "),
    "one unclosed quote": one_paragraph("« Nous ne céderons pas, a déclaré le maire. Jamais "),
    "prose, one speaker": one_paragraph(
        "Le conseil a voté le budget, a déclaré Jean Dupont, maire de la ville. "
    ),
    "English interrupted quotes": one_paragraph("“We will not give in,” said the mayor, “not now "),
    "paragraphs, a new speaker each": newsy_paragraphs,
}


def cpu_seconds_to_analyse(text: str, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        started = time.process_time()
        analyze(text)
        best = min(best, time.process_time() - started)
    return best


def scaling(sizes: list[int], repeat: int) -> None:
    analyze("Bonjour. « Oui », a dit Jean Dupont.")  # load the model outside the timings
    header = "".join(f"{size:>11,}" for size in sizes)
    print(f"{'shape (CPU seconds)':32}{header}   growth exponent")
    for name, make in SHAPES.items():
        times = [cpu_seconds_to_analyse(make(size), repeat) for size in sizes]
        exponent = "-"
        if len(sizes) > 1:
            growth = math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])
            exponent = f"{growth:.2f}"
        row = "".join(f"{t:>10.2f}s" for t in times)
        print(f"{name:32}{row}   {exponent}", flush=True)


def generated_file(megabytes: float) -> None:
    """`precis inspect FILE --json` on a generated file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dossier.txt"
        path.write_text(newsy_paragraphs(int(megabytes * 1_000_000)), encoding="utf-8")
        inspect_file(path, "generated file")


def inspect_file(path: Path, label: str = "file") -> None:
    """`precis inspect FILE --json` on ``path``, as a whole process: wall, CPU, peak memory."""
    size = path.stat().st_size
    started = time.perf_counter()
    command = [sys.executable, "-m", "bot", "inspect", str(path), "--json"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)  # this child's own CPU time and peak memory
    wall = time.perf_counter() - started
    code = child.returncode = os.waitstatus_to_exitcode(status)
    print(
        f"precis inspect on a {size / 1e6:.1f} MB {label}: {wall:.1f} s wall, "
        f"{usage.ru_utime + usage.ru_stime:.1f} s CPU, peak RSS {usage.ru_maxrss / 1024:.0f} MB "
        f"({'ok' if code == 0 else f'exit {code}'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 400_000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--file-mb", type=float, help="also time `precis inspect` on a file")
    parser.add_argument("--inspect", type=Path, help="time `precis inspect` on this file")
    args = parser.parse_args()
    sizes = [size for size in args.sizes if size > 0]
    if sizes:
        scaling(sizes, args.repeat)
    if args.file_mb:
        generated_file(args.file_mb)
    if args.inspect:
        inspect_file(args.inspect)


if __name__ == "__main__":
    main()
