"""One invented French sentence per rule on pronouns standing for an organisation (fr-orgpron)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_body_named_by_its_noun_alone_is_what_the_next_pronoun_stands_for() -> None:
    text = (
        "Le ministère de l'Agriculture a publié un bilan mardi. Les éleveurs attendent "
        "toujours leurs aides. « Les aides seront versées en juin », a précisé le ministère. "
        "« Le calendrier sera tenu », a-t-il ajouté."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "calendrier sera tenu") == "ministère de l'Agriculture"


def test_a_body_of_another_kind_is_not_what_a_noun_points_to() -> None:
    text = (
        "« Les horaires changent lundi », a indiqué la préfecture de l'Aisne. Les bénévoles "
        "servent des repas chaque soir. L'association estime toucher « la plupart des "
        "familles »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la plupart des familles") != "préfecture de l'Aisne"
