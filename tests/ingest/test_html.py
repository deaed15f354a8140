"""Web pages to articles: paragraphs from the page's structure, the body chosen per page, the
title without the site's name. The pages in ``pages/`` were written for these tests.

The end-to-end tests run ``precis inspect --json`` as a subprocess on a page served over
HTTP (the real fetch, extraction and analysis); the rules behind them are tested directly.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from pytest_httpserver import HTTPServer

from bot.ingest.blocks import Block, fold
from bot.ingest.html import Extraction, choose_body, extract_html
from bot.ingest.raw import RejectedDocument
from bot.ingest.titles import PageFacts, choose_title, page_facts
from tests.reliability.reliability_helpers import precis, precis_env

PAGES = Path(__file__).parent / "pages"
ROOT = Path(__file__).resolve().parents[2]


def inspect_json(target: str, folder: Path) -> dict:
    """``precis inspect --json TARGET`` in a subprocess, as a newsroom runs it."""
    # The test server is on loopback: private addresses allowed.
    env = precis_env(f"sqlite:///{folder / 'unused.db'}", PRECIS_ALLOW_PRIVATE_URLS="1")
    run = precis("inspect", "--json", target, env=env, cwd=ROOT)
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    return json.loads(out)


def article_blocks(name: str, tags: str) -> list[str]:
    """The folded text of each ``tags`` element of the fixture's <article>."""
    root = lxml.html.fromstring((PAGES / name).read_text(encoding="utf-8"))
    return [fold(element.text_content()) for element in root.xpath(f"//article//*[{tags}]")]


@pytest.mark.slow
def test_hand_wrapped_paragraphs_stay_whole_and_headings_stay_headings(
    httpserver: HTTPServer, tmp_path: Path
):
    httpserver.expect_request("/local/ferry").respond_with_data(
        (PAGES / "ferry-wrapped.html").read_bytes(), content_type="text/html; charset=utf-8"
    )
    record = inspect_json(httpserver.url_for("/local/ferry"), tmp_path)
    texts = [paragraph["text"] for paragraph in record["paragraphs"]]
    kinds = dict(zip(texts, (paragraph["kind"] for paragraph in record["paragraphs"]), strict=True))

    # Every paragraph, list item and quote of the page is one paragraph, whatever its wrapping
    # (the <br> line is the only visible break, and splits its paragraph there).
    for block in article_blocks("ferry-wrapped.html", "self::p[not(br)] or self::li"):
        assert block in texts
    assert texts[-2:] == ["Harbour office", "Quay Street, open every day"]
    [subheading] = article_blocks("ferry-wrapped.html", "self::h2")
    assert kinds[subheading] == "subheading"
    # Sentences and quotes are read across the old line breaks.
    quoted = {quote["text"]: quote["speaker"] for quote in record["quotes"]}
    assert any("sleep on the mainland when the school term starts" in q for q in quoted)
    assert "Alma Ferreira" in quoted.values()
    # The title: the headline, without "| The Estuary Courier", not the site's logo heading.
    assert record["title"] == "Island ferry to run through the winter"
    assert "Related stories" not in texts and not any("rights reserved" in t for t in texts)


@pytest.mark.slow
def test_a_body_that_the_precise_extraction_drops_is_kept(tmp_path: Path):
    record = inspect_json(str(PAGES / "night-trains.html"), tmp_path)
    texts = [paragraph["text"] for paragraph in record["paragraphs"]]
    assert texts == article_blocks("night-trains.html", "self::p")
    assert record["title"] == "Night trains return to the coast line"  # "- Valley Tribune" off
    quoted = {quote["text"]: quote["speaker"] for quote in record["quotes"]}
    assert quoted.get("People told us again and again that they wanted to wake up by the sea") == (
        "Ines Marchetti"
    )


def test_a_gallery_with_a_headline_and_navigation_only_is_no_article():
    with pytest.raises(RejectedDocument, match="no article text"):
        extract_html((PAGES / "gallery-no-text.html").read_text(encoding="utf-8"), "gallery")


def test_loose_text_around_links_is_one_paragraph_for_readability():
    # readability-lxml alone cuts "… project was" from "announced with …" at the link.
    sentence = "The ferry project was <a href='/a'>announced</a> with fanfare in {} and {}."
    body = " ".join(sentence.format(year, year + 1) for year in range(2001, 2021))
    html = f"<html><body><div><div class='byline'>By Ann Lee</div> {body}</div></body></html>"
    paragraph = extract_html(html, "page").text.split("\n\n")[-1]
    assert paragraph.startswith("The ferry project was announced with fanfare in 2001 and 2002.")
    assert paragraph.endswith("in 2020 and 2021.")


# --- Choosing the body ------------------------------------------------------------------


def extraction(name: str, characters: int, words: str = "", heading_only: bool = False):
    """An extraction of about ``characters`` characters made of ``words`` repeated."""
    text = ((words or name) + " ") * max(characters // (len(words or name) + 1), 1)
    return Extraction(name, (Block(text.strip(), heading=heading_only),))


def test_when_precision_loses_the_body_the_extraction_agreeing_with_readability_wins():
    precise, default = extraction("lead", 600), extraction("body", 10_000)
    assert choose_body(precise, default, extraction("other", 9_000)) is default
    assert choose_body(precise, default, Extraction("readability", ())) is default


def test_when_the_default_takes_in_boilerplate_the_precise_extraction_wins():
    precise, default = extraction("story", 2_300), extraction("story menu", 8_600)
    assert choose_body(precise, default, extraction("other", 2_800)) is precise


def test_readability_wins_when_much_longer_or_a_whole_body_among_boilerplate():
    precise = extraction("story", 600)
    longer = extraction("other", 2_000)
    assert choose_body(precise, precise, longer) is longer
    crowded = extraction("story comments", 20_000)
    article = extraction("other", 4_600)
    assert choose_body(crowded, crowded, article) is article
    fragment = extraction("other", 200)  # a standfirst is not a body
    assert choose_body(crowded, crowded, fragment) is crowded


def test_readability_wins_when_it_holds_the_whole_chosen_text_and_more():
    precise = extraction("lead", 500, "the lead paragraph")
    more = Extraction("readability", (*precise.blocks, Block("a quote the precise kept out")))
    assert choose_body(precise, precise, more) is more
    other = extraction("readability", 600, "another text entirely")
    assert choose_body(precise, precise, other) is precise
    headline = extraction("headline", 40, heading_only=True)
    navigation = Extraction("readability", (*headline.blocks, Block("Home Galleries")))
    assert choose_body(headline, headline, navigation) is headline


# --- Titles -----------------------------------------------------------------------------


def facts(title: str | None, *headings: str, sites: tuple[str, ...] = ()) -> PageFacts:
    return PageFacts(title, headings, sites)


def test_a_site_name_around_the_title_is_stripped_when_it_names_the_site():
    cases = [
        ("Ferry runs all winter | The Estuary Courier", ("The Estuary Courier",), None),
        ("Ferry runs all winter — Estuary Courier", ("The Estuary Courier",), None),
        ("Ferry runs all winter - courier-daily.example", (), "https://courier-daily.example/x"),
        ("Ferry runs all winter [Courier Daily]", (), "https://www.courierdaily.example/x"),
        ("Valley Tribune | Ferry runs all winter", ("Valley Tribune",), None),
    ]
    for title, sites, url in cases:
        assert choose_title(title, facts(title, sites=sites), url, None) == "Ferry runs all winter"


def test_a_title_part_that_does_not_name_the_site_stays():
    title = "Minecraft 1.8 - The Bountiful Update | Estuary Courier"
    chosen = choose_title(title, facts(title), "https://estuary-courier.example/a", None)
    assert chosen == "Minecraft 1.8 - The Bountiful Update"
    assert choose_title("Budget vote - live", facts("Budget vote - live"), None, None) == (
        "Budget vote - live"
    )


def test_a_heading_that_names_the_site_or_a_section_is_not_the_title():
    # The extractor took the page's first heading: the site's or a section's name.
    title = "Ferry runs all winter | Local | Ruth Okafor"
    page = facts(title, "Local news", "Ferry runs all winter")
    assert choose_title("Local news", page, None, None) == "Ferry runs all winter"
    # Open Graph gave the site's name, as declared in application-name.
    page = facts("Ferry runs all winter", sites=("Courier - Latest news",))
    assert choose_title("Courier - Latest news", page, None, None) == "Ferry runs all winter"
    # Agreeing titles: the extractor's, already without the decoration.
    page = facts("Ferry runs all winter - The Courier")
    assert choose_title("Ferry runs all winter", page, None, None) == "Ferry runs all winter"


def test_page_facts_read_the_title_element_even_outside_the_head():
    html = (
        "<html><head><meta charset='utf-8'><link rel='x'><div>stray</div>"
        "<title>Ferry runs all winter - Courier</title></head><body>"
        "<svg><title>icon-share</title></svg><h1>Ferry runs all winter</h1>"
        "<meta property='og:site_name' content='Courier'></body></html>"
    )
    read = page_facts(html)
    assert read.title_element == "Ferry runs all winter - Courier"
    declared = page_facts('<?xml version="1.0" encoding="utf-8"?>' + html)
    assert declared.title_element == read.title_element
    assert read.headings == ("Ferry runs all winter",)
    assert read.site_names == ("Courier",)
