"""Quote marks: which marks open and close which, and how they pair in a paragraph.

One scan serves every reader: quote attribution takes the top-level pairs (a nested quote
stays inside its parent), the sentence splitter takes every pair that closes (a sentence
never ends inside one). French « », English “ ” and ‘ ’, German „ “, straight quotes, and a
closing mark typed where an opening one belongs are all paired by the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the marks that close it.
CLOSERS = {
    "“": "”",
    "«": "»",
    "„": "“”",
    '"': '"',
    "‘": "’",
    "'": "'",
    "‹": "›",
    "‚": "‘’",
    "”": "”“",
}
OPENERS = frozenset(CLOSERS) - {"”"}
MARKS = frozenset("“”«»„\"‘’'‹›‚")
_MARK = re.compile("[" + "".join(sorted(MARKS)) + "]")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A pair of quote marks (offsets into the scanned text)."""

    opener: str
    open_at: int
    close_at: int | None  # None: the text ends inside the quote
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside it, ...


def scan(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Every quote-mark pair in ``text[start:end]``, nested ones too, by opening position;
    the quotes still open at ``end`` come last, outermost first.

    ``’`` closes a ``‘`` quote only when no letter follows it, so the apostrophe of
    "it’s" never ends a British-style quote; a straight quote opens after a space or a
    bracket and closes before one.
    """
    stop = len(text) if end is None else end
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    for mark in _MARK.finditer(text, start, stop):
        i, char = mark.start(), mark[0]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < stop else " "
        if stack and char in CLOSERS[stack[-1][0]] and closes(char, before, after):
            opener, at = stack.pop()
            spans.append(QuoteSpan(opener, at, i, len(stack)))
            continue
        if char in OPENERS and opens(char, before, after) and not (stack and stack[-1][0] == char):
            stack.append((char, i))
        elif char == "”" and not stack and not before.isalnum() and after.isalpha():
            stack.append((char, i))  # a closing mark typed where an opening one belongs
    spans.sort(key=lambda span: span.open_at)
    spans += [QuoteSpan(opener, at, None, depth) for depth, (opener, at) in enumerate(stack)]
    return spans


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Top-level quote-mark pairs in ``text[start:end]``; nested quotes stay inside their
    parent, and a quote left open runs to ``end``."""
    return [span for span in scan(text, start, end) if span.depth == 0]


def opens(char: str, before: str, after: str) -> bool:
    """Whether quote mark ``char`` between ``before`` and ``after`` can open a quote."""
    if after.isspace() and char not in "«‹":
        return False
    if char in "\"‘‚'":
        return not before.isalnum()
    return True


def closes(char: str, before: str, after: str) -> bool:
    """Whether quote mark ``char`` between ``before`` and ``after`` can close a quote."""
    if char in "’\"'":
        return not before.isspace() and not after.isalnum()
    return True
