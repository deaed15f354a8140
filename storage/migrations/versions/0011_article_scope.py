"""Who may see what: each article's places (workspace, conversation), feeds' and answers' team.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

article_scope: one row per place an article was shared in (storage/scope.py has the rule).
Existing rows were all stored by a single-workspace (bot token) install, whose team id a
migration cannot ask Slack for: they get the placeholder team ``(pending)``, which nobody
sees, and a bot-token app claims them for its own team (auth.test's) the first time it
answers a request (Store.claim_pending). An OAuth deployment never claims them: they stay
unseen until ingested again with ``--team``, or deleted with ``precis forget --team
'(pending)'``. Their conversation is the channel recorded on the article (None: the whole
workspace), its privacy not known yet (NULL: counted as private until the app asks Slack).
feed gains the team and privacy of the conversation it feeds;
saved_answer the team it was shown in.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING_TEAM = "(pending)"  # storage.scope.PENDING_TEAM, frozen here as this migration wrote it


def upgrade() -> None:
    op.create_table(
        "article_scope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("conversation_id", sa.String(), nullable=True),
        sa.Column("private", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_scope_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_scope")),
    )
    op.execute(
        sa.text(
            "INSERT INTO article_scope (article_id, team_id, conversation_id, private)"
            " SELECT id, :team, channel_id, CASE WHEN channel_id IS NULL THEN false END"
            " FROM article ORDER BY id"
        ).bindparams(team=PENDING_TEAM)
    )
    op.create_index(
        "ux_article_scope_place",
        "article_scope",
        ["article_id", "team_id", sa.text("coalesce(conversation_id, '')")],
        unique=True,
    )
    op.create_index(
        "ix_article_scope_seen",
        "article_scope",
        ["article_id", "team_id", "private", "conversation_id"],
    )
    op.create_index(
        "ix_article_scope_conversation", "article_scope", ["team_id", "conversation_id"]
    )
    with op.batch_alter_table("feed") as feed:
        feed.add_column(
            sa.Column("team_id", sa.String(), nullable=False, server_default=PENDING_TEAM)
        )
        feed.add_column(sa.Column("private", sa.Boolean(), nullable=True))
    with op.batch_alter_table("saved_answer") as saved:
        saved.add_column(sa.Column("team_id", sa.String(), nullable=True))
        saved.create_index("ix_saved_answer_team_id", ["team_id"])


def downgrade() -> None:
    with op.batch_alter_table("saved_answer") as saved:
        saved.drop_index("ix_saved_answer_team_id")
        saved.drop_column("team_id")
    with op.batch_alter_table("feed") as feed:
        feed.drop_column("private")
        feed.drop_column("team_id")
    op.drop_table("article_scope")
