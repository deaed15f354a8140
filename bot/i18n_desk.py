"""The sources desk's words (/people, /check, the person card, the voices section), in
French and English; bot/i18n.py looks them up with its own ``t``."""

from __future__ import annotations

DESK_STRINGS: dict[str, dict[str, str]] = {
    "people.usage": {
        "en": "*/people* lists who the articles quote most, and the share of women and men.\n"
        "• `/people` or `/people this week` — this week\n"
        "• `/people this month pension reform` — this month, about a topic\n"
        "• `/people last week`, `/people this year`, `/people last year` — other periods\n"
        "• `/people 2026-11-01..2026-11-30` — between two dates",
        "fr": "*/people* liste les personnes les plus citées, et la part de femmes et d'hommes.\n"
        "• `/people` ou `/people cette semaine` — cette semaine\n"
        "• `/people ce mois-ci réforme des retraites` — ce mois-ci, sur un sujet\n"
        "• `/people la semaine dernière`, `/people cette année`, `/people l'an dernier` — "
        "d'autres périodes\n"
        "• `/people 2026-11-01..2026-11-30` — entre deux dates",
    },
    "people.heading": {"en": "Most quoted, {period}", "fr": "Les plus cités, {period}"},
    "people.heading_topic": {
        "en": "Most quoted on “{topic}”, {period}",
        "fr": "Les plus cités sur « {topic} », {period}",
    },
    "people.period": {"en": "{since} to {until}", "fr": "du {since} au {until}"},
    "people.none": {
        "en": "Nobody is quoted in the articles of {period}{topic}.",
        "fr": "Personne n'est cité dans les articles {period}{topic}.",
    },
    "people.none_topic": {"en": " about “{topic}”", "fr": " sur « {topic} »"},
    "people.bad_dates": {
        "en": "I could not read the dates `{text}`: write them as `2026-11-01..2026-11-30`.",
        "fr": "Je n'ai pas compris les dates `{text}` : écrivez-les `2026-11-01..2026-11-30`.",
    },
    "people.line": {
        "en": "{quotes} · {articles} · last quoted {last}",
        "fr": "{quotes} · {articles} · dernière citation le {last}",
    },
    "people.quotes": {"en": "{n} quotes", "fr": "{n} citations"},
    "people.quotes.1": {"en": "1 quote", "fr": "1 citation"},
    "people.articles": {"en": "{n} articles", "fr": "{n} articles"},
    "people.articles.1": {"en": "1 article", "fr": "1 article"},
    "people.share": {
        "en": "*Quoted people:* women {pf} · men {pm} · unknown {pu}\n"
        "*Quotes:* women {qf} · men {qm} · unknown {qu}",
        "fr": "*Personnes citées :* femmes {pf} · hommes {pm} · inconnu {pu}\n"
        "*Citations :* femmes {qf} · hommes {qm} · inconnu {qu}",
    },
    "people.organisations": {
        "en": "Organisations, counted apart: {count} ({quotes}) — {names}",
        "fr": "Organisations, comptées à part : {count} ({quotes}) — {names}",
    },
    "people.method": {
        "en": "Gender from the articles' words (Mme/Mrs, “la ministre”, “she said”); "
        "first name only when they say nothing ({first_names} of them); else unknown.",
        "fr": "Genre lu dans les articles (Mme, « la ministre », « a-t-elle dit ») ; "
        "le prénom seulement s'ils ne disent rien ({first_names} d'entre eux) ; sinon inconnu.",
    },
    "people.gender.f": {"en": "woman", "fr": "femme"},
    "people.gender.m": {"en": "man", "fr": "homme"},
    "people.evidence.first name": {"en": "by first name", "fr": "d'après le prénom"},
    "card.heading": {"en": "{name}", "fr": "{name}"},
    "card.counts": {
        "en": "{quotes} in {articles} · quoted from {first} to {last}",
        "fr": "{quotes} dans {articles} · cité du {first} au {last}",
    },
    "card.first": {"en": "First quote", "fr": "Première citation"},
    "card.latest": {"en": "Latest quote", "fr": "Dernière citation"},
    "card.aliases": {"en": "Also written: {names}", "fr": "Aussi écrit : {names}"},
    "check.usage": {
        "en": "*/check* compares a quote in your draft with what was said in the stored "
        "articles.\n"
        "• `/check “Nobody got everything, but everybody got water,” said Okafor`",
        "fr": "*/check* compare une citation de votre texte à ce qui a été dit dans les "
        "articles enregistrés.\n"
        "• `/check « Nous restons ouverts au dialogue », a dit Julien Morel`",
    },
    "check.too_long": {
        "en": "That is too long to be one quote ({length} characters; at most {limit}). "
        "Paste the quote alone.",
        "fr": "C'est trop long pour une citation ({length} caractères ; {limit} au plus). "
        "Collez la citation seule.",
    },
    "check.heading": {"en": "Quote check", "fr": "Vérification de citation"},
    "check.wrong_speaker": {
        "en": "⚠️ *Attributed to {speaker} in the source*, not to {named}.",
        "fr": "⚠️ *Attribuée à {speaker} dans la source*, pas à {named}.",
    },
    "check.verdict.exact": {"en": "✅ Exact.", "fr": "✅ Exacte."},
    "check.verdict.punctuation": {
        "en": "✅ Same words, different punctuation.",
        "fr": "✅ Mêmes mots, ponctuation différente.",
    },
    "check.verdict.excerpt": {
        "en": "✂️ Exact, but part of it: {n} words of the source left out.",
        "fr": "✂️ Exacte, mais en partie : {n} mots de la source laissés de côté.",
    },
    "check.verdict.differ": {"en": "❌ {n} words differ.", "fr": "❌ {n} mots diffèrent."},
    "check.verdict.differ.1": {"en": "❌ 1 word differs.", "fr": "❌ 1 mot diffère."},
    "check.diff_legend": {
        "en": "~struck~: in the source, not in your draft · *bold*: in your draft only",
        "fr": "~barré~ : dans la source, pas dans votre texte · "
        "*gras* : dans votre texte seulement",
    },
    "check.no_match": {
        "en": "No stored quote is close to this one. The closest ({score}% alike):",
        "fr": "Aucune citation enregistrée n'est proche de celle-ci. La plus proche "
        "({score} % de ressemblance) :",
    },
    "check.nothing": {
        "en": "No stored quote in {language} shares words with this one.",
        "fr": "Aucune citation enregistrée en {language} n'a de mots en commun avec celle-ci.",
    },
    "check.nothing_in_any_language": {
        "en": "No stored quote shares words with this one.",
        "fr": "Aucune citation enregistrée n'a de mots en commun avec celle-ci.",
    },
    "digest.voices.on": {
        "en": "The digest will show the week's voices once a week: who was quoted most, "
        "and the share of women.",
        "fr": "La revue montrera les voix de la semaine une fois par semaine : les plus cités, "
        "et la part de femmes.",
    },
    "digest.voices.off": {
        "en": "The digest will not show the week's voices any more.",
        "fr": "La revue ne montrera plus les voix de la semaine.",
    },
    "voices.heading": {"en": "Voices of the week", "fr": "Les voix de la semaine"},
    "voices.none": {
        "en": "Nobody was quoted this week.",
        "fr": "Personne n'a été cité cette semaine.",
    },
    "voices.share": {
        "en": "Quoted people: women {women} ({before} the week before) · men {men} · "
        "unknown {unknown}",
        "fr": "Personnes citées : femmes {women} ({before} la semaine précédente) · "
        "hommes {men} · inconnu {unknown}",
    },
    "home.people": {"en": "People of the week", "fr": "Les personnes de la semaine"},
    "chart.alt": {
        "en": "Share of women among quoted people, week by week (week ending): {weeks}. "
        "Most quoted in the last week: {voices}.",
        "fr": "Part des femmes parmi les personnes citées, semaine par semaine (fin de "
        "semaine) : {weeks}. Les plus cités la dernière semaine : {voices}.",
    },
    "chart.share_title": {
        "en": "Women among quoted people, 12 weeks",
        "fr": "Femmes parmi les personnes citées, 12 semaines",
    },
    "chart.top_title": {"en": "Most quoted, last week", "fr": "Les plus cités, dernière semaine"},
    "chart.quotes": {"en": "quotes", "fr": "citations"},
    "chart.comment": {"en": "Voices, 12 weeks", "fr": "Les voix, 12 semaines"},
    "button.chart": {"en": "Chart", "fr": "Graphique"},
    "button.people_more": {"en": "More people", "fr": "Plus de personnes"},
}
