"""Shared by the reliability suite: generated news files, the `precis` command as a process,
and the store consistency checks every fault test ends with."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from storage import Store

_FIRST = ["Amélie", "Jules", "Sarah", "Karim", "Nora", "Hugo", "Léa", "Omar", "Inès", "Théo"]
_LAST = ["Berthier", "Fontaine", "Moreau", "Lambert", "Girard", "Renaud", "Perrin", "Collet"]


# What people type: search syntax, SQL, 4,000 characters, control characters, emoji, pings.
QUERIES = [
    '"unbalanced',
    "road AND (deaths OR",
    "title:route",
    "NEAR(route tue)",
    "*",
    "-route",
    "route*",
    "^route",
    "'; DROP TABLE article; --",
    "1 OR 1=1",
    "Okafor' --",
    "SELECT * FROM quote WHERE 1=1",
    "%",
    "_",
    "\\",
    "x" * 4000,
    "route " * 700,
    "\x00\x01\x02\x1b[31m route",
    "\u202e\u200b\ufeff",
    "🚗🔥👍🏽 la route",
    "<!channel>",
    "<!here|here> <@U0ATTACK> <#C1> <!subteam^S1>",
    "&amp; &lt; &gt; & < >",
    "«",
    "“”",
    "Martin",
    "lettre",
    "latest",
    "4",
    "#999999999999",
]
MENTIONS = [
    "who said « <!channel> » ?",
    "summary of <!here>",
    "quotes by <@U0ATTACK>",
    "qui a dit « la route tue » ?",
    "résumé de la lettre",
    "'; DROP TABLE quote; --",
    "\x00" * 10,
    "y" * 4000,
    "citations de Zoé Martin",
]


def news_text(number: int) -> str:
    """A short, unique news article (French or English by parity) with two direct quotes."""
    name = f"{_FIRST[number % len(_FIRST)]} {_LAST[(number // 3) % len(_LAST)]}"
    if number % 2:
        return (
            f"Bridge number {number} reopens after repairs\n\n"
            f"The bridge number {number} over the river reopened on Monday after eight months "
            f"of repairs, the county council said.\n\n"
            f"“We kept every promise we made to the people of district {number},” said {name}, "
            f"the council leader.\n\n"
            f"Traffic is expected to return to normal within a week, engineers said.\n\n"
            f"“The work cost less than planned,” {name} added."
        )
    return (
        f"Le marché numéro {number} rouvre ses portes\n\n"
        f"Le marché couvert numéro {number} a rouvert lundi après huit mois de travaux, a "
        f"annoncé la mairie.\n\n"
        f"« Nous avons tenu chaque promesse faite aux habitants du quartier {number} », a "
        f"déclaré {name}, adjointe au maire.\n\n"
        f"Les commerçants attendent le retour de la clientèle d'ici une semaine.\n\n"
        f"« Les travaux ont coûté moins que prévu », a ajouté {name}."
    )


def write_news(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"news-{number:04d}.txt"
        path.write_text(news_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def noon_zone(now: datetime) -> str:
    """A zone where it is about noon now, so "two minutes ago" is today there."""
    offset = 12 - now.hour  # -11 .. +12
    return "UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"


def precis_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a `precis` process: the database, no Slack secrets of ours."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PRECIS_"))}
    return {**keep, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", **extra}


def precis(*args: str, env: Mapping[str, str], cwd: Path) -> subprocess.Popen:
    """`precis ARGS` as an operator runs it (python -m bot), output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        env=dict(env),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def article_rows(store: Store) -> dict[str, tuple]:
    """Per content hash: source, title, and every paragraph, sentence and quote stored for it.

    Two stores holding the same articles give equal dictionaries whatever their ids."""
    rows: dict[str, tuple] = {}
    with store.read() as connection:
        articles = connection.execute(
            sa.text("SELECT id, content_hash, source, title FROM article")
        ).all()
        for article_id, digest, source, title in articles:

            def children(sql: str, article_id: int = article_id) -> tuple:
                return tuple(connection.execute(sa.text(sql), {"id": article_id}).all())

            rows[digest] = (
                source,
                title,
                children(
                    "SELECT position, kind, text, start FROM paragraph WHERE article_id = :id "
                    "ORDER BY position"
                ),
                children(
                    'SELECT paragraph, start, "end", text, rank FROM sentence '
                    "WHERE article_id = :id ORDER BY start"
                ),
                children(
                    'SELECT speaker, kind, start, "end", text FROM quote WHERE article_id = :id '
                    "ORDER BY start"
                ),
            )
    return rows


def assert_consistent(store: Store) -> None:
    """No half article: every article has paragraphs and sentences, its quotes point into
    its text, and the SQLite full-text indexes hold exactly the stored rows."""
    with store.read() as connection:
        articles = connection.execute(sa.text("SELECT id, text FROM article")).all()
        for article_id, text in articles:
            paragraphs = connection.execute(
                sa.text("SELECT text, start FROM paragraph WHERE article_id = :id"),
                {"id": article_id},
            ).all()
            assert paragraphs, f"article {article_id} stored without paragraphs"
            for paragraph, start in paragraphs:
                assert text[start : start + len(paragraph)] == paragraph
            sentences = connection.execute(
                sa.text("SELECT count(*) FROM sentence WHERE article_id = :id"), {"id": article_id}
            ).scalar_one()
            assert sentences, f"article {article_id} stored without sentences"
            quotes = connection.execute(
                sa.text('SELECT start, "end", text FROM quote WHERE article_id = :id'),
                {"id": article_id},
            ).all()
            for start, end, words in quotes:
                assert text[start:end] == words
        if store.is_sqlite:
            for table, fts in (("article", "article_fts"), ("quote", "quote_fts")):
                stored = {r[0] for r in connection.execute(sa.text(f"SELECT id FROM {table}"))}
                indexed = {
                    r[0] for r in connection.execute(sa.text(f"SELECT id FROM {fts}_docsize"))
                }
                assert indexed == stored, f"{fts} out of step with {table}"
