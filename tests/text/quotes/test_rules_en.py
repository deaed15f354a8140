"""One invented English sentence per attribution rule learnt from PolNeAR train."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of
from tests.text.quotes.test_people import names_in


def test_the_person_a_role_names_speaks_not_the_organisation_before_it() -> None:
    text = "“The numbers are final,” said Harbour Trust spokesman Idris Maplethorpe."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The numbers are final") == "Idris Maplethorpe"


def test_a_relative_clause_between_name_and_verb_is_the_speakers() -> None:
    text = "“We will not back down,” Orla Brennick, who chairs the tenants’ union, said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will not back down") == "Orla Brennick"


def test_a_contracted_pronoun_is_a_subject() -> None:
    text = (
        "Mayor Dan Petrov spoke. He’s claiming the flooding is “a problem we can no longer hide.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a problem we can no longer hide") == "Dan Petrov"


def test_a_capitalised_first_word_never_written_lower_case_is_a_name() -> None:
    text = "Talks stalled. Norway insisted that the other side “stop its reckless games now.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "stop its reckless games now", kind="indirect") == "Norway"


def test_a_plural_opening_the_sentence_is_no_name() -> None:
    text = "Talks stalled. Analysts said the deal was “dead on arrival” by then."
    _, quotes, _ = read(text, "en")
    assert all(q.speaker is None for q in quotes)


def test_verbs_mined_from_train_introduce_quotes() -> None:
    text = (
        "The crowd gathered early. “Not one more mine!” chanted Delia Froom at the gate.\n\n"
        "Mayor Oskar Lind thanked the workers for “keeping the lights on all winter.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Not one more mine") == "Delia Froom"
    assert speaker_of(quotes, "keeping the lights on all winter") == "Oskar Lind"


def test_a_heading_in_capitals_is_not_a_name() -> None:
    assert names_in("FERRY STRIKE ENDS AFTER LONG TALKS", "en", speaker_slot=True) == []
    assert names_in("said NATO", "en", speaker_slot=True) == [("NATO", "organization")]


def test_four_words_in_marks_inside_a_paraphrase_are_a_quote() -> None:
    text = (
        "Senator Ilse Varga spoke at the mill on Friday. Varga pushed back on the "
        "“reckless and wasteful spending spree” of her rivals and their “green deal” talk."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "reckless and wasteful spending spree") == "Ilse Varga"
    assert not [q for q in quotes if "green deal" in q.text]


def test_a_pronoun_right_after_a_speech_verb_is_the_reported_clauses_subject() -> None:
    text = "Ines Carvalho, 70, said it was too early to celebrate but added, “We know already.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We know already") == "Ines Carvalho"


def test_said_then_adding_keeps_the_subject_of_said() -> None:
    text = "Ana Ruiz and Tom Bell meet soon, Ari Kemp said, adding, “They need a good talk.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "They need a good talk") == "Ari Kemp"


def test_an_apposition_with_a_role_a_few_words_in_is_the_speakers() -> None:
    text = "“He reads everything,” Bill Ostrow, a former Harlow campaign aide, said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "He reads everything") == "Bill Ostrow"


def test_a_name_after_a_role_noun_speaks_not_the_acronym_before() -> None:
    text = "“There is some nagging concern,” PAC spokeswoman Kellyanne Zarvo said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "There is some nagging concern") == "Kellyanne Zarvo"


def test_the_nevada_senator_is_the_senator_named_before() -> None:
    text = "Sen. Maria Olmo and Gov. Ed Brandt spoke. “We are done,” the Nevada senator said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are done") == "Maria Olmo"


def test_a_name_before_a_role_noun_modifies_it_and_an_indefinite_role_stays_unnamed() -> None:
    text = "Ed Harlow spoke. “We have no news,” a Harlow campaign aide said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We have no news") is None


def test_a_name_and_its_apposition_in_the_next_sentence_speak() -> None:
    text = "“How are you today?” Eva Mill, a retired nurse from the valley, said into the phone."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "How are you today") == "Eva Mill"


def test_an_outlets_possessive_and_a_places_initials_are_not_part_of_the_name() -> None:
    text = (
        "“We will win this state,” said Pollwell’s Jeffrey Jenks.\n\n"
        "“We will not,” said U.S. Chris Chrysler on Monday."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will win this state") == "Jeffrey Jenks"
    assert speaker_of(quotes, "We will not") == "Chris Chrysler"


def test_a_place_and_a_party_name_no_one() -> None:
    text = "“We are done waiting,” said a Nevada Democrat. “Me too,” said Mark Cuban."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are done waiting") is None
    assert speaker_of(quotes, "Me too") == "Mark Cuban"


def test_the_subject_is_the_role_a_place_modifies() -> None:
    text = "Sen. Ines Valo spoke. The Ohio senator said the plan was “a disaster for every family.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a disaster for every family") == "Ines Valo"


def test_an_organisations_name_goes_on_past_on_and_of() -> None:
    text = "“The rules will not change,” the Commission on Fair Contests said in a statement."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The rules will not change") == "Commission on Fair Contests"


def test_an_organisation_keeps_its_leading_words_and_its_acronym_points_to_it() -> None:
    text = (
        "The International Coffee Fund (ICF) met. “Prices will fall,” the ICF said.\n\n"
        "“All parties must stop,” the United Nations Security Council said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Prices will fall") == "International Coffee Fund"
    assert speaker_of(quotes, "All parties must stop") == "United Nations Security Council"


def test_a_speech_verb_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = "Ryan Ellison spoke. Said Ellison: “The tax plan is dead on arrival.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The tax plan is dead on arrival") == "Ryan Ellison"


def test_a_participle_aside_between_name_and_verb_is_the_speakers() -> None:
    text = "“We had better weeks than this,” Ohio delegate Pete Marrow, wearing a red hat, said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We had better weeks than this") == "Pete Marrow"


def test_a_name_set_off_after_a_prepositional_phrase_speaks() -> None:
    text = (
        "“We will win the whole thing,” his old partner at Blue Ridge Farms, Tomas Ferreira, said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will win the whole thing") == "Tomas Ferreira"


def test_a_name_after_a_comma_and_said_is_the_speaker_not_the_content() -> None:
    text = (
        "Jon Pell spoke first. The Pell plan is made possible by money, said Katie Marsh, a mayor."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The Pell plan is made possible by money", kind="indirect") == (
        "Katie Marsh"
    )


def test_a_markup_attributes_value_is_no_quote() -> None:
    text = 'Fans replied.\n\n<tweet author="@harborfan" date="May 2">What a game tonight</tweet>'
    _, quotes, _ = read(text, "en")
    assert not any("harborfan" in q.text for q in quotes)


def test_a_pronoun_in_an_opening_phrase_is_not_the_subject_of_the_name_after_it() -> None:
    text = "Ann Reyes spoke. Hearing it all, Reyes said, “As a neighbour, it is good to be heard.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "As a neighbour, it is good to be heard") == "Ann Reyes"


def test_a_quote_paragraph_signed_by_a_dashed_name_is_that_persons() -> None:
    text = (
        "Ann Reyes and Jo Reed debated.\n\n“The city has a severe problem with parking.”\n\n"
        "- Reyes.\n\n“We should build more garages on every block.”\n\n- Jo Reed."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The city has a severe problem with parking") == "Ann Reyes"
    assert speaker_of(quotes, "We should build more garages on every block") == "Jo Reed"


def test_a_name_after_and_opens_the_speech_verbs_own_clause() -> None:
    text = "Ann Reyes spoke. Jo Reed asked for a photo and Reyes said, “Only if we break no rules.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Only if we break no rules") == "Ann Reyes"


def test_words_in_marks_after_a_determiner_in_a_reported_clause_are_the_speakers() -> None:
    text = "Senator Ada Quill called the new harbour plan a “reckless gamble.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "reckless gamble") == "Ada Quill"


def test_a_next_sentence_opened_by_a_person_and_a_speech_verb_attributes_the_quote() -> None:
    text = (
        "“It reads like him,” the blog's editor wrote.\n\n"
        "Later, host Ann Vell took up the letter. “Was the letter forged?” Vell asked the "
        "old harbour master."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Was the letter forged") == "Ann Vell"


def test_a_sentence_opened_by_a_pronoun_puts_its_antecedent_forward() -> None:
    text = (
        "The skater Ann Vell remembered him fondly. She watched his bout at Carmen Lake "
        "Arena in 1980.\n\n“He always made me laugh,” she said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "He always made me laugh") == "Ann Vell"


def test_a_name_after_an_opening_phrase_is_the_subject_not_the_place_before_it() -> None:
    text = "Working near Carson Falls, Rui Okoro often saw farms fail.\n\n“It hurt,” he said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It hurt") == "Rui Okoro"


def test_a_sentence_ending_on_its_speech_verb_announces_the_next_quotes_speaker() -> None:
    text = (
        "“The vote is close now,” said Dan Kroll, an editor.\n\n"
        "Professor Ann Reed agreed. “Nobody else can catch up by the spring.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Nobody else can catch up") == "Ann Reed"


def test_a_participle_with_no_subject_goes_on_with_its_sentences_subject() -> None:
    text = (
        "Ann Reed spoke first. Then Dan Kroll told the host that the mayor “had a plan that "
        "would never work,” adding, “The budget is empty and the pier is closed.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The budget is empty") == "Dan Kroll"


def test_verbs_of_temper_mined_from_train_attribute_quotes() -> None:
    text = "Dan Kroll shouted a question. “Sit down now, please,” Ann Reed barked at him."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Sit down now") == "Ann Reed"


def test_a_clause_opened_by_said_names_its_speaker_past_a_relative_clause() -> None:
    text = "A mural went up. Said Dora Pond, who lives nearby, “The whole street helped paint it.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The whole street helped paint it") == "Dora Pond"


def test_as_someone_put_it_introduces_a_quote() -> None:
    text = "Bills came and went. As the critic Ann Reed put it, “This one is a mess, truly.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "This one is a mess") == "Ann Reed"


def test_a_line_in_single_marks_in_a_double_marked_article_is_a_heading() -> None:
    text = (
        "“We will win this,” Ann Reed said at the plant.\n\n"
        "'A long road to the summit.'\n\n"
        "The merger was not her idea."
    )
    _, quotes, _ = read(text, "en")
    assert [q.text for q in quotes] == ["We will win this"]


def test_a_show_named_with_its_host_is_a_title() -> None:
    text = "“It went well,” Ann Reed said on “Mornings with Dan Kroll” this week."
    _, quotes, _ = read(text, "en")
    assert [q.text for q in quotes] == ["It went well"]


def test_a_long_title_with_a_subtitle_is_not_a_quote() -> None:
    text = "“It went well,” Ann Reed said of her book “Backwater: The Long Story of a River Town.”"
    _, quotes, _ = read(text, "en")
    assert [q.text for q in quotes] == ["It went well"]


def test_a_dateline_in_capitals_is_not_the_speaker() -> None:
    text = (
        "HARBOURTON, May 2 (Wire) — The Port Workers Union issued a statement Monday, offering "
        "“a full and sincere apology” to the families."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a full and sincere apology") == "Port Workers Union"


def test_a_speech_verb_after_until_is_not_the_quotes_attribution() -> None:
    text = (
        "Jo Marsh, a nurse, said she was “still sitting on the fence” until Ann Reed said "
        "she would run."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "still sitting on the fence") == "Jo Marsh"


def test_a_name_and_speech_verb_inside_reported_speech_take_the_quote_after_them() -> None:
    text = (
        "Ann Reed spoke. After Reed argued that the pier should be paid for by the port, "
        "Kroll said only that her “figures are pure fantasy, sadly.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "figures are pure fantasy") == "Kroll"


def test_a_role_with_a_place_goes_to_the_holder_written_with_that_place() -> None:
    text = (
        "Ohio Sen. Ann Reed met Iowa Sen. Jo Marsh on Monday. Marsh left early. "
        "“We will pass the bill by spring,” the Ohio senator said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will pass the bill by spring") == "Ann Reed"


def test_the_commas_around_a_subjects_role_do_not_end_its_clause() -> None:
    text = (
        "Ann Reed spoke. Dan Kroll, the chairman of the harbour board, is backing Reed as a "
        "delegate and in a statement credited her for “a brave and clear-eyed run for office.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a brave and clear-eyed run") == "Dan Kroll"


def test_a_name_before_a_long_aside_speaks() -> None:
    text = (
        "“The tide charts were wrong all season,” Orla Brennick, a former pilot of the ferry "
        "line and a longtime critic of the harbour board, said after the vote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The tide charts were wrong") == "Orla Brennick"


def test_an_age_keeps_the_comma_of_the_aside_after_it() -> None:
    text = "“The tide charts were wrong,” Orla Brennick, 44, a pilot in Dover, Kent, said."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The tide charts were wrong") == "Orla Brennick"


def test_a_participle_after_the_marks_names_no_speaker() -> None:
    text = (
        "Talks resumed. Lusk remarked that there was still “a lot of dredging to do,” "
        "noting weak demand in the north."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a lot of dredging to do") == "Lusk"


def test_a_participle_after_a_comma_goes_on_with_the_subject_of_the_sentence() -> None:
    text = (
        "Harbour master Ted Lusk spoke on Friday. Lusk said he was “furious” about the vote, "
        "arguing that “closing the pier would ruin the fishermen of the town.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "closing the pier would ruin") == "Ted Lusk"


def test_a_few_words_after_a_preposition_inside_reported_speech_are_quoted() -> None:
    text = "Mayor Lena Ortiz said the council had tried to “bury” the flood report."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "bury") == "Lena Ortiz"


def test_words_a_verb_like_called_puts_in_marks_are_a_quote_even_with_no_subject_found() -> None:
    text = "Harbour workers walked out and called the new rota “unworkable.”"
    _, quotes, _ = read(text, "en")
    assert [q.text for q in quotes if q.kind == "direct"] == ["unworkable."]


def test_the_dots_of_a_title_do_not_put_the_verb_out_of_reach() -> None:
    text = (
        "“The pier will not reopen this year,” Deputy U.S. Harbour Commissioner Orla D. "
        "Brennick wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier will not reopen") == "Orla Brennick"


def test_a_name_and_its_bodys_long_name_reach_the_verb() -> None:
    text = (
        "“The pier will not reopen,” Orla Brennick of the Dover Centre for Tidal Power "
        "Research wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier will not reopen") == "Orla Brennick"


def test_an_honorific_opens_the_attribution_sentence_after_an_exclamation() -> None:
    text = (
        "Harbour master Orla Brennick met Mayor Ted Lusk on Friday. “The pier must reopen "
        "this winter!” Mr. Lusk wrote on his blog on Monday."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier must reopen") == "Ted Lusk"


def test_the_object_of_put_it_is_not_the_subject() -> None:
    text = (
        "Talks resumed. As the port's chief executive, Orla Brennick, put it in her memo to "
        "staff explaining the deal, “The pier will be ours again by spring.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier will be ours again") == "Orla Brennick"


def test_an_adverb_of_habit_between_subject_and_verb_is_passed() -> None:
    text = (
        "Mayor Ines Varga runs the port. “The tide waits for no one on this coast,” she often says."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The tide waits for no one") == "Ines Varga"


def test_a_definite_role_heading_its_clause_before_its_verb_is_the_subject() -> None:
    text = (
        "Campaign manager Carl Dorsey arrived late.\n\n"
        "Reporters asked Evan Marsh about the polls, and the campaign manager said the numbers "
        "would move.\n\n“We are close,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are close") == "Carl Dorsey"


def test_a_name_after_a_speech_verb_that_goes_on_with_a_clause_is_not_an_inverted_subject() -> None:
    text = (
        "Representative Dan Okafor of Ohio spoke after the vote. Mr. Okafor, who represents a "
        "rural district, said Mr. Lind had misled voters.\n\n“I am deeply offended by it,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "deeply offended") == "Dan Okafor"
    assert not [q for q in quotes if q.speaker == "Lind"]


def test_a_capitalised_speech_verb_inside_a_name_is_part_of_it() -> None:
    _, quotes, _ = read("“The deal is off,” the Dunmore Post reported on Monday.", "en")
    assert speaker_of(quotes, "The deal is off") == "Dunmore Post"
    text = "“Rates will rise,” Ida Brook, an analyst at Teal Point Research & Trading, wrote."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Rates will rise") == "Ida Brook"


def test_words_in_marks_after_a_said_incise_are_its_speakers() -> None:
    text = "A cheaper ferry, Mayor Lena Ortiz said, would be a “lifeline” for the islands."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "lifeline") == "Lena Ortiz"


def test_a_question_then_an_honorific_and_asked_is_attributed() -> None:
    text = "Ann Reed ran the meeting. “Can we win the county?” Ms. Reed asked. “I am not sure.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Can we win the county") == "Ann Reed"


def test_a_pronoun_inside_the_words_after_a_quote_opens_a_clause_of_its_own() -> None:
    text = (
        "Harbour master Ted Lusk spoke on Friday. Lusk himself conceded at the meeting "
        "“it will be very hard for us to win” if he continues to lose ground."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "it will be very hard for us to win") == "Ted Lusk"


def test_a_pronoun_right_after_the_last_comma_is_the_subject_not_an_earlier_it() -> None:
    text = (
        "Harbour master Ted Lusk read the report. After weighing it, he added: “Now I am "
        "going to think about the pier.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Now I am going to think") == "Ted Lusk"


def test_went_on_and_wondered_attribute_a_quote() -> None:
    text = (
        "Harbour master Ted Lusk spoke on Friday. “The pier has stood for a hundred years,” "
        "he went on.\n\n“Who will pay for the repairs this time?” Lusk wondered."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier has stood") == "Ted Lusk"
    assert speaker_of(quotes, "Who will pay for the repairs") == "Ted Lusk"


def test_remembered_and_reacted_attribute_a_quote() -> None:
    text = (
        "“Who will pay for the repairs this time?” reacted Ted Lusk.\n\n"
        "“The old pier was full of boats every summer,” remembered Orla Brennick."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Who will pay for the repairs") == "Ted Lusk"
    assert speaker_of(quotes, "The old pier was full of boats") == "Orla Brennick"


def test_a_surname_before_a_first_speech_verb_is_the_subject_of_a_second() -> None:
    text = (
        "The pier reopened. Brennick agreed she had been there and said, “The tide took "
        "half the boats that winter.”\n\nSources told the radio that “the pier is unsafe.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The tide took half the boats") == "Brennick"
    assert speaker_of(quotes, "the pier is unsafe", kind="direct") is None


def test_two_titles_under_one_article_are_one_speaker() -> None:
    text = (
        "Sen. Ada Quist of Vermont spoke on Friday. “The pier is a reckless project from the "
        "start,” the Vermont senator and presidential candidate said in a statement."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier is a reckless project") == "Ada Quist"
    text = (
        "Sen. Ada Quist of Vermont met Mayor Ted Lusk on Friday. “We will not pay for the "
        "pier,” the senator and the mayor said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will not pay for the pier") is None


def test_people_named_only_after_a_passing_preposition_come_after_the_earlier_subject() -> None:
    text = (
        "Carl Tobin runs the district office.\n\n"
        "The district saw 30 applicants, evenly split between Otto Brandt and Ivan Kovacs.\n\n"
        "“Brandt has his share of support here,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "his share of support") == "Carl Tobin"


def test_a_plural_title_does_not_end_the_sentence() -> None:
    text = (
        "Tom Rubel spoke on Monday. He avoided attacking his rivals, particularly Govs. Jed Bash "
        "and Carl Crist, who doubt him.\n\n"
        "He dismissed the critique, saying: “It was our best night of the year.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "our best night") == "Tom Rubel"


def test_a_phrasal_speech_verb_attributes_the_quote_to_its_subject() -> None:
    text = (
        "Ann Reed met Bo Lind on Monday.\n\n"
        "“You are wrong about the fees,” Lind shot back with a laugh.\n\n"
        "Reed spoke of a suit. Lind fired back: “If they sue us, they will lose the case.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "You are wrong about the fees") == "Bo Lind"
    assert speaker_of(quotes, "they will lose the case") == "Bo Lind"


def test_the_body_set_off_after_a_name_is_an_aside() -> None:
    text = (
        "Tove Brandt reported strong sales.\n\n"
        "“We survey the buyers every year,” Mr. Mahon, of Ridgeway Capital Markets, said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We survey the buyers every year") == "Mahon"


def test_a_party_and_state_apposition_belongs_to_the_subject() -> None:
    text = "“Good speech, Mr. Mayor,” Representative Ida Colby, Democrat of Ohio, told Mr. Lind."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Good speech") == "Ida Colby"


def test_words_the_article_puts_in_marks_twice_are_still_quoted_by_reported_speech() -> None:
    text = (
        "Mayor Lena Ortiz said the budget office was “out of touch” on ferries.\n\n"
        "The budget office has denied being “out of touch” at all."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "out of touch") == "Lena Ortiz"


def test_words_put_in_marks_twice_after_a_verb_like_called_are_a_quote() -> None:
    text = "Mayor Lena Ortiz called the plan “a mirage.”\n\nNobody thought it “a mirage.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a mirage") == "Lena Ortiz"


def test_an_adverb_between_a_name_and_a_day_keeps_them_apart() -> None:
    text = "Ralph Prieto met the press.\n\nPrieto later Thursday told reporters: “We are meeting.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We are meeting") == "Ralph Prieto"


def test_a_dash_and_a_name_ending_the_paragraph_after_a_partial_quote_is_a_byline() -> None:
    text = 'Mayor Lena Ortiz insisted that her party was "still the first force here."--Kim Dale.'
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "still the first force here") == "Lena Ortiz"
