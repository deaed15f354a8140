"""English full names a surname stands for, and family members sharing one surname (invented
text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_surname_takes_a_full_name_whose_first_name_is_unknown() -> None:
    text = (
        "Zorvath Quillane opened the new clinic in Marlow on Monday.\n\n"
        "“We waited ten years for this,” Quillane said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We waited ten years") == "Zorvath Quillane"


def test_a_name_of_several_words_takes_its_longer_form() -> None:
    text = (
        "Tavu Rinh Soe Thet led the march through the capital.\n\n"
        "“We are not afraid of them,” Soe Thet said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are not afraid") == "Tavu Rinh Soe Thet"


def test_a_capitalised_common_word_before_a_surname_is_no_first_name() -> None:
    text = (
        "Maybe Quillane will sign the lease. Nobody knows, and maybe nobody cares.\n\n"
        "“We waited ten years for this,” Quillane said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We waited ten years") == "Quillane"


def test_a_surname_that_is_a_grammar_word_speaks() -> None:
    text = (
        "Columnist Ann Will attacked the mayor on Sunday.\n\n"
        "“The mayor has failed the city and its people,” Will wrote.\n\n"
        "Will also said the plan was “a disaster for every family in town.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The mayor has failed") == "Ann Will"
    assert speaker_of(quotes, "a disaster for every family") == "Ann Will"


def test_a_first_name_alone_takes_the_one_full_name_it_starts() -> None:
    text = (
        "The bakery on Dole Street belongs to Marta Kolin and her brother.\n\n"
        "“We bake every night, even on holidays,” Marta said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We bake every night") == "Marta Kolin"


def test_a_surname_met_as_a_campaign_then_speaking_takes_the_full_name() -> None:
    text = (
        "Nora Quill Takes Her Fight To The Valley\n\n"
        "The Quill campaign spent heavily in the valley this month.\n\n"
        "“We will win every county here,” Quill said on Friday."
    )
    _, quotes, _ = read(text, "en", {0: "title"})
    assert speaker_of(quotes, "We will win every county") == "Nora Quill"


def test_a_full_name_before_a_possessive_inside_a_run_completes_its_surname() -> None:
    text = (
        "Critics have long questioned Nora Quill's Harbour Plan.\n\n"
        "“The plan is working,” Ms. Quill said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The plan is working") == "Nora Quill"


def test_a_hometown_and_its_state_after_a_name_are_not_part_of_it() -> None:
    text = (
        "“We need better jobs here,” Rina Volk, 30, of Marlow, Fla., who was polled, said.\n\n"
        "“Prices keep rising,” said Omar Teller, 44, of Dunmore, Ohio."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We need better jobs") == "Rina Volk"
    assert speaker_of(quotes, "Prices keep rising") == "Omar Teller"


def test_a_first_name_joined_to_a_full_name_shares_its_surname() -> None:
    text = (
        "Her parents, Zora and Milan Quillane, ran the farm for decades.\n\n"
        "“We never gave up on it,” Zora said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We never gave up") == "Zora Quillane"


def test_a_place_joined_to_a_name_shares_nothing() -> None:
    people, _, _ = read("The attacks in Paris and San Dimas shook the country.", "en")
    assert "Paris Dimas" not in [p.name for p in people]


def test_a_surname_alone_is_not_the_relative_named_last() -> None:
    text = (
        "Senator Nora Quill campaigned in Dunmore on Monday with her husband, Bo Quill.\n\n"
        "“We will win this state,” Quill said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will win this state") == "Nora Quill"


def test_a_hometown_and_its_region_before_the_verb_stay_in_the_subject() -> None:
    text = (
        "Rina Volk of Marlow, South Carolina says she is “very hopeful about the race this year.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "very hopeful about the race") == "Rina Volk"
