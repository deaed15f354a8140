"""French words around people and organisations: honorifics, roles, pronouns."""

import re

from bot.text.lang.base import PeopleWords, Pronoun, gendered, word_set


def _capitals_unaccented(words: frozenset[str]) -> frozenset[str]:
    """The words with their initial "é" also as "e": a capital often drops its accent
    ("ministère de l'Economie", "l'Education nationale")."""
    return words | {"e" + w[1:] for w in words if w.startswith("é")}


ROLES_IN_ONE_WORD = gendered(
    masculine="""
    président général chef chancelier premier sénateur député eurodéputé directeur patron
    ambassadeur avocat procureur conseiller dirigeant chercheur expert professeur policier
    gouverneur roi pape entraîneur sélectionneur négociateur candidat opposant élu militant
    fondateur auteur colonel amiral commandant lieutenant coordinateur délégué rapporteur
    vice-président chanteur écrivain acteur joueur adjoint représentant préfet
    président-directeur bâtonnier recteur évêque imam rabbin curé magistrat ami voisin frère
    fils père étudiant enseignant infirmier électeur partisan allié habitant agriculteur
    salarié retraité chroniqueur rédacteur correspondant présentateur associé historien
    chirurgien ingénieur manifestant riverain commerçant passant sauveteur pompier gendarme
    soldat lycéen chauffeur routier artisan éleveur pêcheur ouvrier employé agent migrant
    réfugié chômeur guide technicien cofondateur co-fondateur corapporteur
    milliardaire conducteur maître instituteur réalisateur rappeur animateur colistier
    comédien champion plaignant adolescent sportif footballeur skieur nageur boxeur
    romancier dessinateur musicien danseur cuisinier pharmacien banquier généticien
    aide-soignant inspecteur sergent officier enquêteur greffier gérant restaurateur boulanger
    vigneron viticulteur hockeyeur tennisman rugbyman gardien entrepreneur physicien
    mathématicien astrophysicien obstétricien réanimateur compositeur parolier producteur
    brigadier lieutenant-colonel
    """,
    feminine="""
    présidente générale cheffe chancelière première sénatrice députée eurodéputée directrice
    patronne ambassadrice avocate procureure conseillère dirigeante chercheuse experte
    professeure policière reine entraîneuse sélectionneuse négociatrice candidate opposante
    élue militante fondatrice autrice coordinatrice déléguée rapporteure vice-présidente
    chanteuse écrivaine actrice joueuse adjointe représentante préfète rectrice magistrate amie
    voisine sœur fille mère étudiante enseignante infirmière électrice partisane alliée
    habitante agricultrice salariée retraitée chroniqueuse rédactrice correspondante
    présentatrice associée historienne chirurgienne ingénieure manifestante riveraine
    commerçante passante sauveteuse lycéenne chauffeuse routière artisane éleveuse pêcheuse
    ouvrière employée migrante réfugiée chômeuse technicienne cofondatrice co-fondatrice
    corapporteure conductrice maîtresse institutrice réalisatrice rappeuse
    animatrice colistière
    comédienne championne plaignante adolescente sportive footballeuse skieuse nageuse
    romancière dessinatrice musicienne danseuse cuisinière pharmacienne banquière généticienne
    aide-soignante inspectrice enquêtrice greffière gérante restauratrice boulangère
    vigneronne viticultrice gardienne entrepreneuse physicienne mathématicienne
    astrophysicienne réanimatrice compositrice productrice sage-femme
    """,
    either="""
    ministre porte-parole secrétaire maire pdg juge commissaire responsable économiste médecin
    journaliste analyste diplomate capitaine syndicaliste leader haut-commissaire témoin
    porte-voix numéro sous-secrétaire membre collègue éditorialiste sociologue politologue
    philosophe épidémiologiste virologue victime élève fonctionnaire activiste interprète
    astronaute ayatollah spécialiste édile humoriste artiste quadragénaire quinquagénaire
    sexagénaire trentenaire
    biologiste psychiatre psychologue juriste poète propriétaire athlète cycliste pilote
    photographe architecte cinéaste vétérinaire notaire géographe archéologue climatologue
    géologue pédiatre infectiologue cardiologue urgentiste anesthésiste démographe chimiste
    linguiste politiste anthropologue psychanalyste neurologue dermatologue gynécologue
    immunologue chorégraphe scénariste
    """,
)

# Roles in several words, which ``role_phrases`` below name by their words.
ROLES = {**ROLES_IN_ONE_WORD, "homme d'affaires": "m", "femme d'affaires": "f"}

# "l'agence" -> "f": the organisation nouns, by grammatical gender.
ORGANISATION_GENDERS = gendered(
    masculine="""
    ministère gouvernement office conseil parlement sénat parti groupe tribunal parquet
    syndicat institut comité cabinet état-major service centre observatoire journal
    quotidien état élysée kremlin pentagone constructeur fabricant club collectif
    """,
    feminine="""
    commission agence assemblée union banque entreprise société université association
    fédération police gendarmerie armée cour préfecture mairie ong fondation alliance
    organisation administration direction compagnie équipe chaîne radio chancellerie
    """,
)

# Written with a capital as nouns ("l'Italien Francesco Zanardi"): a label, not a name.
NATIONALITIES = word_set(
    """
    afghan afghane algérien algérienne allemand allemande américain américaine anglais anglaise
    argentin argentine australien australienne autrichien autrichienne belge brésilien
    brésilienne britannique canadien canadienne chilien chilienne chinois chinoise colombien
    colombienne coréen coréenne cubain cubaine danois danoise écossais écossaise égyptien
    égyptienne espagnol espagnole finlandais finlandaise français française grec grecque
    hongrois hongroise indien indienne irakien irakienne iranien iranienne irlandais irlandaise
    israélien israélienne italien italienne ivoirien ivoirienne japonais japonaise libanais
    libanaise libyen libyenne malien malienne marocain marocaine mexicain mexicaine néerlandais
    néerlandaise nigérian nigériane norvégien norvégienne pakistanais pakistanaise palestinien
    palestinienne polonais polonaise portugais portugaise québécois québécoise roumain roumaine
    russe saoudien saoudienne sénégalais sénégalaise serbe suédois suédoise suisse syrien
    syrienne taïwanais taïwanaise tunisien tunisienne turc turque ukrainien ukrainienne
    vénézuélien vénézuélienne vietnamien vietnamienne
    """
)

PEOPLE = PeopleWords(
    honorifics=gendered(masculine="m mgr", feminine="mme mlle", either="mm me dr pr"),
    roles=ROLES,
    role_modifiers={"première": "f", "nouvelle": "f", "ancienne": "f"},
    subject_pronouns={
        "il": Pronoun("m"),
        "elle": Pronoun("f"),
        "ils": Pronoun("m", plural=True),
        "elles": Pronoun("f", plural=True),
        "on": Pronoun(None, personal=False),
    },
    tonic_pronouns={"lui": Pronoun("m"), "elle": Pronoun("f")},
    nationalities=NATIONALITIES,
    anonymous_sources=word_set("source sources proche proches entourage"),
    # the nouns of ``ORGANISATION_GENDERS``, and plurals and names that need no gender
    organisations=frozenset(ORGANISATION_GENDERS) | word_set("services autorités maison-blanche"),
    organisation_genders=ORGANISATION_GENDERS,
    departments=_capitals_unaccented(
        word_set(
            """
        défense intérieur justice santé économie finances affaires étrangères éducation travail
        culture agriculture environnement transports armées europe budget logement sports
        industrie énergie numérique outre-mer transition écologique solidarités comptes publics
        relations état république assemblée sénat nationale national général tourisme
        jeunesse famille familles handicap ville égalité citoyenneté commerce artisanat mer
        ruralité recherche enseignement supérieur autonomie biodiversité consommation
        innovation francophonie territoires collectivités cohésion mémoire anciens combattants
        retraites enfance protection
        """
        )
    ),
    affiliation_tag=None,
    spokesperson_roles=word_set("porte-parole porte-voix représentant représentante"),
    documents=word_set("rapport communiqué note lettre déclaration étude avis"),
    age_words=word_set("an ans"),
    # "l'octogénaire a déclaré": the age nouns of one person (the plural is a group)
    age_description=re.compile(
        r"(?:trent|quarant)enaire|(?:quadra|quinqua|sexa|septua|octo|nona)génaire|centenaire"
    ),
    role_connectors=word_set("de du des d' d’ l' l’ la le les à au aux en et pour"),
    impersonal_after=word_set(
        "faut faudrait fallait faudra y s' s’ semble semblait paraît paraissait suffit suffirait"
    ),
    lower_case_name_connectors=word_set("des"),
    lower_case_title_words=word_set("enchaîné diplomatique autorité"),
    never_names=word_set("rien autant ancien ancienne anciens âgé âgée agé agée"),
    institution_nouns=word_set(
        "gouvernement préfecture chancellerie parquet mairie police gendarmerie armée"
    ),
    # "le quotidien régional": a publication by a description (titles carry no such noun)
    publications=word_set(
        "quotidien hebdomadaire journal magazine périodique mensuel radio chaîne"
    ),
    outlet_prepositions=word_set("sur"),
    listener_prepositions=word_set("à au"),
    first_person_words=word_set("je j' moi mon ma mes"),
    publication_bodies=word_set("rédaction"),
    origin_words=word_set("originaire originaires natif native natifs natives"),
    place_first_names=word_set("france"),
    latter_words={"dernier": "m", "dernière": "f"},
    law_nouns=word_set("act"),  # "l'Affordable Care Act": a law's English name
    role_phrases={
        "chef de l' état": "président",
        "locataire de l' élysée": "président",
        "locataire de matignon": "premier",
        "locataire de bercy": "ministre",
        "locataire de beauvau": "ministre",
        "locataire de la place beauvau": "ministre",
        "hôte de l' élysée": "président",
        "hôte de matignon": "premier",
        "chef du gouvernement": "premier",
        "premier ministre": "premier",
        "première ministre": "première",
        "chef de la diplomatie": "ministre",
        "garde des sceaux": "ministre",
        "homme d' affaires": "homme d'affaires",
        "femme d' affaires": "femme d'affaires",
    },
)
