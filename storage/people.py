"""Who the articles quote: per person per article counts written at ingest, added up per
period for the sources desk (/people, the person card, the voices digest, the export), and
the stored quotes closest to a draft (/check).

Every reader adds up sums kept at ingest or ``person_article`` rows of the articles its
viewer may see (storage/period_sums.py), so nothing scans quotes at question time. A
person's gender over many articles is the one the strongest evidence agrees on (see
:func:`storage.period_sums.decided_gender`); organisations are counted apart.
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
    QUOTE_GOOD_SCORE,
    RANKED_MATCHES,
    SPEAKER_MATCHES,
    ArticleQueries,
    same_person_written_differently,
)
from storage.contracts import (
    GenderShare,
    PeopleReport,
    PersonCard,
    PersonMatch,
    PersonStat,
    StoredQuote,
)
from storage.db import StoreBase
from storage.models import Channel, published_on, table_of, utcnow
from storage.period_sums import (
    STAT_COLUMNS,
    articles_with_every,
    as_date,
    decided,
    decided_gender,
    first_days,
    most_quoted_first,
    named,
    organisation_ids,
    period_totals,
    visible,
)
from storage.scope import Viewer
from storage.tallies import PACKED_VOTES, PERSON_ARTICLE, VOTES, article_votes

CHANNEL = table_of(Channel)

ORGANISATIONS_SHOWN = 3
GENDERS = ("f", "m", "unknown")


def _vote_columns() -> list[sa.ColumnElement[Any]]:
    return [sa.func.sum(vote).label(vote.name) for vote in article_votes()]


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
        share, in one statement: the period's people are added up once (a CTE used thrice is
        materialised, on SQLite as on PostgreSQL), ranked for the page, and counted by kind
        and sum of votes for the share; the gender is decided for those few rows only (one
        CASE in the statement: a larger one took PostgreSQL 13 ms to plan). Names are looked
        up for the page: ranked by counts first, PostgreSQL looks up the first few people
        only, not 22,000 for a year; the organisations are the few people of their index."""
        counted = sa.select(totals).cte("totals")
        by_counts = (
            sa.select(counted)
            .order_by(counted.c.quotes.desc(), counted.c.articles.desc(), counted.c.last)
            .subquery()
        )
        alike = sa.literal(0).label("alike")
        page = (
            named(by_counts)
            .add_columns(alike)
            .where(PERSON.c.kind == "person")
            .order_by(*most_quoted_first(by_counts))
            .limit(limit + 1)
            .offset(offset)
        )
        organisations = (
            named(by_counts)
            .add_columns(alike)
            .where(by_counts.c.person_id.in_(organisation_ids()))
            .order_by(*most_quoted_first(by_counts))
            .limit(ORGANISATIONS_SHOWN)
        )
        t = counted.c
        votes = [t[packed] for packed in PACKED_VOTES]
        kind = sa.case((t.person_id.in_(organisation_ids()), "organization"), else_="person")
        same_votes = sa.select(  # columns of the same types as the page's, for the UNION
            sa.cast(sa.null(), sa.Integer).label("person_id"),
            sa.func.sum(t.quotes).label("quotes"),
            sa.cast(sa.null(), sa.Integer).label("articles"),
            sa.cast(sa.null(), sa.Date).label("first"),
            sa.cast(sa.null(), sa.Date).label("last"),
            *votes,
            sa.cast(sa.null(), sa.String).label("name"),
            kind.label("kind"),
            sa.func.count().label("alike"),
        ).group_by(kind, *votes)
        parts = [sa.select(part.subquery()) for part in (page, organisations, same_votes)]
        found = sa.union_all(*parts).subquery()
        rows = list(connection.execute(decided(found, *STAT_COLUMNS, "alike")))
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
        terms = search.search_terms(topic) if topic else ()
        if topic and not terms:
            return PeopleReport(people=(), more=False, share=_share([]), organisations=())
        topic_articles = articles_with_every(self.engine.dialect.name, terms) if terms else None
        # A topic's few rows give their first days at once; a period's are looked up after.
        topic_rows = topic_articles is not None
        totals = period_totals(
            since, until, viewer, topic_articles, own_only, first_days=topic_rows
        )
        with self.read() as connection:
            page, more, organisations, share = self._report_rows(connection, totals, limit, offset)
            shown = [r.person_id for r in (*page, *organisations)]
            roles = self._latest_roles(connection, shown, until, viewer)
            firsts = (
                {} if topic_rows else first_days(connection, shown, since, until, viewer, own_only)
            )
        return PeopleReport(
            people=tuple(_stat(r, roles, firsts) for r in page),
            more=more,
            share=share,
            organisations=tuple(_stat(r, roles, firsts) for r in organisations),
        )

    def people_export(self, since: date, until: date, *, viewer: Viewer | None) -> list[PersonStat]:
        """Every quoted person and organisation over the period, most quoted first."""
        totals = period_totals(since, until, viewer, None, own_only=False)
        with self.read() as connection:
            people = named(totals).subquery()
            p = people.c
            ranked = decided(people, *STAT_COLUMNS).order_by(
                p.quotes.desc(), p.articles.desc(), p.last, p.name, p.person_id
            )
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
                totals = period_totals(since, until, viewer, None, own_only=False, first_days=False)
                shares.append(self._report_rows(connection, totals, 0, 0)[3])
        return shares

    # -- the person card -------------------------------------------------------------------

    def person_card(
        self, name: str, *, viewer: Viewer, matches: Sequence[PersonMatch] | None = None
    ) -> PersonCard | None:
        """Name, role, counts, first and latest quote and other names of the person ``name``
        best matches, over every article ``viewer`` sees; None when nobody is quoted.
        ``matches``: what ``find_people(name, ...)`` gave, when the caller already asked."""
        if matches is None:
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
            first=_as_published(as_date(total.first), first),
            last=_as_published(as_date(total.last), latest),
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
        full-text pass), in ``language``, that ``viewer`` may see; the caller compares.

        The passes go from strict (every word) to loose (the rarer words); a pass that
        already brings a quote containing the draft's words stops the search, as
        ``search_quotes`` does, so an exact or shortened draft costs one pass."""
        terms = search.search_terms(words)
        if not terms:
            return []
        similarity = search.quote_similarity(words)
        found: dict[int, StoredQuote] = {}
        with self.read() as connection:
            for candidates in self._quote_candidate_passes(connection, terms):
                ids = search.match_quotes(
                    connection,
                    viewer=viewer,
                    limit=QUOTE_CANDIDATES,
                    newest=RANKED_MATCHES,
                    **candidates,
                )
                new = [i for i in dict.fromkeys(ids) if i not in found]
                if new:
                    query = _stored_quote_select().where(
                        QUOTE.c.id.in_(new), visible(viewer, QUOTE.c.article_id)
                    )
                    if language:
                        query = query.where(ARTICLE.c.language == language)
                    found |= {row.id: _stored_quote(row) for row in connection.execute(query)}
                if any(similarity(q.text) >= QUOTE_GOOD_SCORE for q in found.values()):
                    break
        return list(found.values())


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


def _stat(row: sa.Row, roles: Mapping[int, str], firsts: Mapping[int, date] = {}) -> PersonStat:
    person = row.kind == "person"
    return PersonStat(
        name=row.name,
        kind=row.kind,
        role=roles.get(row.person_id),
        quotes=int(row.quotes),
        articles=int(row.articles),
        first=firsts.get(row.person_id) or as_date(row.first),
        last=as_date(row.last),
        gender=row.gender if person else None,
        evidence=row.evidence if person else None,
    )


def _as_published(day: date, quote: StoredQuote | None) -> str:
    """``day`` as precise as the date of ``quote``'s article when that article counts on it
    (a "2024-05" article counts on 1 May 2024: "2024-05"), else as a day."""
    if quote and quote.date and published_on(quote.date) == day:
        return quote.date
    return day.isoformat()


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
