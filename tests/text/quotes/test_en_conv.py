"""One invented English sentence per rule for quotes with no speech cue in their own
sentence: who the narration around them puts forward."""

from __future__ import annotations

from bot.text import analyze
from tests.text.quotes.reading import read, speaker_of


def test_a_quote_after_a_named_subject_describing_someone_is_the_subjects() -> None:
    text = (
        "Oren Malk ran the mill for ten years. His old friend from the navy, Petra Lindqvist, "
        "called him a patient builder. “He never once raised his voice with the crews.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "He never once raised his voice") == "Petra Lindqvist"


def test_a_role_read_from_a_definite_role_does_not_push_its_holder_behind_others() -> None:
    text = (
        "Marek Tollan will raise taxes on land, Ilse Varga said Monday.\n\n"
        "“It is a fair plan for farmers,” the retired surgeon told a radio show.\n\n"
        "The former Republican senator continued, saying, “Nobody else will fix the roads.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Nobody else will fix the roads") == "Ilse Varga"


def test_a_quote_opening_a_line_after_a_full_sentence_starts_a_paragraph() -> None:
    text = (
        "Budget vote delayed\n\n"
        "The council met on Monday.\n"
        "“This plan will close the library on Sundays,” Rona Ilves said.\n"
        "“It is a fair deal for every family in town,” added Pavel Strom.\n\n"
        "The vote is next week."
    )
    article = analyze(text)
    assert [p.text[:12] for p in article.paragraphs][1:4] == [
        "The council ",
        "“This plan w",
        "“It is a fai",
    ]


def test_an_unknown_word_before_a_family_surname_next_to_her_relative_is_a_new_person() -> None:
    text = (
        "The crash killed Tomas Arvid Kerrin, a 51-year-old farmer.\n\n"
        "Zyrelle Kerrin can be heard on the tape begging her husband to stop.\n\n"
        "“Please come back to the car,” she says."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Please come back to the car") == "Zyrelle Kerrin"
