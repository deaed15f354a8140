"""One invented sentence per rule that keeps a body's name clean when it speaks."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_body_named_by_its_kind_ends_before_its_participle() -> None:
    text = "Le comité de veille mis en place par la mairie a estimé que « la digue tiendra »."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la digue tiendra") == "comité de veille"


def test_a_body_named_by_its_kind_ends_before_its_apposition() -> None:
    text = (
        "Le cabinet du préfet, à l'origine de cette note qui ne sera jamais signée, dément : "
        "« Nous n'avons rien écrit »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous n'avons rien écrit") == "cabinet du préfet"


def test_a_body_named_before_its_verb_keeps_its_elided_article() -> None:
    text = (
        "Les montres doivent repasser un contrôle dans les deux mois, précise le Conseil national "
        "des métiers de l'horlogerie (CNMH).Une panne critique signifie que le ressort est "
        "« hors d'usage »."
    )
    _, quotes, _ = read(text, "fr")
    expected = "Conseil national des métiers de l'horlogerie"
    assert speaker_of(quotes, "hors d'usage") == expected


def test_a_law_named_in_capitals_is_no_one() -> None:
    text = "Millions got insurance under the Harlow Care Act. “It is a success,” it said."
    people, _, _ = read(text, "en")
    assert "Harlow Care Act" not in [p.name for p in people]


def test_a_particle_before_a_full_name_ends_the_name_before_it() -> None:
    text = (
        "Le dispositif a été élargi avec le Harlow Care Act de Marc Dupont, en 2010. "
        "« C'est une réussite », a-t-il lancé."
    )
    people, _, _ = read(text, "fr")
    assert [p.name for p in people] == ["Marc Dupont"]


def test_plural_bodies_of_a_kind_name_no_one() -> None:
    text = "Les services de secours de la vallée ont indiqué que « trois randonneurs manquent »."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "trois randonneurs manquent") is None


def test_a_channel_by_its_kind_is_the_outlet_named_before_not_a_body_of_its_own() -> None:
    text = "Selon un sondage, « les vacanciers hésitent encore », révèle samedi la chaîne d'info."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "les vacanciers hésitent") is None


def test_a_body_named_after_a_quote_keeps_the_dots_of_its_initials() -> None:
    text = "Bo Lind was held overnight, the D.C. Harbour Police Department reported."
    people, _, _ = read(text, "en")
    assert "D.C. Harbour Police Department" in [p.name for p in people]
