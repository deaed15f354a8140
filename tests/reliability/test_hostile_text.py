"""Text analysis on text nobody would write: arbitrary Unicode, unbalanced and mixed quote
marks, control characters, huge paragraphs. It never raises, and every offset it returns
points at the words it claims (what storage, search and rendering all rely on)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.languages import is_analysed
from bot.text import Article, analyze, analyze_many

pytestmark = pytest.mark.slow  # loads the French model

QUOTE_MARKS = ["«", "»", "“", "”", '"', "'", "„", "‹", "›", "‘", "’", "‚", "«\u00a0", "\u00a0»"]
WORDS = [
    "Le",
    "ministre",
    "a",
    "déclaré",
    "said",
    "Jean-Luc",
    "Mélenchon",
    "Ursula",
    "von der Leyen",
    "the",
    "mayor",
    "estime",
    "que",
    "selon",
    "lui",
    "-t-il",
    ",",
    ".",
    ":",
    "—",
    "?",
    "!",
    "…",
    "M.",
    "Mme",
    "Dr.",
    "12",
    "2023-02",
    "👍",
    "\u200b",
    "\u202e",
    "e\u0301",
    "ﬁ",
    "İ",
    "ß",
    "\t",
    "\r\n",
    "\n",
    "\n\n",
    "\x0c",
    "\x00",
]
WORD = re.compile(r"\w+")
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

newsy_text = st.lists(st.sampled_from(WORDS + QUOTE_MARKS), max_size=300).map(" ".join)
any_text = st.text(max_size=2000)
metadata = st.dictionaries(
    st.sampled_from(["title", "date", "author", "url", "language", "source"]),
    st.text(max_size=60),
    max_size=4,
)


def assert_quote_is_read_from(span: str, said: str) -> None:
    """A quote is its span of the text; an interrupted one (“…,” she said, “…”) is its
    pieces in order without the words between them, from the span's first word to its last."""
    if span == said:
        return
    said_words, span_words = WORD.findall(said), iter(WORD.findall(span))
    assert said_words, (span, said)
    assert all(word in span_words for word in said_words), (span, said)  # in order
    assert WORD.findall(span)[0] == said_words[0] and WORD.findall(span)[-1] == said_words[-1]


def assert_offsets_hold(article: Article) -> None:
    text = article.text
    previous_end = 0
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        assert paragraph.start >= previous_end
        assert text[paragraph.start : paragraph.start + len(paragraph.text)] == paragraph.text
        previous_end = paragraph.start + len(paragraph.text)
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert 0 <= sentence.paragraph < len(article.paragraphs)
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert_quote_is_read_from(text[quote.start : quote.end], quote.text)
        assert 0 <= quote.paragraph < len(article.paragraphs)
        assert article.paragraphs[quote.paragraph].start <= quote.start
        if quote.speaker is not None:
            assert quote.speaker in {person.name for person in article.people}
    for sentence in article.summary(5):
        assert sentence in text
    assert re.fullmatch(r"[a-z]{2,3}", article.language)  # an ISO 639 code
    if not is_analysed(article.language):  # nothing invented for a language not read
        assert not article.quotes and not article.people and not article.summary(5)


@SETTINGS
@given(text=any_text, meta=metadata)
def test_arbitrary_unicode_never_breaks_analysis(text: str, meta: dict[str, str]) -> None:
    assert_offsets_hold(analyze(text, meta))


@SETTINGS
@given(text=newsy_text)
def test_mixed_and_unbalanced_quote_marks_keep_offsets_true(text: str) -> None:
    assert_offsets_hold(analyze(text))


@SETTINGS
@given(
    paragraphs=st.lists(newsy_text, min_size=1, max_size=8),
    separator=st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\u2029"]),
)
def test_paragraph_structure_survives_any_separator(paragraphs: list[str], separator: str) -> None:
    assert_offsets_hold(analyze(separator.join(paragraphs)))


LONG_PARAGRAPH_BUDGET = 30.0  # seconds; about 3 on this machine, over a minute when quadratic


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a estimé que « la situation » était « grave » et ",  # no full stop, ever
        "« Nous tiendrons », a déclaré Jean Dupont. ",
        "« Nous ne céderons pas, a déclaré le maire. Jamais ",  # opened, never closed
        "“We will not give in,” said the mayor, “not now ",
    ],
)
def test_a_very_long_paragraph_of_quotes_is_read_in_linear_time(sentence: str) -> None:
    text = "Titre\n\n" + sentence * 1500  # 60-80k characters in one paragraph
    started = time.monotonic()
    article = analyze(text)
    elapsed = time.monotonic() - started
    assert_offsets_hold(article)
    assert elapsed < LONG_PARAGRAPH_BUDGET


def test_batch_analysis_matches_one_by_one_on_hostile_texts() -> None:
    texts = ["", " ", "\n\n\n", "«", "»»»", "“", "\x00\x01", "👍" * 500, "a" * 10_000]
    batch = list(analyze_many((text, {}) for text in texts))
    assert len(batch) == len(texts)
    for text, article in zip(texts, batch, strict=True):
        assert_offsets_hold(article)
        assert article == analyze(text)
