"""People from form: names, honorifics, roles, first-name gender, and the article's registry."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text.lang import pack
from bot.text.quotes.people.first_names import first_name_gender, name_key
from bot.text.quotes.people.names import read_name
from bot.text.quotes.people.registry import PeopleRegistry
from bot.text.quotes.people.roles import (
    role_at,
)
from bot.text.quotes.people.runs import capitalised_runs
from bot.text.quotes.tokens import tokenize


def names_in(text: str, language: str, speaker_slot: bool = False) -> list[tuple[str, str]]:
    lang = pack(language)
    tokens = tokenize(text, language)
    hits = [
        read_name(tokens, run, lang, speaker_slot=speaker_slot)
        for run in capitalised_runs(tokens, lang)
    ]
    return [(" ".join(h.words), h.kind) for h in hits if h is not None]


def test_french_elisions_are_split_from_names() -> None:
    words = [t.text for t in tokenize("selon l’Unesco et d'Anne Morel, a-t-il dit", "fr")]
    assert words == ["selon", "l’", "Unesco", "et", "d'", "Anne", "Morel", ",", "a-t-il", "dit"]


def test_english_keeps_apostrophes_inside_words() -> None:
    words = [t.text for t in tokenize("It’s O’Brien’s call", "en")]
    assert words == ["It’s", "O’Brien’s", "call"]


def test_offsets_index_the_original_text() -> None:
    text = "Il a dit : « oui »."
    for token in tokenize(text, "fr"):
        assert text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    ("first", "gender"),
    [("Mélanie", "f"), ("François", "m"), ("Françoise", "f"), ("Ségolène", "f"), ("Gérald", "m"),
     ("Agnès", "f"), ("Jean-Marie", "m"), ("Marie-Claire", "f"), ("Margaret", "f"), ("Owen", "m")],
)  # fmt: skip
def test_first_names_in_french_and_english_have_a_gender(first: str, gender: str) -> None:
    assert first_name_gender(first) == gender


def test_common_words_are_not_first_names() -> None:
    assert first_name_gender("Bruxelles") is False
    assert first_name_gender("Ministère") is False
    assert first_name_gender("NATO") is False


def test_titles_before_a_name_are_not_part_of_it() -> None:
    assert names_in("Secretary of State Antony Blinken arrived.", "en") == [
        ("Antony Blinken", "person")
    ]
    assert names_in("le secrétaire d’État aux Transports Jean Morel", "fr") == [
        ("Jean Morel", "person")
    ]


def test_honorifics_and_particles() -> None:
    assert names_in("M. Martin et Mme Claire de La Tour", "fr") == [
        ("Martin", "person"),
        ("Claire de La Tour", "person"),
    ]


def test_a_nationality_before_a_full_name_is_not_part_of_it() -> None:
    assert names_in("l’Italien Francesco Zanardi", "fr") == [("Francesco Zanardi", "person")]
    found = names_in("said American Airlines", "en", speaker_slot=True)
    assert [name for name, _ in found] == ["American Airlines"]  # no first name follows


def test_places_and_organisations_are_not_people() -> None:
    assert names_in("Il est arrivé à Bruxelles mardi.", "fr") == []
    found = names_in("The Department of Energy said so.", "en")
    assert found == [("Department of Energy", "organization")]


def test_a_bare_name_after_an_article_is_an_organisation() -> None:
    assert names_in("selon l’Unesco", "fr", speaker_slot=True) == [("Unesco", "organization")]


def test_an_unknown_single_name_needs_a_speaker_slot() -> None:
    assert names_in("Kowalczyk", "en") == []
    assert names_in("Kowalczyk", "en", speaker_slot=True) == [("Kowalczyk", "person")]


def test_role_gender_follows_french_agreement() -> None:
    lang = pack("fr")
    tokens = tokenize("la ministre et le ministre et la présidente", "fr")
    roles = [role_at(tokens, k, lang) for k in range(len(tokens))]
    assert [r for r in roles if r] == [("ministre", "f"), ("ministre", "m"), ("présidente", "f")]


def test_inverted_pronouns() -> None:
    speech = pack("fr").speech
    assert speech.inverted("a-t-elle") == ("a", "elle")
    assert speech.inverted("déclare-t-il") == ("déclare", "il")
    assert speech.inverted("dit-il") == ("dit", "il")
    assert speech.inverted("peut-être") is None


def test_registry_resolves_surnames_and_keeps_the_first_full_name() -> None:
    cast = PeopleRegistry()
    lucie = cast.add(["Lucie", "Perret"], 0)
    assert lucie.gender == "f"
    assert cast.find(["Perret"]) is lucie
    assert cast.add(["Perret"], 50) is lucie
    assert lucie.name == "Lucie Perret"
    assert lucie.person().aliases == ("Perret",)


def test_a_surname_seen_first_grows_into_the_full_name() -> None:
    cast = PeopleRegistry()
    early = cast.add(["Okonkwo"], 0)
    later = cast.add(["Grace", "Okonkwo"], 40)
    assert later is early
    assert early.name == "Grace Okonkwo"
    assert early.gender == "f"


def test_role_lookup_takes_the_most_recent_holder() -> None:
    cast = PeopleRegistry()
    first = cast.add(["Anne", "Roy"], 0)
    cast.note_roles(first, ["ministre"])
    second = cast.add(["Paul", "Dane"], 30)
    cast.note_roles(second, ["ministre"])
    assert cast.by_role("ministre", 100) is second
    cast.add(["Roy"], 120)
    assert cast.by_role("ministre", 130) is first


def test_the_department_is_the_organisation_of_that_kind_named_before() -> None:
    cast = PeopleRegistry()
    ministry = cast.add(["Ministry", "of", "Transport"], 10, "organization")
    cast.add(["Blue", "Line"], 20, "organization")
    assert cast.organisation_named("ministry", since=0, before=30) is ministry


def test_an_unnamed_organisation_is_the_one_seen_just_before_that_spoke() -> None:
    cast = PeopleRegistry()
    speaking = cast.add(["Harbour", "Authority"], 10, "organization")
    cast.mark_speaker(speaking)
    cast.add(["Blue", "Line"], 20, "organization")
    assert cast.organisation_named("agency", since=5, before=30) is speaking
    assert cast.organisation_named("agency", since=15, before=30).name == "Blue Line"
    assert cast.organisation_named("agency", since=25, before=30) is None


_NAMES = [["Anne", "Roy"], ["Roy"], ["Paul", "Roy"], ["Dane"], ["Lucie", "Dane"], ["Mo"]]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(range(len(_NAMES))), st.integers(0, 500)), max_size=12))
def test_indexed_lookups_answer_as_a_scan_of_everyone_met(mentions: list[tuple[int, int]]) -> None:
    """The registry's indexes give the answer of the obvious scan: full name or alias first,
    in order of introduction, else the surname seen last (ties to who came first)."""
    cast = PeopleRegistry()
    for name, offset in mentions:
        cast.add(_NAMES[name], offset)
    for words in _NAMES:
        assert cast.find(words) is _scan(cast, words)


def _scan(cast: PeopleRegistry, words: list[str]):
    key = name_key(words)
    for entity in cast.entities:
        if key == name_key(entity.words) or key in (name_key(a.split()) for a in entity.aliases):
            return entity
    tails = [e for e in cast.entities if len(e.words) > 1 and key in name_key(e.words[1:]).split()]
    if len(words) == 1 and tails:
        return max(tails, key=lambda e: e.last_seen)
    return None
