"""One invented French sentence per rule written from unannotated news (a sample of the
French summarisation file, as judged by fr-gen)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_the_prime_minister_named_with_the_title_is_who_the_title_points_to_later() -> None:
    text = (
        "Le Premier ministre Paul Durand a présenté son plan lundi. Le ministre de la Santé "
        "Marc Lenoir était présent. « Nous irons plus loin », a déclaré le Premier ministre."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "plus loin") == "Paul Durand"


def test_a_role_then_its_name_after_a_comma_ends_a_reported_clause() -> None:
    text = (
        "Les suspects ont été arrêtés mardi. Ils ont été placés en détention provisoire, a "
        "indiqué le directeur de ce service, Marc Lenoir."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "détention provisoire", kind="indirect") == "Marc Lenoir"


def test_a_profession_named_after_a_name_is_who_that_profession_points_to() -> None:
    text = (
        "Les baleines ont été repérées mardi par Paul Durand, biologiste marin. « Nous avons vu "
        "quelque chose d'inédit », a souligné le biologiste."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "inédit") == "Paul Durand"


def test_an_adverb_of_several_words_after_the_auxiliary_keeps_the_inverted_speaker() -> None:
    text = (
        "Le débat a repris lundi au Sénat. « Nous ne céderons rien sur ce point », a de son "
        "côté affirmé mardi la sénatrice Claire Vasseur."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "céderons rien") == "Claire Vasseur"


def test_a_title_joining_two_departments_goes_on_to_the_name() -> None:
    text = (
        "Paul Durand a mis en garde mardi contre « le risque ». « Nous devons retourner au "
        "travail », a affirmé le ministre de l'Économie et des Finances Marc Lenoir."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "retourner au travail") == "Marc Lenoir"


def test_a_role_then_an_article_and_a_title_before_the_name_after_its_comma() -> None:
    text = (
        "« Les anticorps ne durent pas », assure l'auteur principal de l'étude, la Pr Claire "
        "Vasseur."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "anticorps") == "Claire Vasseur"


def test_a_role_of_a_named_place_then_its_holder_after_a_comma() -> None:
    text = (
        "« Nous sommes enthousiastes », a commenté le cofondateur du festival de Lisbonne, "
        "l'acteur Marc Lenoir."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "enthousiastes") == "Marc Lenoir"


def test_the_latter_as_subject_is_the_person_mentioned_last_even_in_passing() -> None:
    text = (
        "Le texte a été commenté mardi par la présidente de la région Marie Lenoir. Cette "
        "dernière se dit « scandalisée par la violence »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "scandalisée") == "Marie Lenoir"


def test_the_tenant_of_a_ministry_is_the_minister_named_before() -> None:
    text = (
        "Le ministre de l'Économie Marc Lenoir a présenté son plan. « Il y aura un troisième "
        "temps », a indiqué le locataire de Bercy."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "troisième temps") == "Marc Lenoir"
