"""English names as a reader shows them: one sentence per rule of ``people.names`` and the
registry that the English pack drives (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of
from tests.text.quotes.test_people import names_in


def test_a_title_inside_the_run_is_not_part_of_the_name() -> None:
    assert names_in("Vermont Gov. Ada Quist spoke.", "en") == [("Ada Quist", "person")]
    assert names_in("Retired Lt. Gen. Omar Bellweather spoke.", "en") == [
        ("Omar Bellweather", "person")
    ]


def test_a_department_left_after_a_title_is_not_part_of_the_name() -> None:
    assert names_in("Utah Secretary of State Lena Marsh spoke.", "en") == [("Lena Marsh", "person")]


def test_a_place_after_a_full_name_is_not_part_of_it() -> None:
    _, quotes, _ = read("“We will hold the line,” said Sen. Carl Devers of Nebraska.", "en")
    assert speaker_of(quotes, "We will hold the line") == "Carl Devers"


def test_middle_initials_and_suffixes_are_left_out_of_the_name() -> None:
    text = (
        "“The bill is dead,” said Martha Q. Renwick.\n\n"
        "“It will come back,” said Thomas Albright III."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The bill is dead") == "Martha Renwick"
    assert speaker_of(quotes, "It will come back") == "Thomas Albright"
