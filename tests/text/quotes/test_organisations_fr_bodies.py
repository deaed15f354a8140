"""One invented sentence per rule on bodies the narration names by their kind."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_body_named_in_the_narration_speaks_later_by_its_kind() -> None:
    text = (
        "La préfecture de la Drôme a publié un arrêté contre les feux de camp. Les randonneurs "
        "sont prévenus. « Le risque reste très élevé », précise la préfecture."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le risque reste") == "préfecture de la Drôme"


def test_a_body_named_in_the_narration_is_no_speaker_by_itself() -> None:
    text = "Le ministère de la Culture a publié un décret mardi. Les pêcheurs sont inquiets."
    people, _, _ = read(text, "fr")
    assert not people


def test_a_noun_after_a_bare_preposition_names_no_body() -> None:
    text = (
        "Les manifestants ont marché en direction de l'Assemblée nationale. Ils sont partis. "
        "« Nous reviendrons », a lancé la direction."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous reviendrons") is None


def test_the_last_word_of_a_body_named_so_is_nobody_s_surname() -> None:
    text = (
        'The party of Quillane is split. Ann Quillane left on Monday. "I am done," Quillane said.'
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I am done") == "Ann Quillane"
