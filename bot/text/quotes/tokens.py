"""Words and punctuation with their offsets: what every stage of the quote engine reads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.text.lang import pack


def char_before(text: str, at: int, blanks: str | None = None) -> str:
    """The last character before ``at`` that is not blank (whitespace, or only the characters
    of ``blanks``), '' at the start: read backwards, not from a copy of all the text before,
    which per quote made long texts quadratic."""
    k = at
    while k > 0 and (text[k - 1].isspace() if blanks is None else text[k - 1] in blanks):
        k -= 1
    return text[k - 1] if k else ""


def alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether only blanks stand between ``text[start:end]`` and the line breaks (or the
    text's ends) on either side: read outward from it, not from copies of its line, which per
    quote made a long paragraph quadratic."""
    k = start
    while k > 0 and text[k - 1] != "\n":
        if not text[k - 1].isspace():
            return False
        k -= 1
    k = end
    while k < len(text) and text[k] != "\n":
        if not text[k].isspace():
            return False
        k += 1
    return True


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@cache
def _pattern(language: str) -> re.Pattern[str]:
    """Words (hyphens and inner apostrophes kept), the language's elisions split off, and
    any other non-space character alone."""
    elisions = sorted(pack(language).words.elisions, key=len, reverse=True)
    elided = "(?i:" + "|".join(map(re.escape, elisions)) + ")['’](?=\\w)|" if elisions else ""
    return re.compile(elided + r"\w+(?:[-'’]\w+)*|\S")


def tokenize(text: str, language: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]`` with offsets into ``text``.

    French elisions are split off (``l’OTAN`` -> ``l’`` ``OTAN``) so that names stand alone.
    """
    stop = len(text) if end is None else end
    pattern = _pattern(language)
    tokens: list[Token] = []
    for m in pattern.finditer(text, start, stop):
        word, at = m.group(), m.start()
        cut = _glued_at(word) if text[m.end() : m.end() + 1].isspace() else 0
        if cut:  # "recommandéEmmanuel Macron": a heading run into the next sentence
            # (a word followed by a space: "mediaType:" in a page's script is not text)
            tokens.append(Token(word[:cut], at, at + cut))
            word, at = word[cut:], at + cut
        tokens.append(Token(word, at, m.end()))
    return tokens


GLUED_LOWER_RUN = 3  # "iPhone", "eBay" stay one word; "signeLe", "marsRémi" are two


def _glued_at(word: str) -> int:
    """Where a word written in lower case runs into a capitalised one ("recommandéEmmanuel",
    a heading whose line break was lost), or a heading in capitals does ("MAINTENUESManuel",
    "FOLa"), 0 when it does not."""
    if word[:2].isupper() and word[:2].isalpha():
        return _capitals_glued_at(word)
    if not word[:1].islower():
        return 0
    for k in range(GLUED_LOWER_RUN, len(word) - 1):
        if not word[k - 1].isalpha() or not word[k - 1].islower():
            return 0
        if word[k].isupper() and word[k + 1].islower():
            return k
    return 0


def _capitals_glued_at(word: str) -> int:
    """Where a word in capitals ("EX-MINISTRE") runs into a capitalised word, 0 if nowhere."""
    for k in range(2, len(word) - 1):
        if word[k].isupper() and word[k + 1].islower():
            return k
        if not (word[k].isupper() or word[k] in "-'’"):
            return 0
    return 0


def dotted_words(tokens: Sequence[Token]) -> list[str]:
    """The words of a name as written: full stops written against them kept on ("St. Paul",
    "U.S. Court"), not words of their own."""
    words: list[str] = []
    for k, tok in enumerate(tokens):
        attached = k > 0 and tokens[k - 1].end == tok.start
        if words and attached and (tok.text == "." or words[-1].endswith(".")):
            words[-1] += tok.text
        else:
            words.append(tok.text)
    return words


def is_initial(word: Token) -> bool:
    """A single capital: a middle initial before its dot ("John E. Herbst"), a letter of "U.S."."""
    return len(word.text) == 1 and word.text.isupper()


def closes_initialism(tokens: Sequence[Token], k: int) -> bool:
    """ "U.S.", "U.K.": the full stop at ``k``, after a dotted initialism's last letter, is
    the name's own, though a name's run stops before a full stop (it may end the sentence)."""
    return (
        2 <= k < len(tokens)
        and tokens[k].text == "."
        and is_initial(tokens[k - 1])
        and tokens[k - 2].text == "."
        and tokens[k - 2].end == tokens[k - 1].start
        and tokens[k - 1].end == tokens[k].start
    )


def is_acronym(word: str) -> bool:
    """ "IMF", "CNN": two capitals or more and nothing else."""
    return len(word) > 1 and word.isupper() and word.isalpha()
