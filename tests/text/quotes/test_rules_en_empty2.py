"""Named speakers the English rules used to leave empty: one invented case per rule."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_line_ending_with_a_colon_introduces_the_quote_below_it() -> None:
    text = (
        "Crime rose in the city.\n\nReporter Idris Maplethorpe says:\n\n"
        "“The situation there is a frontline and it is getting worse by the hour.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "getting worse by the hour") == "Idris Maplethorpe"


def test_a_year_and_a_party_before_the_role_in_apposition_make_a_name() -> None:
    text = (
        "Talks went on. Brisk Quillfeather, the 2012 Republican presidential nominee, "
        "replied: “Thugs silence reporters; we stop terrorists.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Thugs silence reporters") == "Brisk Quillfeather"


def test_a_definite_role_after_a_place_of_two_words_is_the_person_followed() -> None:
    text = (
        "Orla Brennick was clocking her 44th day on the trail. Sooner or later, "
        "the New Dorland governor told reporters, “it starts to pay off for all of us.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "it starts to pay off") == "Orla Brennick"


def test_a_frontrunner_is_a_role_the_person_followed_holds() -> None:
    text = (
        "Orla Brennick wants the district to become a state. The Democratic frontrunner wrote "
        "that “the district is often neglected when it comes to federal money.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "often neglected") == "Orla Brennick"


def test_a_name_inside_an_aside_between_dashes_is_not_the_subject() -> None:
    text = (
        "Jo Vell met Tom Quillfeather. As Vell spoke of rhetoric — especially where Republican "
        "frontrunner Dan Petrov is concerned — Quillfeather responded with a phrase: "
        "“Do not moan to me about these problems.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Do not moan to me") == "Tom Quillfeather"


def test_the_party_label_alone_is_the_person_followed() -> None:
    text = (
        "Candidate Tom Quillfeather suggests cutting rules.\n\n"
        "“It might surprise you, but we should get rid of the excess,” the Republican said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It might surprise you") == "Tom Quillfeather"


def test_a_sentence_ending_on_where_it_was_said_announces_the_next_quote() -> None:
    text = (
        "The count closed.\n\nJo Vell, the spokeswoman for the party said in a statement. "
        "“There are no paper ballots to recount at all this year.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "no paper ballots") == "Jo Vell"


def test_pressed_after_a_question_is_a_speech_verb() -> None:
    text = "Jo Vell met Tom Quillfeather.\n\n“Would it be negotiable about the fees?” Vell pressed."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Would it be negotiable") == "Jo Vell"


def test_a_role_at_a_body_then_the_name_after_a_comma() -> None:
    text = (
        "“It was his first statement to his father,” said his best friend at Harlow, "
        "Tom Quillfeather."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "his first statement") == "Tom Quillfeather"


def test_an_apposed_name_may_have_an_initial() -> None:
    text = (
        "“There will be eight judges,” said another leading Harbour Court advocate, "
        "Tom J. Quillfeather."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "eight judges") == "Tom Quillfeather"


def test_a_name_suffix_inside_the_clause_is_no_sentence_end() -> None:
    text = "“It works as a way to sell books,” Tom B. Quillfeather Jr., the director, said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "sell books") == "Tom Quillfeather"


def test_an_acronym_may_open_the_attribution_sentence() -> None:
    text = "“The state is proud to cast its votes!” US Senator Tom Quillfeather said as he began."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "proud to cast") == "Tom Quillfeather"


def test_two_titles_joined_before_one_name() -> None:
    text = (
        "“That is what he did in 2008,” said former Ohio Gov. and Harbour Party Chairman "
        "Tom Quillfeather."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "what he did in 2008") == "Tom Quillfeather"


def test_a_capitalised_title_word_is_no_speech_verb() -> None:
    text = "“You must be exhausted,” former State policy director Tom Quillfeather wrote to her."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "You must be exhausted") == "Tom Quillfeather"


def test_a_currency_sign_before_a_number_goes_on_with_the_clause() -> None:
    text = "“They have to feed their kids,” Fight for $15 director Tom Quillfeather told a radio."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "feed their kids") == "Tom Quillfeather"


def test_an_as_clause_at_the_head_of_the_colon_sentence_names_the_speaker() -> None:
    text = (
        "The debate ended.\n\nOf course, as Tom Quillfeather of the Harlow Post observed, the "
        "biggest victor was not on the stage, it was the stage itself:\n\n"
        "“The clear winner of the night was the network, which ran two lively sessions.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The clear winner") == "Tom Quillfeather"


def test_a_pronoun_before_when_is_not_the_subject_of_the_named_speaker() -> None:
    text = (
        "Two leakers clashed on Thursday. It started when Tom Quillfeather tweeted that the "
        "group’s “hostility to even modest curation” was a mistake."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "hostility to even modest curation") == "Tom Quillfeather"


def test_a_definite_role_opening_the_clause_is_the_subject_of_a_later_participle() -> None:
    text = (
        "Tom Quillfeather spoke over boos.\n\nThe Ohio senator sought to calm his supporters, "
        "and took a heckler in stride, saying the man would “not get beat up” at his rally."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "not get beat up") == "Tom Quillfeather"


def test_a_place_and_a_party_label_stand_for_the_person_followed() -> None:
    text = (
        "Speaker Tom Quillfeather says the world is watching.\n\nIn an interview Thursday, the "
        "Ohio Republican said allies wanted to know if the country is “still in the game.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "still in the game") == "Tom Quillfeather"


def test_a_quote_as_subject_then_its_predicate_then_the_speaker() -> None:
    text = "“Boots on the ground” would be right, Republican candidate Tom Quillfeather said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Boots on the ground") == "Tom Quillfeather"


def test_reported_speech_after_where_it_was_said_goes_on_in_the_next_quote() -> None:
    text = (
        "Tom Quillfeather is a pollster.\n\nQuillfeather elaborated in an editorial piece for "
        "The Harlow Post that delegates pledged to the mayor may reconsider.\n\n"
        "“A win in the west would powerfully underscore her weakness as a candidate.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "powerfully underscore") == "Tom Quillfeather"


def test_while_adding_goes_on_with_the_subject_past_a_possessive_name() -> None:
    text = (
        "Tom Quillfeather will skip the convention. Jo Vell will be there.\n\nQuillfeather "
        "insisted it was “premature” to back Vell’s campaign while adding on the climate, "
        "“I have no doubt that her heart is in the right place.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "her heart is in the right place") == "Tom Quillfeather"
