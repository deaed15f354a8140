"""English named sources: the full name a named subject stands for (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_role_word_after_a_first_name_is_a_surname() -> None:
    text = (
        "“It is not going to be easy for Bo Vance to win,” said Representative Peter T. King"
        " of Dorland, who endorsed Mr. Vance on Tuesday."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "It is not going to be easy") == "Peter King"


def test_a_name_before_of_the_and_a_body_is_a_person() -> None:
    text = (
        "“The leaders are not in control of the threat,” said Mujtaba Rahmat of the Velder"
        " Group, a consulting company."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The leaders are not in control") == "Mujtaba Rahmat"


def test_a_capitalised_grammar_word_inside_a_programme_name_keeps_the_title() -> None:
    text = (
        "Senator Tom Kalder spoke to the press on Monday.\n\n"
        "“But that was the first time in a long time, senator,” Dorland This Morning co-anchor"
        " DeMarco Velt said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "But that was the first time") == "DeMarco Velt"


def test_a_name_apposed_to_a_role_after_an_inverted_verb_speaks() -> None:
    text = (
        "Paul Varek met the party leaders in Dorland.\n\n"
        "With Mr. Varek's help, the party was “working to change its image into that of a"
        " real party,” wrote the American ambassador at the time, John E. Halbst.\n\n"
        "“It is about time we had a woman running this town,” exhorted Reed's introducer,"
        " actress Jamie Lee Corvin."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "working to change its image") == "John Halbst"
    assert speaker_of(quotes, "It is about time") == "Jamie Lee Corvin"


def test_an_apposition_with_an_owner_before_its_role_is_the_subjects() -> None:
    text = (
        "Corey Lewandosky, Donald Varek’s fired campaign manager, ripped FBI Director James"
        " Comley for acting as “the judge and the jury” in the probe."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the judge and the jury") == "Corey Lewandosky"


def test_a_name_after_that_and_before_a_chain_of_speech_verbs_speaks() -> None:
    text = (
        "Corey Lewandosky ripped FBI Director James Comley for acting as “the judge and the"
        " jury” in the probe.\n\n"
        "Comley cannot say that “from his perspective,” Lewandosky added, saying it should be"
        " “up to the prosecutor to move forward or not.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "up to the prosecutor") == "Corey Lewandosky"


def test_a_pull_quote_signed_inside_its_marks_is_the_signers() -> None:
    text = (
        "Ann Reed spoke in Dorland on Monday about the budget and the debt.\n\n"
        "“I worry that we may see a return of balanced budget talk as Reed tries to stand"
        " apart. Dean Barker, Center for Harbour Policy.”\n\n"
        "But Reed kept on attacking the plan all week."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I worry that we may see") == "Dean Barker"
    assert not any("Center for Harbour" in q.text for q in quotes)


def test_a_name_before_who_is_a_person_who_speaks() -> None:
    text = (
        "Wasserlin Schurtz, who is reviled by the left, said at the hearing that drafting the"
        " platform “is an open process” and that it would be fair."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "is an open process") == "Wasserlin Schurtz"


def test_a_name_of_two_words_takes_the_longer_name_of_the_person_met() -> None:
    text = (
        "Debbie Wasserlin Schurtz, the party chair, chose four members.\n\n"
        "“The process is open to everyone who wants to take part,” Wasserlin Schurtz said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The process is open") == "Debbie Wasserlin Schurtz"


def test_a_full_name_set_off_after_a_role_is_a_person() -> None:
    text = (
        "Voters are moving behind Donald Varek, despite holdouts such as the party’s 2012"
        " nominee, Mitt Romsey.\n\n"
        "Romsey went after Varek on Wednesday over his refusal to release his taxes, calling it"
        " “disqualifying” and more."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "disqualifying") == "Mitt Romsey"


def test_a_person_named_before_a_speech_participle_is_its_subject() -> None:
    text = (
        "Both John Balton and Sebastian Gorva saw the death as a sign of disarray, with Gorva"
        " noting the absurdity of positioning “a couple of hundred guys here, a couple of"
        " hundred Marines there” around a beehive."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a couple of hundred guys here") == "Sebastian Gorva"


def test_an_opening_mark_typed_after_the_last_word_closes_the_quote() -> None:
    text = (
        "“The reality is, if she loses both states, that could create real problems for her"
        " here,“ said Jim Clyber, a congressman from Dorland."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The reality is") == "Jim Clyber"
    assert not any("said Jim" in q.text for q in quotes)


def test_according_to_a_document_filed_by_a_person_is_that_persons() -> None:
    text = (
        "Police had charged Corey Lewandosky after a video showed him grabbing the reporter.\n\n"
        "“Although there was probable cause to make an arrest, the evidence cannot prove the"
        " crime,” according to a court document filed by state attorney Dave Arenberg."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Although there was probable cause") == "Dave Arenberg"


def test_a_month_that_is_a_first_name_opens_a_full_name() -> None:
    text = (
        "The Harbour Convention will open in July in the city.\n\n"
        "April Mellary, a spokeswoman for the Harbour Convention, said in a statement that the"
        " security team would work with the police “to ensure the safety of all of our"
        " delegates and participants.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "to ensure the safety") == "April Mellary"


def test_after_a_speech_verb_after_opens_the_clause_of_the_next_speaker() -> None:
    text = (
        "“It is misleading to imply that it was a bailout bill,” Axelrad tweeted after Ann"
        " Colton argued that “if everyone had voted as he voted, we would not have rescued"
        " the industry.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "if everyone had voted") == "Ann Colton"


def test_a_person_before_an_adverb_and_a_participle_introducing_a_quote_speaks() -> None:
    text = (
        "Donald Varek spoke in Birmingham on Saturday.\n\n"
        "At a Varek rally in Birmingham, on Saturday, some of his supporters kicked a protester,"
        " with Varek reportedly yelling: “Get him the hell out of here!”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Get him the hell out") == "Donald Varek"


def test_a_long_titled_subject_ending_the_sentence_with_its_setting_speaks() -> None:
    text = (
        "Public disclosure of the emails could help resolve the case.\n\n"
        "“If the office obtains more records, it intends to search them for records” that would"
        " answer the requests, Justice Department senior trial counsel Carla Lewin Wolvert wrote"
        " in a court filing."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "If the office obtains") == "Carla Lewin Wolvert"


def test_a_pronoun_inside_an_opening_relative_clause_is_not_the_subject() -> None:
    text = (
        "At Dorland West, where it costs new members $70,000 to sign up, Jay DiPetro, the club's"
        " president, suggested that the troubles of some rivals could be blamed on their focus"
        " on “the business of selling houses.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the business of selling houses") == "Jay DiPetro"


def test_a_sentence_before_a_colon_is_no_name_that_speaks() -> None:
    text = (
        "John Kerrin announced the plan in September.\n\n"
        "Wait, it gets better:\n\n"
        "“By law, the president every fiscal year sets the maximum number of refugees.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "By law, the president") != "Wait"
