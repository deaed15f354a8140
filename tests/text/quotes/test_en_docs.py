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


def test_a_company_is_named_later_by_its_first_word() -> None:
    text = (
        'The mine was sold by Vellmont Energy last year.\n\n"We kept the best pits," Vellmont said.'
    )
    assert speaker_of(read(text, "en")[1], "best pits") == "Vellmont Energy"


def test_a_person_of_that_surname_wins_over_the_company() -> None:
    text = 'Ann Vellmont left Vellmont Holdings last year.\n\n"I kept my shares," Vellmont said.'
    assert speaker_of(read(text, "en")[1], "my shares") == "Ann Vellmont"
