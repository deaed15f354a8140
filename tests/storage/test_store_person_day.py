"""The sources desk's sums per place and day (``person_day``) and month (``person_month``,
storage/tallies.py) give /people the same counts as adding up each visible article's
``person_article`` rows, for every kind of viewer and periods across month edges, after
every write that changes an article's rows or places; and they equal a recount from
scratch. Each test runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from bot.text.model import Person
from storage import PENDING_TEAM, Store, Viewer, normalise_url
from storage.articles import PERSON, RANKED_MATCHES
from storage.db import alembic_config
from storage.period_sums import EVIDENCE, decided_gender
from storage.scope import ARTICLE_SCOPE, visible_to
from storage.tallies import (
    MULTI_PLACE_ARTICLE,
    PERSON_ARTICLE,
    PERSON_DAY,
    PERSON_MONTH,
    recount_places,
)
from tests.builders import build_article

ALL_TIME = (date(2000, 1, 1), date(2100, 1, 1))
# Whole months, months with edges, edges alone, one day, a month's days without the month.
PERIODS = [
    ALL_TIME,
    (date(2025, 3, 1), date(2025, 4, 30)),
    (date(2025, 2, 15), date(2025, 4, 1)),
    (date(2025, 3, 3), date(2025, 5, 1)),
    (date(2023, 1, 1), date(2024, 5, 1)),
    (date(2024, 1, 5), date(2025, 3, 31)),
    (date(2025, 3, 2), date(2025, 3, 2)),
    (date(2025, 4, 2), date(2025, 4, 30)),
]
T1, T2 = "T0NEWSROOM", "T0RIVAL"
PUBLIC, PRIVATE, ELSEWHERE = "C0PUBLIC", "G0LEGAL", "C0SPORTS"
VIEWERS = [
    Viewer.workspace(T1),
    Viewer(T1, PUBLIC, private=False),
    Viewer(T1, PRIVATE),
    Viewer(T1, ELSEWHERE, private=False),
    Viewer.workspace(T2),
    Viewer(T2, PRIVATE),
]


def article(day: str, *said: tuple[str, str]) -> Any:
    """An article of ``day`` quoting each (speaker, words) in its own paragraph, the speaker
    written with an honorific so the article gives a gender."""
    honorific = {"Camille Aubry": "Mme", "Dominique Leroux": "M."}
    paragraphs = [f"« {words} », a dit {honorific[who]} {who.split()[-1]}." for who, words in said]
    paragraphs.insert(0, " ".join(f"{who} était là." for who, _ in said))
    people = [Person(who, (who.split()[-1],)) for who in dict.fromkeys(w for w, _ in said)]
    return build_article(
        paragraphs,
        quotes=[(words, who) for who, words in said],
        date=day,
        people=people,
        language="fr",
    )


def add(store: Store, name: str, place: Viewer, *said: tuple[str, str], day="2025-03-02") -> int:
    stored = article(day, *said)
    return store.add_article(stored, source=None, content_hash=name, shared_in=place).id


def per_article(
    store: Store, viewer: Viewer, own_only: bool, period: tuple[date, date] = ALL_TIME
) -> dict[str, tuple]:
    """What /people should say: each visible article's person_article rows of ``period``,
    added up here."""
    pa = PERSON_ARTICLE.c
    query = (
        sa.select(PERSON.c.name, pa.quotes, pa.day, pa.gender, pa.evidence)
        .join(PERSON, PERSON.c.id == pa.person_id)
        .where(visible_to(viewer, pa.article_id, own_only=own_only), pa.day.between(*period))
    )
    totals: dict[str, list] = {}
    votes: dict[str, Counter] = {}
    with store.read() as connection:
        for row in connection.execute(query):
            day = row.day if isinstance(row.day, date) else date.fromisoformat(row.day)
            quotes, articles, first, last = totals.get(row.name, (0, 0, date.max, date.min))
            totals[row.name] = [quotes + row.quotes, articles + 1, min(first, day), max(last, day)]
            votes.setdefault(row.name, Counter())[(row.gender, row.evidence)] += 1
        return {
            name: (*counts, gender_of(connection, votes[name])) for name, counts in totals.items()
        }


def gender_of(connection: sa.Connection, votes: Counter) -> tuple:
    """storage/people.py's decision from one person's (gender, evidence) article counts."""
    counts = [sa.literal(votes[(g, e)]) for g in "fm" for e in EVIDENCE]
    return tuple(connection.execute(sa.select(*decided_gender(counts))).one())


def reported(
    store: Store, viewer: Viewer, own_only: bool, period: tuple[date, date] = ALL_TIME
) -> dict[str, tuple]:
    report = store.people_report(*period, viewer=viewer, limit=100, own_only=own_only)
    return {
        p.name: (p.quotes, p.articles, p.first, p.last, (p.gender, p.evidence))
        for p in report.people
    }


def sums(store: Store) -> tuple[list, ...]:
    with store.read() as connection:
        return tuple(
            sorted(connection.execute(sa.select(table)).all())
            for table in (PERSON_DAY, PERSON_MONTH, MULTI_PLACE_ARTICLE)
        )


def assert_agrees(store: Store) -> None:
    """Every viewer's /people of every period equals the per-article sum, and the kept sums
    a recount."""
    for viewer in VIEWERS:
        for own_only in (False, True):
            for period in PERIODS:
                expected = per_article(store, viewer, own_only, period)
                assert reported(store, viewer, own_only, period) == expected, (
                    viewer,
                    own_only,
                    period,
                )
    kept = sums(store)
    with store.write() as connection:
        teams = connection.execute(sa.select(ARTICLE_SCOPE.c.team_id).distinct()).scalars()
        for team in [*teams, PENDING_TEAM]:
            recount_places(connection, team)
    assert sums(store) == kept


@pytest.fixture
def places(store: Store) -> dict[str, int]:
    return fill(store)


def fill(store: Store) -> dict[str, int]:
    """Articles in the workspace, a public and a private channel, one of them in both,
    one in two workspaces, two on the same day in the same place, two dated to a month and
    to a year only."""
    aubry, leroux = "Camille Aubry", "Dominique Leroux"
    ids = {
        "workspace": add(
            store, "w", Viewer.workspace(T1), (aubry, "Nous tiendrons"), (leroux, "Non")
        ),
        "same day": add(store, "w2", Viewer.workspace(T1), (aubry, "Encore")),
        "public": add(
            store, "p", Viewer(T1, PUBLIC, private=False), (aubry, "Oui"), day="2025-04-01"
        ),
        "private": add(store, "q", Viewer(T1, PRIVATE), (leroux, "Jamais"), (leroux, "Rien")),
        "both": add(store, "b", Viewer(T1, PUBLIC, private=False), (leroux, "Peut-être")),
        "two teams": add(store, "t", Viewer.workspace(T2), (aubry, "Ailleurs"), day="2024-01-05"),
    }
    ids["month"] = add(store, "m", Viewer.workspace(T2), (leroux, "En mai"), day="2024-05")
    ids["year"] = add(store, "y", Viewer.workspace(T2), (aubry, "Cette année-là"), day="2023")
    add(store, "b", Viewer(T1, PRIVATE), (leroux, "Peut-être"))
    add(store, "t", Viewer(T1, PRIVATE), (aubry, "Ailleurs"), day="2024-01-05")
    return ids


def test_an_article_in_two_places_a_viewer_sees_counts_once(store, places):
    leroux = reported(store, Viewer(T1, PRIVATE), False)["Dominique Leroux"]
    assert leroux[:2] == (4, 3)  # workspace 1 + private 2 + both 1; "both" once, not twice
    assert_agrees(store)
    with store.read() as connection:
        several = connection.execute(sa.select(MULTI_PLACE_ARTICLE.c.article_id)).scalars()
        assert set(several) == {places["both"]}


def test_counts_agree_after_reanalysis_privacy_sharing_deletion_and_forgetting(store, places):
    changed = article("2025-05-01", ("Camille Aubry", "Autre chose"), ("Camille Aubry", "Et ça"))
    store.replace_analysis(places["both"], changed)
    assert reported(store, Viewer(T1, PUBLIC, private=False), False)["Camille Aubry"][1] == 4
    assert_agrees(store)
    store.set_privacy(T1, PRIVATE, False)
    assert "Dominique Leroux" in reported(store, Viewer(T1, ELSEWHERE, private=False), False)
    assert_agrees(store)
    add(store, "p", Viewer(T1, PRIVATE), ("Camille Aubry", "Oui"), day="2025-04-01")
    assert_agrees(store)
    store.delete_article(places["workspace"])
    assert_agrees(store)
    store.forget_team(T2)
    assert reported(store, Viewer.workspace(T2), False) == {}
    assert_agrees(store)


def test_claimed_articles_are_counted_for_the_workspace_that_claims_them(store, places):
    add(store, "old", Viewer.workspace(PENDING_TEAM), ("Dominique Leroux", "Avant"))
    before = reported(store, Viewer.workspace(T1), False)["Dominique Leroux"]
    store.claim_pending(T1)
    after = reported(store, Viewer.workspace(T1), False)["Dominique Leroux"]
    assert (after[0], after[1]) == (before[0] + 1, before[1] + 1)
    assert_agrees(store)


def test_the_migration_fills_the_sums_from_the_articles_already_stored(empty_database_url):
    """From 0012's rows, where an article dated to a month or a year counted on the day it
    was stored."""
    store = Store(empty_database_url, upgrade=True)
    ids = fill(store)
    kept = sums(store)
    engine = sa.create_engine(normalise_url(empty_database_url))
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0012")
        connection.execute(
            PERSON_ARTICLE.update()
            .where(PERSON_ARTICLE.c.article_id.in_([ids["month"], ids["year"]]))
            .values(day=date(2026, 12, 1))
        )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    assert all(kept) and sums(store) == kept
    assert_agrees(store)
    store.close()


def test_an_article_dated_to_a_month_or_a_year_counts_on_its_first_day(store, places):
    workspace = Viewer.workspace(T2)
    people = reported(store, workspace, False, (date(2023, 1, 1), date(2024, 5, 1)))
    assert people["Dominique Leroux"][2:4] == (date(2024, 5, 1), date(2024, 5, 1))
    assert people["Camille Aubry"][2:4] == (date(2023, 1, 1), date(2024, 1, 5))
    card = store.person_card("Leroux", viewer=workspace)
    assert card is not None and (card.first, card.last) == ("2024-05", "2024-05")
    card = store.person_card("Aubry", viewer=workspace)
    assert card is not None and (card.first, card.last) == ("2023", "2024-01-05")


def test_a_topic_over_an_old_period_counts_its_articles_behind_many_newer_ones(store):
    """More newer articles about the topic than a search ranks (RANKED_MATCHES) must not
    hide the period's own."""
    workspace = Viewer.workspace(T1)
    add(store, "old", workspace, ("Camille Aubry", "Le port restera ouvert"), day="2019-06-01")
    newer = article("2025-03-02", ("Dominique Leroux", "Le port fermera demain"))
    store.add_articles(
        ((newer, None, f"newer-{i}") for i in range(RANKED_MATCHES + 1)), shared_in=workspace
    )
    report = store.people_report(
        date(2019, 1, 1), date(2019, 12, 31), viewer=workspace, topic="port"
    )
    assert [(p.name, p.articles) for p in report.people] == [("Camille Aubry", 1)]
