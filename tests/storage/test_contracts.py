"""storage reads an analysed article through the Protocols of storage/contracts.py, which
mirror bot/text/model.py attribute for attribute without importing it.

mypy checks this module (see ``[tool.mypy]`` in pyproject.toml): each assignment below of a
``bot.text.model`` object to a variable typed with its storage Protocol fails type checking as
soon as a field is renamed, removed or retyped on one side only. The test itself checks at run
time that every Protocol member reads the model's value, for a run without mypy.
"""

from __future__ import annotations

from bot.text import model
from storage.contracts import ArticleLike, ParagraphLike, PersonLike, QuoteLike, SentenceLike


def invented_article() -> model.Article:
    text = "Le pont rouvre lundi.\n\n« Les travaux sont finis », a dit Inès Varga."
    second = text.index("«")
    return model.Article(
        text=text,
        language="fr",
        title="Le pont rouvre",
        date="2025-06-02",
        metadata={"author": "Paul Rey"},
        paragraphs=(
            model.Paragraph(0, "body", "Le pont rouvre lundi.", 0),
            model.Paragraph(1, "body", text[second:], second),
        ),
        sentences=(
            model.Sentence(0, 0, 21, "Le pont rouvre lundi.", rank=0),
            model.Sentence(1, second, len(text), text[second:], rank=1),
        ),
        people=(model.Person("Inès Varga", aliases=("Varga",), gender="f"),),
        quotes=(
            model.Quote(
                "Les travaux sont finis",
                speaker="Inès Varga",
                speaker_mention="Inès Varga",
                kind="direct",
                paragraph=1,
                start=second + 2,
                end=second + 24,
            ),
        ),
    )


def public_members(protocol: type) -> list[str]:
    return [name for name in vars(protocol) if not name.startswith("_")]


def test_the_text_model_is_what_storage_reads() -> None:
    article = invented_article()
    stored_article: ArticleLike = article
    paragraph: ParagraphLike = article.paragraphs[0]
    sentence: SentenceLike = article.sentences[0]
    person: PersonLike = article.people[0]
    quote: QuoteLike = article.quotes[0]

    pairs: list[tuple[type, object]] = [
        (ArticleLike, stored_article),
        (ParagraphLike, paragraph),
        (SentenceLike, sentence),
        (PersonLike, person),
        (QuoteLike, quote),
    ]
    for protocol, value in pairs:
        members = public_members(protocol)
        assert members, protocol
        missing = [name for name in members if not hasattr(value, name)]
        assert not missing, f"{type(value).__name__} lacks {protocol.__name__}'s {missing}"
    assert stored_article.headline == "Le pont rouvre"
    assert stored_article.quotes[0].speaker == person.name
