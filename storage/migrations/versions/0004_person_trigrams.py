"""Trigram index over people's folded names and aliases.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

find_people looks for letter-triples of a typed name anywhere in person.search_keys. A
scan of that column costs ~15 ms per 100k people; a trigram index keeps it flat at 1M.
SQLite: an FTS5 table with the trigram tokenizer (external content, kept in sync by
triggers). PostgreSQL: pg_trgm's GIN operator class, which serves LIKE '%abc%'.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE = [
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        search_keys, content='person', content_rowid='id', tokenize='trigram')""",
    "INSERT INTO person_fts(person_fts) VALUES ('rebuild')",
    """CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, search_keys) VALUES (new.id, new.search_keys);
    END""",
    """CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, search_keys)
        VALUES ('delete', old.id, old.search_keys);
    END""",
    """CREATE TRIGGER person_fts_update AFTER UPDATE OF search_keys ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, search_keys)
        VALUES ('delete', old.id, old.search_keys);
        INSERT INTO person_fts(rowid, search_keys) VALUES (new.id, new.search_keys);
    END""",
]

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_person_keys_search ON person USING gin (search_keys gin_trgm_ops)",
]


def upgrade() -> None:
    for statement in SQLITE if op.get_context().dialect.name == "sqlite" else POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for name in ("person_fts_insert", "person_fts_delete", "person_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS person_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_person_keys_search")
