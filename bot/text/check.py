"""Is this quote right? A draft's quote against a stored one, word by word.

Pure: the caller gathers the stored candidates; this module reads the draft (the quoted
words and the speaker it names), scores candidates on folded words (case, accents and
quote-mark style ignored), and says how the draft differs: the words it dropped, the
words it added or changed, and a one-line verdict.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

Verdict = Literal["exact", "punctuation", "excerpt", "differ"]
DiffOp = Literal["same", "dropped", "added"]

MATCH_SCORE = 70.0  # 0-100: below it, no stored quote is close enough to be the same quote
_MARKED = re.compile(r"«\s*(.+?)\s*»|“(.+?)”|\"(.+?)\"|„(.+?)[“”]|‘(.+?)’", re.DOTALL)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*")
_EDGE_PUNCTUATION = " .,;:!?\"'…"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


@dataclass(frozen=True, slots=True)
class Draft:
    quote: str  # the words the draft puts in someone's mouth
    speaker: str | None  # the name the draft gives them, if any


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float  # 0-100, how close the stored quote is to the draft's words
    verdict: Verdict
    differing: int  # words that differ (dropped, added or changed)
    diff: tuple[tuple[DiffOp, str], ...]  # the stored quote's words and the draft's, in order
    wrong_speaker: bool  # the draft names someone else than the source's speaker


def fold(text: str) -> str:
    """Lower case, no accents, one apostrophe and one quote mark, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def read_draft(text: str) -> Draft:
    """The quoted words (between any quote marks; the whole text when there are none) and
    the name written outside them ("», a dit Emmanuel Macron" -> "Emmanuel Macron")."""
    match = _MARKED.search(text)
    if match is None:
        return Draft(text.strip(), None)
    quote = next(group for group in match.groups() if group)
    outside = (text[: match.start()] + " " + text[match.end() :]).strip()
    names = [n for n in _NAME.findall(outside) if len(n) > 1]
    return Draft(quote.strip(), max(names, key=len) if names else None)


def similarity(draft: str, stored: str) -> float:
    """0-100 on folded words: the whole quote, or the draft as a part of a longer quote."""
    typed, said = " ".join(words(fold(draft))), " ".join(words(fold(stored)))
    if not typed or not said:
        return 0.0
    whole = fuzz.ratio(typed, said)
    if len(typed) < len(said):
        return max(whole, 0.95 * fuzz.partial_ratio(typed, said))
    return whole


def same_speaker(named: str, speaker: str | None) -> bool:
    """Whether the draft's name is the source's speaker, written shorter or longer."""
    if not speaker:
        return True  # the source names nobody: nothing to contradict
    given, known = set(words(fold(named))), set(words(fold(speaker)))
    return bool(given) and (given <= known or known <= given)


def compare(draft: Draft, stored: str, speaker: str | None) -> Comparison:
    """How ``draft`` differs from the stored quote ``stored`` said by ``speaker``."""
    said, typed = words(stored), words(draft.quote)
    folded_said, folded_typed = [fold(w) for w in said], [fold(w) for w in typed]
    diff: list[tuple[DiffOp, str]] = []
    differing = left_out = 0
    matcher = difflib.SequenceMatcher(None, folded_said, folded_typed, autojunk=False)
    opcodes = matcher.get_opcodes()
    for at, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            diff += [("same", w) for w in said[i1:i2]]
            continue
        if op == "delete" and at in (0, len(opcodes) - 1) and len(opcodes) > 1:
            left_out += i2 - i1  # the draft quotes part of it: a cut, not a change
        else:
            differing += max(i2 - i1, j2 - j1)
        diff += [("dropped", w) for w in said[i1:i2]]
        diff += [("added", w) for w in typed[j1:j2]]
    wrong = bool(draft.speaker) and not same_speaker(draft.speaker or "", speaker)
    if differing:
        verdict: Verdict = "differ"
    elif left_out:
        verdict, differing = "excerpt", left_out
    elif fold(draft.quote).strip(_EDGE_PUNCTUATION) == fold(stored).strip(_EDGE_PUNCTUATION):
        verdict = "exact"
    else:
        verdict = "punctuation"
    return Comparison(
        score=round(similarity(draft.quote, stored), 1),
        verdict=verdict,
        differing=differing,
        diff=tuple(diff),
        wrong_speaker=wrong,
    )


def best_match(
    draft: Draft, candidates: Sequence[tuple[str, str | None]]
) -> tuple[int, Comparison] | None:
    """Index and comparison of the closest of ``candidates`` ((text, speaker) pairs)."""
    if not candidates:
        return None
    scores = [similarity(draft.quote, text) for text, _ in candidates]
    best = max(range(len(candidates)), key=lambda i: scores[i])
    text, speaker = candidates[best]
    return best, compare(draft, text, speaker)
