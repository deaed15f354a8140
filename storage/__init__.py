"""Storage: the only code that speaks SQL. ``Store(url)`` is the API the bot uses.

SQLite (the default, ``sqlite:///precis.db``) creates and upgrades itself on first use;
PostgreSQL is upgraded by ``precis db upgrade`` (``storage.upgrade(url)``) or
``Store(url, upgrade=True)``. Each concern is a mixin on :class:`storage.db.StoreBase`.
"""

from __future__ import annotations

from storage.articles import ArticleQueries
from storage.contracts import (
    AddedArticle,
    ArticleHit,
    ArticleLike,
    ArticleRow,
    PersonMatch,
    QuoteHit,
    SentenceHit,
    Stats,
    StoredArticle,
)
from storage.db import DEFAULT_DATABASE_URL, SchemaNotCurrent, StoreBusy, normalise_url
from storage.db import upgrade_schema as upgrade
from storage.digests import DigestQueries
from storage.events import EventQueries
from storage.feeds import FeedQueries, FeedRow


class Store(ArticleQueries, DigestQueries, EventQueries, FeedQueries):
    """Every query the bot makes, over one engine."""


__all__ = [
    "DEFAULT_DATABASE_URL",
    "AddedArticle",
    "ArticleHit",
    "ArticleLike",
    "ArticleRow",
    "FeedRow",
    "PersonMatch",
    "QuoteHit",
    "SchemaNotCurrent",
    "SentenceHit",
    "Stats",
    "Store",
    "StoreBusy",
    "StoredArticle",
    "normalise_url",
    "upgrade",
]
