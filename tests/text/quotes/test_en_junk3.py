"""One invented English sentence per rule that keeps a nationality or page furniture out of
speakers' names."""

from __future__ import annotations

from bot.text.document import paragraph_kind
from tests.text.quotes.reading import read, speaker_of


def test_a_nationality_before_unnamed_officials_is_no_speaker() -> None:
    text = (
        "The dam broke overnight. The water reached the roofs within an hour, the Yemeni "
        "officials said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The water reached the roofs", kind="indirect") is None


def test_a_call_to_like_a_page_after_a_question_is_page_furniture() -> None:
    assert paragraph_kind("Do you support Ilse Varga? Like the page:") == "promo"


def test_mp_before_a_name_is_a_role_not_part_of_the_name() -> None:
    text = "Varzan: MP Esmatullah Koravi says: “People have seen strangers in the hills all week.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "People have seen strangers") == "Esmatullah Koravi"


def test_an_organisation_noun_before_plural_documents_names_no_speaker() -> None:
    text = "Court documents said Ilse Varga “had no plan to pay back the loan at all.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "had no plan to pay back") is None


def test_two_hyphenated_nationalities_before_a_name_are_a_label() -> None:
    text = "“I missed my sister every single day,” says Cambodian-American Ly Sovanrith, in Ohio."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I missed my sister") == "Ly Sovanrith"


def test_intelligence_is_a_department_inside_a_title() -> None:
    text = "“The threat is growing every month,” said director of National Intelligence Ilse Varga."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The threat is growing") == "Ilse Varga"


def test_a_promo_lead_in_capitals_is_no_speaker() -> None:
    text = "The boats left at dawn. READ MORE: “A long night at sea” is the story of the crossing."
    _, quotes, _ = read(text, "en")
    assert not [q for q in quotes if q.speaker == "READ MORE"]


def test_a_name_before_a_chapter_and_verse_is_a_book_cited() -> None:
    text = (
        "The pastor quoted scripture to the crowd.\n\nEzekiel 12:3 reads: “Thus says the Lord to "
        "his anointed, to the king of the plain.”"
    )
    _, quotes, _ = read(text, "en")
    assert not [q for q in quotes if q.speaker == "Ezekiel"]


def test_del_without_its_full_stop_is_a_surname_particle() -> None:
    text = "“Monsters are the saints of imperfection,” said Benicio Del Varga."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Monsters are the saints") == "Benicio Del Varga"
