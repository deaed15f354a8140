"""One invented French sentence for a department word whose capital dropped its accent."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_department_written_without_its_accent_names_the_ministry() -> None:
    text = 'Le prix du gaz "baissera en juin", selon les chiffres du ministère de l\'Economie.'
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "baissera en juin") == "ministère de l'Economie"
