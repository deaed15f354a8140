"""Language identification: accuracy and speed of ``detect_language`` and of other detectors.

usage: python bench/eval_language.py [--eval DIR] [--testdata DIR]

Two questions, two data sets:

* Does a French or English article ever get refused as another language? Every article
  of the shared evaluation sets (``../shared/eval``: summarization fr.jsonl / en.jsonl,
  fr_news, polnear), whole and paragraph by paragraph (paragraphs of at least one word).
* Are other languages recognised? The sentence test sets of the lingua project
  (github.com/pemistahl/lingua-rs, ``language-models/<code>/testdata/sentences.txt``):
  pass a clone or its ``language-models`` folder as ``--testdata``. For each language
  but French and English: 150 single sentences and 50 texts of three sentences, scored
  twice: the language named right, and kept out of analysis (named anything but French
  or English: what protects users from invented quotes).

Précis's detector is scored as ingestion uses it (``bot.text.language.detect_language``),
and its model alone, without the rule that keeps short texts French or English. Lingua
(high and low accuracy), py3langid and pycld2 are anchors when they are installed (they
are not dependencies). Speed is per call on a 6,000-character article; "load" is the
first call's time, model loading included (lingua loads each language's model lazily).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.text.language import detect_language, identify

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
OTHER_SENTENCES = 150
OTHER_TEXTS = 50
ANALYSED = ("fr", "en")


def french_and_english(folder: Path) -> list[tuple[str, str]]:
    """(language, article text) for every article of the shared evaluation sets."""
    articles = []
    for language in ANALYSED:
        path = folder / "summarization" / f"{language}.jsonl"
        with path.open(encoding="utf-8") as lines:
            articles += [(language, json.loads(line)["text"]) for line in lines]
    articles += [("fr", p.read_text(encoding="utf-8")) for p in (folder / "fr_news").glob("*.txt")]
    for path in folder.glob("polnear_*/text/*.txt"):
        articles.append(("en", path.read_text(encoding="utf-8")))
    return articles


def other_languages(testdata: Path) -> list[tuple[str, str, str]]:
    """(language, text, kind): single sentences and three-sentence texts, but no French or
    English."""
    folder = testdata / "language-models" if (testdata / "language-models").is_dir() else testdata
    rng = random.Random(3)
    texts = []
    for path in sorted(folder.glob("*/testdata/sentences.txt")):
        language = path.parent.parent.name
        if language in ANALYSED:
            continue
        sentences = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        sentences = [sentence for sentence in sentences if sentence]
        texts += [(language, sentence, "sentences") for sentence in sentences[:OTHER_SENTENCES]]
        pool = sentences[OTHER_SENTENCES:]
        texts += [
            (language, " ".join(rng.sample(pool, 3)), "3-sentence texts")
            for _ in range(OTHER_TEXTS)
        ]
    return texts


def detectors() -> dict[str, Callable[[str], str | None]]:
    """Précis's, then every anchor that is installed."""
    chosen: dict[str, Callable[[str], str | None]] = {
        "précis": detect_language,
        "fastText alone": lambda text: next(iter(identify(text)), (None, 0.0))[0],
    }
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        pass
    else:
        every = LanguageDetectorBuilder.from_all_languages
        chosen["lingua (low accuracy)"] = _lingua(lambda: every().with_low_accuracy_mode().build())
        chosen["lingua (high accuracy)"] = _lingua(lambda: every().build())
    try:
        import py3langid
    except ImportError:
        pass
    else:
        chosen["py3langid"] = lambda text: py3langid.classify(text)[0]
    try:
        import pycld2
    except ImportError:
        pass
    else:
        chosen["pycld2"] = lambda text: _cld2(pycld2, text)
    return chosen


def _lingua(build: Callable[[], Any]) -> Callable[[str], str | None]:
    """lingua's detector, built at its first call (so that its load time is measured)."""
    built: list[Any] = []

    def detect(text: str) -> str | None:
        if not built:
            built.append(build())
        found = built[0].detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return detect


def _cld2(pycld2: Any, text: str) -> str | None:
    try:
        _, _, details = pycld2.detect("".join(char for char in text if char.isprintable()))
    except pycld2.error:
        return None
    code = details[0][1]
    return None if code == "un" else code.split("-")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=SHARED_EVAL)
    parser.add_argument("--testdata", type=Path, help="a lingua-rs clone (other languages)")
    args = parser.parse_args()

    articles = french_and_english(args.eval)
    paragraphs = [
        (language, block.strip())
        for language, text in articles
        for block in re.split(r"\n\s*\n", text)
        if block.strip()
    ]
    others = other_languages(args.testdata) if args.testdata else []
    sample = next(text for language, text in articles if language == "fr")[:6_000]
    print(
        f"{len(articles)} French and English articles, {len(paragraphs)} paragraphs; "
        f"{len(others)} texts in {len({language for language, _, _ in others})} other languages"
    )
    for name, detect in detectors().items():
        started = time.perf_counter()
        detect(sample)
        load = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(20):
            detect(sample)
        per_article = (time.perf_counter() - started) / 20 * 1000
        wrong_articles = sum(detect(text) != language for language, text in articles)
        wrong_paragraphs = sum(detect(text) != language for language, text in paragraphs)
        line = (
            f"  {name:24} load {load:5.2f} s, {per_article:5.2f} ms/article | "
            f"fr/en wrong: {wrong_articles} articles, {wrong_paragraphs} paragraphs"
        )
        for kind in ("sentences", "3-sentence texts") if others else ():
            found = [(language, detect(text)) for language, text, of in others if of == kind]
            named = sum(language == guess for language, guess in found) / len(found)
            kept_out = sum(guess not in ANALYSED for _, guess in found) / len(found)
            line += f"\n    other languages, {kind}: {named:.3f} named, {kept_out:.3f} not analysed"
        print(line)


if __name__ == "__main__":
    main()
