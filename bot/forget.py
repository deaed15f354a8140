"""Forgetting a workspace: on ``app_uninstalled`` / ``tokens_revoked`` and by hand with
``precis forget --team T``. Its articles (those no other workspace shared too), quotes,
feeds, digest schedules, saved answers and, in OAuth mode, its installation are deleted."""

from __future__ import annotations

from bot.config import Settings
from bot.slack_clients import installation_store
from storage import Store


def forget_workspace(store: Store, settings: Settings, team_id: str) -> str:
    """Delete what ``team_id`` stored; one line saying what went."""
    forgotten = store.forget_team(team_id)
    installation = ""
    installations = installation_store(settings, store)
    if installations is not None:
        installations.delete_all(enterprise_id=None, team_id=team_id)
        installation = ", its installation"
    return (
        f"forgot workspace {team_id}: {forgotten.articles} articles, {forgotten.feeds} feeds,"
        f" {forgotten.schedules} digest schedules{installation}"
    )
