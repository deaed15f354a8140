"""French grammar words, dates and abbreviations."""

from bot.text.lang.base import FunctionWords, numbered, word_set

# The most frequent French words, almost disjoint from English ones: counting them tells the
# language, and they carry no content for a summary.
FUNCTION_WORDS = word_set(
    """
    a à afin ai aie ainsi alors après as au aucun aucune aujourd auprès aussi autre autres
    aux avait avaient avant avec avez avoir avons ayant c ça car ce ceci cela celle celles
    celui cependant certains ces cet cette ceux chaque chez ci comme comment d dans de
    depuis des deux dès donc dont du durant elle elles en encore entre est et étaient était
    été être eu eux fait faire font fut hier il ils j je jusqu l la là le les leur leurs
    lors lorsqu lorsque lui m ma mais me même mes moi moins mon n ne ni nos notre nous on
    ont ou où par parce parmi pas pendant peu peut plus plusieurs pour pourquoi qu quand que
    quel quelle quelles quels qui quoi s sa sans se selon ses si sien son sont sous sur t ta
    te tes toi ton tous tout toute toutes très trop tu un une vers via vos votre vous y
    """
)

MONTHS = numbered(
    "janvier janv",
    "février fevrier févr fevr",
    "mars",
    "avril avr",
    "mai",
    "juin",
    "juillet juil",
    "août aout",
    "septembre sept",
    "octobre oct",
    "novembre nov",
    "décembre decembre déc",
)

WORDS = FunctionWords(
    names=word_set("fr fra fre french français francais"),
    function_words=FUNCTION_WORDS,
    determiners=word_set("le la les l' l’ un une ce cet cette ces son sa ses"),
    definite_articles=word_set("le la les l'"),
    gendered_determiners={"la": "f", "le": "m", "une": "f", "un": "m", "cette": "f", "ce": "m"},
    relatives=word_set("que qu' qu’ qui dont où"),
    complementizers=word_set("que qu' qu’"),
    auxiliaries=word_set(
        """
        a ont avait avaient aurait auraient est sont était étaient s'est s’est se s' s’ l' l’
        lui leur y en ne n' n’ pas encore ensuite aussi également alors ainsi déjà toutefois
        pourtant cependant néanmoins notamment enfin plus tard simplement -t-il -t-elle -il
        -elle fait faisait font
        """
    ),
    stop_prepositions=word_set(
        """
        lors devant pendant dans après avant depuis sur par en auprès lundi mardi mercredi
        jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui mais et qui dont alors
        tandis puis ce cette aux au à jusqu' jusqu’ vers face avec sans
        """
    ),
    object_prepositions=word_set(
        """
        de du des d' d’ à au aux avec contre par pour sur selon entre chez envers vers sans
        sous que qu' qu’
        """
    ),
    title_prepositions=word_set("à au aux en"),
    affiliation_prepositions=word_set("de du des d' chez"),
    clause_openers=frozenset(),
    elisions=("jusqu", "lorsqu", "puisqu", "quoiqu", "qu", "l", "d", "j", "m", "n", "s", "t", "c"),
    months=MONTHS,
    calendar_words=word_set(
        """
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
        juillet août septembre octobre novembre décembre matin midi soir soirée après-midi
        jour lendemain veille semaine week-end nuit
        """
    ),
    calendar_lower_case=True,
    adjectives_follow_nouns=True,
    plural_determiners=word_set("les des ces ses leurs nos vos plusieurs quelques certains"),
    abbreviations=word_set(
        """
        M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr Pre Prof St Ste Gén No Nos no nos n° p pp vol art
        al cf env av bd ch chap fig éd vs ca min max
        """
    ),
    final_abbreviations=word_set("etc Cie SA janv févr avr juil sept oct nov déc"),
    title_minor_words=word_set("de la le les du des et à en d l"),
    possessives=word_set("son sa ses leur leurs"),
    adverbial_phrases=frozenset(
        {
            "à nouveau",
            "de nouveau",
            "par ailleurs",
            "d' ailleurs",
            "en effet",
            "en outre",
            "une nouvelle fois",
            "une fois de plus",
            "quant à lui",
            "quant à elle",
            "quant à eux",
            "lui aussi",
            "elle aussi",
            "pour autant",
            "en revanche",
            "plus tard",
            "tout de même",
        }
    ),
    indefinite_articles=word_set("un une"),
    demonstratives=word_set("ce cet cette ces"),
    subject_relatives=word_set("qui"),
    coordinators=word_set("ou et mais"),
    title_articles=word_set("le la les l' l’"),
    infinitive_markers=word_set("à de d' d’"),
    scene_prepositions=word_set("dans en chez sur sous pendant lors depuis avec à au aux"),
)
