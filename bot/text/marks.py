"""Quote marks: which marks open and close which, and how they pair in a paragraph.

One scan serves every reader: quote attribution takes the top-level pairs (a nested quote
stays inside its parent), the sentence splitter takes every pair that closes (a sentence
never ends inside one). French « », English “ ” and ‘ ’, German „ “, straight quotes, and a
closing mark typed where an opening one belongs are all paired by the same rules. Old
newspaper style types each mark as two straight apostrophes (''…'', or ``…''): a doubled
apostrophe is one mark, paired like a straight double quote, and its apostrophes never pair
alone; the inches of a height (5'11'', 6'3"), the apostrophe of a decade ('60s) and of an
abbreviation's possessive (U.N.'s) are no mark.
"""

from __future__ import annotations

import re
from typing import NamedTuple

DOUBLED = "''"  # two straight apostrophes typed for a double quote mark
# Opening mark -> the marks that close it; a mark and its closers have one width.
CLOSERS: dict[str, tuple[str, ...]] = {
    # a quotation typed with one curly and one straight mark is still one, and so is one
    # closed by an opening mark typed after its last word ("…here,“ said X")
    "“": ("”", '"', "“"),
    "«": ("»",),
    "„": ("“", "”"),
    '"': ('"', "”"),
    "‘": ("’",),
    "'": ("'",),
    "‹": ("›",),
    "‚": ("‘", "’"),
    "”": ("”", "“"),
    DOUBLED: (DOUBLED,),
    "``": (DOUBLED,),
}
OPENERS = frozenset(CLOSERS) - {"”"}
MARKS = frozenset("“”«»„\"‘’'‹›‚") | {DOUBLED, "``"}
_STRAIGHT = frozenset({'"', DOUBLED})  # the same mark opens and closes: its sides decide
# Feet and inches (5'11'', 6'3", 6’3”), decades ('60s) and possessives after a full stop
# (U.N.'s) first, so that their marks are skipped whole. Three apostrophes are a doubled
# mark and a single one: the single one inside (''' before a word opens both quotes, '''
# after one closes both).
_MARK = re.compile(
    r"(?P<height>\b\d['’]\d{1,2}(?:''|[\"”]))"
    r"|(?P<elided>(?<=\.)'(?=s\b)|[‘']\d\ds\b)|''(?!')|''(?='\w)|``|["
    + "".join(sorted(MARKS - {DOUBLED, "``"}))
    + "]"
)


class QuoteSpan(NamedTuple):
    """A pair of quote marks (offsets into the scanned text)."""

    opener: str
    open_at: int  # the opening mark's first character
    close_at: int | None  # the closing mark's last character; None: the text ends inside
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside it, ...

    @property
    def words_at(self) -> int:
        """Where the quoted words start, just after the opening mark."""
        return self.open_at + len(self.opener)

    @property
    def words_end(self) -> int | None:
        """Where the quoted words end, at the closing mark (None: left open)."""
        return None if self.close_at is None else self.close_at + 1 - len(self.opener)


def scan(text: str, start: int = 0, end: int | None = None, first: bool = False) -> list[QuoteSpan]:
    """Every quote-mark pair in ``text[start:end]``, nested ones too, by opening position;
    the quotes still open at ``end`` come last, outermost first. With ``first``, the scan
    stops once a top-level quote closes: every later pair opens after it, so the first
    top-level pair is already known (a reader after one quote does not pay for the rest of
    the paragraph).

    ``’`` closes a ``‘`` quote only when no letter follows it, so the apostrophe of
    "it’s" never ends a British-style quote. A closing mark closes its quote even past marks
    opened inside it and never closed. A straight double quote (or a doubled apostrophe)
    closes an open one unless a space or bracket before it and a word after it say it opens
    a new quotation: the open one was stray (a mark the writer forgot), and it spoils at most
    one quotation.
    """
    stop = len(text) if end is None else end
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    for mark in _MARK.finditer(text, start, stop):
        if mark["height"] or mark["elided"]:
            continue
        i, char = mark.start(), mark[0]
        before = text[i - 1] if i > start else " "
        after = text[mark.end()] if mark.end() < stop else " "
        depth = _innermost(stack, char)
        if depth is not None and char in _STRAIGHT and _starts_straight_quote(before, after):
            del stack[depth:]  # the open one was stray: this mark starts a new quotation
        elif depth is not None and (char in _STRAIGHT or closes(char, before, after)):
            spans.append(QuoteSpan(stack[depth][0], stack[depth][1], mark.end() - 1, depth))
            del stack[depth:]  # marks opened inside and never closed were not quotes
            if first and not depth:
                break
            continue
        if char == '"' or (char in OPENERS and opens(char, before, after)):
            if not (stack and stack[-1][0] == char):
                stack.append((char, i))
        elif char == "”" and not stack and _opens_reversed(before, after, i == start):
            stack.append((char, i))
    spans.sort(key=lambda span: span.open_at)
    spans += [QuoteSpan(opener, at, None, depth) for depth, (opener, at) in enumerate(stack)]
    return spans


def _innermost(stack: list[tuple[str, int]], char: str) -> int | None:
    """Index in ``stack`` of the innermost open quote that ``char`` may close."""
    for depth in range(len(stack) - 1, -1, -1):
        if char in CLOSERS[stack[depth][0]]:
            return depth
    return None


def _opens_reversed(before: str, after: str, first: bool) -> bool:
    """A closing mark typed where an opening one belongs: before a word (”Never,” she said)
    or opening its line, whatever follows (” … and never,” she said)."""
    return first or before == "\n" or (not before.isalnum() and after.isalpha())


def _starts_straight_quote(before: str, after: str) -> bool:
    """A straight quote after a space or a bracket and before a word opens a quotation,
    even while another is open; only when neither side tells does it close one."""
    return (before.isspace() or before in "([—–-") and not after.isspace()


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Top-level quote-mark pairs in ``text[start:end]``; nested quotes stay inside their
    parent, and a quote left open runs to ``end``."""
    return [span for span in scan(text, start, end) if span.depth == 0]


def first_quote(text: str, start: int, end: int) -> QuoteSpan | None:
    """The first top-level quote-mark pair in ``text[start:end]`` (None: there is none),
    read only as far as it goes."""
    return next((span for span in scan(text, start, end, first=True) if span.depth == 0), None)


def opens(char: str, before: str, after: str) -> bool:
    """Whether quote mark ``char`` between ``before`` and ``after`` can open a quote."""
    if after.isspace() and char not in "«‹":
        return False
    if char in ('"', "‘", "‚", "'", DOUBLED, "``"):
        return not before.isalnum()
    return True


def closes(char: str, before: str, after: str) -> bool:
    """Whether quote mark ``char`` between ``before`` and ``after`` can close a quote."""
    if char in ("’", '"', "'", DOUBLED, "“"):
        return not before.isspace() and not after.isalnum()
    return True
