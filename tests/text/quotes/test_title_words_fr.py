"""One invented French sentence per rule on a title's lower-case words."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_title_goes_on_with_its_own_lower_case_word() -> None:
    text = (
        "Dans son numéro de mercredi, Le Canard enchaîné écrit que le ministre a dépensé trop "
        "pour ses voyages."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "le ministre a dépensé", kind="indirect") == "Le Canard enchaîné"


def test_a_body_goes_on_with_its_own_lower_case_word() -> None:
    text = (
        "Le ministre a dépensé trop. Cet hiver, la Haute autorité avait estimé que "
        '"ses voyages coûtent bien trop cher".'
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "ses voyages coûtent") == "Haute autorité"


def test_a_title_with_its_own_lower_case_word_ends_a_sentence_as_its_speaker() -> None:
    text = (
        "Le député a proposé de transporter la délégation dans son avion privé, rapporte "
        "Le Canard enchaîné."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "le député a proposé", kind="indirect") == "Le Canard enchaîné"
