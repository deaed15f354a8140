"""The tables, as SQLModel classes. Alembic migrations in storage/migrations create them.

Full-text indexes are not here: SQLModel cannot describe FTS5 virtual tables or generated
``tsvector`` columns, so the migrations create them and storage/search.py queries them.
Times are stored in UTC; :class:`UTCDateTime` hands them back timezone-aware on both backends.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import class_mapper
from sqlmodel import Field, SQLModel

# Named constraints, so Alembic's batch mode on SQLite can alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The team id given to rows stored before scopes existed (migration 0011): nobody sees them
# until a single-workspace app claims them for its own team (storage/scope.py, claim_pending).
PENDING_TEAM = "(pending)"


def published_on(published: str | None) -> date | None:
    """First day of the period a partial ISO date names: "2023-02" -> 2023-02-01."""
    if not published:
        return None
    parts = published.split("-")
    try:
        numbers = [int(p) for p in parts[:3]] + [1] * (3 - len(parts[:3]))
        return date(*numbers)
    except ValueError:
        return None


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp stored in UTC and read back aware (SQLite keeps no offset itself)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is expected")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table behind a table model, typed: SQLModel sets ``__table__`` on the class
    without declaring it, so queries built from it would go unchecked."""
    table = class_mapper(model).local_table
    if not isinstance(table, sa.Table):
        raise TypeError(f"{model.__name__} is not a table model")
    return table


def _utc_column(*, nullable: bool = True, index: bool = False) -> sa.Column:
    return sa.Column(UTCDateTime(), nullable=nullable, index=index)


class Article(SQLModel, table=True):
    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(unique=True)
    source: str | None = None
    title: str | None = None
    # The title, or the first body sentence when there is none: what answers call the article.
    headline: str = Field(default="", sa_type=sa.Text, sa_column_kwargs={"server_default": ""})
    language: str
    published: str | None = None  # "2023", "2023-02" or "2023-02-14", as precise as the source
    published_precision: str | None = None
    published_on: date | None = Field(default=None, index=True)  # first day of that period
    ingested_at: datetime = Field(
        default_factory=utcnow, sa_column=_utc_column(nullable=False, index=True)
    )
    text: str = Field(sa_type=sa.Text)
    metadata_json: str = Field(
        default="{}", sa_column=sa.Column("metadata", sa.Text, nullable=False)
    )
    channel_id: str | None = Field(default=None, index=True)  # superseded by article_scope
    analysis_version: str | None = None  # which analysis wrote its rows: `precis reanalyze`


class ArticleScope(SQLModel, table=True):
    """One place an article was shared in: who may see it (storage/scope.py says the rule).

    An article shared in two places is stored once, with two rows here. ``conversation_id``
    None: the whole workspace. ``private``: the conversation's privacy when last known (None:
    never checked, counted as private); workspace-wide rows are not private.
    """

    __tablename__ = "article_scope"
    __table_args__ = (
        # One row per place; NULL conversations compare equal here, unlike in a UNIQUE.
        sa.Index(
            "ux_article_scope_place",
            "article_id",
            "team_id",
            sa.text("coalesce(conversation_id, '')"),
            unique=True,
        ),
        # What every reader's EXISTS probes, answered from the index alone.
        sa.Index("ix_article_scope_seen", "article_id", "team_id", "private", "conversation_id"),
        # A conversation's rows (privacy changes) and a workspace's (uninstall).
        sa.Index("ix_article_scope_conversation", "team_id", "conversation_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    team_id: str
    conversation_id: str | None = None
    private: bool | None = None


class Paragraph(SQLModel, table=True):
    __tablename__ = "paragraph"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    position: int
    kind: str
    text: str = Field(sa_type=sa.Text)
    start: int


class Sentence(SQLModel, table=True):
    __tablename__ = "sentence"
    __table_args__ = (sa.Index("ix_sentence_article_id_rank", "article_id", "rank"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    paragraph: int
    start: int
    end: int
    text: str = Field(sa_type=sa.Text)
    rank: int | None = None  # summary order; None = never in a summary


class Person(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (  # the few organisations, read whole by /people's share
        sa.Index(
            "ix_person_organization",
            "id",
            sqlite_where=sa.text("kind <> 'person'"),
            postgresql_where=sa.text("kind <> 'person'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # canonical full name
    name_key: str = Field(index=True)  # folded name: accents and case removed
    aliases: str = Field(default="[]", sa_type=sa.Text)  # JSON list of other spellings
    search_keys: str = Field(default="", sa_type=sa.Text)  # folded name and aliases, "|"-joined
    gender: str | None = None
    kind: str = "person"  # "person" or "organization"


class Quote(SQLModel, table=True):
    __tablename__ = "quote"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL", index=True
    )
    speaker: str | None = None  # canonical name, kept as text for search
    speaker_mention: str | None = None
    kind: str  # "direct" or "indirect"
    paragraph: int
    start: int
    end: int
    text: str = Field(sa_type=sa.Text)


class PersonArticle(SQLModel, table=True):
    """A person in one article, counted when the article is stored: what /people adds up."""

    __tablename__ = "person_article"
    __table_args__ = (sa.Index("ix_person_article_day_person", "day", "person_id", "article_id"),)

    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    article_id: int = Field(
        foreign_key="article.id", ondelete="CASCADE", primary_key=True, index=True
    )
    day: date  # the article's published_on (a month or year: its first day), else stored day
    quotes: int = 0  # direct and reported, attributed to the person
    role: str | None = None  # as the article writes it: "ministre des Transports"
    gender: str | None = None  # "f", "m" or None (unknown)
    evidence: str | None = None  # "honorific", "role", "pronoun", "first name"


class PersonDay(SQLModel, table=True):
    """A person's ``person_article`` rows of one day and one place, added up: what /people
    sums for a viewer (storage/tallies.py keeps it). Only articles shared in that one place
    of the workspace count here; an article shared in several places of one workspace is in
    ``multi_place_article`` instead (summing places would count it twice)."""

    __tablename__ = "person_day"
    __table_args__ = ({"sqlite_with_rowid": False},)  # rows kept in key order: a period is a range

    team_id: str = Field(primary_key=True)
    day: date = Field(primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    conversation_id: str = Field(primary_key=True)  # "": the whole workspace
    private: bool = Field(primary_key=True)  # article_scope's, unknown (NULL) counted private
    quotes: int = 0
    articles: int = 0
    # Articles whose words give each gender by each kind of evidence (storage/period_sums.py).
    f_honorific: int = 0
    f_role: int = 0
    f_pronoun: int = 0
    f_first_name: int = 0
    m_honorific: int = 0
    m_role: int = 0
    m_pronoun: int = 0
    m_first_name: int = 0


class PersonMonth(SQLModel, table=True):
    """A month of ``person_day`` rows of one place and person, added up, with the first and
    last of those days: a long period reads whole months here and its edges from
    ``person_day`` (storage/tallies.py keeps each month equal to the sum of its days)."""

    __tablename__ = "person_month"
    __table_args__ = ({"sqlite_with_rowid": False},)

    team_id: str = Field(primary_key=True)
    month: date = Field(primary_key=True)  # its first day
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    conversation_id: str = Field(primary_key=True)
    private: bool = Field(primary_key=True)
    first: date
    last: date
    quotes: int = 0
    articles: int = 0
    # person_day's eight vote columns, three to an integer (storage/tallies.py, PACKED_VOTES).
    votes_0: int = Field(default=0, sa_type=sa.BigInteger)
    votes_1: int = Field(default=0, sa_type=sa.BigInteger)
    votes_2: int = Field(default=0, sa_type=sa.BigInteger)


class MultiPlaceArticle(SQLModel, table=True):
    """An article shared in more than one place of a workspace: /people counts it from its
    ``person_article`` rows, once, when the viewer sees any of its places."""

    __tablename__ = "multi_place_article"
    __table_args__ = (sa.Index("ix_multi_place_article_team_day", "team_id", "day"),)

    team_id: str = Field(primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", primary_key=True)
    day: date  # person_article's day of the article


class SlackEvent(SQLModel, table=True):
    """Slack event ids already handled: Slack retries, and several processes may receive them."""

    __tablename__ = "slack_event"

    event_id: str = Field(primary_key=True)
    received_at: datetime = Field(
        default_factory=utcnow, sa_column=_utc_column(nullable=False, index=True)
    )


class SavedAnswer(SQLModel, table=True):
    """An answer as it was shown to one person, so "Share in channel" posts exactly that."""

    __tablename__ = "saved_answer"

    id: str = Field(primary_key=True)  # random: the share button carries it
    payload: str = Field(sa_type=sa.Text)  # the message (blocks + text) as JSON
    article_ids: str = Field(default="[]", sa_type=sa.Text)  # JSON list: what it shows
    user_id: str | None = None  # who was shown it
    team_id: str | None = Field(default=None, index=True)  # the workspace it was shown in
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=_utc_column(nullable=False, index=True)
    )


class Channel(SQLModel, table=True):
    __tablename__ = "channel"

    channel_id: str = Field(primary_key=True)
    team_id: str | None = None
    digest_time: str | None = None  # "HH:MM" local time
    timezone: str = "UTC"  # IANA name
    weekdays: str = ""  # ISO weekday digits, "12345"; "" = every day
    enabled: bool = False
    paused_reason: str | None = None
    set_by: str | None = None  # Slack user id
    language: str | None = None  # "en"/"fr": the digest speaks the language of who set it
    voices: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class DigestRun(SQLModel, table=True):
    __tablename__ = "digest_run"
    __table_args__ = (sa.UniqueConstraint("channel_id", "digest_date"),)

    id: int | None = Field(default=None, primary_key=True)
    channel_id: str
    digest_date: date  # the channel's local date
    status: str = "claimed"  # "claimed", "posted" or "failed"
    claimed_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))
    posted_at: datetime | None = Field(default=None, sa_column=_utc_column())
    message_ts: str | None = None
    article_count: int | None = None
    error: str | None = None
    attempts: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class Feed(SQLModel, table=True):
    __tablename__ = "feed"
    __table_args__ = (sa.UniqueConstraint("url", "channel_id"),)

    id: int | None = Field(default=None, primary_key=True)
    url: str
    channel_id: str | None = None  # None = the feed serves every digest
    team_id: str = Field(default=PENDING_TEAM, sa_column_kwargs={"server_default": PENDING_TEAM})
    private: bool | None = None  # channel_id's privacy when the feed was added
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = Field(default=None, sa_column=_utc_column())
    next_poll_at: datetime | None = Field(default=None, sa_column=_utc_column(index=True))
    error_count: int = 0
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class FeedItem(SQLModel, table=True):
    __tablename__ = "feed_item"
    __table_args__ = (sa.UniqueConstraint("feed_id", "guid"),)

    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id", ondelete="CASCADE")
    guid: str
    link: str | None = None
    content_hash: str | None = None
    article_id: int | None = Field(
        default=None, foreign_key="article.id", ondelete="SET NULL", index=True
    )
    seen_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))
