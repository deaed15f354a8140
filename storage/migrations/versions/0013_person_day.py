"""The sources desk's sums per workspace, place, day and person, kept at ingest.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

person_day: the person_article rows of one day and one place (article_scope's team and
conversation, "" for the whole workspace, and its privacy, unknown counted private) added
up: quotes, articles, and the articles giving each gender by each kind of evidence. /people
sums these for the places its viewer sees instead of asking of every article whether the
viewer may see it (storage/tallies.py keeps them).
multi_place_article: the articles shared in more than one place of a workspace, which
person_day leaves out so that no viewer counts them twice; /people counts them one by one.
Both are filled here from person_article and article_scope.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VOTES = [
    f"{gender}_{evidence.replace(' ', '_')}"
    for gender in "fm"
    for evidence in ("honorific", "role", "pronoun", "first name")
]
# An article's place in a workspace where it has no other place (storage/tallies.py).
ALONE = """NOT EXISTS (SELECT 1 FROM article_scope AS other
    WHERE other.article_id = s.article_id AND other.team_id = s.team_id AND other.id <> s.id)"""


def upgrade() -> None:
    op.create_table(
        "person_day",
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("quotes", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        *(sa.Column(vote, sa.Integer(), nullable=False) for vote in VOTES),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_day_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "team_id", "day", "person_id", "conversation_id", "private", name=op.f("pk_person_day")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "multi_place_article",
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_multi_place_article_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("team_id", "article_id", name=op.f("pk_multi_place_article")),
    )
    op.create_index(
        "ix_multi_place_article_team_day", "multi_place_article", ["team_id", "day"]
    )
    votes = ", ".join(VOTES)
    vote_sums = ", ".join(
        f"sum(CASE WHEN pa.gender = '{vote[0]}' AND pa.evidence = '{vote[2:].replace('_', ' ')}'"
        " THEN 1 ELSE 0 END)"
        for vote in VOTES
    )
    op.execute(
        f"""INSERT INTO person_day (team_id, day, person_id, conversation_id, private,
            quotes, articles, {votes})
        SELECT s.team_id, pa.day, pa.person_id, coalesce(s.conversation_id, ''),
            coalesce(s.private, true), sum(pa.quotes), count(*), {vote_sums}
        FROM person_article AS pa JOIN article_scope AS s ON s.article_id = pa.article_id
        WHERE {ALONE}
        GROUP BY s.team_id, pa.day, pa.person_id, coalesce(s.conversation_id, ''),
            coalesce(s.private, true)"""
    )
    op.execute(
        f"""INSERT INTO multi_place_article (team_id, article_id, day)
        SELECT s.team_id, pa.article_id, min(pa.day)
        FROM person_article AS pa JOIN article_scope AS s ON s.article_id = pa.article_id
        WHERE NOT {ALONE}
        GROUP BY s.team_id, pa.article_id"""
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE person_day")
        op.execute("ANALYZE multi_place_article")


def downgrade() -> None:
    op.drop_index("ix_multi_place_article_team_day", table_name="multi_place_article")
    op.drop_table("multi_place_article")
    op.drop_table("person_day")
