"""French page furniture: header keys, promos, photo credits, newsroom boilerplate."""

from bot.text.lang.base import PageWords, word_set

PAGE = PageWords(
    header_keys={
        "date": "date",
        "publié": "date",
        "publication": "date",
        "titre": "title",
        "auteur": "author",
        "auteurs": "author",
        "autrice": "author",
        "source": "source",
        "url": "url",
        "lien": "url",
        "langue": "language",
        "section": "section",
        "rubrique": "section",
    },
    promo_words=word_set(
        """
        regarder lire voir écouter vidéo vidéos podcast aussi plus abonnez direct infographie
        exclusif publicité sponsorisé
        """
    ),
    promo_phrases=(
        r"(?:à\s+)?lire\s+(?:aussi|également)",
        r"lisez\s+aussi",
        r"voir\s+aussi",
        r"à\s+voir",
        r"sur\s+le\s+même\s+sujet",
        r"regarder",
        r"écouter",
        r"abonnez-vous",
    ),
    calls_to_action=(
        r"abonnez-vous",
        r"inscrivez-vous",
        r"suivez-nous",
        r"cliquez\s+ici",
        r"téléchargez",
    ),
    credit_words=(
        r"photos?",
        r"crédits?",
        r"images?",
        r"presse",
        r"archives?",
        r"gracieuseté",
        r"illustration",
    ),
    credit_labels=("Crédit photo", "Photo", "PHOTO", "Crédit", "CRÉDIT"),
    boilerplate=(
        r"\bcliquez ici\b",
        r"\babonnez-vous\b",
        r"\binscrivez-vous\b",
        r"\bsuivez-nous\b",
        r"\bnotre (?:newsletter|infolettre|lettre d['’]information)\b",
        r"\btous droits réservés\b",
        r"\ba contribué à cet article\b",
        r"\bcet article a été mis à jour\b",
        r"^avec (?:l['’])?(?:afp|reuters|ap)\b",
    ),
    dangling_starts=word_set(
        """
        mais cependant pourtant toutefois il elle ils elles ce cela ceci ces cette son sa ses
        leur leurs lui aussi et donc puis ensuite alors néanmoins
        """
    ),
)
