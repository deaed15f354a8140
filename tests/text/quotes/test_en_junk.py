"""One invented English sentence per rule that keeps a capitalised run that is no person out of
the people an article shows, and out of the speakers."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def _names(text: str) -> set[str]:
    people, _, _ = read(text, "en")
    return {p.name for p in people}


def test_an_adjective_made_from_a_surname_is_no_speaker() -> None:
    text = (
        "Ansel Korvath won the straw poll. “I am surprised I did this well,” Mr. Korvath said."
        "\n\nOn Friday, he joined other farmers in pouncing on news that the barn had held grain "
        "later deemed “unfit for sale,” saying in a Korvathian post on Twitter: “The grain "
        "report is a disgrace for the county.”"
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The grain report is a disgrace") != "Korvathian"
    assert "Korvathian" not in {p.name for p in people}


def test_a_title_case_header_run_into_the_next_line_is_no_person() -> None:
    text = (
        "Posted 9:05PM Lind: Taxing Farms Is Not The Answer For Rural Towns\n"
        "Bo Lind spoke on Saturday. “We cannot tax the farms,” he said."
    )
    assert not any("Taxing" in name for name in _names(text))


def test_the_place_after_a_role_is_not_the_speaker() -> None:
    text = (
        "Ann Reed is all in. The Republican senator from Oregon has announced that she is "
        "seeking the nomination."
    )
    people, quotes, _ = read(text, "en")
    assert "Oregon" not in {p.name for p in people}
    assert all(q.speaker != "Oregon" for q in quotes)


def test_a_run_ending_on_area_is_a_place() -> None:
    text = (
        "Drinking has risen, said Tom Hallor, a director at the Harlow Institute. Young "
        "workers may have spurred the rise in the Bay Area, experts said. Prices have fallen "
        "over time, he said."
    )
    assert "Bay Area" not in _names(text)


def test_a_capital_city_as_a_subject_is_no_person() -> None:
    text = (
        "Nairobi has advised consular officials to travel to the “prison island” at once, "
        "though a spokesman for the ministry, Tom Vellor, told reporters this is no notice. "
        "But he said, “the hour is near.”"
    )
    people, quotes, _ = read(text, "en")
    assert "Nairobi" not in {p.name for p in people if p.kind == "person"}
    assert speaker_of(quotes, "the hour is near") == "Tom Vellor"


def test_a_plural_of_a_nationality_is_a_group_not_a_person() -> None:
    text = (
        "Most Canadians said in the poll that the tax should go, and Canadians said the "
        "mill should stay open."
    )
    people, _, _ = read(text, "en")
    assert "Canadians" not in {p.name for p in people if p.kind == "person"}


def test_a_name_opening_on_agence_is_an_agency() -> None:
    text = (
        "The driver, Karim Lessard, had rented the van, Agence France-Presse reported. "
        "“He was quiet,” he told Agence France-Presse of his neighbour."
    )
    people, _, _ = read(text, "en")
    assert "Agence France-Presse" not in {p.name for p in people if p.kind == "person"}


def test_a_run_of_words_the_article_writes_in_lower_case_is_no_person() -> None:
    text = (
        "The river was quiet this year, and the report on it was short. The water is clean, "
        "according to the third Quiet River Report, released by the county."
    )
    people, _, _ = read(text, "en")
    assert not any("Quiet River" in p.name for p in people if p.kind == "person")


def test_a_contraction_ends_a_name_and_is_none() -> None:
    text = "Asked about the farm bill, Senator Jim Vallard said: Jim Vallard I’ve known for years."
    names = _names(text)
    assert "Jim Vallard" in names
    assert not any("I’ve" in name or "I've" in name for name in names)
