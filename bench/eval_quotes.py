"""Measure quote extraction: the seed, the project's own test articles, and PolNeAR (English).

    python bench/eval_quotes.py [--eval-dir /work/shared/eval] [--verbose]

Prints the seed and own-article scores from the team's ``score_quotes.py`` (recall, precision,
speaker) and, on the PolNeAR dev split, the overlap of our direct quotes with annotated
attributions whose content carries quote marks (recall), the share of our direct quotes that
fall in some annotated content (precision), and how often our speaker mention matches the
annotated source. It also times the quote pass alone. Evaluation data is read, never copied.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

from bot.text import analyze
from bot.text.model import Article
from bot.text.nlp import parse
from bot.text.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "text" / "articles"
_QUOTE_MARKS = re.compile(r"[“”\"«»]")


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", eval_dir / "score_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prediction(article: Article) -> dict:
    return {
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind} for q in article.quotes]
    }


def score_gold(scorer, golds: dict[str, dict], predictions: dict[str, dict], verbose: bool) -> str:
    total = dict(gold=0, matched=0, right=0, pred=0, ok_pred=0, traps=0)
    for name, gold in golds.items():
        result = scorer.score_doc(gold, predictions[name])
        if verbose or result["notes"]:
            print("  " + scorer.line(name, result))
            for note in result["notes"]:
                print("     ", note)
        for key in total:
            total[key] += result[key]
    return scorer.line("TOTAL", total)


def own_articles(scorer, verbose: bool) -> None:
    golds, predictions = {}, {}
    for gold_path in sorted(ARTICLES.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (ARTICLES / gold["document"]).read_text(encoding="utf-8")
        golds[gold["document"]] = gold
        predictions[gold["document"]] = _prediction(analyze(text))
    for language in ("fr", "en"):
        chosen = {k: v for k, v in golds.items() if v["language"] == language}
        if chosen:
            line = score_gold(scorer, chosen, predictions, verbose)
            print(f"own articles {language} ({len(chosen)}): {line}")


def _paragraph_origins(article: Article, original: str) -> list[int]:
    """Where each analysed paragraph starts in the original file. Analysis may rewrite a
    paragraph's inner line breaks, so it is found by its opening words."""
    origins, cursor = [], 0
    for paragraph in article.paragraphs:
        found = original.find(paragraph.text[:40], cursor)
        origins.append(found if found >= 0 else cursor)
        if found >= 0:
            cursor = found + len(paragraph.text[:40])
    return origins


def _to_original(article: Article, origins: list[int], offset: int) -> int:
    for paragraph, origin in zip(reversed(article.paragraphs), reversed(origins), strict=True):
        if paragraph.start <= offset:
            return origin + offset - paragraph.start
    return offset


def _located(article: Article, origins: list[int], original: str, quote) -> tuple[int, int, object]:
    """A quote's span in the original file: found by its words near where its paragraph starts
    (analysis may have collapsed spaces inside the paragraph)."""
    start = _to_original(article, origins, quote.start)
    paragraph_origin = origins[quote.paragraph]
    found = original.find(quote.text[:30], paragraph_origin)
    if found >= 0 and found - paragraph_origin < 5000:
        start = found
    return start, start + (quote.end - quote.start), quote


def _annotations(
    path: Path,
) -> tuple[list[tuple[list[tuple[int, int]], str]], list[tuple[int, int]]]:
    """(relations as (content spans, source text), every content span) from a brat file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            key, middle, text = line.split("\t", 2)
            label, ranges = middle.split(" ", 1)
            parts = [tuple(map(int, r.split())) for r in ranges.split(";")]
            spans[key] = (label, parts, text)
        elif line.startswith("E"):
            roles = dict(part.split(":") for part in line.split("\t")[1].split())
            relations.append(roles)
    result = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        result.append((content[1], source[2] if source else ""))
    contents = [r for label, parts, _ in spans.values() if label == "Content" for r in parts]
    return result, contents


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", text)} - {"the", "a", "an", "of"}


def polnear(eval_dir: Path, verbose: bool) -> None:
    base = eval_dir / "polnear_dev"
    annotation_files: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        annotation_files.setdefault(path.stem.rsplit("_", 1)[0], path)
    gold_marked = found_marked = speaker_ok = speaker_total = 0
    gold_all = found_all = predicted = predicted_ok = predicted_all = predicted_all_ok = 0
    for name, ann in sorted(annotation_files.items()):
        original = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = analyze(original, {"language": "en"})
        origins = _paragraph_origins(article, original)
        relations, contents = _annotations(ann)
        ours = [_located(article, origins, original, q) for q in article.quotes]
        direct = [o for o in ours if o[2].kind == "direct"]

        def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        for content, source in relations:
            content_text = "".join(original[s:e] for s, e in content)
            hit = [o for o in direct if any(overlaps((o[0], o[1]), c) for c in content)]
            gold_all += 1
            if any(any(overlaps((o[0], o[1]), c) for c in content) for o in ours):
                found_all += 1
            if not _QUOTE_MARKS.search(content_text):
                continue
            gold_marked += 1
            if hit:
                found_marked += 1
                if source:
                    speaker_total += 1
                    mention = hit[0][2].speaker_mention or ""
                    if _words(mention) & _words(source):
                        speaker_ok += 1
                    elif verbose:
                        print(f"  speaker {name}: ours {mention!r} gold {source!r}")
            elif verbose:
                print(f"  missed {name}: {content_text[:90]!r}")
        for start, end, quote in ours:
            inside = any(overlaps((start, end), c) for c in contents)
            predicted_all += 1
            predicted_all_ok += inside
            if quote.kind == "direct":
                predicted += 1
                predicted_ok += inside
                if verbose and not inside:
                    print(f"  spurious {name}: {quote.text[:90]!r}")
    print(
        f"polnear dev ({len(annotation_files)} articles), quote-mark relations: "
        f"recall {found_marked / gold_marked:.3f} ({found_marked}/{gold_marked}), "
        f"direct precision {predicted_ok / predicted:.3f} ({predicted_ok}/{predicted}), "
        f"speaker mention match {speaker_ok / max(speaker_total, 1):.3f} "
        f"({speaker_ok}/{speaker_total})"
    )
    print(
        f"polnear dev, all relations (direct + indirect): recall {found_all / gold_all:.3f} "
        f"({found_all}/{gold_all}), precision {predicted_all_ok / predicted_all:.3f} "
        f"({predicted_all_ok}/{predicted_all})"
    )


def timing(seed: Path) -> None:
    article = analyze(seed.read_text(encoding="utf-8"))
    docs = parse([p.text for p in article.paragraphs], article.language)
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        extract_quotes(article.text, article.paragraphs, docs, article.language)
    quotes_ms = (time.perf_counter() - began) / runs * 1000
    began = time.perf_counter()
    for _ in range(5):
        analyze(seed.read_text(encoding="utf-8"))
    total_ms = (time.perf_counter() - began) / 5 * 1000
    words = len(article.text.split())
    print(
        f"timing on the seed ({words} words): quote pass {quotes_ms:.1f} ms, "
        f"analyze() {total_ms:.0f} ms"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    scorer = _scorer(args.eval_dir)
    seed_gold = json.loads((args.eval_dir / "seed_gold.json").read_text(encoding="utf-8"))
    seed = args.eval_dir.parent / "seeds" / seed_gold["document"]
    prediction = _prediction(analyze(seed.read_text(encoding="utf-8")))
    print(
        "seed: "
        + score_gold(
            scorer, {seed_gold["document"]: seed_gold}, {seed_gold["document"]: prediction}, True
        )
    )
    own_articles(scorer, args.verbose)
    polnear(args.eval_dir, args.verbose)
    timing(seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
