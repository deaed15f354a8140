"""One invented French sentence per rule that finds an outlet again by its description."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_an_outlet_after_sur_is_the_channel_described_later() -> None:
    text = (
        "Paul Vernier a été interviewé mardi sur TVO. « Les chiffres sont mauvais », a indiqué "
        "la chaîne d'information."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Les chiffres sont mauvais") == "TVO"


def test_an_outlet_spoken_to_is_the_radio_described_later() -> None:
    text = (
        "« Nous ne céderons pas », a déclaré Paul Vernier à RNT. « Le dossier est clos », "
        "précise la radio."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le dossier est clos") == "RNT"


def test_the_radio_a_person_spoke_to_is_not_the_speaker() -> None:
    text = (
        "Paul Vernier a été interviewé mardi sur TVO. « Nous ne céderons pas », a-t-il "
        "déclaré à la radio."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous ne céderons pas") == "Paul Vernier"


def test_someone_of_the_channel_is_not_the_channel() -> None:
    text = (
        "« C'est intolérable », a réagi Lucie Marval, directrice de TVO. « Nous porterons "
        "plainte », ajoute la responsable de la chaîne."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous porterons plainte") == "Lucie Marval"


def test_a_quote_in_the_first_person_does_not_go_on_with_a_radio() -> None:
    text = (
        "Lucie Marval a parlé sur Radio Nord. « La direction n'a rien reçu », explique la "
        "radio. Les secours arrivent. « J'ai eu très peur ce soir-là »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "La direction n'a rien reçu") == "Radio Nord"
    assert speaker_of(quotes, "J'ai eu très peur") is None


def test_a_place_of_origin_is_not_the_speaker() -> None:
    text = "« Je veux continuer », souligne le jeune originaire de Lorvan-Sud."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Je veux continuer") is None
