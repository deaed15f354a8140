"""Answers to questions, straight from a store of hand-written articles (no Slack involved)."""

from __future__ import annotations

import pytest

from bot import render
from bot.i18n import question_language
from bot.listeners.answers import (
    MAX_QUERY_CHARS,
    PAGE_SIZE,
    Ask,
    ShareRef,
    mention_answer,
    next_page,
    quote_answer,
    summary_answer,
)
from bot.text.model import Person
from tests.builders import WORKSPACE


def shown(payload) -> str:
    return render.to_text(payload)


@pytest.mark.parametrize("name", ["Okafor", "okafor", "Jane Okafor", "OKAFOR jane", "Okafr"])
def test_quote_by_speaker_full_name_surname_case_typos(news_store, name):
    answer = shown(quote_answer(news_store, name, "en", viewer=WORKSPACE))
    assert answer.startswith("Quotes by Jane Okafor")
    assert "Speed saves lives only on the racetrack" in answer
    assert "12 March 2024" in answer and "https://news.example.org/2024/road-safety" in answer


@pytest.mark.parametrize("name", ["Marchand", "elodie marchand", "Élodie Marchand", "Lysenky"])
def test_quote_by_speaker_without_accents_or_with_other_spellings(news_store, name):
    assert shown(quote_answer(news_store, name, "fr", viewer=WORKSPACE)).startswith("Citations de ")


@pytest.mark.parametrize(
    "words",
    [
        "la vitesse est essentielle",
        "LA VITESSE EST ESSENTIELE",  # case and a typo
        "« la vitesse, est essentielle »",  # other quote marks and punctuation
        "vitesse essentielle secours",  # partial wording
    ],
)
def test_quote_by_words_is_tolerant(news_store, words):
    answer = shown(quote_answer(news_store, words, "fr", viewer=WORKSPACE))
    assert "Élodie Marchand" in answer


@pytest.fixture
def roy_store(sqlite_store, build_article, store_articles):
    """Eight quotes by one person: more than a page."""
    paragraphs = [f"« Phrase numéro {i} sur le budget », dit Anne Roy." for i in range(8)]
    store_articles(
        sqlite_store,
        [
            (
                "examples/budget.txt",
                build_article(
                    paragraphs,
                    title="Budget",
                    quotes=[(f"Phrase numéro {i} sur le budget", "Anne Roy") for i in range(8)],
                    people=[Person("Anne Roy", ("Roy",), "f")],
                ),
            )
        ],
    )
    return sqlite_store


def buttons_of(payload) -> dict[str, str]:
    return {
        element["action_id"]: element.get("value", "")
        for block in payload["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    }


def test_quote_pages_with_more_button_then_ends(roy_store):
    first = quote_answer(roy_store, "Roy", "fr", viewer=WORKSPACE)
    card, quotes = shown(first).split("─" * 20, 1)  # the person card opens the first page
    assert "*Anne Roy*\n8 citations dans 1 article" in card
    assert quotes.count("Anne Roy*") == PAGE_SIZE
    more = Ask.decode(buttons_of(first)[render.MORE_ACTION])
    assert more == Ask("Roy", "fr", PAGE_SIZE)
    second = next_page(roy_store, more, share=True, viewer=WORKSPACE)
    assert shown(second).count("Anne Roy*") == 8 - PAGE_SIZE
    assert render.MORE_ACTION not in buttons_of(second)
    past_the_end = next_page(roy_store, Ask("Roy", "fr", 50), share=True, viewer=WORKSPACE)
    assert shown(past_the_end) == "Plus d'autres citations pour « Roy »."


def test_share_button_carries_the_answer_as_shown(news_store):
    answer = quote_answer(news_store, "Okafor", "en", user_id="U0ASKER", viewer=WORKSPACE)
    share = ShareRef.decode(buttons_of(answer)[render.SHARE_ACTION])
    saved = news_store.saved_answer(share.answer_id)
    assert saved.user_id == "U0ASKER" and saved.article_ids == (1,)
    without_buttons = [block for block in answer["blocks"] if block["type"] != "actions"]
    assert saved.payload["blocks"] == without_buttons


@pytest.mark.parametrize("text", ["", "   ", "help", "aide", "?"])
def test_empty_or_help_gives_usage(news_store, text):
    assert "/quote" in shown(quote_answer(news_store, text, "en", viewer=WORKSPACE))
    assert "/summary" in shown(summary_answer(news_store, text, "en", viewer=WORKSPACE))


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "NEAR(a b) OR AND NOT * ^ : ( ) {x}",
        "'; DROP TABLE quote; --",
        "🚗💨 🙂",
        "x" * 4000,
        "mot " * 1000,
        "<!channel> <@U123>",
        "\u0000\u200b",
    ],
)
def test_hostile_input_gets_a_helpful_answer(news_store, text):
    for answer in (
        quote_answer(news_store, text, "en", viewer=WORKSPACE),
        summary_answer(news_store, text, "en", viewer=WORKSPACE),
        mention_answer(news_store, text, "en", WORKSPACE),
    ):
        assert answer["text"].strip()
        assert "<!channel>" not in answer["text"] and "<@U123>" not in answer["text"]
        for block in answer["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= render.SECTION_TEXT_LIMIT


def test_long_question_is_cut_and_says_so(news_store):
    answer = shown(
        quote_answer(news_store, "la vitesse est essentielle " * 40, "en", viewer=WORKSPACE)
    )
    assert f"Only the first {MAX_QUERY_CHARS} characters" in answer
    assert "Élodie Marchand" in answer


def test_more_value_fits_a_button_for_any_question():
    ask = Ask('é"' * MAX_QUERY_CHARS, "fr", 5)
    value = ask.encode()
    assert len(value) <= render.BUTTON_VALUE_LIMIT and Ask.decode(value) == ask
    assert Ask.decode("not json") is None
    assert Ask.decode('{"q": "", "l": "de", "o": 0}') is None
    assert ShareRef.decode(ShareRef("abc", "fr").encode()) == ShareRef("abc", "fr")
    assert ShareRef.decode(Ask("x", "fr").encode()) is None


def test_summary_latest_by_number_and_missing(news_store):
    assert "Courrier des lecteurs" in shown(
        summary_answer(news_store, "latest", "en", viewer=WORKSPACE)
    )
    for number in ("1", "article 1", "Article #1", "n° 1"):
        assert shown(summary_answer(news_store, number, "en", viewer=WORKSPACE)).startswith(
            "Road deaths"
        )
    by_number = shown(summary_answer(news_store, "#1", "en", viewer=WORKSPACE))
    assert by_number.startswith("Road deaths fall by a fifth")
    assert "article #1" in by_number
    assert (
        shown(summary_answer(news_store, "999", "en", viewer=WORKSPACE))
        == "There is no article number 999."
    )


def test_summary_of_empty_store(sqlite_store):
    assert "No article is stored yet" in shown(
        summary_answer(sqlite_store, "latest", "en", viewer=WORKSPACE)
    )
    assert "No article matches" in shown(
        summary_answer(sqlite_store, "budget", "en", viewer=WORKSPACE)
    )


def test_topic_summary_traces_each_sentence_to_its_article(news_store):
    answer = shown(summary_answer(news_store, "road deaths", "en", viewer=WORKSPACE))
    assert answer.startswith("About “road deaths”")
    assert "Road deaths fell by a fifth last year" in answer
    assert "[1] _Road deaths fall by a fifth_" in answer and "article #1" in answer
    sentence_lines = [line for line in answer.splitlines() if line.startswith("• ")]
    assert sentence_lines and all(line.endswith("[1]") for line in sentence_lines)


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ('<@UPRECISBOT> who said "la vitesse est essentielle"?', "en", "Who said"),
        ("<@UPRECISBOT> qui a dit « la vitesse est essentielle » ?", "fr", "Qui a dit"),
        ("<@UPRECISBOT> who said speed saves lives on the racetrack", "en", "Jane Okafor"),
        ("<@UPRECISBOT> quotes by Okafor", "en", "Quotes by Jane Okafor"),
        ("<@UPRECISBOT> citations de Marchand", "fr", "Citations de Élodie Marchand"),
        ("<@UPRECISBOT> summary of road deaths", "en", "About “road deaths”"),
        ("<@UPRECISBOT> résumé de la sécurité routière", "fr", "À propos de « sécurité routière »"),
        ("<@UPRECISBOT> Lysenkyy", "en", "Quotes by Mykola Lysenkyy"),
        ("hey <@UPRECISBOT>, who said speed saves lives?", "en", "Jane Okafor"),
        ("<@UPRECISBOT> what did Marchand say?", "en", "Quotes by Élodie Marchand"),
        ('<@UPRECISBOT> summary of "road deaths"', "en", "About “road deaths”"),
        ("<@UPRECISBOT> résumé sur la sécurité routière", "fr", "À propos de « la sécurité"),
        ('<@UPRECISBOT> who said "summary of the racetrack"', "en", "Who said “summary of"),
        ("<@UPRECISBOT>", "en", "Ask me"),
        ("<@UPRECISBOT> aide", "fr", "Demandez-moi"),
    ],
)
def test_mentions(news_store, question, lang, expected):
    assert question_language(question) == lang
    assert expected in shown(mention_answer(news_store, question, lang, WORKSPACE))


def test_mention_answers_page_but_need_no_share_button(news_store, roy_store):
    one_page = mention_answer(news_store, "<@UPRECISBOT> quotes by Okafor", "en", WORKSPACE)
    assert buttons_of(one_page) == {}
    paged = mention_answer(roy_store, "<@UPRECISBOT> citations de Roy", "fr", WORKSPACE)
    assert list(buttons_of(paged)) == [render.MORE_ACTION]


def test_namesakes_are_suggested(news_store, build_article, store_articles):
    store_articles(
        news_store,
        [
            (
                "examples/okafor-2.txt",
                build_article(
                    ["“Rivers need treaties,” said Amara Okafor."],
                    title="Rivers",
                    language="en",
                    quotes=[("Rivers need treaties", "Amara Okafor")],
                    people=[Person("Amara Okafor", ("Okafor",), "f")],
                ),
            )
        ],
    )
    answer = shown(quote_answer(news_store, "Okafor", "en", viewer=WORKSPACE))
    assert "Also matching: `" in answer and "— ask for the full name." in answer
    assert shown(quote_answer(news_store, "Amara Okafor", "en", viewer=WORKSPACE)).startswith(
        "Quotes by Amara Okafor"
    )
