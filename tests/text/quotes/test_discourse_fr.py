"""One invented French sentence per rule that carries attribution beyond the dev articles:
roles linked to the person they name, pronouns kept on the article's salient speaker."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_person_named_right_after_the_body_of_their_role_speaks() -> None:
    text = "« Tout s'est bien passé », a précisé un responsable de la Croix-Verte Paul Varnier."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Tout s'est bien passé") == "Paul Varnier"


def test_a_subject_pronoun_after_an_opening_phrase_keeps_its_person_ahead_of_the_names() -> None:
    text = (
        "Marc Lenoir est venu en mai. En octobre, dans un entretien au journal, il parlait avec "
        "le maire Paul Dubois. « Je suis heureux », a-t-il dit."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Je suis heureux") == "Marc Lenoir"


def test_a_quote_joined_by_mais_to_the_next_one_shares_its_speaker() -> None:
    text = (
        "Paul Garnier a parlé lundi. « Un élu veut toujours plus » mais « ça fait beaucoup », "
        "a déclaré la secrétaire du syndicat, Anne Morel."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Un élu veut toujours plus") == "Anne Morel"


def test_a_first_name_introduced_by_a_possessive_noun_gives_its_gender() -> None:
    text = (
        "La vie est dure pour Claire Vasseur. Son mari Jean-Pierre a été opéré. "
        "« Il se bat chaque jour », a confié la chanteuse."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Il se bat chaque jour") == "Claire Vasseur"
