"""Language packs: one folder per language (``fr/``, ``en/``), one interface (``base``).

``pack("fr")`` is the French pack; ``packs()`` is every pack, for what is read before the
language is known (headers, dates, paragraph kinds) or what a text may borrow from another
language (abbreviations, titles of works). A new language is a new folder with the same four
files; nothing else names it.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from bot.text.lang.base import (
    FunctionWords,
    LanguagePack,
    PageWords,
    PeopleWords,
    Pronoun,
    SpeechWords,
    fold_apostrophe,
    gendered,
    numbered,
    word_set,
)

__all__ = [
    "FunctionWords",
    "LanguagePack",
    "PageWords",
    "PeopleWords",
    "Pronoun",
    "SpeechWords",
    "codes",
    "fold_apostrophe",
    "gendered",
    "numbered",
    "pack",
    "packs",
    "word_set",
]

DEFAULT = "en"  # the pack for a code no pack has


@cache
def codes() -> tuple[str, ...]:
    """The language codes that have a pack, in a fixed order."""
    return tuple(sorted(info.name for info in pkgutil.iter_modules(__path__) if info.ispkg))


@cache
def pack(code: str) -> LanguagePack:
    """The pack of language ``code``; English for a language without one."""
    chosen = code if code in codes() else DEFAULT
    found: LanguagePack = importlib.import_module(f"{__name__}.{chosen}").PACK
    return found


def packs() -> tuple[LanguagePack, ...]:
    return tuple(pack(code) for code in codes())
