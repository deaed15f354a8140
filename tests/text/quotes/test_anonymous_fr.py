"""One invented French sentence per rule that leaves an anonymous source's quote unnamed."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_selon_an_unnamed_source_is_not_the_source_of_the_quote_before() -> None:
    text = (
        "Le ministre Paul Lenoir s'est rendu à Lyon. « Il n'y a aucune piste sérieuse pour le "
        "moment », a indiqué une source policière.\n\nSelon une source proche du dossier, le "
        "suspect « a reconnu les faits devant les enquêteurs »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "a reconnu les faits") is None


def test_selon_lequel_leaves_the_quote_to_the_subject() -> None:
    text = (
        "« Il y a une chasse à l'homme », ajoute l'avocat Paul Lenoir, selon lequel « nous "
        "établirons un jour l'innocence de notre client »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "nous établirons un jour") == "Paul Lenoir"


def test_a_crowds_shouts_are_no_ones() -> None:
    text = (
        "Paul Lenoir est arrivé vers midi, sous les cris de « Lenoir démission, Lenoir "
        "démission » lancés par des manifestants."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Lenoir démission") is None
