"""English pronouns and the people they point to: one invented sentence per rule."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_name_in_an_opening_participles_phrase_is_not_the_pronoun_after_it() -> None:
    text = (
        "Ann Vell spoke to reporters after the count. “We lost fair and square,” she said.\n\n"
        "Asked whether Mara Quist would run again, she replied: “I really do not know yet.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "do not know yet") == "Ann Vell"
