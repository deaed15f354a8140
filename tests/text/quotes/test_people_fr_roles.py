"""French speakers credited through a news agency, named after a manner phrase, or before
"qui" (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_first_name_after_an_agency_is_the_person_not_the_agency() -> None:
    text = "« Je suis enfin à ma place ici », confie à l'AFP Margaux, 17 ans, élève en cuisine."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "enfin à ma place") == "Margaux"


def test_a_manner_phrase_after_the_verb_comes_before_the_speaker() -> None:
    text = "« Nous ne céderons rien », lance d'une voix ferme Martine Lasalle devant la cour."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "ne céderons rien") == "Martine Lasalle"


def test_a_full_name_before_qui_speaks_not_the_pronoun_before_it() -> None:
    text = (
        "Paul Durand est venu au tribunal. Mais il s'est ensuite retiré, laissant la parole "
        "à son avocat, Me Marc Lenoir, qui a demandé « la relaxe pure et simple »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la relaxe pure") == "Marc Lenoir"
