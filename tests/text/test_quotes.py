"""Quotes and their speakers, read from articles written for these tests (French and English).

Each article under ``articles/`` has a gold file: the direct quotes with their speakers, the
indirect quotes, the words in marks that are not quotes, and the people with their gender.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.text.quotes.reading import direct, fold, read, speaker_of

ARTICLES = Path(__file__).parent / "articles"
GOLDS = sorted(ARTICLES.glob("*.json"))


def _gold_article(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (ARTICLES / gold["document"]).read_text(encoding="utf-8")
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    kinds = {}
    for index, part in enumerate(parts):
        if any(part.startswith(t) for t in gold.get("titles", [])):
            kinds[index] = "title"
        if any(part.startswith(c) for c in gold.get("captions", [])):
            kinds[index] = "caption"
    return gold, read(text, gold["language"], kinds)


@pytest.mark.slow
@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_article_direct_quotes_and_speakers(path: Path) -> None:
    gold, (_, quotes, _) = _gold_article(path)
    found = direct(quotes)
    for expected in gold["direct_quotes"]:
        hits = [q for q in found if fold(expected["text_prefix"]) in fold(q.text)]
        assert hits, f"missed {expected['text_prefix']!r} ({expected['how']})"
        assert fold(hits[0].speaker) == fold(expected["speaker"]), expected["how"]
    allowed = [g["text_prefix"] for g in gold["direct_quotes"] + gold.get("optional_quotes", [])]
    for quote in found:
        assert any(fold(a) in fold(quote.text) for a in allowed), f"not a quote: {quote.text!r}"


@pytest.mark.slow
@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_article_indirect_quotes(path: Path) -> None:
    gold, (_, quotes, _) = _gold_article(path)
    for expected in gold["indirect_quotes"]:
        assert speaker_of(quotes, expected["text_prefix"], "indirect") == expected["speaker"]


@pytest.mark.slow
@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_article_people_and_genders(path: Path) -> None:
    gold, (people, _, _) = _gold_article(path)
    genders = {p.name: p.gender for p in people}
    for name, gender in gold["people"].items():
        assert genders.get(name) == gender, f"{name}: {genders}"


@pytest.mark.slow
@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_article_offsets_point_at_the_quoted_words(path: Path) -> None:
    _, (_, quotes, article) = _gold_article(path)
    for quote in quotes:
        first_word = quote.text.split()[0].strip(",")
        assert article[quote.start :].startswith(first_word)
        assert article[: quote.end].endswith(quote.text.split()[-1])
        assert article[quote.start] not in '«“"‘„ \u00a0\u202f'


@pytest.mark.slow
def test_guillemets_with_narrow_no_break_spaces_are_trimmed() -> None:
    text = "Le maire, Paul Aubry, a été clair.\u00a0«\u202fNous ne céderons pas\u202f», a-t-il dit."
    _, quotes, _ = read(text, "fr")
    assert [(q.text, q.speaker) for q in direct(quotes)] == [("Nous ne céderons pas", "Paul Aubry")]


@pytest.mark.slow
def test_incise_inside_guillemets_is_left_out_of_the_quote() -> None:
    text = "« Le projet avance bien, a assuré Mme Chantal Rivière. Il sera livré en juin. »"
    _, quotes, _ = read(text, "fr")
    (quote,) = direct(quotes)
    assert quote.text == "Le projet avance bien. Il sera livré en juin."
    assert quote.speaker == "Chantal Rivière"


@pytest.mark.slow
def test_elle_never_goes_to_a_man() -> None:
    text = (
        "La juge Hélène Garnier a reçu l'avocat Thomas Vidal mardi.\n\n"
        "« Le dossier est complet », a-t-elle estimé."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Le dossier est complet") == "Hélène Garnier"


@pytest.mark.slow
def test_subject_outranks_the_last_name_mentioned() -> None:
    text = (
        "Le maire de Lyon, Bruno Caron, a répondu aux critiques du député Marc Olivier.\n\n"
        "« Nous tiendrons nos engagements », a-t-il déclaré."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Nous tiendrons nos engagements") == "Bruno Caron"


@pytest.mark.slow
def test_a_caption_is_no_antecedent() -> None:
    text = (
        "Le syndicaliste Marc Perrot a quitté la réunion avant la fin.\n\n"
        "Le préfet Jacques Lenoir à son arrivée, lundi. (Anne Roux/Photo Ouest)\n\n"
        "« Rien n'a été décidé », a-t-il affirmé."
    )
    _, quotes, _ = read(text, "fr", {1: "caption"})
    assert speaker_of(quotes, "Rien n'a été décidé") == "Marc Perrot"


@pytest.mark.slow
def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        "Le gouvernement défend une « réforme de bon sens » depuis janvier.\n\n"
        "Le film « Les Grandes Marées » sort mercredi."
    )
    _, quotes, _ = read(text, "fr")
    assert direct(quotes) == []


def test_english_after_before_and_split_quotes() -> None:
    text = (
        "Mayor Laura Bennett opened the session on Monday.\n\n"
        "“The plan,” she said, “is working.”\n\n"
        'Councilman Rick Alvarez told reporters: "We need an audit."\n\n'
        '"It is not personal," Alvarez said.'
    )
    _, quotes, _ = read(text, "en")
    found = [(q.text, q.speaker) for q in direct(quotes)]
    assert found == [
        ("The plan is working.", "Laura Bennett"),
        ("We need an audit.", "Rick Alvarez"),
        ("It is not personal", "Rick Alvarez"),
    ]


def test_doubled_apostrophes_quote_like_double_marks() -> None:
    text = "''The vote is not over,'' said Councilman Rick Alvarez. ''It's the budget's turn.''"
    _, quotes, _ = read(text, "en")
    found = [(q.text, q.speaker) for q in direct(quotes)]
    assert found == [
        ("The vote is not over", "Rick Alvarez"),
        ("It's the budget's turn.", "Rick Alvarez"),
    ]


def test_british_marks_keep_apostrophes_and_nested_quotes() -> None:
    text = (
        "‘I’ve waited six years and it’s still not “good enough”,’ said Margaret Doyle, "
        "who lives on the estate."
    )
    _, quotes, _ = read(text, "en")
    (quote,) = direct(quotes)
    assert quote.text == "I’ve waited six years and it’s still not “good enough”"
    assert quote.speaker == "Margaret Doyle"


def test_low_high_marks_and_according_to() -> None:
    text = "According to Stefan Kessler, „the talks will resume in spring.“"
    _, quotes, _ = read(text, "en")
    assert [(q.text, q.speaker) for q in direct(quotes)] == [
        ("the talks will resume in spring.", "Stefan Kessler")
    ]


def test_a_quote_continues_into_the_next_paragraph() -> None:
    text = (
        "Union leader Dana Whitfield did not hold back: “We were promised a raise.\n\n"
        "“We are still waiting.”"
    )
    _, quotes, article = read(text, "en")
    (quote,) = direct(quotes)
    assert quote.text == "We were promised a raise.\n\nWe are still waiting."
    assert quote.speaker == "Dana Whitfield"
    assert quote.paragraph == 0
    assert article[quote.end - 1] == "."


def test_unattributed_quote_paragraph_after_a_quote_has_the_same_speaker() -> None:
    text = (
        "“Prices will fall,” said Owen Marsh, the bank’s chief economist.\n\n"
        "“Not this month, not next month, but before the end of the year.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Not this month") == "Owen Marsh"


def test_she_never_goes_to_a_man_and_the_so_called_is_a_term() -> None:
    text = (
        "Senator Carol Baines met Governor Peter Lund about the so-called “green corridor” "
        "plan.\n\n"
        "“We will not sign it as written,” she said."
    )
    _, quotes, _ = read(text, "en")
    assert [(q.text, q.speaker) for q in direct(quotes)] == [
        ("We will not sign it as written", "Carol Baines")
    ]


def test_role_noun_points_back_to_the_person_with_that_role() -> None:
    text = (
        "The company’s spokeswoman, Irene Fowler, confirmed the layoffs.\n\n"
        "“No plant will close,” the spokeswoman said."
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "No plant will close") == "Irene Fowler"
    assert {p.name: p.gender for p in people}["Irene Fowler"] == "f"


def test_an_organisation_can_speak() -> None:
    text = (
        "The Ministry of Transport said in a statement that it would review the contract.\n\n"
        "“Safety comes first,” the ministry said."
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Safety comes first") == "Ministry of Transport"
    assert speaker_of(quotes, "it would review the contract", "indirect") == "Ministry of Transport"
    kinds = {p.name: p.kind for p in people}
    assert kinds["Ministry of Transport"] == "organization"


def test_indirect_speech_with_and_without_that() -> None:
    text = (
        "Judge Ann Pryor said the hearing would resume on Friday.\n\n"
        "Her clerk, Leo Grant, added that the courtroom would be closed to the public."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the hearing would resume", "indirect") == "Ann Pryor"
    assert speaker_of(quotes, "the courtroom would be closed", "indirect") == "Leo Grant"
    assert direct(quotes) == []


def test_surname_and_honorific_resolve_to_the_full_name() -> None:
    text = (
        "Dr. Nina Patel leads the trial at Westbrook Hospital.\n\n"
        "“The results are encouraging,” Dr. Patel said.\n\n"
        "“We need more patients,” Patel added."
    )
    people, quotes, _ = read(text, "en")
    assert {q.speaker for q in direct(quotes)} == {"Nina Patel"}
    (nina,) = [p for p in people if p.name == "Nina Patel"]
    assert "Patel" in nina.aliases


_PIECES = st.sampled_from(
    ["“", "”", "«", "»", "\u202f", '"', "'", "‘", "’", "„", ",", ".", ":", " ", "\n\n", "-t-il",
     " said", " a déclaré", " Anne Morel", " he", " elle", " the minister", " selon", " it’s",
     " Mr.", " (AP)", " que", " that", " word", "—", "?"]
)  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.sampled_from(["fr", "en"]))
def test_any_text_gives_quotes_with_valid_offsets(pieces: list[str], language: str) -> None:
    _, quotes, article = read("".join(pieces), language)
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(article)
        assert quote.text.strip()


def test_a_pronoun_corrects_a_gender_guessed_from_a_first_name() -> None:
    text = (
        "Representative Robin Hale and Senator Ashley Moreau met on Monday.\n\n"
        "Moreau left first. “We made progress,” he said."
    )
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We made progress") == "Ashley Moreau"
    assert {p.name: p.gender for p in people}["Ashley Moreau"] == "m"


def test_initials_asides_and_unnamed_groups() -> None:
    text = (
        '"We will win," said John F. Kennedy Jr.\n\n'
        '"The vote is close," Rep. Dana Lyle (D-Ore.) said.\n\n'
        "“It is a mess,” said Democratic strategists in Ohio."
    )
    _, quotes, _ = read(text, "en")
    speakers = [(q.speaker, q.speaker_mention) for q in direct(quotes)]
    assert speakers[1:] == [("Dana Lyle", "Rep. Dana Lyle"), (None, "Democratic strategists")]
    assert speakers[0][1].startswith("John F. Kennedy")  # the initial does not end the sentence
    assert speakers[0][0] == "John Kennedy"  # the name shown leaves out initial and suffix


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le ministre Paul Roche était à Lyon. Selon lui, « la croissance repartira ».",
            "Paul Roche",
        ),
        ("Pour la ministre Anne Vidal, « il faut agir vite ».", "Anne Vidal"),
        (
            "« C'est une victoire », s'est félicité le président du club, Marc Aubert.",
            "Marc Aubert",
        ),
        ("« La situation est grave », poursuit le maire, Pierre Lenoir.", "Pierre Lenoir"),
        (
            "Mme Léa Dupont a présidé la séance. « Le budget sera voté », déclare-t-elle.",
            "Léa Dupont",
        ),
        ("Jean Moulin : « Nous tiendrons. »", "Jean Moulin"),
        ("« Rien n'est décidé », indique-t-on à Matignon.", None),
    ],
)
def test_french_attribution_forms(text: str, speaker: str | None) -> None:
    _, quotes, _ = read(text, "fr")
    (quote,) = direct(quotes)
    assert quote.speaker == speaker


@pytest.mark.slow
def test_a_colon_after_a_clause_without_a_speaker_introduces_no_quote() -> None:
    _, quotes, _ = read("Il a voté pour la loi : « oui ».", "fr")
    assert direct(quotes) == []


def test_an_apposition_between_the_name_and_the_verb() -> None:
    text = '"We are not done," Tessa Lindqvist, a writer for The Harbor Review, said on Friday.'
    _, quotes, _ = read(text, "en")
    assert [(q.speaker, q.speaker_mention) for q in direct(quotes)] == [
        ("Tessa Lindqvist", "Tessa Lindqvist")
    ]


def test_a_title_of_an_organisation_then_the_name() -> None:
    text = "The CEO of Brightline, Omar Haddad, said the merger was “a done deal.”"
    people, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "a done deal") == "Omar Haddad"
    assert speaker_of(quotes, "the merger was", "indirect") == "Omar Haddad"
    assert "Brightline" not in {p.name for p in people}


@pytest.mark.parametrize(("opening", "closing"), [("«", "»"), ('"', '"'), ("“", "”")])
def test_a_stray_mark_ending_a_paragraph_does_not_swallow_the_next_quote(
    opening: str, closing: str
) -> None:
    _, quotes, _ = read(
        f"Le maire a présenté son plan mardi devant le conseil municipal {opening}\n\n"
        f"{opening}Nous rouvrirons le pont en mai{closing}, a déclaré Anne Berg, adjointe.",
        "fr",
    )
    assert speaker_of(quotes, "Nous rouvrirons le pont en mai") == "Anne Berg"


def test_a_few_quoted_words_in_a_subheading_are_not_a_quote():
    text = (
        "Le port de Sète restera fermé jusqu'à lundi, a annoncé la préfecture.\n\n"
        "« Pas avant lundi » pour rouvrir le port, selon la préfecture\n\n"
        "« Nous ne rouvrirons pas avant lundi, la digue doit être inspectée », a déclaré "
        "Claire Vidal, directrice du port."
    )
    _, quotes, _ = read(text, "fr", kinds={1: "subheading"})
    assert [q.text for q in quotes if q.kind == "direct"] == [
        "Nous ne rouvrirons pas avant lundi, la digue doit être inspectée"
    ]
