"""The ``precis`` command line: each command parses its arguments and calls one function.

Help pages read like git's or pip's: plain text, names in capitals, no Python types. Results
go to stdout, problems to stderr, each problem in one line (a database that cannot be
reached included: :func:`main` turns it into a sentence, never a traceback).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from bot.config import ConfigError, Settings, load_settings
from bot.i18n import plural

HELP_STYLE: dict = {
    "no_args_is_help": True,
    "rich_markup_mode": None,  # plain help, as git and pip print it
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(
    help="Précis: a Slack bot that reads the news and answers with summaries and quotes.",
    pretty_exceptions_enable=False,
    add_completion=False,
    **HELP_STYLE,
)
db_app = typer.Typer(help="Database maintenance.", **HELP_STYLE)
app.add_typer(db_app, name="db")
digest_app = typer.Typer(help="Scheduled digests.", **HELP_STYLE)
app.add_typer(digest_app, name="digest")
feed_app = typer.Typer(help="RSS and Atom feeds followed for the digests.", **HELP_STYLE)
app.add_typer(feed_app, name="feed")

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


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (read recursively) or URLs.", metavar="PATH_OR_URL..."),
    ],
    team: TeamOption = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            metavar="CHANNEL",
            help="Seen only in this conversation (a channel id, C0123), for back-filling its"
            " archive; without it, in the whole workspace.",
        ),
    ] = None,
) -> None:
    """Store news files, folders or web pages.

    Each article is stored with its quotes and summary, seen in the whole workspace (or only
    in --channel); files inside folders that are not text, Markdown or HTML are skipped, and
    counted."""
    from bot.i18n import not_analysed_note
    from bot.ingest import Outcome, worker_count
    from bot.ingest import ingest as ingest_documents
    from bot.ingest.files import Skipped

    config = settings()
    place = place_for(config, team, channel)
    store = open_store(config)
    counts: Counter[str] = Counter()
    skipped = Skipped()
    sources = list(loaders_for(paths, config, skipped))
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[source]}"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
        redirect_stdout=False,
    )
    # Results go to stdout; above a live progress bar when both streams are the terminal.
    results = progress.console if out.is_terminal and err.is_terminal else out

    def report(outcome: Outcome) -> None:
        counts[outcome.status] += 1
        progress.update(task, advance=1, source=Path(outcome.source).name)
        if outcome.status == "failed":
            progress.console.print(
                f"[red]failed[/red] {escape(outcome.source)}: {escape(outcome.reason or '')}"
            )
        elif note := not_analysed_note(outcome.language, "en"):
            progress.console.print(f"stored {outcome.source}, {note}", markup=False)
        elif outcome.status == "stored" and is_url(outcome.source):  # a page: say what it was
            summary = "".join(f"\n  {sentence}" for sentence in outcome.summary)
            card = f"{outcome.title or outcome.source}{summary}\n  quotes found: "
            results.print(card + str(outcome.quote_count), markup=False)

    with progress:
        task = progress.add_task("ingest", total=len(sources), source="")
        ingest_documents(
            store,
            sources,
            place=place,
            on_outcome=report,
            workers=worker_count(len(sources)),
            min_words=config.min_article_words,
        )
    if skipped:
        err.print(str(skipped), markup=False)
    out.print(
        f"{counts['stored']} stored, {counts['already stored']} already stored, "
        f"{counts['failed']} failed",
        markup=False,
    )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Count the stored articles, quotes and people."""
    counts = open_store(settings()).stats()
    record = {"articles": counts.articles, "quotes": counts.quotes, "people": counts.people}
    if as_json:
        print(json.dumps(record))
    else:
        for key, value in record.items():
            out.print(f"{key:>9}: {value}")


LONG_TEXT_CHARACTERS = 250_000  # about three seconds of analysis on one core


@contextmanager
def analysing(source: str, characters: int) -> Iterator[None]:
    """Say so on stderr while a long text is analysed (a 4 MB file takes about a minute):
    a spinner with the time spent on a terminal, one line otherwise."""
    if characters < LONG_TEXT_CHARACTERS:
        yield
        return
    what = f"analysing {source} ({characters / 1_000_000:.1f} million characters)"
    if not err.is_terminal:
        err.print(f"{escape(what)}…")
        yield
        return
    spinner = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with spinner:
        spinner.add_task(escape(what), total=None)
        yield


@app.command()
def inspect(
    paths: Annotated[
        list[str], typer.Argument(help="Files or URLs to analyse.", metavar="FILE_OR_URL...")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="JSON: one object per file.")] = False,
    sentences: Annotated[
        int, typer.Option(min=1, max=20, metavar="N", help="Summary length in sentences.")
    ] = 3,
) -> None:
    """Analyse articles without storing them.

    Shows the paragraphs and their kinds, the people, the quotes and the summary."""
    from bot.ingest import RejectedDocument
    from bot.text import analyze
    from bot.text.report import inspect_record, render_inspect

    config = settings()
    failed = False
    for source, load in loaders_for(paths, config):
        try:
            raw = load()  # any length: inspect shows what analysis makes of a line, too
        except (RejectedDocument, OSError) as error:
            err.print(f"[red]failed[/red] {escape(source)}: {escape(str(error))}")
            failed = True
            continue
        with analysing(source, len(raw.text)):
            analysis = analyze(raw.text, raw.meta)
        record = inspect_record(analysis, source, sentences)
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            out.print(render_inspect(record), markup=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def reanalyze() -> None:
    """Read the stored articles again with this version's analysis.

    Only articles an older analysis read are done, each in its own transaction: run it
    again after an interruption and it goes on where it stopped."""
    from bot.reanalysis import reanalyze as read_again
    from bot.text.version import analysis_version

    store = open_store(settings())
    total = store.count_stale(analysis_version())
    if not total:
        out.print("every article is up to date")
        return
    with Progress(
        TextColumn("re-analysing"), BarColumn(), MofNCompleteColumn(), console=err
    ) as bar:
        task = bar.add_task("articles", total=total)
        done = read_again(store, lambda n: bar.advance(task, n))
    out.print(f"{plural(done, 'article')} re-analysed")


@app.command()
def people(
    since: Annotated[str, typer.Option(metavar="DATE", help="First day, 2026-11-01.")],
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Last day (default: today).")
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(metavar="C", help="Only what this channel sees (with --team)."),
    ] = None,
    team: Annotated[
        str | None, typer.Option(metavar="T", help="The workspace --channel belongs to.")
    ] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV, one row per person.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON, one object per line.")] = False,
    chart: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="Also draw the voices chart (12 weeks to --until)."),
    ] = None,
    language: Annotated[str, typer.Option(metavar="fr|en", help="The chart's language.")] = "en",
) -> None:
    """Who the stored articles quote: one row per person with role, gender and its
    evidence, quotes, articles, first and last date."""
    from bot.people_export import export_people, write_chart

    try:
        if chart is not None:
            alt = write_chart(open_store(settings()), chart, until, team, channel, language)
            err.print(f"chart written to {escape(str(chart))}: {escape(alt)}")
        text = export_people(
            open_store(settings()),
            since,
            until,
            channel=channel,
            team=team,
            form="csv" if as_csv else "json" if as_json else "table",
        )
    except ValueError as error:
        err.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None
    sys.stdout.write(text)


@app.command()
def serve(
    scheduler: Annotated[
        bool, typer.Option(help="Also run the digest and feed scheduler in this process.")
    ] = True,
) -> None:
    """Answer Slack, and post the digests.

    Socket Mode when SLACK_APP_TOKEN is set, else HTTP on $PORT (POST /slack/events);
    GET /healthz reports the database, Slack and the language model."""
    from bot.server import serve as serve_slack

    config = settings()
    try:
        serve_slack(config, open_store(config), scheduler=scheduler)
    except ConfigError as error:
        err.print(f"[red]configuration error:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None


@app.command()
def doctor() -> None:
    """Check this deployment, one line per part.

    Settings, database and schema, language models, the Slack token and its scopes, the
    digest channels, Socket Mode or HTTP settings, the scheduler. Exit status 1 on a ✗."""
    from bot.doctor import run_checks

    if not run_checks(out):
        raise typer.Exit(1)


@app.command()
def manifest(
    url: Annotated[
        str | None,
        typer.Option(
            metavar="URL", help="HTTP mode: the public address Slack posts to (https://...)."
        ),
    ] = None,
    socket: Annotated[
        bool, typer.Option("--socket", help="Socket Mode: no public address needed.")
    ] = False,
) -> None:
    """Print the Slack app manifest, ready to paste.

    Paste it at https://api.slack.com/apps, Create New App, From a manifest."""
    from bot.manifest import ManifestError, manifest_for

    if bool(url) == socket:
        err.print("give either --url https://your.host or --socket (see precis manifest -h)")
        raise typer.Exit(2)
    try:
        print(json.dumps(manifest_for(url), ensure_ascii=False, indent=2))
    except ManifestError as error:
        err.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None


@app.command()
def shell() -> None:
    """Talk to Précis locally, as Slack would.

    No workspace and no tokens needed: type /quote Okafor, @precis who said "…", :help."""
    from bot.shell import prompt_lines, run_shell

    config = settings()
    if "LOG_LEVEL" not in os.environ:  # a console for people: only problems are worth a line
        logging.getLogger().setLevel(logging.WARNING)
    interactive = sys.stdin.isatty()
    lines = prompt_lines() if interactive else sys.stdin
    run_shell(config, open_store(config), lines, sys.stdout, interactive=interactive)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or upgrade the database schema.

    Run it once per release on PostgreSQL; the SQLite default upgrades itself."""
    from storage import upgrade

    config = settings()
    upgrade(config.database_url)
    out.print("database is up to date")


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


@app.command()
def worker() -> None:
    """Run the digest and feed scheduler alone.

    For hosts that run the scheduler apart from `precis serve --no-scheduler`."""
    from bot.scheduler import run_worker

    runner = digest_runner(settings())
    run_worker(runner.settings, runner.store, runner.client)


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
    from bot.digests.commands import preview_message
    from bot.render import to_text

    store = open_store(settings())
    out.print(to_text(preview_message(store, channel, None)), markup=False)


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


@app.command()
def forget(
    team: Annotated[
        str, typer.Option("--team", metavar="TEAM", help="The workspace's team id, e.g. T0123.")
    ],
) -> None:
    """Delete everything a workspace stored.

    Its articles (unless another workspace shared them too), quotes, feeds, digest
    schedules, saved answers and OAuth installation: what uninstalling Précis does."""
    from bot.forget import forget_workspace

    if not team.strip():
        err.print("[red]bad --team:[/red] give a Slack team id, e.g. --team T0123")
        raise typer.Exit(2)
    config = settings()
    out.print(forget_workspace(open_store(config), config, team.strip()), markup=False)


def main() -> None:
    """Console entry point: ``precis``. A database that cannot be used ends any command with
    one line saying which, where and why (never the password), not a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        problem = database_problem(error)
        if problem is None:
            raise
        label, code = problem
        err.print(f"[red]{label}:[/red] {escape(str(error))}")
        sys.exit(code)


def database_problem(error: Exception) -> tuple[str, int] | None:
    """("configuration error", 2) for a database Précis does not run on, ("database error", 1)
    for one it cannot use; None for anything else."""
    from storage import DatabaseUnavailable, SchemaNotCurrent, UnsupportedDatabase

    if isinstance(error, UnsupportedDatabase):
        return "configuration error", 2
    if isinstance(error, (DatabaseUnavailable, SchemaNotCurrent)):
        return "database error", 1
    return None
