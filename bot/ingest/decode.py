"""Bytes to text: size and binary checks, then encoding detection (never a guess).

Files, web pages and files shared in Slack all arrive as bytes; this one function
decides whether they are text and in which encoding, so every source rejects bad
input with the same clear reasons.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from bot.i18n import plural
from bot.ingest.raw import RejectedDocument

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters (other than whitespace) above which text is not text.
_CONTROL_SHARE = 0.01
_CHAOS_TIE = 0.01
_WESTERN_CHAOS_LIMIT = 0.1
# In order of preference when equally clean (charset-normalizer's names).
_WESTERN_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "mac_roman"]


def human_size(size: int) -> str:
    amount = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    raise AssertionError("unreachable")


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise RejectedDocument(
            f"too large: {human_size(size)} is over the {human_size(max_bytes)} limit "
            "(PRECIS_MAX_FILE_BYTES)"
        )


def check_length(text: str, min_words: int) -> None:
    """Refuse a note or a fragment: an article has at least ``min_words`` words."""
    count = len(text.split())
    if count < min_words:
        raise RejectedDocument(
            f"too short to be an article: {plural(count, 'word')} "
            f"(the minimum is {min_words}, PRECIS_MIN_ARTICLE_WORDS)"
        )


def decode_text(data: bytes, max_bytes: int, declared: str | None = None) -> str:
    """Decode ``data`` as text or raise :class:`RejectedDocument` with the reason.

    Order: size, byte-order mark, binary content, strict UTF-8, the ``declared``
    charset (an HTTP header), then charset detection.
    """
    check_size(len(data), max_bytes)
    if not data.strip():
        raise RejectedDocument("empty: no text in it")
    text = _decode(data, declared)
    if text is None:
        raise RejectedDocument("not text: binary content or an unknown encoding")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > _CONTROL_SHARE * len(text):
        raise RejectedDocument("not text: binary content or an unknown encoding")
    if not text.strip():
        raise RejectedDocument("empty: no text in it")
    return text


def _decode(data: bytes, declared: str | None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(data)


def _detect(data: bytes) -> str | None:
    """charset-normalizer's reading, first among the encodings French and English news are
    saved in (short cp1252 text otherwise ties with cp1250 or iso8859-14, which turn "très"
    into "trčs" and « into ḋ), then among all encodings for anything else."""
    for isolation in (_WESTERN_ENCODINGS, None):
        matches = list(from_bytes(data, cp_isolation=isolation))
        if not matches:
            continue
        least_chaos = min(match.chaos for match in matches)
        clean = [match for match in matches if match.chaos <= least_chaos + _CHAOS_TIE]
        if isolation and least_chaos > _WESTERN_CHAOS_LIMIT:
            continue
        if isolation:
            clean.sort(key=lambda match: isolation.index(match.encoding))
        return str(clean[0])
    return None
