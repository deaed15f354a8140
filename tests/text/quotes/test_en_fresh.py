"""One invented English sentence per rule found on unseen news (the en-fresh slice)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_surname_opened_by_a_hyphenated_particle_stays_in_the_name() -> None:
    text = (
        "“We will not leave the city or the ministries,” rebel leader Abdul-Karim al-Nasser "
        "said in a televised speech."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will not leave the city") == "Abdul-Karim al-Nasser"


def test_a_capitalised_title_after_a_noun_of_works_is_no_quote() -> None:
    text = (
        "The network is betting on the format, launching the game series “We Can Win This!” "
        "in the summer, its president Ann Morrow said."
    )
    _, quotes, _ = read(text, "en")
    assert not [q for q in quotes if "We Can Win" in q.text]


def test_lower_case_words_after_a_noun_of_works_stay_speech() -> None:
    text = "Radio executive Dan Kessel called the show “the liveliest hour on the air.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the liveliest hour") == "Dan Kessel"


def test_a_holder_named_after_a_title_with_for_is_the_speaker() -> None:
    text = (
        "Last year, the U.N. High Commissioner for Refugees Antonio Morales warned that some "
        "governments put “border control ahead of asylum.”"
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "border control ahead of asylum") == "Antonio Morales"
    assert "Antonio Morales" in {p.name for p in people}


def test_a_cleric_named_by_title_and_surname_speaks() -> None:
    text = "Back in 1989, Ayatollah Harzani famously said he was “drinking poison” that year."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "drinking poison") == "Harzani"


def test_a_title_with_an_abbreviation_inside_is_no_quote() -> None:
    text = "Ann Reed will first appear in “Harbour v. Ridge: Dawn of the Tides,” due out in May."
    _, quotes, _ = read(text, "en")
    assert not [q for q in quotes if "Harbour" in q.text]


def test_a_verb_of_delight_attributes_a_quote() -> None:
    text = (
        "Model Lina Marquez revealed the answer by mistake. Host Tom Brand could not stop "
        "laughing. “Congratulations! Lina just gave you a car!” he exulted."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Lina just gave you a car") == "Tom Brand"


def test_a_surname_that_is_a_role_word_names_the_person_met() -> None:
    text = (
        "Foreign Minister Julie Bishop said Monday, “The government is disappointed.”\n\n"
        "“We will use every diplomatic option we have,” Bishop said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "every diplomatic option") == "Julie Bishop"
