"""Searching articles and quotes with whatever people type."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import WORKSPACE

HOSTILE_QUERIES = [
    "C++",
    "foo-bar",
    '"unbalanced',
    "AND",
    "OR NOT",
    "title:x",
    "text : élection",
    "l'élection",
    "NEAR(",
    "NEAR(a b, 2)",
    "*",
    "élec*",
    "^président",
    "'; DROP TABLE article; --",
    "a & b | !c",
    "(((",
    ":*",
    "\\",
    "",
    "   ",
    "«»",
    "nul\x00byte",
    "ǅ ﬁ ß İ",
    "x" * 5000,
    " ".join(f"mot{i}" for i in range(300)),
]


@pytest.fixture
def newsroom(store, build_article):
    """Three small articles: an election in French, a bridge in English, a C++ conference."""
    store.add_article(
        build_article(
            [
                "Le président sortant a reconnu sa défaite à l'élection municipale de Nantes.",
                "« Je félicite mon adversaire et je souhaite bonne chance à la nouvelle équipe », "
                "a déclaré Étienne Roussel devant ses partisans.",
            ],
            title="Élection à Nantes : le président sortant battu",
            date="2024-06-10",
            quotes=[
                (
                    "Je félicite mon adversaire et je souhaite bonne chance à la nouvelle équipe",
                    "Étienne Roussel",
                )
            ],
        ),
        source="nantes.txt",
        content_hash="nantes",
        shared_in=WORKSPACE,
    )
    store.add_article(
        build_article(
            [
                "The old foot-bridge over the river reopened on Monday after two years of repairs.",
                '"We have rebuilt it to last another century," said engineer Maya Okafor.',
            ],
            title="Bridge reopens",
            language="en",
            date="2024-05",
            quotes=[("We have rebuilt it to last another century,", "Maya Okafor")],
        ),
        source="bridge.txt",
        content_hash="bridge",
        shared_in=WORKSPACE,
    )
    store.add_article(
        build_article(
            ["La conférence C++ de Lyon attire des développeurs de toute l'Europe."],
            title="Conférence C++",
            date="2024",
        ),
        source="cpp.txt",
        content_hash="cpp",
        shared_in=WORKSPACE,
    )
    return store


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_search_instead_of_failing(newsroom, query):
    assert isinstance(newsroom.search_articles(query, viewer=WORKSPACE), list)
    assert isinstance(newsroom.search_quotes(query, viewer=WORKSPACE), list)
    assert isinstance(newsroom.topic_sentences(query, viewer=WORKSPACE), list)
    assert isinstance(newsroom.find_people(query, viewer=WORKSPACE), list)
    assert isinstance(newsroom.quotes_by_speaker(query, viewer=WORKSPACE), list)
    assert newsroom.stats().articles == 3


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("president", "Élection à Nantes : le président sortant battu"),
        ("PRÉSIDENT", "Élection à Nantes : le président sortant battu"),
        ("l'élection", "Élection à Nantes : le président sortant battu"),
        ("ELECTION nantes", "Élection à Nantes : le président sortant battu"),
        ("foot-bridge", "Bridge reopens"),
        ("C++ Lyon", "Conférence C++"),
        ("conference", "Conférence C++"),
    ],
)
def test_words_find_articles_whatever_their_accents_and_case(newsroom, query, title):
    assert newsroom.search_articles(query, viewer=WORKSPACE)[0].title == title


def test_article_search_needs_every_word_before_any(newsroom):
    both = newsroom.search_articles("président Nantes", viewer=WORKSPACE)
    assert [h.title for h in both] == ["Élection à Nantes : le président sortant battu"]
    some = newsroom.search_articles("président bridge", viewer=WORKSPACE)
    assert {h.title for h in some} == {
        "Élection à Nantes : le président sortant battu",
        "Bridge reopens",
    }
    assert newsroom.search_articles("zeppelin", viewer=WORKSPACE) == []
    assert newsroom.search_articles("président bridge", any_word=False, viewer=WORKSPACE) == []


def test_title_words_rank_first(store, build_article):
    store.add_article(
        build_article(
            ["Un texte qui parle de budget, de budget et encore de budget."], title="Divers"
        ),
        source=None,
        content_hash="body",
        shared_in=WORKSPACE,
    )
    store.add_article(
        build_article(["Le vote a eu lieu."], title="Budget voté"),
        source=None,
        content_hash="title",
        shared_in=WORKSPACE,
    )
    assert store.search_articles("budget", viewer=WORKSPACE)[0].title == "Budget voté"


@pytest.mark.parametrize(
    "typed",
    [
        "Je félicite mon adversaire et je souhaite bonne chance à la nouvelle équipe",
        "je felicite mon adversaire",  # partial, no accents
        "« Je félicite mon adversaire »",  # other quote marks
        '"bonne chance a la nouvelle equipe"',
        "je souhaite bonne chance a la nouvelle equippe",  # typo
        "je felicitte mon adversere",  # two typos
        "JE FÉLICITE, MON ADVERSAIRE!",
    ],
)
def test_quote_search_forgives_wording_accents_and_typos(newsroom, typed):
    hits = newsroom.search_quotes(typed, viewer=WORKSPACE)
    assert hits, typed
    assert hits[0].speaker == "Étienne Roussel"
    assert hits[0].article_title == "Élection à Nantes : le président sortant battu"
    assert hits[0].article_date == "2024-06-10"


def test_quote_search_in_english(newsroom):
    hits = newsroom.search_quotes("we rebuilt it to last another century", viewer=WORKSPACE)
    assert [h.speaker for h in hits] == ["Maya Okafor"]


def test_quote_search_drops_weak_matches(newsroom):
    assert newsroom.search_quotes("les impôts augmenteront l'an prochain", viewer=WORKSPACE) == []
    assert newsroom.search_quotes("the", viewer=WORKSPACE) == []


def test_quote_search_pages(store, build_article):
    for i in range(4):
        store.add_article(
            build_article(
                [f"« La réforme des retraites est juste, numéro {i} »"],
                quotes=[(f"La réforme des retraites est juste, numéro {i}", "Nora Ben")],
            ),
            source=None,
            content_hash=f"r{i}",
            shared_in=WORKSPACE,
        )
    first = store.search_quotes("la réforme des retraites est juste", limit=3, viewer=WORKSPACE)
    rest = store.search_quotes(
        "la réforme des retraites est juste", limit=3, offset=3, viewer=WORKSPACE
    )
    assert len(first) == 3
    assert len(rest) == 1
    assert {h.quote_id for h in first}.isdisjoint({h.quote_id for h in rest})


def test_topic_sentences_come_from_matching_articles(newsroom):
    sentences = newsroom.topic_sentences(
        "pont OR bridge", articles=1, per_article=1, viewer=WORKSPACE
    )
    assert [s.title for s in sentences] == ["Bridge reopens"]
    assert sentences[0].rank == 0
    assert sentences[0].text.startswith("The old foot-bridge")


def test_quotes_for_article_in_text_order(newsroom):
    article_id = newsroom.search_articles("Nantes", viewer=WORKSPACE)[0].id
    quotes = newsroom.quotes_for_article(article_id, viewer=WORKSPACE)
    assert [q.speaker for q in quotes] == ["Étienne Roussel"]
    assert quotes[0].kind == "direct"


def test_frequent_words_do_not_hide_the_quote(store, build_article, monkeypatch):
    """At scale frequent words stop gathering candidates alone; the quote must still come
    back, typed exactly, with a typo, or as a fragment made only of frequent words."""
    monkeypatch.setattr("storage.articles.COMMON_WORD_QUOTES", 2)
    for i in range(6):
        store.add_article(
            build_article(
                [f"« Le gouvernement présentera la réforme du budget, étape {i} »"],
                quotes=[
                    (f"Le gouvernement présentera la réforme du budget, étape {i}", "Ana Lobo")
                ],
            ),
            source=None,
            content_hash=f"common-{i}",
            shared_in=WORKSPACE,
        )
    said = "La flottille quittera le port de Brest avant l'aube"
    store.add_article(
        build_article([f"« {said} », a dit Yann Kerouac."], quotes=[(said, "Yann Kerouac")]),
        source=None,
        content_hash="rare",
        shared_in=WORKSPACE,
    )

    assert store.search_quotes(said, viewer=WORKSPACE)[0].speaker == "Yann Kerouac"
    assert (
        store.search_quotes("la flotille quittera le port", viewer=WORKSPACE)[0].speaker
        == "Yann Kerouac"
    )
    assert (
        store.search_quotes("la flottile quitera le port de brest", viewer=WORKSPACE)[0].speaker
        == "Yann Kerouac"
    )
    hits = store.search_quotes(
        "gouvernement présentera la réforme du budget, étape 4", viewer=WORKSPACE
    )
    assert hits[0].text.endswith("étape 4")


def test_frequent_words_rank_recent_articles_precise_ones_reach_the_archive(
    store, build_article, monkeypatch
):
    monkeypatch.setattr("storage.articles.RANKED_MATCHES", 2)
    ids = [
        store.add_article(
            build_article(
                [f"Le budget, encore le budget. Article {i}."]
                + (["Un tramway et un budget."] if i == 0 else [])
            ),
            source=None,
            content_hash=f"b{i}",
            shared_in=WORKSPACE,
        ).id
        for i in range(5)
    ]
    assert {h.id for h in store.search_articles("budget", limit=5, viewer=WORKSPACE)} == set(
        ids[-2:]
    )
    assert [h.id for h in store.search_articles("tramway budget", viewer=WORKSPACE)] == [ids[0]]
    assert [h.id for h in store.search_articles("tramway", viewer=WORKSPACE)] == [ids[0]]


def test_the_newest_window_is_the_same_whatever_the_statistics_expect(
    store, build_article, monkeypatch
):
    """PostgreSQL gathers a frequent word's newest matches above an id floor drawn from its
    statistics; statistics that expect matches the recent articles no longer have must not
    lose them (the whole archive is searched again)."""
    monkeypatch.setattr("storage.articles.RANKED_MATCHES", 2)

    def add(count: int, words: str) -> list[int]:
        return [
            store.add_article(
                build_article([f"{words} Article {i}."]),
                source=None,
                content_hash=f"{words}-{i}",
                shared_in=WORKSPACE,
            ).id
            for i in range(count)
        ]

    trams = add(30, "Le tramway et le budget.")
    if not store.is_sqlite:
        with store.write() as connection:
            connection.exec_driver_sql("ANALYZE article")
    budgets = add(30, "Le budget seul.")

    found = store.search_articles("budget", limit=5, viewer=WORKSPACE)
    assert {hit.id for hit in found} == set(budgets[-2:])
    found = store.search_articles("tramway", limit=5, viewer=WORKSPACE)
    assert {hit.id for hit in found} == set(trams[-2:])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=60))
def test_any_typed_text_searches(newsroom, typed):
    assert isinstance(newsroom.search_articles(typed, viewer=WORKSPACE), list)
    assert isinstance(newsroom.search_quotes(typed, viewer=WORKSPACE), list)
    assert isinstance(newsroom.find_people(typed, viewer=WORKSPACE), list)


def test_closest_quotes_hold_the_typed_words_in_a_close_form_in_any_language(newsroom):
    [found] = newsroom.closest_quotes("I congratulate my adversary", viewer=WORKSPACE)
    assert found.speaker == "Étienne Roussel" and found.article_language == "fr"
    assert found.score == 50.0  # "adversary" ~ "adversaire"; "congratulate" has no cognate
    assert newsroom.closest_quotes("zeppelin hovercraft", viewer=WORKSPACE) == []
    assert newsroom.closest_quotes("a an the", viewer=WORKSPACE) == []
    for query in HOSTILE_QUERIES:
        newsroom.closest_quotes(query, viewer=WORKSPACE)  # never fails
