"""Storage: the only code that speaks SQL. ``Store(url)`` is the API the bot uses.

SQLite (the default, ``sqlite:///precis.db``) creates and upgrades itself on first use;
PostgreSQL is upgraded by ``precis db upgrade`` (``storage.upgrade(url)``) or
``Store(url, upgrade=True)``. Each concern is a mixin on :class:`storage.db.StoreBase`.
"""

from __future__ import annotations

from storage.answers import AnswerQueries
from storage.contracts import (
    AddedArticle,
    ArticleHit,
    ArticleLike,
    ArticleRow,
    PersonMatch,
    QuoteHit,
    SavedAnswerRow,
    SentenceHit,
    Stats,
    StoredArticle,
)
from storage.db import (
    DEFAULT_DATABASE_URL,
    DatabaseUnavailable,
    SchemaNotCurrent,
    StoreBusy,
    UnsupportedDatabase,
    describe_database_error,
    normalise_url,
)
from storage.db import upgrade_schema as upgrade
from storage.digests import DigestQueries
from storage.events import EventQueries
from storage.feeds import FeedQueries, FeedRow
from storage.models import PENDING_TEAM
from storage.people import PeopleQueries, VoicesSwitch
from storage.reanalysis import ReanalysisQueries, StoredText
from storage.scope import Forgotten, Viewer
from storage.suggestions import SuggestionQueries


class Store(
    PeopleQueries,  # and ArticleQueries, which it reads through
    ReanalysisQueries,
    VoicesSwitch,
    AnswerQueries,
    DigestQueries,
    EventQueries,
    FeedQueries,
    SuggestionQueries,
):
    """Every query the bot makes, over one engine."""


__all__ = [
    "DEFAULT_DATABASE_URL",
    "PENDING_TEAM",
    "AddedArticle",
    "ArticleHit",
    "ArticleLike",
    "ArticleRow",
    "DatabaseUnavailable",
    "FeedRow",
    "Forgotten",
    "PersonMatch",
    "QuoteHit",
    "SavedAnswerRow",
    "SchemaNotCurrent",
    "SentenceHit",
    "Stats",
    "Store",
    "StoreBusy",
    "StoredArticle",
    "StoredText",
    "UnsupportedDatabase",
    "Viewer",
    "describe_database_error",
    "normalise_url",
    "upgrade",
]
