"""The languages Précis analyses, and the names of every language, for messages.

Articles arrive in any language and are stored with its code; only French and English
are analysed (people, quotes, summaries). This module is import-light on purpose: the
bot's messages need it at start-up, long before a language model is loaded.
"""

from __future__ import annotations

from typing import Literal

# The one alias for the languages analysed, which are also the ones the bot speaks
# (bot.i18n's Language).
Analysed = Literal["fr", "en"]
ANALYSED_LANGUAGES: tuple[Analysed, ...] = ("fr", "en")


def is_analysed(language: str) -> bool:
    """Whether articles in ``language`` (an ISO 639 code) are analysed."""
    return language in ANALYSED_LANGUAGES


def as_language(code: str | None, default: Analysed = "en") -> Analysed:
    """``code`` (an article's, a setting's) when Précis speaks it, else ``default``."""
    return next((language for language in ANALYSED_LANGUAGES if language == code), default)


def language_name(language: str, in_language: str = "en") -> str:
    """ "es" -> "Spanish" (or "espagnol" ``in_language`` "fr"); the code itself if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(in_language).languages.get(language)
    except (UnknownLocaleError, ValueError):
        name = None
    return name or language
