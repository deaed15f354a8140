"""One invented sentence per rule: text repaired before it is read, surnames of several words,
bodies named by an initialism or a nationality."""

from __future__ import annotations

from bot.text import analyze
from tests.text.quotes.reading import read, speaker_of


def test_a_name_once_decoded_wrong_upstream_is_read_repaired() -> None:
    text = "“We will rebuild the bridge,” said President Ã‰milie LefÃ¨vre on Monday."
    article = analyze(text, {"language": "en"})
    assert "Émilie Lefèvre" in article.text
    assert speaker_of(article.quotes, "We will rebuild the bridge") == "Émilie Lefèvre"


def test_a_surname_of_several_words_opening_on_a_first_name_finds_its_full_name() -> None:
    text = (
        "President Ramiro Jose Ferrant met the governors on Monday.\n\n"
        "Jose Ferrant said that the roads came first. “We start in the north,” he said."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We start in the north") == "Ramiro Jose Ferrant"


def test_a_dotted_initialism_keeps_its_last_full_stop() -> None:
    text = "The ferry line was closed. The U.K. coastguard said the crossing was unsafe."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the crossing was unsafe", kind="indirect") == "U.K."


def test_a_body_of_a_named_nation_is_not_the_body_met_last() -> None:
    text = (
        "The Varden Group said it would appeal. The Danish government said the plan was "
        "sound and would go ahead."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the plan was sound", kind="indirect") is None


def test_a_patriarch_is_a_title_not_part_of_the_name() -> None:
    text = "“Our doors stay open to all,” Coptic Patriarch Tomas Erland Vide said on Sunday."
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Our doors stay open") == "Tomas Erland Vide"


def test_an_award_named_with_the_is_no_person_a_pronoun_could_mean() -> None:
    text = (
        "Volunteers led by Tad Morrow have cleared the river. The work earned him the 2019 "
        "Harbour Hero of the Year Award. “Just organize it and do it,” he told reporters."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Just organize it") == "Tad Morrow"
