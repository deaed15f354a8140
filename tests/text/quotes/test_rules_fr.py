"""One invented French sentence per rule of the quote engine that French news needs (partial
quotes, terms in marks, speakers named around the quote); each test names its rule."""

from __future__ import annotations

from tests.text.quotes.reading import direct, read, speaker_of

# --- candidates: a partial quote is a quote, a term is not --------------------------------


def test_a_partial_quote_of_four_words_in_a_paraphrase_is_said_by_the_subject() -> None:
    text = (
        "La ministre Hélène Garnier a salué devant les élus un accord "
        "« qui protège enfin les petits producteurs »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "qui protège enfin les petits") == "Hélène Garnier"


def test_a_few_words_in_marks_completing_a_noun_are_a_term() -> None:
    _, quotes, _ = read("Des milliers de « bonnets verts » ont défilé samedi à Rennes.", "fr")
    assert direct(quotes) == []


def test_a_label_the_article_keeps_in_marks_is_no_quote_even_in_reported_speech() -> None:
    text = (
        "Les « bonnets verts » bloquent le pont.\n\n"
        "Le maire Paul Girard a affirmé qu'il recevrait d'autres « bonnets verts » lundi.\n\n"
        "Les « bonnets verts » ont accepté."
    )
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_a_noun_in_marks_after_a_determiner_stays_a_term_though_a_verb_comes_before() -> None:
    text = (
        "Les passeurs demandaient aux jeunes filles de rembourser une « dette » énorme.\n\n"
        "Cette « dette » pesait sur chacune."
    )
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_a_few_words_the_article_keeps_in_marks_are_a_label() -> None:
    text = "Les « bonnets verts » bloquent le pont.\n\nLe maire a reçu les « bonnets verts » lundi."
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_words_in_marks_after_a_work_noun_are_a_title() -> None:
    text = "Dans son roman « La rivière sous la ville », Paul Mercier raconte les crues."
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_words_in_marks_after_comme_without_a_verb_of_speech_are_a_label() -> None:
    text = "Le gouvernement défend ce texte comme une « loi de simple bon sens »."
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


# --- cues and subjects: who speaks around the quote -----------------------------------------


def test_an_inverted_subject_after_a_day_and_a_prepositional_phrase_is_the_speaker() -> None:
    text = "« Nous rouvrirons la gare en mai », a annoncé lundi à la presse Odile Ferrand."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous rouvrirons la gare") == "Odile Ferrand"


def test_the_listener_after_a_preposition_is_not_the_speaker() -> None:
    text = "« Le dossier est clos », a répondu à Marc Lenoir le juge."
    _, quotes, _ = read(text, "fr")
    assert all(q.speaker != "Marc Lenoir" for q in direct(quotes))


def test_a_verb_of_feeling_reports_speech() -> None:
    text = "« Enfin une bonne nouvelle pour le quartier ! » s'enthousiasme Lucie Vannier."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Enfin une bonne nouvelle") == "Lucie Vannier"


def test_a_pronoun_beyond_the_recent_sentences_goes_to_the_last_person_of_its_gender() -> None:
    text = (
        "Nadia Ferhat, 52 ans, tient une boulangerie à Roubaix.\n\n"
        "Le quartier a changé. Les loyers ont doublé. Les clients sont partis.\n\n"
        "La mairie promet un plan depuis deux ans. Rien n'a bougé.\n\n"
        "« Je ne tiendrai pas un hiver de plus », soupire-t-elle."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Je ne tiendrai pas") == "Nadia Ferhat"


# --- people: roles and bodies -------------------------------------------------------------


def test_an_organisation_noun_with_what_it_is_of_names_the_body() -> None:
    text = "« Les routes restent fermées », a indiqué la préfecture de la Somme."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les routes restent fermées") == "préfecture de la Somme"


def test_an_unnamed_role_of_a_place_is_nobody_not_the_place() -> None:
    _, quotes, _ = read("« Le bilan est lourd », a estimé le préfet de la Somme.", "fr")
    assert speaker_of(quotes, "Le bilan est lourd") is None


def test_a_role_of_a_body_goes_to_the_person_seen_with_that_role() -> None:
    text = (
        "Le secrétaire général de l'association Terre Libre, Marc Aubert, était présent.\n\n"
        "« Il faut agir », a poursuivi le secrétaire général de Terre Libre."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il faut agir") == "Marc Aubert"


def test_an_unnamed_spokesperson_of_a_ministry_speaks_for_the_ministry() -> None:
    text = (
        "« Nous condamnons ces propos », a déclaré la porte-parole du ministère français "
        "de la Culture."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous condamnons ces propos") == "ministère de la Culture"


def test_a_place_between_a_role_and_a_full_name_is_not_part_of_the_name() -> None:
    _, quotes, _ = read("« Le chantier avance », a déclaré la maire de Lyon Anne Morel.", "fr")
    assert speaker_of(quotes, "Le chantier avance") == "Anne Morel"


def test_a_name_in_apposition_after_an_inverted_role_is_the_speaker() -> None:
    text = "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur, Paul Girard."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous ne céderons pas") == "Paul Girard"


def test_a_bare_quote_is_said_by_the_subject_before_the_auxiliary_not_the_object() -> None:
    text = "Le maire Paul Girard a proposé à la Région un « plan de dix ans pour le quartier »."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "plan de dix ans pour le quartier") == "Paul Girard"


def test_a_report_of_a_body_gives_the_words_to_the_body() -> None:
    text = "Les loyers « auraient doublé en cinq ans », selon un rapport du Sénat français."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "auraient doublé en cinq ans") == "Sénat"


def test_d_apres_after_a_quote_names_its_source_but_d_alone_does_not() -> None:
    text = "Les loyers « auraient doublé en cinq ans », d'après la Cour des comptes."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "auraient doublé en cinq ans") == "Cour des comptes"
    _, quotes, _ = read("Les prix « ont encore augmenté », d’autant que l'offre manque.", "fr")
    assert all(q.speaker is None for q in quotes)


def test_a_first_name_followed_by_an_age_is_a_person_a_pronoun_can_point_to() -> None:
    text = "Mohammed, 17 ans, vit à Lyon depuis deux ans.\n\n« Je veux rester ici », souffle-t-il."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Je veux rester ici") == "Mohammed"


def test_de_son_cote_between_the_verb_and_a_known_first_name_is_passed() -> None:
    text = (
        "Thérèse, 61 ans, est venue avec sa fille.\n\n"
        "« On ne lâchera rien », se réjouit de son côté Thérèse."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "On ne lâchera rien") == "Thérèse"


def test_a_definite_role_never_given_a_name_points_to_the_person_followed() -> None:
    text = (
        "Julien Morel, 38 ans, tient le barrage depuis l'aube.\n\n"
        "« Nous resterons jusqu'à Noël s'il le faut », lance le manifestant."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous resterons jusqu'à Noël") == "Julien Morel"


def test_an_indefinite_role_stays_anonymous() -> None:
    text = (
        "Julien Morel, 38 ans, tient le barrage depuis l'aube.\n\n"
        "« Nous resterons jusqu'à Noël s'il le faut », lance un manifestant."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous resterons jusqu'à Noël") is None


def test_a_speech_verb_without_a_subject_goes_on_with_the_last_speaker() -> None:
    text = (
        "« Le village revit », raconte Paul Girard, 60 ans.\n\n"
        "Puis ajoute : « Les jeunes reviennent enfin chez nous. »"
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les jeunes reviennent enfin") == "Paul Girard"


# --- the pack's verbs: forms and periphrases -------------------------------------------------


def test_a_cer_verb_keeps_its_cedilla_before_a() -> None:
    text = "« Rentrez chez vous ! » lançait mardi Mme Odile Ferrand aux grévistes."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Rentrez chez vous") == "Odile Ferrand"


def test_approving_reports_speech() -> None:
    text = "« Le pont doit rouvrir », approuve son voisin Bruno Lafargue, maraîcher."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le pont doit rouvrir") == "Bruno Lafargue"


def test_faire_before_an_infinitive_of_speech_is_an_auxiliary() -> None:
    text = "« Rien n'est joué », fait observer Lucie Vannier, économiste à Nantes."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Rien n'est joué") == "Lucie Vannier"


def test_a_time_of_day_after_the_day_is_passed_before_an_inverted_subject() -> None:
    text = "« Nous porterons plainte », a réagi samedi soir Hélène Garnier, avocate du club."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous porterons plainte") == "Hélène Garnier"


# --- appositions: the role, then the name ----------------------------------------------------


def test_a_name_with_particles_in_apposition_after_a_role_is_the_speaker() -> None:
    text = (
        "« Nous regrettons cette décision », a déclaré la porte-parole du ministère de la "
        "Culture, Claire de La Vergne, dans un communiqué."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous regrettons cette décision") == "Claire de La Vergne"


def test_a_title_of_a_department_keeps_its_preposition_before_the_apposed_name() -> None:
    text = (
        "Bruno Lemaire, secrétaire général du syndicat, était présent.\n\n"
        "« Le texte sera prêt en mars », a déclaré le secrétaire d'État à la Santé, Paul Girard."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le texte sera prêt") == "Paul Girard"


def test_a_place_set_off_by_commas_after_the_verb_comes_before_the_speaker() -> None:
    text = "« Nous sommes des mères », a dit, à Brest, Julie Marchand, 31 ans, fleuriste."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous sommes des mères") == "Julie Marchand"


def test_a_speaker_named_before_a_role_of_something_is_that_person() -> None:
    text = "« Le club tiendra », a assuré Julie Marchand, 31 ans, professeure d'équitation."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le club tiendra") == "Julie Marchand"


# --- roles: set phrases and definite descriptions ---------------------------------------------


def test_a_set_phrase_for_a_role_goes_to_the_person_seen_with_that_role() -> None:
    text = (
        "Le président Marc Aubert a visité l'usine lundi.\n\n"
        "« Nous tiendrons nos promesses », a écrit le chef de l'État sur son compte."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous tiendrons nos promesses") == "Marc Aubert"


def test_a_definite_role_of_something_is_the_person_the_previous_sentence_put_forward() -> None:
    text = (
        "« Ces menaces sont inacceptables », a réagi Hélène Garnier, directrice du journal.\n\n"
        "« Nous porterons plainte », ajoute la responsable de la rédaction."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous porterons plainte") == "Hélène Garnier"


def test_a_definite_role_of_something_with_nobody_put_forward_stays_unnamed() -> None:
    text = (
        "Le département a été placé en vigilance rouge.\n\n"
        "« Les routes sont coupées », selon le préfet de la Somme."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les routes sont coupées") is None


def test_a_few_words_in_marks_after_a_determiner_no_verb_governs_are_a_term() -> None:
    text = "Le maire Paul Girard a plaisanté lundi sur les « bonnets verts » du quartier."
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_a_word_in_marks_a_verb_of_speech_governs_through_its_determiner_stays_a_quote() -> None:
    text = "Le maire Paul Girard dénonce une « mascarade » devant le conseil."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "mascarade") == "Paul Girard"


def test_a_legal_charge_in_marks_is_not_speech() -> None:
    text = (
        "« On m'a jeté à terre », a raconté Paul Girard, qui a porté plainte avec son "
        "collègue pour « violences volontaires en réunion sur la voie publique »."
    )
    _, quotes, _ = read(text, "fr")
    assert [q.text for q in direct(quotes)] == ["On m'a jeté à terre"]


def test_describing_reports_speech_after_the_quote() -> None:
    text = "« Un pacte de silence et de peur », avait décrit la procureure Anne Morel."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Un pacte de silence") == "Anne Morel"


def test_an_impersonal_il_goes_on_with_whoever_was_speaking_not_the_last_man_named() -> None:
    text = (
        "« Le quartier a changé », explique Nadia Ferhat, qui a croisé le maire Paul Girard. "
        "Selon elle, il faudrait « rouvrir la ligne de bus au plus vite »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "rouvrir la ligne de bus") == "Nadia Ferhat"


# --- people introduced without a name ------------------------------------------------------------


def test_a_pronoun_after_an_unnamed_speaker_stays_unnamed() -> None:
    text = (
        "Le sénateur Paul Girard a visité le commissariat lundi.\n\n"
        "« On manque de tout », dit un policier qui souhaite rester anonyme. "
        "« Les voitures ont vingt ans », ajoute-t-il."
    )
    people, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les voitures ont vingt ans") is None
    assert [p.name for p in people] == ["Paul Girard"]


def test_a_demonstrative_role_points_to_the_unnamed_person_with_that_role() -> None:
    text = (
        "Le policier Marc Aubert a guidé la visite du commissariat lundi.\n\n"
        "« On manque de tout », dit un policier de la brigade de nuit.\n\n"
        "« Les voitures ont vingt ans », poursuit ce policier."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les voitures ont vingt ans") is None


def test_the_narrators_words_after_the_marks_are_not_the_subject_of_the_verb_after_them() -> None:
    text = (
        "« Les épaves sont rares », explique l'historienne Anne Morel.\n\n"
        "« C'est une occasion rare d'approcher un navire » de la Grande Armée, poursuit "
        "l'historienne."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "C'est une occasion rare") == "Anne Morel"


def test_quotes_joined_by_ou_share_the_attribution_after_the_last_one() -> None:
    text = (
        "« Nous sommes des mères », a dit Julie Marchand.\n\n"
        "« Pour nos enfants » ou « Le climat avant le profit », pouvait-on lire sur des "
        "pancartes."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Pour nos enfants") is None
    assert speaker_of(quotes, "Le climat avant le profit") is None


def test_a_verb_whose_stem_ends_in_e_and_a_consonant_takes_a_grave_accent() -> None:
    text = "« La ville a du mal à prendre ces menaces au sérieux », relève Sébastien Morel."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "La ville a du mal") == "Sébastien Morel"


def test_a_quote_alone_goes_with_the_attributed_quote_right_after_it() -> None:
    text = (
        "Le maire Paul Girard a salué son courage.\n\n"
        "« J'ai grimpé sans réfléchir, et je l'ai attrapé. » « Ensuite mes jambes se sont mises "
        "à trembler », a raconté Lucie Vannier."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "J'ai grimpé sans réfléchir") == "Lucie Vannier"


def test_a_sentence_opened_by_pour_and_a_name_gives_its_partial_quotes_to_that_person() -> None:
    text = (
        "Pour le ministre chargé des Relations avec les élus Marc Dumas, la commission pose "
        "« un regard politique sur le fonctionnement de la mairie »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "un regard politique") == "Marc Dumas"


def test_a_role_of_a_named_body_then_a_full_name_in_apposition_is_that_person() -> None:
    text = (
        "« Une police politique cible les animateurs », a tweeté le chef de file du parti "
        "de la gauche radicale, Avenir Commun, Jean-Marc Delorme, juste après l'arrestation."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Une police politique cible") == "Jean-Marc Delorme"


def test_the_narration_after_the_marks_runs_to_the_comma_before_the_inverted_verb() -> None:
    text = (
        "La cheffe du parti, Anne Morel, a dénoncé : « Les voeux sont inquiétants ».\n\n"
        "« Une police politique cible les animateurs » du mouvement, avait tweeté le chef de "
        "file du parti de la gauche, La France solidaire, Jean-Marc Delorme, juste après."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Une police politique cible") == "Jean-Marc Delorme"


def test_a_lead_quote_nobody_is_named_for_is_said_by_whoever_later_repeats_its_words() -> None:
    text = (
        "« Une nouvelle fermeture de ce genre serait une catastrophe. » Les commerçants du "
        "centre sont inquiets.\n\n"
        "Le maire Paul Girard a visité les boutiques lundi.\n\n"
        "Le président de la fédération, Marc Dumas, a jugé qu'« une nouvelle fermeture de ce "
        "genre » serait « une catastrophe »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Une nouvelle fermeture de ce genre serait") == "Marc Dumas"


def test_a_place_after_de_and_a_noun_is_not_part_of_the_name() -> None:
    text = "« Le chantier avance », a déclaré la présidente de la région Occitanie Anne Morel."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le chantier avance") == "Anne Morel"


def test_an_acronym_right_after_a_role_is_a_party_not_the_subject() -> None:
    text = (
        "La présidente LR de la région Occitanie Anne Morel a réagi sur Twitter : "
        "« Hommage au courage des pompiers »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Hommage au courage des pompiers") == "Anne Morel"


def test_words_someone_refuses_to_say_are_mentioned_not_said() -> None:
    text = (
        "Le maire Paul Girard condamne les violences mais refuse de dire « Je suis Rennes » ou "
        "« Nous sommes tous voisins », dénonçant une récupération."
    )
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_a_name_before_a_role_without_a_comma_is_the_speaker_not_a_modifier() -> None:
    text = "« Le port rouvrira lundi matin », a déclaré Anne Morel porte-parole de la mairie."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le port rouvrira lundi matin") == "Anne Morel"


def test_words_in_marks_after_ce_que_x_appelle_are_a_name_not_speech() -> None:
    text = (
        "La police vise ce que le préfet appelle « le réseau des passeurs de la vallée », "
        "selon le parquet."
    )
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_words_in_marks_opening_like_a_bill_are_its_title() -> None:
    text = (
        "Le ministre a présenté mardi un « projet de loi pour une agriculture durable et "
        "locale », critiqué par les syndicats."
    )
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_a_definite_role_heading_the_main_clause_is_the_next_pronoun_s_antecedent() -> None:
    text = (
        "Jean Valois a fustigé jeudi le rapport des sénateurs.\n\n"
        "Si pour l'heure Paul Mercier est resté silencieux, le maire a pris la défense de son "
        "adjoint. « Un grand serviteur de la ville et de ses habitants », a-t-il fait valoir."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Un grand serviteur de la ville") == "Jean Valois"


def test_a_one_word_institution_keeps_its_lower_case_plural_complement() -> None:
    text = "« Les délais restent bien trop longs », a estimé le Médiateur des assurances."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les délais restent") == "Médiateur des assurances"


def test_a_full_name_after_a_platform_named_behind_the_verb_is_the_speaker() -> None:
    text = (
        "Paul Mercier a commenté la marche. Cela « ressemblait à une vraie fête populaire », "
        "a écrit sur Instagram Léa Morel, une des organisatrices, selon les autorités."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "ressemblait à une vraie fête") == "Léa Morel"


# --- inverted subjects after the adjuncts of the verb ---------------------------------------


def test_a_time_phrase_between_the_verb_and_its_subject_is_passed() -> None:
    text = "« La digue a tenu toute la nuit », a annoncé le même jour la préfecture du Morbihan."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "La digue a tenu") == "préfecture du Morbihan"


def test_a_date_between_the_verb_and_its_subject_is_passed() -> None:
    text = "« Les comptes sont enfin à l'équilibre », a indiqué samedi 8 août le maire Jean Vidal."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les comptes sont enfin") == "Jean Vidal"


def test_the_outlet_after_pour_is_passed_to_the_inverted_subject() -> None:
    text = "« Les malades fument très peu », commente pour Radio Nord le professeur Paul Aubry."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les malades fument") == "Paul Aubry"


def test_abonder_reports_the_speech_of_its_inverted_subject() -> None:
    text = (
        "« Le marché a fondu », regrette Anne Roux. "
        "« Plus personne ne passe commande », abonde le potier Marc Delval."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Plus personne ne passe") == "Marc Delval"


def test_se_souvenir_reports_the_speech_of_its_inverted_subject() -> None:
    text = "« Nous avons cru le perdre ce soir-là », se souvient sa sœur Lise Aubert."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous avons cru le perdre") == "Lise Aubert"


def test_the_technicien_is_the_coach_named_before() -> None:
    text = (
        "L'entraîneur Hugo Ferrand a parlé après le match. "
        "« C'est le plus beau jour de ma carrière », a savouré le technicien."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "le plus beau jour") == "Hugo Ferrand"


# --- outlets are no speakers ------------------------------------------------------------------


def test_an_outlet_opening_with_the_country_name_is_no_person() -> None:
    text = (
        "Paul Girard, journaliste sur France Inter, a critiqué l'émission. "
        "« Cette séquence banalise l'humiliation », avait insisté le journaliste."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Cette séquence banalise") == "Paul Girard"


def test_the_magazine_after_au_is_whom_the_speaker_told() -> None:
    text = (
        "La chanteuse Lina Morel soutient son frère. "
        "« Il reste combattif et optimiste », a expliqué la chanteuse au magazine Semaine Ardente."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il reste combattif") == "Lina Morel"


# --- indirect speech --------------------------------------------------------------------------


def test_a_clause_opening_with_its_subject_after_a_comma_reports_nothing_before() -> None:
    text = "Très prisé des randonneurs du massif, il est considéré comme un sentier difficile."
    _, quotes, _ = read(text, "fr")
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_a_lower_case_department_inside_a_title_precedes_the_name() -> None:
    text = "« Partez cet été ! », a lancé le secrétaire d'État au Tourisme Marc Olivier."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Partez cet été") == "Marc Olivier"


def test_the_interprete_is_the_singer_named_before() -> None:
    text = (
        "La chanteuse Nina Carel rend visite à son mari chaque jour. "
        "« Il garde le moral malgré tout », a ajouté l'interprète de ce grand succès."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il garde le moral") == "Nina Carel"
