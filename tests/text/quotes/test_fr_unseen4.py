"""One invented French sentence per rule written from unannotated news (OrangeSum, even half
of the fourth slice, file lines 240-300)."""

from __future__ import annotations

from bot.text.quotes.tokens import tokenize
from tests.text.quotes.reading import read, speaker_of


def test_a_heading_run_into_the_next_sentence_is_cut_before_the_name() -> None:
    text = (
        "Le député Paul Garnier a été testé positif. Écoles fermées et télétravail "
        "recommandéMarc Lenoir a parlé jeudi. Il a annoncé des mesures. Le président de la "
        "République demande de limiter les sorties « au strict nécessaire »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "au strict nécessaire") == "Marc Lenoir"


def test_a_camel_case_word_of_a_script_stays_one_word() -> None:
    words = [t.text for t in tokenize('{mediaType: "x"} l\'iPhone', "fr")]
    assert "mediaType" in words and "iPhone" in words


def test_an_honorific_after_an_outlet_named_in_several_words_starts_the_speaker() -> None:
    text = (
        "La voiture de l'élu Marc Lenoir a brûlé. « Ils voulaient me faire peur », a déclaré "
        "à Radio Vallée Nord M. Lenoir."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Ils voulaient me faire peur") == "Marc Lenoir"


def test_an_outlet_named_with_a_number_is_passed_before_the_speaker() -> None:
    text = "« Le virus recule enfin », explique à 20 minutes Paul Garnier, chercheur."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le virus recule enfin") == "Paul Garnier"


def test_a_demonstrative_role_points_to_the_person_the_article_follows() -> None:
    text = (
        "« Le marché est mort », se désole Paul Garnier dans son magasin. Ce commerçant pense "
        "qu'il lui faudra « au moins deux ans pour repartir »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "au moins deux ans pour repartir") == "Paul Garnier"


def test_a_businessman_named_with_his_role_is_the_role_said_again() -> None:
    text = (
        "L'homme d'affaires Paul Garnier a assuré avoir remis l'argent. "
        "« Cet argent était prévu », a précisé l'homme d'affaires, mis en examen."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Cet argent était prévu") == "Paul Garnier"


def test_attacking_in_an_incise_attributes_the_question() -> None:
    text = (
        "Le ministre Marc Lenoir a reçu le journaliste. « Vous avez appelé votre parti En Avant, "
        "n'auriez-vous pas dû l'appeler En Force ? », l'a attaqué Paul Garnier."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Vous avez appelé votre parti") == "Paul Garnier"


def test_a_name_in_a_phrase_after_the_quote_does_not_take_the_incise_pronoun() -> None:
    text = (
        "Le porte-parole Paul Garnier a parlé aux journalistes. « Ils ont été installés en mars » "
        "pour les visiteurs voulant voir M. Lenoir, a-t-il dit."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Ils ont été installés en mars") == "Paul Garnier"


def test_a_conformity_clause_with_an_object_pronoun_names_its_inverted_subject() -> None:
    text = (
        "Le prince a présenté le groupe. Le jeune homme avait présenté le groupe en plaisantant, "
        "comme le rapporte le Daily Courier."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "présenté le groupe en plaisantant", "indirect") == "Daily Courier"


def test_a_charge_joined_to_another_by_and_is_no_speech() -> None:
    text = (
        "« Je dirai la vérité », a lancé Marc Lenoir. Ouverte pour « abus de biens sociaux "
        "répétés » et « corruption active et passive », l'enquête a été élargie."
    )
    _, quotes, _ = read(text, "fr")
    assert not [q for q in quotes if "corruption" in q.text]


def test_condemning_in_a_clause_of_its_own_gives_the_words_to_its_subject() -> None:
    text = (
        "« L'intimidation n'a pas sa place ici », a déclaré Anne Morel, tandis que Paul Garnier "
        "a condamné un acte « particulièrement choquant et inquiétant »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "particulièrement choquant") == "Paul Garnier"


def test_an_incise_pronoun_inside_the_marks_may_take_a_few_words_before_a_mark() -> None:
    text = (
        "« Il faudra des années », précise Marc Lenoir. « Je ne sais pas si on va guérir, "
        "explique-t-il également à la radio (...) Mais on aura une rémission. »« On a gagné une "
        "bataille », tempère Paul Garnier, professeur. « Beaucoup reste à faire », estime-t-il."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Je ne sais pas si on va guérir") == "Marc Lenoir"
    assert speaker_of(quotes, "Beaucoup reste à faire") == "Paul Garnier"


def test_a_pronoun_after_a_fronted_phrase_to_someone_is_not_that_person() -> None:
    text = (
        "Le ministre Marc Lenoir a défendu son bilan. Au député LR, Paul Garnier, qui lui "
        "reprochait de ne rien faire, il s'est agacé : « Je n'ai jamais cessé de les défendre. »"
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Je n'ai jamais cessé de les défendre") == "Marc Lenoir"
