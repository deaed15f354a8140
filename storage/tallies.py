"""What ingest counts for the sources desk, in the article's own transaction:

- ``person_article``: one row per quoted person per article (storage/people.py adds them up);
- ``person_day``: those rows added up per workspace, place (conversation), day and person,
  so that /people sums a few rows per person and day for the places its viewer sees,
  rather than asking of every article whether the viewer may see it;
- ``person_month``: the ``person_day`` rows of a month added up (with their first and last
  day), so that a long period reads one row per person and month for its whole months;
  kept like ``person_day`` (counts added and taken away), its first and last day read again
  from ``person_day`` when an article leaves it;
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
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
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
    PersonMonth,
    published_on,
    table_of,
    utcnow,
)

PERSON_ARTICLE = table_of(PersonArticle)
PERSON_DAY = table_of(PersonDay)
PERSON_MONTH = table_of(PersonMonth)
MULTI_PLACE_ARTICLE = table_of(MultiPlaceArticle)
ARTICLE_SCOPE = table_of(ArticleScope)
ROLE_LIMIT = 200
EVIDENCE = ("honorific", "role", "pronoun", "first name")


def vote_name(gender: str, evidence: str) -> str:
    """The column counting the articles that give ``gender`` by ``evidence``."""
    return f"{gender}_{evidence.replace(' ', '_')}"


# Women's votes by each kind of evidence, then men's (storage/period_sums.decided_gender).
_PAIRS = tuple((g, e) for g in "fm" for e in EVIDENCE)
VOTES = tuple(vote_name(g, e) for g, e in _PAIRS)
# person_month keeps the eight vote counts three to an integer, VOTE_BITS each (exact up to
# two million articles per person, place and month, and in any period's sum): a year's
# /people then adds up 6 columns per row instead of 13, most of its time on SQLite.
VOTE_BITS = 21
PACKED_VOTES = ("votes_0", "votes_1", "votes_2")
KEY = ("team_id", "day", "person_id", "conversation_id", "private")
PLACE = ("team_id", "person_id", "conversation_id", "private")  # a cell's key but its day
SUMS = ("quotes", "articles", *VOTES)


def article_day(published: str | None) -> date:
    """The day an article counts for: the first day of the day, month or year its source
    gives (the article's ``published_on``: a May 2024 article counts on 1 May 2024), else
    today (the day it is stored)."""
    return published_on(published) or utcnow().date()


def month_end(month: date) -> date:
    """The last day of the month that starts on ``month``."""
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def split_period(
    since: date, until: date
) -> tuple[tuple[date, date] | None, list[tuple[date, date]]]:
    """``since..until`` as its whole months (the first days of the first and the last, or
    None) and the days at its edges outside them: what ``person_month`` and ``person_day``
    answer."""
    first = since if since.day == 1 else month_end(since) + timedelta(days=1)
    end = until if month_end(until) == until else until.replace(day=1) - timedelta(days=1)
    if first > end:
        return None, [(since, until)]
    edges = [(since, first - timedelta(days=1)), (end + timedelta(days=1), until)]
    return (first, end.replace(day=1)), [(a, b) for a, b in edges if a <= b]


def month_of(day: Any, dialect: str) -> sa.ColumnElement[date]:
    """The first day of ``day``'s month, in SQL."""
    if dialect == "sqlite":
        return sa.func.date(day, "start of month", type_=sa.Date)
    return sa.cast(sa.func.date_trunc("month", day), sa.Date)


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


def packed_votes(votes: Sequence[sa.ColumnElement[int]]) -> list[sa.ColumnElement[int]]:
    """``votes`` (counts in the order of :data:`VOTES`) as the integers of
    :data:`PACKED_VOTES`: three counts to an integer, the first in the lowest bits."""
    packed: list[sa.ColumnElement[int]] = []
    for first in range(0, len(VOTES), 3):
        low, *high = votes[first : first + 3]
        shifted = (
            sa.cast(vote, sa.BigInteger).op("<<", return_type=sa.BigInteger)(_bits(i))
            for i, vote in enumerate(high, start=1)
        )
        packed.append(sum(shifted, sa.cast(low, sa.BigInteger)))
    return packed


def article_packed_votes(pa: Any = PERSON_ARTICLE.c) -> list[sa.ColumnElement[int]]:
    """What one ``person_article`` row says, as :func:`packed_votes` would pack it: a row
    gives one (gender, evidence) at most, so one CASE per integer (not eight)."""
    packed: list[sa.ColumnElement[int]] = []
    for first in range(0, len(VOTES), 3):
        said = [
            ((pa.gender == g) & (pa.evidence == e), _one(place))
            for place, (g, e) in enumerate(_PAIRS[first : first + 3])
        ]
        packed.append(sa.case(*said, else_=_one(None)))
    return packed


def _one(place: int | None) -> sa.ColumnElement[int]:
    """1 at the ``place``-th count of a packed integer (None: 0), as a bigint literal."""
    value = 0 if place is None else 1 << (VOTE_BITS * place)
    return sa.literal_column(str(value), sa.BigInteger)


def unpacked_votes(packed: Sequence[sa.ColumnElement[int]]) -> list[sa.ColumnElement[int]]:
    """The counts of :data:`VOTES` from sums of :data:`PACKED_VOTES` columns."""
    mask = sa.literal_column(str((1 << VOTE_BITS) - 1), sa.BigInteger)
    unpacked: list[sa.ColumnElement[int]] = []
    for n in range(len(VOTES)):
        votes: sa.ColumnElement[int] = sa.cast(packed[n // 3], sa.BigInteger)
        if n % 3:
            votes = votes.op(">>", return_type=sa.BigInteger)(_bits(n % 3))
        unpacked.append(votes.op("&", return_type=sa.BigInteger)(mask))
    return unpacked


def _bits(place: int) -> sa.ColumnElement[int]:
    """How far the ``place``-th count of a packed integer is shifted (an integer literal:
    PostgreSQL shifts a bigint by an integer only)."""
    return sa.literal_column(str(VOTE_BITS * place), sa.Integer)


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


MONTH_SUMS = ("first", "last", "quotes", "articles", *PACKED_VOTES)


MONTH_KEY = ("team_id", "month", "person_id", "conversation_id", "private")
MONTH_COUNTS = ("quotes", "articles", *PACKED_VOTES)


def _lock_people(connection: Connection, cells: list[dict[str, Any]]) -> None:
    """On PostgreSQL, hold each (workspace, person) of ``cells`` until the transaction ends,
    in one order for every writer, before touching their ``person_day`` and ``person_month``
    rows: a re-shared article deletes and inserts those rows again, so without it two
    writers of one person could each hold the row the other wants next (a deadlock)."""
    if connection.dialect.name == "sqlite":  # one writer at a time already
        return
    people = sorted({(cell["team_id"], cell["person_id"]) for cell in cells})
    lock = sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:team || '/' || :person, 0))")
    for team_id, person_id in people:
        connection.execute(lock, {"team": team_id, "person": str(person_id)})


def _month_cells(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``person_month`` rows one article's day ``cells`` add (its votes packed), in key
    order (concurrent writers lock the same rows in the same order)."""
    months = []
    for cell in cells:
        month = {c: cell[c] for c in PLACE} | {"month": cell["day"].replace(day=1)}
        counts = [cell[vote] << (VOTE_BITS * (n % 3)) for n, vote in enumerate(VOTES)]
        packed = {name: sum(counts[3 * i : 3 * i + 3]) for i, name in enumerate(PACKED_VOTES)}
        first_last = {"first": cell["day"], "last": cell["day"]}
        months.append(month | first_last | {"quotes": cell["quotes"], "articles": 1} | packed)
    return sorted(months, key=lambda m: tuple(m[c] for c in MONTH_KEY))


@cache
def _month_upsert(dialect: str) -> Any:
    """``person_month`` rows added to the sums already there, the first and last day widened:
    concurrent ingests of one month add up as ``person_day``'s do."""
    insert = (sqlite_insert if dialect == "sqlite" else postgresql_insert)(PERSON_MONTH)
    pm = PERSON_MONTH.c
    least, greatest = (
        (sa.func.min, sa.func.max)
        if dialect == "sqlite"
        else (
            sa.func.least,
            sa.func.greatest,
        )
    )
    return insert.on_conflict_do_update(
        index_elements=list(MONTH_KEY),
        set_={c: pm[c] + insert.excluded[c] for c in MONTH_COUNTS}
        | {"first": least(pm.first, insert.excluded.first)}
        | {"last": greatest(pm.last, insert.excluded.last)},
    )


def _uncount_months(connection: Connection, cells: list[dict[str, Any]]) -> None:
    """Take the day ``cells`` out of their months: counts subtracted, emptied months
    deleted, the first and last day read again from ``person_day`` (already updated)."""
    pm, pd = PERSON_MONTH.c, PERSON_DAY.c
    same, keys = _subtract(connection, PERSON_MONTH, MONTH_KEY, MONTH_COUNTS, _month_cells(cells))
    in_month = (
        *(pd[c] == pm[c] for c in PLACE),
        pd.day >= pm.month,
        pd.day <= sa.bindparam("month_end", type_=sa.Date),
    )
    first = sa.select(sa.func.min(pd.day)).where(*in_month).scalar_subquery()
    last = sa.select(sa.func.max(pd.day)).where(*in_month).scalar_subquery()
    connection.execute(
        PERSON_MONTH.update().where(same).values(first=first, last=last),
        [key | {"month_end": month_end(key["key_month"])} for key in keys],
    )


def count_article(connection: Connection, article_id: int) -> None:
    """Add the article's ``person_article`` rows to the sums of each workspace it is in:
    to its place's ``person_day`` rows, or as a ``multi_place_article`` when it has several
    places there."""
    person_rows = _person_rows(connection, article_id)
    if not person_rows:
        return
    for team_id, places in sorted(_places_by_team(connection, article_id).items()):
        if len(places) > 1:
            connection.execute(
                dialect_insert(connection, MULTI_PLACE_ARTICLE)
                .values(team_id=team_id, article_id=article_id, day=person_rows[0].day)
                .on_conflict_do_nothing()
            )
            continue
        cells = _cells(person_rows, places[0])
        _lock_people(connection, cells)
        connection.execute(_upsert(connection.dialect.name), cells)
        connection.execute(_month_upsert(connection.dialect.name), _month_cells(cells))


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
    _lock_people(connection, cells)
    _subtract(connection, PERSON_DAY, KEY, SUMS, cells)
    _uncount_months(connection, cells)


def _subtract(
    connection: Connection,
    table: sa.Table,
    key: Sequence[str],
    counts: Sequence[str],
    rows: list[dict[str, Any]],
) -> tuple[sa.ColumnElement[bool], list[dict[str, Any]]]:
    """Subtract each of ``rows``' ``counts`` from the ``table`` row with the same ``key``
    and delete the rows left with no article; the key's WHERE clause and its bound values,
    for statements that follow on the same rows."""
    columns = table.c
    same = sa.and_(*(columns[c] == sa.bindparam(f"key_{c}") for c in key))
    keys = [{f"key_{c}": row[c] for c in key} for row in rows]
    connection.execute(
        table.update()
        .where(same)
        .values({c: columns[c] - sa.bindparam(f"minus_{c}") for c in counts}),
        [k | {f"minus_{c}": row[c] for c in counts} for k, row in zip(keys, rows, strict=True)],
    )
    connection.execute(table.delete().where(same, columns.articles <= 0), keys)
    return same, keys


def recount_places(
    connection: Connection, team_id: str, *, conversation_id: str | None = None
) -> None:
    """Count a workspace's places again from ``person_article`` (only the conversation
    ``conversation_id``'s, given one): after a write that changed many articles' places."""
    pd, pm, scope = PERSON_DAY.c, PERSON_MONTH.c, ARTICLE_SCOPE
    place = sa.func.coalesce(scope.c.conversation_id, "")
    cleared = PERSON_DAY.delete().where(pd.team_id == team_id)
    months_cleared = PERSON_MONTH.delete().where(pm.team_id == team_id)
    chosen = scope.c.team_id == team_id
    recounted = pd.team_id == team_id
    if conversation_id is not None:
        cleared = cleared.where(pd.conversation_id == conversation_id)
        months_cleared = months_cleared.where(pm.conversation_id == conversation_id)
        chosen = chosen & (place == conversation_id)
        recounted = recounted & (pd.conversation_id == conversation_id)
    else:
        connection.execute(
            MULTI_PLACE_ARTICLE.delete().where(MULTI_PLACE_ARTICLE.c.team_id == team_id)
        )
    connection.execute(cleared)
    connection.execute(months_cleared)
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
    connection.execute(months_from_days(connection.dialect.name, recounted))
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


def _month_sums() -> list[sa.ColumnElement[Any]]:
    """A month's :data:`MONTH_SUMS` from its ``person_day`` rows."""
    pd = PERSON_DAY.c
    return [
        sa.func.min(pd.day),
        sa.func.max(pd.day),
        sa.func.sum(pd.quotes),
        sa.func.sum(pd.articles),
        *packed_votes([sa.func.sum(pd[vote]) for vote in VOTES]),
    ]


def months_from_days(dialect: str, chosen: sa.ColumnElement[bool]) -> sa.Insert:
    """``person_month`` rows summed from the ``chosen`` rows of ``person_day``."""
    pd = PERSON_DAY.c
    month = month_of(pd.day, dialect)
    key = (pd.team_id, month, pd.person_id, pd.conversation_id, pd.private)
    months = (  # in key order: on PostgreSQL a period's months are then neighbours on disk
        sa.select(*(pd[c] for c in PLACE), month, *_month_sums())
        .where(chosen)
        .group_by(*key)
        .order_by(*key)
    )
    return PERSON_MONTH.insert().from_select([*PLACE, "month", *MONTH_SUMS], months)
