"""Who may see what (issue 16), through signed requests into the served app in OAuth mode,
with two installed workspaces and public and private channels on the Web API stand-in.

For each reader, an article shared in a private channel of the newsroom's workspace is found
there, and not from one of its public channels, nor from another private channel, nor from
the rival workspace (not even from a channel with the same id, as a Slack Connect channel
has). Each test also checks what the public channel does see, so that "not found" cannot
come from a broken search.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

from bot import render
from bot.listeners.answers import Ask
from bot.shell import action_body, command_body, event_body, home_event, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL
from bot.text.model import Person
from storage import Store, Viewer
from tests.builders import build_article
from tests.fake_slack import FakeSlack

JSON = "application/json"
NEWSROOM, RIVAL = "T0NEWSROOM", "T0RIVAL"
TOKENS = {NEWSROOM: "xoxb-newsroom", RIVAL: "xoxb-rival"}
PUBLIC, LEGAL, SPORTS = "C0GENERAL", "C0LEGAL", "C0SPORTS"  # LEGAL and SPORTS are private
CLIENT_ID = "111.222"

SECRET_QUOTE = "The harbour levy will double before the spring tides"
SECRET_TITLE = "Embargoed: harbour levy memo"
OPEN_QUOTE = "The lighthouse museum opens every weekend from June"
OPEN_TITLE = "Lighthouse museum to open at weekends"
# French, for the closest-quote suggestions asked in English: no word in common.
SECRET_FRENCH = "La transparence budgétaire reste une responsabilité permanente"
SUGGESTION_QUESTION = "budget transparency remains a permanent responsibility"

# Where questions come from: (team, channel). PRIVATE_SEAT is where the memo was shared.
PRIVATE_SEAT = (NEWSROOM, LEGAL)
ELSEWHERE = {
    "a public channel": (NEWSROOM, PUBLIC),
    "another private channel": (NEWSROOM, SPORTS),
    "another workspace": (RIVAL, PUBLIC),
    "another workspace, same channel id": (RIVAL, LEGAL),
}


@dataclass
class Newsroom:
    """The served app, its store, the stand-in, and the ids of the stored articles."""

    client: object
    slack: FakeSlack
    store: Store
    secret_id: int
    open_id: int

    def ask(self, command: str, text: str, seat: tuple[str, str]) -> str:
        """A slash command from ``seat``; its private answer as text."""
        team, channel = seat
        response_url = self.slack.response_url()
        body = command_body(
            command, text, response_url=response_url, channel_id=channel, team_id=team
        )
        assert self.client.post(body).status == 200
        return render.to_text(self.answer_to(response_url).body)

    def answer_to(self, response_url: str):
        path = "/" + response_url.split("/", 3)[-1]
        calls = self.slack.wait_for(RESPONSE_URL, count=1)
        while not [c for c in self.slack.calls(RESPONSE_URL) if c.path == path]:
            calls = self.slack.wait_for(RESPONSE_URL, count=len(calls) + 1)
        return [c for c in self.slack.calls(RESPONSE_URL) if c.path == path][-1]

    def press(self, value: str, action: str, seat: tuple[str, str]) -> str:
        """A button pressed under an ephemeral answer in ``seat``; what it answered."""
        team, channel = seat
        response_url = self.slack.response_url()
        body = action_body(
            action, value, response_url=response_url, channel_id=channel, team_id=team
        )
        assert self.client.post(body).status == 200
        return json.dumps(self.answer_to(response_url).body, ensure_ascii=False)

    def mention(self, text: str, seat: tuple[str, str], ts: str) -> str:
        team, channel = seat
        self.slack.clear()
        event = message_event(f"<@{BOT_USER_ID}> {text}", channel_id=channel, ts=ts)
        body = event_body(event, event_id=f"Ev{ts.replace('.', '')}", team_id=team)
        assert self.client.post(body, JSON).status == 200
        [post] = self.slack.wait_for("chat.postMessage")
        assert post.token == TOKENS[team]
        return render.to_text(post.body)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def newsroom(request, settings, serve, slack_api, tmp_path) -> Iterator[Newsroom]:
    if request.param == "sqlite":
        store = Store(f"sqlite:///{tmp_path / 'scoped.db'}")
    else:
        store = Store(request.getfixturevalue("postgres_database"))
    secret = store.add_article(
        build_article(
            [
                "The port authority discussed the levy behind closed doors on Monday.",
                f"“{SECRET_QUOTE},” said Ilse Brandvold, the authority's treasurer.",
            ],
            title=SECRET_TITLE,
            language="en",
            quotes=[(SECRET_QUOTE, "Ilse Brandvold")],
            people=[Person("Ilse Brandvold", ("Brandvold",), "f")],
        ),
        source="memo.txt",
        content_hash="secret-memo",
        shared_in=Viewer(NEWSROOM, LEGAL, private=True),
    ).id
    store.add_article(
        build_article(
            [
                "Le conseil a débattu du budget portuaire à huis clos.",
                f"« {SECRET_FRENCH} », a déclaré Ilse Brandvold.",
            ],
            title="Note budgétaire confidentielle",
            quotes=[(SECRET_FRENCH, "Ilse Brandvold")],
        ),
        source="note.txt",
        content_hash="secret-note",
        shared_in=Viewer(NEWSROOM, LEGAL, private=True),
    )
    opened = store.add_article(
        build_article(
            [
                "The old lighthouse becomes a museum this summer.",
                f"“{OPEN_QUOTE},” said Tomas Ferreira, its curator.",
            ],
            title=OPEN_TITLE,
            language="en",
            quotes=[(OPEN_QUOTE, "Tomas Ferreira")],
        ),
        source="museum.txt",
        content_hash="open-museum",
        shared_in=Viewer(NEWSROOM, PUBLIC, private=False),
    ).id
    oauth = replace(
        settings,
        database_url=store.url,
        slack_bot_token=None,
        slack_client_id=CLIENT_ID,
        slack_client_secret="shh",
    )
    client, server = serve(oauth, store)
    installations = SQLAlchemyInstallationStore(client_id=CLIENT_ID, engine=store.engine)
    for team, token in TOKENS.items():
        installations.save(
            Installation(
                app_id="APRECIS",
                user_id="U0INSTALLER",
                team_id=team,
                bot_token=token,
                bot_id="B0PRECIS",
                bot_user_id=BOT_USER_ID,
            )
        )
    slack_api.token_teams.update({token: team for team, token in TOKENS.items()})
    slack_api.private.update({LEGAL, SPORTS})
    try:
        yield Newsroom(client, slack_api, store, secret, opened)
    finally:
        server.stop()
        store.close()


def test_quote_by_words(newsroom):
    assert SECRET_QUOTE in newsroom.ask("/quote", "harbour levy will double", PRIVATE_SEAT)
    for seat in ELSEWHERE.values():
        assert SECRET_QUOTE not in newsroom.ask("/quote", "harbour levy will double", seat)
    assert OPEN_QUOTE in newsroom.ask("/quote", "lighthouse museum opens", (NEWSROOM, SPORTS))
    assert OPEN_QUOTE not in newsroom.ask("/quote", "lighthouse museum opens", (RIVAL, PUBLIC))


def test_quote_by_speaker_and_known_but_not_quoted(newsroom):
    assert SECRET_QUOTE in newsroom.ask("/quote", "Brandvold", PRIVATE_SEAT)
    for where, seat in ELSEWHERE.items():
        answer = newsroom.ask("/quote", "Brandvold", seat)
        assert SECRET_QUOTE not in answer, where
        assert "Ilse Brandvold" not in answer, where  # not even "named but not quoted"
    assert OPEN_QUOTE in newsroom.ask("/quote", "Ferreira", (NEWSROOM, PUBLIC))


def test_summary_by_topic_number_and_latest(newsroom):
    number = str(newsroom.secret_id)
    assert SECRET_TITLE in newsroom.ask("/summary", "harbour levy", PRIVATE_SEAT)
    assert SECRET_TITLE in newsroom.ask("/summary", number, PRIVATE_SEAT)
    for where, seat in ELSEWHERE.items():
        for question in ("harbour levy", number, "latest"):
            assert SECRET_TITLE not in newsroom.ask("/summary", question, seat), (where, question)
    assert OPEN_TITLE in newsroom.ask("/summary", "latest", (NEWSROOM, SPORTS))


def test_mention(newsroom):
    question = "who said the harbour levy will double"
    assert SECRET_QUOTE in newsroom.mention(question, PRIVATE_SEAT, ts="1700000500.000001")
    for n, seat in enumerate(ELSEWHERE.values(), start=2):
        assert SECRET_QUOTE not in newsroom.mention(question, seat, ts=f"1700000500.00000{n}")


def test_more_is_answered_from_where_it_is_pressed(newsroom):
    """A "More" value carries the question only: a button copied to another channel (or
    forged) pages through what that channel may see."""
    value = Ask("harbour levy will double", "en", 0).encode()
    assert SECRET_QUOTE in newsroom.press(value, render.MORE_ACTION, PRIVATE_SEAT)
    for seat in ELSEWHERE.values():
        assert SECRET_QUOTE not in newsroom.press(value, render.MORE_ACTION, seat)


def share_value(newsroom: Newsroom, words: str) -> str:
    response_url = newsroom.slack.response_url()
    team, channel = PRIVATE_SEAT
    body = command_body(
        "/quote", words, response_url=response_url, channel_id=channel, team_id=team
    )
    assert newsroom.client.post(body).status == 200
    blocks = newsroom.answer_to(response_url).body["blocks"]
    [value] = [
        element["value"]
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == render.SHARE_ACTION
    ]
    return value


def test_share_posts_only_where_everyone_may_see_it(newsroom):
    value = share_value(newsroom, "harbour levy will double")
    for where, seat in ELSEWHERE.items():
        refused = newsroom.press(value, render.SHARE_ACTION, seat)
        assert "Not shared" in refused and SECRET_QUOTE not in refused, where
    shared = newsroom.press(value, render.SHARE_ACTION, PRIVATE_SEAT)
    assert SECRET_QUOTE in shared and "in_channel" in shared


def test_digest(newsroom):
    assert SECRET_TITLE in newsroom.ask("/digest", "now", PRIVATE_SEAT)
    for where, seat in ELSEWHERE.items():
        assert SECRET_TITLE not in newsroom.ask("/digest", "now", seat), where
    # A digest shows the workspace's articles and the channel's own, not other channels'.
    assert OPEN_TITLE in newsroom.ask("/digest", "now", (NEWSROOM, PUBLIC))
    assert OPEN_TITLE not in newsroom.ask("/digest", "now", (NEWSROOM, SPORTS))


def test_app_home(newsroom):
    for team in (NEWSROOM, RIVAL):
        newsroom.slack.clear()
        assert newsroom.client.post(event_body(home_event(), team_id=team), JSON).status == 200
        [publish] = newsroom.slack.wait_for("views.publish")
        home = render.to_text(publish.get("view"))
        assert SECRET_TITLE not in home
        assert (OPEN_TITLE in home) == (team == NEWSROOM)
        assert ("*1* articles" in home) == (team == NEWSROOM), home


def test_closest_quote_suggestions(newsroom):
    found = newsroom.ask("/quote", SUGGESTION_QUESTION, PRIVATE_SEAT)
    assert "No English quote matches" in found and SECRET_FRENCH in found
    for where, seat in ELSEWHERE.items():
        assert SECRET_FRENCH not in newsroom.ask("/quote", SUGGESTION_QUESTION, seat), where


def test_a_forged_team_with_no_installation_gets_nothing(newsroom):
    """A correctly signed request naming a workspace that never installed Précis (a forged
    ``team_id``): nothing stored reaches it, whatever it asks and wherever it says it asks
    from."""
    questions = [
        ("/quote", "harbour levy will double"),
        ("/quote", "Brandvold"),
        ("/summary", "latest"),
        ("/summary", str(newsroom.secret_id)),
    ]
    for command, text in questions:
        for channel in (LEGAL, PUBLIC):
            newsroom.slack.clear()
            body = command_body(
                command,
                text,
                response_url=newsroom.slack.response_url(),
                channel_id=channel,
                team_id="T0FORGED",
            )
            reply = newsroom.client.post(body)
            assert SECRET_QUOTE not in reply.body and SECRET_TITLE not in reply.body
            assert OPEN_QUOTE not in reply.body and OPEN_TITLE not in reply.body
            time.sleep(0.2)  # an answer, if any, would be posted by now
            sent = json.dumps([call.body for call in newsroom.slack.calls()], ensure_ascii=False)
            for stored in (SECRET_QUOTE, SECRET_TITLE, OPEN_QUOTE, OPEN_TITLE, "Brandvold"):
                assert stored not in sent  # at most Bolt's "please reinstall" notice
