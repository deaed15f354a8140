"""Embedded social posts: a paragraph kind of their own, recognised by form like captions.

Pages embed posts (tweets above all). Flattened to text, a post is a paragraph that ends with
its signature — "— Name (@handle) date", often right after a link to its media
(``pic.twitter.com/…``, ``https://t.co/…``). Pages often repeat the post without the
signature: then the paragraph ends with the media link alone, or it says word for word what a
signed post of the same page says. A post is the account holder's words, not the article's
prose: it is never summarised, and the account holder is kept on the paragraph
(``Paragraph.author``) so that attribution can name them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.text.model import Paragraph

# "— Anne Martin (@annemartin) 27 mai 2018", "— Jon Doe (@jdoe) May 4, 2018": a dash, the
# account holder's name, the handle in parentheses, then a date (with a year) and little else.
_SIGNATURE = re.compile(
    r"[—–]\s*(?P<author>[^—–()@\n]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>[^()]{0,40})$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A link to the post's media or to the post itself, closing the text.
_MEDIA_LINK = re.compile(
    r"(?:https?://)?(?:pic\.(?:twitter|x)\.com|t\.co|(?:www\.)?(?:twitter|x)\.com/\w+/status)"
    r"/\w+\s*$"
)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Post:
    """A social post read from a paragraph: its own words and who posted it."""

    words: str  # without media link and signature
    author: str | None  # the account holder's name, when the signature says it


def read_post(text: str) -> Post | None:
    """The post a paragraph is, judged by its own form: a signature or a closing media link."""
    signature = _SIGNATURE.search(text)
    if signature and _YEAR.search(signature["date"]):
        words = text[: signature.start()]
        author: str | None = signature["author"].strip(" ,")
    elif _MEDIA_LINK.search(text):
        words, author = text, None
    else:
        return None
    link = _MEDIA_LINK.search(words)
    if link:
        words = words[: link.start()]
    return Post(words.strip(), author or None)


def mark_posts(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """``paragraphs`` with embedded posts typed "social" and their author recorded; a
    paragraph that repeats the words of a post of the page is that post again."""
    posts = {
        index: post
        for index, paragraph in enumerate(paragraphs)
        if paragraph.kind != "title" and (post := read_post(paragraph.text))
    }
    authors: dict[str, str | None] = {}
    for post in posts.values():
        if post.words and not authors.get(_key(post.words)):
            authors[_key(post.words)] = post.author
    marked = []
    for index, paragraph in enumerate(paragraphs):
        post = posts.get(index)
        words = post.words if post else paragraph.text
        repeated = paragraph.kind in ("body", "subheading") and _key(words) in authors
        if post or repeated:
            author = (post.author if post else None) or authors.get(_key(words))
            paragraph = replace(paragraph, kind="social", author=author)
        marked.append(paragraph)
    return marked


def _key(words: str) -> str:
    return _SPACES.sub(" ", words.replace("’", "'")).strip().casefold()
