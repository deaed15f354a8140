"""One invented French sentence for a capitalised word opening a sentence that is no name."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_rien_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Le tournage doit reprendre en juin. Rien ne dit toutefois que les studios pourront "
        "rouvrir leurs plateaux la semaine prochaine."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "les studios pourront", kind=None) is None
