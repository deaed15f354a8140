"""The best summary sentence stands alone: a thin hook gives way to one that tells the story."""

from __future__ import annotations

from bot.text.document import read_document, split_sentences
from bot.text.model import Article, Sentence
from bot.text.summarize import Weights, rank_sentences

HOOK_ARTICLE = "\n\n".join(
    [
        "Le marché de Noël de Colmar a une drôle d'allure cette année.",
        "La mairie a réduit de moitié le nombre de chalets et interdit la vente d'alcool "
        "en soirée, après les plaintes des riverains du quartier historique.",
        "Les commerçants du marché de Noël dénoncent une décision prise sans concertation.",
        "Le marché de Noël de Colmar reste ouvert jusqu'au 30 décembre.",
    ]
)


def _ranked(text: str, language: str, weights: Weights | None = None) -> Article:
    document = read_document(text)
    sentences = [
        Sentence(paragraph=p.index, start=p.start + s, end=p.start + e, text=p.text[s:e])
        for p in document.paragraphs
        for s, e in split_sentences(p.text, language)
    ]
    ranked = rank_sentences(sentences, document.paragraphs, language, weights or Weights())
    return Article(
        text=document.text, language=language, paragraphs=document.paragraphs, sentences=ranked
    )


def test_a_thin_hook_is_not_the_one_sentence_summary_but_keeps_its_place_in_longer_ones():
    assert _ranked(HOOK_ARTICLE, "fr", Weights(thin=0.0)).summary(1)[0].startswith("Le marché")
    article = _ranked(HOOK_ARTICLE, "fr")
    assert article.summary(1)[0].startswith("La mairie a réduit")
    assert article.summary(2)[0].startswith("Le marché de Noël")
