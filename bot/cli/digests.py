"""`precis digest`: one scheduler tick by hand, a channel's digest previewed."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.common import HELP_STYLE, err, open_store, out, settings
from bot.config import Settings

digest_app = typer.Typer(help="Scheduled digests.", **HELP_STYLE)


def digest_runner(config: Settings):  # -> bot.digests.runner.DigestRunner
    from bot.app import web_client
    from bot.digests.runner import DigestRunner

    if not config.slack_bot_token and not config.oauth_enabled:
        err.print(
            "[red]configuration error:[/red] SLACK_BOT_TOKEN is not set "
            "(or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth installs)"
        )
        raise typer.Exit(2)
    return DigestRunner(open_store(config), web_client(config, config.slack_bot_token), config)


@digest_app.command("run-due")
def digest_run_due() -> None:
    """Post every digest due now (one tick)."""
    report = digest_runner(settings()).tick()
    out.print(
        f"{report.due} due: {report.posted} posted, {report.empty} with nothing new, "
        f"{report.recovered} recovered, {report.taken} taken by another process, "
        f"{report.paused} paused, {report.retry} to retry, {report.failed} failed "
        f"({report.seconds:.2f} s)"
    )


@digest_app.command("preview")
def digest_preview(
    channel: Annotated[
        str, typer.Option("--channel", metavar="CHANNEL", help="Slack channel id, e.g. C0123.")
    ],
) -> None:
    """Print the digest a channel would get now.

    Nothing is posted or recorded."""
    from bot.listeners.digest import preview_message
    from bot.render import to_text

    store = open_store(settings())
    out.print(to_text(preview_message(store, channel, None)), markup=False)
