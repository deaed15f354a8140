"""One invented English sentence per rule of the en-news round: a quote left without its own
attribution takes the reported speech read before it, never one reported later in the
paragraph (a news article often comes as one paragraph); "the paper quoted X as saying" is
X's, and so is "“…,” as X put it"; "an attorney for X's family" gives X no role."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_quote_never_takes_the_speaker_reported_after_it() -> None:
    text = (
        "Mayor Ilse Varga never lost her faith in the harbour. In her first address she "
        "tried to calm the town. “With patience for all and firmness in the right, we will "
        "rebuild the quays,” she intoned. Years later the novelist Oskar Brandt wrote that "
        "the speech was her finest."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "patience for all") != "Oskar Brandt"


def test_a_paper_quoting_someone_as_saying_gives_the_quote_to_that_someone() -> None:
    text = (
        "Oskar Brandt ran the port for years. “He was never one of us, not ever,” the paper "
        "quoted the pastor, Ilse Varga, as saying."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "never one of us") == "Ilse Varga"


def test_as_someone_put_it_after_a_quote_names_its_speaker() -> None:
    text = (
        "The marsh looks like endless grass. “Too wet to farm, too dry to sail, too odd to "
        "settle,” as Oskar Brandt put it in his history, “The Green Mile.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "too dry to sail") == "Oskar Brandt"
    assert "Green Mile" not in next(q.text for q in quotes if "too dry" in q.text)


def test_a_role_before_for_and_a_name_is_not_that_name_s_role() -> None:
    text = (
        "Lars Berg died in custody on Sunday. An attorney for Berg's family has said the knife "
        "was legal. Karl Moss, an attorney for the Berg family, said police had questions. "
        "“He had no weapon in his hand and was committing no crime at all,” the attorney said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "no weapon in his hand") == "Karl Moss"
