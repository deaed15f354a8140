"""The sources desk through signed requests: /people, its "More people" button, /check and
`@Précis check`, the person card on /quote; on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from slack_sdk.models.blocks import Block

from bot import render
from bot.render_desk import PEOPLE_CHART_ACTION, PEOPLE_MORE_ACTION
from bot.shell import CHANNEL_ID, action_body, command_body, event_body, message_event
from bot.slack_stub import BOT_USER_ID, RESPONSE_URL, TEAM_ID
from storage import Store, Viewer
from tests.builders import build_article
from tests.conftest import NEWS
from tests.e2e.conftest import serve_in_thread

JSON = "application/json"
YEAR_2024 = "2024-01-01..2024-12-31"


WORKSPACE = Viewer.workspace(TEAM_ID)


@pytest.fixture(params=["sqlite", "postgres"])
def desk(request, settings):
    """The app served over HTTP with the test articles shared workspace-wide, on each backend."""
    if request.param == "sqlite":
        store = request.getfixturevalue("sqlite_store")
    else:
        store = Store(request.getfixturevalue("postgres_database"))
    for source, article in NEWS:
        store.add_article(article, source=source, content_hash=source, shared_in=WORKSPACE)
    served, server = serve_in_thread(settings, store)
    yield served, store
    server.stop()
    if request.param == "postgres":
        store.close()


def ask(served, slack_api, command: str, text: str) -> str:
    before = len(slack_api.calls(RESPONSE_URL))
    served.post(command_body(command, text, response_url=slack_api.response_url()))
    answer = slack_api.wait_for(RESPONSE_URL, before + 1)[-1]
    for block in answer.get("blocks") or []:
        Block.parse(block).validate_json()
    return render.to_text(answer.body)


def button(message: dict, action_id: str) -> dict:
    """The one button of ``message`` with ``action_id``."""
    [found] = [
        element
        for block in message.get("blocks") or []
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == action_id
    ]
    return found


def test_people_lists_the_period_s_speakers_with_the_gender_share(desk, slack_api):
    served, _ = desk
    text = ask(served, slack_api, "/people", YEAR_2024)
    assert text.startswith("Most quoted, 1 January 2024 to 31 December 2024")
    assert "1. *Jane Okafor*\n" in text
    assert "2 quotes · 1 article · last quoted 12 March 2024 · _woman, by first name_" in text
    assert "women 100% · men 0% · unknown 0%" in text
    assert "first name only when they say nothing (1 of them)" in text


def test_people_of_another_channel_are_not_counted_here(desk, slack_api):
    served, store = desk
    article = build_article(
        ["« Le budget secret est prêt », a dit Luc Aubert."],
        quotes=[("Le budget secret est prêt", "Luc Aubert")],
        date="2024-05-02",
    )
    private = Viewer(TEAM_ID, "CPRIVATE", private=True)
    store.add_article(article, source=None, content_hash="private-1", shared_in=private)
    assert "Luc Aubert" not in ask(served, slack_api, "/people", YEAR_2024)


def test_more_people_pages_in_place(desk, slack_api):
    served, store = desk
    for i in range(12):
        name = f"Personne Numéro{chr(65 + i)}"
        words = f"Déclaration numéro {i} du jour"
        store.add_article(
            build_article(
                [f"« {words} », a dit {name}."], quotes=[(words, name)], date="2024-06-01"
            ),
            source=None,
            content_hash=f"many-{i}",
            shared_in=WORKSPACE,
        )
    served.post(command_body("/people", YEAR_2024, response_url=slack_api.response_url()))
    [first] = slack_api.wait_for(RESPONSE_URL)
    more = button(first, PEOPLE_MORE_ACTION)
    served.post(
        action_body(PEOPLE_MORE_ACTION, more["value"], response_url=slack_api.response_url())
    )
    _, second = slack_api.wait_for(RESPONSE_URL, 2)
    assert second.get("replace_original") is True
    page = render.to_text(second.body)
    assert "11. *" in page and "1. *Jane Okafor*" not in page


def test_check_a_changed_word(desk, slack_api):
    served, _ = desk
    text = ask(
        served, slack_api, "/check", "“Speed saves lives only on the race track,” said Okafor"
    )
    assert "differ" in text.splitlines()[2]
    assert "“Speed saves lives only on the racetrack”" in text
    assert "~racetrack~ *race track*" in text
    assert "Jane Okafor" in text and "Road deaths fall by a fifth" in text


def test_check_exact_and_punctuation(desk, slack_api):
    served, _ = desk
    assert "✅ Exact." in ask(
        served, slack_api, "/check", "“speed saves lives only on the RACETRACK”"
    )
    text = ask(served, slack_api, "/check", "Speed saves lives; only on the racetrack!")
    assert "Same words, different punctuation." in text


def test_check_says_a_wrong_speaker_first(desk, slack_api):
    served, _ = desk
    text = ask(
        served,
        slack_api,
        "/check",
        "« La vitesse est essentielle pour nos secours », a dit Mykola Lysenkyy",
    )
    lines = text.splitlines()
    assert lines[2].startswith("⚠️ *Attribuée à Élodie Marchand dans la source*")
    assert "pas à Mykola Lysenkyy" in lines[2]
    assert "Exacte, mais en partie" in lines[3]


def test_check_with_nothing_close_names_the_closest(desk, slack_api):
    served, _ = desk
    text = ask(served, slack_api, "/check", "“Speed cameras are a tax on honest drivers”")
    assert "No stored quote is close to this one. The closest (" in text
    assert "% alike)" in text


def test_check_of_a_draft_whose_words_do_not_tell_its_language(desk, slack_api):
    """No function word in « Speed saves lives »: compared with quotes in both languages."""
    served, _ = desk
    text = ask(served, slack_api, "/check", "« Speed saves lives »")  # answered in French
    assert "Exacte, mais en partie" in text and "Jane Okafor" in text
    text = ask(served, slack_api, "/check", "« Zeppelins hovercraft »")
    assert "Aucune citation enregistrée n'a de mots en commun avec celle-ci." in text


def test_check_bad_input_is_answered_and_escaped(desk, slack_api):
    served, _ = desk
    texts = ["", "   ", "x" * 5000, "<!channel> *speed* _saves_ lives &lt;b&gt;", "<@U0ATTACK>"]
    for text in texts:
        served.post(command_body("/check", text, response_url=slack_api.response_url()))
    answers = slack_api.wait_for(RESPONSE_URL, len(texts))
    assert all(a.get("text", "").strip() for a in answers)
    raw = json.dumps([a.body for a in answers])
    assert "<!channel>" not in raw and "<@U0ATTACK>" not in raw
    assert not any("something went wrong" in a.get("text", "") for a in answers)
    assert any("too long to be one quote" in a.get("text", "") for a in answers)


def test_mention_check_answers_in_the_thread(desk, slack_api):
    served, _ = desk
    served.post(
        event_body(
            message_event(f"<@{BOT_USER_ID}> check « Nous avons tout à apprendre de vos radars »")
        ),
        JSON,
    )
    [post] = slack_api.wait_for("chat.postMessage")
    assert post.get("channel") == CHANNEL_ID
    assert "✅ Exacte." in render.to_text(post.body)


def test_quote_of_a_person_opens_with_their_card(desk, slack_api):
    served, _ = desk
    text = ask(served, slack_api, "/quote", "Okafor")
    lines = text.splitlines()
    assert lines[2] == "*Jane Okafor*"
    assert lines[3] == "2 quotes in 1 article · quoted from 12 March 2024 to 12 March 2024"
    assert "Also written: `Okafor`" in text
    assert "*First quote*" in text


def test_an_article_dated_to_a_month_counts_in_it_and_says_only_the_month(desk, slack_api):
    served, store = desk
    article = build_article(
        ["« Le pont rouvrira au printemps », a dit Luc Aubert.", "« Pas avant », a-t-il ajouté."],
        quotes=[("Le pont rouvrira au printemps", "Luc Aubert"), ("Pas avant", "Luc Aubert")],
        date="2023-05",
    )
    store.add_article(article, source="pont.txt", content_hash="pont", shared_in=WORKSPACE)
    lines = ask(served, slack_api, "/quote", "Aubert").splitlines()
    assert lines[3] == "2 quotes in 1 article · quoted from May 2023 to May 2023"
    assert "1. *Luc Aubert*" in ask(served, slack_api, "/people", "2023-05-01..2023-05-31")


def test_digest_voices_switch(desk, slack_api):
    served, store = desk
    assert "once a week" in ask(served, slack_api, "/digest", "voices on")
    assert store.digest_voices(CHANNEL_ID)
    assert "not show the week's voices" in ask(served, slack_api, "/digest", "voices off")
    assert not store.digest_voices(CHANNEL_ID)


def test_app_home_shows_the_people_of_the_week(desk, slack_api):
    served, store = desk
    article = build_article(
        ["« Le quai ouvrira demain », a dit Mme Inès Moreau."],
        quotes=[("Le quai ouvrira demain", "Inès Moreau")],
    )  # no date: it counts for the day it is stored
    store.add_article(article, source=None, content_hash="home-1", shared_in=WORKSPACE)
    hidden = build_article(
        ["« Le plan reste secret », a dit Hugo Lenoir."],
        quotes=[("Le plan reste secret", "Hugo Lenoir")],
    )
    store.add_article(
        hidden, source=None, content_hash="home-2", shared_in=Viewer(TEAM_ID, "GPRIVATE")
    )
    event = {"type": "app_home_opened", "user": "U0SHELLUSER", "tab": "home", "channel": "D1"}
    served.post(event_body(event), JSON)
    [published] = slack_api.wait_for("views.publish")
    home = json.dumps(published.body, ensure_ascii=False)
    people = home.split("People of the week", 1)[1]  # the latest articles are not scoped here
    assert "*Inès Moreau*" in people and "Hugo Lenoir" not in people


def test_chart_button_uploads_the_chart_with_alt_text(desk, slack_api):
    served, _ = desk
    served.post(command_body("/people", YEAR_2024, response_url=slack_api.response_url()))
    [answer] = slack_api.wait_for(RESPONSE_URL)
    chart = button(answer, PEOPLE_CHART_ACTION)
    served.post(
        action_body(PEOPLE_CHART_ACTION, chart["value"], response_url=slack_api.response_url())
    )
    [asked] = slack_api.wait_for("files.getUploadURLExternal", timeout=30)
    [done] = slack_api.wait_for("files.completeUploadExternal", timeout=30)
    assert "Share of women among quoted people" in asked.get("alt_txt", "")
    assert done.get("channel_id") == CHANNEL_ID
    [uploaded] = slack_api.uploaded.values()
    assert uploaded[:4] == b"\x89PNG"
