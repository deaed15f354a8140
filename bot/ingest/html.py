"""Main text, title, date and author of an HTML page.

Used for HTML files, web pages and HTML files shared in Slack alike.

The body is chosen per page among three extractions, the way trafilatura arbitrates
between its own result and its fallbacks: trafilatura with ``favor_precision`` (little
boilerplate, but on some pages it keeps only the first paragraph), trafilatura's default
(which keeps those bodies, and on other pages adds boilerplate), and readability-lxml (a
different algorithm, so a third opinion on how long the article is). See
:func:`choose_body`. Paragraphs come from the chosen extraction's tree (``blocks``), and
the title is checked against the page's own ``<title>`` (``titles``).
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import lxml.html
import trafilatura
from lxml import etree
from readability import Document as ReadabilityDocument
from trafilatura.settings import Document as TrafilaturaDocument

from bot.ingest.blocks import Block, fold, paragraphs, tag_set
from bot.ingest.raw import RawDocument, RejectedDocument
from bot.ingest.titles import choose_title, page_facts

log = logging.getLogger(__name__)
# readability-lxml logs a traceback when a page defeats it; that is an answer here (no third
# opinion), not an error of Précis's.
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

# "Much longer": trafilatura's own threshold for preferring readability's extraction.
MUCH_LONGER = 2.0
# Below this, readability's text is a fragment (a standfirst, a caption), not a body that
# could replace a longer extraction.
MIN_BODY_CHARACTERS = 1_000
# Share of one extraction's words that another must hold to be taken as containing it
# (not 1.0: the two tokenise a few characters differently).
CONTAINS = 0.98
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Extraction:
    """One extractor's article: its paragraphs and their total length."""

    name: str
    blocks: tuple[Block, ...]

    @cached_property
    def length(self) -> int:
        return sum(len(block.text) for block in self.blocks)

    @cached_property
    def body_words(self) -> Counter[str]:
        """The words of its paragraphs, headings aside (readability drops the headline)."""
        return Counter(
            word
            for block in self.blocks
            if not block.heading
            for word in _WORD.findall(block.text.lower())
        )

    @property
    def has_body(self) -> bool:
        """Whether anything but headings was extracted."""
        return any(not block.heading for block in self.blocks)

    def contains(self, other: Extraction) -> bool:
        """Whether (nearly) every word of ``other``'s paragraphs is in this extraction's too."""
        total = sum(other.body_words.values())
        overlap = sum((other.body_words & self.body_words).values())
        return bool(total) and overlap >= CONTAINS * total


def extract_html(html: str, source: str, url: str | None = None) -> RawDocument:
    """The article in ``html`` as a RawDocument; raises when the page has no article text."""
    precise = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
    )
    body = choose_body(
        _trafilatura_extraction("precise", getattr(precise, "body", None)),
        _trafilatura_extraction("default", _default_body(html, url)),
        _readability_extraction(html, url),
    )
    extracted_title = getattr(precise, "title", None)
    site_name = getattr(precise, "sitename", None)
    title = choose_title(extracted_title, page_facts(html), url, site_name)
    blocks = list(body.blocks)
    # The headline opening the body is the title, kept as such.
    if blocks and _same_text(blocks[0].text, title, extracted_title):
        blocks = blocks[1:]
    if all(block.heading for block in blocks):
        # A headline alone (a photo gallery, a video page) is no article.
        raise RejectedDocument("no article text found in the page")
    meta = {
        key: value
        for key, value in (
            ("title", title),
            ("date", getattr(precise, "date", None)),
            ("author", getattr(precise, "author", None)),
            ("url", url or getattr(precise, "url", None)),
        )
        if value
    }
    return RawDocument(text="\n\n".join(block.text for block in blocks), source=source, meta=meta)


def choose_body(precise: Extraction, default: Extraction, readable: Extraction) -> Extraction:
    """The extraction most likely to be the article, judged by length agreement.

    When the two trafilatura settings disagree by more than ``MUCH_LONGER`` times, one of
    them lost the body or took in boilerplate; the one closer in length to readability's
    is right (without readability's, the default: losing the body is the worse mistake).
    Then readability's wins when it is much longer (trafilatura's own rule), when it is
    much shorter yet a body by itself (the rest being comments, related stories or
    navigation), and when it holds all of the chosen text and more: the extractions agree
    on the article and readability kept parts that precision dropped (a lead paragraph,
    subheadings, a table).
    """
    chosen = precise
    if _ratio(precise, default) > MUCH_LONGER:
        closer = min(precise, default, key=lambda option: _ratio(option, readable))
        chosen = closer if readable.length else default
    if not chosen.length:
        chosen = default
    if readable.length > MUCH_LONGER * chosen.length:
        return readable
    much_shorter = chosen.length > MUCH_LONGER * readable.length
    if much_shorter and readable.length >= MIN_BODY_CHARACTERS:
        return readable
    extends = chosen.has_body and readable.length > chosen.length and readable.contains(chosen)
    return readable if extends else chosen


def _ratio(first: Extraction, second: Extraction) -> float:
    """How many times longer the longer of the two is (infinite if one is empty)."""
    shorter, longer = sorted((first.length, second.length))
    return longer / shorter if shorter else math.inf


def _trafilatura_extraction(name: str, body: etree._Element | None) -> Extraction:
    return Extraction(name, tuple(paragraphs(body)) if body is not None else ())


def _default_body(html: str, url: str | None) -> etree._Element | None:
    document = trafilatura.bare_extraction(html, url=url, include_comments=False)
    return document.body if isinstance(document, TrafilaturaDocument) else None


def _readability_extraction(html: str, url: str | None) -> Extraction:
    try:
        page = trafilatura.load_html(html)  # copes with XML declarations, unlike lxml's parser
        if page is None:
            return Extraction("readability", ())
        wrap_loose_text(page)
        summary = ReadabilityDocument(lxml.html.tostring(page, encoding="unicode"), url=url)
        tree = lxml.html.fragment_fromstring(
            summary.summary(html_partial=True), create_parent="div"
        )
    except Exception as error:  # a third opinion only: its failure must not fail the page
        log.debug("readability could not read the page: %s", error)
        return Extraction("readability", ())
    return Extraction("readability", tuple(paragraphs(tree)))


def wrap_loose_text(page: lxml.html.HtmlElement) -> None:
    """Wrap each run of loose text and inline elements of a ``<div>`` in one ``<p>``.

    readability-lxml does this itself, but starts a new paragraph at the text after a block
    ("</div> The project was <a>announced</a> with…" became "The project was" and
    "announced with…"), cutting sentences at links. Done first, it finds nothing to split.
    """
    for div in page.iter("div"):
        children = list(div)
        if all(_inline_for_readability(child) for child in children):
            continue  # readability turns such a <div> into one <p> by itself
        run: lxml.html.HtmlElement | None = None
        if div.text and div.text.strip():
            run = lxml.html.Element("p")
            run.text, div.text = div.text, None
            div.insert(0, run)
        for child in children:
            if _inline_for_readability(child):
                if run is None:
                    run = lxml.html.Element("p")
                    child.addprevious(run)
                run.append(child)  # its tail comes along
                continue
            run = None
            if child.tail and child.tail.strip():
                run = lxml.html.Element("p")
                run.text, child.tail = child.tail, None
                child.addnext(run)


# readability-lxml's own lists: what it leaves inside a paragraph, what makes a <div> a block.
_READABILITY_INLINE = tag_set("a b cite code em font i small span strong sub sup u")
_READABILITY_BLOCKS = tag_set("blockquote dl div img ol p pre table ul")


def _inline_for_readability(element: lxml.html.HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return True  # a comment
    return element.tag in _READABILITY_INLINE and not any(
        inner.tag in _READABILITY_BLOCKS for inner in element.iterdescendants()
    )


def _same_text(text: str, *titles: str | None) -> bool:
    return any(title and fold(text).casefold() == fold(title).casefold() for title in titles)
