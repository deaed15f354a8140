"""Embedded social posts: recognised by form, never summarised, their author kept."""

from __future__ import annotations

import pytest

from bot.text import analyze
from bot.text.document import read_document
from bot.text.social import read_post

SIGNED = (
    "Merci aux pompiers de Quimper pour leur travail cette nuit. pic.twitter.com/Ab12Cd34Ef"
    "— Claire Madec (@cmadec) 12 mars 2021"
)
ARTICLE = "\n\n".join(
    [
        "Incendie au port de Quimper",
        "Un entrepôt a brûlé dans la nuit de jeudi à vendredi sur le port de Quimper, sans faire "
        "de victime, selon la préfecture du Finistère.",
        SIGNED,
        "Merci aux pompiers de Quimper pour leur travail cette nuit. pic.twitter.com/Ab12Cd34Ef",
        "La maire, Claire Madec, a salué leur travail sur les réseaux sociaux.",
    ]
)


def test_a_signed_post_is_social_and_keeps_its_author() -> None:
    post = read_post(SIGNED)
    assert post is not None
    assert post.author == "Claire Madec"
    assert post.words == "Merci aux pompiers de Quimper pour leur travail cette nuit."


def test_a_signature_with_an_english_date_and_no_link_is_a_post() -> None:
    post = read_post("We are safe and grateful. — Sam Ortiz (@samortiz) May 4, 2018")
    assert post is not None and post.author == "Sam Ortiz"


def test_a_paragraph_closed_by_a_media_link_is_a_post_without_author() -> None:
    post = read_post("Huge crowd downtown tonight https://t.co/Zx9Yw8Vu7T")
    assert post is not None and post.author is None


@pytest.mark.parametrize(
    "text",
    [
        "Le compte @cmadec a publié un message mardi, repris par la presse locale.",
        "Voir https://t.co/Zx9Yw8Vu7T pour le détail, a précisé la mairie dans un communiqué.",
        "Le député (@jdupont) a répondu — sans convaincre — à ses opposants.",
    ],
)
def test_prose_that_mentions_a_handle_or_a_link_is_not_a_post(text: str) -> None:
    assert read_post(text) is None


def test_a_repeat_of_a_post_without_its_signature_is_the_post_again() -> None:
    paragraphs = read_document(ARTICLE).paragraphs
    assert [p.kind for p in paragraphs] == ["title", "body", "social", "social", "body"]
    assert [p.author for p in paragraphs if p.kind == "social"] == ["Claire Madec"] * 2


@pytest.mark.slow
def test_a_post_is_never_summarised_but_its_quotes_are_quotes() -> None:
    article = analyze(
        ARTICLE + "\n\nLa sénatrice Anne Roy a écrit : « Bravo aux pompiers de Quimper » "
        "pic.twitter.com/Gh56Ij78Kl— Anne Roy (@anneroy) 12 mars 2021"
    )
    assert all("pic.twitter" not in sentence for sentence in article.summary(5))
    assert [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"] == [
        ("Bravo aux pompiers de Quimper", "Anne Roy")
    ]
