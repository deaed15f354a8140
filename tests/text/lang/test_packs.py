"""Language packs: every language fills the same interface, and the machinery finds them."""

from __future__ import annotations

import dataclasses

import pytest

from bot.text.lang import LanguagePack, codes, pack, packs


def test_each_folder_is_a_pack_found_by_its_code() -> None:
    assert codes() == ("en", "fr")
    assert [p.code for p in packs()] == ["en", "fr"]


def test_a_language_without_a_pack_reads_with_the_default_one() -> None:
    assert pack("de") is pack("en")


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_pack_fills_the_words_the_machinery_always_reads(code: str) -> None:
    language = pack(code)
    assert isinstance(language, LanguagePack)
    for part in (language.words, language.speech, language.people, language.page):
        for field in dataclasses.fields(part):
            value = getattr(part, field.name)
            optional = (
                "inverted_subject",
                "affiliation_tag",
                "quote_min_words",
                "aside_participle",
                "opening_participle",
                "title_opening",
            )
            assert value is not None or field.name in optional
    assert sorted(set(language.words.months.values())) == list(range(1, 13))
    assert language.speech.verbs <= language.speech.partial_verbs
    assert language.words.function_words and language.people.roles


@pytest.mark.parametrize(
    ("code", "forms"),
    [("fr", ["déclaré", "affirme", "a-t-il", "dit", "ajoutait"]), ("en", ["said", "adds", "told"])],
)
def test_speech_verbs_are_recognised_in_their_forms(code: str, forms: list[str]) -> None:
    speech = pack(code).speech
    recognised = [w for w in forms if speech.verb(w) or speech.inverted(w)]
    assert recognised == forms


def test_only_french_inverts_its_subject_pronouns() -> None:
    assert pack("fr").speech.inverted("ajoute-t-elle") == ("ajoute", "elle")
    assert pack("en").speech.inverted("follow-on") is None


def test_pronouns_carry_gender_and_number() -> None:
    il, elles, on = (pack("fr").people.subject_pronouns[w] for w in ("il", "elles", "on"))
    assert (il.gender, il.plural, il.personal) == ("m", False, True)
    assert elles.plural and not on.personal
    she = pack("en").people.subject_pronouns["she"]
    assert (she.gender, she.plural) == ("f", False)


def test_stop_words_come_from_the_language_s_spacy_pack() -> None:
    assert "the" in pack("en").stop_words and "le" in pack("fr").stop_words
