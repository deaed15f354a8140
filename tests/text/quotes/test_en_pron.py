"""One invented English sentence per rule that resolves a pronoun source to a full name."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_first_name_usually_of_the_other_gender_yields_to_one_of_the_pronouns() -> None:
    text = (
        "Terry Vale and Hilda Marsh met on Monday. When Vale accused Marsh of being close to "
        "the banks, she said “I stood up against the banks for many years.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I stood up against the banks") == "Hilda Marsh"


def test_a_speech_noun_a_possessive_owns_is_said_by_the_possessives_antecedent() -> None:
    text = (
        "Ann Holt gained ground on Tom Vale after his call for “a total and complete ban” on all "
        "imports."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a total and complete ban") == "Tom Vale"


def test_a_possessive_speech_noun_before_a_that_clause_names_its_owner() -> None:
    text = (
        "Ann Holt gained ground on Tom Vale, whose ads ran his comments before a committee that "
        "“I was responsible for quite a bit” of it."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I was responsible for quite a bit") == "Tom Vale"


def test_a_possessive_before_a_noun_compound_names_no_speaker() -> None:
    text = (
        "Ann Holt left, and a judge said her email account was private and “has never been the "
        "property of the state.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "has never been the property") is None


def test_a_pac_is_an_organisation_not_a_woman_a_pronoun_may_stand_for() -> None:
    text = (
        "Ann Holt spoke in Ohio. Carolina Values PAC ran ads using her comments before a "
        "committee that “I was responsible for quite a bit” of it."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I was responsible for quite a bit") == "Ann Holt"
