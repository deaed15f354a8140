"""One invented English sentence per rule that keeps a capitalised run that is no person out of
the people an article shows, and out of the speakers."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def _names(text: str) -> set[str]:
    people, _, _ = read(text, "en")
    return {p.name for p in people}


def test_an_adjective_made_from_a_surname_is_no_speaker() -> None:
    text = (
        "Ansel Korvath spoke for an hour in the barn.\n\n"
        "Later he wrote in a Korvathian post: “The grain report is a disgrace for the county.”"
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The grain report is a disgrace") != "Korvathian"
    assert "Korvathian" not in {p.name for p in people}
