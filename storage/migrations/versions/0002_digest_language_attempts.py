"""Digest language per channel and attempt count per digest run.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

channel.language: the language of the person who set the schedule ("en"/"fr"), so the
digest header and the pause notice speak it. digest_run.attempts: how many times a
process took the run on; bounds retries of transient Slack failures.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("channel", sa.Column("language", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column(
        "digest_run", sa.Column("attempts", sa.Integer(), nullable=False, server_default="1")
    )


def downgrade() -> None:
    with op.batch_alter_table("digest_run") as batch:
        batch.drop_column("attempts")
    with op.batch_alter_table("channel") as batch:
        batch.drop_column("language")
