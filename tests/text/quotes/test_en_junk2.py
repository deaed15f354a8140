"""One invented English sentence per rule that keeps a word or a run that names no person (or
names one badly) out of the speakers."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_gerund_opening_a_sentence_before_a_quote_is_no_speaker() -> None:
    text = (
        "Ann Reed listed the board's plans for the farm. Raising “the best barley in the "
        "county.” Selling the old barn."
    )
    people, quotes, _ = read(text, "en")
    assert "Raising" not in {p.name for p in people}
    assert all(q.speaker != "Raising" for q in quotes)


def test_a_capitalised_particle_opening_a_name_is_kept_in_it() -> None:
    text = (
        "The new season opens in June. Here is the plot, according to Den of Wonks: "
        "“A strange crime brings three officers together in a town full of secrets.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "A strange crime brings") == "Den of Wonks"


def test_a_role_written_as_a_title_after_the_is_its_holder() -> None:
    text = (
        "Prime Minister Ann Reed met the farmers on Monday. There is no doubt about her view, "
        "but the Prime Minister has sharpened her words, saying the plan raises the risk of a "
        "“bitter winter.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "bitter winter") == "Ann Reed"


def test_a_first_name_then_a_hometown_and_its_region_is_the_first_name_alone() -> None:
    text = (
        "Bo Lind wrote how a mother, Nadia of Dunmore, Ohio, tried to buy the cloth. "
        "“I was upset by the answer,” Nadia told the paper."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I was upset by the answer") == "Nadia"


def test_the_abbreviated_rank_brigadier_opens_the_name_after_it() -> None:
    text = (
        "The drill went well “thanks to careful planning and the courage of our crews,” said "
        "Brig. Gen. Omar Halabi, a spokesman for the navy."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "thanks to careful planning") == "Omar Halabi"


def test_a_place_before_a_role_with_a_possessive_is_no_speaker() -> None:
    text = (
        "Senator Marco Reed spoke at the fair.\n\nThe Florida senator’s answer was that “the "
        "first school of every child is the home,” so towns should help parents."
    )
    people, quotes, _ = read(text, "en")
    assert "Florida" not in {p.name for p in people}
    assert speaker_of(quotes, "the first school of every child") != "Florida"


def test_a_share_of_a_poll_is_no_channel_with_a_number() -> None:
    text = (
        "Salem (AP) Nearly 6 in 10 voters say that farms should be required to share their "
        "water with the towns nearby, a new poll finds."
    )
    people, quotes, _ = read(text, "en")
    assert "Nearly 6" not in {p.name for p in people}
    assert all(q.speaker != "Nearly 6" for q in quotes)
