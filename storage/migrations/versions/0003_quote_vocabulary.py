"""Quote vocabulary: how many quotes contain each word (SQLite).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

search_quotes gathers candidates with the rarer typed words only: ranking every quote that
contains a frequent word ("président") costs hundreds of milliseconds at 100k articles.
fts5vocab reads those document counts straight from the FTS5 index. PostgreSQL needs no
table: storage/search.py counts matches through the GIN index, capped.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE quote_fts_vocab USING fts5vocab('quote_fts', 'row')")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS quote_fts_vocab")
