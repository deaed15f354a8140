"""One invented sentence per rule that keeps words which are not speech out of the quotes
(task en-precision2)."""

from __future__ import annotations

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
