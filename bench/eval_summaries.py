"""ROUGE of Précis summaries on the shared evaluation sets, scored by their own scorer.

usage: python bench/eval_summaries.py [--eval DIR] [--out DIR] [--half even|odd]

Runs the production path (``bot.text.analyze_many``) on every article of
``fr.jsonl`` (1 sentence, as in OrangeSum's one-sentence abstracts) and
``en.jsonl`` (3 sentences, as in CNN highlights), writes the predictions as
JSONL and hands them to ``score_summaries.py`` from the same folder, which
prints ROUGE F1 next to lead-k on the same documents. ``--half`` keeps every
other document: the summary weights were tuned on the even half, so the odd
half is the honest figure. It also prints the analysis time per article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.text import analyze_many

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "summarization"
SETS = (("fr", 1), ("en", 3))


def predict(refs: Path, sentences: int, half: str | None) -> tuple[list[dict], float, int]:
    """Summaries of every selected article, the seconds spent analysing, and the word count."""
    rows = [json.loads(line) for line in refs.open(encoding="utf-8")]
    if half:
        rows = rows[0 if half == "even" else 1 :: 2]
    started = time.perf_counter()
    articles = list(analyze_many((row["text"], {}) for row in rows))
    elapsed = time.perf_counter() - started
    predictions = [
        {"id": row["id"], "summary": article.summary(sentences)}
        for row, article in zip(rows, articles, strict=True)
    ]
    return predictions, elapsed, sum(len(row["text"].split()) for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="summarization folder")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "precis-eval",
        help="predictions folder",
    )
    parser.add_argument("--half", choices=("even", "odd"), help="every other document only")
    args = parser.parse_args()
    scorer = args.eval / "score_summaries.py"
    if not scorer.exists():
        print(f"no evaluation data at {args.eval}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for language, sentences in SETS:
        refs = args.eval / f"{language}.jsonl"
        predictions, elapsed, words = predict(refs, sentences, args.half)
        path = args.out / f"{language}_k{sentences}{'_' + args.half if args.half else ''}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for prediction in predictions:
                out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
        print(f"== {language}.jsonl, {sentences} sentence(s), predictions in {path}")
        per_article = 1000 * elapsed / len(predictions)
        print(
            f"analysis {per_article:.0f} ms/article "
            f"({words / len(predictions):.0f} words on average, batched)"
        )
        subprocess.run([sys.executable, str(scorer), str(refs), str(path)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
