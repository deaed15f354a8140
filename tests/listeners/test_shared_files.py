"""Files shared in Slack, answered in their thread, against the Web API stand-in
(tests/fake_slack.py)."""

from dataclasses import replace
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from slack_sdk import WebClient

from bot.config import Settings
from bot.listeners.shared_files import answer_shared_file
from storage import Store
from tests.builders import place
from tests.fake_slack import FakeSlack

CHANNEL = "C0NEWSDESK"
SHARE_TS = "1741700000.000100"
BRIEF = (
    "Ferry crews call off Friday strike <!channel>\n\n"
    "Ferry crews on the Elde estuary have called off the strike planned for Friday after the "
    "operator agreed to review the winter timetable, the union said on Wednesday.\n\n"
    '"We wanted a timetable that people can actually plan their lives around, and we have a '
    "promise in writing,\" said Aled Pryce, the union's branch secretary.\n\n"
    "The operator said the first sailings on Friday would leave at the usual time.\n"
)


def share(slack: FakeSlack, file_id: str, *, url: str | None = None) -> None:
    """files.info as Slack answers it for a file shared in CHANNEL: with the sharing ts."""
    stub_file = slack.files[file_id]
    download = url or f"{slack.base_url}/files/{file_id}/{stub_file.name}"

    def files_info(_args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "file": {
                "id": file_id,
                "name": stub_file.name,
                "title": stub_file.name,
                "mimetype": stub_file.mimetype,
                "filetype": stub_file.filetype,
                "size": len(stub_file.content),
                "url_private": download,
                "url_private_download": download,
                "permalink": f"https://precis-test.slack.com/files/U0USER/{file_id}/x",
                "shares": {"public": {CHANNEL: [{"ts": SHARE_TS}]}},
            },
        }

    slack.reply("files.info", files_info)


def posted(slack: FakeSlack) -> dict[str, Any]:
    [post] = slack.calls("chat.postMessage")
    return post.body


def test_a_shared_text_file_is_ingested_and_answered_in_its_thread(
    slack_api: FakeSlack, slack_client: WebClient, sqlite_store: Store, settings: Settings
):
    file_id = slack_api.add_file("ferry-strike.txt", BRIEF.encode(), channel_id=CHANNEL)
    share(slack_api, file_id)
    answer_shared_file(
        file_id, place(CHANNEL), client=slack_client, store=sqlite_store, settings=settings
    )
    [download] = slack_api.calls("files.download")
    assert download.token == slack_client.token
    answer = posted(slack_api)
    assert (answer["channel"], answer["thread_ts"]) == (CHANNEL, SHARE_TS)
    mrkdwn = [answer["text"]] + [
        str(block) for block in answer["blocks"] if block["type"] in ("section", "context")
    ]
    text = "\n".join(mrkdwn)
    assert "Ferry crews call off Friday strike &lt;!channel&gt;" in text
    assert "<!channel>" not in text  # (the header block is plain text: Slack never parses it)
    assert "Stored · quotes found: 1" in text
    assert len(sqlite_store.latest_articles(viewer=place(CHANNEL))) == 1
    assert sqlite_store.latest_articles(viewer=place("C0ELSEWHERE")) == []  # private channel


def test_unsupported_and_oversized_files_get_a_short_answer_without_download(
    slack_api: FakeSlack, slack_client: WebClient, sqlite_store: Store, settings: Settings
):
    pdf = slack_api.add_file(
        "budget.pdf", b"%PDF-1.7", mimetype="application/pdf", filetype="pdf", channel_id=CHANNEL
    )
    share(slack_api, pdf)
    answer_shared_file(
        pdf, place(CHANNEL), client=slack_client, store=sqlite_store, settings=settings
    )
    assert "*budget.pdf* is not one of them" in posted(slack_api)["text"]

    slack_api.clear()
    big = slack_api.add_file("archive.txt", b"x" * 4096, channel_id=CHANNEL)
    share(slack_api, big)
    small = replace(settings, max_file_bytes=1024)
    answer_shared_file(big, place(CHANNEL), client=slack_client, store=sqlite_store, settings=small)
    assert (
        "*archive.txt* is too large to read (4.0 KB; the limit is 1.0 KB)"
        in posted(slack_api)["text"]
    )
    assert slack_api.calls("files.download") == []


def test_the_token_is_never_sent_outside_slack(
    slack_api: FakeSlack,
    slack_client: WebClient,
    sqlite_store: Store,
    settings: Settings,
    httpserver: HTTPServer,
):
    file_id = slack_api.add_file("ferry-strike.txt", BRIEF.encode(), channel_id=CHANNEL)
    share(slack_api, file_id, url=httpserver.url_for("/collect"))  # "localhost", not the API
    answer_shared_file(
        file_id, place(CHANNEL), client=slack_client, store=sqlite_store, settings=settings
    )
    assert "the file's address is not on Slack" in posted(slack_api)["text"]
    assert len(httpserver.log) == 0


@pytest.mark.parametrize("token", ["xoxp-user-token-without-files-read"])
def test_a_refused_download_says_which_scope_is_missing(
    slack_api: FakeSlack, sqlite_store: Store, settings: Settings, token: str
):
    file_id = slack_api.add_file("ferry-strike.txt", BRIEF.encode(), channel_id=CHANNEL)
    share(slack_api, file_id)
    client = WebClient(token=token, base_url=slack_api.api_url)
    answer_shared_file(
        file_id, place(CHANNEL), client=client, store=sqlite_store, settings=settings
    )
    assert "the app may lack the files:read scope" in posted(slack_api)["text"]
