"""One invented English sentence per rule that leaves an anonymous source's quote unnamed."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_an_unnamed_subject_after_a_comma_is_not_the_name_before_it() -> None:
    text = "Ilse Varga, a senior aide said, “is ready for the debate tonight and then some.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "is ready for the debate tonight") is None


def test_a_plural_subject_after_when_is_not_the_name_before_it() -> None:
    text = "Ilse Varga won the vote, when many critics called her “the safest pair of hands.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the safest pair of hands") is None
