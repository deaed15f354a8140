"""News files on disk: plain text, Markdown and HTML, alone or in folders."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.i18n import plural
from bot.ingest.decode import check_size, decode_text
from bot.ingest.html import extract_html
from bot.ingest.raw import Loader, RawDocument, RejectedDocument

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


@dataclass
class Skipped:
    """Files found in folders and passed over: hidden ones, and suffixes Précis does not read."""

    hidden: int = 0
    suffixes: Counter[str] = field(default_factory=Counter)

    def __bool__(self) -> bool:
        return bool(self.hidden or self.suffixes)

    def __str__(self) -> str:
        """``skipped 3 files: 2 not text, Markdown or HTML (.docx, .pdf), 1 hidden``."""
        unsupported = self.suffixes.total()
        reasons = []
        if unsupported:
            kinds = ", ".join(sorted(suffix or "no suffix" for suffix in self.suffixes))
            reasons.append(f"{unsupported} not text, Markdown or HTML ({kinds})")
        if self.hidden:
            reasons.append(f"{self.hidden} hidden")
        return f"skipped {plural(unsupported + self.hidden, 'file')}: {', '.join(reasons)}"


def file_loaders(
    paths: Iterable[Path], max_bytes: int, skipped: Skipped | None = None
) -> Iterator[tuple[str, Loader]]:
    """A loader per file named or found (recursively, sorted) under a folder named.

    Files named explicitly are always tried, so an unsupported one gets a reason; inside
    folders, hidden and unsupported files are passed over and counted in ``skipped``.
    """
    skipped = skipped if skipped is not None else Skipped()
    for path in paths:
        if not path.is_dir():
            yield str(path), partial(read_file, path, max_bytes)
            continue
        for found in sorted(path.rglob("*")):
            if not found.is_file():
                continue
            if any(p.startswith(".") for p in found.relative_to(path).parts):
                skipped.hidden += 1
            elif found.suffix.lower() not in SUPPORTED_SUFFIXES:
                skipped.suffixes[found.suffix.lower()] += 1
            else:
                yield str(found), partial(read_file, found, max_bytes)


def read_file(path: Path, max_bytes: int) -> RawDocument:
    """Read one news file; raises RejectedDocument with a one-line reason."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise RejectedDocument(f"unsupported file type {suffix!r} (text, Markdown or HTML)")
    if not path.exists():
        raise RejectedDocument("no such file")
    check_size(path.stat().st_size, max_bytes)
    return document_from_bytes(path.read_bytes(), str(path), suffix, max_bytes)


def document_from_bytes(
    data: bytes, source: str, suffix: str, max_bytes: int, charset: str | None = None
) -> RawDocument:
    """Bytes of a text, Markdown or HTML document (by ``suffix``) as a RawDocument."""
    text = decode_text(data, max_bytes, charset)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return extract_html(text, source)
    if suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    return RawDocument(text=text, source=source)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html"))


_MARKDOWN = MarkdownIt("commonmark")
_INLINE_TEXT = {"text": "", "code_inline": "", "softbreak": "\n", "hardbreak": "\n"}


def markdown_to_text(text: str) -> str:
    """Markdown to the plain text analysis reads: one paragraph per block (heading, paragraph,
    list item, quotation, code), the words of links and images' alt text kept, markup and raw
    HTML dropped. Line breaks inside a block stay, as in a text file."""
    blocks = []
    for token in _MARKDOWN.parse(text):
        if token.type == "inline":
            blocks.append("".join(_inline_text(child) for child in token.children or []))
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content)
    return "\n\n".join(block.strip() for block in blocks if block.strip())


def _inline_text(token: Token) -> str:
    if token.type == "image":
        return token.content  # the alt text
    if token.type in _INLINE_TEXT:
        return _INLINE_TEXT[token.type] or token.content
    return ""  # emphasis and link markers, inline HTML
