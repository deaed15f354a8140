"""Measure quote extraction: real news first, the project's own articles as a regression line.

    python bench/eval_quotes.py [--eval-dir ../shared/eval] [--set NAME ...] [--verbose]

Sets, in the order they are printed (``--set`` picks some of them):

- ``fr_news``: 25 real French articles, ``fr_news/gold.json``;
- ``polnear``: PolNeAR dev with full-name speakers, ``polnear_dev/speakers_gold.json``;
  both scored by the team's ``score_quotes.py`` (recall, precision, full-name speaker, traps);
- ``relations``: PolNeAR dev quote-mark relations: the overlap of our direct quotes with
  annotated attributions whose content carries quote marks (recall), the share of our direct
  quotes inside some annotated content (precision), and how often our speaker *mention*
  shares a word with the annotated source;
- ``seed``: the first document; ``own``: the articles under ``tests/text/articles``;
- ``timing``: the quote pass alone and the whole ``analyze()`` on the seed.

``--verbose`` prints every document's line and its error notes (missed, wrong speaker,
spurious). Every article goes through ``analyze_many``, the production path, exactly as
``precis inspect FILE --json`` reads it. Evaluation data is read, never copied.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from bot.text import analyze, analyze_many
from bot.text.model import Article, Quote

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "text" / "articles"
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
SETS = ("fr_news", "polnear", "relations", "seed", "own", "timing")
_QUOTE_MARKS = re.compile(r"[“”\"«»]")
_TOTAL_KEYS = ("gold", "matched", "right", "pred", "ok_pred", "traps")


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_quotes", eval_dir / "score_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prediction(article: Article) -> dict:
    """What ``precis inspect --json`` gives the scorer: the quotes with speaker and kind."""
    return {
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind} for q in article.quotes]
    }


def _analysed(paths: Iterable[Path], meta: dict[str, str] | None = None) -> dict[str, Article]:
    paths = list(paths)
    items = [(path.read_text(encoding="utf-8"), meta or {}) for path in paths]
    return {path.name: article for path, article in zip(paths, analyze_many(items), strict=True)}


def score_gold(
    scorer: ModuleType, golds: dict[str, dict], articles: dict[str, Article], verbose: bool
) -> str:
    """The scorer's TOTAL line over ``golds``; with ``verbose``, each document and its notes."""
    total = dict.fromkeys(_TOTAL_KEYS, 0)
    for name, gold in golds.items():
        result = scorer.score_doc(gold, _prediction(articles[name]))
        if verbose:
            print("  " + scorer.line(name, result))
            for note in result["notes"]:
                print("      " + note)
        for key in total:
            total[key] += result[key]
    return scorer.line("TOTAL", total)


def gold_set(scorer: ModuleType, label: str, gold_path: Path, text_dir: Path, verbose: bool):
    golds = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = _analysed(text_dir / name for name in golds)
    print(f"{label} ({len(golds)} articles): {score_gold(scorer, golds, articles, verbose)}")
    if label == "fr_news":  # develop on one half, check on the other
        for half, parity in (("odd", 1), ("even", 0)):
            chosen = {k: v for k, v in golds.items() if _number(k) % 2 == parity}
            print(f"  {half} half ({len(chosen)}): {score_gold(scorer, chosen, articles, False)}")


def _number(name: str) -> int:
    """The article's number in its file name (frdev07_… -> 7)."""
    found = re.search(r"\d+", name)
    return int(found.group()) if found else 0


def own_articles(scorer: ModuleType, verbose: bool) -> None:
    golds = {}
    for gold_path in sorted(ARTICLES.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        golds[gold["document"]] = gold
    articles = _analysed(ARTICLES / name for name in golds)
    for language in ("fr", "en"):
        chosen = {k: v for k, v in golds.items() if v["language"] == language}
        if chosen:
            line = score_gold(scorer, chosen, articles, verbose)
            print(f"own articles {language} ({len(chosen)}): {line}")


def seed(scorer: ModuleType, eval_dir: Path, verbose: bool) -> None:
    gold = json.loads((eval_dir / "seed_gold.json").read_text(encoding="utf-8"))
    path = eval_dir.parent / "seeds" / gold["document"]
    articles = _analysed([path])
    print("seed: " + score_gold(scorer, {gold["document"]: gold}, articles, verbose))


# --- PolNeAR quote-mark relations ------------------------------------------------------------


def _find(original: str, words: str, start: int) -> tuple[int, int] | None:
    """Where ``words`` occur in ``original`` from ``start``, whatever the spaces between them
    (analysis folds line breaks, runs of spaces and no-break spaces to one space)."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    match = re.compile(pattern).search(original, start) if pattern else None
    return (match.start(), match.end()) if match else None


def _paragraph_origins(article: Article, original: str) -> list[int]:
    """Where each analysed paragraph starts in the original file. Analysis may rewrite a
    paragraph's inner line breaks, so it is found by its opening words."""
    origins, cursor = [], 0
    for paragraph in article.paragraphs:
        found = _find(original, paragraph.text[:40], cursor)
        origins.append(found[0] if found else cursor)
        if found:
            cursor = found[1]
    return origins


def _to_original(article: Article, origins: list[int], offset: int) -> int:
    for paragraph, origin in zip(reversed(article.paragraphs), reversed(origins), strict=True):
        if paragraph.start <= offset:
            return origin + offset - paragraph.start
    return offset


def _located(
    article: Article, origins: list[int], original: str, quote: Quote
) -> tuple[int, int, Quote]:
    """A quote's span in the original file: found by its words near where its paragraph starts
    (analysis may have collapsed spaces inside the paragraph)."""
    start = _to_original(article, origins, quote.start)
    paragraph_origin = origins[quote.paragraph]
    found = _find(original, quote.text[:30], paragraph_origin)
    if found and found[0] - paragraph_origin < 5000:
        start = found[0]
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
            parts = [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]
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


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def relations(eval_dir: Path, verbose: bool) -> None:
    base = eval_dir / "polnear_dev"
    annotation_files: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        annotation_files.setdefault(path.stem.rsplit("_", 1)[0], path)
    names = sorted(annotation_files)
    articles = _analysed((base / "text" / f"{name}.txt" for name in names), {"language": "en"})
    gold_marked = found_marked = speaker_ok = speaker_total = 0
    gold_all = found_all = predicted = predicted_ok = predicted_all = predicted_all_ok = 0
    for name in names:
        original = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = articles[f"{name}.txt"]
        origins = _paragraph_origins(article, original)
        annotated, contents = _annotations(annotation_files[name])
        ours = [_located(article, origins, original, q) for q in article.quotes]
        direct = [o for o in ours if o[2].kind == "direct"]
        for content, source in annotated:
            content_text = "".join(original[s:e] for s, e in content)
            hit = [o for o in direct if any(_overlaps((o[0], o[1]), c) for c in content)]
            gold_all += 1
            if any(any(_overlaps((o[0], o[1]), c) for c in content) for o in ours):
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
            inside = any(_overlaps((start, end), c) for c in contents)
            predicted_all += 1
            predicted_all_ok += inside
            if quote.kind == "direct":
                predicted += 1
                predicted_ok += inside
                if verbose and not inside:
                    print(f"  spurious {name}: {quote.text[:90]!r}")
    print(
        f"polnear dev ({len(names)} articles), quote-mark relations: "
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


def timing(eval_dir: Path) -> None:
    """The quote pass alone and the whole analysis, on the seed."""
    from bot.text.nlp import parse
    from bot.text.quotes import extract_quotes

    gold = json.loads((eval_dir / "seed_gold.json").read_text(encoding="utf-8"))
    text = (eval_dir.parent / "seeds" / gold["document"]).read_text(encoding="utf-8")
    article = analyze(text)
    docs = parse([p.text for p in article.paragraphs], article.language)
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        extract_quotes(article.text, article.paragraphs, docs, article.language)
    quotes_ms = (time.perf_counter() - began) / runs * 1000
    began = time.perf_counter()
    for _ in range(5):
        analyze(text)
    total_ms = (time.perf_counter() - began) / 5 * 1000
    words = len(article.text.split())
    print(
        f"timing on the seed ({words} words): quote pass {quotes_ms:.1f} ms, "
        f"analyze() {total_ms:.0f} ms"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument(
        "--set", dest="sets", action="append", choices=SETS, help="run only this set (repeatable)"
    )
    parser.add_argument("--verbose", action="store_true", help="each document's errors")
    args = parser.parse_args(argv)
    chosen = args.sets or list(SETS)
    scorer = _scorer(args.eval_dir)
    if "fr_news" in chosen:
        base = args.eval_dir / "fr_news"
        gold_set(scorer, "fr_news", base / "gold.json", base, args.verbose)
    if "polnear" in chosen:
        base = args.eval_dir / "polnear_dev"
        gold_set(
            scorer, "polnear dev speakers", base / "speakers_gold.json", base / "text", args.verbose
        )
    if "relations" in chosen:
        relations(args.eval_dir, args.verbose)
    if "seed" in chosen:
        seed(scorer, args.eval_dir, args.verbose)
    if "own" in chosen:
        own_articles(scorer, args.verbose)
    if "timing" in chosen:
        timing(args.eval_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
