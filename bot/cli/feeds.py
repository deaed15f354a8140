"""`precis feed`: the RSS and Atom feeds followed, added, listed, removed and read now."""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated

import typer
from rich.markup import escape

from bot.cli.common import HELP_STYLE, TeamOption, err, open_store, out, place_for, settings
from bot.i18n import plural

feed_app = typer.Typer(help="RSS and Atom feeds followed for the digests.", **HELP_STYLE)


ChannelOption = Annotated[
    str | None,
    typer.Option(
        "--channel",
        metavar="CHANNEL",
        help="A Slack channel id; without it, the feed serves every digest.",
    ),
]
NO_FEEDS = "No feed is followed yet. Follow one with: precis feed add https://example.org/rss.xml"
FeedUrl = Annotated[str, typer.Argument(metavar="URL", help="The feed's (or the site's) address.")]


@feed_app.command("add")
def feed_add(url: FeedUrl, channel: ChannelOption = None, team: TeamOption = None) -> None:
    """Follow a feed; its new articles are stored.

    URL may be the feed itself or a web page that announces one. Its articles are seen in
    the whole workspace, or only in --channel."""
    from bot.ingest.feeds import follow_feed
    from bot.ingest.raw import RejectedDocument

    config = settings()
    place = place_for(config, team, channel)
    try:
        followed = follow_feed(open_store(config), url, config, place)
    except RejectedDocument as error:
        err.print(f"[red]failed[/red] {url}: {escape(str(error))}")
        raise typer.Exit(1) from None
    state = "following" if followed.created else "already following"
    title = followed.title or "(untitled)"
    out.print(f"{state} {title}: {followed.url} ({plural(followed.items, 'item')})", markup=False)


@feed_app.command("list")
def feed_list(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per feed.")] = False,
) -> None:
    """List the feeds followed.

    Each with the channel it serves, when it was last read and its last error."""
    feeds = open_store(settings()).list_feeds(every=True)
    if not feeds:
        (err if as_json else out).print(NO_FEEDS, markup=False)
    for feed in feeds:
        record = {
            "url": feed.url,
            "channel": feed.channel_id,
            "last_polled_at": feed.last_polled_at.isoformat() if feed.last_polled_at else None,
            "next_poll_at": feed.next_poll_at.isoformat() if feed.next_poll_at else None,
            "error_count": feed.error_count,
            "last_error": feed.last_error,
        }
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
            continue
        polled = record["last_polled_at"] or "never polled"
        error = (
            f" — {feed.error_count} failures, last: {feed.last_error}; next try "
            f"{record['next_poll_at']}"
            if feed.error_count
            else ""
        )
        out.print(
            f"{feed.url}  [{feed.channel_id or 'every digest'}]  {polled}{error}", markup=False
        )


@feed_app.command("remove")
def feed_remove(url: FeedUrl, channel: ChannelOption = None) -> None:
    """Stop following a feed.

    The one serving every digest, or the one of --channel."""
    if not open_store(settings()).remove_feed(url, channel):
        err.print(f"[red]not followed[/red] {url} ({channel or 'every digest'})")
        raise typer.Exit(1)
    out.print(f"no longer following {url}", markup=False)


@feed_app.command("poll")
def feed_poll() -> None:
    """Read every feed now and store its new items."""
    from bot.ingest.feeds import poll_all_feeds

    config = settings()
    polls = poll_all_feeds(open_store(config), config)
    if not polls:
        out.print(NO_FEEDS, markup=False)
    for poll in polls:
        if poll.error:
            err.print(f"[red]failed[/red] {poll.url}: {escape(poll.error)}")
            continue
        counts = Counter(outcome.status for outcome in poll.outcomes)
        out.print(
            f"{poll.url}: {poll.status}; {counts['stored']} stored, "
            f"{counts['already stored']} already stored, {counts['failed']} failed"
        )
    if any(poll.error for poll in polls):
        raise typer.Exit(1)
