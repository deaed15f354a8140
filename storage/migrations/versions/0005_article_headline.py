"""What to call an article: its title, or its first body sentence when it has none.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

Many articles (the seed among them) come without a title; answers and digests then name
them by their first body sentence. Storing it once at ingestion spares every answer a
second query, and it never takes a caption or a promo, which analysis already told apart.
ADD COLUMN keeps the table (and the triggers on it) on both SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "article", sa.Column("headline", sa.Text(), nullable=False, server_default="")
    )
    # Existing rows: the title, else the first sentence of the first body paragraph.
    op.execute(
        """UPDATE article SET headline = COALESCE(NULLIF(title, ''), (
            SELECT s.text FROM sentence s
            WHERE s.article_id = article.id AND s.paragraph = (
                SELECT MIN(p.position) FROM paragraph p
                WHERE p.article_id = article.id AND p.kind = 'body')
            ORDER BY s.start LIMIT 1), '')"""
    )


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_column("headline")
