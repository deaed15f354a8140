"""Finding people by the name a user types: surname, full name, accents, small typos."""

from __future__ import annotations

import pytest

from bot.text.model import Person
from tests.builders import WORKSPACE


@pytest.fixture
def people(store, build_article):
    """A few speakers, one of them quoted twice so ties have a winner."""
    quoted = [
        ("Volodymyr Zelenskyy", ("Zelensky", "Volodymyr Zelensky")),
        ("Hélène Marchetti", ("Mme Marchetti",)),
        ("Paul Marchetti", ()),
        ("Jens Stoltenberg", ()),
        ("Organisation mondiale de la santé", ("OMS",)),
    ]
    for i, (name, aliases) in enumerate(quoted):
        kind = "organization" if name.startswith("Organisation") else "person"
        store.add_article(
            build_article(
                [f"« Déclaration {i} », a dit {name}."],
                quotes=[(f"Déclaration {i}", name)],
                people=[Person(name, aliases, kind=kind)],
            ),
            source=None,
            content_hash=f"person-{i}",
            shared_in=WORKSPACE,
        )
    store.add_article(
        build_article(
            ["« Encore une déclaration », a dit Hélène Marchetti."],
            quotes=[("Encore une déclaration", "Hélène Marchetti")],
        ),
        source=None,
        content_hash="person-extra",
        shared_in=WORKSPACE,
    )
    return store


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("zelenskiy", "Volodymyr Zelenskyy"),
        ("Zelenskyy", "Volodymyr Zelenskyy"),
        ("volodymyr zelensky", "Volodymyr Zelenskyy"),
        ("ZELENSKYY", "Volodymyr Zelenskyy"),
        ("Stoltenberg", "Jens Stoltenberg"),
        ("stoltenburg", "Jens Stoltenberg"),
        ("helene marchetti", "Hélène Marchetti"),
        ("Paul Marchetti", "Paul Marchetti"),
        ("Marchetti", "Hélène Marchetti"),  # quoted most often
        ("OMS", "Organisation mondiale de la santé"),
    ],
)
def test_find_people(people, typed, name):
    assert people.find_people(typed, viewer=WORKSPACE)[0].name == name


def test_find_people_rejects_strangers(people):
    assert people.find_people("Napoléon Bonaparte", viewer=WORKSPACE) == []
    assert people.find_people("", viewer=WORKSPACE) == []


def test_quotes_by_speaker_uses_the_best_match(people):
    hits = people.quotes_by_speaker("zelenskiy", viewer=WORKSPACE)
    assert [h.text for h in hits] == ["Déclaration 0"]
    assert hits[0].speaker == "Volodymyr Zelenskyy"
    assert len(people.quotes_by_speaker("Hélène Marchetti", viewer=WORKSPACE)) == 2
    assert (
        len(people.quotes_by_speaker("Hélène Marchetti", limit=1, offset=1, viewer=WORKSPACE)) == 1
    )


def test_quotes_by_speaker_joins_shorter_and_longer_spellings(store, build_article):
    for i, speaker in enumerate(["Volodymyr Zelensky", "Zelensky", "Oleksandr Zelensky"]):
        store.add_article(
            build_article([f"« Propos {i} », dit {speaker}."], quotes=[(f"Propos {i}", speaker)]),
            source=None,
            content_hash=f"z{i}",
            shared_in=WORKSPACE,
        )
    assert {h.text for h in store.quotes_by_speaker("Volodymyr Zelensky", viewer=WORKSPACE)} == {
        "Propos 0",
        "Propos 1",
    }


@pytest.mark.parametrize(
    "typed", ["Xelenskyy", "Zeleskyy", "Zelenskxy", "Stoltenbrg", "Ztoltenberg"]
)
def test_one_typo_anywhere_in_the_name_still_finds_the_person(people, typed):
    assert people.find_people(typed, viewer=WORKSPACE), typed


def test_quotes_by_speaker_most_recent_articles_first(store, build_article):
    for date, words in [
        ("2021", "Ancien propos"),
        ("2024-05-02", "Propos récent"),
        (None, "Sans date"),
    ]:
        store.add_article(
            build_article(
                [f"« {words} », dit Iris Laurent."], quotes=[(words, "Iris Laurent")], date=date
            ),
            source=None,
            content_hash=words,
            shared_in=WORKSPACE,
        )
    assert [h.text for h in store.quotes_by_speaker("Laurent", viewer=WORKSPACE)] == [
        "Propos récent",
        "Ancien propos",
        "Sans date",
    ]
    assert store.quotes_by_speaker("Laurent", viewer=WORKSPACE)[0].article_date == "2024-05-02"


def test_short_names_are_found_too(store, build_article):
    store.add_article(
        build_article(["« Tout est prêt », dit Li Na."], quotes=[("Tout est prêt", "Li Na")]),
        source=None,
        content_hash="li",
        shared_in=WORKSPACE,
    )
    assert [m.name for m in store.find_people("li na", viewer=WORKSPACE)] == ["Li Na"]
    assert [m.name for m in store.find_people("Na", viewer=WORKSPACE)] == ["Li Na"]


def test_a_speakers_direct_quotes_come_before_paraphrases(store, build_article):
    store.add_article(
        build_article(
            [
                "Iris Laurent a dit que le pont serait fermé en mai.",
                "« Nous rouvrirons en juin », a ajouté Iris Laurent.",
            ],
            quotes=[("Nous rouvrirons en juin", "Iris Laurent")],
            indirect=[("le pont serait fermé en mai", "Iris Laurent")],
            date="2024-05-02",
        ),
        source=None,
        content_hash="older-direct",
        shared_in=WORKSPACE,
    )
    store.add_article(
        build_article(
            ["Iris Laurent a estimé que les travaux dureraient un an."],
            indirect=[("les travaux dureraient un an", "Iris Laurent")],
            date="2025-01-10",
        ),
        source=None,
        content_hash="newer-paraphrase",
        shared_in=WORKSPACE,
    )
    found = store.quotes_by_speaker("Laurent", viewer=WORKSPACE)
    assert [h.kind for h in found] == ["direct", "indirect", "indirect"]
    assert [h.text for h in found[1:]] == [  # each group newest first
        "les travaux dureraient un an",
        "le pont serait fermé en mai",
    ]
    assert [
        h.text for h in store.quotes_by_speaker("Laurent", offset=1, limit=1, viewer=WORKSPACE)
    ] == ["les travaux dureraient un an"]


def test_organisations_are_not_counted_among_people(people):
    assert people.stats().people == 4  # the five speakers but the organisation
