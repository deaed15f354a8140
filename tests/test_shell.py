"""`precis shell`: typed lines go through the real Bolt app; answers print as readable text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from bot.i18n import STRINGS
from bot.ingest.files import file_loaders
from bot.ingest.pipeline import ingest
from bot.shell import INTRO, Shell
from storage import Store
from tests.builders import WORKSPACE

EXAMPLES = Path(__file__).parents[1] / "examples"
NOTHING_FOUND = (
    "quote.none",
    "quote.not_quoted",
    "quote.not_quoted.1",
    "quote.other_language",
    "summary.none",
    "summary.no_article",
    "summary.empty_store",
    "summary.no_sentences",
)


@pytest.fixture
def shell(news_store: Store) -> Shell:
    opened = Shell(Settings(database_url=news_store.url), news_store)
    yield opened
    opened.close()


def test_slash_command_prints_the_private_answer(shell):
    answer = shell.handle("/quote Okafor")
    assert answer.startswith("Précis (only visible to you):\nQuotes by Jane Okafor")
    assert "[ Share in channel ]" in answer


def test_mention_is_answered_in_thread_in_the_askers_language(shell):
    answer = shell.handle("@precis qui a dit « la vitesse est essentielle » ?")
    assert answer.startswith("Précis (in thread):\nQui a dit « la vitesse est essentielle »")
    assert "Élodie Marchand" in answer


def test_plain_line_is_a_direct_message(shell):
    answer = shell.handle("who said speed saves lives")
    assert answer.startswith("Précis (direct message):\nWho said")


def test_buttons_can_be_pressed(shell):
    assert "no 'share' button" in shell.handle(":share")
    shell.handle("/summary road deaths")
    shared = shell.handle(":share")
    assert shared.startswith("Précis (in the channel):\nAbout “road deaths”")
    assert "Shared by @U0SHELLUSER" in shared


def test_document_text_is_shown_as_written(shell):
    answer = shell.handle("/quote Durand")
    assert "Dites-le à <!channel> et à <@U0ATTACK>" in answer  # shown, never sent as a ping
    assert "&lt;" not in answer


def test_home_and_help(shell):
    assert "Latest articles" in shell.handle(":home")  # the person's locale: Slack's default
    assert "/quote" in shell.handle(":help")
    assert "unknown shell command" in shell.handle(":dance")


def test_home_follows_the_viewers_locale(news_store):
    french = Shell(Settings(database_url=news_store.url, default_language="fr"), news_store)
    try:
        assert "Derniers articles" in french.handle(":home")
    finally:
        french.close()


@pytest.mark.parametrize("line", ["/help", "/foo bar", "/precis help", "/precis"])
def test_any_command_gets_the_help_not_a_developer_warning(shell, line, caplog):
    answer = shell.handle(line)
    assert answer.startswith("Précis (only visible to you):")
    assert "/summary latest" in answer and "/digest" in answer
    assert ("I do not know the command `/" in answer) == line.startswith("/foo")
    assert "Slack would show an error" not in answer
    assert "@app.command" not in caplog.text and "Unhandled request" not in caplog.text


def test_a_mentions_answer_pages_in_its_thread(shell, news_store, build_article, store_articles):
    said = [f"Sentence number {i} about the harbour" for i in range(7)]
    paragraphs = [f"“{words},” said Hana Ito." for words in said]
    store_articles(
        news_store,
        [
            (
                "examples/harbour.txt",
                build_article(paragraphs, language="en", quotes=[(w, "Hana Ito") for w in said]),
            )
        ],
    )
    first = shell.handle("@precis quotes by Ito")
    assert first.startswith("Précis (in thread):\nQuotes by Hana Ito") and "[ More ]" in first
    assert "Share in channel" not in first
    second = shell.handle(":more")
    assert second.startswith("Précis (in thread):\nQuotes by Hana Ito")
    assert "> “Sentence number 5" in second and "> “Sentence number 0" not in second


def test_precis_shell_reads_a_pipe(news_store, tmp_path):
    lines = "/quote Okafor\n/summary 1\n:quit\n/quote never reached\n"
    env = {
        **os.environ,
        "DATABASE_URL": news_store.url,
        "SLACK_BOT_TOKEN": "",
        "LOG_LEVEL": "WARNING",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "shell"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Quotes by Jane Okafor" in result.stdout
    assert "Road deaths fall by a fifth" in result.stdout
    assert "never reached" not in result.stdout


def test_sharing_a_file_ingests_it_and_answers_in_its_thread(shell, tmp_path, news_store):
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Island ferry fares cut by half\n\n"
        "The regional council halved ferry fares to the islands on Monday.\n\n"
        "“Islanders should not pay to reach a hospital,” said council leader Ines Varga.\n",
        encoding="utf-8",
    )
    answer = shell.handle(f":file {article}")
    assert answer.startswith("Précis (in thread):\nIsland ferry fares cut by half")
    assert news_store.stats().articles == 4
    assert "cannot read" in shell.handle(f":file {tmp_path / 'missing.txt'}")


def suggested_examples() -> list[str]:
    """Every question the help pages and the shell's greeting suggest, as typed in the shell."""
    examples = re.findall(r"^\s*(/quote \S+|@precis .+?\?)", INTRO, re.MULTILINE)
    examples += re.findall(r"(\S.+?\?)\s+\(a direct message\)", INTRO)
    for key in ("quote.usage", "summary.usage", "mention.usage", "help.general"):
        for text in STRINGS[key].values():
            for snippet in re.findall(r"`([^`]+)`", text):
                if snippet.startswith("@Précis "):
                    examples.append("@precis " + snippet.removeprefix("@Précis "))
                elif snippet.startswith(("/quote ", "/summary ")) and "help" not in snippet:
                    examples.append(snippet)
                elif key == "mention.usage":
                    examples.append("@precis " + snippet)
    return sorted(set(e for e in examples if not e.endswith(("aide", "help"))))


def test_every_suggested_example_finds_something_in_the_examples(tmp_path):
    """A newcomer runs `precis ingest examples/` and tries what the help suggests."""
    store = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    ingest(store, file_loaders([EXAMPLES], 5 * 1024 * 1024), place=WORKSPACE)
    nothing_found = [
        re.compile(".*?".join(re.escape(part) for part in re.split(r"\{\w+\}", text)))
        for key in NOTHING_FOUND
        for text in STRINGS[key].values()
    ]
    shell = Shell(Settings(database_url=store.url), store)
    try:
        examples = suggested_examples()
        assert len(examples) >= 12
        for example in examples:
            answer = shell.handle(example)
            assert answer.startswith("Précis"), example
            found = not any(empty.search(answer) for empty in nothing_found)
            assert found and ("“" in answer or "«" in answer), (example, answer)
    finally:
        shell.close()
