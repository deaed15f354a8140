"""What crosses the storage seam: the shape of an article coming in, the rows going out.

storage never imports ``bot``: it reads an analysed article through these Protocols
(matching bot/text/model.py attribute for attribute) and returns small frozen
dataclasses, never live ORM objects, so callers cannot trigger lazy SQL by accident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol


class ParagraphLike(Protocol):
    @property
    def index(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...


class SentenceLike(Protocol):
    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def rank(self) -> int | None: ...


class PersonLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def gender(self) -> str | None: ...
    @property
    def kind(self) -> str: ...


class QuoteLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def speaker_mention(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class VoiceLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str | None: ...
    @property
    def gender(self) -> str | None: ...
    @property
    def evidence(self) -> str | None: ...


class ArticleLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def headline(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def metadata(self) -> Mapping[str, str]: ...
    @property
    def paragraphs(self) -> Sequence[ParagraphLike]: ...
    @property
    def sentences(self) -> Sequence[SentenceLike]: ...
    @property
    def people(self) -> Sequence[PersonLike]: ...
    @property
    def quotes(self) -> Sequence[QuoteLike]: ...
    @property
    def voices(self) -> Sequence[VoiceLike]: ...
    @property
    def analysis_version(self) -> str: ...


@dataclass(frozen=True, slots=True)
class AddedArticle:
    id: int
    created: bool  # False: an article with the same content hash was already stored


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    title: str | None
    headline: str  # the title, or the first body sentence when there is none
    date: str | None  # as precise as the source: "2023", "2023-02" or "2023-02-14"
    source: str | None
    ingested_at: datetime
    language: str


@dataclass(frozen=True, slots=True)
class ArticleHit(ArticleRow):
    score: float  # higher is better; only comparable within one search


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    title: str | None
    headline: str
    language: str
    date: str | None
    source: str | None
    ingested_at: datetime
    text: str
    paragraphs: tuple[tuple[str, str], ...]  # (kind, text) in article order
    quote_count: int
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SentenceHit:
    article_id: int
    title: str | None
    headline: str
    date: str | None
    source: str | None
    text: str
    rank: int
    start: int


@dataclass(frozen=True, slots=True)
class QuoteHit:
    quote_id: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    kind: str
    article_id: int
    article_title: str | None
    article_headline: str
    article_date: str | None
    article_source: str | None
    article_language: str
    score: float  # 0-100 for word searches, the speaker match score for speaker look-ups


@dataclass(frozen=True, slots=True)
class PersonMatch:
    name: str
    score: float  # 0-100
    kind: str = "person"
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class SavedAnswerRow:
    id: str
    payload: Mapping[str, object]  # the message as shown: blocks and text, no buttons
    article_ids: tuple[int, ...]  # the articles it shows
    user_id: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    quotes: int
    people: int


@dataclass(frozen=True, slots=True)
class PersonStat:
    """One person (or organisation) over a period, added up from the articles a viewer sees."""

    name: str
    kind: str  # "person" or "organization"
    role: str | None  # the latest role the articles wrote
    quotes: int
    articles: int
    first: date
    last: date
    gender: str | None  # "f", "m" or None: unknown
    evidence: str | None  # "honorific", "role", "pronoun", "first name" (the fallback)


@dataclass(frozen=True, slots=True)
class GenderShare:
    """Quoted people and their quotes by gender; organisations counted apart."""

    people: Mapping[str, int]  # "f", "m", "unknown" -> people
    quotes: Mapping[str, int]  # the same, quotes
    first_name_people: int  # people whose gender comes from their first name only
    organisations: int
    organisation_quotes: int


@dataclass(frozen=True, slots=True)
class PeopleReport:
    people: tuple[PersonStat, ...]  # the page asked for, most quoted first
    more: bool  # another page follows
    share: GenderShare
    organisations: tuple[PersonStat, ...]  # the most quoted organisations


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A stored quote with everything a check shows about it."""

    quote_id: int
    text: str
    speaker: str | None
    kind: str
    article_id: int
    headline: str
    date: str | None
    source: str | None
    url: str | None
    language: str


@dataclass(frozen=True, slots=True)
class PersonCard:
    name: str
    kind: str
    aliases: tuple[str, ...]
    role: str | None
    quotes: int
    articles: int
    gender: str | None
    evidence: str | None
    # The date of the first (last) article quoting them, as precise as the article gives it:
    # "2024-05-14", "2024-05" or "2024" (ISO text).
    first: str
    last: str
    first_quote: StoredQuote | None
    latest_quote: StoredQuote | None
