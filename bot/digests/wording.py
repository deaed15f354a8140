"""Day words as people type them in `/digest`, in English and French.

Their display names live with the bot's other words in :mod:`bot.i18n`.
"""

from __future__ import annotations

import unicodedata

# ISO weekday (1 = Monday) -> every accepted spelling, accents and case folded.
DAY_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("monday", "mon", "lundi", "lun"),
    2: ("tuesday", "tue", "tues", "mardi", "mar"),
    3: ("wednesday", "wed", "mercredi", "mer"),
    4: ("thursday", "thu", "thur", "thurs", "jeudi", "jeu"),
    5: ("friday", "fri", "vendredi", "ven"),
    6: ("saturday", "sat", "samedi", "sam"),
    7: ("sunday", "sun", "dimanche", "dim"),
}


def fold(word: str) -> str:
    """Lower case without accents: ``"Désactiver"`` -> ``"desactiver"``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def day_number(word: str) -> int | None:
    """ISO weekday of an English or French day name or abbreviation (``"Lun."`` -> 1)."""
    folded = fold(word).rstrip(".")
    for number, spellings in DAY_SPELLINGS.items():
        if folded in spellings:
            return number
    return None
