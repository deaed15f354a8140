"""One invented English sentence per rule that keeps people of one family, or of one role,
apart when a surname or a definite role is given alone."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_each_name_of_a_plural_role_apposition_holds_the_singular_role() -> None:
    text = (
        "Ilse Varga spoke on Friday with radio hosts Tomas Kerrin and Dana Pollet about the "
        "budget. Varga said she liked the show, something Kerrin could understand. “I think she "
        "got that one right,” the host said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I think she got that one right") in ("Tomas Kerrin", "Dana Pollet")

