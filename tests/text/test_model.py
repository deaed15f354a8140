from bot.text.model import Article, Paragraph, Sentence, date_precision


def untitled_article() -> Article:
    paragraphs = (
        Paragraph(0, "caption", "Des dockers au port, mardi. (Nom Prénom/AFP)", 0),
        Paragraph(1, "body", "Les dockers bloquent le port. Les navires attendent.", 46),
    )
    text = "\n\n".join(p.text for p in paragraphs)
    sentences = (
        Sentence(0, 0, 44, paragraphs[0].text),
        Sentence(1, 46, 75, "Les dockers bloquent le port.", rank=1),
        Sentence(1, 76, 98, "Les navires attendent.", rank=0),
    )
    return Article(text=text, language="fr", paragraphs=paragraphs, sentences=sentences)


def test_an_untitled_article_is_named_by_its_first_body_sentence_never_a_caption():
    assert untitled_article().headline == "Les dockers bloquent le port."


def test_a_title_is_the_headline():
    article = Article(text="x", language="fr", title="Grève au port")
    assert article.headline == "Grève au port"


def test_summary_takes_the_best_ranked_sentences_in_article_order():
    article = untitled_article()
    assert article.summary(1) == ["Les navires attendent."]
    assert article.summary(5) == ["Les dockers bloquent le port.", "Les navires attendent."]


def test_date_precision_follows_the_source():
    assert [date_precision(d) for d in ("2023", "2023-02", "2023-02-14", None)] == [
        "year",
        "month",
        "day",
        None,
    ]
