"""`precis doctor` as an admin runs it, against the Web API stand-in: a ✓ or ✗ line per part,
exit status 1 when anything needs fixing."""

from __future__ import annotations

import subprocess

from storage import Store
from tests.builders import TEAM_ID
from tests.reliability.reliability_helpers import precis, precis_env

SECRET = "0123456789abcdef0123456789abcdef"  # the shape of Slack's signing secrets


def doctor(tmp_path, slack_api_url: str, **extra: str) -> subprocess.CompletedProcess:
    slack = {
        "SLACK_API_URL": slack_api_url,
        "SLACK_BOT_TOKEN": "xoxb-doctor",
        "SLACK_SIGNING_SECRET": SECRET,
    }
    env = precis_env(f"sqlite:///{tmp_path / 'precis.db'}", **{**slack, **extra})
    process = precis("doctor", env=env, cwd=tmp_path)
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def lines_of(result) -> dict[str, str]:
    """Each check's name and its whole line."""
    return {line[2:].split(":", 1)[0]: line for line in result.stdout.splitlines()}


def test_a_healthy_deployment_is_all_ticks(tmp_path, slack_api):
    result = doctor(tmp_path, slack_api.api_url)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines_of(result)
    assert list(checks) == [
        "settings",
        "database",
        "language models",
        "Slack token",
        "Slack scopes",
        "digest channels",
        "HTTP mode",
        "scheduler",
    ]
    assert all(line.startswith("✓ ") for line in checks.values()), result.stdout
    assert "schema 0014 (current)" in checks["database"]
    assert "@precis (UPRECISBOT) in Précis test (T0PRECIS)" in checks["Slack token"]
    assert result.stderr == ""


def test_each_problem_gets_a_cross_and_what_to_do(tmp_path, slack_api):
    store = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    store.set_digest_schedule(
        "C0OUTSIDE", digest_time="08:00", timezone="UTC", weekdays="", set_by="U1", team_id=TEAM_ID
    )
    store.close()
    slack_api.scopes = [s for s in slack_api.scopes if s not in ("files:read", "chat:write.public")]
    slack_api.outside = {"C0OUTSIDE"}
    result = doctor(tmp_path, slack_api.api_url, SLACK_SIGNING_SECRET="not-a-secret")
    assert result.returncode == 1
    checks = lines_of(result)
    missing = "✗ Slack scopes: missing chat:write.public, files:read:"
    assert checks["Slack scopes"].startswith(missing)
    assert "reinstall the app" in checks["Slack scopes"]
    assert checks["digest channels"] == "✗ digest channels: not in #general: /invite @Précis there"
    assert checks["HTTP mode"].startswith("✗ HTTP mode: SLACK_SIGNING_SECRET does not look")
    assert checks["settings"].startswith("✓") and checks["database"].startswith("✓")


def test_a_refused_token_and_an_unreachable_slack(tmp_path, slack_api):
    refused = lines_of(doctor(tmp_path, slack_api.api_url, SLACK_BOT_TOKEN="not-a-token"))
    assert refused["Slack token"] == "✗ Slack token: Slack refused SLACK_BOT_TOKEN (invalid_auth)"
    nowhere = "http://127.0.0.1:9/api/"
    result = doctor(tmp_path, nowhere)
    assert result.returncode == 1
    assert lines_of(result)["Slack token"] == (
        f"✗ Slack token: cannot reach Slack at {nowhere}auth.test (connection refused)"
    )


def test_socket_mode_and_a_database_that_cannot_be_reached(tmp_path, slack_api):
    result = doctor(
        tmp_path,
        slack_api.api_url,
        SLACK_APP_TOKEN="xapp-doctor",
        DATABASE_URL="postgresql://u:s3cret-pw@127.0.0.1:5999/precis",
    )
    checks = lines_of(result)
    assert checks["Socket Mode"] == "✓ Socket Mode: the app-level token opens a connection"
    assert checks["database"] == (
        "✗ database: cannot reach PostgreSQL at 127.0.0.1:5999 (connection refused)"
    )
    assert checks["scheduler"].startswith("✗ scheduler: not checked")
    assert "s3cret" not in result.stdout


def test_bad_settings_stop_at_the_first_line(tmp_path, slack_api):
    result = doctor(tmp_path, slack_api.api_url, PORT="eighty")
    assert result.returncode == 1
    assert result.stdout == (
        "✗ settings: PORT='eighty' is not valid: expected a port number 1-65535"
        " (see .env.example)\n"
    )
