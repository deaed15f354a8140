"""The types that leave text analysis: what an article *is* once read.

They are plain frozen dataclasses so that storage, listeners and digests can read
them without importing spaCy, and so that a test can build one by hand.
All offsets are Python string indices into ``Article.text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from bot.text.version import analysis_version

ParagraphKind = Literal["title", "subheading", "body", "caption", "promo", "social"]
QuoteKind = Literal["direct", "indirect"]
Gender = Literal["m", "f"]
DatePrecision = Literal["year", "month", "day"]
SpeakerKind = Literal["person", "organization"]
DATE_PRECISIONS: dict[int, DatePrecision] = {4: "year", 7: "month", 10: "day"}
Evidence = Literal["honorific", "role", "pronoun", "first name"]  # for a gender: bot/text/voices


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    kind: ParagraphKind
    text: str
    start: int  # offset of the paragraph's first character in Article.text
    author: str | None = None  # who posted an embedded social post ("social" paragraphs)


@dataclass(frozen=True, slots=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    text: str
    # Place in the article's summary order (0 = the sentence to show first);
    # None for sentences a summary must never use (captions, promos, headings).
    rank: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # canonical full name, as first introduced ("Lloyd Austin")
    aliases: tuple[str, ...] = ()  # every other way the article writes them
    gender: Gender | None = None
    kind: SpeakerKind = "person"
    roles: tuple[str, ...] = ()  # role nouns the article gives them ("ministre", "spokeswoman")


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words, without the quote marks
    speaker: str | None  # canonical name of a Person in Article.people
    speaker_mention: str | None  # the words that attribute it ("-il", "Austin", "le ministre")
    kind: QuoteKind
    paragraph: int  # index of the paragraph the quote starts in
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Voice:
    """What the article says about one of its people: role as written, gender and its
    evidence (bot/text/voices.py decides them)."""

    name: str  # canonical name, as in Article.people
    role: str | None = None  # "ministre des Transports", "NATO Secretary General"
    gender: Gender | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Article:
    text: str  # body of the article: paragraph texts joined by blank lines
    language: str  # ISO 639 code; only "fr" and "en" are analysed (people, quotes, ranks)
    title: str | None = None
    date: str | None = None  # "2023", "2023-02" or "2023-02-14": never more precise than the source
    metadata: Mapping[str, str] = field(
        default_factory=dict
    )  # other header keys (author, url, ...)
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()
    voices: tuple[Voice, ...] = ()  # one per person of ``people``

    @property
    def headline(self) -> str:
        """What to call the article: its title, or its first body sentence when it has none."""
        if self.title:
            return self.title
        body = {p.index for p in self.paragraphs if p.kind == "body"}
        return next((s.text for s in self.sentences if s.paragraph in body), "")

    @property
    def analysis_version(self) -> str:
        """The fingerprint of the analysis that read it (bot/text/version.py)."""
        return analysis_version()

    @property
    def date_precision(self) -> DatePrecision | None:
        return date_precision(self.date)

    def summary(self, sentences: int = 3) -> list[str]:
        """The best ``sentences`` summary sentences, verbatim, in article order."""
        ranked = sorted(
            (s for s in self.sentences if s.rank is not None), key=lambda s: s.rank or 0
        )
        chosen = sorted(ranked[: max(sentences, 0)], key=lambda s: s.start)
        return [s.text for s in chosen]


def date_precision(date: str | None) -> DatePrecision | None:
    """Precision of an ISO-like partial date: 4 chars a year, 7 a month, 10 a day."""
    if not date:
        return None
    return DATE_PRECISIONS.get(len(date))
