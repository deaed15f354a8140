"""English rules of the en-docs branch: documents that read, publications named by a noun,
companies named by their first word."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_statement_that_reads_speaks_for_its_maker() -> None:
    text = (
        "The Harlow Museum issued a statement on Monday.\n\n"
        "The fire destroyed three rooms.\n\n"
        '"We are saddened by the loss of our oldest painting," the statement read.'
    )
    assert speaker_of(read(text, "en")[1], "oldest painting") == "Harlow Museum"


def test_a_name_before_a_lower_case_publication_noun_is_the_publication() -> None:
    text = 'Jo Lind left the club.\n\n"The club was her home," wrote Harlow magazine.'
    assert speaker_of(read(text, "en")[1], "her home") == "Harlow magazine"
