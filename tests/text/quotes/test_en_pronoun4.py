"""English pronouns (en-pronoun4): the people a pronoun may point to, named in full."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_first_name_after_a_possessive_kin_noun_takes_the_owners_surname() -> None:
    text = (
        "Senator Tom Harlan spoke on Monday. His wife, Jane, gave a preview of his plans.\n\n"
        "“If he wins, he wants to keep this going,” she said.\n\n"
        "“We will win,” Harlan said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "keep this going") == "Jane Harlan"
    assert speaker_of(quotes, "We will win") == "Tom Harlan"


def test_a_named_owners_relative_takes_the_owners_surname() -> None:
    text = (
        "Mayor Ann Harlan spoke on Monday. Harlan's husband, Bill, attacked her rival.\n\n"
        "“The hotter this gets, the more I wish I were home,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the more I wish") == "Bill Harlan"


def test_a_place_opening_on_san_takes_no_pronoun() -> None:
    text = (
        "Senator Bo Lind spoke on Friday. His standing rose after the shootings in "
        "San Dimas, Calif., and his call for a ban.\n\n"
        "“We will win this,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will win this") == "Bo Lind"


def test_a_first_name_the_articles_country_reads_as_a_womans_takes_she() -> None:
    text = (
        "Former governor Jan Orwell, an ally of Hillary Dunn, calls security “a priority” for "
        "women. “That is something that will resonate with all women,” she said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "resonate with all women") == "Jan Orwell"


def test_the_person_asked_answers_next() -> None:
    text = (
        "Senator Bo Lind toured the plant on Friday.\n\n"
        "Host Ted Marlow then asked Lind which states he could win.\n\n"
        "“We feel great in every one of those states,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We feel great") == "Bo Lind"


def test_the_person_asked_to_do_something_is_no_answerer() -> None:
    text = (
        "Senator Bo Lind asked Governor Tim Hale to join the trip.\n\n“We need all hands,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We need all hands") == "Bo Lind"


def test_a_colon_lead_in_with_a_setting_phrase_introduces_the_next_paragraphs_quote() -> None:
    text = (
        "Senator Bo Lind spoke on Monday in Ohio.\n\n"
        "He told his audience, to rowdy applause:\n\n"
        "“I can say with confidence that nobody is more qualified than she is.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "nobody is more qualified") == "Bo Lind"


def test_a_first_name_given_after_named_is_a_person() -> None:
    text = (
        "The woman who shouted identified herself as a resident named Caroline.\n\n"
        "“He truly cares about the people,” she said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "He truly cares") == "Caroline"


def test_an_unnamed_woman_opening_a_sentence_takes_the_next_she() -> None:
    text = (
        "Chancellor Greta Malz spoke on Monday about the new law.\n\n"
        "A 29-year-old Berlin woman, meanwhile, was fined after she posted comments online. "
        "“Filth out!” she wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Filth out") is None
