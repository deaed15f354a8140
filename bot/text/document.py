"""An article's structure: header, date, title and what each paragraph is.

Sources hand over plain text. Some start with ``key value`` header lines
(``date 2023-02``), sometimes on the same line as the first paragraph; many
web pages keep photo captions, "WATCH |" promos, embedded social posts (``social``) and
sub-headings between the paragraphs. None of these is prose: a summary taken from them would
be wrong, so they are recognised here, by their form, before anything is ranked.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import ftfy

from bot.text.lang import pack, packs
from bot.text.lang.international import AGENCIES
from bot.text.language import normalize_language
from bot.text.marks import scan
from bot.text.model import Paragraph, ParagraphKind
from bot.text.social import mark_posts

# Read before the language is known, so every pack's words count.
# Header keys -> the metadata field each one fills ("auteur" -> "author").
HEADER_KEYS: Mapping[str, str] = {k: v for p in packs() for k, v in p.page.header_keys.items()}
# Month names and abbreviations (spelled out in the packs rather than read from the locale,
# which would change with the server's settings).
_MONTHS: Mapping[str, int] = {k: v for p in packs() for k, v in p.words.months.items()}
_MONTH = r"(?P<month_name>[^\W\d_]{3,9})\.?"
_DATE_PATTERNS = (
    # 2023, 2023-02, 2023-02-14, 2023/2/14, and ISO date-times (the time is dropped).
    re.compile(
        r"(?P<year>\d{4})(?:[-/.](?P<month>\d{1,2})(?:[-/.](?P<day>\d{1,2}))?)?"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    ),
    # 14 février 2023, 1er mars 2023, 14 Feb 2023, Tue, 14 Feb 2023 10:00:00 GMT
    re.compile(
        r"(?:[^\W\d_]{3,9}\.?,?\s+)?(?P<day>\d{1,2})(?:er)?\s+" + _MONTH + r"\s+(?P<year>\d{4})"
        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:GMT|UTC|Z|[+-]\d{4}))?)?"
    ),
    # February 14, 2023
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    # février 2023, Feb 2023
    re.compile(_MONTH + r"\s+(?P<year>\d{4})"),
)


def parse_date(value: str) -> tuple[str, int] | None:
    """The date at the start of ``value`` as ISO text at its own precision, and its length.

    "2023-02" stays "2023-02": a day or month the source did not give is never invented.
    """
    for pattern in _DATE_PATTERNS:
        match = pattern.match(value)
        if not match or not _ends_word(value, match.end()):
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if "month_name" in parts:
            month: int | None = _MONTHS.get(parts["month_name"].lower())
            if month is None:
                continue
        else:
            month = int(parts["month"]) if parts.get("month") else None
        day = int(parts["day"]) if parts.get("day") else None
        if not 1000 <= year <= 2999 or (month is not None and not 1 <= month <= 12):
            continue
        if day is not None and (
            month is None or not 1 <= day <= calendar.monthrange(year, month)[1]
        ):
            continue
        iso = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        return iso, match.end()
    return None


def normalize_date(value: str | None) -> str | None:
    """A whole metadata value as a partial ISO date, or None when it is not one."""
    if not value:
        return None
    parsed = parse_date(value.strip())
    return parsed[0] if parsed else None


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or not text[end].isalnum()


@dataclass(frozen=True, slots=True)
class Document:
    """The article before language analysis: header read, paragraphs typed."""

    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    date: str | None = None
    language: str | None = None  # as declared by metadata or header, if at all
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)


# A header key starts a line. Keys whose value has a shape of its own (a date, a URL,
# a language code) are recognised in any case; free-text keys (title, author, source)
# must be lower-case and bare ("source Reuters") or have a colon ("Source: Reuters"),
# so that prose such as "Source of the leak…" is never taken for a header.
_HEADER_KEY = re.compile(r"(?P<key>[^\W\d_]+)(?P<separator>[ \t]*:[ \t]*|[ \t]+)")
_SHAPED_KEYS = frozenset({"date", "url", "language"})
_URL = re.compile(r"(?:https?://|www\.)\S+")
_LANGUAGE_VALUE = re.compile(r"[^\W\d_]{2,9}(?:[-_][A-Za-z]{2,4})?")
_FREE_TEXT_MAX_WORDS = 20


def _read_header(text: str) -> tuple[dict[str, str], str]:
    """Header fields at the start of ``text`` and the text that follows them.

    The header may also follow a first line that is the title ("Title\ndate 2023-02").
    """
    text = text.lstrip("\ufeff")
    fields, rest = _header_fields(text)
    if fields:
        return fields, rest
    first_line, newline, after = text.lstrip().partition("\n")
    fields, rest = _header_fields(after) if newline else ({}, "")
    if "date" in fields and _looks_like_title(first_line.strip()):
        return fields, first_line + "\n\n" + rest.lstrip()
    return {}, text


def _header_fields(text: str) -> tuple[dict[str, str], str]:
    fields: dict[str, str] = {}
    rest = text
    while True:
        line_start = rest.lstrip()
        match = _HEADER_KEY.match(line_start)
        if not match:
            break
        key = HEADER_KEYS.get(match["key"].lower())
        if key is None or key in fields:  # a second "date" is prose that starts alike
            break
        bare = ":" not in match["separator"]
        if key not in _SHAPED_KEYS and bare and not match["key"].islower():
            break
        value_text = line_start[match.end() :]
        value, consumed = _header_value(key, value_text)
        if value is None:
            break
        fields[key] = value
        rest = value_text[consumed:]
    return fields, rest


def _header_value(key: str, text: str) -> tuple[str | None, int]:
    """The value of header ``key`` at the start of ``text`` and how much of it it uses.

    Dates, languages and URLs have a recognisable shape, so the first paragraph may
    follow them on the same line; free text (title, author) runs to the end of the line.
    """
    if key == "date":
        parsed = parse_date(text)
        return parsed if parsed else (None, 0)
    if key == "language":
        match = _LANGUAGE_VALUE.match(text)
        if match and _ends_word(text, match.end()) and normalize_language(match[0]):
            return match[0], match.end()
        return None, 0
    if key == "url":
        match = _URL.match(text)
        return (match[0], match.end()) if match else (None, 0)
    line, _, _ = text.partition("\n")
    value = line.strip()
    # A long line or one with a full sentence in it is the first paragraph, not a value.
    if not value or len(value.split()) > _FREE_TEXT_MAX_WORDS or re.search(r"[.!?] \S", value):
        return None, 0
    return value, len(line)


_CLOSERS = "\"'»”’“‘›)]} \u00a0"
_FINAL_PUNCTUATION = ".!?…:;,"
# a line that ends a sentence, then a line that opens with a quote mark
_QUOTE_LINE = re.compile(r"(?:(?<=[.!?…][\"'»”’)])|(?<=[.!?…]))[ \t]*\n(?=[ \t]*[\"«“„])")
_SPLIT_BLOCKS = re.compile(r"\n[ \t\u00a0]*\n\s*")
_SPACES = re.compile(r"\s+")

# An all-capitals lead of one to four words ("REGARDER", "VOIR AUSSI", "À LIRE AUSSI")
# then a separator is the shape of a promo for another piece, a video or a newsletter.
_LEAD_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LEAD_GAP = re.compile(r"[ \u00a0]+")
_LEAD_SEPARATOR = re.compile(r"\s*(?:[|—–:>».]|-\s)")
# Words that make a lead a call to look elsewhere, whatever punctuation follows it.
_PROMO_WORDS = frozenset().union(*(p.page.promo_words for p in packs()))
# "Read more:", "Lire aussi :", "Related:" in ordinary case, or a call to action opening the
# paragraph ("Sign up for…", "Abonnez-vous à…").
_PROMO_PHRASE = re.compile(
    r"(?:" + "|".join(phrase for p in packs() for phrase in p.page.promo_phrases) + r")\s*[:|—–]"
    r"|(?:" + "|".join(call for p in packs() for call in p.page.calls_to_action) + r")\b",
    re.IGNORECASE,
)
_ARROWS = "►▶→➜"

# A photo credit closing the paragraph: "(John Moore/Getty Images)", "(Photo: AFP)",
# "(Photo d'archives)", "Photo : Jean Dupont", "© Reuters".
_CREDIT_PARENTHESES = re.compile(r"\((?P<credit>[^()]{2,90})\)\s*\.?\s*$")
_CREDIT_WORDS = re.compile(
    r"\b(?:" + "|".join([*(w for p in packs() for w in p.page.credit_words), *AGENCIES]) + r")\b|©",
    re.IGNORECASE,
)
_SLASH_CREDIT = re.compile(r"^[^\W\d_][^/]*\S/\s*[^\W\d_]")
_CREDIT_LABEL = (
    "(?:"
    + "|".join(sorted({label for p in packs() for label in p.page.credit_labels}, key=len)[::-1])
    + ")"
)
_CREDIT_TRAILER = re.compile(
    r"(?:\b" + _CREDIT_LABEL + r"\s*[:|—–]\s*[^.!?]{2,80}|©\s*[^.!?]{2,60})\s*$"
)
# …or opening it: "PHOTO : Jean Dupont/AFP — Des manifestants…"
_CREDIT_LEAD = re.compile(_CREDIT_LABEL + r"\s*[:|—–]")
_CAPTION_MAX_WORDS = 70
_PROMO_MAX_WORDS = 150  # a pointer to other content and its blurb; a longer block is prose
_SUBHEADING_MAX_WORDS = 14
_QUESTION_HEADING_MAX_WORDS = 6
_TITLE_MAX_WORDS = 30


def read_document(text: str, meta: Mapping[str, str] | None = None) -> Document:
    """Split ``text`` into typed paragraphs and gather its date, title and other metadata.

    ``meta`` is what the source already knows (e.g. from the page's HTML); it wins
    over the header. Keys are matched case-insensitively, in French or English.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Pages decoded right may still carry text once decoded wrong upstream ("FranÃ§ois"):
    # a name in mojibake is no name. Only the encoding is repaired; quote marks stay curly.
    text = ftfy.fix_encoding(text)
    header, body = _read_header(text)
    given = {
        HEADER_KEYS.get(key.lower(), key.lower()): value.strip()
        for key, value in (meta or {}).items()
        if isinstance(value, str) and value.strip()  # an empty value knows nothing
    }
    fields = {**header, **given}

    blocks = _blocks(body)
    title = fields.pop("title", None)
    title = _SPACES.sub(" ", title).strip() if title else None
    # A known title (from the source or the header) is the first line only if it is
    # that title; a different short line there is a byline or a kicker, typed by form.
    if title is not None:
        has_title_line = bool(blocks) and blocks[0].casefold() == title.casefold()
    else:
        has_title_line = len(blocks) > 1 and _looks_like_title(blocks[0])
    if has_title_line and title is None:
        title = blocks[0]

    paragraphs: list[Paragraph] = []
    offset = 0
    for index, block in enumerate(blocks):
        kind: ParagraphKind = "title" if index == 0 and has_title_line else paragraph_kind(block)
        paragraphs.append(Paragraph(index=index, kind=kind, text=block, start=offset))
        offset += len(block) + 2
    paragraphs = mark_posts(paragraphs)

    date = normalize_date(given.get("date")) or normalize_date(header.get("date"))
    fields.pop("date", None)
    language = fields.pop("language", None)
    return Document(
        paragraphs=tuple(paragraphs),
        title=title,
        date=date,
        language=normalize_language(language),
        metadata=fields,
    )


def _blocks(body: str) -> list[str]:
    """Paragraph texts with their inner whitespace folded to single spaces.

    Blank lines separate paragraphs; a text without any (as extractors write it)
    has one paragraph per line. Inside a blank-line block, line breaks are wrapping.
    """
    body = body.strip()
    if not body:
        return []
    raw = _SPLIT_BLOCKS.split(body) if _SPLIT_BLOCKS.search(body) else body.split("\n")
    pieces = [piece for block in raw for piece in _quote_paragraphs(block)]
    return [folded for piece in pieces if (folded := _SPACES.sub(" ", piece).strip())]


def _quote_paragraphs(block: str) -> list[str]:
    """A blank-line block cut where a line ends a sentence and the next opens with a quote
    mark: a quote starting its own paragraph in a text that mixes blank lines and single
    line breaks between paragraphs (its other line breaks stay wrapping)."""
    pieces, start = [], 0
    for match in _QUOTE_LINE.finditer(block):
        pieces.append(block[start : match.start()])
        start = match.end()
    return [*pieces, block[start:]]


def _ends_without_punctuation(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] not in _FINAL_PUNCTUATION


def _looks_like_title(block: str) -> bool:
    words = block.split()
    stripped = block.rstrip(_CLOSERS)
    return (
        len(words) <= _TITLE_MAX_WORDS
        and bool(stripped)
        and stripped[-1] not in ".…:;,"
        and not is_promo(block)
    )


def paragraph_kind(text: str) -> ParagraphKind:
    """What a paragraph is, judged by its form only (the title is decided by position)."""
    if is_promo(text) and len(text.split()) <= _PROMO_MAX_WORDS:
        return "promo"
    if is_caption(text):
        return "caption"
    if is_subheading(text):
        return "subheading"
    return "body"


def is_promo(text: str) -> bool:
    """A pointer to other content: "REGARDER | …", "VOIR AUSSI — …", "Read more: …"."""
    if text[:1] in _ARROWS:
        return True
    if _PROMO_PHRASE.match(text):
        return True
    lead_words, lead_end = _capitals_lead(text)
    if sum(len(word) for word in lead_words) < 3:  # "À", "A" or "UN" start ordinary prose too
        return False
    separator = _LEAD_SEPARATOR.match(text, lead_end)
    if separator and separator[0].strip() in "|>»":
        return True
    # A capitalised place then a dash is a dateline ("PARIS — Le…"), which is prose;
    # a capitalised call to action is a promo with or without a separator.
    promo_words = any(word.lower() in _PROMO_WORDS for word in lead_words)
    return promo_words and (bool(separator) or text[lead_end:].lstrip()[:1].isupper())


def _capitals_lead(text: str) -> tuple[list[str], int]:
    """The all-capitals words (at most four) that open ``text``, and where they end."""
    words: list[str] = []
    lead_end = position = 0
    while len(words) < 4:
        match = _LEAD_WORD.match(text, position)
        if not match or not match[0].isupper():
            break
        words.append(match[0])
        lead_end = match.end()
        gap = _LEAD_GAP.match(text, lead_end)
        if not gap:
            break
        position = gap.end()
    return words, lead_end


def is_caption(text: str) -> bool:
    """A photo caption: short, and closed by a credit such as "(Name/Agency)"."""
    if len(text.split()) > _CAPTION_MAX_WORDS:
        return False
    match = _CREDIT_PARENTHESES.search(text)
    if match:
        credit = match["credit"].strip()
        if credit[:1].isupper() and (_SLASH_CREDIT.match(credit) or _CREDIT_WORDS.search(credit)):
            return True
    if _CREDIT_LEAD.match(text):
        return True
    return bool(_CREDIT_TRAILER.search(text)) and text[:1].isupper()


def is_subheading(text: str) -> bool:
    """A heading between paragraphs: a short line with no sentence-final punctuation,
    or a very short question standing alone ("What happens next?")."""
    words = text.split()
    question = len(words) <= _QUESTION_HEADING_MAX_WORDS and text.endswith("?")
    question = question and not any(mark in text for mark in '«»“”"—–')
    if len(words) > _SUBHEADING_MAX_WORDS or not (question or _ends_without_punctuation(text)):
        return False
    first = text.lstrip("\"'«“‘([ ")[:1]
    return first.isupper() or first.isdigit()


# Abbreviations after which a full stop never ends a sentence: titles before a name
# ("M. Macron", "Dr. Watson") and short forms followed by a number ("p. 12"). A text borrows
# them from other languages ("Mr." in French, "M." in English), so every pack's count.
ABBREVIATIONS = frozenset().union(*(p.words.abbreviations for p in packs()))
# Abbreviations that may also close a sentence ("… Apple Inc. The company …"):
# a capitalised function word after them starts a new sentence, a name does not.
_MAYBE_FINAL = frozenset().union(*(p.words.final_abbreviations for p in packs()))
# Punctuation, closing marks, then space; or, in text that lost its spaces when it was
# scraped ("…novembre.Il a…", "…à l'AFP.Elle", "…Europe 1.Le", "…Français».Alors",
# "…possible !».Elle"), a word or a number (or a closing mark after one or after a
# sentence's own stop), the stop and a capitalised word ("A l'ouverture" too).
_SENTENCE_END = re.compile(
    r"[.!?…]+(?P<closers>(?:[\s\u00a0]?[\"'»”’“›)\]])*)"
    r"(?:\s+|(?<=[a-zß-ÿ]{2}[.!?]|[A-Z]{2}[.!?]|[\s\d]\d[.!?]|[a-zß-ÿ.!?…][\"»”)][.!?])"
    r"(?=(?:[«“\"]\s?)?[^\W\d_a-zß-ÿ](?:[a-zß-ÿ'’]|[ ](?=[a-zß-ÿ]))))"
)
_SENTENCE_STARTER = re.compile(r"(?:[\"«“„‘‹(\[—–-]|''|``)?\s?[^\W_a-zß-ÿ]|\d")
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]$")
_NOT_IN_WORD = frozenset("\"'«“‘([")  # with blanks: what ends the word before a full stop
_FIRST_WORD = re.compile(r"(?:[\"«“‘(\[—–-]|''|``)?\s?(?P<word>[^\W\d_]+)")


def split_sentences(
    text: str, language: str, quotations: Iterable[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, whitespace excluded; the next sentence
    starts where the whitespace after one ends.

    A sentence does not end inside a quotation (the quote and its attribution stay
    together), after a title ("M.", "Dr."), after an initial ("John F. Kennedy") or before
    a number ("p. 12"). ``quotations`` are the (opening, closing) mark positions a sentence
    may not end inside; by default every quotation that closes within the paragraph.
    """
    if quotations is None:
        quotations = [(s.open_at, s.close_at) for s in scan(text) if s.close_at is not None]
    # A sentence end (just after its punctuation and closing marks) is inside a quotation
    # when open + 2 <= end <= close; ends come in order, so one pass over merged ranges.
    blocked = _merged([(open_at + 2, close_at) for open_at, close_at in quotations])
    next_block = 0
    stopwords = pack(language).words.function_words
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() - len(match[0]) + len(match[0].rstrip())
        following = match.end()
        if not _SENTENCE_STARTER.match(text, following):
            continue
        while next_block < len(blocked) and blocked[next_block][1] < end:
            next_block += 1
        if next_block < len(blocked) and blocked[next_block][0] <= end:
            continue
        if (
            match[0].startswith(".")
            and not match[0].startswith("..")
            and _abbreviation_holds(text, start, match.start(), following, stopwords)
        ):
            continue
        spans.append((start, end))
        start = following
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive ``ranges`` sorted and merged where they overlap (nested quotations)."""
    merged: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        elif low <= high:
            merged.append((low, high))
    return merged


def _abbreviation_holds(
    text: str, start: int, stop: int, following: int, stopwords: frozenset[str]
) -> bool:
    """Whether the full stop at ``stop`` (before ``following``) belongs to an abbreviation,
    not a sentence end; the word before it is read back to ``start`` at most, not copied from
    there (a long run of abbreviations made a paragraph quadratic)."""
    end = stop - 1 if stop > start and text[stop - 1] == "\n" else stop  # "word\n."
    k = end
    while k > start and not text[k - 1].isspace() and text[k - 1] not in _NOT_IN_WORD:
        k -= 1
    if k == end:
        return False
    word = text[k:end]
    if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if word in _MAYBE_FINAL or _DOTTED_ACRONYM.match(word):
        next_word = _FIRST_WORD.match(text, following)
        return not (next_word and next_word["word"].lower() in stopwords)
    return False
