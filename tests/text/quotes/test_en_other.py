"""One invented English sentence per rule of the en-other round: a speaker named in the
object of the sentence's verb is not the subject who said the words; a passive question
verb is said by its agent, however far its quote."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_role_opening_the_sentence_speaks_not_the_name_after_its_verb() -> None:
    text = (
        "Treasurer Ilse Varga praised the new port on Monday.\n\n"
        "The treasurer also lauded Oskar Brandt, whose term ends in May, for the “bold and "
        "needed reforms at the harbour board.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "bold and needed reforms") == "Ilse Varga"


def test_a_passive_question_verb_is_said_by_its_far_agent() -> None:
    text = (
        "Ilse Varga was asked by host Oskar Brandt, who has backed her since the spring but "
        "doubts her plan, “Now, you said the budget was settled, so why reopen it today?”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Now, you said the budget was settled") == "Oskar Brandt"


def test_a_passive_verb_leaves_a_later_clause_to_its_own_subject() -> None:
    text = (
        "The hearing ran late on Friday.\n\n"
        "Ilse Varga was told by Oskar Brandt that the vote would wait, and she called it “a "
        "disgrace to the whole of the harbour board.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a disgrace to the whole") == "Ilse Varga"
