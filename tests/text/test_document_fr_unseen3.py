"""Sentence cuts in French text that lost its spaces when it was scraped."""

from __future__ import annotations

from bot.text.document import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, "fr")]


def test_a_quote_closed_after_its_own_stop_then_a_glued_stop_ends_the_sentence() -> None:
    text = 'Pour Marc, "c\'est fini !".Anne Morel pense autrement.'
    assert _sentences(text) == ['Pour Marc, "c\'est fini !".', "Anne Morel pense autrement."]


def test_an_acronym_then_a_glued_stop_ends_the_sentence() -> None:
    text = "Elle l'a dit à l'AFP.Paul Garnier répond."
    assert _sentences(text) == ["Elle l'a dit à l'AFP.", "Paul Garnier répond."]


def test_a_number_then_a_glued_stop_ends_the_sentence() -> None:
    text = "Il l'a dit sur Radio 2.Le maire répond."
    assert _sentences(text) == ["Il l'a dit sur Radio 2.", "Le maire répond."]


def test_a_glued_sentence_may_open_with_a_one_letter_word() -> None:
    text = "Il a parlé à Paul Garnier.A la fin, il est parti."
    assert _sentences(text) == ["Il a parlé à Paul Garnier.", "A la fin, il est parti."]
