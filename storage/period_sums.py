"""What /people adds up for a period, as SQL: the rows of the places a viewer sees (whole
months from ``person_month``, the other days from ``person_day``, articles shared in
several places and a topic's articles from ``person_article``), one row per person, and
the gender their articles' words decide (storage/tallies.py keeps the sums; storage/people.py
asks the questions)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from storage import search
from storage.articles import PERSON
from storage.scope import Viewer, visible_to
from storage.tallies import (
    EVIDENCE,
    MULTI_PLACE_ARTICLE,
    PACKED_VOTES,
    PERSON_ARTICLE,
    PERSON_DAY,
    PERSON_MONTH,
    VOTES,
    article_packed_votes,
    packed_votes,
    split_period,
    unpacked_votes,
)

# Tiers of evidence, strongest first: what sits next to the name, then pronouns, then names.
TIERS = (("honorific", "role"), ("pronoun",), ("first name",))
# Within a tier, one gender must have this share of the votes; else the gender is unknown
# (an honest "unknown" rather than a guess when articles disagree).
AGREEMENT = 0.75
# What a row of the page gives (with its gender and evidence): storage/contracts.PersonStat.
STAT_COLUMNS = ("person_id", "quotes", "articles", "first", "last", "name", "kind")


def visible(
    viewer: Viewer | None, article_id: sa.ColumnElement[int], *, own_only: bool = False
) -> sa.ColumnElement[bool] | sa.TextClause:
    """The articles ``viewer`` may count (storage/scope.py's rule, in the SQL); None: every
    article, for the command line. ``own_only``: a channel's digest (its own and the
    workspace's articles)."""
    return sa.true() if viewer is None else visible_to(viewer, article_id, own_only=own_only)


def decided_gender(
    votes: Sequence[sa.ColumnElement[int]],
) -> tuple[sa.ColumnElement[str], sa.ColumnElement[str]]:
    """(gender, evidence) as SQL, from ``votes``: how many articles say "f", then "m", by
    each kind of :data:`EVIDENCE` (the order of storage/tallies.py's ``VOTES``). Decided in
    the database, so that a year's 20,000 people reach Python as their share, not as rows.

    The strongest tier with any vote decides, when one gender has :data:`AGREEMENT` of it;
    a tier split more evenly leaves the gender unknown (NULL), weaker tiers are not asked.
    Within the tier, the evidence with the most votes for that gender (the first on a tie).
    Sums of no row (NULL) decide nothing.
    """
    half = len(EVIDENCE)
    gender_when, evidence_when = [], []
    for tier in TIERS:
        at = [EVIDENCE.index(e) for e in tier]
        women = _added([votes[i] for i in at])
        men = _added([votes[half + i] for i in at])
        total = women + men
        agreed = (women >= AGREEMENT * total) | (men >= AGREEMENT * total)
        said = sa.case((women >= men, "f"), else_="m")
        gender_when.append((total > 0, sa.case((agreed, said), else_=sa.null())))
        evidence_when.append(
            (
                total > 0,
                sa.case(
                    (~agreed, sa.null()),
                    (women >= men, _strongest(tier, votes, 0)),
                    else_=_strongest(tier, votes, half),
                ),
            )
        )
    return sa.case(*gender_when, else_=sa.null()), sa.case(*evidence_when, else_=sa.null())


def _added(votes: Sequence[sa.ColumnElement[int]]) -> sa.ColumnElement[int]:
    first, *others = votes
    return sum(others, first)


def _strongest(
    tier: Sequence[str], votes: Sequence[sa.ColumnElement[int]], offset: int
) -> sa.ColumnElement[str] | str:
    """The evidence of ``tier`` with the most votes at ``offset`` (women 0, men half)."""
    first, *others = tier
    if not others:
        return first

    def count(evidence: str) -> sa.ColumnElement[int]:
        return votes[offset + EVIDENCE.index(evidence)]

    beats_others = sa.and_(*(count(first) >= count(other) for other in others))
    return sa.case((beats_others, first), else_=_strongest(others, votes, offset))


def articles_with_every(dialect: str, terms: Sequence[str]) -> sa.Select:
    """Ids of every article containing all of ``terms``, unranked, as a subquery: a /people
    topic counts all its articles in the period, not the newest window a search ranks."""
    if dialect == "sqlite":
        column, table, match = "rowid", "article_fts", "article_fts MATCH :topic"
        topic = search.fts5_query(terms, any_term=False)
    else:
        column, table = "id", "article"
        match = "search_vector @@ to_tsquery('precis_search', :topic)"
        topic = search.tsquery(terms, any_term=False)
    return (
        sa.select(sa.literal_column(column, sa.Integer))
        .select_from(sa.table(table))
        .where(sa.text(match).bindparams(topic=topic))
    )


def counted_rows(
    since: date,
    until: date,
    viewer: Viewer | None,
    topic_articles: sa.Select | None,
    own_only: bool,
) -> sa.Select | sa.CompoundSelect:
    """One row per person and day, month (or article) to add up for the period: the
    ``person_month`` sums of its whole months and the ``person_day`` sums of its other days,
    of the places ``viewer`` sees, and the rows of its ``multi_place_article`` ones; the
    ``person_article`` rows of ``topic_articles`` (:func:`articles_with_every`), or of every
    article (no viewer: the command line)."""
    pa = PERSON_ARTICLE.c
    articles = sa.select(
        pa.person_id,
        pa.quotes,
        sa.literal(1).label("articles"),
        pa.day.label("first"),
        pa.day.label("last"),
        *_labelled(article_packed_votes()),
    ).where(pa.day >= since, pa.day <= until)
    if topic_articles is not None:
        # The period's rows come from the day index and are kept when their article is one of
        # the topic's (``+ 0``: SQLite would otherwise probe every match's rows by article);
        # OFFSET 0 keeps that before the viewer's EXISTS, asked then of the few that are
        # about the topic (a year has 30,000 rows).
        about = (
            articles.add_columns(pa.article_id)
            .where((pa.article_id + 0).in_(topic_articles))
            .offset(0)
            .subquery("about")
        )
        return sa.select(*(c for c in about.c if c.name != "article_id")).where(
            visible(viewer, about.c.article_id, own_only=own_only)
        )
    if viewer is None:
        return articles
    months, edges = split_period(since, until)
    pd, pm = PERSON_DAY.c, PERSON_MONTH.c
    parts = []
    if edges:
        parts.append(
            sa.select(
                pd.person_id,
                pd.quotes,
                pd.articles,
                pd.day.label("first"),
                pd.day.label("last"),
                *_labelled(packed_votes([pd[vote] for vote in VOTES])),
            ).where(
                pd.team_id == viewer.team_id,
                sa.or_(*(pd.day.between(start, end) for start, end in edges)),
                _seen(pd, viewer, own_only),
            )
        )
    if months:
        parts.append(
            sa.select(
                pm.person_id,
                pm.quotes,
                pm.articles,
                pm.first,
                pm.last,
                *(pm[packed] for packed in PACKED_VOTES),
            ).where(
                pm.team_id == viewer.team_id,
                pm.month.between(*months),
                _seen(pm, viewer, own_only),
            )
        )
    several = MULTI_PLACE_ARTICLE.c
    shared = articles.join_from(
        PERSON_ARTICLE, MULTI_PLACE_ARTICLE, several.article_id == pa.article_id
    ).where(
        several.team_id == viewer.team_id,
        several.day >= since,
        several.day <= until,
        visible(viewer, pa.article_id, own_only=own_only),
    )
    return sa.union_all(*parts, shared)


def _labelled(packed: Sequence[sa.ColumnElement[int]]) -> list[sa.ColumnElement[int]]:
    return [votes.label(name) for votes, name in zip(packed, PACKED_VOTES, strict=True)]


def _seen(sums: Any, viewer: Viewer, own_only: bool) -> sa.ColumnElement[bool]:
    """The ``person_day`` or ``person_month`` places ``viewer`` sees (storage/scope.py's rule
    on the place's columns): the workspace's public places, or only the workspace itself
    (a channel's digest), and its own conversation."""
    shared = (sums.conversation_id == "") if own_only else (sums.private == sa.false())
    return shared | (sums.conversation_id == viewer.conversation_id)


def period_totals(
    since: date,
    until: date,
    viewer: Viewer | None,
    topic_articles: sa.Select | None,
    own_only: bool,
    *,
    first_days: bool = True,
) -> sa.Subquery:
    """One row per person of the period: quotes, articles, first and last day, and the sums
    of their articles' votes (:data:`PACKED_VOTES`, see :func:`decided`); :func:`named`
    adds name and kind.
    Without ``first_days`` the first day is NULL: the least of a year's 30,000 days, as
    text on SQLite, costs a fifth of the statement; :meth:`PeopleQueries.first_days` finds
    the page's."""
    counted = counted_rows(since, until, viewer, topic_articles, own_only).subquery()
    least = sa.func.min(counted.c.first) if first_days else sa.cast(sa.null(), sa.Date)
    summed = (
        sa.select(
            counted.c.person_id,
            sa.func.sum(counted.c.quotes).label("quotes"),
            sa.func.sum(counted.c.articles).label("articles"),
            least.label("first"),
            sa.func.max(counted.c.last).label("last"),
            # bigint again: PostgreSQL sums bigints as numeric, slower to group and shift
            *(
                sa.cast(sa.func.sum(counted.c[packed]), sa.BigInteger).label(packed)
                for packed in PACKED_VOTES
            ),
        )
        .group_by(counted.c.person_id)
        .subquery()
    )
    # Days as the driver gives them: only the page's are read (as_date).
    first, last = (sa.type_coerce(summed.c[end], sa.String) for end in ("first", "last"))
    return sa.select(
        summed.c.person_id,
        summed.c.quotes,
        summed.c.articles,
        first.label("first"),
        last.label("last"),
        *(summed.c[packed] for packed in PACKED_VOTES),
    ).subquery()


def named(totals: sa.Subquery | sa.CTE) -> sa.Select:
    """``totals`` with each person's name and kind (``person`` joined)."""
    return sa.select(totals, PERSON.c.name, PERSON.c.kind).join(
        PERSON, PERSON.c.id == totals.c.person_id
    )


def organisation_ids() -> sa.Select:
    """The people who are organisations: a few, read by the index on them (migration 0014),
    so that the share knows everybody's kind without looking each person up."""
    return sa.select(PERSON.c.id).where(PERSON.c.kind != "person")


def decided(rows: sa.Subquery, *columns: str) -> sa.Select:
    """``columns`` of ``rows`` with the gender and evidence their vote sums decide. Asked of a
    page and of one row per distinct sum of votes (a year's 20,000 people have a few hundred
    of those), the decision is not made for each person."""
    gender, evidence = decided_gender(unpacked_votes([rows.c[p] for p in PACKED_VOTES]))
    return sa.select(
        *(rows.c[column] for column in columns), gender.label("gender"), evidence.label("evidence")
    )


def most_quoted_first(totals: sa.Subquery) -> list[sa.ColumnElement[Any]]:
    """The order of the page, of ``totals`` :func:`named`."""
    t = totals.c
    return [t.quotes.desc(), t.articles.desc(), t.last, PERSON.c.name, t.person_id]


def first_days(
    connection: Connection,
    person_ids: Sequence[int],
    since: date,
    until: date,
    viewer: Viewer | None,
    own_only: bool,
) -> dict[int, date]:
    """The first day of the period each of ``person_ids`` is quoted on, from the rows
    :func:`period_totals` added up (of every article: not for a topic)."""
    if not person_ids:
        return {}
    counted = counted_rows(since, until, viewer, None, own_only).subquery()
    query = (
        sa.select(counted.c.person_id, sa.type_coerce(sa.func.min(counted.c.first), sa.String))
        .where(counted.c.person_id.in_(list(person_ids)))
        .group_by(counted.c.person_id)
    )
    return {person_id: as_date(first) for person_id, first in connection.execute(query)}


def as_date(value: date | str) -> date:
    """SQLite hands back an aggregate of dates as text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
