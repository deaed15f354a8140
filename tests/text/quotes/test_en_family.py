"""One invented English sentence per rule that keeps people of one family, or of one role,
apart when a surname or a definite role is given alone."""

from __future__ import annotations

from bot.text.quotes.people.registry import PeopleRegistry
from tests.text.quotes.reading import read, speaker_of


def test_each_name_of_a_plural_role_apposition_holds_the_singular_role() -> None:
    text = (
        "Ilse Varga spoke on Friday with radio hosts Tomas Kerrin and Dana Pollet about the "
        "budget. Varga said she liked the show, something Kerrin could understand. “I think she "
        "got that one right,” the host said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I think she got that one right") in ("Tomas Kerrin", "Dana Pollet")


def test_a_definite_role_is_the_person_the_passage_follows_not_an_earlier_holder() -> None:
    text = (
        "Sen. Tomas Kerrin praised the plan in May.\n\n"
        "Later that week the vote was delayed again.\n\n"
        "Ilse Varga defends her record in a new radio ad: “We fought hard for every family in "
        "this state,” the senator says."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We fought hard for every family") == "Ilse Varga"


def test_a_surname_of_several_words_is_the_person_named_in_full_before() -> None:
    people = PeopleRegistry()
    mayor = people.add(["Tomas", "de", "Kerrin"], 0)
    assert people.find(["De", "Kerrin"]) is mayor


def test_a_party_role_no_one_holds_is_not_someone_who_holds_another_role() -> None:
    text = (
        "Ilse Varga called on Mayor Tomas Kerrin to reopen the office. Kerrin closed it in "
        "April.\n\n“We need that office open again this week,” the Republican candidate said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We need that office open again") == "Ilse Varga"
