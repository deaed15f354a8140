"""`precis feed add|list|poll|remove` against a local feed (no analysis: the feed is empty)."""

import json

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from bot.cli import app

NOTICES = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Parish notices</title>'
    b"<link>http://x/</link><description>Nothing yet</description></channel></rss>"
)


@pytest.fixture
def precis(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'precis.db'}")
    monkeypatch.setenv("PRECIS_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.chdir(tmp_path)  # no .env from the work tree
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_feed_commands_follow_poll_list_and_remove(httpserver: HTTPServer, precis):
    httpserver.expect_request("/notices.xml").respond_with_data(
        NOTICES, content_type="application/rss+xml"
    )
    httpserver.expect_request("/down.xml").respond_with_data("busy", status=503)
    notices, down = httpserver.url_for("/notices.xml"), httpserver.url_for("/down.xml")

    added = precis("feed", "add", notices)
    assert added.exit_code == 0 and "following Parish notices" in added.output
    assert precis("feed", "add", down).exit_code == 1  # not a feed: refused, not followed
    assert precis("feed", "add", "--channel", "C0DESK", notices).exit_code == 0

    polled = precis("feed", "poll")
    assert polled.exit_code == 0 and polled.output.count("no new items") == 2
    listed = [json.loads(line) for line in precis("feed", "list", "--json").stdout.splitlines()]
    assert sorted((f["channel"] or "", f["error_count"]) for f in listed) == [
        ("", 0),
        ("C0DESK", 0),
    ]

    assert precis("feed", "remove", notices).exit_code == 0
    assert precis("feed", "remove", notices).exit_code == 1
    remaining = precis("feed", "list").stdout
    assert "C0DESK" in remaining and "every digest" not in remaining
