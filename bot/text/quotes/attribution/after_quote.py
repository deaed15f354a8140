"""Attributions read after a quote's closing mark: an incise in the next words ("…,” X said"),
a byline or signature line, or the short sentence that follows ("“…?” Jo Lind, a nurse,
said."). ``cues`` tries them when nothing before the quote attributes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.marks import MARKS, OPENERS, first_quote, opens
from bot.text.quotes.attribution.base import Finding
from bot.text.quotes.attribution.clauses import (
    clause_attribution,
)
from bot.text.quotes.candidates import (
    Attribution,
    Candidate,
)
from bot.text.quotes.context import Context
from bot.text.quotes.people.first_names import first_name_gender
from bot.text.quotes.people.runs import is_abbreviation
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token, alone_on_line, char_before, tokenize

_SHORT_SENTENCE_WORDS = 6  # “…” X said. — an attribution sentence of its own, at most
_TITLE_WORDS = 3  # "“…!” US Senator Jo Vell said.": capitalised words of a title, at most
_NEXT_SENTENCE_WORDS = 20  # “…?” Jo Lind, a nurse from Ohio, said. — when a name opens it
_NEXT_SENTENCE_CHARS = 120  # how far the attribution sentence after a quote is read, at most

_BYLINE = re.compile(r"[.!?]?[ \t]*(?:--|[―—–])[ \t]*[A-Z][^\n]{0,40}\.?[ \t]*(?:\n|\Z)")


def attribution_after(context: Context, sentence: Sentence, candidate: Candidate) -> Finding:
    """``“…”, a déclaré X`` / ``“…,” X said`` / ``« … », selon X`` / ``“…”, he said, “…”``."""
    last = candidate.spans[-1]
    if last.close_at is None or not sentence.start <= last.close_at < sentence.end:
        return Finding()
    if narrated(sentence, candidate) and _BYLINE.match(context.text, last.close_at + 1):
        return Finding()  # "X insisted it was “over.” -- Jo Lind": the reporter's byline
    finding = _after_close(context, sentence, last.close_at)
    if finding.attribution is None:
        signed = _signature_paragraph(context, sentence, candidate)
        if signed is not None:
            return Finding(signed)
    return finding


def narrated(sentence: Sentence, candidate: Candidate) -> bool:
    """Whether the narrator's own words (a word in lower case, outside marks) come before
    the quote in its sentence."""
    return any(
        not sentence.quoted[k] and sentence.tokens[k].text[0].islower()
        for k in range(sentence.ended_by(candidate.spans[0].open_at))
    )


def _after_close(context: Context, sentence: Sentence, close_at: int) -> Finding:
    """The attribution after the closing mark at ``close_at``."""
    next_open = _next_quote_after(context.text, sentence, close_at)
    titles: list[tuple[int, int]] = []
    while next_open is not None:  # "Jo Vell, wearing “Vote Reed” pins, said": a title's marks
        span = first_quote(context.text, next_open, sentence.end)
        title_end = span.close_at if span is not None else None
        before = sentence.tokens_between(close_at + 1, next_open)
        if (
            title_end is None
            or any(context.lang.speech.verb(t.text) for t in before)  # the verb came first
            or not title_like(sentence.tokens_between(next_open + 1, title_end), context)
        ):
            break
        titles.append((next_open, title_end))
        next_open = _next_quote_after(context.text, sentence, title_end)
    clause = [
        t
        for t in sentence.tokens_between(
            close_at + 1, next_open if next_open is not None else sentence.end
        )
        if not any(a <= t.start <= b for a, b in titles)  # a title names nobody who speaks
    ]
    coordinators = context.lang.words.coordinators
    if next_open is not None and clause and all(t.lower in coordinators for t in clause):
        # "« A » ou « B », pouvait-on lire": the attribution after the last quote of the list
        following = first_quote(context.text, next_open, sentence.end)
        if following is not None and following.close_at is not None:
            return Finding(_after_close(context, sentence, following.close_at).attribution)
    read = _dashed_name(_without_stray_comma(clause, context), context)
    found = clause_attribution(context, sentence, read, True)
    if found is None and next_open is None:
        found = _next_sentence_attribution(context, sentence, close_at)
    if (
        found is not None
        and next_open is not None
        and clause
        and clause[-1].text == ","
        and not _titled(context, sentence, next_open)
    ):
        return Finding(found, resumes_at=next_open)  # “The plan,” he said, “is working.”
    return Finding(found)


def _titled(context: Context, sentence: Sentence, open_at: int) -> bool:
    """ "“…,” as Jo Vell put it in her history, “The Marsh.”": the marks after the clause
    hold a work's title, not the rest of the quote."""
    span = first_quote(context.text, open_at, sentence.end)
    if span is None or span.close_at is None:
        return False
    words = sentence.tokens_between(open_at + 1, span.close_at)
    return title_like(words[:-1] if words and words[-1].text == "." else words, context)


_STRAY_COMMA_NAME_WORDS = 5  # "“…,” Colonel J B Vowell, told CNN": name words before it, at most


def _without_stray_comma(clause: list[Token], context: Context) -> list[Token]:
    """ "“…,” Colonel Tam Brandt, told reporters": a comma written between the name and its
    speech verb, with nothing between them to set apart, is dropped so that the name is the
    verb's subject."""
    start = 1 if clause and clause[0].text == "," else 0
    comma = next((k for k in range(start, len(clause)) if clause[k].text == ","), None)
    if comma is None or comma == start or comma + 1 >= len(clause):
        return clause
    name = clause[start:comma]
    if len(name) > _STRAY_COMMA_NAME_WORDS or not all(t.capitalised for t in name):
        return clause
    if not context.lang.speech.verb(clause[comma + 1].text):
        return clause
    return clause[:comma] + clause[comma + 1 :]


_DASHES = "-―—–"
_DASHED_NAME_WORDS = 4  # "her mother -- Lena Ostrova -- told": words of the name, at most


def _dash_runs(clause: Sequence[Token]) -> list[tuple[int, int]]:
    """The (start, end) of each run of dash tokens ("-", "-" for "--") in ``clause``."""
    runs: list[tuple[int, int]] = []
    for k, tok in enumerate(clause):
        if tok.text in _DASHES:
            if runs and runs[-1][1] == k:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k, k + 1))
    return runs


def _dashed_name(clause: list[Token], context: Context) -> list[Token]:
    """ "“…,” her mother -- Lena Ostrova -- told Radio Kesto": a full name set between dashes
    after the noun phrase names the one who speaks, so the clause is read from the name on:
    "Lena Ostrova told Radio Kesto"."""
    runs = _dash_runs(clause)
    if len(runs) < 2:
        return clause
    (_, name_start), (name_end, after) = runs[0], runs[1]
    name = clause[name_start:name_end]
    if not 2 <= len(name) <= _DASHED_NAME_WORDS or not all(t.capitalised for t in name):
        return clause
    if runs[0][0] == 0 or after >= len(clause) or not context.lang.speech.verb(clause[after].text):
        return clause
    return name + clause[after:]


def _next_quote_after(text: str, sentence: Sentence, position: int) -> int | None:
    for i in range(position + 1, sentence.end):
        before, after = text[i - 1], text[i + 1] if i + 1 < len(text) else " "
        if text[i] in OPENERS and opens(text[i], before, after):  # not the ' of "s'est"
            return i
    return None


_SIGNATURE = re.compile(r"[.!?]?[ \t]*\n\s*([―—–-][^\n]{1,60})(?:\n|\Z)")


def _signature_paragraph(
    context: Context, sentence: Sentence, candidate: Candidate
) -> Attribution | None:
    """A paragraph that is one quote, signed by the next one: “…” / - Jane Doe."""
    text = context.text
    opened_at = candidate.spans[0].open_at
    close_at = candidate.spans[-1].close_at
    if close_at is None or char_before(text, opened_at, " \t") not in ("\n", ""):
        return None
    signature = _SIGNATURE.match(text, close_at + 1)
    if signature is None:
        return None
    clause = tokenize(text, context.language, signature.start(1), signature.end(1))
    return clause_attribution(context, sentence, clause, after_quote=True)


def _next_sentence_attribution(
    context: Context, sentence: Sentence, close_at: int
) -> Attribution | None:
    """“…” X said. — a short attribution sentence right after a quote that ends a sentence;
    a longer one only when a name and its apposition open it (“…?” Jo Lind, a nurse, said.)."""
    text = context.text
    tail = text[close_at + 1 : sentence.end].strip()
    if tail not in ("", ".") or sentence.end >= len(text):
        return None
    clause = _first_sentence(context, sentence.end, sentence.end + _NEXT_SENTENCE_CHARS)
    if not clause or clause[-1].text != "." or len(clause) > _NEXT_SENTENCE_WORDS:
        return _opening_speaker(context, sentence)
    opener = clause[0]
    acronym = len(opener.text) > 1 and opener.text.isupper()  # "US Senator Jo Vell said"
    named = opener.capitalised and (acronym or opener.lower not in context.lang.stop_words)
    apposed = named and any(t.text == "," for t in clause[1:4])
    speaks = named and _person_speaks(clause, context)
    if len(clause) > _SHORT_SENTENCE_WORDS and not (apposed or speaks):
        return None
    return clause_attribution(context, sentence, clause[:-1], after_quote=True)


def _opening_speaker(context: Context, sentence: Sentence) -> Attribution | None:
    """ "“…!” Jo Vell declared, a point she likes to make after …": a long sentence after a
    quote that opens with a person and a speech verb, then a comma and narration (not a
    quote of its own), names the speaker."""
    words = tokenize(
        context.text, context.language, sentence.end, min(len(context.text), sentence.end + 60)
    )
    comma = next((k for k, t in enumerate(words) if t.text in ",\n"), None)
    if (
        comma is None
        or comma > _TITLE_WORDS + 2
        or "\n" in context.text[sentence.end : words[comma].start]
    ):
        return None
    head = words[:comma]
    if not head or not context.lang.speech.verb(head[-1].text) or not _person_speaks(head, context):
        return None
    if comma + 1 < len(words) and words[comma + 1].text in MARKS:
        return None  # "Jo Vell replied, “…”": the verb introduces the quote after it
    return clause_attribution(context, sentence, head, after_quote=True)


def _first_sentence(context: Context, start: int, end: int) -> list[Token]:
    """The words from ``start`` up to the first full stop that is not an abbreviation's
    ("Mr. Vell said."), or to a "!" or "?"; empty if none comes before ``end`` or a line ends."""
    words: list[Token] = []
    for tok in tokenize(context.text, context.language, start, min(end, len(context.text))):
        if "\n" in context.text[words[-1].end if words else start : tok.start]:
            return []
        words.append(tok)
        if tok.text in "!?" or (
            tok.text == "." and not (len(words) > 1 and is_abbreviation(words[-2], context.lang))
        ):
            return words
    return []


def _person_speaks(clause: Sequence[Token], context: Context) -> bool:
    """ "“…?” Vell asked the harbour master.", "“…!” Sen. Jo Vell said as she left.": a
    person met before (or a full name), after a capitalised title if any, then a speech verb
    at once, in a sentence with no quote of its own."""
    if any(t.text in MARKS for t in clause):
        return False
    for start, name in enumerate(clause[: _TITLE_WORDS + 1]):
        if start and not (clause[start - 1].capitalised or clause[start - 1].text == "."):
            return False
        following = clause[start + 1] if start + 1 < len(clause) else None
        full = following is not None and following.capitalised and first_name_gender(name.text)
        found = context.people.find([name.text])
        if full in ("m", "f") or (found is not None and found.kind == "person"):
            verb_at = start + (2 if full in ("m", "f") else 1)
            return any(context.lang.speech.verb(t.text) for t in clause[verb_at : verb_at + 2])
    return False


_TITLE_WORDS_AT_MOST = 6  # words of a work's title inside a lead-in, at most


def title_like(words: Sequence[Token], context: Context) -> bool:
    """ "The Long Road", "America's Unwritten Constitution": a work's title in marks, every
    word capitalised but the minor ones; the lead-in goes on over it."""
    minor = context.lang.words.title_minor_words
    named = [t for t in words if t.text[0].isalnum()]
    return (
        0 < len(named) <= _TITLE_WORDS_AT_MOST
        and all(t.text[0].isalnum() or t.text in MARKS or t.text in "’'-," for t in words)
        and all(t.capitalised or t.lower in minor for t in named)
        and named[0].capitalised
    )


_SIGNATURE_WORDS = 12  # "Dean Baker, Center for Economic and Policy Research.": words, at most
_SIGNATURE_NAME_WORDS = 6  # "Former NAACP president Ben Jealous": words before a comma, at most


def inner_signature(
    context: Context, sentence: Sentence, candidate: Candidate
) -> tuple[Attribution, int] | None:
    """ "“We cannot wait any longer. Jo Vell, Harbour Trust.”" alone in its paragraph: a pull
    quote whose last sentence, inside its marks, is only the speaker's name (and body); the
    speaker and where the signature starts (to cut it from the quote), or None."""
    text = context.text
    start, end = candidate.segments[-1]
    opened, closed = candidate.spans[0].open_at, candidate.spans[-1].close_at
    if closed is None or len(candidate.segments) > 1:
        return None
    if not alone_on_line(text, opened, closed + 1):
        return None  # words around the marks: not a quote alone in its paragraph
    words = tokenize(text, context.language, start, end)
    stops = [
        k
        for k, t in enumerate(words[:-1])
        if t.text in ".!?"
        and not (k and (len(words[k - 1].text) == 1 or is_abbreviation(words[k - 1], context.lang)))
    ]  # not the dot of an initial or an abbreviation ("S.C. Rep. Jo Vell")
    if not stops:
        return None
    signature = words[stops[-1] + 1 :]
    comma = next((k for k, t in enumerate(signature) if t.text == ","), len(signature))
    head = [t for t in signature[:comma] if t.text != "."]
    if (
        not 2 <= len(head) <= _SIGNATURE_NAME_WORDS
        or len(signature) > _SIGNATURE_WORDS
        or not (head[0].capitalised and head[-1].capitalised)
        or any(context.lang.speech.verb(t.text) for t in signature)
        or any(t.text in "!?;:" for t in signature)
    ):
        return None
    found = context.attributor.noun_phrase(context, sentence, signature[:comma])
    if found is None or found.speaker is None or found.speaker.kind != "person":
        return None
    return found, words[stops[-1]].end
