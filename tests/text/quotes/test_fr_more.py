"""One invented French sentence per rule written from unannotated news (OrangeSum, a sample of
150 quotes over the whole file, as judged by fr-more)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_an_elided_article_opening_the_sentence_keeps_its_role_definite() -> None:
    text = (
        "La maire de Lille Martine Dubois a publié un message lundi. L'élue condamne « avec la "
        "plus grande fermeté cette attaque contre les élus » et apporte son soutien."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "attaque contre les élus") == "Martine Dubois"


def test_an_elided_article_after_a_comma_keeps_its_role_definite() -> None:
    text = (
        "Le président Paul Durand a quitté ses fonctions. Alors que la cérémonie a lieu mardi, "
        "l'ancien chef de l'État témoigne qu'il est « très difficile de dire adieu ainsi »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "dire adieu") == "Paul Durand"


def test_a_heading_in_capitals_run_into_a_name_is_not_part_of_the_name() -> None:
    text = (
        "Le chômage a baissé en juillet.• PRÉVISIONS MAINTENUESPaul Durand l'assure : le pays "
        "tient ses objectifs. « Nous sommes sur cet objectif pour cette année », a-t-il ajouté."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "cet objectif") == "Paul Durand"


def test_a_bare_quote_after_a_sentence_naming_someone_else_is_theirs() -> None:
    text = (
        "Le maire Paul Durand a salué « l'esprit d'un combattant ». Marc Lenoir, président du "
        "groupe, pleure un ami. « Il était mon ami et j'étais le sien, depuis nos vingt ans »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "depuis nos vingt ans") == "Marc Lenoir"


def test_a_definite_body_is_not_a_place_named_only_in_passing() -> None:
    text = (
        "Un alpiniste est mort dans les Andes. « Son corps a été retrouvé vendredi par une "
        "patrouille de haute montagne », ont annoncé les autorités."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "patrouille de haute montagne") is None


def test_an_opinion_opened_by_mais_pour_is_the_named_persons() -> None:
    text = "Mais pour Pierre Lambert, Grenoble est encore pensée « comme au siècle dernier »."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "comme au siècle dernier") == "Pierre Lambert"
