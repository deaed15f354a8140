"""Forgetting a workspace: on ``app_uninstalled`` / ``tokens_revoked`` and by hand with
``precis forget --team T``. Its articles (those no other workspace shared too), quotes,
feeds, digest schedules, saved answers and, in OAuth mode, its installation are deleted."""

from __future__ import annotations

from bot.config import Settings
from storage import Store


def forget_workspace(store: Store, settings: Settings, team_id: str) -> str:
    """Delete what ``team_id`` stored; one line saying what went."""
    forgotten = store.forget_team(team_id)
    installation = ""
    if settings.oauth_enabled:
        # Imported here: single-workspace installs never load slack_sdk's SQLAlchemy stores.
        from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

        installations = SQLAlchemyInstallationStore(
            client_id=settings.slack_client_id or "",
            engine=store.engine,  # set: OAuth is on
        )
        installations.create_tables()  # a deployment that never installed has none yet
        installations.delete_all(enterprise_id=None, team_id=team_id)
        installation = ", its installation"
    return (
        f"forgot workspace {team_id}: {forgotten.articles} articles, {forgotten.feeds} feeds,"
        f" {forgotten.schedules} digest schedules{installation}"
    )
