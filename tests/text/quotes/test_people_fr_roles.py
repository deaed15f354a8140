"""French speakers credited through a news agency (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_first_name_after_an_agency_is_the_person_not_the_agency() -> None:
    text = "« Je suis enfin à ma place ici », confie à l'AFP Margaux, 17 ans, élève en cuisine."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "enfin à ma place") == "Margaux"
