"""One invented sentence per rule that keeps words which are not speech out of the quotes
(task en-precision2)."""

from __future__ import annotations

from bot.text.lang import pack
from bot.text.model import Paragraph
from bot.text.quotes.candidates import find_candidates, is_translation
from bot.text.quotes.tokens import tokenize
from tests.text.quotes.reading import direct, fold, read


def _quoted(text: str, language: str = "en") -> list[str]:
    _, quotes, _ = read(text, language)
    return [fold(q.text) for q in direct(quotes)]


def test_the_inches_of_a_height_open_no_quote() -> None:
    text = (
        "Ilse Varga is 6'1\" tall and weighs 150 pounds, her doctor wrote. "
        "“She is in excellent health,” he said."
    )
    assert _quoted(text) == ["she is in excellent health"]


def test_a_closing_mark_opening_a_paragraph_before_an_ellipsis_opens_the_quote() -> None:
    text = "” … and the ferry will run all night, with ‘safe crossings,’ all year,” Ilse Varga said"
    _, quotes, _ = read(text, "en")
    assert [fold(q.text)[:20] for q in direct(quotes)] == ["… and the ferry will"]
    assert direct(quotes)[0].speaker == "Ilse Varga"


def test_words_in_marks_after_a_language_and_for_are_a_translation() -> None:
    text = "She signed off with “Fluctuat nec mergitur,” Latin for “tossed by waves, never sunk.”"
    found = find_candidates(text, [Paragraph(0, "body", text, 0)])
    tokens = tokenize(text, "en")
    assert [is_translation(tokens, c, pack("en")) for c in found] == [False, True]
