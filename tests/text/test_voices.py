"""Each gender rule and the role phrase, one sentence each (invented text)."""

from __future__ import annotations

import pytest

from bot.text.model import Person, Quote
from bot.text.voices import describe_voices


def voice(text: str, name: str, language: str = "fr", quotes=()):
    people = [Person(name, (name.split()[-1],))]
    return describe_voices(text, people, list(quotes), language)[0]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Selon Mme Camille Rivière, tout va bien.", "fr", ("f", "honorific", None)),
        ("Mrs. Rivière declined to comment on Camille Rivière.", "en", ("f", "honorific", None)),
        (
            "La ministre de la Mer Camille Rivière a parlé.",
            "fr",
            ("f", "role", "ministre de la Mer"),
        ),
        (
            "Camille Rivière, le porte-parole du port, a parlé.",
            "fr",
            ("m", "role", "porte-parole du port"),
        ),
        (
            "Camille Rivière, spokeswoman for the agency, spoke.",
            "en",
            ("f", "role", "spokeswoman for the agency"),
        ),
        (
            "Camille Rivière, la nouvelle présidente, a parlé.",
            "fr",
            ("f", "role", "nouvelle présidente"),
        ),
        ("Le préfet a reçu Jean Roux et Camille Rivière.", "fr", (None, None, None)),
    ],
)
def test_gender_and_role_from_the_words_around_the_name(text, language, expected):
    found = voice(text, "Camille Rivière", language)
    assert (found.gender, found.evidence, found.role) == expected


def test_a_pronoun_the_analysis_attributed_is_evidence():
    text = "« Nous partirons », a-t-il dit. Camille Rivière part."
    quotes = [Quote("Nous partirons", "Camille Rivière", "-il", "direct", 0, 2, 16)]
    found = voice(text, "Camille Rivière", quotes=quotes)
    assert (found.gender, found.evidence) == ("m", "pronoun")


def test_first_name_is_the_fallback_and_says_so():
    found = voice("Marie Rivière a parlé.", "Marie Rivière")
    assert (found.gender, found.evidence) == ("f", "first name")


def test_text_evidence_that_disagrees_leaves_gender_unknown():
    text = "Mme Rivière a parlé. Puis le ministre Marie Rivière a parlé."
    assert voice(text, "Marie Rivière").gender is None


def test_organisations_get_no_gender():
    people = [Person("Agence du port", kind="organization")]
    assert describe_voices("L'Agence du port a parlé.", people, [], "fr")[0].gender is None


def test_a_surname_two_people_share_is_evidence_for_neither():
    people = [Person("Robert Halloran"), Person("Denise Halloran")]
    text = "Robert Halloran spoke. Later Mrs. Halloran spoke. Denise Halloran spoke."
    robert, denise = describe_voices(text, people, [], "en")
    assert robert.evidence == denise.evidence == "first name"


def test_a_name_inside_a_longer_word_or_a_compound_is_no_mention():
    text = "Mme Rivièreville et Mme Rivière-Haute ont parlé ; M. Camille Rivière aussi."
    assert (voice(text, "Camille Rivière").gender, voice(text, "Camille Rivière").evidence) == (
        "m",
        "honorific",
    )
