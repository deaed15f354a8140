"""Paragraphs from the structure of an extracted article, never from its line breaks.

Extractors hand back a tree: trafilatura its XML (``head``, ``p``, ``list``/``item``,
``quote``, ``code``, ``table``/``row``/``cell``, ``lb``), readability an HTML fragment. The
line breaks inside a paragraph's text are the page author's source wrapping, invisible in a
browser; splitting on them cut sentences (and quotes) in two. So a paragraph here is one
innermost block of the tree, its whitespace folded; a visible line break (``<br>``, ``lb``)
inside it, or a blank line inside preformatted text, starts the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree


def tag_set(names: str) -> frozenset[str]:
    """A set of tag names from a space-separated list, so long lists stay readable."""
    return frozenset(names.split())


HEADING_TAGS = tag_set("head h1 h2 h3 h4 h5 h6")
# Tags that start a block wherever they are (trafilatura's XML and HTML alike).
_BLOCK_TAGS = HEADING_TAGS | tag_set(
    "p list item ul ol li dl dt dd blockquote table row cell tr td th thead tbody tfoot "
    "div section article main body doc figure figcaption header footer aside hr"
)
# Tags that are blocks only outside running text: trafilatura writes a <pre> as <code> or
# <quote>, and inline code or a <q> with the same tags inside a paragraph.
_BLOCK_OUTSIDE_TEXT = frozenset({"code", "quote", "pre"})
_TEXT_TAGS = HEADING_TAGS | tag_set(
    "p item li dt dd cell td th figcaption hi ref a span b i em strong u sub sup"
)
_PREFORMATTED = frozenset({"code", "quote", "pre"})
_BREAKS = frozenset({"lb", "br"})
# Never text: images (their file names and alt text are not the article), scripts, math.
_SKIPPED = frozenset({"graphic", "img", "script", "style", "noscript", "svg", "math", "button"})
_ROWS = frozenset({"row", "tr"})
_CELLS = frozenset({"cell", "td", "th"})
_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_BREAK = "\u2029"  # a visible line break, while the text of a block is gathered


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the article, and whether the page marked it as a heading."""

    text: str
    heading: bool = False


def paragraphs(root: etree._Element) -> list[Block]:
    """The article's paragraphs in reading order, empty ones left out."""
    return [block for block in _blocks(root) if block.text]


def fold(text: str) -> str:
    """Whitespace, line breaks included, folded to single spaces."""
    return _SPACES.sub(" ", text).strip()


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _is_block(element: etree._Element) -> bool:
    tag = _tag(element)
    if tag in _BLOCK_TAGS:
        return True
    parent = element.getparent()
    return tag in _BLOCK_OUTSIDE_TEXT and (parent is None or _tag(parent) not in _TEXT_TAGS)


def _has_block_inside(element: etree._Element) -> bool:
    return any(_is_block(inner) for inner in element.iterdescendants())


def _blocks(element: etree._Element) -> Iterator[Block]:
    """A block holding other blocks yields its loose text between them as paragraphs of
    their own; an innermost block yields its text."""
    if _tag(element) in _ROWS and not _has_block_inside_cells(element):
        cells = (fold(_text(cell)) for cell in element if _tag(cell) in _CELLS)
        yield Block(" | ".join(cell for cell in cells if cell))
        return
    if not _has_block_inside(element):
        yield from _leaf(element)
        return
    loose: list[str] = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if _is_block(child) or tag in _BREAKS:
            yield Block(fold("".join(loose)))
            loose = []
            if tag not in _BREAKS:
                yield from _blocks(child)
        elif tag not in _SKIPPED:
            loose.append(_text(child))
        loose.append(child.tail or "")
    yield Block(fold("".join(loose)))


def _has_block_inside_cells(row: etree._Element) -> bool:
    return any(_has_block_inside(cell) for cell in row if _tag(cell) in _CELLS)


def _leaf(element: etree._Element) -> Iterator[Block]:
    """An innermost block: one paragraph per line break (or blank line, if preformatted)."""
    heading = _tag(element) in HEADING_TAGS
    for line in "".join(_pieces(element)).split(_BREAK):
        pieces = _BLANK_LINE.split(line) if _tag(element) in _PREFORMATTED else [line]
        for piece in pieces:
            yield Block(fold(piece), heading=heading)


def _text(element: etree._Element) -> str:
    """The text under ``element`` as one run, line breaks included as spaces."""
    return "".join(_pieces(element)).replace(_BREAK, " ")


def _pieces(element: etree._Element) -> Iterator[str]:
    """The text under ``element`` in reading order, ``_BREAK`` for each visible line break,
    without what skipped tags hold."""
    if element.text:
        yield element.text
    for child in element:
        tag = _tag(child)
        if tag in _BREAKS:
            yield _BREAK
        elif tag not in _SKIPPED:
            yield from _pieces(child)
        if child.tail:
            yield child.tail
