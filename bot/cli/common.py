"""What every command shares: the two consoles, the settings, the store (its schema checked)
and where what a command stores is seen."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from bot.config import ConfigError, Settings, load_settings

HELP_STYLE: dict = {
    "no_args_is_help": True,
    "rich_markup_mode": None,  # plain help, as git and pip print it
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def settings() -> Settings:
    """Settings for a command; a bad value ends the command with one clear line."""
    try:
        loaded = load_settings()
    except ConfigError as error:
        err.print(f"[red]configuration error:[/red] {error}")
        raise typer.Exit(2) from None
    logging.basicConfig(
        level=loaded.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if loaded.log_level != "DEBUG":  # one line per migration step is noise on every command
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return loaded


def open_store(config: Settings):  # -> storage.Store (imported lazily: keeps --help fast)
    """The store, its schema checked: a command fails at once, in one line, on a database
    that cannot be reached or was never upgraded, not on its first query."""
    from storage import Store

    store = Store(
        config.database_url,
        pool_size=config.database_connections,
        pool_timeout=config.db_pool_timeout,
    )
    store.check_schema()
    return store


def is_url(argument: str) -> bool:
    return argument.startswith(("http://", "https://"))


def loaders_for(arguments: list[str], config: Settings, skipped=None):
    """Files, folders and URLs named on the command line, as (source, loader) pairs; files
    passed over inside folders are counted in ``skipped`` (a bot.ingest.files.Skipped)."""
    from bot.ingest.files import file_loaders

    for argument in arguments:
        if is_url(argument):
            from bot.ingest.web import page_loader

            yield argument, page_loader(argument, config)
        else:
            yield from file_loaders([Path(argument)], config.max_file_bytes, skipped)


TeamOption = Annotated[
    str | None,
    typer.Option(
        "--team",
        metavar="TEAM",
        help="The Slack workspace (team id, T0123) it is for; required with OAuth. Without it,"
        " the bot token's workspace.",
    ),
]


def place_for(config: Settings, team: str | None, channel: str | None):  # -> storage.Viewer
    """Where what a command stores is seen: ``channel`` of ``team`` (counted as private), or
    the whole workspace. Without --team, a single-workspace app claims it at its next request
    (PENDING_TEAM); with OAuth there is no such workspace, so --team is required."""
    from storage import PENDING_TEAM, Viewer

    if team is not None and not team.strip():
        err.print("[red]bad --team:[/red] give a Slack team id, e.g. --team T0123")
        raise typer.Exit(2)
    if team is None and config.oauth_enabled:
        err.print("[red]--team is required[/red] with OAuth: which workspace is it for?")
        raise typer.Exit(2)
    team = team.strip() if team else PENDING_TEAM
    return Viewer(team, channel) if channel else Viewer.workspace(team)
