"""English names as a reader shows them: one sentence per rule of ``people.names`` and the
registry that the English pack drives (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of
from tests.text.quotes.test_people import names_in


def test_a_title_inside_the_run_is_not_part_of_the_name() -> None:
    assert names_in("Vermont Gov. Ada Quist spoke.", "en") == [("Ada Quist", "person")]
    assert names_in("Retired Lt. Gen. Omar Bellweather spoke.", "en") == [
        ("Omar Bellweather", "person")
    ]


def test_a_department_left_after_a_title_is_not_part_of_the_name() -> None:
    assert names_in("Utah Secretary of State Lena Marsh spoke.", "en") == [("Lena Marsh", "person")]


def test_a_place_after_a_full_name_is_not_part_of_it() -> None:
    _, quotes, _ = read("“We will hold the line,” said Sen. Carl Devers of Nebraska.", "en")
    assert speaker_of(quotes, "We will hold the line") == "Carl Devers"


def test_middle_initials_and_suffixes_are_left_out_of_the_name() -> None:
    text = (
        "“The bill is dead,” said Martha Q. Renwick.\n\n"
        "“It will come back,” said Thomas Albright III."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The bill is dead") == "Martha Renwick"
    assert speaker_of(quotes, "It will come back") == "Thomas Albright"


def test_a_headline_with_a_full_stop_names_no_speaker() -> None:
    text = (
        "Nadia Orlov Takes On The Harbour Board Over Fees.\n\n"
        "“The fees are too high,” Orlov said at the meeting."
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The fees are too high") == "Nadia Orlov"
    assert [p.name for p in people] == ["Nadia Orlov"]  # from the headline, not the headline


def test_a_surname_takes_the_full_name_given_later() -> None:
    text = "“We start today,” Quandt said.\n\nOnly later did Priya Quandt explain the plan."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We start today") == "Priya Quandt"


def test_a_role_in_apposition_makes_two_capitalised_words_a_person() -> None:
    text = "Zorya Pellam, an adviser to the campaign, spoke first.\n\n“We are ready,” Pellam said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are ready") == "Zorya Pellam"


def test_a_capitalised_particle_that_is_a_first_name_starts_the_name() -> None:
    assert names_in("By noon, the Rev. Al Brandt took calls.", "en") == [("Al Brandt", "person")]


def test_a_surname_does_not_grow_into_a_full_name_of_the_other_gender() -> None:
    text = (
        "“It is about me,” Mr. Okoro said.\n\n"
        "His wife, Grace Okoro, stayed home.\n\n"
        "“We will see,” Mr. Okoro added later."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will see") == "Okoro"


def test_a_party_label_alone_is_not_a_speaker() -> None:
    _, quotes, _ = read("“The budget is a fraud,” one senior Republican said.", "en")
    assert speaker_of(quotes, "The budget is a fraud") is None


def test_a_role_noun_right_before_two_capitalised_words_makes_them_a_person() -> None:
    text = (
        "The campaign’s spokeswoman Melzie Fontanar denied it.\n\n“We were invited,” Fontanar said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We were invited") == "Melzie Fontanar"


def test_the_body_after_a_surname_is_cut_off() -> None:
    text = (
        "Peter Jarrow watched the vote.\n\n"
        "“It was the least bad outcome,” said Jarrow of the Fenland Club."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It was the least bad outcome") == "Peter Jarrow"


def test_curly_and_straight_apostrophes_name_the_same_person() -> None:
    text = "Chief Liam O’Dwyer arrived.\n\n“Nothing yet,” said O'Dwyer."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Nothing yet") == "Liam O’Dwyer"


def test_a_place_of_two_words_met_as_an_organisation_does_not_become_a_person() -> None:
    text = (
        "Towns vote early under the New Dorland charter.\n\n"
        "Speaking at a diner in Arlo, New Dorland, Tomas Velk went after his rival.\n\n"
        "He says, “This man would not last a day in business.”"
    )
    people, quotes, _ = read(text, "en")
    assert [p.name for p in people if p.kind == "person"] == ["Tomas Velk"]
    assert speaker_of(quotes, "would not last") == "Tomas Velk"


def test_the_body_after_a_titled_or_full_name_is_not_part_of_it() -> None:
    assert names_in("The fund is run by Tomas Harlan of Ridgeway Capital Group.", "en") == [
        ("Tomas Harlan", "person")
    ]
    _, quotes, _ = read("“We are ready,” said Sen. Sherrod Vell of Ohio.", "en")
    assert speaker_of(quotes, "We are ready") == "Sherrod Vell"


def test_a_first_name_only_usually_a_womans_may_complete_mr() -> None:
    text = (
        "Mr. Lindqvist has found ways to win.\n\n"
        "Senator Bernie Lindqvist, who opposed the bill, spoke.\n\n"
        "“We will win,” Mr. Lindqvist said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will win") == "Bernie Lindqvist"


def test_a_modal_or_a_role_that_is_a_first_name_starts_a_full_name() -> None:
    text = "“Fees rose,” said Will Ostrander, a tutor.\n\n“They will fall,” said Dean Pulaski."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Fees rose") == "Will Ostrander"
    assert speaker_of(quotes, "They will fall") == "Dean Pulaski"


def test_a_full_name_inside_someones_words_completes_a_surname() -> None:
    text = "“You have ignored Nora Quill for years,” Ames said.\n\n“Not so,” Quill said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Not so") == "Nora Quill"


def test_a_local_office_before_a_full_name_is_a_title() -> None:
    assert names_in("Avon County Recorder Helena Purdy spoke.", "en") == [
        ("Helena Purdy", "person")
    ]


def test_a_word_of_titles_after_an_honorific_alone_is_a_surname() -> None:
    text = "The king of the fair waved. “The pier must reopen this winter,” Mr. King said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier must reopen") == "King"


def test_a_plural_title_before_a_first_name_is_not_part_of_the_name() -> None:
    assert names_in("Senators Mitchell Orr and Ann Blay met.", "en") == [
        ("Mitchell Orr", "person"),
        ("Ann Blay", "person"),
    ]


def test_a_run_ending_with_an_abbreviated_title_names_no_one() -> None:
    _, quotes, _ = read("“We act now,” said former Avon Gov. and party chief Ed Rendle.", "en")
    assert speaker_of(quotes, "We act now") != "Avon Gov"


def test_a_headline_of_two_sentences_names_no_speaker() -> None:
    text = (
        "Nadia Orlov Just Took On The Harbour Board. That Is A First.\n\n"
        "“The fees are too high,” Orlov said at the meeting."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The fees are too high") == "Nadia Orlov"


def test_mrs_and_a_surname_is_the_woman_of_that_surname() -> None:
    text = (
        "Tomas Abadi called Nadia Abadi on Sunday. Her husband, Tomas Abadi, was free.\n\n"
        "“I could see his love,” Mrs. Abadi wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I could see his love") == "Nadia Abadi"


def test_a_person_met_before_ends_before_the_place_after_the_age() -> None:
    text = "Mayra Gonzo came too.\n\n“It is a great day for us,” said Gonzo, 55, of Brigantine."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It is a great day") == "Mayra Gonzo"


def test_a_full_name_after_for_a_young_keeps_its_first_name() -> None:
    assert names_in("It was good for a young John Ellis Brandt.", "en") == [
        ("John Ellis Brandt", "person")
    ]


def test_a_label_opening_the_sentence_is_not_part_of_the_full_name_after_it() -> None:
    text = "Korean-born Monte Hale holds little hope.\n\n“We lost,” said Hale."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We lost") == "Monte Hale"


def test_mrs_and_a_surname_is_a_person_not_a_body_named_after_one() -> None:
    text = (
        "Ann Marlow joined the board of the Bo, Ann and Eve Marlow Foundation.\n\n"
        "“We keep these matters apart,” Mrs. Marlow said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We keep these matters apart") == "Ann Marlow"
