import codecs

import pytest

from bot.ingest.decode import decode_text
from bot.ingest.raw import RejectedDocument

FRENCH = (
    "Le président a déclaré mardi : « C’est très grave », a-t-il ajouté à l’Élysée, "
    "devant des élèves déçus qui attendaient une réponse à leurs questions sur la grève."
)
LIMIT = 1_000_000


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_french_text_comes_out_right_in_each_encoding(encoding):
    assert decode_text(FRENCH.encode(encoding), LIMIT) == FRENCH


def test_latin1_file_without_typographic_quotes_comes_out_right():
    text = FRENCH.replace("’", "'")
    assert decode_text(text.encode("latin-1"), LIMIT) == text


def test_bom_is_not_part_of_the_text():
    assert decode_text(codecs.BOM_UTF8 + b"date 2023-02 Texte", LIMIT).startswith("date")


def test_declared_charset_is_used_when_not_utf8():
    assert decode_text(FRENCH.encode("cp1252"), LIMIT, declared="windows-1252") == FRENCH


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
        (bytes(range(1, 32)) * 40, "not text"),
    ],
)
def test_bad_input_gets_a_clear_reason(data, reason):
    with pytest.raises(RejectedDocument, match=reason):
        decode_text(data, LIMIT)


def test_over_the_size_limit_is_refused_with_the_limit_named():
    with pytest.raises(RejectedDocument, match=r"too large: 2\.0 KB is over the 1\.0 KB limit"):
        decode_text(b"a" * 2048, 1024)
