"""ROUGE of Précis summaries on the shared evaluation sets, scored by their own scorer.

usage: python bench/eval_summaries.py [--eval DIR] [--out DIR] [--half even|odd]

Runs the production path (``bot.text.analyze_many``) on every article of
``fr.jsonl`` (1 sentence, as in OrangeSum's one-sentence abstracts) and
``en.jsonl`` (3 sentences, as in CNN highlights), writes the predictions as
JSONL and hands them to ``score_summaries.py`` from the same folder, which
prints ROUGE F1 next to lead-k on the same documents. ``--half`` keeps every
other document: the summary weights were tuned on the even half, so the odd
half is the honest figure. It also prints the analysis time per article next to
spaCy's bare ``nlp.pipe`` over the same texts (the French model with every component
on, as ``spacy.load`` gives it; English's blank pipeline), and the time
of one ``analyze()`` call on the seed article (800 words) once the model is loaded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from bot.text import analyze, analyze_many
from bot.text.nlp import FRENCH_MODEL, pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_EVAL = SHARED / "eval" / "summarization"
SEED = SHARED / "seeds" / "000_56e3ba51d6ccbe9f.txt"
SETS = (("fr", 1), ("en", 3))


def predict(
    refs: Path, language: str, sentences: int, half: str | None
) -> tuple[list[dict], float, float, int]:
    """Summaries of the selected articles, seconds spent analysing them and spent by a bare
    ``nlp.pipe`` over the same texts, and their word count."""
    rows = [json.loads(line) for line in refs.open(encoding="utf-8")]
    if half:
        rows = rows[0 if half == "even" else 1 :: 2]
    nlp = spacy.load(FRENCH_MODEL) if language == "fr" else pipeline(language)
    warm_up = rows[0]["text"]
    nlp(warm_up)
    list(analyze_many([(warm_up, {})]))  # loads Précis's own pipeline outside the timing
    started = time.perf_counter()
    for _ in nlp.pipe(row["text"] for row in rows):
        pass
    bare = time.perf_counter() - started
    started = time.perf_counter()
    articles = list(analyze_many((row["text"], {}) for row in rows))
    elapsed = time.perf_counter() - started
    predictions = [
        {"id": row["id"], "summary": article.summary(sentences)}
        for row, article in zip(rows, articles, strict=True)
    ]
    return predictions, elapsed, bare, sum(len(row["text"].split()) for row in rows)


def time_seed(repeat: int = 7) -> None:
    """Median time of one ``analyze()`` call on the seed article, model already loaded."""
    if not SEED.exists():
        return
    text = SEED.read_text(encoding="utf-8")
    analyze(text)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        analyze(text)
        times.append(time.perf_counter() - started)
    median = 1000 * statistics.median(times)
    print(
        f"== seed article, {len(text.split())} words: analyze() {median:.0f} ms, median of {repeat}"
    )


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
        predictions, elapsed, bare, words = predict(refs, language, sentences, args.half)
        path = args.out / f"{language}_k{sentences}{'_' + args.half if args.half else ''}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for prediction in predictions:
                out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
        print(f"== {language}.jsonl, {sentences} sentence(s), predictions in {path}")
        count = len(predictions)
        print(
            f"analysis {1000 * elapsed / count:.0f} ms/article, bare nlp.pipe "
            f"{1000 * bare / count:.0f} ms/article ({words / count:.0f} words on average)"
        )
        subprocess.run([sys.executable, str(scorer), str(refs), str(path)], check=True)
    time_seed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
