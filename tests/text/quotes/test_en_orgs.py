"""English organisations as speakers: "it" for a body, publications (invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_it_is_the_body_that_opened_the_sentence_before() -> None:
    text = (
        "Still, the Marrow Business Council opposed an increase in the tax. “Keep the tax in "
        "place at the current level for the decade,” it recommended."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Keep the tax in place") == "Marrow Business Council"


def test_it_is_no_body_named_inside_the_clause() -> None:
    text = (
        "Ann Reed sent a letter to the Harlow Group on Monday. “We have accepted decades of "
        "deals made behind our backs,” it said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We have accepted decades") is None


def test_it_is_no_body_modifying_a_role() -> None:
    text = (
        "Last year, Harlow Council spokesman Tim Brandt praised the plan. Yet it must be said "
        "that “the plan will cost the town its harbour and its ferries.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the plan will cost the town", None) != "Harlow Council"


def test_the_paper_is_the_publication_a_publication_noun_named() -> None:
    text = (
        "The local newspaper Brightwater Ledger backed the harbour plan on Monday.\n\n"
        "“The harbour plan is the best hope the town has had in years,” the paper wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The harbour plan is the best hope") == "Brightwater Ledger"


def test_a_clip_speaks_for_the_maker_of_the_video_it_names_again() -> None:
    text = (
        "A web video by the Harlow Civic League attacks Mr. Brindle for his record as a "
        "lawyer.\n\n"
        "The clip says Brindle “has a passion for defending the wrong people in every case.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "has a passion for defending") == "Harlow Civic League"


def test_the_ad_is_the_words_of_who_released_it_some_sentences_before() -> None:
    text = (
        "Mayor Ann Reed is releasing a new 30-second ad that targets the harbour plan.\n\n"
        "The plan was approved last year. It has cost the town dearly. Few expected it.\n\n"
        "The ad says “nothing will change until the harbour is ours again.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "nothing will change until", None) == "Ann Reed"


def test_a_headline_she_posted_under_is_not_hers() -> None:
    text = (
        "Ann Reed posted her message under a headline that said “Harbour Plan Fails Again "
        "After Years Of Delays.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Harbour Plan Fails Again") is None


def test_the_name_before_campaign_is_the_campaign_that_speaks() -> None:
    text = (
        "Tomas Brill toured the mill towns on Monday.\n\n"
        "The Brill campaign projects that “a tax of a fraction of a percent” would raise "
        "$75 million a year."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a tax of a fraction") == "Brill campaign"
