"""`precis digest preview` and `precis digest run-due`, through the real command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from typer.testing import CliRunner

from bot.cli import app
from storage import Store
from storage.models import Channel, table_of
from tests.builders import TEAM_ID, build_article, store_article
from tests.fake_slack import FakeSlack


def test_preview_prints_text_and_run_due_posts(tmp_path, slack: FakeSlack) -> None:
    database = f"sqlite:///{tmp_path / 'cli.db'}"
    store = Store(database)
    now = datetime.now(UTC)
    store.set_digest_schedule(
        "C1",
        digest_time=(now - timedelta(minutes=2)).strftime("%H:%M"),
        timezone="UTC",
        team_id=TEAM_ID,
    )
    with store.write() as connection:
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    store_article(
        store, build_article(["Traffic is back <!channel>."], title="Bridge reopens & more")
    )
    environment = {
        "DATABASE_URL": database,
        "SLACK_BOT_TOKEN": "xoxb-cli",
        "SLACK_API_URL": slack.api_url,
        "LOG_LEVEL": "WARNING",
    }
    runner = CliRunner()

    preview = runner.invoke(app, ["digest", "preview", "--channel", "C1"], env=environment)
    assert preview.exit_code == 0, preview.output
    assert "Bridge reopens & more" in preview.output  # text, not mrkdwn entities
    assert slack.calls("chat.postMessage") == []

    posted = runner.invoke(app, ["digest", "run-due"], env=environment)
    assert posted.exit_code == 0, posted.output
    assert "1 due: 1 posted" in " ".join(posted.output.split())
    again = runner.invoke(app, ["digest", "run-due"], env=environment)
    assert "0 due" in again.output
    assert len(slack.calls("chat.postMessage")) == 1
    store.close()
