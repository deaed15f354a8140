"""Day words and the digest's sentences in English and French, for `/digest` and the digest.

Digest answers speak the language of the person who set the schedule (``"en"`` or ``"fr"``);
one table serves both the parser and the display so the two can never disagree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date

from bot.i18n import MONTHS, Language

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
DAY_NAMES: dict[Language, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
WORKDAYS = frozenset({1, 2, 3, 4, 5})
WEEKEND = frozenset({6, 7})
EVERY_DAY = frozenset(range(1, 8))


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


def format_day(value: date, language: Language, *, weekday: bool = True) -> str:
    """``Wednesday 25 November 2026`` / ``mercredi 25 novembre 2026``."""
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    text = f"{day} {MONTHS[language][value.month - 1]} {value.year}"
    if weekday:
        text = f"{DAY_NAMES[language][value.isoweekday() - 1]} {text}"
    return text


def format_weekdays(days: Iterable[int], language: Language) -> str:
    """``every day``, ``Monday to Friday``, ``weekends`` or a list of day names."""
    chosen = frozenset(days) or EVERY_DAY
    if chosen == EVERY_DAY:
        return "every day" if language == "en" else "tous les jours"
    if chosen == WORKDAYS:
        return "Monday to Friday" if language == "en" else "du lundi au vendredi"
    if chosen == WEEKEND:
        return "weekends" if language == "en" else "le week-end"
    names = [DAY_NAMES[language][d - 1] for d in sorted(chosen)]
    joiner = " and " if language == "en" else " et "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]


# The digest's own sentences; ``{fields}`` are filled by :func:`say` (already escaped).
SENTENCES: dict[str, dict[Language, str]] = {
    "off": {
        "en": "Daily digest turned off in this channel.",
        "fr": "Revue quotidienne arrêtée dans ce canal.",
    },
    "off.none": {
        "en": "No digest was scheduled in this channel.",
        "fr": "Aucune revue n’était programmée dans ce canal.",
    },
    "set": {
        "en": "Daily digest set for this channel: {schedule}",
        "fr": "Revue quotidienne programmée dans ce canal : {schedule}",
    },
    "set.zone": {
        "en": "_{zone} is your Slack time zone; add a zone to choose another._",
        "fr": "_{zone} est votre fuseau Slack ; ajoutez un fuseau pour en choisir un autre._",
    },
    "set.utc": {
        "en": "_No time zone given and none in your Slack profile: UTC. Add one, e.g. "
        "`/digest at 08:00 Europe/Paris`._",
        "fr": "_Aucun fuseau indiqué ni trouvé dans votre profil Slack : UTC. Ajoutez-en un, "
        "par exemple `/digest à 8h Europe/Paris`._",
    },
    "status.none": {
        "en": "No digest is scheduled in this channel. "
        "Set one with `/digest at 08:00 Europe/Paris weekdays`.",
        "fr": "Aucune revue n’est programmée dans ce canal. "
        "Programmez-la avec `/digest à 8h Europe/Paris lun-ven`.",
    },
    "status": {"en": "Daily digest: {schedule}", "fr": "Revue quotidienne : {schedule}"},
    "status.paused": {
        "en": "*Paused*: Slack refused the last post (`{code}`). "
        "Invite me to this channel, then set the digest again.",
        "fr": "*Suspendue* : Slack a refusé la dernière publication (`{code}`). "
        "Invitez-moi dans ce canal, puis reprogrammez la revue.",
    },
    "status.never": {"en": "No digest posted yet.", "fr": "Aucune revue publiée pour l’instant."},
    "status.last": {
        "en": "Last digest: {when} ({articles}).",
        "fr": "Dernière revue : {when} ({articles}).",
    },
    "next": {"en": "Next: {when} ({zone}).", "fr": "Prochaine : {when} ({zone})."},
    "next.today": {"en": "today, {time}", "fr": "aujourd’hui, {time}"},
    "next.now": {
        "en": "Next: within a minute (today's is due).",
        "fr": "Prochaine : d’ici une minute (celle d’aujourd’hui est due).",
    },
    "paused.notice": {
        "en": "I could not post the daily digest in <#{channel}> (`{code}`), so it is paused. "
        "Invite me there (`/invite @Précis`), then set it again with `/digest at …` there.",
        "fr": "Je n’ai pas pu publier la revue quotidienne dans <#{channel}> (`{code}`) : "
        "elle est suspendue. Invitez-moi dans ce canal (`/invite @Précis`), puis "
        "reprogrammez-la avec `/digest à …`.",
    },
    "preview": {
        "en": "_Preview: only you see this. It does not replace the scheduled digest._",
        "fr": "_Aperçu visible de vous seul : il ne remplace pas la revue programmée._",
    },
    "digest": {"en": "Digest", "fr": "Revue de presse"},
    "digest.empty": {"en": "No new articles today.", "fr": "Aucun nouvel article aujourd’hui."},
    "digest.count.1": {"en": "1 new article", "fr": "1 nouvel article"},
    "digest.count": {"en": "{count} new articles", "fr": "{count} nouveaux articles"},
    "digest.more": {"en": "*And {count} more:*", "fr": "*Et {count} autres :*"},
    "digest.hidden": {
        "en": "_…and {count} more: find them with `/summary` and a few words._",
        "fr": "_…et {count} autres : retrouvez-les avec `/summary` et quelques mots._",
    },
}


def say(key: str, language: Language, **fields: object) -> str:
    """A sentence of the digest in ``language``, its fields filled in."""
    return SENTENCES[key][language].format(**fields)
