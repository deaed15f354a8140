"""`/digest` answers: set (zone from Slack when not given), status, off, now, errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine

from bot.listeners.digest import answer_digest_command
from storage import Store
from tests.builders import TEAM_ID, build_article, store_article
from tests.fake_slack import FakeSlack

# Tuesday 24 November 2026, 10:00 UTC.
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def ask(
    text: str, sqlite_store, slack_client, settings, *, channel: str = "C1", user: str = "U1"
) -> str:
    with time_machine.travel(NOW, tick=False):
        answer = answer_digest_command(
            text, channel_id=channel, user_id=user, team_id="T1",
            store=sqlite_store, client=slack_client, settings=settings,
        )  # fmt: skip
    assert answer["blocks"] and len(answer["blocks"]) <= 50
    return answer["text"]


def test_set_with_zone_and_days(sqlite_store: Store, slack_api, slack_client, settings) -> None:
    text = ask("at 08:00 Europe/Paris weekdays", sqlite_store, slack_client, settings)
    assert "*08:00* (Europe/Paris), Monday to Friday." in text
    assert "Next: Wednesday 25 November 2026, 08:00 (Europe/Paris)." in text
    channel = sqlite_store.get_channel("C1")
    assert channel is not None
    assert (channel.digest_time, channel.timezone, channel.weekdays) == (
        "08:00",
        "Europe/Paris",
        "12345",
    )
    assert channel.set_by == "U1" and channel.team_id == "T1" and channel.language == "en"


def test_without_zone_uses_the_users_slack_zone(
    sqlite_store: Store, slack_api: FakeSlack, slack_client, settings
) -> None:
    slack_api.add_user("U2", tz="America/New_York", locale="en-US")
    text = ask("at 8:00 am", sqlite_store, slack_client, settings, user="U2")
    assert "America/New_York is your Slack time zone" in text
    assert "Next: today, 08:00 (America/New_York)." in text  # 10:00 UTC is 05:00 in New York
    [info] = slack_api.calls("users.info")
    assert info.get("user") == "U2"


def test_without_zone_and_unknown_user_falls_back_to_utc(
    sqlite_store: Store, slack_api: FakeSlack, slack_client, settings
) -> None:
    slack_api.fail("users.info", error="user_not_found")
    text = ask("at 8", sqlite_store, slack_client, settings)
    assert "none in your Slack profile: UTC" in text
    channel = sqlite_store.get_channel("C1")
    assert channel is not None and channel.timezone == "UTC"


def test_answers_in_french_when_asked_in_french(
    sqlite_store: Store, slack_api, slack_client, settings
) -> None:
    text = ask("à 8h Europe/Paris lun-ven", sqlite_store, slack_client, settings)
    assert (
        "Revue quotidienne programmée dans ce canal : *08:00* (Europe/Paris), du lundi au vendredi."
        in text
    )
    assert "Prochaine : mercredi 25 novembre 2026, 08:00" in text


def test_language_from_the_slack_locale_when_words_do_not_tell(
    sqlite_store: Store, slack_api: FakeSlack, slack_client, settings
) -> None:
    slack_api.add_user("U3", tz="Europe/Paris", locale="fr-FR")
    assert "Revue quotidienne" in ask("08:00", sqlite_store, slack_client, settings, user="U3")


def test_status_shows_schedule_next_and_last(
    sqlite_store: Store, slack_api, slack_client, settings
) -> None:
    assert "No digest is scheduled" in ask("status", sqlite_store, slack_client, settings)
    ask("at 18:00 Europe/Paris", sqlite_store, slack_client, settings)
    run = sqlite_store.claim_digest("C1", NOW.date(), now=NOW)
    sqlite_store.record_digest_post(run, "1.2", article_count=3)
    text = ask("status", sqlite_store, slack_client, settings)
    assert "Daily digest: *18:00* (Europe/Paris), every day." in text
    assert "Next: Wednesday 25 November 2026, 18:00 (Europe/Paris)." in text  # today's is done
    assert "Last digest: " in text and "(3 new articles)" in text


def test_status_of_a_paused_digest(sqlite_store: Store, slack_api, slack_client, settings) -> None:
    ask("at 8 UTC", sqlite_store, slack_client, settings)
    sqlite_store.pause_digest("C1", "not_in_channel")
    text = ask("status", sqlite_store, slack_client, settings)
    assert "*Paused*" in text and "not_in_channel" in text


def test_off(sqlite_store: Store, slack_api, slack_client, settings) -> None:
    assert "No digest was scheduled" in ask("off", sqlite_store, slack_client, settings)
    ask("at 8 UTC", sqlite_store, slack_client, settings)
    assert "turned off" in ask("off", sqlite_store, slack_client, settings)
    assert sqlite_store.scheduled_channels() == []


def test_now_previews_without_claiming_the_day(
    sqlite_store: Store, slack_api: FakeSlack, slack_client, settings
) -> None:
    ask("at 8 UTC", sqlite_store, slack_client, settings)
    with time_machine.travel(NOW - timedelta(hours=1), tick=False):
        store_article(sqlite_store, build_article(["Body <!channel>."], title="Fresh story"))
    with time_machine.travel(NOW, tick=False):
        answer = answer_digest_command(
            "now", channel_id="C1", user_id="U1", team_id=TEAM_ID,
            store=sqlite_store, client=slack_client, settings=settings,
        )  # fmt: skip
    blocks = str(answer["blocks"])
    assert "Preview: only you see this" in blocks and "Fresh story" in blocks
    assert "<!channel>" not in blocks
    assert sqlite_store.digest_runs_since(NOW.date()) == {}
    assert slack_api.calls("chat.postMessage") == []


def test_invalid_input_answers_with_the_reason_and_usage(
    sqlite_store: Store, slack_api, slack_client, settings
) -> None:
    text = ask("at 25:00", sqlite_store, slack_client, settings)
    assert "“25:00” is not a time of day" in text and "/digest status" in text
    assert sqlite_store.get_channel("C1") is None
    french = ask("à 8h Lune/Base", sqlite_store, slack_client, settings)
    assert "Fuseau horaire inconnu" in french
