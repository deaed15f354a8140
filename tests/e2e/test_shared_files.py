"""A file shared in Slack, end to end: event in, download with the bot token, answer in thread."""

from __future__ import annotations

import pytest

from bot import render
from bot.shell import event_body

ARTICLE = """Le conseil municipal vote la gratuité des bus

Le conseil municipal de Lorient a voté lundi soir la gratuité des bus pour les moins de 18 ans.

« Nous voulons que les jeunes prennent le bus », a déclaré Martine Le Goff, adjointe.
"""


@pytest.mark.slow
def test_shared_file_is_ingested_and_answered_in_its_thread(served, slack_api, news_store):
    file_id = slack_api.add_file(
        "gratuite-bus.txt", ARTICLE.encode(), channel_id="C0NEWS", share_ts="1700000001.000200"
    )
    event = {
        "type": "file_shared",
        "file_id": file_id,
        "user_id": "U0SHARER",
        "channel_id": "C0NEWS",
        "file": {"id": file_id},
        "event_ts": "1700000001.000300",
    }
    served.post(event_body(event), "application/json")
    [post] = slack_api.wait_for("chat.postMessage", timeout=60)
    assert post.get("thread_ts") == "1700000001.000200"
    assert "gratuité des bus" in render.to_text(post.body)
    [download] = slack_api.calls("files.download")
    assert download.token.startswith("xoxb-")
    assert news_store.stats().articles == 4
    served.post(event_body(event), "application/json")  # delivered again: nothing new
    slack_api.wait_quiet(0.5)
    assert len(slack_api.calls("chat.postMessage")) == 1
