"""One invented English sentence per rule found on unseen news (the en-fresh slice)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_surname_opened_by_a_hyphenated_particle_stays_in_the_name() -> None:
    text = (
        "“We will not leave the city or the ministries,” rebel leader Abdul-Karim al-Nasser "
        "said in a televised speech."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We will not leave the city") == "Abdul-Karim al-Nasser"
