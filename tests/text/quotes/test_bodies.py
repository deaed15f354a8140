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
