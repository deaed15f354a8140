"""The indexes that let a quote read only the words near it give what a full pass gives."""

from __future__ import annotations

import pytest

from bot.text.lang import pack
from bot.text.marks import first_quote, quote_spans
from bot.text.model import Paragraph
from bot.text.quotes.people.runs import NameRuns, capitalised_runs
from bot.text.quotes.sentences import sentences_of
from bot.text.quotes.tokens import alone_on_line

MARKED = [
    "Il a dit « oui » puis « non », et « peut-être ».",
    'She said "yes" and then "no "maybe" she added.',
    "« Ouvert « dedans » encore, a-t-il dit",
    "“We will,” he said, “not now”“ and ‘never’ again.",
    "Le mot ''stop'' et « fin » ici",
]


@pytest.mark.parametrize("text", MARKED)
def test_first_quote_is_the_first_pair_of_a_full_scan(text: str) -> None:
    for start in range(len(text)):
        spans = quote_spans(text, start, len(text))
        assert first_quote(text, start, len(text)) == (spans[0] if spans else None)


def test_words_before_a_position_and_runs_between_two() -> None:
    text = "Selon Jean Dupont, « tout va bien » et Marie Curie a dit « non » hier à Paris."
    sentence = sentences_of(text, Paragraph(0, "body", text, 0), [], "fr")[0]
    lang = pack("fr")
    for position in range(len(text) + 1):
        before = [k for k, t in enumerate(sentence.tokens) if t.end <= position]
        assert sentence.ended_by(position) == len(before)
        unquoted = [sentence.tokens[k] for k in before if not sentence.quoted[k]]
        assert list(sentence.unquoted_before(position)) == unquoted[::-1]
    runs = capitalised_runs(sentence.tokens, lang)
    for low in range(len(sentence.tokens)):
        for high in range(low, len(sentence.tokens) + 1):
            expected = [r for r in runs if low <= r[0] < high]
            assert NameRuns.of(sentence.tokens, lang).between(low, high, None) == expected


def test_reading_out_from_a_quote_to_its_line_breaks() -> None:
    text = "Titre\n  « Oui »  \nselon le journal Le Soir"
    opened, closed = text.index("«"), text.index("»")
    assert alone_on_line(text, opened, closed + 1)
    assert not alone_on_line(text, opened + 2, closed + 1)
