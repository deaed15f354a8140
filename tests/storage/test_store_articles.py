"""Storing articles: one transaction each, duplicates ignored, rows read back intact."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.text.model import Person, Quote
from storage import Stats, Store
from storage.models import Article as ArticleTable
from storage.models import Quote as QuoteTable
from storage.models import table_of
from storage.search import match_quotes
from tests.builders import WORKSPACE, place


def test_added_article_reads_back(store, build_article):
    article = build_article(
        ["Le maire de Lyon inaugure le tramway.", "« C'est un grand jour », dit Anne Morel."],
        title="Un tramway à Lyon",
        date="2024-03",
        quotes=[("C'est un grand jour", "Anne Morel")],
        metadata={"author": "Jean Dupré"},
    )
    added = store.add_article(
        article, source="lyon.txt", content_hash="h-lyon", shared_in=WORKSPACE
    )
    stored = store.get_article(added.id, viewer=WORKSPACE)

    assert added.created
    assert stored.title == "Un tramway à Lyon"
    assert stored.date == "2024-03"
    assert stored.source == "lyon.txt"
    assert stored.text == article.text
    assert stored.paragraphs == (
        ("body", article.paragraphs[0].text),
        ("body", article.paragraphs[1].text),
    )
    assert stored.quote_count == 1
    assert stored.metadata == {"author": "Jean Dupré"}
    assert stored.ingested_at.tzinfo is not None
    assert abs(stored.ingested_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert store.get_article(added.id + 100, viewer=WORKSPACE) is None


def test_same_content_hash_writes_nothing(store, build_article):
    article = build_article(["Texte unique."], quotes=[("Texte unique.", "Paul Roux")])
    first = store.add_article(article, source="a.txt", content_hash="same", shared_in=WORKSPACE)
    again = store.add_article(article, source="b.txt", content_hash="same", shared_in=WORKSPACE)

    assert (again.id, again.created) == (first.id, False)
    assert store.has_article("same")
    assert not store.has_article("other")
    assert store.stats().articles == 1
    assert store.stats().quotes == 1


def test_failure_mid_article_leaves_nothing(store, build_article):
    good = build_article(
        ["Un paragraphe correct avec une citation."], quotes=[("une citation", "Léa Petit")]
    )
    broken_quote = Quote("citation", "Léa Petit", None, None, 0, 0, 8)  # kind NULL: rejected
    broken = replace(build_article(["Encore une citation."]), quotes=(broken_quote,))

    with pytest.raises(IntegrityError):
        store.add_article(broken, source=None, content_hash="broken", shared_in=WORKSPACE)
    assert not store.has_article("broken")
    assert store.stats().articles == 0
    assert store.search_articles("encore", viewer=WORKSPACE) == []

    assert store.add_article(good, source=None, content_hash="good", shared_in=WORKSPACE).created
    assert store.stats().articles == 1


def test_add_articles_in_batches(store, build_article):
    items = [(build_article([f"Article numéro {i}."]), f"{i}.txt", f"hash-{i}") for i in range(5)]
    items.append(items[0])

    added = store.add_articles(items, shared_in=place("C1"))

    assert [a.created for a in added] == [True] * 5 + [False]
    assert added[-1].id == added[0].id
    assert store.stats().articles == 5
    assert store.get_article(added[2].id, viewer=place("C1")) is not None
    assert store.get_article(added[2].id, viewer=place("C2")) is None


def test_people_merged_by_name_with_aliases_unioned(store, build_article):
    first = build_article(
        ["« Nous tiendrons », dit Marc Lefèvre."],
        quotes=[("Nous tiendrons", "Marc Lefèvre")],
        people=[Person("Marc Lefèvre", aliases=("Lefèvre",), gender="m")],
    )
    second = build_article(
        ["« Rien n'est joué », ajoute le ministre Lefebvre."],
        quotes=[("Rien n'est joué", "Marc Lefèvre")],
        people=[Person("Marc Lefèvre", aliases=("le ministre Lefebvre",))],
    )
    store.add_article(first, source=None, content_hash="p1", shared_in=WORKSPACE)
    store.add_article(second, source=None, content_hash="p2", shared_in=WORKSPACE)

    assert store.stats().people == 1
    assert [m.name for m in store.find_people("ministre lefebvre", viewer=WORKSPACE)] == [
        "Marc Lefèvre"
    ]
    assert {q.text for q in store.quotes_by_speaker("Lefèvre", viewer=WORKSPACE)} == {
        "Nous tiendrons",
        "Rien n'est joué",
    }


def test_speaker_missing_from_people_still_findable(store, build_article):
    article = build_article(
        ["« On avance », selon Inès Garnier."], quotes=[("On avance", "Inès Garnier")]
    )
    store.add_article(article, source=None, content_hash="x", shared_in=WORKSPACE)

    assert [q.text for q in store.quotes_by_speaker("garnier", viewer=WORKSPACE)] == ["On avance"]


def test_latest_and_since_with_channels(store, build_article):
    shared = store.add_article(
        build_article(["Commun."]), source=None, content_hash="s", shared_in=WORKSPACE
    )
    mine = store.add_article(
        build_article(["À moi."]), source=None, content_hash="m", shared_in=place("C1")
    )
    theirs = store.add_article(
        build_article(["À eux."]), source=None, content_hash="t", shared_in=place("C2")
    )
    hour_ago = datetime.now(UTC) - timedelta(hours=1)

    assert [a.id for a in store.latest_articles(limit=2, viewer=place("C2"))] == [
        theirs.id,
        shared.id,
    ]
    assert {a.id for a in store.articles_since(hour_ago, viewer=place("C1"))} == {
        shared.id,
        mine.id,
    }
    assert len(store.articles_since(hour_ago, viewer=place("C2"))) == 2
    assert store.articles_since(datetime.now(UTC) + timedelta(minutes=1), viewer=place("C1")) == []


def test_summary_sentences_best_ranked_in_article_order(store, build_article):
    article = build_article(["Premier.", "Deuxième.", "Troisième."])
    ranked = replace(
        article,
        sentences=tuple(
            replace(s, rank=r) for s, r in zip(article.sentences, (2, 0, 1), strict=True)
        ),
    )
    added = store.add_article(ranked, source=None, content_hash="r", shared_in=WORKSPACE)

    assert store.summary_sentences(added.id, 2, viewer=WORKSPACE) == ["Deuxième.", "Troisième."]
    assert store.summary_sentences(added.id, 0, viewer=WORKSPACE) == []


def test_full_text_index_follows_updates_and_deletes(store, build_article):
    added = store.add_article(
        build_article(
            ["Le barrage a cédé.", "« Personne n'a été blessé », dit Hugo Marchand."],
            title="Barrage",
            quotes=[("Personne n'a été blessé", "Hugo Marchand")],
        ),
        source=None,
        content_hash="d",
        shared_in=WORKSPACE,
    )
    with store.write() as connection:
        connection.execute(
            sa.update(table_of(ArticleTable))
            .where(table_of(ArticleTable).c.id == added.id)
            .values(text="La digue a tenu.")
        )
    assert store.search_articles("digue", viewer=WORKSPACE)[0].id == added.id
    assert store.search_articles("cédé", viewer=WORKSPACE) == []

    assert store.delete_article(added.id)
    assert store.search_articles("digue", viewer=WORKSPACE) == []
    assert store.search_quotes("personne n'a été blessé", viewer=WORKSPACE) == []
    assert store.stats().quotes == 0


def test_writers_in_parallel_neither_fail_nor_duplicate(store, build_article):
    """Several processes ingesting at once (each its own engine): every article stored
    once, no "database is locked", shared people merged."""
    writers = [store, *(Store(store.url, upgrade=False) for _ in range(2))]

    def ingest(writer: Store) -> list[bool]:
        return [
            writer.add_article(
                build_article(
                    [f"« Point numéro {i} », dit Rose Valois."],
                    quotes=[(f"Point numéro {i}", "Rose Valois")],
                ),
                source=None,
                content_hash=f"parallel-{i}",
                shared_in=WORKSPACE,
            ).created
            for i in range(12)
        ]

    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            created = list(pool.map(ingest, writers))
    finally:
        for writer in writers[1:]:
            writer.close()
    assert [sum(column) for column in zip(*created, strict=True)] == [1] * 12
    assert store.stats() == Stats(articles=12, quotes=12, people=1)


def test_quote_index_follows_speaker_and_text_updates(store, build_article):
    store.add_article(
        build_article(
            ["« Le port rouvrira demain », dit Lou Berger."],
            quotes=[("Le port rouvrira demain", "Lou Berger")],
        ),
        source=None,
        content_hash="q",
        shared_in=WORKSPACE,
    )
    with store.write() as connection:
        connection.execute(sa.update(table_of(QuoteTable)).values(text="Le canal rouvrira demain"))
    with store.read() as connection:
        found = partial(match_quotes, connection, viewer=WORKSPACE, limit=5, newest=10)
        assert found(["port"]) == []
        assert len(found(["canal"])) == 1
    assert (
        store.search_quotes("canal rouvrira", viewer=WORKSPACE)[0].text
        == "Le canal rouvrira demain"
    )


def test_long_article_stored_whole(store, build_article):
    paragraphs = [f"Phrase numéro {i}." for i in range(1200)]
    added = store.add_article(
        build_article(paragraphs), source=None, content_hash="long", shared_in=WORKSPACE
    )

    assert len(store.get_article(added.id, viewer=WORKSPACE).paragraphs) == 1200
    assert store.summary_sentences(added.id, 5000, viewer=WORKSPACE) == paragraphs


def test_an_untitled_article_is_named_by_its_first_body_sentence_everywhere(store, build_article):
    article = build_article(
        ["Les dockers bloquent le port de Marseille.", "« Nous tiendrons », dit Karim Benali."],
        quotes=[("Nous tiendrons", "Karim Benali")],
    )
    added = store.add_article(
        article, source="port.txt", content_hash="h-port", shared_in=WORKSPACE
    )
    headline = "Les dockers bloquent le port de Marseille."
    assert store.get_article(added.id, viewer=WORKSPACE).headline == headline
    assert store.latest_articles(1, viewer=WORKSPACE)[0].headline == headline
    assert store.quotes_for_article(added.id, viewer=WORKSPACE)[0].article_headline == headline
    assert store.topic_sentences("dockers", viewer=WORKSPACE)[0].headline == headline
