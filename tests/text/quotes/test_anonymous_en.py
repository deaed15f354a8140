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


def test_an_anonymous_source_word_after_a_name_keeps_the_source_unnamed() -> None:
    text = (
        "Ilse Varga won the count. “We are close to a deal on the budget,” one Varga campaign "
        "source said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are close to a deal") is None


def test_an_indefinite_role_is_someone_unnamed_not_a_body_named_before() -> None:
    text = (
        "“The rules are clear,” said Ada Brenner, a professor of law at Harrow State University."
        "\n\n“I don’t want to cross her in public,” said one former campaign staffer."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I don’t want to cross her") is None


def test_a_place_inside_an_aside_is_not_the_subject_before_it() -> None:
    text = (
        "The lawsuit, which was lodged in federal district court in Denver, alleged that the "
        "party “failed to guard the records of its members.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "failed to guard the records") is None


def test_according_to_an_unnamed_source_is_not_the_last_speaker() -> None:
    text = (
        "“It leaves people like me speechless,” said Ada Brenner, who ran the panel staff."
        "\n\nOver the long term, according to the budget office, the rise in the debt “is "
        "mainly due to the aging of the population.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "mainly due to the aging") is None


def test_a_crowds_chant_is_not_the_person_named_before() -> None:
    text = (
        "Ada Brenner spoke near the plant, where about 50 protesters had gathered on Monday, "
        "chanting “no contract, no peace” after the talks failed."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "no contract, no peace") is None


def test_an_unnamed_source_with_a_relative_aside_is_not_its_listener() -> None:
    text = (
        "“The agents involved are under a lot of pressure,” an intelligence source, who was "
        "not authorized to speak on the record, told Channel Nine News."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The agents involved") is None


def test_that_before_the_verb_stands_for_the_thing_before_it() -> None:
    text = "Ada Brenner shared the story under a headline that said, “Rivals declare war on it.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Rivals declare war") is None


def test_an_unnamed_official_after_an_abbreviation_names_nobody() -> None:
    text = (
        "Ada Brenner was fined on Monday. Brenner “was handled so lightly there is not a lot "
        "you can do,” said a former U.S. law enforcement official who oversaw such cases."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "was handled so lightly") is None
    assert not [q for q in quotes if q.kind == "indirect"]  # the verb after the quote is no clause


def test_an_unnamed_subject_with_no_speech_verb_is_not_the_last_speaker() -> None:
    text = (
        "“We never hid anything,” said Ada Brenner.\n\nMultiple news reports, citing police "
        "files, reveal there was “a long string of unpaid loans to the firm.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a long string of unpaid loans") is None


def test_a_possessed_role_is_someone_unnamed_not_the_owner() -> None:
    text = (
        "Prime Minister David Hale spoke on Monday.\n\nHale will work with whoever wins, the "
        "prime minister’s spokesman said. “The PM has made his views on the comments very "
        "clear,” the spokesman said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The PM has made his views") is None


def test_this_source_told_a_paper_is_not_the_paper() -> None:
    text = (
        "The family soured on Lind, the Ledger reported, citing another anonymous source.\n\n"
        "“The kids do not like him, and they are happy with Reyes,” this source told the Ledger."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The kids do not like him") is None


def test_a_document_before_an_auxiliary_is_the_subject_not_the_body_after() -> None:
    text = (
        "Ada Brenner spoke on Monday.\n\nA federal lawsuit was filed in 2012 challenging the "
        "Harlow Police Department’s “stop and search policy for young men downtown.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "stop and search policy") is None
