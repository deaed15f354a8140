"""Quotes close to words typed in another language: "who said 'speed is essential'" asked of a
store whose quotes are French finds « la vitesse est essentielle » by its close words."""

from __future__ import annotations

import sqlalchemy as sa

from storage import search
from storage.articles import (
    ARTICLE,
    QUOTE,
    QUOTE_CANDIDATES,
    QUOTE_HIT_COLUMNS,
    RANKED_MATCHES,
    quote_hit,
)
from storage.contracts import QuoteHit
from storage.db import StoreBase
from storage.scope import Viewer

# A quote must have at least this share (0-100) of the typed words in a close form.
CLOSE_SHARE = 50.0


class SuggestionQueries(StoreBase):
    """Store mixin: the closest quotes when no quote says the words typed."""

    def closest_quotes(self, words: str, *, viewer: Viewer, limit: int = 5) -> list[QuoteHit]:
        """Quotes ``viewer`` may see holding at least half of the significant words of
        ``words`` in a close form (see :func:`storage.search.close_word_share`), best first; their
        ``article_language`` says in which language they were said."""
        terms = [t for t in search.search_terms(words) if len(t) >= search.CLOSE_WORD_MIN_LENGTH]
        if not terms:
            return []
        prefixes = list(dict.fromkeys(t[: search.PREFIX_LENGTH] for t in terms))
        share = search.close_word_share(words)
        with self.read() as connection:
            found = search.match_quotes(
                connection,
                [],
                viewer=viewer,
                prefixes=prefixes,
                limit=QUOTE_CANDIDATES,
                newest=RANKED_MATCHES,
            )
            if not found:
                return []
            rows = connection.execute(
                sa.select(*QUOTE_HIT_COLUMNS)
                .join(ARTICLE, ARTICLE.c.id == QUOTE.c.article_id)
                .where(QUOTE.c.id.in_(found))
            ).all()
        scored = [(row, share(row.text)) for row in rows]
        best = sorted(
            ((row, score) for row, score in scored if score >= CLOSE_SHARE),
            key=lambda pair: (-pair[1], -pair[0].quote_id),
        )
        return [quote_hit(row, round(score, 1)) for row, score in best[:limit]]
