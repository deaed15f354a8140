"""English organisations as speakers, second round: newspapers, courts, campaigns
(invented text)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_the_newspaper_is_the_publication_named_last() -> None:
    text = (
        "The Harbour Gazette said on Monday that the Fishermen's Union should drop its strike.\n\n"
        "According to the newspaper, “the strike costs the town a week of catches.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the strike costs the town") == "Harbour Gazette"


def test_the_newspaper_is_no_other_body_met_since() -> None:
    text = (
        "An editorial urged the Fishermen's Union to drop its strike.\n\n"
        "“The strike costs the town a week of catches,” the newspaper wrote."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The strike costs the town") is None


def test_his_campaign_is_the_campaign_of_the_man_he_points_to() -> None:
    text = (
        "Tomas Brill toured the mill towns on Monday.\n\n"
        "“The mills will reopen by spring,” his campaign said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The mills will reopen") == "Brill campaign"


def test_her_campaign_workers_are_not_the_campaign() -> None:
    text = (
        "Nora Quill toured the mill towns on Monday.\n\n"
        "“We knock on every door,” her campaign workers said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We knock on every door") != "Quill campaign"


def test_an_abbreviation_inside_a_name_stays_in_it() -> None:
    text = (
        "The St. Ives Harbour Council voted on Wednesday to close the pier.\n\n"
        "“The pier is unsafe,” the council said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier is unsafe") == "St. Ives Harbour Council"


def test_the_appeals_court_is_the_court_named_before_with_its_dots() -> None:
    text = (
        "The U.S. Court of Appeals for the Ninth Circuit struck down the harbour law.\n\n"
        "“The law cannot stand,” the appeals court wrote."
    )
    _, quotes, _ = read(text, "en")
    court = "U.S. Court of Appeals for the Ninth Circuit"
    assert speaker_of(quotes, "The law cannot stand") == court


def test_the_ruling_speaks_for_the_court_named_before() -> None:
    text = (
        "The Vermont Harbour Court struck down the pier law on Tuesday.\n\n"
        "“The state gave no reason for the law,” the ruling said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The state gave no reason") == "Vermont Harbour Court"


def test_a_ruling_with_no_court_named_stays_unattributed() -> None:
    text = (
        "The Harbour Board lost its case on Tuesday.\n\n"
        "“The state gave no reason for the law,” the ruling said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The state gave no reason") is None


def test_a_name_ending_on_a_publication_word_is_the_publication() -> None:
    text = (
        "As Harbour News reported on Monday, the pier will close.\n\n"
        "“Nobody was hurt,” Harbour News said.\n\n"
        "Follow Harbour News reporter Ann Reed on the radio."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Nobody was hurt") == "Harbour News"


def test_a_publication_named_after_a_capitalised_word_starts_at_its_article() -> None:
    text = "Enter The Harbour Gazette. “The pier is a danger,” the paper's editorial board wrote."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The pier is a danger") == "Harbour Gazette"
