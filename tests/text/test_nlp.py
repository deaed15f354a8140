"""spaCy parsing: one Doc per paragraph, however long the paragraph."""

from __future__ import annotations

import pytest

from bot.text.nlp import PIECE_CHARS, _pieces, parse


def test_a_long_paragraph_is_cut_at_sentence_starts_into_pieces_that_join_back() -> None:
    text = "Le conseil a voté le budget mardi soir. " * 1000
    pieces = _pieces(text, "fr")
    assert "".join(pieces) == text
    assert all(len(piece) <= PIECE_CHARS for piece in pieces)
    assert all(piece.startswith("Le conseil") for piece in pieces)


def test_a_run_without_sentence_end_or_space_is_still_cut() -> None:
    text = "x" * (3 * PIECE_CHARS)
    assert "".join(_pieces(text, "en")) == text
    assert len(_pieces(text, "en")) == 3


@pytest.mark.slow
def test_a_paragraph_parsed_in_pieces_is_one_doc_with_the_paragraph_text() -> None:
    sentence = "Le maire de Lyon, Bruno Caron, a reçu Anne Morel à Paris mardi. "
    text = sentence * (2 * PIECE_CHARS // len(sentence))
    long_doc, short_doc = parse([text, sentence], "fr")
    assert long_doc.text == text
    assert short_doc.text == sentence
    assert len(long_doc.ents) >= len(short_doc.ents) * (len(text) // len(sentence)) // 2
