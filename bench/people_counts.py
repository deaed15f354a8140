"""Prepare a store built before the sources desk (bench/make_store.py's bulk path writes
quotes, not the per-person counts ingest now keeps) for bench/answer_latency.py:

    .venv/bin/python bench/people_counts.py --team T0PRECIS \
        --url sqlite:////work/stores/desk_100k.db

- ``person_article``: one row per quoted person per article, counted from the stored quotes
  (as ingest counts them; gender and role are left unknown: that needs `precis reanalyze`,
  which reads each article again);
- ``article_scope``: every article shared with the whole workspace ``--team``, so the bench's
  signed questions (asked from that workspace) see them (a store built before article scopes;
  make_store.py now shares every article with bench/workspace.py's workspace itself).
Both are skipped when already filled. Then the workspace's ``person_day`` and
``person_month`` sums are counted again from them (storage/tallies.py), as ingest would
have kept them.
"""

from __future__ import annotations

import argparse
import json
import time

import sqlalchemy as sa

from storage import Store
from storage.models import Article, ArticleScope, Quote, table_of
from storage.tallies import PERSON_ARTICLE, PERSON_DAY, recount_places

ARTICLE, QUOTE, SCOPE = table_of(Article), table_of(Quote), table_of(ArticleScope)
COUNTED = {"preserve_rowcount": True}  # an INSERT's row count (PostgreSQL gave -1 without)


def fill(url: str, team: str) -> dict[str, int]:
    store = Store(url)
    filled = {}
    with store.write() as connection:
        if not connection.execute(sa.select(sa.func.count()).select_from(PERSON_ARTICLE)).scalar():
            counted = (
                sa.select(
                    QUOTE.c.person_id,
                    QUOTE.c.article_id,
                    sa.func.coalesce(ARTICLE.c.published_on, sa.func.current_date()),
                    sa.func.count(),
                )
                .join(ARTICLE, ARTICLE.c.id == QUOTE.c.article_id)
                .where(QUOTE.c.person_id.is_not(None))
                .group_by(QUOTE.c.person_id, QUOTE.c.article_id, ARTICLE.c.published_on)
            )
            filled["person_article"] = connection.execute(
                PERSON_ARTICLE.insert().from_select(
                    ["person_id", "article_id", "day", "quotes"], counted
                ),
                execution_options=COUNTED,
            ).rowcount
        if not connection.execute(sa.select(sa.func.count()).select_from(SCOPE)).scalar():
            shared = sa.select(ARTICLE.c.id, sa.literal(team), sa.null(), sa.false())
            filled["article_scope"] = connection.execute(
                SCOPE.insert().from_select(
                    ["article_id", "team_id", "conversation_id", "private"], shared
                ),
                execution_options=COUNTED,
            ).rowcount
        recount_places(connection, team)
        filled["person_day"] = connection.execute(
            sa.select(sa.func.count()).select_from(PERSON_DAY)
        ).scalar_one()
    store.close()
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--team", required=True, help="the workspace every article is shared in")
    options = parser.parse_args()
    started = time.perf_counter()
    filled = fill(options.url, options.team)
    print(json.dumps({**filled, "seconds": round(time.perf_counter() - started)}))


if __name__ == "__main__":
    main()
