"""What every source hands to ingestion: the text it read and what it knows about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class RejectedDocument(ValueError):
    """A source could not be turned into text; the message is the one-line reason shown."""


@dataclass(frozen=True)
class RawDocument:
    text: str
    source: str  # path or URL, shown to users as the article's origin
    meta: dict[str, str] = field(default_factory=dict)  # what the source knows: title, date, url


Loader = Callable[[], RawDocument]
