"""An article's title from its page: the headline, without the site's name around it.

Pages declare a title several ways and not all of them name the article. The ``<title>``
element is the one every page has and the one written for this page (it is what a
browser tab shows), but it usually carries the site's name ("Council votes budget | The
Daily Bugle"). The extractor's title (Open Graph, JSON-LD, or the page's first heading)
is usually that headline without the decoration, but on some pages it is the site's own
name, a section name or a promo heading. So the extractor's title is kept when it agrees
with the ``<title>`` (one contains the other) and does not name the site; otherwise the
``<title>`` is used, cut down to a heading of the page it starts with when there is one.
Either way a leading or trailing part that names the site (its declared name or its host)
is stripped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

# The separators sites put between a headline and their name: "Title | Site",
# "Title - Site", "Title — Site", "Title · Site", "Title :: Site", "Title » Site",
# "标题_网站" (no spaces around the underscore in Chinese titles), "Title [Site]".
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»/]|::)\s+|_(?=\S)|\s+(?=\[[^\]]+\]\s*$)")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_ELEMENTS = "//title[not(ancestor::svg)]"  # an <svg> has titles of its own
_GENERIC_HOST_LABELS = frozenset({"www", "com", "org", "net", "co", "news", "blog", "blogs"})


@dataclass(frozen=True)
class PageFacts:
    """What the raw page says about its title and site, read once."""

    title_element: str | None  # the page's first non-empty <title>
    headings: tuple[str, ...]  # h1 and h2 texts, in page order
    site_names: tuple[str, ...]  # og:site_name, application-name


def page_facts(html: str) -> PageFacts:
    """The ``<title>``, top headings and declared site names of ``html``."""
    try:  # lxml refuses a str that still declares its encoding
        root = lxml_html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, etree.ParserError):
        return PageFacts(None, (), ())
    # Not "head/title": a stray tag before it makes a parser end the head early.
    titles = (_fold_spaces(element.text_content()) for element in root.xpath(_TITLE_ELEMENTS))
    headings = (_fold_spaces(element.text_content()) for element in root.iter("h1", "h2"))
    declared = root.xpath(
        "//meta[@property='og:site_name' or @name='og:site_name' or @name='application-name']"
        "/@content"
    )
    return PageFacts(
        title_element=next((title for title in titles if title), None),
        headings=tuple(heading for heading in headings if heading),
        site_names=tuple(name for name in map(_fold_spaces, declared) if name),
    )


def choose_title(
    extracted: str | None, facts: PageFacts, url: str | None, site_name: str | None
) -> str | None:
    """The article's title: see the module docstring for the rules."""
    site = _SiteNames([*facts.site_names, site_name or ""], url)
    extracted = _fold_spaces(extracted or "") or None
    element = facts.title_element
    trusted = element is None or site.named_by(element) or _agree(extracted or "", element)
    if extracted and not site.named_by(extracted) and trusted:
        return strip_site_name(extracted, site)
    if element is None:
        return extracted
    return strip_site_name(_headline_prefix(element, facts.headings), site)


def strip_site_name(title: str, site: _SiteNames) -> str:
    """``title`` without a leading or trailing part that names the site."""
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    start, end = 0, len(parts)
    while end - start > 1 and site.named_by(parts[end - 1]):
        end -= 1
    while end - start > 1 and site.named_by(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    kept = [parts[start]]
    for separator, part in zip(separators[start : end - 1], parts[start + 1 : end], strict=True):
        kept += [separator, part]
    return "".join(kept).strip()


def _headline_prefix(title: str, headings: Iterable[str]) -> str:
    """The longest heading of the page that the ``<title>`` starts with, then a separator:
    the headline, the rest being section or site ("Headline | Section | Author")."""
    prefixes = [heading for heading in headings if _starts_with_part(title, heading)]
    return max(prefixes, key=len, default=title)


def _starts_with_part(title: str, heading: str) -> bool:
    if len(heading) >= len(title) or not title.casefold().startswith(heading.casefold()):
        return False
    return bool(_SEPARATOR.match(title, len(heading)))


def _agree(first: str, second: str) -> bool:
    a, b = _key(first), _key(second)
    return bool(a and b) and (a in b or b in a)


class _SiteNames:
    """Ways a site writes its own name: declared names, the host and its main label."""

    def __init__(self, declared: Iterable[str], url: str | None) -> None:
        keys = {_key(name) for name in declared}
        keys |= {_key(re.sub(r"\.[a-z]{2,4}$", "", name.strip())) for name in declared}
        keys |= {key.removeprefix("the") for key in keys}
        host = (urlsplit(url).hostname or "") if url else ""
        if host:
            keys.add(_key(host.removeprefix("www.")))
            labels = host.split(".")[:-1]
            keys |= {_key(label) for label in labels if label not in _GENERIC_HOST_LABELS}
        self._keys = frozenset(key for key in keys if len(key) >= 3)

    def named_by(self, text: str) -> bool:
        key = _key(text.strip().strip("[]"))
        return key in self._keys or key.removeprefix("the") in self._keys


def _key(text: str) -> str:
    """Letters and digits only, case-folded and without accents: "Le Monde.fr" -> "lemondefr"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_ALPHANUMERIC.sub("", bare)


def _fold_spaces(text: str) -> str:
    return " ".join(text.split())
