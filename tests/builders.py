"""Articles built by hand, as analysis would return them, so tests need no language model."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from slack_bolt.authorization import AuthorizeResult

from bot.slack_stub import TEAM_ID
from bot.text.model import Article, Paragraph, Person, Quote, Sentence
from bot.text.voices import describe_voices
from storage import Store, Viewer

# The stand-in's workspace (bot/slack_stub.py): what tests store is seen everywhere in it.
WORKSPACE = Viewer.workspace(TEAM_ID)


def authorised(team_id: str = TEAM_ID) -> AuthorizeResult:
    """What Bolt's authorisation puts in a listener's context for ``team_id``'s installation."""
    return AuthorizeResult(enterprise_id=None, team_id=team_id, bot_token="xoxb-test-token")


def place(channel: str | None, *, team_id: str = TEAM_ID, private: bool = True) -> Viewer:
    """Where a test stores an article: ``channel`` of ``team_id``, or the whole workspace."""
    return Viewer(team_id, channel, private=private) if channel else Viewer.workspace(team_id)


_hashes = itertools.count(1)


def build_article(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    language: str = "fr",
    date: str | None = None,
    quotes: Sequence[tuple[str, str | None] | tuple[str, str | None, str]] = (),
    indirect: Sequence[tuple[str, str | None]] = (),
    people: Sequence[Person] | None = None,
    kinds: Sequence[str] | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Article:
    """An article whose paragraphs are also its sentences, body ones ranked in order.

    ``quotes`` are (words, speaker) pairs or (words, speaker, kind) triples, ``indirect``
    (words, speaker) pairs; the words must appear verbatim in a paragraph. ``people``
    defaults to the quotes' speakers.
    """
    text = "\n\n".join(paragraphs)
    starts = list(itertools.accumulate((len(p) + 2 for p in paragraphs[:-1]), initial=0))
    kinds = list(kinds or ["body"] * len(paragraphs))
    attributed = [(q[0], q[1], q[2] if len(q) > 2 else "direct") for q in quotes]
    attributed += [(words, speaker, "indirect") for words, speaker in indirect]

    def quote(words: str, speaker: str | None, kind: str) -> Quote:
        start = text.index(words)
        index = max(i for i, s in enumerate(starts) if s <= start)
        return Quote(words, speaker, speaker, kind, index, start, start + len(words))  # type: ignore[arg-type]

    if people is None:
        people = [Person(s) for s in dict.fromkeys(q[1] for q in attributed if q[1])]
    rows = list(zip(paragraphs, starts, kinds, strict=True))
    said = tuple(quote(*q) for q in attributed)
    return Article(
        text=text,
        language=language,  # type: ignore[arg-type]
        title=title,
        date=date,
        metadata=dict(metadata or {}),
        paragraphs=tuple(Paragraph(i, k, p, s) for i, (p, s, k) in enumerate(rows)),  # type: ignore[arg-type]
        sentences=tuple(
            Sentence(i, s, s + len(p), p, rank=i if k == "body" else None)
            for i, (p, s, k) in enumerate(rows)
        ),
        people=tuple(people),
        quotes=said,
        voices=describe_voices(text, people, said, language),  # as analysis does, by its rules
    )


def store_article(
    store: Store, article: Article, *, source: str | None = None, channel: str | None = None
) -> int:
    """Store ``article`` as ingestion would, under a content hash of its own; returns its id."""
    return store.add_article(
        article, source=source, content_hash=f"test-{next(_hashes)}", shared_in=place(channel)
    ).id
