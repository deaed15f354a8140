from pathlib import Path

import pytest

from bot.ingest.files import file_loaders, markdown_to_text, read_file
from bot.ingest.raw import RejectedDocument

LIMIT = 5 * 1024 * 1024


def test_folders_are_read_recursively_skipping_hidden_and_unsupported(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Un texte.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Titre\n\nTexte.")
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("hidden")
    sources = [source for source, _ in file_loaders([tmp_path], LIMIT)]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]


def test_a_file_named_explicitly_gets_a_reason_when_unsupported(tmp_path: Path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    [(_, load)] = list(file_loaders([pdf], LIMIT))
    with pytest.raises(RejectedDocument, match=r"unsupported file type '\.pdf'"):
        load()


def test_missing_file_is_a_clear_reason(tmp_path: Path):
    with pytest.raises(RejectedDocument, match="no such file"):
        read_file(tmp_path / "nope.txt", LIMIT)


def test_size_is_checked_before_reading(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(RejectedDocument, match="too large"):
        read_file(big, 4096)


def test_html_file_yields_main_text_title_and_date(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Le port rouvre</title>"
        "<meta property='article:published_time' content='2024-03-14'></head><body>"
        "<nav>Accueil | Monde | Sport</nav><article><h1>Le port rouvre</h1>"
        "<p>Les dockers ont repris le travail jeudi matin après trois jours de grève, "
        "a annoncé la direction du port dans un communiqué publié à l'aube.</p>"
        "<p>« Nous avons obtenu des garanties écrites », a déclaré le délégué syndical "
        "Karim Benali devant le terminal.</p></article>"
        "<footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )
    raw = read_file(page, LIMIT)
    assert raw.meta["title"] == "Le port rouvre"
    assert raw.meta["date"] == "2024-03-14"
    assert "Accueil" not in raw.text and "Mentions légales" not in raw.text
    assert "\n\n« Nous avons obtenu" in raw.text
    assert not raw.text.startswith("Le port rouvre")


def test_markdown_markup_is_dropped_but_paragraphs_kept():
    text = markdown_to_text(
        "# Titre de l'article\n\nUn **mot** en [lien](http://x.y) et _emphase_, "
        "mais snake_case_name reste.\n\n> Une citation."
    )
    assert text == (
        "Titre de l'article\n\nUn mot en lien et emphase, mais snake_case_name reste."
        "\n\nUne citation."
    )


def test_markdown_blocks_become_paragraphs_and_html_is_dropped():
    text = markdown_to_text(
        "Le maire a parlé\nlongtemps.\n\n- Premier point.\n- Second point.\n\n"
        '<div class="pub">Publicité</div>\n\n![Le port au matin](port.jpg)'
    )
    assert (
        text
        == "Le maire a parlé\nlongtemps.\n\nPremier point.\n\nSecond point.\n\nLe port au matin"
    )
