"""How French reports speech: verbs, prepositions, inverted subjects and incises."""

import re

from bot.text.lang.base import SpeechWords, fold_apostrophe, word_set

# Regular -er verbs that attribute speech, conjugated by ``_forms``.
SPEECH_VERBS_ER = word_set(
    """
    déclarer affirmer ajouter expliquer assurer estimer regretter insurger souligner indiquer
    préciser marteler lancer confier raconter commenter annoncer confirmer rappeler insister
    noter observer résumer juger dénoncer fustiger déplorer trancher plaider arguer ironiser
    féliciter exclamer avouer concéder répliquer rétorquer témoigner signaler relever avancer
    détailler nuancer lâcher glisser souffler murmurer crier clamer proclamer exhorter demander
    interroger accuser alerter menacer jurer garantir certifier considérer continuer enchaîner
    tweeter twitter rapporter relater claironner emporter inquiéter indigner alarmer agacer
    répéter réitérer soupirer plaisanter railler amuser tonner justifier protester objecter
    conseiller recommander exprimer raisonner réclamer implorer supplier épingler critiquer
    énerver enthousiasmer étonner offusquer désoler lamenter révolter emballer penser tempêter
    tacler cingler grincer constater rassurer analyser fulminer approuver pointer remarquer
    scander abonder savourer louer relativiser argumenter tancer décrypter attaquer révéler
    """
)
# Other verbs, form by form.
SPEECH_VERBS_OTHER = word_set(
    """
    dit dits dite dites disent disait disaient dira diront dire écrit écrite écrivait
    écrivent écrire prévenu prévenue prévient préviennent prévenait prévenir reconnu reconnue
    reconnaît reconnait reconnaissait reconnaissent admis admise admet admettent admettait
    promis promise promet promettent promettait répondu répondue répond répondent répondait
    répondre soutenu soutenue soutient soutiennent soutenait conclu conclue conclut concluent
    concluait poursuivi poursuivie poursuit poursuivent poursuivait averti avertie avertit
    avertissent avertissait démenti démentie dément démentent démentait réagi réagie réagit
    réagissent réagissait maintenu maintenue maintient maintiennent convenu convenue convient
    repris reprise reprend reprennent prédit prédite prédisait réjoui réjouie réjouit
    réjouissent interpellé interpellée interpelle répète répètent considère considèrent
    inquiète inquiètent espéré renchérit renchérissent renchérissait renchéri sourit
    sourient souriait souri espère espèrent espérait asséné assénée assène assènent assénait
    valoir savoir décrit décrite décrivait décrivent lire entendre tempère tempèrent tempérait
    défendu défendue souvient souviennent souvenait souvenu souvenue
    """
)
# Verbs that introduce a partial quote ("a qualifié la réforme de « recul »") but are too
# loose to attribute a quote on their own; -er verbs are conjugated.
PARTIAL_VERBS = word_set(
    """
    qualifier appeler traiter évoquer décrire décrit décrite décrivait dépeindre dépeint
    exhorter promettre promis promet accuser saluer réclamer demander dénoncer fustiger vanter
    critiquer taxer comparer présenter condamner
    """
)


def _hard_stem(infinitive: str) -> str:
    """The stem before "a" and "o": "lanç" for "lancer", "juge" for "juger"."""
    stem = infinitive.removeprefix("s'")[:-2]
    return stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem


def _forms(infinitive: str) -> list[str]:
    """Forms of a regular -er verb that attribute speech (participle, present, past)."""
    stem, hard = infinitive.removeprefix("s'")[:-2], _hard_stem(infinitive)
    forms = [stem + end for end in ("é", "ée", "és", "ées", "e", "es", "ent", "er")]
    forms += [hard + end for end in ("ait", "aient", "a")]  # "lançait", "jugea"
    forms += [stem + "èrent", stem + "era", stem + "eront"]
    if stem.endswith("el"):
        forms += [stem + "le", stem + "lent"]
    grave = re.sub(r"[eé](?=[^aeiouyéèêàâîôû]$)", "è", stem)
    if grave != stem:  # "relève", "répète", "considère": the stem's last e takes a grave accent
        forms += [grave + end for end in ("e", "es", "ent", "era", "eront")]
    return forms


_VERBS = [form for verb in SPEECH_VERBS_ER for form in _forms(verb)] + list(SPEECH_VERBS_OTHER)
_PARTIAL = [f for v in PARTIAL_VERBS if v.endswith("er") for f in _forms(v)]
_PARTIAL += [v for v in PARTIAL_VERBS if not v.endswith("er")]

SPEECH = SpeechWords(
    verbs=frozenset(fold_apostrophe(v) for v in _VERBS),
    partial_verbs=frozenset(fold_apostrophe(v) for v in _VERBS + _PARTIAL),
    listener_verbs=frozenset(),
    attribution_prepositions={"selon": (), "d'": ("après",), "d’": ("après",)},  # d' | après
    opening_prepositions=word_set("pour"),
    scare_markers=word_set(
        """
        soi-disant prétendu prétendue dits dites baptisé baptisée surnommé surnommée intitulé
        intitulée dénommé mot terme expression slogan titre livre roman ouvrage film album
        chanson émission série documentaire essai pièce spectacle exposition
        """
    ),
    crowd_words=word_set("cris chœur"),
    perfect_auxiliaries=word_set("a ont avait"),
    inverted_subject=re.compile(r"^(.+?)(?:-t)?-(il|elle|ils|elles|on)$", re.IGNORECASE),
    incise_inside_marks=True,
    clause_without_complementizer=False,
    quote_min_words=4,
    terms_after_determiner=True,
    label_markers=word_set("comme"),
    conformity_words=word_set("comme"),
    reported_later=True,
    refusal_words=word_set("refuse refusent refusait refusaient refusé refusée sans"),
    naming_verbs=word_set(
        """
        appelle appellent appelait appelaient nomme nomment nommait qualifie qualifient
        qualifiait désigne désignent désignait surnomme surnomment
        """
    ),
    naming_relatives=(("ce", "que"), ("ce", "qu'"), ("ce", "qu’")),
    byline="par",
    copulas=word_set("est était"),
    title_opening=re.compile(
        r"(?:(?:projet|proposition) de )?(?:loi|décret|ordonnance) "
        r"(?:pour|sur|de|du|des|d'|d’|relati\w*|contre|visant|portant)\b",
        re.IGNORECASE,
    ),
    charge_words=word_set(
        """
        plainte plaintes examen condamné condamnée condamnés condamnées inculpé inculpée
        inculpés inculpées écroué écrouée écroués écrouées interpellé interpellée interpellés
        interpellées arrêté arrêtée arrêtés arrêtées jugé jugée jugés jugées poursuivi
        poursuivie poursuivis poursuivies soupçonné soupçonnée soupçonnés soupçonnées enquête
        information vue procès ouvert ouverte ouverts ouvertes
        """
    ),
)
