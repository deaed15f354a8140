"""Who the articles quote: per person per article counts written at ingest, added up per
period for the sources desk (/people, the person card, the voices digest, the export), and
the stored quotes closest to a draft (/check).

Every reader adds up ``person_article`` rows of the articles its viewer may see (the SQL
condition of :func:`visible`), so nothing scans quotes at question time. A person's gender
over many articles is the one the strongest evidence agrees on (see :func:`decided_gender`);
organisations are counted apart.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from storage import search
from storage.articles import (
    ARTICLE,
    PERSON,
    QUOTE,
    QUOTE_CANDIDATES,
    RANKED_MATCHES,
    SPEAKER_MATCHES,
    ArticleQueries,
    same_person_written_differently,
)
from storage.contracts import (
    GenderShare,
    PeopleReport,
    PersonCard,
    PersonStat,
    StoredQuote,
)
from storage.db import StoreBase
from storage.models import Channel, published_on, table_of, utcnow
from storage.scope import Viewer, visible_to
from storage.tallies import (
    EVIDENCE,
    MULTI_PLACE_ARTICLE,
    PACKED_VOTES,
    PERSON_ARTICLE,
    PERSON_DAY,
    PERSON_MONTH,
    VOTES,
    article_votes,
    packed_votes,
    split_period,
    unpacked_votes,
)

CHANNEL = table_of(Channel)

# Tiers of evidence, strongest first: what sits next to the name, then pronouns, then names.
TIERS = (("honorific", "role"), ("pronoun",), ("first name",))
# Within a tier, one gender must have this share of the votes; else the gender is unknown
# (an honest "unknown" rather than a guess when articles disagree).
AGREEMENT = 0.75
ORGANISATIONS_SHOWN = 3
GENDERS = ("f", "m", "unknown")
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
    """
    half = len(EVIDENCE)
    gender_when, evidence_when = [], []
    for tier in TIERS:
        at = [EVIDENCE.index(e) for e in tier]
        women = sum((sa.func.coalesce(votes[i], 0) for i in at), sa.literal(0))
        men = sum((sa.func.coalesce(votes[half + i], 0) for i in at), sa.literal(0))
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


def _strongest(
    tier: Sequence[str], votes: Sequence[sa.ColumnElement[int]], offset: int
) -> sa.ColumnElement[str] | str:
    """The evidence of ``tier`` with the most votes at ``offset`` (women 0, men half)."""
    first, *others = tier
    if not others:
        return first

    def count(evidence: str) -> sa.ColumnElement[int]:
        return sa.func.coalesce(votes[offset + EVIDENCE.index(evidence)], 0)

    beats_others = sa.and_(*(count(first) >= count(other) for other in others))
    return sa.case((beats_others, first), else_=_strongest(others, votes, offset))


def _vote_columns() -> list[sa.ColumnElement[Any]]:
    return [sa.func.sum(vote).label(vote.name) for vote in article_votes()]


def _counted_rows(
    since: date,
    until: date,
    viewer: Viewer | None,
    article_ids: Sequence[int] | None,
    own_only: bool,
) -> sa.Select | sa.CompoundSelect:
    """One row per person and day, month (or article) to add up for the period: the
    ``person_month`` sums of its whole months and the ``person_day`` sums of its other days,
    of the places ``viewer`` sees, and the rows of its ``multi_place_article`` ones; the
    ``person_article`` rows of ``article_ids`` (a topic's), or of every article (no viewer:
    the command line)."""
    pa = PERSON_ARTICLE.c
    articles = sa.select(
        pa.person_id,
        pa.quotes,
        sa.literal(1).label("articles"),
        pa.day.label("first"),
        pa.day.label("last"),
        *_labelled(packed_votes(article_votes())),
    ).where(pa.day >= since, pa.day <= until)
    if article_ids is not None:
        return articles.where(
            pa.article_id.in_(list(article_ids)), visible(viewer, pa.article_id, own_only=own_only)
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


def _totals(
    since: date,
    until: date,
    viewer: Viewer | None,
    article_ids: Sequence[int] | None,
    own_only: bool,
) -> sa.Subquery:
    """One row per person of the period: quotes, articles, first and last day, name, kind,
    and the sums of their articles' votes (:data:`PACKED_VOTES`, see :func:`_decided`)."""
    counted = _counted_rows(since, until, viewer, article_ids, own_only).subquery()
    summed = (
        sa.select(
            counted.c.person_id,
            sa.func.sum(counted.c.quotes).label("quotes"),
            sa.func.sum(counted.c.articles).label("articles"),
            sa.func.min(counted.c.first).label("first"),
            sa.func.max(counted.c.last).label("last"),
            *(sa.func.sum(counted.c[packed]).label(packed) for packed in PACKED_VOTES),
        )
        .group_by(counted.c.person_id)
        .subquery()
    )
    # Days as the driver gives them: only the page's are read (_as_date).
    first, last = (sa.type_coerce(summed.c[end], sa.String) for end in ("first", "last"))
    return (
        sa.select(
            summed.c.person_id,
            summed.c.quotes,
            summed.c.articles,
            first.label("first"),
            last.label("last"),
            PERSON.c.name,
            PERSON.c.kind,
            *(summed.c[packed] for packed in PACKED_VOTES),
        )
        .join(PERSON, PERSON.c.id == summed.c.person_id)
        .subquery()
    )


def _decided(rows: sa.Subquery, *columns: str) -> sa.Select:
    """``columns`` of ``rows`` with the gender and evidence their vote sums decide. Asked of a
    page, or of one row per distinct sum of votes: a year's 20,000 people have a few hundred
    of those, so the decision is not made for each person."""
    gender, evidence = decided_gender(unpacked_votes([rows.c[p] for p in PACKED_VOTES]))
    return sa.select(
        *(rows.c[column] for column in columns), gender.label("gender"), evidence.label("evidence")
    )


def _most_quoted_first(totals: sa.Subquery | sa.CTE) -> list[sa.ColumnElement[Any]]:
    t = totals.c
    return [t.quotes.desc(), t.articles.desc(), t.last, t.name, t.person_id]


class PeopleQueries(ArticleQueries):
    """Store mixin: the sources desk's questions (with ArticleQueries' look-ups)."""

    # -- /people and the export ------------------------------------------------------------

    def _report_rows(
        self,
        connection: Connection,
        totals: sa.Subquery,
        limit: int,
        offset: int,
    ) -> tuple[list[sa.Row], bool, list[sa.Row], GenderShare]:
        """The page of people, whether more follow, the first organisations and the gender
        share, in one statement: the period's people are added up once (a CTE used twice is
        materialised, on SQLite as on PostgreSQL), then ranked for the page and counted by
        kind, gender and evidence for the share, so only a few rows reach Python."""
        counted = sa.select(totals).cte("totals")
        t = counted.c
        person = t.kind == "person"
        columns = STAT_COLUMNS
        ranked = [t[c] for c in (*columns, *PACKED_VOTES)]
        page = _decided(
            sa.select(*ranked)
            .where(person)
            .order_by(*_most_quoted_first(counted))
            .limit(limit + 1)
            .offset(offset)
            .subquery(),
            *columns,
        ).add_columns(sa.literal(0).label("alike"))
        organisations = _decided(
            sa.select(*ranked)
            .where(~person)
            .order_by(*_most_quoted_first(counted))
            .limit(ORGANISATIONS_SHOWN)
            .subquery(),
            *columns,
        ).add_columns(sa.literal(0).label("alike"))
        votes = [t[packed] for packed in PACKED_VOTES]
        same_votes = (
            sa.select(
                t.kind,
                *votes,
                sa.func.sum(t.quotes).label("quotes"),
                sa.func.count().label("alike"),
            )
            .group_by(t.kind, *votes)
            .subquery()
        )
        decided = _decided(same_votes, "kind", "quotes", "alike").subquery()
        d = decided.c
        alike = sa.select(  # columns of the same types as the page's, for the UNION
            sa.cast(sa.null(), sa.Integer).label("person_id"),
            sa.func.sum(d.quotes).label("quotes"),
            sa.cast(sa.null(), sa.Integer).label("articles"),
            sa.cast(sa.null(), sa.Date).label("first"),
            sa.cast(sa.null(), sa.Date).label("last"),
            sa.cast(sa.null(), sa.String).label("name"),
            d.kind,
            d.gender,
            d.evidence,
            sa.func.sum(d.alike).label("alike"),
        ).group_by(d.kind, d.gender, d.evidence)
        parts = [part.subquery() for part in (page, organisations, alike)]
        rows = list(connection.execute(sa.union_all(*(sa.select(p) for p in parts))))
        people = [r for r in rows if not r.alike and r.kind == "person"]
        shown = [r for r in rows if not r.alike and r.kind != "person"]
        share = _share([r for r in rows if r.alike])
        return people[:limit], len(people) > limit, shown, share

    def _latest_roles(
        self,
        connection: Connection,
        person_ids: Iterable[int],
        until: date,
        viewer: Viewer | None,
    ) -> dict[int, str]:
        """Each person's role in the latest visible article that gives one, up to ``until``."""
        ids = list(person_ids)
        if not ids:
            return {}
        pa = PERSON_ARTICLE.c
        query = (
            sa.select(pa.person_id, pa.role)
            .where(
                pa.person_id.in_(ids),
                pa.role.is_not(None),
                pa.day <= until,
                visible(viewer, pa.article_id),
            )
            .order_by(pa.day.desc(), pa.article_id.desc())
        )
        roles: dict[int, str] = {}
        for row in connection.execute(query):
            roles.setdefault(row.person_id, row.role)
        return roles

    def topic_article_ids(self, topic: str, viewer: Viewer) -> list[int]:
        """The newest articles ``viewer`` sees (at most ``RANKED_MATCHES``) with every word of
        ``topic``."""
        terms = search.search_terms(topic)
        if not terms:
            return []
        with self.read() as connection:
            found = search.match_articles(
                connection,
                terms,
                viewer=viewer,
                any_term=False,
                limit=RANKED_MATCHES,
                newest=RANKED_MATCHES,
            )
        return [article_id for article_id, _ in found]

    def people_report(
        self,
        since: date,
        until: date,
        *,
        viewer: Viewer | None,
        topic: str | None = None,
        limit: int = 10,
        offset: int = 0,
        own_only: bool = False,
    ) -> PeopleReport:
        """The most-quoted people of the articles ``viewer`` sees over ``since..until``
        (days, inclusive), about ``topic`` if given; the gender share of all of them."""
        if topic and viewer is None:
            raise ValueError("a topic is searched for a viewer: the command line has none")
        article_ids = self.topic_article_ids(topic, viewer) if topic and viewer else None
        if article_ids == []:
            return PeopleReport(people=(), more=False, share=_share([]), organisations=())
        totals = _totals(since, until, viewer, article_ids, own_only)
        with self.read() as connection:
            page, more, organisations, share = self._report_rows(connection, totals, limit, offset)
            roles = self._latest_roles(
                connection, (r.person_id for r in (*page, *organisations)), until, viewer
            )
        return PeopleReport(
            people=tuple(_stat(r, roles) for r in page),
            more=more,
            share=share,
            organisations=tuple(_stat(r, roles) for r in organisations),
        )

    def people_export(self, since: date, until: date, *, viewer: Viewer | None) -> list[PersonStat]:
        """Every quoted person and organisation over the period, most quoted first."""
        totals = _totals(since, until, viewer, None, own_only=False)
        with self.read() as connection:
            ranked = _decided(totals, *STAT_COLUMNS).order_by(*_most_quoted_first(totals))
            rows = list(connection.execute(ranked))
            roles = self._latest_roles(connection, (r.person_id for r in rows), until, viewer)
        return [_stat(r, roles) for r in rows]

    def gender_shares(
        self, periods: Sequence[tuple[date, date]], *, viewer: Viewer | None
    ) -> list[GenderShare]:
        """The gender share of each period (week by week for the chart)."""
        with self.read() as connection:
            shares = []
            for since, until in periods:
                totals = _totals(since, until, viewer, None, own_only=False)
                shares.append(self._report_rows(connection, totals, 0, 0)[3])
        return shares

    # -- the person card -------------------------------------------------------------------

    def person_card(self, name: str, *, viewer: Viewer) -> PersonCard | None:
        """Name, role, counts, first and latest quote and other names of the person ``name``
        best matches, over every article ``viewer`` sees; None when nobody is quoted."""
        matches = self.find_people(name, limit=SPEAKER_MATCHES, viewer=viewer)
        if not matches:
            return None
        best = matches[0]
        names = [m.name for m in matches if same_person_written_differently(m.name, best.name)]
        pa = PERSON_ARTICLE.c
        with self.read() as connection:
            people = connection.execute(
                sa.select(PERSON.c.id, PERSON.c.name, PERSON.c.kind, PERSON.c.aliases).where(
                    PERSON.c.name.in_(names)
                )
            ).all()
            ids = [p.id for p in people]
            counted = (
                sa.select(
                    sa.func.coalesce(sa.func.sum(pa.quotes), 0).label("quotes"),
                    sa.func.count().label("articles"),
                    sa.func.min(pa.day).label("first"),
                    sa.func.max(pa.day).label("last"),
                    *_vote_columns(),
                )
                .where(pa.person_id.in_(ids), visible(viewer, pa.article_id))
                .subquery()
            )
            gender, evidence = decided_gender([counted.c[vote] for vote in VOTES])
            total = connection.execute(
                sa.select(
                    counted.c.quotes,
                    counted.c.articles,
                    counted.c.first,
                    counted.c.last,
                    gender.label("gender"),
                    evidence.label("evidence"),
                )
            ).one()
            if not total.articles:
                return None
            role = next(iter(self._latest_roles(connection, ids, date.max, viewer).values()), None)
            first, latest = (
                self._quote_at_end(connection, ids, viewer, newest=newest)
                for newest in (False, True)
            )
        kept = next(p for p in people if p.name == best.name)
        aliases = [n for p in people for n in (p.name, *json.loads(p.aliases))]
        return PersonCard(
            name=best.name,
            kind=kept.kind,
            aliases=tuple(dict.fromkeys(a for a in aliases if a != best.name)),
            role=role,
            quotes=int(total.quotes),
            articles=int(total.articles),
            gender=total.gender if kept.kind == "person" else None,
            evidence=total.evidence if kept.kind == "person" else None,
            first=_as_published(_as_date(total.first), first),
            last=_as_published(_as_date(total.last), latest),
            first_quote=first,
            latest_quote=latest,
        )

    def _quote_at_end(
        self,
        connection: Connection,
        person_ids: Sequence[int],
        viewer: Viewer | None,
        *,
        newest: bool,
    ) -> StoredQuote | None:
        """The person's first (or latest) quote by the day of its article, direct first."""
        pa = PERSON_ARTICLE.c
        order = pa.day.desc() if newest else pa.day.asc()
        query = (
            _stored_quote_select()
            .join(
                PERSON_ARTICLE,
                (pa.article_id == QUOTE.c.article_id) & (pa.person_id == QUOTE.c.person_id),
            )
            .where(QUOTE.c.person_id.in_(list(person_ids)), visible(viewer, QUOTE.c.article_id))
            .order_by(
                order,
                sa.case((QUOTE.c.kind == "direct", 0), else_=1),
                QUOTE.c.start.desc() if newest else QUOTE.c.start,
            )
            .limit(1)
        )
        row = connection.execute(query).first()
        return _stored_quote(row) if row else None

    # -- /check ----------------------------------------------------------------------------

    def check_candidates(
        self, words: str, *, language: str | None, viewer: Viewer
    ) -> list[StoredQuote]:
        """Stored quotes that share words with ``words`` (at most ``QUOTE_CANDIDATES`` per
        full-text pass), in ``language``, that ``viewer`` may see; the caller compares."""
        terms = search.search_terms(words)
        if not terms:
            return []
        with self.read() as connection:
            found: list[int] = []
            for candidates in self._quote_candidate_passes(connection, terms):
                found += search.match_quotes(
                    connection,
                    viewer=viewer,
                    limit=QUOTE_CANDIDATES,
                    newest=RANKED_MATCHES,
                    **candidates,
                )
            if not found:
                return []
            query = _stored_quote_select().where(
                QUOTE.c.id.in_(list(dict.fromkeys(found))), visible(viewer, QUOTE.c.article_id)
            )
            if language:
                query = query.where(ARTICLE.c.language == language)
            return [_stored_quote(row) for row in connection.execute(query)]


def _stored_quote_select() -> sa.Select:
    return sa.select(
        QUOTE.c.id,
        QUOTE.c.text,
        QUOTE.c.speaker,
        QUOTE.c.kind,
        QUOTE.c.article_id,
        ARTICLE.c.headline,
        ARTICLE.c.published,
        ARTICLE.c.source,
        ARTICLE.c.metadata,
        ARTICLE.c.language,
    ).join(ARTICLE, ARTICLE.c.id == QUOTE.c.article_id)


def _stored_quote(row: sa.Row) -> StoredQuote:
    metadata = json.loads(row.metadata or "{}")
    url = metadata.get("url") or (
        row.source if (row.source or "").startswith(("http://", "https://")) else None
    )
    return StoredQuote(
        quote_id=row.id,
        text=row.text,
        speaker=row.speaker,
        kind=row.kind,
        article_id=row.article_id,
        headline=row.headline,
        date=row.published,
        source=row.source,
        url=url,
        language=row.language,
    )


def _stat(row: sa.Row, roles: Mapping[int, str]) -> PersonStat:
    person = row.kind == "person"
    return PersonStat(
        name=row.name,
        kind=row.kind,
        role=roles.get(row.person_id),
        quotes=int(row.quotes),
        articles=int(row.articles),
        first=_as_date(row.first),
        last=_as_date(row.last),
        gender=row.gender if person else None,
        evidence=row.evidence if person else None,
    )


def _as_published(day: date, quote: StoredQuote | None) -> str:
    """``day`` as precise as the date of ``quote``'s article when that article counts on it
    (a "2024-05" article counts on 1 May 2024: "2024-05"), else as a day."""
    if quote and quote.date and published_on(quote.date) == day:
        return quote.date
    return day.isoformat()


def _as_date(value: date | str) -> date:
    """SQLite hands back an aggregate of dates as text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _share(alike: Sequence[sa.Row]) -> GenderShare:
    """The gender share from one row per kind, gender and evidence (``_report_rows``): how
    many people (``alike``) and their quotes."""
    people: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    first_names = organisations = organisation_quotes = 0
    for row in alike:
        count = int(row.alike)  # PostgreSQL sums counts as numeric
        if row.kind != "person":
            organisations += count
            organisation_quotes += int(row.quotes)
            continue
        people[row.gender or "unknown"] += count
        quotes[row.gender or "unknown"] += int(row.quotes)
        first_names += count if row.evidence == "first name" else 0
    return GenderShare(
        people={g: people[g] for g in GENDERS},
        quotes={g: quotes[g] for g in GENDERS},
        first_name_people=first_names,
        organisations=organisations,
        organisation_quotes=organisation_quotes,
    )


class VoicesSwitch(StoreBase):
    """Store mixin: the weekly "voices" section of a channel's digest, on or off."""

    def set_digest_voices(self, channel_id: str, team_id: str | None, on: bool) -> None:
        with self.write() as connection:
            changed = connection.execute(
                CHANNEL.update()
                .where(CHANNEL.c.channel_id == channel_id)
                .values(voices=on, updated_at=utcnow())
            ).rowcount
            if not changed:
                now = utcnow()
                connection.execute(
                    CHANNEL.insert().values(
                        channel_id=channel_id,
                        team_id=team_id,
                        voices=on,
                        created_at=now,
                        updated_at=now,
                    )
                )

    def digest_voices(self, channel_id: str) -> bool:
        with self.read() as connection:
            found = connection.execute(
                sa.select(CHANNEL.c.voices).where(CHANNEL.c.channel_id == channel_id)
            ).scalar()
        return bool(found)
