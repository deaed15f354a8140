"""An article's language: fastText's identification, French or English by function words when
a text is too short to tell, declared metadata first. Texts written for these tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from bot.languages import is_analysed, language_name
from bot.text.language import detect_language, normalize_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le conseil a voté le budget de la ville pour l’année prochaine.", "fr"),
        ("The council approved the city budget for next year on Tuesday.", "en"),
        ("Selon le ministre, il n'y a pas de plan B pour les hôpitaux.", "fr"),
        ("He said there was no plan B for the hospitals, according to aides.", "en"),
        ("« Nous n’avons rien à cacher », a déclaré le porte-parole du Pentagone.", "fr"),
    ],
)
def test_detects_french_and_english(text, expected):
    assert detect_language(text) == expected


def test_english_text_quoting_french_names_is_still_english():
    text = (
        "Jean-Luc Mélenchon and Marine Le Pen were both at the Assemblée nationale, "
        "where the debate on the pension reform went on until the early hours of the morning."
    )
    assert detect_language(text) == "en"


def test_declared_language_wins():
    assert detect_language("The council approved the budget.", "fr") == "fr"
    assert detect_language("Le conseil a voté le budget.", "en-GB") == "en"


def test_unknown_declared_language_falls_back_to_detection():
    assert detect_language("The council approved the budget.", "de") == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("French", "fr"),
        ("français", "fr"),
        ("en_US", "en"),
        ("English", "en"),
        ("anglais", "en"),
        ("de", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(value, expected):
    assert normalize_language(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El ayuntamiento aprobó el martes un nuevo plan de transporte para los barrios del "
            "norte, después de un debate que duró toda la tarde.",
            "es",
        ),
        (
            "Der Stadtrat hat am Dienstag einen neuen Verkehrsplan für die nördlichen Viertel "
            "beschlossen, nach einer Debatte, die den ganzen Nachmittag dauerte.",
            "de",
        ),
        (
            "A câmara municipal aprovou na terça-feira um novo plano de transportes para os "
            "bairros do norte, depois de um debate que durou toda a tarde.",
            "pt",
        ),
        (
            "Městská rada v úterý schválila nový dopravní plán pro severní čtvrti po debatě, "
            "která trvala celé odpoledne.",
            "cs",
        ),
        ("市議会は火曜日、北部地区の新しい交通計画を午後いっぱい続いた議論の末に承認した。", "ja"),
    ],
)
def test_other_languages_are_identified_and_not_analysed(text, expected):
    assert detect_language(text) == expected
    assert not is_analysed(expected)


def test_a_greeting_with_no_function_word_is_english():
    assert detect_language("Hello world.") == "en"
    assert detect_language("Bonjour tout le monde.") == "fr"


def test_a_few_words_never_make_an_article_foreign():
    # Names and numbers alone are what identification gets wrong (the model says Croatian
    # and Spanish here, confidently): too short to believe.
    assert detect_language("7. Ann Whitlow (9.)") in ("fr", "en")
    assert detect_language("Photos: Ruth Okafor.") in ("fr", "en")


def test_language_names_for_messages():
    assert language_name("es") == "Spanish"
    assert language_name("de", "fr") == "allemand"
    assert language_name("xx") == "xx"


def test_the_identification_model_loads_with_no_network():
    script = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise OSError("network used")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from bot.text.language import detect_language
        print(detect_language("La ciudad abrió ayer una biblioteca nueva en el barrio del puerto."))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "es"
