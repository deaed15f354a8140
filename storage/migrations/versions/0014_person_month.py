"""The sources desk's sums per month; articles dated to a month or a year counted on it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

person_month: a month of person_day rows of one place and person added up, with their first
and last day (the eight vote counts three to an integer), so that /people over a long period
reads whole months here and only the days at its edges from person_day (storage/tallies.py
keeps it). Filled here from person_day, in key order. ix_person_organization: the few
organisations, which /people's share reads whole instead of looking every person up.
An article whose date is known only to the month or the year ("2024-05", "2024") counted on
the day it was stored; it now counts on the first day of that month or year (its
published_on): its person_article and multi_place_article rows move there, and the
person_day rows of the days and people it left or joined are counted again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VOTES = [
    f"{gender}_{evidence.replace(' ', '_')}"
    for gender in "fm"
    for evidence in ("honorific", "role", "pronoun", "first name")
]
SUMS = ["quotes", "articles", *VOTES]
# person_month's votes, three counts to an integer, 21 bits each (storage/tallies.py).
PACKED_VOTES = ["votes_0", "votes_1", "votes_2"]
PACKED = [
    " + ".join(
        f"(CAST(sum({vote}) AS BIGINT) * {1 << (21 * i)})" for i, vote in enumerate(VOTES[n : n + 3])
    )
    for n in range(0, len(VOTES), 3)
]
# An article's place in a workspace where it has no other place (storage/tallies.py).
ALONE = """NOT EXISTS (SELECT 1 FROM article_scope AS other
    WHERE other.article_id = s.article_id AND other.team_id = s.team_id AND other.id <> s.id)"""
# The rows of an article counted on another day than its published_on.
MISDATED = """EXISTS (SELECT 1 FROM article AS a WHERE a.id = {table}.article_id
    AND a.published_on IS NOT NULL AND a.published_on <> {table}.day)"""
PUBLISHED_ON = "(SELECT a.published_on FROM article AS a WHERE a.id = {table}.article_id)"


def upgrade() -> None:
    op.create_table(
        "person_month",
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("quotes", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        *(sa.Column(packed, sa.BigInteger(), nullable=False) for packed in PACKED_VOTES),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_month_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "team_id",
            "month",
            "person_id",
            "conversation_id",
            "private",
            name=op.f("pk_person_month"),
        ),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_person_organization",
        "person",
        ["id"],
        sqlite_where=sa.text("kind <> 'person'"),
        postgresql_where=sa.text("kind <> 'person'"),
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    _count_partial_dates_on_their_period()
    month = "CAST(date_trunc('month', day) AS DATE)" if postgresql else "date(day, 'start of month')"
    op.execute(
        f"""INSERT INTO person_month (team_id, month, person_id, conversation_id, private,
            first, last, quotes, articles, {", ".join(PACKED_VOTES)})
        SELECT team_id, {month}, person_id, conversation_id, private, min(day), max(day),
            sum(quotes), sum(articles), {", ".join(PACKED)}
        FROM person_day
        GROUP BY team_id, {month}, person_id, conversation_id, private
        ORDER BY team_id, {month}, person_id, conversation_id, private"""
    )
    if postgresql:  # rows written in key order: a period's months are neighbours on disk
        op.execute("ANALYZE person_month")


def _count_partial_dates_on_their_period() -> None:
    """Move the rows of articles counted on another day than their published_on, and count
    the person_day cells of the days and people they touch again from person_article."""
    op.execute(
        f"""CREATE TEMPORARY TABLE moved_person_day AS
        SELECT pa.day, pa.person_id FROM person_article AS pa
        WHERE {MISDATED.format(table="pa")}
        UNION
        SELECT {PUBLISHED_ON.format(table="pa")}, pa.person_id FROM person_article AS pa
        WHERE {MISDATED.format(table="pa")}"""
    )
    for table in ("person_article", "multi_place_article"):
        op.execute(
            f"UPDATE {table} SET day = {PUBLISHED_ON.format(table=table)}"
            f" WHERE {MISDATED.format(table=table)}"
        )
    moved = """EXISTS (SELECT 1 FROM moved_person_day AS m
        WHERE m.day = {table}.day AND m.person_id = {table}.person_id)"""
    op.execute(f"DELETE FROM person_day WHERE {moved.format(table='person_day')}")
    vote_sums = ", ".join(
        f"sum(CASE WHEN pa.gender = '{vote[0]}' AND pa.evidence = '{vote[2:].replace('_', ' ')}'"
        " THEN 1 ELSE 0 END)"
        for vote in VOTES
    )
    op.execute(
        f"""INSERT INTO person_day (team_id, day, person_id, conversation_id, private,
            {", ".join(SUMS)})
        SELECT s.team_id, pa.day, pa.person_id, coalesce(s.conversation_id, ''),
            coalesce(s.private, true), sum(pa.quotes), count(*), {vote_sums}
        FROM person_article AS pa JOIN article_scope AS s ON s.article_id = pa.article_id
        WHERE {ALONE} AND {moved.format(table="pa")}
        GROUP BY s.team_id, pa.day, pa.person_id, coalesce(s.conversation_id, ''),
            coalesce(s.private, true)"""
    )
    op.execute("DROP TABLE moved_person_day")


def downgrade() -> None:
    """The month sums go; articles dated to a month or a year stay counted on its first day
    (0013's code counts them where they are)."""
    op.drop_index("ix_person_organization", table_name="person")
    op.drop_table("person_month")
