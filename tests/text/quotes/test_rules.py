"""One sentence per rule of the quote engine that the article tests (tests/text/test_quotes.py)
do not pin down on their own: each test names the rule it holds."""

from __future__ import annotations

import pytest

from bot.text.model import Paragraph
from bot.text.quotes.sentences import MAX_SENTENCE_CHARS, sentences_of
from tests.text.quotes.reading import direct, read, speaker_of

# --- candidates: what is not speech ------------------------------------------------------------


def test_a_short_capitalised_name_in_marks_is_a_title_not_a_quote() -> None:
    _, quotes, _ = read("She appeared on “Morning Report” and on “The Evening Hour.”", "en")
    assert direct(quotes) == []


@pytest.mark.parametrize("title", ["Here's the Point.", "Storm Town 2: No!", "The Drowning."])
def test_a_title_with_a_contraction_a_subtitle_or_a_full_stop_is_not_a_quote(title: str) -> None:
    _, quotes, _ = read(f"“It was fun,” Ann Reed said of the film “{title}”", "en")
    assert [q.text for q in direct(quotes)] == ["It was fun"]


@pytest.mark.parametrize("said", ["Absolutely", "Harbour Trust is Lone Star"])
def test_capitalised_words_opening_a_sentence_with_a_comma_in_marks_are_speech(said: str) -> None:
    _, quotes, _ = read(f"“{said},” Ann Reed said when asked about the vote.", "en")
    assert speaker_of(quotes, said) == "Ann Reed"


def test_a_term_after_a_scare_marker_is_not_a_quote() -> None:
    _, quotes, _ = read("Officials used the term “managed retreat” on Monday, she said.", "en")
    assert direct(quotes) == []


def test_a_title_opening_a_sentence_that_a_relative_clause_goes_on_about_is_no_quote() -> None:
    text = "“It went well,” Ann Reed said.\n\n“Tidewater,” which airs on cable, is a drama."
    _, quotes, _ = read(text, "en")
    assert [q.text for q in direct(quotes)] == ["It went well"]


def test_a_term_set_off_by_a_comma_after_its_scare_marker_is_not_a_quote() -> None:
    text = "Mayor Lena Ortiz avoided the loaded term, “managed retreat,” she said on Monday."
    _, quotes, _ = read(text, "en")
    assert direct(quotes) == []


def test_a_short_quote_without_a_speech_act_is_dropped() -> None:
    _, quotes, _ = read("The “temporary” bridge has stood for forty years.", "en")
    assert direct(quotes) == []


# --- sentences ---------------------------------------------------------------------------------


def test_a_run_without_a_full_stop_is_read_in_bounded_pieces() -> None:
    text = "Il a dit que « oui » et " * 2000
    sentences = sentences_of(text, Paragraph(0, "body", text, 0), [], "fr")
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE_CHARS
    assert sentences[0].start == 0 and sentences[-1].end == len(text)


# --- cues: where the speech act is -------------------------------------------------------------


def test_a_short_attribution_sentence_after_the_quote_names_the_speaker() -> None:
    text = "Mayor Ruth Adeyemi opened the bridge.\n\n“It took ten years.” Adeyemi said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It took ten years") == "Ruth Adeyemi"


def test_a_dash_after_the_quote_introduces_its_author() -> None:
    _, quotes, _ = read("“Cities are built by their citizens” — Jane Holloway", "en")
    assert speaker_of(quotes, "Cities are built") == "Jane Holloway"


def test_a_paragraph_ending_with_a_colon_introduces_the_quote_below() -> None:
    text = "Union leader Dana Whitfield did not hold back:\n\n“We will strike in May.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will strike in May") == "Dana Whitfield"


def test_a_quote_inside_reported_speech_takes_its_speaker() -> None:
    text = (
        "Lena Fry said on Monday that the hall, which was built in 1902 for the town, "
        "needed “a new roof.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a new roof") == "Lena Fry"
    assert speaker_of(quotes, "the hall, which was built", "indirect") == "Lena Fry"


# --- subjects: who the clause names ------------------------------------------------------------


def test_a_spokesperson_for_an_unknown_name_speaks_for_that_organisation() -> None:
    _, quotes, _ = read("“We are reviewing it,” said a spokesperson for Tallis Freight.", "en")
    assert speaker_of(quotes, "We are reviewing it") == "Tallis Freight"


def test_the_subject_of_the_verb_s_own_clause_speaks() -> None:
    text = "Speaking in Dayton, Ohio, Senator Mara Quinn said: “The plant stays open.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The plant stays open") == "Mara Quinn"


def test_a_possessive_is_not_the_subject() -> None:
    text = "Ruth Hollis runs the firm.\n\nHollis’s spokeswoman Amy Tan said: “No comment.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "No comment") == "Amy Tan"


def test_they_is_a_group_left_unnamed() -> None:
    text = "Two nurses, Ada Lim and Bo Park, quit.\n\n“We were exhausted,” they said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We were exhausted") is None


def test_a_headline_names_nobody() -> None:
    text = "Council Backs Harbour Plan Despite Protests\n\n“It is done,” said the mayor."
    people, _, _ = read(text, "en", {0: "title"})
    assert people == ()


# --- indirect speech ---------------------------------------------------------------------------


def test_reported_speech_ending_with_the_attribution() -> None:
    text = "The council will vote on the budget in March, Mayor Ines Porto said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The council will vote", "indirect") == "Ines Porto"


def test_a_partial_quote_after_a_verb_that_names_it_goes_to_the_verb_s_subject() -> None:
    text = "Governor Alan Reyes called the proposal “a gift to the polluters” on Friday."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a gift to the polluters") == "Alan Reyes"


# --- settling unattributed quotes --------------------------------------------------------------


def test_a_full_unattributed_sentence_after_reported_speech_keeps_its_speaker() -> None:
    text = (
        "Nadia Koval said that the port would reopen on Monday.\n\n"
        "“Every ship will be inspected before it docks here again.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Every ship will be inspected") == "Nadia Koval"


def test_a_full_unattributed_sentence_with_nobody_before_it_has_no_speaker() -> None:
    _, quotes, _ = read("“Every ship will be inspected before it docks here again.”", "en")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None)]


@pytest.mark.slow
def test_an_inverted_pronoun_points_to_the_person_just_named() -> None:
    text = "Le maire, Paul Aubry, a reçu la ministre Lise Caron.\n\n« Rien n'est joué », dit-elle."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Rien n'est joué") == "Lise Caron"


def test_an_anonymous_source_stays_unnamed_whoever_the_phrase_names() -> None:
    text = (
        "The Harbour Authority met on Monday.\n\n"
        "“The deal is done,” said sources close to the authority."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The deal is done") is None
