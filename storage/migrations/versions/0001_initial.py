"""Initial tables and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Full-text search is dialect-specific and invisible to SQLModel:
- SQLite: FTS5 tables article_fts(title, text) and quote_fts(text, speaker) with external
  content, folded by 'unicode61 remove_diacritics 2', kept in sync by triggers.
- PostgreSQL: generated tsvector columns (search_vector) with GIN indexes, built with the
  text search configuration precis_search (simple + unaccent: unaccent() itself is not
  IMMUTABLE, a configuration using its dictionary is accepted in a generated column).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

String = sqlmodel.sql.sqltypes.AutoString
UTC_TIME = sa.DateTime(timezone=True)

SQLITE_FTS = [
    """CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    # prefix='4' indexes 4-letter prefixes: storage.search.PREFIX_LENGTH, the typo pass.
    """CREATE VIRTUAL TABLE quote_fts USING fts5(
        text, speaker, content='quote', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='4')""",
    """CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
        INSERT INTO quote_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
    """CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
        INSERT INTO quote_fts(quote_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
    END""",
    """CREATE TRIGGER quote_fts_update AFTER UPDATE OF text, speaker ON quote BEGIN
        INSERT INTO quote_fts(quote_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
        INSERT INTO quote_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
]

POSTGRES_FTS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION precis_search (COPY = simple)",
    """ALTER TEXT SEARCH CONFIGURATION precis_search
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
                          numword, numhword, hword_numpart
        WITH unaccent, simple""",
    """ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('precis_search'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('precis_search'::regconfig, text), 'B')) STORED""",
    "CREATE INDEX ix_article_search ON article USING gin (search_vector)",
    """ALTER TABLE quote ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('precis_search'::regconfig, text)) STORED""",
    "CREATE INDEX ix_quote_search ON quote USING gin (search_vector)",
]


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", String(), nullable=False),
        sa.Column("source", String(), nullable=True),
        sa.Column("title", String(), nullable=True),
        sa.Column("language", String(), nullable=False),
        sa.Column("published", String(), nullable=True),
        sa.Column("published_precision", String(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("ingested_at", UTC_TIME, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("metadata", sa.Text(), nullable=False),
        sa.Column("channel_id", String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_article_content_hash")),
    )
    op.create_index(op.f("ix_article_channel_id"), "article", ["channel_id"])
    op.create_index(op.f("ix_article_ingested_at"), "article", ["ingested_at"])
    op.create_index(op.f("ix_article_published_on"), "article", ["published_on"])

    op.create_table(
        "paragraph",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_paragraph_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraph")),
    )
    op.create_index(op.f("ix_paragraph_article_id"), "paragraph", ["article_id"])

    op.create_table(
        "sentence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_sentence_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentence")),
    )
    op.create_index("ix_sentence_article_id_rank", "sentence", ["article_id", "rank"])

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", String(), nullable=False),
        sa.Column("name_key", String(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("search_keys", sa.Text(), nullable=False),
        sa.Column("gender", String(), nullable=True),
        sa.Column("kind", String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("name", name=op.f("uq_person_name")),
    )
    op.create_index(op.f("ix_person_name_key"), "person", ["name_key"])

    op.create_table(
        "quote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("speaker", String(), nullable=True),
        sa.Column("speaker_mention", String(), nullable=True),
        sa.Column("kind", String(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_quote_article_id_article"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_quote_person_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
    )
    op.create_index(op.f("ix_quote_article_id"), "quote", ["article_id"])
    op.create_index(op.f("ix_quote_person_id"), "quote", ["person_id"])

    op.create_table(
        "slack_event",
        sa.Column("event_id", String(), nullable=False),
        sa.Column("received_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_slack_event")),
    )
    op.create_index(op.f("ix_slack_event_received_at"), "slack_event", ["received_at"])

    op.create_table(
        "channel",
        sa.Column("channel_id", String(), nullable=False),
        sa.Column("team_id", String(), nullable=True),
        sa.Column("digest_time", String(), nullable=True),
        sa.Column("timezone", String(), nullable=False),
        sa.Column("weekdays", String(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("paused_reason", String(), nullable=True),
        sa.Column("set_by", String(), nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("channel_id", name=op.f("pk_channel")),
    )

    op.create_table(
        "digest_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", String(), nullable=False),
        sa.Column("digest_date", sa.Date(), nullable=False),
        sa.Column("status", String(), nullable=False),
        sa.Column("claimed_at", UTC_TIME, nullable=False),
        sa.Column("posted_at", UTC_TIME, nullable=True),
        sa.Column("message_ts", String(), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=True),
        sa.Column("error", String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_run")),
        sa.UniqueConstraint("channel_id", "digest_date", name=op.f("uq_digest_run_channel_id_digest_date")),
    )

    op.create_table(
        "feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", String(), nullable=False),
        sa.Column("channel_id", String(), nullable=True),
        sa.Column("etag", String(), nullable=True),
        sa.Column("last_modified", String(), nullable=True),
        sa.Column("last_polled_at", UTC_TIME, nullable=True),
        sa.Column("next_poll_at", UTC_TIME, nullable=True),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("last_error", String(), nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed")),
        sa.UniqueConstraint("url", "channel_id", name=op.f("uq_feed_url_channel_id")),
    )
    op.create_index(op.f("ix_feed_next_poll_at"), "feed", ["next_poll_at"])

    op.create_table(
        "feed_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("guid", String(), nullable=False),
        sa.Column("link", String(), nullable=True),
        sa.Column("content_hash", String(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_feed_item_article_id_article"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["feed_id"], ["feed.id"], name=op.f("fk_feed_item_feed_id_feed"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_item")),
        sa.UniqueConstraint("feed_id", "guid", name=op.f("uq_feed_item_feed_id_guid")),
    )
    op.create_index(op.f("ix_feed_item_article_id"), "feed_item", ["article_id"])

    for statement in SQLITE_FTS if op.get_context().dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS quote_fts")
        op.execute("DROP TABLE IF EXISTS article_fts")
    for table in ("feed_item", "feed", "digest_run", "channel", "slack_event", "quote", "person",
                  "sentence", "paragraph", "article"):
        op.drop_table(table)
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS precis_search")
