"""Quote-mark pairing, shared by quote attribution and the sentence splitter."""

from __future__ import annotations

from bot.text.marks import DOUBLED, quote_spans, scan


def _pairs(text: str) -> list[tuple[str, str | None]]:
    """(quoted text, closing mark) of each top-level pair; None when left open."""
    return [
        (
            text[span.words_at : span.words_end if span.words_end is not None else len(text)],
            text[span.words_end : span.close_at + 1] if span.words_end is not None else None,
        )
        for span in quote_spans(text)
    ]


def test_an_apostrophe_inside_a_british_quote_does_not_close_it():
    text = "He said ‘it’s over’ and left."
    assert _pairs(text) == [("it’s over", "’")]


def test_low_and_high_marks_pair_and_a_nested_quote_stays_inside():
    assert _pairs("Er sagte: „Wir bauen.“ Dann ging er.") == [("Wir bauen.", "“")]
    text = "« Il m’a dit “jamais” hier », a-t-elle raconté."
    assert _pairs(text) == [(" Il m’a dit “jamais” hier ", "»")]
    depths = [(text[span.open_at], span.depth) for span in scan(text)]
    assert depths == [("«", 0), ("“", 1)]


def test_a_quote_left_open_runs_to_the_end_and_pairs_inside_it_are_kept():
    text = "“It was the first time. ‘Never again,’ she said"
    assert _pairs(text) == [(text[1:], None)]
    closed = [(span.open_at, span.close_at) for span in scan(text) if span.close_at is not None]
    assert closed == [(text.index("‘"), text.index("’"))]


def test_a_stray_straight_quote_spoils_only_its_own_quotation():
    text = 'Ils le disent "rigide, "froid" et "distant".'
    assert _pairs(text) == [("froid", '"'), ("distant", '"')]


def test_a_straight_quote_closes_when_neither_side_says_it_opens():
    assert _pairs('Il a dit "non."La suite') == [("non.", '"')]
    assert _pairs('Elle a crié : " Assez ! " puis elle est partie.') == [(" Assez ! ", '"')]


def test_a_closing_mark_closes_its_quote_past_a_mark_left_open_inside():
    text = "“He said ‘no. Then,” she said."
    assert _pairs(text) == [("He said ‘no. Then,", "”")]


def test_only_the_given_range_is_scanned():
    text = "« Un » puis « deux »"
    start = text.index("puis")
    assert [span.open_at for span in quote_spans(text, start, len(text))] == [text.index("« d")]


def test_a_quote_typed_with_one_straight_and_one_curly_mark_is_one_quote():
    assert _pairs('"We stay,” she said.') == [("We stay,", "”")]
    assert _pairs('“We stay," she said.') == [("We stay,", '"')]


def test_a_doubled_apostrophe_is_one_mark_and_the_apostrophes_inside_stay_words():
    text = "''It's Nora's turn,'' she said. ''We 'won' nothing.''"
    assert _pairs(text) == [("It's Nora's turn,", DOUBLED), ("We 'won' nothing.", DOUBLED)]


def test_backticks_open_a_quote_that_a_doubled_apostrophe_closes():
    assert _pairs("``We stay,'' she said.") == [("We stay,", DOUBLED)]


def test_three_apostrophes_open_or_close_a_doubled_quote_and_a_single_one_inside():
    text = "''He told me, 'never again,''' she said."
    assert _pairs(text) == [("He told me, 'never again,'", DOUBLED)]
    assert _pairs("'''No,' I said,'' she recalled.") == [("'No,' I said,", DOUBLED)]


def test_inches_and_a_doubled_apostrophe_after_a_word_open_nothing():
    assert _pairs("He stands 5'11'' tall; ''fit,'' they say.") == [("fit,", DOUBLED)]
    assert _pairs("Nils'' boat and l''État sank.") == []


def test_the_apostrophe_of_a_decade_or_of_a_possessive_after_a_full_stop_opens_nothing():
    assert _pairs("Since the '60s the U.N.'s record on 'aid' has grown.") == [("aid", "'")]
