"""How analysis time grows with one paragraph's length, for hostile shapes of text.

Linear is the goal: a file of one huge paragraph must cost a worker seconds, not hours.
Doubling the length should roughly double the time (ratio ~2); a ratio near 4 is quadratic.

    .venv/bin/python bench/analysis_scaling.py [--sizes 25000 50000 100000]
"""

from __future__ import annotations

import argparse
import time

from bot.text import analyze

SHAPES = {
    "quotes, no full stop": "Il a estimé que « la situation » était « grave » et ",
    "short quoted sentences": "« Nous tiendrons », a déclaré Jean Dupont. ",
    "one unclosed quote": "« Nous ne céderons pas, a déclaré le maire. Jamais ",
    "prose, one speaker": "Le conseil a voté le budget, a déclaré Jean Dupont, maire de la ville. ",
    "English interrupted quotes": "“We will not give in,” said the mayor, “not now ",
}


def seconds_to_analyse(sentence: str, length: int) -> float:
    text = "Titre\n\n" + (sentence * (length // len(sentence) + 1))[:length]
    started = time.perf_counter()
    analyze(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    sizes = parser.parse_args().sizes
    analyze("Bonjour. « Oui », a dit Jean Dupont.")  # load the model outside the timings
    print(f"{'shape':28}" + "".join(f"{size:>12,}" for size in sizes) + "   last ratio")
    for name, sentence in SHAPES.items():
        times = [seconds_to_analyse(sentence, size) for size in sizes]
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] else float("nan")
        row = "".join(f"{t:>11.2f}s" for t in times)
        print(f"{name:28}{row}   {ratio:.1f}", flush=True)


if __name__ == "__main__":
    main()
