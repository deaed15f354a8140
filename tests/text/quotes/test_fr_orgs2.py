"""One invented French sentence per rule on organisations that speak (fr-orgs2)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_publication_written_by_a_description_is_the_one_named_last() -> None:
    text = (
        "Le maire a démissionné, rapporte mardi Le Veilleur. « Il n'avait plus le "
        "choix », précise le quotidien régional."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "plus le choix") == "Le Veilleur"


def test_an_impersonal_incise_after_an_institution_is_still_that_institution() -> None:
    text = (
        "« Les travaux reprendront lundi », a indiqué la préfecture de la Somme. « Aucun "
        "risque n'a été relevé », a-t-on ajouté."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Aucun risque") == "préfecture de la Somme"


def test_a_lower_case_institution_named_by_its_noun_alone_speaks() -> None:
    text = (
        "La route a été fermée à cause de la neige. « Aucun véhicule ne doit circuler », "
        "a indiqué la préfecture dans un communiqué."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Aucun véhicule") == "préfecture"


def test_a_pronoun_after_an_institution_that_spoke_is_that_institution() -> None:
    text = (
        "Le maire Paul Durand a quitté la réunion. Le tribunal de Rennes a ouvert une enquête, "
        "a indiqué mardi le parquet de Rennes. « Les faits sont graves », a-t-il précisé."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "faits sont graves") == "parquet de Rennes"
