"""One invented French sentence per rule written from unannotated news (OrangeSum, even half
of the third slice): titles, roles and pronouns around speakers."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_capitalised_article_inside_the_sentence_opens_the_title_it_precedes() -> None:
    text = "Le maire a quitté la ville. « Il est parti hier », rapporte La Gazette du Nord."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il est parti hier") == "La Gazette du Nord"


def test_an_elided_article_of_a_title_joins_its_first_word() -> None:
    text = "Le projet est prêt. « La liste est close », indique encore L'Écho des Landes."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "La liste est close") == "L'Écho des Landes"


def test_a_role_noun_of_the_pack_points_to_the_person_the_article_follows() -> None:
    text = (
        "Nouveau départ pour Marc Lenoir, qui partira en mars vers la station. "
        "« Tout est prêt pour le vol », se réjouit l'astronaute."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Tout est prêt pour le vol") == "Marc Lenoir"


def test_a_pronoun_after_an_opening_scene_phrase_skips_the_names_inside_it() -> None:
    text = (
        "Marc Lenoir prépare son vol. Dans l'usine de la société de Paul Garnier à Lyon, il a "
        "testé le simulateur. « Tout est neuf », a-t-il dit."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Tout est neuf") == "Marc Lenoir"


def test_a_distant_pronoun_keeps_the_last_speaker_over_a_name_in_a_prepositional_phrase() -> None:
    text = (
        "« Je pars en mars », a dit Marc Lenoir. "
        "Il volera avec le pilote japonais Paul Garnier. Tous sont des vétérans. "
        "Le vol durera six mois. La station a vingt ans. Elle a besoin de travaux. "
        "Elle peut « manquer de nouveauté », concède-t-il."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "manquer de nouveauté") == "Marc Lenoir"


def test_an_organisation_named_with_an_elided_article_keeps_it_joined() -> None:
    text = (
        "Les prix montent, précise le Syndicat national des métiers de l'horlogerie (SNMH). "
        "« Au moins pour un an », selon le SNMH."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Au moins pour un an") == (
        "Syndicat national des métiers de l'horlogerie"
    )


def test_a_party_and_a_place_before_a_first_name_are_not_part_of_the_name() -> None:
    text = (
        "Le député LREM des Landes Paul Garnier a porté plainte. "
        "« Tout se mélange », a estimé le député."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Tout se mélange") == "Paul Garnier"


def test_a_role_set_phrase_heading_its_clause_puts_its_holder_forward() -> None:
    text = (
        "Emmanuel Macron a soutenu le ministre. « Il faut tenir », lui a conseillé le président. "
        "Le chef de l'État aurait visé Paul Garnier, le directeur du journal. "
        "« Il a fait la danse du ventre », aurait-il dit."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il a fait la danse du ventre") == "Emmanuel Macron"


def test_an_elided_article_after_an_inverted_verb_and_a_place_opens_the_subject() -> None:
    text = "« La crise est grave », a déclaré à l'AFP l'analyste politique Paul Garnier."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "La crise est grave") == "Paul Garnier"


def test_a_narrated_quote_followed_by_a_new_subject_stays_with_its_own_verb() -> None:
    text = (
        "Si le ministre Paul Garnier s'est félicité « d'une belle armée », le candidat "
        "Jean Lenoir a lui jugé que le projet était trop cher."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "d'une belle armée") == "Paul Garnier"


def test_a_name_right_after_tandis_que_is_the_subject_of_its_speech_verb() -> None:
    text = (
        "Anne Morel a dénoncé un « crime répugnant » tandis que Jean Lenoir a estimé qu'il ne "
        "fallait « rien céder »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "rien céder") == "Jean Lenoir"


def test_a_heading_quote_glued_to_the_body_goes_to_whoever_says_it_again() -> None:
    text = (
        "« Nous restons prudents », a dit Paul Garnier. « Il faut tenir bon »"
        "De son côté, Anne Morel a parlé lundi. « Il faut tenir bon, nous le savons », "
        "estime l'élue."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il faut tenir bon") == "Anne Morel"


def test_a_broadcaster_name_ends_with_its_number() -> None:
    text = "Le suspect a été arrêté « pour organisation illicite d'une réunion », précise Radio 7."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "pour organisation illicite") == "Radio 7"


def test_a_name_after_a_role_and_its_title_preposition_heads_the_subject() -> None:
    text = (
        "Si le ministre Paul Garnier s'est dit « très fier », le candidat écologiste à la "
        "mairie Jean Lenoir a lui jugé que le maire voulait « se mettre en valeur »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "se mettre en valeur") == "Jean Lenoir"
