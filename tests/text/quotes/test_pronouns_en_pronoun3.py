"""English pronouns and the person they point to: a first name against a role noun's form."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_first_name_wins_over_a_role_nouns_gender() -> None:
    text = (
        "City spokesman Margaret Olden answered questions on Tuesday.\n\n"
        "“The bridge will reopen in May,” she said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The bridge will reopen") == "Margaret Olden"


def test_a_place_opening_on_a_first_name_takes_no_pronoun() -> None:
    text = (
        "Senator Paul Ardell visited the school on Friday. After Sandy Creek, he changed.\n\n"
        "“I will not forget those families,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I will not forget") == "Paul Ardell"


def test_as_someone_puts_it_gives_the_sentences_quote_to_them() -> None:
    text = (
        "Senator Bo Lind spoke on Monday.\n\n"
        "As the Gazette's Ann Reed puts it, Lind is offering voters “a deal they cannot refuse.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a deal they cannot refuse") == "Ann Reed"


def test_a_dateline_ending_on_a_state_abbreviation_names_no_one() -> None:
    text = (
        "HARLOW, S.C. - The campaign office of Ann Reed is in a small house.\n\n"
        "Senator Bo Lind spoke on Monday.\n\n"
        "Here in Harlow, Lind stepped up his attacks on the mayor, saying, "
        '"We have got to reach the day when the streets are safe again."'
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We have got to reach") == "Bo Lind"
