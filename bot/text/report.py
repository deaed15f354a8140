"""What ``precis inspect`` shows: one article's analysis, as JSON or for a terminal.

The record is the contract (stable keys, JSON-ready values) so that a newsroom
can check by script what the bot would store; the text rendering is the same
content for a person reading it.
"""

from __future__ import annotations

import textwrap
from typing import Any

from bot.i18n import not_analysed_note, plural  # a leaf module: no Slack, database or network
from bot.text.model import Article

_WIDTH = 100
_MARKS = {
    "title": "#",
    "subheading": "##",
    "body": "",
    "caption": "[caption]",
    "promo": "[promo]",
    "social": "[social]",
}


def inspect_record(article: Article, source: str, sentences: int) -> dict[str, Any]:
    """The article's analysis as plain JSON-ready data; ``summary`` has ``sentences`` sentences."""
    return {
        "path": source,
        "title": article.title,
        "language": article.language,
        "date": article.date,
        "paragraphs": [
            {"kind": p.kind, "text": p.text, "author": p.author} for p in article.paragraphs
        ],
        "people": [
            {
                "name": person.name,
                "aliases": list(person.aliases),
                "gender": person.gender,
                "kind": person.kind,
                "roles": list(person.roles),
            }
            for person in article.people
        ],
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_mention": quote.speaker_mention,
                "kind": quote.kind,
                "paragraph": quote.paragraph,
                "start": quote.start,
                "end": quote.end,
            }
            for quote in article.quotes
        ],
        "summary": article.summary(sentences),
    }


def render_inspect(record: dict[str, Any]) -> str:
    """The record of :func:`inspect_record` as text for a terminal."""
    note = not_analysed_note(record["language"], "en")
    facts = [
        f"language {record['language']}" + (f" ({note})" if note else ""),
        f"date {record['date'] or 'unknown'}",
        plural(len(record["paragraphs"]), "paragraph"),
        plural(len(record["quotes"]), "quote"),
    ]
    lines = [f"== {record['path']}", f"title: {record['title'] or '(none)'}", " · ".join(facts)]

    lines += ["", "Summary:"]
    lines += [_wrap(sentence, "  - ") for sentence in record["summary"]] or ["  (no body text)"]

    for heading, kind in (("People:", "person"), ("Organisations:", "organization")):
        named = [person for person in record["people"] if person.get("kind", "person") == kind]
        if kind != "person" and not named:
            continue
        lines += ["", heading]
        for person in named:
            aliases = f" (also: {', '.join(person['aliases'])})" if person["aliases"] else ""
            gender = f" [{person['gender']}]" if person["gender"] else ""
            roles = f", {', '.join(person['roles'])}" if person["roles"] else ""
            lines.append(f"  - {person['name']}{gender}{roles}{aliases}")
        if not named:
            lines.append("  (none found)")

    lines += ["", "Quotes:"]
    for quote in record["quotes"]:
        speaker = quote["speaker"] or "unattributed"
        mention = f" (as “{quote['speaker_mention']}”)" if quote["speaker_mention"] else ""
        lines.append(f"  - {speaker}{mention}, {quote['kind']}, paragraph {quote['paragraph']}:")
        lines.append(_wrap(f"“{quote['text']}”", "      "))
    if not record["quotes"]:
        lines.append("  (none found)")

    lines += ["", "Paragraphs:"]
    for index, paragraph in enumerate(record["paragraphs"]):
        mark = _MARKS.get(paragraph["kind"], f"[{paragraph['kind']}]")
        if paragraph["author"]:
            mark += f" ({paragraph['author']})"
        prefix = f"  {index:>2} {mark} " if mark else f"  {index:>2} "
        lines.append(_wrap(paragraph["text"], prefix, " " * len(prefix)))
    return "\n".join(lines)


def _wrap(text: str, first: str, rest: str | None = None) -> str:
    return textwrap.fill(
        text,
        width=_WIDTH,
        initial_indent=first,
        subsequent_indent=rest if rest is not None else " " * len(first),
        break_long_words=False,
        break_on_hyphens=False,
    )
