"""Header, date, title, paragraph kinds and sentence boundaries, judged by form."""

from __future__ import annotations

import pytest

from bot.text.document import (
    is_caption,
    is_promo,
    is_subheading,
    normalize_date,
    paragraph_kind,
    parse_date,
    read_document,
    split_sentences,
)

MARKET_ARTICLE = "\n\n".join(
    [
        "date 2024-03 Le marché couvert de Lorient rouvrira ses portes en juin, après deux "
        "ans de travaux.",
        "Les commerçants, installés sous un chapiteau depuis 2022, ont appris la nouvelle mardi.",
        "Des étals provisoires sur le parking du port. (Photo : Anne Le Goff/Ouest Médias)",
        "VOIR AUSSI — Les halles de Brest font peau neuve",
        "Une rénovation attendue",
        "« Nous avons tenu bon. Maintenant, il faut que les clients reviennent », a confié "
        "une poissonnière.",
    ]
)


def test_seed_style_header_on_the_first_line_is_read_and_removed():
    document = read_document(MARKET_ARTICLE)
    assert document.date == "2024-03"
    assert document.title is None
    assert document.paragraphs[0].text.startswith("Le marché couvert de Lorient")
    assert "date 2024-03" not in document.text


def test_paragraph_kinds_of_a_typical_web_article():
    kinds = [p.kind for p in read_document(MARKET_ARTICLE).paragraphs]
    assert kinds == ["body", "body", "caption", "promo", "subheading", "body"]


def test_paragraph_offsets_index_the_joined_text():
    document = read_document(MARKET_ARTICLE)
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.start + len(paragraph.text)] == (
            paragraph.text
        )


def test_header_lines_of_their_own_with_several_keys():
    document = read_document(
        "date 2023-11-05\nauthor Jeanne Martin\nurl https://example.org/a\n"
        "lang fr\n\nLe conseil municipal a voté le budget."
    )
    assert document.date == "2023-11-05"
    assert document.language == "fr"
    assert document.metadata == {"author": "Jeanne Martin", "url": "https://example.org/a"}
    assert document.text == "Le conseil municipal a voté le budget."


def test_header_keys_with_a_colon_may_be_capitalised():
    document = read_document("Title: Storm hits the coast\nDate: 2021\n\nWinds reached 150 km/h.")
    assert document.title == "Storm hits the coast"
    assert document.date == "2021"
    assert document.text == "Winds reached 150 km/h."


@pytest.mark.parametrize(
    "first_line",
    [
        "Source of the leak was a cracked pipe, engineers said.",
        "Date night was cancelled when the storm arrived.",
        "Author Jane Doe signed copies for three hours on Saturday.",
        "date limite : les candidats ont jusqu'à lundi.",
    ],
)
def test_prose_that_starts_like_a_header_key_is_kept(first_line):
    document = read_document(first_line + "\n\nSecond paragraph of the story.")
    assert document.paragraphs[0].text == first_line
    assert document.metadata == {}
    assert document.date is None


def test_metadata_from_the_source_wins_over_the_header():
    document = read_document(
        "date 2023-02 source Wire\n\nThe ministers met in Brussels on Tuesday.",
        {"date": "2023-02-14", "Author": "A. Reporter", "title": "Ministers meet"},
    )
    assert document.date == "2023-02-14"
    assert document.title == "Ministers meet"
    assert document.metadata == {"source": "Wire", "author": "A. Reporter"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", "2023"),
        ("2023-02", "2023-02"),
        ("2023-02-14", "2023-02-14"),
        ("2023/2/4", "2023-02-04"),
        ("2023-02-14T09:30:00+01:00", "2023-02-14"),
        ("14 février 2023", "2023-02-14"),
        ("1er mars 2023", "2023-03-01"),
        ("février 2023", "2023-02"),
        ("February 14, 2023", "2023-02-14"),
        ("Tue, 14 Feb 2023 10:00:00 GMT", "2023-02-14"),
        ("2023-02-30", None),
        ("2023-13", None),
        ("soon", None),
        ("20230", None),
    ],
)
def test_dates_keep_their_precision_and_are_validated(value, expected):
    assert normalize_date(value) == expected


def test_a_date_never_gains_a_day_or_a_month():
    assert parse_date("2023 Le gouvernement") == ("2023", 4)
    assert read_document("date 2023 Le gouvernement a tranché.").date == "2023"


def test_an_invalid_date_is_not_a_header():
    document = read_document("date 2023-02-31 was never a real day.\n\nMore text.")
    assert document.date is None
    assert document.paragraphs[0].text.startswith("date 2023-02-31")


def test_a_short_first_line_without_final_punctuation_is_the_title():
    document = read_document(
        "date 2022-06-01\nCity opens three new cycle lanes\n\n"
        "The city opened three cycle lanes on Monday. Cyclists welcomed them."
    )
    assert document.title == "City opens three new cycle lanes"
    assert [p.kind for p in document.paragraphs] == ["title", "body"]


def test_a_lone_line_is_not_a_title_without_a_following_paragraph():
    document = read_document("Council votes budget")
    assert document.title is None
    assert document.paragraphs[0].kind == "subheading"


def test_lines_without_blank_lines_are_paragraphs_and_wrapped_lines_are_joined():
    extracted = read_document("First paragraph here.\nSecond paragraph here.")
    assert [p.text for p in extracted.paragraphs] == [
        "First paragraph here.",
        "Second paragraph here.",
    ]
    wrapped = read_document("A sentence wrapped\nover two lines.\n\nNext paragraph.")
    assert wrapped.paragraphs[0].text == "A sentence wrapped over two lines."


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters at the scene on Sunday. (Jane Roe/Associated Press)",
        "Les pompiers sur place dimanche. (Photo : Service départemental)",
        "Le maire lors de l'inauguration, lundi (Archives)",
        "Rescue teams search the rubble. Photo: Karim Haddad",
        "Une manifestante devant la préfecture. © AFP",
        "Demonstrators outside parliament. (Getty Images)",
        "PHOTO : Jean Dupont/AFP — Des manifestants devant la mairie",
    ],
)
def test_captions_end_with_a_photo_credit(text):
    assert is_caption(text)
    assert paragraph_kind(text) == "caption"


@pytest.mark.parametrize(
    "text",
    [
        "The speed limit rose to 130 (km/h) on the new road, officials said.",
        "The plan was approved by the committee (the vote was 7 to 2).",
        "Inflation fell to 2.1 per cent in May (Statistics Canada).",
    ],
)
def test_ordinary_parentheses_do_not_make_a_caption(text):
    assert not is_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "REGARDER | Un reportage sur les pêcheurs de Douarnenez",
        "WATCH | How the flood unfolded",
        "VOIR AUSSI — Les halles de Brest font peau neuve",
        "À LIRE AUSSI Les élections municipales en cinq chiffres",
        "READ MORE: Why the bridge closed",
        "Lire aussi : la réforme des retraites",
        "ÉCOUTER | Notre podcast sur la campagne",
        "EN DIRECT | Suivez la séance au Sénat",
        "VIDÉO. Les images de l'incendie",
        "► Abonnez-vous à notre lettre d'information",
        "Also read: The ten bridges that changed the city",
        "Sur le même sujet : la crue de 1910",
    ],
)
def test_promos_are_recognised_by_form(text):
    assert is_promo(text)
    assert paragraph_kind(text) == "promo"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON — The Senate passed the bill late on Tuesday.",
        "PARIS (AFP) - Le gouvernement a présenté son budget.",
        "NATO: the alliance met again on Friday.",
        "A spokesman declined to comment.",
        "UN officials said the convoy had arrived.",
        "• The plan includes 40 new buses and two depots.",
        "Photographers gathered outside the court.",
    ],
)
def test_datelines_and_acronyms_start_ordinary_prose(text):
    assert not is_promo(text)
    assert paragraph_kind(text) == "body"


@pytest.mark.parametrize(
    "text",
    [
        "Une rénovation attendue",
        "“Speed is essential”",
        "« Pas de retour en arrière »",
        "2024 budget",
    ],
)
def test_subheadings_are_short_and_unpunctuated(text):
    assert is_subheading(text)


def test_a_short_sentence_is_not_a_subheading():
    assert not is_subheading("The vote was close.")
    assert not is_subheading("Ils ont gagné !")
    assert not is_subheading("« Pourquoi maintenant ? »")


def test_a_very_short_question_alone_is_a_subheading():
    assert is_subheading("What happens next?")
    assert is_subheading("Et maintenant ?")


def _sentences(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "M. Dupont a parlé. Mme Durand aussi.",
            "fr",
            ["M. Dupont a parlé.", "Mme Durand aussi."],
        ),
        (
            "John F. Kennedy visited Dallas. It was November.",
            "en",
            ["John F. Kennedy visited Dallas.", "It was November."],
        ),
        (
            "Dr. Patel met U.S. officials. They agreed.",
            "en",
            ["Dr. Patel met U.S. officials.", "They agreed."],
        ),
        (
            "She moved to the U.S. The move was hard.",
            "en",
            ["She moved to the U.S.", "The move was hard."],
        ),
        (
            "« Nous tiendrons. Rien ne nous arrêtera », a-t-elle dit. Puis elle est partie.",
            "fr",
            ["« Nous tiendrons. Rien ne nous arrêtera », a-t-elle dit.", "Puis elle est partie."],
        ),
        (
            "“We will rebuild. Every house,” he said. The crowd cheered.",
            "en",
            ["“We will rebuild. Every house,” he said.", "The crowd cheered."],
        ),
        (
            'He added: "It is over." Then he left.',
            "en",
            ['He added: "It is over."', "Then he left."],
        ),
        (
            "See p. 12 for the details. Apple Inc. The company declined.",
            "en",
            ["See p. 12 for the details.", "Apple Inc.", "The company declined."],
        ),
        (
            "Vraiment ? Oui ! Il est parti… Sans un mot.",
            "fr",
            ["Vraiment ?", "Oui !", "Il est parti…", "Sans un mot."],
        ),
        (
            "“It was the first time. It will not be the last. And",
            "en",
            ["“It was the first time.", "It will not be the last.", "And"],
        ),
    ],
)
def test_sentences_respect_quotes_abbreviations_and_initials(text, language, expected):
    assert _sentences(text, language) == expected


def test_shaped_header_values_accept_a_capitalised_key():
    document = read_document("Date 2023-02-14 Le texte commence ici.")
    assert document.date == "2023-02-14"
    assert document.text == "Le texte commence ici."


def test_a_header_may_follow_the_title_line():
    document = read_document("Bridge reopens\ndate 2024-01\n\nThe bridge reopened on Monday.")
    assert document.title == "Bridge reopens"
    assert document.date == "2024-01"
    assert "date" not in document.text


def test_a_free_text_key_never_swallows_the_first_paragraph():
    text = "source Reuters La ministre est arrivée mardi. Elle repart jeudi pour Berlin."
    document = read_document(text)
    assert document.metadata == {}
    assert document.text == text


def test_a_known_title_does_not_make_a_byline_the_title_paragraph():
    document = read_document(
        "By Sam Ortiz | Updated March 3\n\nThe mill closed on Friday after 80 years.",
        {"title": "Mill closes after 80 years"},
    )
    assert document.title == "Mill closes after 80 years"
    assert [p.kind for p in document.paragraphs] == ["subheading", "body"]
    repeated = read_document(
        "Mill closes after 80 years\n\nThe mill closed.", {"title": "Mill closes after 80 years"}
    )
    assert [p.kind for p in repeated.paragraphs] == ["title", "body"]


def test_low_and_high_quotation_marks_are_a_pair():
    text = "A spokesman said: „Every new lane saves lives.“"
    assert paragraph_kind(text) == "body"
    text = "Er sagte: „Wir bauen. Wir bleiben.“ Dann ging er."
    assert _sentences(text, "en") == ["Er sagte: „Wir bauen. Wir bleiben.“", "Dann ging er."]


def test_sentences_glued_by_a_lost_space_are_still_split():
    text = "Il a voté contre.Elle a voté pour.« Non », a-t-il dit.L'affaire est close."
    assert _sentences(text, "fr") == [
        "Il a voté contre.",
        "Elle a voté pour.",
        "« Non », a-t-il dit.",
        "L'affaire est close.",
    ]
    assert _sentences("Visit Node.js today. The U.S.A. is big.", "en") == [
        "Visit Node.js today.",
        "The U.S.A. is big.",
    ]


def test_a_stray_straight_quote_spoils_only_its_own_quotation():
    text = 'Ils le disent "rigide, "froid" et "distant". Il a démissionné. Il part lundi.'
    assert _sentences(text, "fr")[-2:] == ["Il a démissionné.", "Il part lundi."]


def test_a_quote_opened_by_doubled_apostrophes_starts_a_sentence():
    text = "''We are done,'' said Ada Lind. ''The rest can wait.''"
    assert _sentences(text, "en") == ["''We are done,'' said Ada Lind.", "''The rest can wait.''"]


def test_a_photo_mentioned_in_prose_is_not_a_credit():
    assert not is_caption("He posted the photo: a burning car on the ring road")
    assert not is_caption("Elle a publié une photo — un cliché du port")


def test_a_sentence_ends_after_a_spaced_closing_guillemet():
    text = "« Nous irons jusqu’au bout. » Elle a quitté la salle. « Sans exception. »"
    assert _sentences(text, "fr") == [
        "« Nous irons jusqu’au bout. »",
        "Elle a quitté la salle.",
        "« Sans exception. »",
    ]


def test_sentences_never_end_inside_the_quotations_a_caller_gives():
    text = "“We will rebuild. Every house. Every school. And"
    assert _sentences(text, "en") == ["“We will rebuild.", "Every house.", "Every school.", "And"]
    whole = split_sentences(text, "en", [(0, len(text))])  # a quote that goes on next paragraph
    assert whole == [(0, len(text))]
