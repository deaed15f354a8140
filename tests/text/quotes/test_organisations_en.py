"""English organisations as speakers: short forms, acronyms and head nouns resolved to the
name the article gives in full (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_an_acronym_stands_for_the_name_its_initials_spell() -> None:
    text = (
        "The Northern Rail Authority raised its fares on Monday.\n\n"
        "“Prices will rise again next spring,” the NRA said in a statement."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Prices will rise again") == "Northern Rail Authority"


def test_a_short_form_stands_for_the_longer_name_it_ends() -> None:
    text = (
        "The Coastal Fisheries Review Board met on Friday.\n\n"
        "“No boat will leave the harbour this week,” the Review Board said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "No boat will leave") == "Coastal Fisheries Review Board"


def test_an_institution_named_by_department_words_alone_speaks() -> None:
    _, quotes, _ = read("“The bill will be vetoed,” the White House said on Friday.", "en")
    assert speaker_of(quotes, "The bill will be vetoed") == "White House"


def test_a_department_word_before_an_organisation_noun_is_no_title() -> None:
    _, quotes, _ = read("“The inquiry is closed,” the Justice Department said.", "en")
    assert speaker_of(quotes, "The inquiry is closed") == "Justice Department"


def test_a_campaign_written_after_a_name_is_the_speaker() -> None:
    text = (
        "Nora Quill toured the mill towns on Monday.\n\n"
        "“The senator has no plan for the mills,” the Quill campaign said.\n\n"
        "“We will answer every attack,” the campaign said later."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The senator has no plan") == "Quill campaign"
    assert speaker_of(quotes, "We will answer every attack") == "Quill campaign"


def test_a_campaign_after_a_possessive_name_is_the_speaker() -> None:
    text = "“She will carry the state,” Mrs. Quill's campaign said in an email."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "She will carry the state") == "Quill campaign"


def test_an_unnamed_campaign_is_not_the_body_met_last() -> None:
    text = (
        "The Harbour Board raised its fees on Monday, and Nora Quill objected.\n\n"
        "“These fees are a tax on every fisherman,” her campaign said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "These fees are a tax") != "Harbour Board"


def test_a_paper_whose_name_is_also_a_speech_verb_is_named_after_the_article() -> None:
    text = (
        "A report in The Harlow Post described the deal on Monday.\n\n"
        "“The deal was never signed,” the Post said, citing two officials."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The deal was never signed") == "Harlow Post"


def test_a_body_named_after_a_spokeswoman_ends_before_the_verb() -> None:
    text = (
        "A spokeswoman for the Harbour Fees Committee emailed reporters with "
        "“the full text of the new law on fees.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the full text of the new law") == "Harbour Fees Committee"


def test_a_body_noun_followed_by_a_verb_is_the_body_named_before() -> None:
    text = (
        "The Harlow City Council on Wednesday approved a resolution on the harbour.\n\n"
        "The council voted 6-1 for the resolution which said the city "
        "“rejects every new fee on the fishing fleet.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "rejects every new fee") == "Harlow City Council"


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    text = "The Harbour Board Tuesday said “the fees will rise next year for every boat.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the fees will rise") == "Harbour Board"


def test_a_campaign_opening_a_longer_subject_is_the_speaker() -> None:
    text = (
        "Nora Quill spoke in Harlow on Monday.\n\n"
        "Quill’s campaign sent out a release saying “the senator owes the mills an answer.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the senator owes the mills") == "Quill campaign"


def test_her_campaign_is_not_another_candidate_s() -> None:
    text = (
        "“The polls are wrong,” the Lind campaign said on Monday.\n\n"
        "Nora Quill toured the mills. “We will win every county,” her campaign said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will win every county") != "Lind campaign"


def test_the_statement_speaks_for_who_issued_it() -> None:
    text = (
        "Days later, the Harbour Museum issued a statement about the refugees.\n\n"
        "“Every family deserves a welcome in this port,” the statement said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Every family deserves a welcome") == "Harbour Museum"


def test_a_name_that_issued_a_statement_is_in_the_speaker_s_place() -> None:
    text = (
        "Harbour Lives Matter issued a statement saying it left the parade "
        "“because of the unsafe conditions on the docks.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "because of the unsafe conditions") == "Harbour Lives Matter"


def test_a_quote_after_a_statement_issued_is_the_issuer_s() -> None:
    text = (
        "At the chair's request, the Harbour Board issued a statement apologizing to the "
        "fishermen for the fees.\n\n"
        "“On behalf of everyone at the board, we offer a deep and sincere apology.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "On behalf of everyone at the board") == "Harbour Board"


def test_a_quote_after_said_in_a_statement_is_the_speaker_s() -> None:
    text = "Bo Lind, the director of the Harbour Fund, said in a statement. “No ballots are left.”"
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "No ballots are left") == "Bo Lind"


def test_a_name_between_dashes_is_no_subject() -> None:
    text = (
        "Nora Reed asked for the files. In May - four months after Reed left office - the "
        "Harbour Board told her that “no records were located at all.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "no records were located") == "Harbour Board"
