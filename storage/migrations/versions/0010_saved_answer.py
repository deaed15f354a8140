"""Answers kept as shown, so "Share in channel" posts exactly what the person saw.

Revision ID: 0010
Revises: 0005
Create Date: 2026-11-30

saved_answer: one row per private answer with a share button (its message as JSON and the
ids of the articles it shows), deleted after a day by `precis serve`'s hourly clean-up.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "saved_answer",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("article_ids", sa.Text(), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_answer")),
    )
    op.create_index(op.f("ix_saved_answer_created_at"), "saved_answer", ["created_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_saved_answer_created_at"), table_name="saved_answer")
    op.drop_table("saved_answer")
