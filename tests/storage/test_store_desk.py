"""The sources desk's storage: people counted at ingest, added up per period and viewer."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from bot.text.model import Person
from storage import Viewer
from storage.period_sums import EVIDENCE, decided_gender

YEAR = (date(2025, 1, 1), date(2025, 12, 31))
C1, C2 = Viewer("T1", "C1"), Viewer("T1", "C2")


@pytest.fixture
def desk(store, build_article):
    """Three articles of 2025 and one of 2024; one kept to channel C1."""

    def add(paragraphs, quotes, day, people=None, channel=None, title=None):
        article = build_article(
            paragraphs, quotes=quotes, date=day, people=people, title=title, language="fr"
        )
        place = Viewer("T1", channel, private=True) if channel else Viewer.workspace("T1")
        return store.add_article(
            article, source=None, content_hash=f"desk-{day}-{title}", shared_in=place
        ).id

    add(
        [
            "La ministre de la Mer Camille Aubry a parlé. « Nous tiendrons bon », dit Mme Aubry.",
            "« Les ports rouvriront lundi », a ajouté Camille Aubry.",
            "« Le syndicat refuse », a répondu la CGT des dockers.",
        ],
        [
            ("Nous tiendrons bon", "Camille Aubry"),
            ("Les ports rouvriront lundi", "Camille Aubry"),
            ("Le syndicat refuse", "CGT des dockers"),
        ],
        "2025-03-02",
        people=[
            Person("Camille Aubry", ("Aubry",)),
            Person("CGT des dockers", kind="organization"),
        ],
        title="ports",
    )
    add(
        ["« Rien ne change », estime Dominique Leroux, le porte-parole du port."],
        [("Rien ne change", "Dominique Leroux")],
        "2025-03-05",
        title="leroux",
    )
    add(
        ["« Les quais seront fermés », a dit Camille Aubry."],
        [("Les quais seront fermés", "Camille Aubry")],
        "2024-06-01",
        title="old",
    )
    add(
        ["« Une réunion secrète », selon Dominique Leroux, le porte-parole."],
        [("Une réunion secrète", "Dominique Leroux")],
        "2025-04-01",
        channel="C1",
        title="private",
    )
    return store


def test_people_are_counted_by_quotes_then_articles(desk):
    report = desk.people_report(*YEAR, viewer=C2)
    assert [(p.name, p.quotes, p.articles) for p in report.people] == [
        ("Camille Aubry", 2, 1),
        ("Dominique Leroux", 1, 1),
    ]
    aubry = report.people[0]
    assert aubry.role == "ministre de la Mer"
    assert (aubry.gender, aubry.evidence) == ("f", "honorific")  # "Mme Aubry" beats the role
    assert aubry.first == aubry.last == date(2025, 3, 2)


def test_gender_from_a_role_noun_s_determiner_and_first_name_unused(desk):
    leroux = desk.people_report(*YEAR, viewer=C2).people[1]
    assert (leroux.gender, leroux.evidence, leroux.role) == ("m", "role", "porte-parole du port")


def test_organisations_are_counted_apart(desk):
    report = desk.people_report(*YEAR, viewer=C2)
    assert [o.name for o in report.organisations] == ["CGT des dockers"]
    assert report.share.organisations == 1 and report.share.organisation_quotes == 1
    assert report.share.people == {"f": 1, "m": 1, "unknown": 0}
    assert report.share.quotes == {"f": 2, "m": 1, "unknown": 0}


def test_a_channel_s_own_articles_count_only_there(desk):
    inside = desk.people_report(*YEAR, viewer=C1)
    assert (inside.people[0].name, inside.people[0].quotes) == ("Dominique Leroux", 2)
    everywhere = desk.people_export(*YEAR, viewer=None)
    assert {p.name: p.quotes for p in everywhere}["Dominique Leroux"] == 2


def test_the_period_and_the_topic_choose_the_articles(desk):
    older = desk.people_report(date(2024, 1, 1), date(2024, 12, 31), viewer=None)
    assert [(p.name, p.quotes) for p in older.people] == [("Camille Aubry", 1)]
    about = desk.people_report(*YEAR, topic="porte-parole", viewer=C2)
    assert [p.name for p in about.people] == ["Dominique Leroux"]
    assert desk.people_report(*YEAR, topic="introuvablement", viewer=C2).people == ()


def test_paging(desk):
    first = desk.people_report(*YEAR, limit=1, viewer=C2)
    second = desk.people_report(*YEAR, limit=1, offset=1, viewer=C2)
    assert first.more and not second.more
    assert [p.name for p in (*first.people, *second.people)] == [
        "Camille Aubry",
        "Dominique Leroux",
    ]


def test_person_card_spans_every_visible_article(desk):
    card = desk.person_card("aubry", viewer=C2)
    assert (card.name, card.quotes, card.articles) == ("Camille Aubry", 3, 2)
    assert card.first_quote.text == "Les quais seront fermés"
    assert card.latest_quote.date == "2025-03-02"
    assert "Aubry" in card.aliases
    assert desk.person_card("Personne Inconnue", viewer=C2) is None


def test_check_candidates_in_one_language_and_visible(desk):
    found = desk.check_candidates("une réunion secrète", language="fr", viewer=C2)
    assert all(q.text != "Une réunion secrète" for q in found)
    found = desk.check_candidates("une réunion secrète", language="fr", viewer=C1)
    assert [q.speaker for q in found if q.text == "Une réunion secrète"] == ["Dominique Leroux"]
    assert desk.check_candidates("une réunion secrète", language="en", viewer=C2) == []
    elsewhere = Viewer("T2", "C1")  # the same channel id in another workspace
    assert desk.check_candidates("une réunion secrète", language="fr", viewer=elsewhere) == []
    assert desk.people_report(*YEAR, viewer=elsewhere).people == ()


@pytest.mark.parametrize(
    ("votes", "decided"),
    [
        ({("f", "honorific"): 1, ("m", "first name"): 5}, ("f", "honorific")),
        ({("f", "pronoun"): 3, ("m", "pronoun"): 1}, ("f", "pronoun")),
        ({("f", "pronoun"): 2, ("m", "pronoun"): 1}, (None, None)),
        ({("m", "first name"): 1}, ("m", "first name")),
        ({}, (None, None)),
    ],
)
def test_decided_gender_strongest_tier_agreeing(store, votes, decided):
    counts = [sa.literal(votes.get((g, e), 0)) for g in "fm" for e in EVIDENCE]
    with store.read() as connection:
        assert tuple(connection.execute(sa.select(*decided_gender(counts))).one()) == decided
