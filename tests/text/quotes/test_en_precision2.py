"""One invented sentence per rule that keeps words which are not speech out of the quotes
(task en-precision2)."""

from __future__ import annotations

from bot.text import analyze
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
    text = (
        "Ilse Varga ended her speech with “Fluctuat nec mergitur,” Latin for “it is tossed by "
        "the waves but does not sink.”"
    )
    assert not any("tossed by the waves" in q for q in _quoted(text))


def test_a_long_block_opening_with_a_call_to_action_is_prose() -> None:
    prose = (
        "The ferry will run all night from next spring, the harbour board decided on Monday "
        "after a long debate about costs, crews, fuel and the noise the boats make at night "
        "in the old port, where residents have complained for years about the horns. "
    )
    text = (
        "Harbour Ferry Will Run All Night\n\n"
        "Subscribe to the Gazette podcast here.\n" + prose * 4 + "“The crossing is safe and "
        "the city needs it after dark,” Ilse Varga said after the vote, adding that the first "
        "night boats would sail in April."
    )
    quotes = [q for q in analyze(text, {"language": "en"}).quotes if q.kind == "direct"]
    assert [(q.text[:18], q.speaker) for q in quotes] == [("The crossing is sa", "Ilse Varga")]
