"""Extractive summaries: body sentences only, verbatim, ranked; topic summaries across articles."""

from __future__ import annotations

from dataclasses import dataclass

from bot.text.document import read_document, split_sentences
from bot.text.model import Article, Sentence
from bot.text.summarize import Weights, rank_sentences, topic_summary

FLOOD_ARTICLE = "\n\n".join(
    [
        "date 2024-10-18\nFloods close schools across the valley",
        "Heavy rain flooded dozens of villages across the Aran valley on Thursday, forcing "
        "the regional government to close 40 schools and evacuate about 2,000 residents.",
        "WATCH | Drone footage shows the flooded valley floor",
        "Residents wade through a flooded street in Vielha on Thursday. (Marta "
        "Soler/Pyrenees Press)",
        "Rescue teams used boats to reach families trapped on the upper floors of their "
        "homes, the regional civil protection agency said.",
        "What happens next?",
        "“We have never seen the river rise this fast. In two hours it was in the kitchen,” "
        "said Pere Vidal, a baker in the village of Bossòst.",
        "The agency said the river would stay above its warning level until Saturday, and "
        "asked residents not to drive through flooded roads.",
        "READ MORE: How climate change is changing rainfall in the mountains",
        "Officials estimated the damage to roads and bridges at several million euros, and "
        "said schools would reopen on Monday at the earliest.",
        "Sign up for our newsletter to get the latest updates on the floods.",
    ]
)

GREVE_ARTICLE = "\n\n".join(
    [
        "date 2023-06\nGrève au port de Sète : les dockers bloquent les quais",
        "Les dockers du port de Sète ont entamé mardi une grève illimitée pour protester "
        "contre la suppression de 60 postes annoncée par la direction.",
        "REGARDER | Les images du blocage au petit matin",
        "Des dockers devant les grilles du port mardi. (Photo : Luc Marin/Agence Sud)",
        "Aucun navire n'a pu être déchargé depuis lundi soir, selon la capitainerie, et une "
        "dizaine de cargos attendent au large.",
        "Un dialogue rompu",
        "« On nous annonce les suppressions par courriel. C'est du mépris », a lancé le "
        "délégué syndical Karim Benali devant les grilles.",
        "La direction du port assure que les suppressions de postes sont liées à "
        "l'automatisation des grues et promet des reclassements.",
        "À LIRE AUSSI Les ports français face à l'automatisation",
        "Abonnez-vous à notre newsletter pour suivre la grève en direct.",
    ]
)


def _ranked(text: str, language: str) -> Article:
    document = read_document(text)
    sentences = [
        Sentence(
            paragraph=p.index, start=p.start + start, end=p.start + end, text=p.text[start:end]
        )
        for p in document.paragraphs
        for start, end in split_sentences(p.text, language)
    ]
    return Article(
        text=document.text,
        language=language,
        paragraphs=document.paragraphs,
        sentences=rank_sentences(sentences, document.paragraphs, language),
    )


def test_only_body_sentences_are_ranked():
    for text, language in ((FLOOD_ARTICLE, "en"), (GREVE_ARTICLE, "fr")):
        article = _ranked(text, language)
        for sentence in article.sentences:
            is_body = article.paragraphs[sentence.paragraph].kind == "body"
            assert (sentence.rank is not None) == is_body


def test_ranks_are_a_permutation_starting_at_zero():
    article = _ranked(FLOOD_ARTICLE, "en")
    ranks = sorted(s.rank for s in article.sentences if s.rank is not None)
    assert ranks == list(range(len(ranks)))


def test_summaries_never_contain_boilerplate():
    boilerplate = ("WATCH", "READ MORE", "REGARDER", "À LIRE", "Photo", "Pyrenees Press")
    boilerplate += ("Sign up", "Abonnez", "What happens next", "Un dialogue rompu")
    for text, language in ((FLOOD_ARTICLE, "en"), (GREVE_ARTICLE, "fr")):
        article = _ranked(text, language)
        for length in range(1, 8):
            for sentence in article.summary(length):
                assert not any(marker in sentence for marker in boilerplate), sentence


def test_summary_sentences_are_verbatim_and_in_article_order():
    article = _ranked(GREVE_ARTICLE, "fr")
    summary = article.summary(3)
    assert len(summary) == 3
    positions = [article.text.index(sentence) for sentence in summary]
    assert positions == sorted(positions)
    assert "date 2023-06" not in " ".join(summary)


def test_the_lead_sentence_comes_first():
    assert _ranked(FLOOD_ARTICLE, "en").summary(1) == [
        "Heavy rain flooded dozens of villages across the Aran valley on Thursday, forcing the "
        "regional government to close 40 schools and evacuate about 2,000 residents."
    ]
    assert _ranked(GREVE_ARTICLE, "fr").summary(1)[0].startswith("Les dockers du port de Sète")


def test_questions_and_bare_quotes_rank_behind_plain_statements():
    article = _ranked(
        "The city council approved the new tram line on Monday after a three-hour debate.\n\n"
        "“It is a great day for the city.”\n\n"
        "Who will pay for the line in the end?\n\n"
        "The line will link the university to the central station by 2027, the council said.",
        "en",
    )
    rank = {s.text: s.rank for s in article.sentences}
    statement = rank[
        "The line will link the university to the central station by 2027, the council said."
    ]
    assert statement < rank["“It is a great day for the city.”"]
    assert statement < rank["Who will pay for the line in the end?"]


def test_a_near_repeat_does_not_follow_its_twin():
    article = _ranked(
        "The central bank raised its main interest rate to 4.5 per cent on Thursday.\n\n"
        "On Thursday the central bank raised its main interest rate to 4.5 per cent.\n\n"
        "Mortgage payments for about two million households will rise from next month.",
        "en",
    )
    assert "Mortgage payments" in " ".join(article.summary(2))


def test_an_article_without_body_text_has_an_empty_summary():
    assert _ranked("WATCH | The storm in pictures", "en").summary(3) == []


@dataclass(frozen=True)
class StoredSentence:
    article_id: int
    title: str | None
    text: str
    rank: int | None
    start: int


def test_topic_summary_takes_each_article_best_sentence_first_and_keeps_ids():
    candidates = [
        StoredSentence(
            1, "Port strike", "Dockers in Sète began an unlimited strike on Tuesday.", 0, 0
        ),
        StoredSentence(1, "Port strike", "Ten cargo ships are waiting offshore near Sète.", 1, 60),
        StoredSentence(
            2, "Strike spreads", "The strike spread to the port of Marseille on Friday.", 0, 0
        ),
        StoredSentence(3, "Weather", "Sunny weather is expected all week in the south.", 0, 0),
    ]
    chosen = topic_summary(candidates, "strike port", n=2)
    assert {c.article_id for c in chosen} == {1, 2}
    assert all(c in candidates for c in chosen)


def test_topic_summary_drops_near_repeats_from_other_outlets():
    candidates = [
        StoredSentence(
            1, "A", "Dockers in Sète began an unlimited strike on Tuesday morning.", 0, 0
        ),
        StoredSentence(
            2, "B", "On Tuesday morning dockers in Sète began an unlimited strike.", 0, 0
        ),
        StoredSentence(3, "C", "Management blames the strike on the automation of cranes.", 0, 0),
    ]
    chosen = topic_summary(candidates, "Sète strike", n=3)
    texts = [c.text for c in chosen]
    assert len(chosen) == 2
    assert texts[-1] == "Management blames the strike on the automation of cranes."


def test_topic_summary_ignores_unranked_sentences_and_respects_n():
    candidates = [
        StoredSentence(1, "A", "WATCH | The strike in pictures", None, 0),
        StoredSentence(2, "B", "The strike closed the port of Sète for a third day.", 0, 0),
        StoredSentence(3, "C", "Union leaders said the strike would go on until Friday.", 0, 0),
        StoredSentence(4, "D", "Ferries to Tangier were diverted because of the strike.", 0, 0),
        StoredSentence(5, "E", "Fishing boats could land their catch despite the strike.", 0, 0),
    ]
    chosen = topic_summary(candidates, "strike", n=3)
    assert len(chosen) == 3
    assert all(c.rank is not None for c in chosen)
    assert topic_summary([], "strike", n=3) == []


def test_a_sentence_that_opens_a_quote_it_never_closes_ranks_low():
    text = "\n\n".join(
        [
            "The ferry company cut its timetable to two sailings a day on Monday.",
            "“Fuel prices doubled in a year, and nobody in Edinburgh offered the company "
            "a single pound of help to keep 40 sailings a week.",
            "Islanders say the cut leaves them without a way to reach the hospital in Oban.",
        ]
    )
    document = read_document(text)
    sentences = [
        Sentence(paragraph=p.index, start=p.start, end=p.start + len(p.text), text=p.text)
        for p in document.paragraphs
    ]
    unclosed = sentences[1].text

    def summary(weights: Weights) -> list[str]:
        ranked = rank_sentences(sentences, document.paragraphs, "en", weights)
        return [s.text for s in ranked if s.rank is not None and s.rank < 2]

    assert unclosed in summary(Weights(unbalanced=0.0))
    assert unclosed not in summary(Weights())
