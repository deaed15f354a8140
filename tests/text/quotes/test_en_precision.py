"""One invented sentence per rule that keeps words in marks which are not speech out of the
quotes (task en-precision)."""

from __future__ import annotations

from tests.text.quotes.reading import direct, fold, read


def _quoted(text: str, language: str = "en") -> list[str]:
    _, quotes, _ = read(text, language)
    return [fold(q.text) for q in direct(quotes)]


def test_a_headline_followed_by_its_byline_is_not_a_quote() -> None:
    text = (
        "Sign up for the newsletter.\n\n—“Harbour ferry to run all night from next spring,” "
        "by the Gazette's Ilse Varga http://example.com/a1."
    )
    assert not any("harbour ferry to run" in q for q in _quoted(text))


def test_a_quote_inside_a_noun_phrase_before_by_stays_a_quote() -> None:
    text = (
        "Mayor Ilse Varga said the “reckless and unworthy remarks, made in haste,” by her rival "
        "had hurt the city."
    )
    assert any("reckless and unworthy remarks" in q for q in _quoted(text))


def test_a_french_headline_followed_by_its_byline_is_not_a_quote() -> None:
    text = (
        "Notre revue de presse du jour.\n\n« Le bac à vapeur circulera toute la nuit dès le "
        "printemps », par Ilse Varga."
    )
    assert not any("bac à vapeur" in q for q in _quoted(text, "fr"))


def test_a_single_letter_in_marks_is_not_a_quote() -> None:
    text = "In the booth, they simply push the button for “R,” or “D,” as they always have."
    assert _quoted(text) == []


def test_a_web_address_after_a_stray_closing_mark_is_not_a_quote() -> None:
    text = (
        'Ilse Varga wrote that the ferry would run all night from spring." http://example.com/a1.'
    )
    assert not any("example.com" in q for q in _quoted(text))


def test_words_in_marks_as_the_subject_of_is_a_are_cited_words() -> None:
    text = (
        "The agency marked the file. “Non-paper” is a diplomatic term for a draft, Ilse Varga "
        "wrote."
    )
    assert _quoted(text) == []


def test_french_words_in_marks_as_the_subject_of_est_le_are_cited_words() -> None:
    text = (
        "L’agence a classé 22 lettres. « Secret défense » est le plus haut niveau de "
        "classification, a expliqué Ilse Varga."
    )
    assert _quoted(text, "fr") == []


def test_so_called_broken_after_its_hyphen_still_marks_a_term() -> None:
    text = (
        "Ilse Varga said the trade deal would pass. The so- called “special relationship” with "
        "Lisbon has been the cornerstone of the harbour since the war."
    )
    assert _quoted(text) == []
