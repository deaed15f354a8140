"""Main text, title, date and author of an HTML page, through trafilatura.

Used for HTML files, web pages and HTML files shared in Slack alike.
"""

from __future__ import annotations

import trafilatura

from bot.ingest.raw import RawDocument, RejectedDocument


def extract_html(html: str, source: str, url: str | None = None) -> RawDocument:
    """The article in ``html`` as a RawDocument; raises when the page has no article text."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = (document.text if document is not None else "") or ""
    if not text.strip():
        raise RejectedDocument("no article text found in the page")
    # trafilatura separates paragraphs by single newlines; analysis reads blank lines.
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if document.title and paragraphs and paragraphs[0] == document.title.strip():
        paragraphs = paragraphs[1:]  # the headline, kept as the title instead
    if not paragraphs:  # a headline alone (a photo gallery, a video page) is no article
        raise RejectedDocument("no article text found in the page")
    meta = {
        key: value
        for key, value in (
            ("title", document.title),
            ("date", document.date),
            ("author", document.author),
            ("url", url or document.url),
        )
        if value
    }
    return RawDocument(text="\n\n".join(paragraphs), source=source, meta=meta)
