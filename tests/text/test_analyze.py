"""analyze()/analyze_many(): the whole reading of an article, from raw text to Article."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.text import Article, analyze, analyze_many

SEEDS = Path(__file__).parents[2] / "../shared/seeds"
SEED = SEEDS / "000_56e3ba51d6ccbe9f.txt"

BRIDGE_ARTICLE = "\n\n".join(
    [
        "date 2024-09-03\nauthor Dana Whitlock\nBridge reopens after two-year repair",
        "The Harbour Bridge reopened to traffic on Monday after a two-year, $300-million "
        "repair that replaced every cable on its main span.",
        "WATCH | Time-lapse of the cable replacement",
        "The first cars cross the bridge on Monday morning. (Photo: Ravi Menon/City Press)",
        "“It is the same bridge, but it will last another hundred years. We checked every bolt.",
        "“Some of them twice,” said chief engineer Laura Brandt, who led the project.",
        "A new lane for buses and bicycles",
        "The city said the new lane would cut bus journeys across the harbour by ten minutes.",
        "READ MORE: Why the repair took two years",
        "Mayor Tom Okafor said tolls would stay at $2 until the end of the year.",
    ]
)


def _assert_offsets(article: Article) -> None:
    assert article.text == "\n\n".join(p.text for p in article.paragraphs)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.start + len(paragraph.text)] == (
            paragraph.text
        )
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        paragraph = article.paragraphs[sentence.paragraph]
        assert (
            paragraph.start
            <= sentence.start
            < sentence.end
            <= paragraph.start + len(paragraph.text)
        )
    for quote in article.quotes:  # a quote over several paragraphs drops the repeated marks
        assert article.text[quote.start : quote.end].startswith(quote.text[:20])


def test_english_article_structure_offsets_and_summary():
    article = analyze(BRIDGE_ARTICLE)
    _assert_offsets(article)
    assert article.language == "en"
    assert article.date == "2024-09-03"
    assert article.title == "Bridge reopens after two-year repair"
    assert article.metadata == {"author": "Dana Whitlock"}
    assert [p.kind for p in article.paragraphs] == [
        "title",
        "body",
        "promo",
        "caption",
        "body",
        "body",
        "subheading",
        "body",
        "promo",
        "body",
    ]
    summary = article.summary(3)
    assert summary[0].startswith("The Harbour Bridge reopened")
    assert not any(
        s.startswith(("WATCH", "READ MORE", "The first cars", "A new lane")) for s in summary
    )
    assert "date 2024-09-03" not in article.text


def test_ranks_only_on_body_sentences():
    article = analyze(BRIDGE_ARTICLE)
    for sentence in article.sentences:
        assert (sentence.rank is not None) == (
            article.paragraphs[sentence.paragraph].kind == "body"
        )


def test_metadata_from_the_source_wins():
    article = analyze(
        BRIDGE_ARTICLE,
        {"title": "Harbour Bridge reopens", "date": "2024-09", "url": "https://example.org/b"},
    )
    assert article.title == "Harbour Bridge reopens"
    assert article.date == "2024-09"
    assert article.metadata == {"author": "Dana Whitlock", "url": "https://example.org/b"}


def test_declared_language_wins_over_detection():
    assert analyze("The council met on Monday.", {"language": "fr"}).language == "fr"


def test_empty_text_gives_an_empty_article():
    article = analyze("   \n\n ")
    assert article.paragraphs == ()
    assert article.summary(3) == []


@pytest.mark.slow
def test_analyze_many_keeps_order_and_matches_analyze():
    french = (
        "date 2024-02\nLe conseil municipal de Rennes a voté jeudi la gratuité des transports "
        "pour les moins de 18 ans.\n\n« C'est une mesure de justice », a déclaré la maire."
    )
    items = [(BRIDGE_ARTICLE, {}), (french, {}), ("The council met on Monday.", {})]
    batched = list(analyze_many(items, batch_size=2))
    assert [a.language for a in batched] == ["en", "fr", "en"]
    assert batched == [analyze(text, meta) for text, meta in items]


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not present")
def test_seed_article():
    article = analyze(SEED.read_text(encoding="utf-8"))
    _assert_offsets(article)
    assert article.language == "fr"
    assert article.date == "2023-02"
    assert article.date_precision == "month"
    assert article.title is None
    assert not article.text.lstrip().startswith("date")
    kinds = [p.kind for p in article.paragraphs]
    assert kinds.count("caption") == 2
    assert kinds.count("promo") == 2
    assert kinds.count("subheading") == 2
    boilerplate = [p.text for p in article.paragraphs if p.kind in ("caption", "promo")]
    for length in (1, 2, 3, 5, 10):
        for sentence in article.summary(length):
            assert "2023-02" not in sentence
            assert not any(sentence in text or text in sentence for text in boilerplate)
    assert all("date 2023" not in quote.text for quote in article.quotes)
