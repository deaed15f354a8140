"""Named speakers the English rules left empty or glued to junk: one invented case per rule."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_place_joined_by_born_or_based_is_no_word_of_the_name() -> None:
    text = "The Ohio-born Gavin Treloar said: “We will not back down from this fight at all.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "back down from this fight") == "Gavin Treloar"


def test_a_name_in_apposition_to_the_role_after_a_trailing_verb_speaks() -> None:
    text = (
        "The agency found no “ties of any consequence,” aside from the two men knowing each "
        "other “casually” from school, said the agency's director, Marvin T. Dolbrook, on Monday."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "ties of any consequence") == "Marvin Dolbrook"


def test_lower_case_words_after_a_dash_go_on_with_the_narration_not_a_signature() -> None:
    text = (
        "Dan Petrov then accused the crowd, which the party had chosen, of being "
        "“donors and special interests” -- essentially the elite he rails against."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "donors and special interests") == "Dan Petrov"


def test_an_organisation_after_an_article_and_a_place_adjective_reports() -> None:
    text = (
        "The camp has seen fighting since 2012. The Oslo-based Dorvik Observatory for Human "
        "Rights says the militant group controls about 90% of the camp."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "controls about 90%", None) == "Dorvik Observatory for Human Rights"
