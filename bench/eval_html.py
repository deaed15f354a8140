"""Article text from web pages: bag-of-words F1 against Mozilla Readability's test pages.

usage: python bench/eval_html.py PAGES [--all] [--per-page] [--only NAME ...]

PAGES is a copy of the public repository github.com/mozilla/readability: a clone
(``git clone --depth 1 https://github.com/mozilla/readability``), its
``test/test-pages`` folder, or a bare git directory of it (such as the mirror the
search tool's ``fetch`` brings in). Each test page is a folder with the page as
saved (``source.html``) and the article Readability's maintainers checked by hand
(``expected.html``). The pages are read in place and never copied into this project.

"Real sites": pages saved from a web site, as opposed to the small pages written by
hand to test one rule of Readability (Lorem ipsum text, titles such as "Base URL test").
The two groups do not overlap in size: every hand-written page is under 4 KB, every saved
page is over 10 KB. So a page is real when its ``source.html`` is at least ``REAL_BYTES``;
at the repository's state of 2025 that is 94 of 130 pages. ``--all`` scores every page.

For each page: the F1 of the multiset of lower-cased words of the extracted text against
the expected article's (order and markup ignored), for Précis (``extract_html``, what
ingestion analyses) and for plain extractors as anchors: trafilatura with and without
``favor_precision``, and readability-lxml. The overall figure is the mean over pages.
"cuts" counts, for Précis, the paragraph breaks that fall inside one block of the
expected article (a paragraph, heading or list item, split at its ``<br>`` line breaks, or
preformatted text split at its blank lines): a hand-wrapped paragraph cut mid-sentence
shows up there.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import checkout  # noqa: F401  (this checkout's bot/, not an installed one)
import lxml.html
import trafilatura
from readability import Document as ReadabilityDocument

from bot.ingest.blocks import tag_set
from bot.ingest.html import extract_html
from bot.ingest.raw import RejectedDocument

REAL_BYTES = 5_000
PAGES_FOLDER = "test/test-pages"
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_BLOCK_TAGS = tag_set(
    "p div li h1 h2 h3 h4 h5 h6 blockquote pre figcaption dt dd "
    "td th tr table ul ol section article header footer aside figure br hr"
)
_LEAF_BLOCKS = tag_set("p li h1 h2 h3 h4 h5 h6 pre figcaption dt dd")


@dataclass(frozen=True)
class Page:
    name: str
    source: str
    expected: str

    @property
    def real(self) -> bool:
        return len(self.source.encode("utf-8")) >= REAL_BYTES


# --- Reading the pages --------------------------------------------------------------------


def read_pages(location: Path) -> Iterator[Page]:
    """The test pages under ``location``: a work tree, its test-pages folder or a git dir."""
    folder = location / PAGES_FOLDER if (location / PAGES_FOLDER).is_dir() else location
    if any(folder.glob("*/source.html")):
        for page in sorted(path for path in folder.iterdir() if (path / "source.html").exists()):
            yield Page(
                page.name,
                (page / "source.html").read_text(encoding="utf-8"),
                (page / "expected.html").read_text(encoding="utf-8"),
            )
        return
    git = ["git", f"--git-dir={location}"]
    listing = subprocess.run(
        [*git, "ls-tree", "--name-only", f"HEAD:{PAGES_FOLDER}"],
        check=True,
        capture_output=True,
        text=True,
    )
    for name in sorted(listing.stdout.split()):
        files = [
            subprocess.run(
                [*git, "show", f"HEAD:{PAGES_FOLDER}/{name}/{file}"],
                capture_output=True,
                text=True,
            )
            for file in ("source.html", "expected.html")
        ]
        if all(file.returncode == 0 for file in files):
            yield Page(name, files[0].stdout, files[1].stdout)


# --- Extractors ---------------------------------------------------------------------------


def precis_paragraphs(html: str) -> list[str]:
    try:
        document = extract_html(html, "page.html")
    except RejectedDocument:
        return []
    return document.text.split("\n\n")


def trafilatura_text(html: str, precise: bool) -> str:
    return trafilatura.extract(html, favor_precision=precise, include_comments=False) or ""


def readability_text(html: str) -> str:
    return html_text(ReadabilityDocument(html).summary())


def extractors() -> dict[str, Callable[[str], str]]:
    """Précis first, then the plain extractors as anchors."""
    return {
        "précis": lambda html: "\n\n".join(precis_paragraphs(html)),
        "trafilatura precise": lambda html: trafilatura_text(html, precise=True),
        "trafilatura": lambda html: trafilatura_text(html, precise=False),
        "readability-lxml": readability_text,
    }


# --- Scoring ------------------------------------------------------------------------------


def html_text(html: str) -> str:
    """The text of an HTML fragment, with blocks apart so words never run together."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return root.text_content()


def words(text: str) -> Counter[str]:
    """Lower-cased words; a soft hyphen (invisible unless a line breaks there) joins."""
    return Counter(_WORD.findall(text.replace("\u00ad", "").lower()))


def f1(predicted: str, expected: Counter[str]) -> float:
    found = words(predicted)
    overlap = sum((found & expected).values())
    total = sum(found.values()) + sum(expected.values())
    return 2 * overlap / total if total else 1.0


def expected_blocks(html: str) -> list[str]:
    """The expected article's innermost blocks, split at ``<br>`` (and at blank lines in
    ``<pre>``), whitespace folded."""
    root = lxml.html.fromstring(html)
    blocks: list[str] = []
    for element in root.iter(*_LEAF_BLOCKS):
        if any(child.tag in _LEAF_BLOCKS for child in element.iterdescendants()):
            continue
        for br in element.iter("br"):
            br.tail = "\u2028" + (br.tail or "")
        text = element.text_content()
        if element.tag == "pre":  # preformatted: a blank line is a paragraph break
            text = re.sub(r"\n[ \t]*\n", "\u2028", text)
        for line in text.split("\u2028"):
            folded = _SPACES.sub(" ", line).strip()
            if len(folded) >= 20:
                blocks.append(folded)
    return blocks


def cuts(paragraphs: list[str], blocks: list[str]) -> int:
    """Paragraph breaks falling strictly inside one expected block found in the output."""
    folded = [_SPACES.sub(" ", paragraph).strip() for paragraph in paragraphs]
    joined = " ".join(folded)
    breaks, offset = [], 0
    for paragraph in folded[:-1]:
        offset += len(paragraph)
        breaks.append(offset)
        offset += 1
    count = 0
    for block in blocks:
        at = joined.find(block)
        if at >= 0:
            count += sum(at < position < at + len(block) for position in breaks)
    return count


# --- Report -------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="a clone, test-pages folder or git dir")
    parser.add_argument("--all", action="store_true", help="score hand-written pages too")
    parser.add_argument("--per-page", action="store_true", help="print a line per page")
    parser.add_argument("--only", nargs="*", default=(), help="these page names only")
    args = parser.parse_args()

    chosen = extractors()
    pages = [page for page in read_pages(args.pages) if args.all or page.real]
    if args.only:
        pages = [page for page in pages if page.name in args.only]
    if not pages:
        parser.error(f"no test pages found under {args.pages}")
    scores: dict[str, list[float]] = {name: [] for name in chosen}
    seconds: dict[str, float] = dict.fromkeys(chosen, 0.0)
    total_cuts = pages_cut = 0
    names = list(chosen)
    if args.per_page:
        print(f"{'page':32} " + " ".join(f"{name[:11]:>11}" for name in names) + "  cuts")
    for page in pages:
        expected = words(html_text(page.expected))
        row = []
        for name, extract in chosen.items():
            started = time.perf_counter()
            text = extract(page.source)
            seconds[name] += time.perf_counter() - started
            scores[name].append(f1(text, expected))
            row.append(scores[name][-1])
        page_cuts = cuts(precis_paragraphs(page.source), expected_blocks(page.expected))
        total_cuts += page_cuts
        pages_cut += page_cuts > 0
        if args.per_page:
            print(f"{page.name[:32]:32} " + " ".join(f"{v:11.3f}" for v in row) + f"  {page_cuts}")
    kind = "all" if args.all else "real-site"
    print(f"\n{len(pages)} {kind} pages; mean bag-of-words F1 (median), seconds per page:")
    for name in names:
        mean, median = statistics.fmean(scores[name]), statistics.median(scores[name])
        per_page = seconds[name] / len(pages)
        print(f"  {name:28} {mean:.3f} ({median:.3f})  {per_page:.3f} s")
    print(f"précis paragraph breaks inside one expected block: {total_cuts} on {pages_cut} pages")


if __name__ == "__main__":
    main()
