"""No token, signing secret or database password in logs or error messages, whatever fails:
bad configuration, an unreachable database, Slack refusing the token, forged requests.
Every secret below is recognisable, so one search of the output finds any leak."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from bot.config import Settings
from bot.shell import command_body, event_body, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
from storage import Store
from storage.models import Channel, table_of
from tests.builders import TEAM_ID
from tests.e2e.conftest import serve_in_thread
from tests.fake_slack import FakeSlack
from tests.reliability.reliability_helpers import noon_zone, precis, precis_env

BOT_TOKEN = "xoxb-SECRET-BOT-4242"
SIGNING_SECRET = "SECRET-SIGNING-4242"
CLIENT_SECRET = "SECRET-CLIENT-4242"
DB_PASSWORD = "SECRET-DBPASS-4242"
SECRETS = ("SECRET-", BOT_TOKEN, SIGNING_SECRET, CLIENT_SECRET, DB_PASSWORD)
SLACK_SECRETS = {
    "SLACK_BOT_TOKEN": BOT_TOKEN,
    "SLACK_SIGNING_SECRET": SIGNING_SECRET,
    "SLACK_CLIENT_SECRET": CLIENT_SECRET,
    "LOG_LEVEL": "DEBUG",
}


def assert_no_secret(output: str) -> None:
    for secret in SECRETS:
        at = output.find(secret)
        assert at == -1, output[max(0, at - 200) : at + 100]


@pytest.mark.parametrize(
    ("database_url", "expected_exit"),
    [
        (f"postgresql//precis:{DB_PASSWORD}@127.0.0.1/precis", 2),  # malformed: config error
        (f"postgresql://precis:{DB_PASSWORD}@127.0.0.1:1/precis", 1),  # nobody listens
        (f"precis:{DB_PASSWORD}@db.internal/precis", 2),
    ],
)
def test_a_failing_database_url_never_shows_its_password(
    tmp_path: Path, database_url: str, expected_exit: int
) -> None:
    env = precis_env(database_url, **SLACK_SECRETS)
    process = precis("stats", env=env, cwd=tmp_path)
    output, errors = process.communicate(timeout=60)
    assert process.returncode == expected_exit, errors
    assert errors.strip()  # it says what went wrong...
    assert_no_secret(output + errors)  # ...without the password
    if expected_exit == 2:
        assert "configuration error: DATABASE_URL=" in errors and ":***@" in errors


def test_slack_refusing_the_token_is_logged_without_it(tmp_path: Path) -> None:
    """`precis digest run-due` at DEBUG level while Slack answers invalid_auth."""
    database = f"sqlite:///{tmp_path / 'precis.db'}"
    store = Store(database)
    now = datetime.now(UTC)
    zone = noon_zone(now)
    send = (now.astimezone(ZoneInfo(zone)) - timedelta(minutes=2)).strftime("%H:%M")
    store.set_digest_schedule(
        "C0SECRET", digest_time=send, timezone=zone, set_by="U1", team_id=TEAM_ID
    )
    with store.write() as connection:
        connection.execute(sa.update(table_of(Channel)).values(updated_at=now - timedelta(days=1)))
    store.close()
    with FakeSlack() as slack:
        slack.fail("chat.postMessage", error="invalid_auth")
        env = precis_env(
            database,
            **{**SLACK_SECRETS, "SLACK_API_URL": slack.api_url, "PRECIS_DIGEST_EMPTY_NOTE": "1"},
        )
        env.pop("SLACK_CLIENT_SECRET")  # a single-workspace install
        process = precis("digest", "run-due", env=env, cwd=tmp_path)
        output, errors = process.communicate(timeout=120)
        [post] = slack.calls("chat.postMessage")
    assert process.returncode == 0, errors
    assert post.token == BOT_TOKEN  # the token was sent to Slack...
    assert "invalid_auth" in errors  # ...the failure logged...
    assert_no_secret(output + errors)  # ...and the token nowhere in the logs


def test_served_app_logs_no_secret_on_forged_requests_and_slack_errors(
    settings: Settings,
    news_store: Store,
    slack_api: FakeSlack,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secret_settings = replace(
        settings, slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET
    )
    served, server = serve_in_thread(secret_settings, news_store)
    try:
        body = command_body("/quote", "Okafor", response_url=slack_api.response_url())
        forged = served.post(body, secret="not-the-secret")
        assert forged.status == 401
        assert_no_secret(forged.body)
        stale = served.post(body, secret=SIGNING_SECRET, timestamp=1)
        assert stale.status == 401
        # Slack refuses the token, then fails, while the bot answers.
        slack_api.fail("chat.postMessage", error="invalid_auth")
        slack_api.fail(RESPONSE_URL, status=500, times=5)
        mention = event_body(message_event(f"<@{BOT_USER_ID}> quotes by Okafor"))
        assert served.post(mention, "application/json", secret=SIGNING_SECRET).status == 200
        assert served.post(body, secret=SIGNING_SECRET).status == 200
        slack_api.wait_for("chat.postMessage", timeout=30)
        slack_api.wait_for(RESPONSE_URL, timeout=30)
        slack_api.wait_quiet(1.0)
    finally:
        server.stop()
    assert caplog.records  # it did log at DEBUG...
    assert_no_secret(caplog.text)  # ...and no secret is in it
    for record in caplog.records:
        assert_no_secret(record.getMessage())
