"""One invented English sentence per rule of the en-anon2 round: a definite role the article
introduced without a name stays unnamed; a participle's subject is the sentence's opening noun
phrase, not a name in its object."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_definite_role_introduced_without_a_name_stays_unnamed() -> None:
    text = (
        "Ilse Varga and her brother were greeted by a volunteer organizer at the field office."
        "\n\n“You will be our best messengers this winter,” the organizer told them."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "You will be our best messengers") is None


def test_a_definite_role_still_points_to_its_named_holder() -> None:
    text = (
        "Sen. Ilse Varga spoke in Harrowgate on Monday."
        "\n\n“We will not give up on the farm bill,” the senator said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will not give up") == "Ilse Varga"


def test_a_participle_after_a_name_in_the_object_is_the_opening_subjects() -> None:
    text = (
        "Ilse Varga is the mayor of Harrowgate.\n\n"
        "In March, the mayor called on Oskar Brandt to resign, calling him “a disgrace to the "
        "whole city council.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a disgrace to the whole city council") == "Ilse Varga"


def test_an_unnamed_subject_of_a_participle_clause_stays_unnamed() -> None:
    text = (
        "Oskar Brandt lost the vote. Even a senior party strategist said Ilse Varga will have to "
        "choose a side, saying, “At some point she will have to say where she stands on it.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "At some point she will have to say") is None


def test_an_indefinite_subject_after_an_opening_clause_is_not_the_name_in_it() -> None:
    text = (
        "Once Ilse Varga had left the hall, a young volunteer told reporters: “We have waited "
        "for this day for years and years.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We have waited for this day") is None


def test_a_definite_role_is_not_the_person_its_own_clause_names() -> None:
    text = (
        "Ilse Varga toured the mills on Tuesday. Oskar Brandt, her rival, spent the day in "
        "Harrowgate.\n\n“It does not make me nervous at all,” the candidate said of running "
        "against Mr. Brandt."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It does not make me nervous") == "Ilse Varga"


def test_a_definite_role_is_not_an_unnamed_person_of_another_role() -> None:
    text = (
        "Oskar Brandt toured a steel mill in Harrowgate on Monday.\n\n"
        "“Should there be a register of every gun owner in the state?” a reporter asked him "
        "after the visit.\n\n“There should be many registers, far beyond that,” the businessman "
        "replied."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "There should be many registers") == "Oskar Brandt"


def test_a_role_modifying_a_later_role_leaves_the_later_one_to_head_the_phrase() -> None:
    text = (
        "Oskar Brandt, the former host of a quiz show, named a comedy as his favourite.\n\n"
        "“My favourite show is the one I starred in myself,” the billionaire business mogul "
        "told the magazine."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "My favourite show is the one") == "Oskar Brandt"


def test_a_definite_occupation_points_to_the_person_followed() -> None:
    text = (
        "Oskar Brandt opened a new tower in Harrowgate on Monday.\n\n"
        "“It is the finest building in the whole county,” the real estate developer said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It is the finest building") == "Oskar Brandt"


def test_a_definite_age_description_points_to_the_person_followed() -> None:
    text = (
        "Ilse Varga gave the closing speech of the first night in Harrowgate.\n\n"
        "“My husband has always been a fighter for this town,” said the 46-year-old."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "My husband has always been a fighter") == "Ilse Varga"
