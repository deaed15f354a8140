"""What ingest counts for the sources desk, in the article's own transaction:

- ``person_article``: one row per quoted person per article (storage/people.py adds them up);
- ``person_day``: those rows added up per workspace, place (conversation), day and person,
  so that /people sums a few rows per person and day for the places its viewer sees,
  rather than asking of every article whether the viewer may see it;
- ``multi_place_article``: the articles shared in more than one place of a workspace, which
  ``person_day`` leaves out (a viewer who sees two of their places would count them twice);
  /people counts them from ``person_article``, once each.

Every write that changes an article's rows or places takes the article out of the sums
(:func:`uncount_article`) before and puts it back (:func:`count_article`) after; writes that
change many places at once (a conversation's privacy, a claimed workspace) count the
places again from ``person_article`` (:func:`recount_places`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.contracts import ArticleLike
from storage.db import dialect_insert
from storage.models import (
    ArticleScope,
    MultiPlaceArticle,
    PersonArticle,
    PersonDay,
    table_of,
    utcnow,
)

PERSON_ARTICLE = table_of(PersonArticle)
PERSON_DAY = table_of(PersonDay)
MULTI_PLACE_ARTICLE = table_of(MultiPlaceArticle)
ARTICLE_SCOPE = table_of(ArticleScope)
ROLE_LIMIT = 200
EVIDENCE = ("honorific", "role", "pronoun", "first name")


def vote_name(gender: str, evidence: str) -> str:
    """The column counting the articles that give ``gender`` by ``evidence``."""
    return f"{gender}_{evidence.replace(' ', '_')}"


# Women's votes by each kind of evidence, then men's (storage/people.py's decided_gender).
VOTES = tuple(vote_name(g, e) for g in "fm" for e in EVIDENCE)
KEY = ("team_id", "day", "person_id", "conversation_id", "private")
SUMS = ("quotes", "articles", *VOTES)


def article_day(published: str | None) -> date:
    """The day an article counts for: its publication day when the source gives one to the
    day, else today (the day it is stored)."""
    if published and len(published) == 10:
        try:
            return date.fromisoformat(published)
        except ValueError:
            pass
    return utcnow().date()


def person_article_rows(
    article_id: int, article: ArticleLike, person_ids: Mapping[str, int]
) -> list[dict[str, Any]]:
    """One row per quoted person of ``article``: quotes counted, role, gender, evidence."""
    counts = Counter(q.speaker for q in article.quotes if q.speaker and q.speaker in person_ids)
    voices = {voice.name: voice for voice in article.voices}
    day = article_day(article.date)
    rows = []
    for name, quotes in counts.items():
        voice = voices.get(name)
        rows.append(
            {
                "person_id": person_ids[name],
                "article_id": article_id,
                "day": day,
                "quotes": quotes,
                "role": voice.role[:ROLE_LIMIT] if voice and voice.role else None,
                "gender": voice.gender if voice else None,
                "evidence": voice.evidence if voice else None,
            }
        )
    return rows


def article_votes(pa: Any = PERSON_ARTICLE.c) -> list[sa.ColumnElement[int]]:
    """1 or 0 per column of :data:`VOTES`: what one ``person_article`` row says."""
    return [
        sa.case(((pa.gender == g) & (pa.evidence == e), 1), else_=0).label(vote_name(g, e))
        for g in "fm"
        for e in EVIDENCE
    ]


def _places_by_team(connection: Connection, article_id: int) -> dict[str, list[sa.Row]]:
    scope = ARTICLE_SCOPE.c
    places: dict[str, list[sa.Row]] = defaultdict(list)
    query = sa.select(scope.team_id, scope.conversation_id, scope.private).where(
        scope.article_id == article_id
    )
    for place in connection.execute(query):
        places[place.team_id].append(place)
    return places


def _cells(person_rows: list[sa.Row], place: sa.Row) -> list[dict[str, Any]]:
    """``person_day`` rows one article adds to its one place of a workspace."""
    key = {
        "team_id": place.team_id,
        "conversation_id": place.conversation_id or "",
        "private": place.private is not False,
    }
    return [
        {
            **key,
            "day": row.day,
            "person_id": row.person_id,
            "quotes": row.quotes,
            "articles": 1,
            **{vote_name(g, e): int(row.gender == g and row.evidence == e) for g, e in _PAIRS},
        }
        for row in person_rows
    ]


_PAIRS = tuple((g, e) for g in "fm" for e in EVIDENCE)


def _person_rows(connection: Connection, article_id: int) -> list[sa.Row]:
    pa = PERSON_ARTICLE.c
    query = sa.select(pa.person_id, pa.day, pa.quotes, pa.gender, pa.evidence).where(
        pa.article_id == article_id
    )
    return list(connection.execute(query))


@cache
def _upsert(dialect: str) -> Any:
    """``person_day`` rows added to the sums already there: one statement per dialect, built
    once (ingest runs it for every article)."""
    insert = (sqlite_insert if dialect == "sqlite" else postgresql_insert)(PERSON_DAY)
    return insert.on_conflict_do_update(
        index_elements=list(KEY), set_={c: PERSON_DAY.c[c] + insert.excluded[c] for c in SUMS}
    )


def count_article(connection: Connection, article_id: int) -> None:
    """Add the article's ``person_article`` rows to the sums of each workspace it is in:
    to its place's ``person_day`` rows, or as a ``multi_place_article`` when it has several
    places there."""
    person_rows = _person_rows(connection, article_id)
    if not person_rows:
        return
    for team_id, places in _places_by_team(connection, article_id).items():
        if len(places) > 1:
            connection.execute(
                dialect_insert(connection, MULTI_PLACE_ARTICLE)
                .values(team_id=team_id, article_id=article_id, day=person_rows[0].day)
                .on_conflict_do_nothing()
            )
            continue
        connection.execute(_upsert(connection.dialect.name), _cells(person_rows, places[0]))


def uncount_article(connection: Connection, article_id: int) -> None:
    """Take the article out of the sums :func:`count_article` added it to (before its rows
    or places change, or it is deleted)."""
    places = _places_by_team(connection, article_id)
    connection.execute(
        MULTI_PLACE_ARTICLE.delete().where(MULTI_PLACE_ARTICLE.c.article_id == article_id)
    )
    person_rows = _person_rows(connection, article_id)
    cells = [
        cell
        for team_places in places.values()
        if len(team_places) == 1
        for cell in _cells(person_rows, team_places[0])
    ]
    if not cells:
        return
    pd = PERSON_DAY.c
    same_cell = sa.and_(*(pd[c] == sa.bindparam(f"key_{c}") for c in KEY))
    keys = [{f"key_{c}": cell[c] for c in KEY} for cell in cells]
    connection.execute(
        PERSON_DAY.update()
        .where(same_cell)
        .values({c: pd[c] - sa.bindparam(f"minus_{c}") for c in SUMS}),
        [
            key | {f"minus_{c}": cell[c] for c in SUMS}
            for key, cell in zip(keys, cells, strict=True)
        ],
    )
    connection.execute(PERSON_DAY.delete().where(same_cell, pd.articles <= 0), keys)


def recount_places(
    connection: Connection, team_id: str, *, conversation_id: str | None = None
) -> None:
    """Count a workspace's places again from ``person_article`` (only the conversation
    ``conversation_id``'s, given one): after a write that changed many articles' places."""
    pd, scope = PERSON_DAY.c, ARTICLE_SCOPE
    place = sa.func.coalesce(scope.c.conversation_id, "")
    cleared = PERSON_DAY.delete().where(pd.team_id == team_id)
    chosen = scope.c.team_id == team_id
    if conversation_id is not None:
        cleared = cleared.where(pd.conversation_id == conversation_id)
        chosen = chosen & (place == conversation_id)
    else:
        connection.execute(
            MULTI_PLACE_ARTICLE.delete().where(MULTI_PLACE_ARTICLE.c.team_id == team_id)
        )
    connection.execute(cleared)
    other = ARTICLE_SCOPE.alias("other")
    elsewhere = (
        sa.select(other.c.id)
        .where(
            other.c.article_id == scope.c.article_id,
            other.c.team_id == scope.c.team_id,
            other.c.id != scope.c.id,
        )
        .exists()
    )
    pa = PERSON_ARTICLE.c
    joined = PERSON_ARTICLE.join(scope, scope.c.article_id == pa.article_id)
    private = sa.func.coalesce(scope.c.private, sa.true())
    votes = article_votes()
    cells = (
        sa.select(
            scope.c.team_id,
            pa.day,
            pa.person_id,
            place,
            private,
            sa.func.sum(pa.quotes),
            sa.func.count(),
            *(sa.func.sum(vote) for vote in votes),
        )
        .select_from(joined)
        .where(chosen, ~elsewhere)
        .group_by(scope.c.team_id, pa.day, pa.person_id, place, private)
    )
    connection.execute(PERSON_DAY.insert().from_select([*KEY, *SUMS], cells))
    if conversation_id is None:
        several = (
            sa.select(scope.c.team_id, pa.article_id, sa.func.min(pa.day))
            .select_from(joined)
            .where(chosen, elsewhere)
            .group_by(scope.c.team_id, pa.article_id)
        )
        connection.execute(
            MULTI_PLACE_ARTICLE.insert().from_select(["team_id", "article_id", "day"], several)
        )
