"""One invented English sentence per attribution rule learnt from PolNeAR train."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_the_person_a_role_names_speaks_not_the_organisation_before_it() -> None:
    text = "“The numbers are final,” said Harbour Trust spokesman Idris Maplethorpe."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The numbers are final") == "Idris Maplethorpe"


def test_a_relative_clause_between_name_and_verb_is_the_speakers() -> None:
    text = "“We will not back down,” Orla Brennick, who chairs the tenants’ union, said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will not back down") == "Orla Brennick"


def test_a_contracted_pronoun_is_a_subject() -> None:
    text = (
        "Mayor Dan Petrov spoke. He’s claiming the flooding is “a problem we can no longer hide.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a problem we can no longer hide") == "Dan Petrov"
