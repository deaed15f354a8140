"""The sources desk: who each article quotes, counted at ingest; the analysis version.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

person_article: one row per person per article they are quoted in or described in, written
when the article is stored: quotes counted, the day the article counts for, the role as the
article writes it, the gender the article's words give and their evidence. /people, the
person card, the voices digest and `precis people` add these up instead of scanning quotes.
article.analysis_version: which analysis wrote the article's rows (`precis reanalyze`).
channel.voices: the weekly "voices" section of the channel's digest is on.
Existing articles get their person_article rows from `precis reanalyze`.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_article",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("quotes", sa.Integer(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("gender", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("evidence", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_person_article_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_article_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "article_id", name=op.f("pk_person_article")),
    )
    op.create_index(
        "ix_person_article_day_person", "person_article", ["day", "person_id", "article_id"]
    )
    op.create_index("ix_person_article_article_id", "person_article", ["article_id"])
    with op.batch_alter_table("article") as batch:
        batch.add_column(
            sa.Column("analysis_version", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    with op.batch_alter_table("channel") as batch:
        batch.add_column(
            sa.Column("voices", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("channel") as batch:
        batch.drop_column("voices")
    with op.batch_alter_table("article") as batch:
        batch.drop_column("analysis_version")
    op.drop_index("ix_person_article_article_id", table_name="person_article")
    op.drop_index("ix_person_article_day_person", table_name="person_article")
    op.drop_table("person_article")
