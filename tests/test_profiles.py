"""The language an answer is written in: the words, else the Slack locale, else the default."""

from __future__ import annotations

import pytest

from bot.i18n import language_signal
from bot.profiles import Profiles


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("09:30 America/New_York", None),
        ("tomorrow", None),
        ("Okafor", None),
        ("", None),
        ("who said speed saves lives", "en"),
        ("qui a dit la vitesse", "fr"),
        ("« la vitesse »", "fr"),
    ],
)
def test_words_that_tell_a_language_and_words_that_do_not(text, signal):
    assert language_signal(text) == signal


def test_the_locale_is_asked_once_then_remembered(slack_api, slack_client):
    slack_api.add_user("U1", locale="fr-CA", tz="America/Toronto")
    profiles = Profiles()
    assert profiles.language("Okafor", slack_client, "U1", "en") == "fr"
    assert profiles.language("tomorrow", slack_client, "U1", "en") == "fr"
    assert profiles.get(slack_client, "U1").timezone == "America/Toronto"
    assert len(slack_api.calls("users.info")) == 1
    assert profiles.language("who said it", slack_client, "U1", "fr") == "en"  # words win


def test_without_a_locale_the_default_and_a_failure_is_asked_again(slack_api, slack_client):
    slack_api.fail("users.info", error="user_not_found")
    profiles = Profiles()
    assert profiles.language("Okafor", slack_client, "U2", "fr") == "fr"
    assert profiles.language("Okafor", slack_client, "U2", "en") == "en"  # Slack's default
    assert len(slack_api.calls("users.info")) == 2
    assert profiles.language("Okafor", slack_client, None, "fr") == "fr"


def test_remembered_for_a_while_only(slack_api, slack_client):
    profiles = Profiles(seconds=0.0)
    profiles.get(slack_client, "U3")
    profiles.get(slack_client, "U3")
    assert len(slack_api.calls("users.info")) == 2
