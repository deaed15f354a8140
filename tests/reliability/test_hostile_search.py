"""Every search the bot makes, with hostile words, on SQLite and on PostgreSQL: never an
error (which users would see as "something went wrong"), never a query that changes data."""

from __future__ import annotations

import pytest

from storage import Store
from tests.builders import WORKSPACE
from tests.conftest import add_news
from tests.reliability.reliability_helpers import MENTIONS, QUERIES

MORE = ["\x00", "a\x00b", ":*", "!", "|", "(", ")", "route & | !", "'", "''", "--", "/*", "\\x00"]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path) -> Store:
    if request.param == "postgres":
        opened = Store(request.getfixturevalue("postgres_database"))
    else:
        opened = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    add_news(opened)
    request.addfinalizer(opened.close)
    return opened


def test_hostile_words_in_every_search(store: Store) -> None:
    before = store.stats()
    searches = {
        "search_quotes": lambda words: store.search_quotes(words, viewer=WORKSPACE),
        "quotes_by_speaker": lambda words: store.quotes_by_speaker(words, viewer=WORKSPACE),
        "find_people": lambda words: store.find_people(words, viewer=WORKSPACE),
        "search_articles": lambda words: store.search_articles(words, viewer=WORKSPACE),
        "topic_sentences": lambda words: store.topic_sentences(words, viewer=WORKSPACE),
    }
    tried = 0
    for words in [*QUERIES, *MENTIONS, *MORE]:
        for name, search in searches.items():
            assert isinstance(search(words), list), (name, words)
            tried += 1
    assert store.stats() == before
    assert store.search_quotes("racetrack", viewer=WORKSPACE)  # and the store still answers
    print(f"{store.engine.dialect.name}: {tried} searches, none failed")
