"""What ingest counts for the sources desk: one ``person_article`` row per quoted person per
article, written in the article's own transaction (storage/people.py adds them up)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import Any

from storage.contracts import ArticleLike
from storage.models import PersonArticle, table_of, utcnow

PERSON_ARTICLE = table_of(PersonArticle)
ROLE_LIMIT = 200


def article_day(published: str | None) -> date:
    """The day an article counts for: its publication day when the source gives one to the
    day, else today (the day it is stored)."""
    if published and len(published) == 10:
        try:
            return date.fromisoformat(published)
        except ValueError:
            pass
    return utcnow().date()


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
