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
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from bot.cli.common import (
    HELP_STYLE,
    TeamOption,
    err,
    is_url,
    loaders_for,
    open_store,
    out,
    place_for,
    settings,
)
from bot.cli.digests import digest_app, digest_runner
from bot.cli.feeds import feed_app
from bot.config import ConfigError
from bot.i18n import plural

app = typer.Typer(
    help="Précis: a Slack bot that reads the news and answers with summaries and quotes.",
    pretty_exceptions_enable=False,
    add_completion=False,
    **HELP_STYLE,
)
db_app = typer.Typer(help="Database maintenance.", **HELP_STYLE)
app.add_typer(db_app, name="db")
app.add_typer(digest_app, name="digest")
app.add_typer(feed_app, name="feed")


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
    from bot.ingest.files import Skipped
    from bot.ingest.pipeline import Outcome, worker_count
    from bot.ingest.pipeline import ingest as ingest_documents

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


@app.command()
def worker() -> None:
    """Run the digest and feed scheduler alone.

    For hosts that run the scheduler apart from `precis serve --no-scheduler`."""
    from bot.scheduler import run_worker

    runner = digest_runner(settings())
    run_worker(runner.settings, runner.store, runner.client)


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
