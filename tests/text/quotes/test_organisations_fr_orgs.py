"""One invented French sentence per rule on organisations as speakers."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_spokesperson_of_an_unnamed_company_is_no_company_called_so() -> None:
    text = (
        "« Le vol a été annulé pour des raisons techniques », a indiqué un porte-parole de la "
        "compagnie. Les passagers attendent à l'aéroport."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le vol a été annulé") is None


def test_a_spokesperson_of_the_company_is_the_company_named_before() -> None:
    text = (
        "La Compagnie des Lunes a annoncé que ses avions resteraient au sol. « Le vol a été "
        "annulé pour des raisons techniques », a indiqué un porte-parole de la compagnie."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le vol a été annulé") == "Compagnie des Lunes"


def test_a_ministry_keeps_its_elided_article() -> None:
    text = (
        "Le ministère de l'Intérieur a indiqué que les cambriolages avaient baissé. Les "
        "habitants du quartier restent prudents."
    )
    _, quotes, _ = read(text, "fr")
    ministry = speaker_of(quotes, "cambriolages avaient baissé", "indirect")
    assert ministry == "ministère de l'Intérieur"


def test_a_capitalised_calendar_word_inside_a_sentence_opens_a_name() -> None:
    text = (
        "Le maire de Varenne a démissionné mardi après une longue polémique, rapporte Midi "
        "Varois. Les habitants sont surpris."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "maire de Varenne a démissionné", "indirect") == "Midi Varois"


def test_the_members_of_a_group_speak_together_not_as_the_group_s_name() -> None:
    text = (
        "Le député Paul Lenoir a pris la parole. « Nous voterons contre ce texte », ont "
        "annoncé les élus du groupe Renouveau. Le vote a lieu mardi."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous voterons contre ce texte") is None


def test_a_channel_is_named_by_its_name_not_its_kind() -> None:
    text = (
        "Un policier a été blessé dans la nuit, a rapporté la chaîne de télévision Canal Nord. "
        "Les enquêteurs sont sur place."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Un policier a été blessé", "indirect") == "Canal Nord"


def test_an_institution_keeps_the_adjective_after_its_noun() -> None:
    text = (
        "En juin, la Cour suprême a annoncé qu'elle cherchait à savoir si le maire avait menti. "
        "Les juges restent prudents."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "le maire avait menti", "indirect") == "Cour suprême"
