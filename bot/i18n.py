"""The bot's own words in French and English, and which of the two a question is asked in.

Articles keep their language; only what Précis says around them (headings, help, "no
quote found") follows the asker. Every string is looked up by key in both languages, so a
missing translation fails the tests rather than a user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from bot.i18n_desk import DESK_STRINGS
from bot.i18n_digest import DIGEST_STRINGS
from bot.languages import Analysed as Language
from bot.languages import is_analysed, language_name

# Quoted words do not tell the asker's language ("who said « ouverts au dialogue »?").
_QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?|‘[^’]*’?|„[^“”]*[“”]?")
_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_CUES = frozenset(
    [
        "qui",
        "quoi",
        "que",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "dit",
        "dite",
        "déclaré",
        "déclarée",
        "citation",
        "citations",
        "propos",
        "résumé",
        "résume",
        "résumer",
        "resume",
        "sur",
        "les",
        "des",
        "du",
        "de",
        "la",
        "le",
        "une",
        "un",
        "et",
        "est",
        "sont",
        "aide",
        "merci",
        "bonjour",
        "dernier",
        "dernière",
        "derniers",
        "par",
        "selon",
        "au",
        "aux",
        "pour",
        "avec",
        "dans",
    ]
)
_ENGLISH_CUES = frozenset(
    [
        "who",
        "what",
        "which",
        "said",
        "say",
        "says",
        "quote",
        "quotes",
        "quoted",
        "summary",
        "summarize",
        "summarise",
        "about",
        "the",
        "of",
        "and",
        "is",
        "are",
        "help",
        "thanks",
        "hello",
        "latest",
        "by",
        "from",
        "on",
        "in",
        "for",
        "with",
        "did",
    ]
)


def language_signal(text: str) -> Language | None:
    """French or English, from the asker's own words (quoted words ignored); None when they
    do not tell ("/digest 09:30 America/New_York", "Okafor"). Guillemets are French typography,
    so they tell only when the words do not: "« We will win », said X" is an English draft."""
    words = _WORD.findall(_QUOTED.sub(" ", text).lower())
    french = sum(word in _FRENCH_CUES for word in words)
    english = sum(word in _ENGLISH_CUES for word in words)
    if french != english:
        return "fr" if french > english else "en"
    return "fr" if "«" in text or "»" in text else None


def question_language(text: str, default: Language = "en") -> Language:
    """:func:`language_signal`, or ``default`` when the words do not tell."""
    return language_signal(text) or default


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 paragraph``, ``2 paragraphs``: a count with its noun, for the command line."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


MONTHS: dict[Language, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def format_date(date: str | None, lang: Language) -> str:
    """ "2023" / "2023-02" / "2023-02-14" as words, never more precise than known."""
    if not date:
        return ""
    parts = date.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        month = MONTHS[lang][int(parts[1]) - 1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{_day_of_month(int(parts[2]), lang)} {month} {parts[0]}"
    except (ValueError, IndexError):
        return date


DAY_NAMES: dict[Language, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
WORKDAYS = frozenset({1, 2, 3, 4, 5})
WEEKEND = frozenset({6, 7})
EVERY_DAY = frozenset(range(1, 8))


def _day_of_month(day: int, lang: Language) -> str:
    """``1`` / ``1er``: French writes the first of the month as an ordinal."""
    return t("date.first_day", lang) if day == 1 else str(day)


def format_day(value: date, language: Language, *, weekday: bool = True) -> str:
    """``Wednesday 25 November 2026`` / ``mercredi 25 novembre 2026``."""
    text = f"{_day_of_month(value.day, language)} {MONTHS[language][value.month - 1]} {value.year}"
    if weekday:
        text = f"{DAY_NAMES[language][value.isoweekday() - 1]} {text}"
    return text


def format_weekdays(days: Iterable[int], language: Language) -> str:
    """``every day``, ``Monday to Friday``, ``weekends`` or a list of day names."""
    chosen = frozenset(days) or EVERY_DAY
    named = {EVERY_DAY: "days.every", WORKDAYS: "days.workdays", WEEKEND: "days.weekend"}
    if chosen in named:
        return t(named[chosen], language)
    names = [DAY_NAMES[language][d - 1] for d in sorted(chosen)]
    if len(names) == 1:
        return names[0]
    return t("list.last", language, items=", ".join(names[:-1]), last=names[-1])


STRINGS: dict[str, dict[Language, str]] = {
    "date.first_day": {"en": "1", "fr": "1er"},
    "days.every": {"en": "every day", "fr": "tous les jours"},
    "days.workdays": {"en": "Monday to Friday", "fr": "du lundi au vendredi"},
    "days.weekend": {"en": "weekends", "fr": "le week-end"},
    "list.last": {"en": "{items} and {last}", "fr": "{items} et {last}"},
    # Typography around quoted words and a speaker's name.
    "quote.marks": {"en": "“{words}”", "fr": "« {words} »"},
    "speaker.lead": {"en": "{speaker}: ", "fr": "{speaker} : "},
    "quote.usage": {
        "en": "*/quote* finds what people said in the stored articles.\n"
        "• `/quote Okafor` — quotes by a person (full name, surname, any accents or spelling)\n"
        "• `/quote patience works` — who said these words (partial wording is fine)\n"
        "• `/quote help` — this help",
        "fr": "*/quote* retrouve ce que les gens ont dit dans les articles enregistrés.\n"
        "• `/quote Benali` — les citations d'une personne (nom complet, nom seul, "
        "avec ou sans accents)\n"
        "• `/quote ouverts au dialogue` — qui a dit ces mots (une partie suffit)\n"
        "• `/quote aide` — cette aide",
    },
    "summary.usage": {
        "en": "*/summary* sums up the news.\n"
        "• `/summary latest` — the latest article\n"
        "• `/summary 2` — article number 2\n"
        "• `/summary river treaty` — what the articles say about a topic, "
        "each sentence with its source",
        "fr": "*/summary* résume l'actualité.\n"
        "• `/summary dernier` — le dernier article\n"
        "• `/summary 2` — l'article numéro 2\n"
        "• `/summary grève des dockers` — ce que disent les articles sur un sujet, "
        "chaque phrase avec sa source",
    },
    "mention.usage": {
        "en": "Ask me:\n"
        '• `who said "patience works"?`\n'
        "• `quotes by Lindqvist`\n"
        "• `summary of the flu vaccine`",
        "fr": "Demandez-moi :\n"
        "• `qui a dit « ouverts au dialogue » ?`\n"
        "• `citations de Ferhat`\n"
        "• `résumé de la grève des dockers`",
    },
    "help.general": {
        "en": "*Précis* reads the news this workspace follows and answers with summaries "
        "and quotes.\n"
        "• `/quote Okafor` or `/quote patience works` — who said what, best first\n"
        "• `/summary latest`, `/summary 2`, `/summary river treaty` — summaries, with "
        "their sources\n"
        "• `/digest at 08:00 Europe/Paris` — a daily digest in this channel\n"
        "• `/feed add <address>` — follow a news feed; `/ingest <address>` — read one page\n"
        '• mention me: `@Précis who said "patience works"?` — or write to me directly\n'
        "• drop a text, Markdown or HTML article in a channel I am in: I read it\n"
        "Each command answers `help` too, e.g. `/digest help`.",
        "fr": "*Précis* lit l'actualité suivie dans cet espace et répond par des résumés "
        "et des citations.\n"
        "• `/quote Benali` ou `/quote ouverts au dialogue` — qui a dit quoi, le "
        "plus pertinent d'abord\n"
        "• `/summary dernier`, `/summary 2`, `/summary grève des dockers` — des "
        "résumés, avec leurs sources\n"
        "• `/digest à 8h Europe/Paris` — une revue quotidienne dans ce canal\n"
        "• `/feed ajouter <adresse>` — suivre un flux ; `/ingest <adresse>` — lire une page\n"
        "• mentionnez-moi : `@Précis qui a dit « ouverts au dialogue » ?` — ou "
        "écrivez-moi directement\n"
        "• déposez un article texte, Markdown ou HTML dans un canal où je suis : je le lis\n"
        "Chaque commande répond aussi à `aide`, par ex. `/digest aide`.",
    },
    "help.unknown": {
        "en": "I do not know the command `{command}`. Here is what I can do:",
        "fr": "Je ne connais pas la commande `{command}`. Voici ce que je sais faire :",
    },
    "language.en": {"en": "English", "fr": "anglais"},
    "language.fr": {"en": "French", "fr": "français"},
    "quote.not_quoted.1": {
        "en": "{name} appears in 1 article but is not quoted.",
        "fr": "{name} apparaît dans 1 article, mais aucune citation ne lui est attribuée.",
    },
    "quote.not_quoted": {
        "en": "{name} appears in {count} articles but is not quoted.",
        "fr": "{name} apparaît dans {count} articles, mais aucune citation ne lui est attribuée.",
    },
    "quote.other_language": {
        "en": "No {asked} quote matches “{query}”. The closest {found} quotes:",
        "fr": "Aucune citation en {asked} ne correspond à « {query} ». Les citations en "
        "{found} les plus proches :",
    },
    "quote.none": {
        "en": "No quote found for “{query}”. Try fewer words, or a surname alone.",
        "fr": "Aucune citation trouvée pour « {query} ». Essayez moins de mots, ou le nom seul.",
    },
    "quote.none_more": {
        "en": "No more quotes for “{query}”.",
        "fr": "Plus d'autres citations pour « {query} ».",
    },
    "quote.heading_speaker": {"en": "Quotes by {name}", "fr": "Citations de {name}"},
    "quote.heading_words": {"en": "Who said “{query}”", "fr": "Qui a dit « {query} »"},
    "quote.namesakes": {
        "en": "Also matching: {names} — ask for the full name.",
        "fr": "Correspondent aussi : {names} — précisez le nom complet.",
    },
    "quote.indirect": {"en": "paraphrase", "fr": "propos rapportés"},
    "quote.unknown_speaker": {"en": "unattributed", "fr": "auteur non identifié"},
    "quote.fallback": {
        "en": "{count} quotes for “{query}”",
        "fr": "{count} citations pour « {query} »",
    },
    "summary.none": {
        "en": "No article matches “{query}”. Try other words, or `/summary latest`.",
        "fr": "Aucun article ne correspond à « {query} ». Essayez d'autres mots, "
        "ou `/summary dernier`.",
    },
    "summary.no_article": {
        "en": "There is no article number {number}.",
        "fr": "Il n'y a pas d'article numéro {number}.",
    },
    "summary.empty_store": {
        "en": "No article is stored yet. Add some with `/ingest` or `precis ingest`.",
        "fr": "Aucun article enregistré pour l'instant. Ajoutez-en avec `/ingest` "
        "ou `precis ingest`.",
    },
    "summary.no_sentences": {
        "en": "This article has no sentence to summarise.",
        "fr": "Cet article n'a aucune phrase à résumer.",
    },
    "summary.topic_heading": {"en": "About “{query}”", "fr": "À propos de « {query} »"},
    "summary.sources": {"en": "Sources", "fr": "Sources"},
    "summary.article": {"en": "article #{id}", "fr": "article n° {id}"},
    "link.source": {"en": "source", "fr": "source"},
    "button.more": {"en": "More", "fr": "Suite"},
    "button.share": {"en": "Share in channel", "fr": "Partager dans le canal"},
    "shared_by": {"en": "Shared by <@{user}>", "fr": "Partagé par <@{user}>"},
    "query.cut": {
        "en": "Only the first {limit} characters of your text were used.",
        "fr": "Seuls les {limit} premiers caractères de votre texte ont été utilisés.",
    },
    "error": {
        "en": "Sorry, something went wrong while answering. Please try again.",
        "fr": "Désolé, une erreur est survenue. Veuillez réessayer.",
    },
    "busy": {
        "en": "Précis is busy answering other people. Please ask again in a moment.",
        "fr": "Précis répond à beaucoup de monde. Reposez la question dans un instant.",
    },
    "share.refused": {
        "en": "Not shared: this answer shows articles that not everyone in this channel may see.",
        "fr": "Non partagé : cette réponse montre des articles que tout le monde dans ce canal "
        "ne peut pas voir.",
    },
    "expired": {
        "en": "This button has expired; ask again.",
        "fr": "Ce bouton a expiré ; reposez la question.",
    },
    "home.title": {"en": "Précis", "fr": "Précis"},
    "home.intro": {
        "en": "Summaries and quotes from the news this workspace follows. "
        "Try `/quote`, `/summary`, `/digest` or mention me.",
        "fr": "Résumés et citations des articles suivis dans cet espace. "
        "Essayez `/quote`, `/summary`, `/digest` ou mentionnez-moi.",
    },
    "home.counts": {
        "en": "*{articles}* articles · *{quotes}* quotes · *{people}* people",
        "fr": "*{articles}* articles · *{quotes}* citations · *{people}* personnes",
    },
    "home.schedules": {"en": "Daily digests", "fr": "Digests quotidiens"},
    "home.no_schedules": {
        "en": "No channel has a digest yet: `/digest 08:00` in a channel sets one.",
        "fr": "Aucun canal n'a de digest : `/digest 08:00` dans un canal en crée un.",
    },
    "home.latest": {"en": "Latest articles", "fr": "Derniers articles"},
    "home.no_articles": {"en": "No article yet.", "fr": "Aucun article pour l'instant."},
    "untitled": {"en": "Untitled article", "fr": "Article sans titre"},
    "feed.usage": {
        "en": "*/feed* follows RSS and Atom feeds; their new articles feed this "
        "channel's digest.\n"
        "• `/feed add https://example.org/rss.xml` — follow a feed (or a site that "
        "announces one)\n"
        "• `/feed list` — the feeds this channel follows, and their last error\n"
        "• `/feed remove https://example.org/rss.xml` — stop following it",
        "fr": "*/feed* suit des flux RSS et Atom ; leurs nouveaux articles alimentent le "
        "digest de ce canal.\n"
        "• `/feed ajouter https://example.org/rss.xml` — suivre un flux (ou un site qui "
        "en annonce un)\n"
        "• `/feed liste` — les flux suivis par ce canal, et leur dernière erreur\n"
        "• `/feed retirer https://example.org/rss.xml` — ne plus le suivre",
    },
    "feed.needs_url": {
        "en": "Give the feed's address, e.g. `/feed {verb} https://example.org/rss.xml`.",
        "fr": "Donnez l'adresse du flux, par ex. `/feed {verb} https://example.org/rss.xml`.",
    },
    "feed.added": {
        "en": "Following *{title}* ({count} items now) — {url}. New articles will feed "
        "this channel's digest; the first poll is within {minutes} minutes.",
        "fr": "Flux *{title}* suivi ({count} articles actuellement) — {url}. Ses nouveaux "
        "articles alimenteront le digest de ce canal ; première lecture d'ici "
        "{minutes} minutes.",
    },
    "feed.already": {
        "en": "This channel already follows {url}.",
        "fr": "Ce canal suit déjà {url}.",
    },
    "feed.unreadable": {
        "en": "Could not follow {url}: {reason}",
        "fr": "Impossible de suivre {url} : {reason}",
    },
    "feed.removed": {
        "en": "This channel no longer follows {url}.",
        "fr": "Ce canal ne suit plus {url}.",
    },
    "feed.not_followed": {
        "en": "This channel does not follow {url}. See `/feed list`.",
        "fr": "Ce canal ne suit pas {url}. Voir `/feed liste`.",
    },
    "feed.global_only": {
        "en": "{url} was added from the command line and feeds every digest; remove it "
        "with `precis feed remove`.",
        "fr": "{url} a été ajouté en ligne de commande et alimente tous les digests ; "
        "retirez-le avec `precis feed remove`.",
    },
    "feed.none": {
        "en": "This channel follows no feed yet. `/feed add <address>` adds one.",
        "fr": "Ce canal ne suit aucun flux. `/feed ajouter <adresse>` en ajoute un.",
    },
    "feed.heading": {"en": "Feeds for this channel", "fr": "Flux de ce canal"},
    "feed.every_digest": {"en": "every digest", "fr": "tous les digests"},
    "feed.never_polled": {"en": "not read yet", "fr": "pas encore lu"},
    "feed.polled": {"en": "read {when}", "fr": "lu {when}"},
    "feed.failing": {
        "en": "{count} failures in a row, last: {error}; next try {when}",
        "fr": "{count} échecs d'affilée, dernier : {error} ; prochain essai {when}",
    },
    "ingest.usage": {
        "en": "*/ingest* reads a web page and stores its article: "
        "`/ingest https://example.org/news/article.html`",
        "fr": "*/ingest* lit une page web et enregistre son article : "
        "`/ingest https://example.org/actualites/article.html`",
    },
    "ingest.stored": {
        "en": "Stored · quotes found: {count}",
        "fr": "Enregistré · citations trouvées : {count}",
    },
    "ingest.already": {
        "en": "Already stored · quotes: {count}",
        "fr": "Déjà enregistré · citations : {count}",
    },
    "article.not_analysed": {
        "en": "not analysed: {language} is not supported yet",
        "fr": "non analysé : {language}, langue pas encore prise en charge",
    },
    "ingest.failed": {
        "en": "Could not read {source}: {reason}",
        "fr": "Impossible de lire {source} : {reason}",
    },
    "file.unsupported": {
        "en": "I can read text, Markdown and HTML files; *{name}* is not one of them.",
        "fr": "Je lis les fichiers texte, Markdown et HTML ; *{name}* n'en fait pas partie.",
    },
    "file.too_large": {
        "en": "*{name}* is too large to read ({size}; the limit is {limit}).",
        "fr": "*{name}* est trop volumineux ({size} ; la limite est de {limit}).",
    },
}


STRINGS |= DESK_STRINGS  # type: ignore[arg-type]
STRINGS |= DIGEST_STRINGS  # type: ignore[arg-type]


def not_analysed_note(article_language: str | None, lang: Language) -> str | None:
    """ "not analysed: Spanish is not supported yet" for an article in a language Précis does
    not analyse (stored without quotes or summary); None for French and English."""
    if article_language is None or is_analysed(article_language):
        return None
    return t("article.not_analysed", lang, language=language_name(article_language, lang))


def t(key: str, lang: Language, **values: object) -> str:
    """The string ``key`` in ``lang``, with ``values`` filled in."""
    text = STRINGS[key][lang]
    return text.format(**values) if values else text
