"""Quotes and who said them.

The pass is rule-based and cheap (a few milliseconds an article): it pairs quote marks
(``marks``), cuts paragraphs with the analysis's own sentence splitter (``document``) so that
no sentence ends inside a quote, even one that goes on in the next paragraph, then reads the
words around each quote for a speech act — ``, a déclaré X``, ``X said:``, ``selon X``, an
incise inside the marks — and follows the article's people (``speakers``) to name the
speaker. Words in marks with no speech act (a term, a title, a scare quote) are not quotes.
Indirect speech (``X a déclaré que …``, ``X said …``) is read with the same verbs.

A quote is what the speaker said, whole: “The plan,” he said, “is working.” is one quote,
"The plan is working.", and so is a quote continued over several paragraphs. ``Quote.start``
and ``Quote.end`` then span from its first to its last word, so ``text[start:end]`` equals
``Quote.text`` only for a quote written in one piece.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc

from bot.text.document import split_sentences
from bot.text.marks import MARKS, OPENERS, QuoteSpan, opens, quote_spans
from bot.text.model import Gender, Paragraph, Person, Quote
from bot.text.speakers import (
    Cast,
    Character,
    Lexicon,
    NameHit,
    Token,
    capitalised_runs,
    first_name_gender,
    fold_apostrophe,
    inverted_pronoun,
    is_abbreviation,
    lexicon,
    possessive,
    pronoun_gender,
    read_name,
    role_at,
    tokenize,
    tonic_gender,
)

_NOT_PROSE = frozenset({"caption", "promo"})
_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "the",
        "a",
        "an",
        "ce",
        "cette",
        "son",
        "sa",
        "ses",
        "his",
        "her",
        "its",
        "their",
    ]
)
_AGE_OR_PARTY = re.compile(r"^(\d{1,3}|[RDI]-\w+)$")
_TITLE_PREPOSITIONS = frozenset(["à", "au", "aux", "en", "for"])  # "secrétaire à la Défense X"
_RELATIVES = frozenset(["que", "qu'", "qu’", "qui", "dont", "which", "who", "whom", "where", "où"])
_FULL_QUOTE_WORDS = 6  # an unattributed quote this long that opens its sentence is still speech
_HEADING_FRAGMENT_WORDS = 3  # quoted words in a heading up to this many are an echo, not a quote
_ATTRIBUTION_REACH = 9  # tokens between a quote and its speech verb, at most
_FOLLOWING_SENTENCES = 4  # how far back a pronoun looks for its antecedent, in sentences
# No real sentence is longer; a longer run without a full stop (a page of unclosed quote marks)
# is read in pieces of this size, since each quote in a sentence reads the whole sentence.
_MAX_SENTENCE_CHARS = 3000


@dataclass
class _Candidate:
    """Words in quote marks that may be a quote; several segments when it is interrupted."""

    paragraph: int
    segments: list[tuple[int, int]]
    joins: list[
        str
    ]  # how segments join in Quote.text: "\n\n" across paragraphs, " " around an incise
    spans: list[QuoteSpan]
    last_paragraph: int = -1
    speaker: Character | None = None
    mention: str | None = None
    attributed: bool = False
    rejected: bool = False
    sentence_start: bool = False

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def text(self, article: str) -> str:
        parts = [article[s:e] for s, e in self.segments]
        out = parts[0]
        for join, part in zip(self.joins, parts[1:], strict=True):
            out = (out if join == "\n\n" else out.rstrip(" ,")) + join + part
        return out


@dataclass
class _Sentence:
    paragraph: int
    start: int
    end: int
    tokens: list[Token]
    quoted: list[bool]  # per token: inside quote marks
    ranked: list[Character] = field(default_factory=list)  # salient people, subject first


@dataclass
class _Reported:
    """Indirect speech found while reading; becomes a Quote once names are final."""

    paragraph: int
    start: int
    end: int
    speaker: Character | None
    mention: str | None


@dataclass
class _Reading:
    """State while reading one article in order."""

    text: str
    lx: Lexicon
    language: str
    cast: Cast = field(default_factory=Cast)
    history: list[_Sentence] = field(default_factory=list)  # prose sentences read so far
    by_open: dict[int, _Candidate] = field(default_factory=dict)  # candidates by opening mark
    organisation_spans: list[tuple[int, int]] = field(default_factory=list)  # this paragraph
    listed: list[Character] = field(default_factory=list)  # people for Article.people
    indirect: list[_Reported] = field(default_factory=list)


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], docs: Sequence[Doc], language: str
) -> tuple[tuple[Person, ...], tuple[Quote, ...]]:
    """people named in the article and its quotes; docs[i] is the spaCy Doc of
    paragraphs[i].text (from bot.text.nlp.parse)."""
    reading = _Reading(text=text, lx=lexicon(language), language=language)
    candidates = _candidates(text, paragraphs)
    by_paragraph: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        by_paragraph.setdefault(candidate.paragraph, []).append(candidate)
    ending_in: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        ending_in.setdefault(candidate.last_paragraph, []).append(candidate)
    reading.by_open = {c.spans[0].open_at: c for c in candidates}
    previous: _Candidate | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "promo":
            continue
        doc = docs[index] if index < len(docs) else None
        person_spans = _entity_spans(doc, paragraph.start, ("PER", "PERSON"))
        reading.organisation_spans = _entity_spans(doc, paragraph.start, ("ORG",))
        own = [] if paragraph.kind in _NOT_PROSE else by_paragraph.get(index, [])
        ending = [c for c in ending_in.get(index, []) if c.paragraph != index]
        starts, ends = [s for s, _ in person_spans], [e for _, e in person_spans]
        for sentence in _sentences(text, paragraph, own, language):
            # the sentence's own entities (in order, apart), not every one of a long paragraph
            low = bisect.bisect_right(ends, sentence.start)
            near = person_spans[low : bisect.bisect_left(starts, sentence.end)]
            _read_sentence(reading, sentence, paragraph, near, own, ending)
        for candidate in ending_in.get(index, []):
            previous = _settle(reading, candidate, previous, paragraph)
    people = reading.cast.people(reading.listed)
    quotes = [_to_quote(c, text) for c in candidates if c.attributed and not c.rejected]
    quotes += [_reported_quote(r, text) for r in reading.indirect]
    quotes = [q for q in quotes if not _heading_fragment(q, paragraphs)]
    quotes.sort(key=lambda q: (q.start, q.kind))
    return people, tuple(quotes)


def _heading_fragment(quote: Quote, paragraphs: Sequence[Paragraph]) -> bool:
    """A few quoted words in a title or subheading ("“No sign” Putin wants peace") echo a
    quote the body gives in full: they are not a quote of their own."""
    kind = paragraphs[quote.paragraph].kind if quote.paragraph < len(paragraphs) else "body"
    return kind in ("title", "subheading") and len(quote.text.split()) <= _HEADING_FRAGMENT_WORDS


def _entity_spans(doc: Doc | None, offset: int, labels: Sequence[str]) -> list[tuple[int, int]]:
    """Article offsets of the tagger's entities with ``labels`` (French only: English has no
    tagger); they are evidence, never the only word on who is a person."""
    if doc is None:
        return []
    return [(offset + e.start_char, offset + e.end_char) for e in doc.ents if e.label_ in labels]


def _reported_quote(reported: _Reported, text: str) -> Quote:
    return Quote(
        text=text[reported.start : reported.end],
        speaker=reported.speaker.name if reported.speaker else None,
        speaker_mention=reported.mention,
        kind="indirect",
        paragraph=reported.paragraph,
        start=reported.start,
        end=reported.end,
    )


def _to_quote(candidate: _Candidate, text: str) -> Quote:
    return Quote(
        text=candidate.text(text),
        speaker=candidate.speaker.name if candidate.speaker else None,
        speaker_mention=candidate.mention,
        kind="direct",
        paragraph=candidate.paragraph,
        start=candidate.start,
        end=candidate.end,
    )


# --- quote marks -------------------------------------------------------------------------


def _candidates(text: str, paragraphs: Sequence[Paragraph]) -> list[_Candidate]:
    """Quote candidates of the article; a quote left open continues into the next paragraph
    when that paragraph opens with a quote mark (the newsroom convention)."""
    result: list[_Candidate] = []
    open_candidate: _Candidate | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind in _NOT_PROSE:
            continue
        end = paragraph.start + len(paragraph.text)
        spans = quote_spans(text, paragraph.start, end)
        if open_candidate is not None:
            first = spans[0] if spans else None
            lead = paragraph.text[: len(paragraph.text) - len(paragraph.text.lstrip())]
            if (
                first is not None
                and first.open_at == paragraph.start + len(lead)
                and paragraph.kind == "body"
            ):
                spans.pop(0)
                open_candidate.segments.append(_inner(first, end, text))
                open_candidate.joins.append("\n\n")
                open_candidate.spans.append(first)
                open_candidate.last_paragraph = index
                if first.close_at is None:
                    continue
                open_candidate = None
            else:
                open_candidate = None
        for span in spans:
            candidate = _Candidate(index, [_inner(span, end, text)], [], [span], index)
            if not _words(text, *candidate.segments[0]):
                continue  # a stray mark: it opens nothing the next paragraph could continue
            result.append(candidate)
            if span.close_at is None:
                open_candidate = candidate
    return result


def _inner(span: QuoteSpan, paragraph_end: int, text: str) -> tuple[int, int]:
    """The quoted words between the marks, without the (no-break) spaces French puts there."""
    start = span.open_at + 1
    stop = span.close_at if span.close_at is not None else paragraph_end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1  # “…,” said X: the comma belongs to the sentence around the quote
    return start, stop


def _words(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


# --- sentences ---------------------------------------------------------------------------


def _sentences(
    text: str, paragraph: Paragraph, candidates: Sequence[_Candidate], language: str
) -> list[_Sentence]:
    """Sentences of a paragraph, never cut inside quote marks (a quote and its attribution
    stay together)."""
    start, end = paragraph.start, paragraph.start + len(paragraph.text)
    spans = quote_spans(text, start, end)
    inside = [(s.open_at, s.close_at if s.close_at is not None else end) for s in spans]
    for candidate in candidates:  # a quote continued from the previous paragraph
        for s, e in candidate.segments:
            if start <= s <= end:
                inside.append((s - 1, e))
    quoted_at = _covered(inside, start, end)
    local = [(a - start, b - start) for a, b in inside]
    sentences = split_sentences(paragraph.text, language, local)
    cuts = [start] + [start + s for s, _ in sentences[1:]] + [end]
    cuts = _bounded(text, cuts)
    tokens = tokenize(text, language, start, end)
    token_starts = [t.start for t in tokens]
    sentences = []
    for s, e in itertools.pairwise(cuts):
        own = tokens[bisect.bisect_left(token_starts, s) : bisect.bisect_left(token_starts, e)]
        if own:
            quoted = [quoted_at[t.start - start] for t in own]
            sentences.append(_Sentence(paragraph.index, s, e, own, quoted))
    return sentences


def _bounded(text: str, cuts: Sequence[int]) -> list[int]:
    """``cuts`` with more cuts (after a space when there is one) so that no sentence is
    longer than :data:`_MAX_SENTENCE_CHARS`."""
    bounded = [cuts[0]]
    for cut in cuts[1:]:
        while cut - bounded[-1] > _MAX_SENTENCE_CHARS:
            limit = bounded[-1] + _MAX_SENTENCE_CHARS
            space = text.rfind(" ", bounded[-1] + 1, limit)
            bounded.append(space + 1 if space != -1 else limit)
        bounded.append(cut)
    return bounded


def _covered(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[bool]:
    """For each offset ``start..end``: whether a span ``(a, b)`` has ``a <= offset <= b``.
    One pass whatever the number of spans: a paragraph with thousands of quote marks must
    not cost thousands of passes over its tokens."""
    depth = [0] * (end - start + 2)
    for a, b in spans:
        low, high = max(a, start), min(b, end)
        if low <= high:
            depth[low - start] += 1
            depth[high - start + 1] -= 1
    return [running > 0 for running in itertools.accumulate(depth[:-1])]


# --- reading a sentence ------------------------------------------------------------------


@dataclass
class _Mention:
    index: int  # token index in the sentence
    character: Character
    object_position: bool


def _read_sentence(
    reading: _Reading,
    sentence: _Sentence,
    paragraph: Paragraph,
    person_spans: Sequence[tuple[int, int]],
    candidates: Sequence[_Candidate],
    ending: Sequence[_Candidate] = (),
) -> None:
    """Register the people a sentence names, attribute its quotes, read its indirect speech.
    ``ending`` are quotes opened in an earlier paragraph: only an attribution after them is
    looked for here."""
    mentions = _mentions(reading, sentence, paragraph, person_spans)
    if paragraph.kind in _NOT_PROSE:
        return
    own = [c for c in candidates if sentence.start <= c.spans[0].open_at < sentence.end]
    for candidate in own:
        candidate.sentence_start = _opens_sentence(reading, sentence, candidate)
        if not candidate.attributed and not candidate.rejected:
            _attribute(reading, sentence, candidate)
    for candidate in ending:
        if (
            sentence.start <= candidate.spans[-1].open_at < sentence.end
            and not candidate.attributed
        ):
            _attribute(reading, sentence, candidate, after_only=True)
    reported = len(reading.indirect)
    _indirect(reading, sentence, own)
    for candidate in own:
        if not candidate.attributed and not candidate.rejected:
            _partial(reading, sentence, candidate)
    speakers = [c.speaker for c in own if c.attributed and c.speaker is not None]
    speakers += [r.speaker for r in reading.indirect[reported:] if r.speaker is not None]
    ranked = [m.character for m in sorted(mentions, key=lambda m: (m.object_position, m.index))]
    sentence.ranked = list(dict.fromkeys(speakers + ranked))
    if paragraph.kind == "body":
        reading.history.append(sentence)


def _opens_sentence(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> bool:
    lead = reading.text[sentence.start : candidate.spans[0].open_at]
    return not re.search(r"\w", lead)


def _mentions(
    reading: _Reading,
    sentence: _Sentence,
    paragraph: Paragraph,
    person_spans: Sequence[tuple[int, int]],
) -> list[_Mention]:
    """People and organisations named outside quote marks, added to the cast; roles written
    next to a name ("le ministre allemand de la Défense, Boris Pistorius") are remembered."""
    lx, tokens = reading.lx, sentence.tokens
    mentions: list[_Mention] = []
    credit = _credit_start(reading.text, sentence, paragraph)
    if _headline(paragraph):
        return mentions  # "Warren Hammers Wells Fargo CEO": every word of a headline is capitalised
    for run in capitalised_runs(tokens, lx):
        if any(sentence.quoted[run[0] : run[1]]) or tokens[run[0]].start >= credit:
            continue
        hit = read_name(
            tokens,
            run,
            lx,
            person_spans,
            known=reading.cast,
            organisation_spans=reading.organisation_spans,
        )
        if hit is None:
            continue
        if hit.kind == "organization":
            reading.cast.add(list(hit.words), tokens[hit.first].start, "organization")
            continue
        role, role_gender = _role_before(tokens, hit.run_start, lx)
        gender = hit.gender or role_gender
        character = reading.cast.add(list(hit.words), tokens[hit.first].start, "person", gender)
        for r in (*hit.roles, *([role] if role else []), *_role_after(tokens, hit.last, lx)):
            if r not in character.roles:
                character.roles.append(r)
        if character not in reading.listed:
            reading.listed.append(character)
        mentions.append(
            _Mention(hit.run_start, character, _object_position(tokens, hit.run_start, lx))
        )
    return mentions


@lru_cache(maxsize=64)  # asked once per sentence: one reading per paragraph keeps it linear
def _headline(paragraph: Paragraph) -> bool:
    """A title-case line without a full stop, whatever kind it was given."""
    if paragraph.kind not in ("title", "subheading", "body") or re.search(
        r"[.!?…][”»\"’)]*\s*$", paragraph.text
    ):
        return False
    words = [w for w in re.findall(r"\w+", paragraph.text) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _credit_start(text: str, sentence: _Sentence, paragraph: Paragraph) -> int:
    """Where a caption's photo credit begins ("(Name/Agency)"): names there are not subjects."""
    if paragraph.kind != "caption":
        return sentence.end + 1
    match = re.search(r"\([^()]*/[^()]*\)\s*$", text[sentence.start : sentence.end])
    return sentence.start + match.start() if match else sentence.end + 1


def _role_before(
    tokens: Sequence[Token], index: int, lx: Lexicon
) -> tuple[str | None, Gender | None]:
    """The role noun heading a name's noun phrase: "le président ukrainien X", "la ministre X"."""
    for k in range(index - 1, max(-1, index - 8), -1):
        tok = tokens[k]
        if tok.text in ",":
            if k == index - 1:
                continue
            break
        if not tok.text[0].isalnum() or lx.speech_verb(tok.text):
            break
        found = role_at(tokens, k, lx)
        if found:
            return found
    return None, None


def _role_after(tokens: Sequence[Token], index: int, lx: Lexicon) -> list[str]:
    """An appositive role right after a name: "Milley, président des…", "X, a spokeswoman"."""
    if index < len(tokens) and tokens[index].text == ",":
        for k in range(index + 1, min(len(tokens), index + 4)):
            found = role_at(tokens, k, lx)
            if found:
                return [found[0]]
            if not tokens[k].text[0].isalpha():
                break
    return []


def _object_position(tokens: Sequence[Token], index: int, lx: Lexicon) -> bool:
    """Whether the mention sits in a prepositional phrase ("l'invasion du président russe X",
    "l'ONU pour l'Ukraine"), so it is less likely the subject a later pronoun refers to. A
    preposition inside a title ("la ministre des Affaires étrangères X") does not count."""
    look = index - 1
    for k in range(index - 1, max(-1, index - 7), -1):
        tok = tokens[k]
        if not tok.text[0].isalnum() or lx.speech_verb(tok.text):
            break
        if role_at(tokens, k, lx):
            look = k - 1  # the role heads the name's phrase: what stands before the role?
            break
        if fold_apostrophe(tok.lower) in lx.object_prepositions and not _title_words(
            tokens[k + 1 : index], lx
        ):
            return True
    if look >= 0 and fold_apostrophe(tokens[look].lower) in _DETERMINERS:
        look -= 1
    return look >= 0 and fold_apostrophe(tokens[look].lower) in lx.object_prepositions


def _title_words(words: Sequence[Token], lx: Lexicon) -> bool:
    """ "des Affaires étrangères", "de la Défense": a department named inside a title."""
    return any(t.lower in lx.departments and t.capitalised for t in words)


# --- attribution -------------------------------------------------------------------------


@dataclass
class _Attribution:
    character: Character | None
    mention: str | None


def _attribute(
    reading: _Reading,
    sentence: _Sentence,
    candidate: _Candidate,
    after_only: bool = False,
) -> None:
    """Find the speech act that introduces a quote: inside its marks, after it, before it."""
    if _scare_quote(reading, sentence, candidate) or _title(reading.text, candidate):
        candidate.rejected = True
        return
    if after_only:
        found = _after(reading, sentence, candidate)
    else:
        found = _incise(reading, sentence, candidate)
        if found is None:
            found = _after(reading, sentence, candidate)
        if found is None:
            found = _before(reading, sentence, candidate)
    if found is not None:
        _credit(reading, candidate, found.character, found.mention)


def _credit(
    reading: _Reading, candidate: _Candidate, speaker: Character | None, mention: str | None
) -> None:
    """Accept a candidate as a quote of ``speaker``, who then belongs in the people list."""
    candidate.attributed = True
    candidate.speaker, candidate.mention = speaker, mention
    if speaker is not None:
        speaker.spoke = True
        if speaker not in reading.listed:
            reading.listed.append(speaker)


_MINOR_WORDS = frozenset(
    "of the a an in on and for to at de la le les du des et à en d l it is".split()  # noqa: SIM905
)


def _title(text: str, candidate: _Candidate) -> bool:
    """“Morning Joe”, « Le Monde », on “Fox and Friends.”: a short name in capitals between
    marks is a title, not speech (a one-word “Never.” still counts as speech)."""
    words = text[candidate.start : candidate.end]
    bare = words.rstrip(" ,.")
    if re.search(r"[.!?…]", bare) or len(candidate.segments) > 1:
        return False
    tokens = re.findall(r"\w+", words)
    if not tokens or len(tokens) > 6:
        return False
    significant = [w for w in tokens if w.casefold() not in _MINOR_WORDS]
    if len(significant) < 2 and bare != words.rstrip(" "):
        return False
    return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def _scare_quote(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> bool:
    open_at = candidate.spans[0].open_at
    before = [t for t in sentence.tokens if t.end <= open_at]
    return bool(before) and before[-1].lower in reading.lx.scare_markers


def _tokens_between(sentence: _Sentence, start: int, end: int) -> list[Token]:
    return [t for t in sentence.tokens if start <= t.start and t.end <= end]


def _after(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> _Attribution | None:
    """``“…”, a déclaré X`` / ``“…,” X said`` / ``« … », selon X`` / ``“…”, he said, “…”``."""
    last = candidate.spans[-1]
    if last.close_at is None or not sentence.start <= last.close_at < sentence.end:
        return None
    next_open = _next_quote_after(reading.text, sentence, last.close_at)
    clause = _tokens_between(
        sentence, last.close_at + 1, next_open if next_open is not None else sentence.end
    )
    found = _clause_attribution(reading, sentence, clause, after_quote=True)
    if found is None and next_open is None:
        found = _next_sentence_attribution(reading, sentence, last.close_at)
    if found is not None and next_open is not None and clause and clause[-1].text == ",":
        _join_resumed_quote(reading, sentence, candidate, next_open)
    return found


def _next_quote_after(text: str, sentence: _Sentence, position: int) -> int | None:
    for i in range(position + 1, sentence.end):
        before, after = text[i - 1], text[i + 1] if i + 1 < len(text) else " "
        if text[i] in OPENERS and opens(text[i], before, after):  # not the ' of "s'est"
            return i
    return None


def _join_resumed_quote(
    reading: _Reading, sentence: _Sentence, candidate: _Candidate, open_at: int
) -> None:
    """“The plan,” he said, “is working.” is one quote in two segments."""
    end = sentence.end
    for span in quote_spans(reading.text, open_at, end):
        if span.open_at == open_at:
            candidate.segments.append(_inner(span, end, reading.text))
            candidate.joins.append(" ")
            candidate.spans.append(span)
            resumed = reading.by_open.get(open_at)
            if resumed is not None and resumed is not candidate:
                resumed.rejected = True  # now part of the first segment's quote
            return


def _next_sentence_attribution(
    reading: _Reading, sentence: _Sentence, close_at: int
) -> _Attribution | None:
    """“…” X said. — a short attribution sentence right after a quote that ends a sentence."""
    tail = reading.text[close_at + 1 : sentence.end].strip()
    if tail not in ("", ".") or sentence.end >= len(reading.text):
        return None
    follow = re.match(r"[^.!?\n]*[.!?]", reading.text[sentence.end : sentence.end + 120])
    if not follow:
        return None
    clause = tokenize(reading.text, reading.language, sentence.end, sentence.end + follow.end())
    if len(clause) > 6 or not clause or clause[-1].text != ".":
        return None
    return _clause_attribution(reading, sentence, clause[:-1], after_quote=True)


def _clause_attribution(
    reading: _Reading,
    sentence: _Sentence,
    clause: Sequence[Token],
    after_quote: bool,
) -> _Attribution | None:
    """Read an attribution clause that follows a quote: ``, a-t-il déclaré``, ``, said X``,
    ``, the ministry said in a statement``, ``, selon l'OTAN``, ``, according to X``."""
    lx = reading.lx
    words = _without_asides(clause)
    dashed = bool(words) and words[0].text in "―—–-"
    while words and words[0].text in ",―—–-:;":
        words.pop(0)
    if not words:
        return None
    if (
        dashed
        and after_quote
        and len(words) <= 8
        and not any(lx.speech_verb(t.text) for t in words)
    ):
        return _speaker_phrase(reading, sentence, _phrase_after(words, lx))  # “…” ― Jane Doe
    if words[0].lower in lx.attribution_prepositions:
        rest = words[1:]
        if rest and rest[0].lower == "to":
            rest = rest[1:]
        return _speaker_phrase(reading, sentence, _phrase_after(rest, lx))
    appositive, reach = False, _ATTRIBUTION_REACH
    for v, tok in enumerate(words):
        if v >= reach:
            break
        if not tok.text[0].isalnum() and tok.text != "’":
            if tok.text == "," and v and (appositive or _np_closes(words, v, lx)):
                appositive = not appositive  # "Jane Doe, a writer for X, said": both commas
                reach = _ATTRIBUTION_REACH + 8
                continue
            if tok.text == "." and v and is_abbreviation(words[v - 1], lx):
                continue  # "Rep. John Mica said", "John F. Kennedy said"
            break
        inverted = inverted_pronoun(tok.text)
        head = inverted[0] if inverted else tok.text
        if not lx.speech_verb(head):
            continue
        head_words = list(itertools.takewhile(lambda t: t.text != ",", words[:v]))
        if any(t.lower in lx.stop_prepositions or t.lower in _RELATIVES for t in head_words):
            return None  # ", en réaction aux critiques", ", qui a publié sa note": no speaker
        # "Jane Doe, a writer for The Atlantic, said": the name before the apposition speaks
        subject = [t for t in head_words if t.lower not in lx.auxiliaries]
        if inverted and lx.speech_verb(head):
            return _pronoun_attribution(reading, sentence, tok, inverted[1])
        aux_pronoun = next(
            (inverted_pronoun(t.text) for t in words[:v] if inverted_pronoun(t.text)), None
        )
        if aux_pronoun:  # "a-t-il déclaré", "a-t-elle ajouté"
            carrier = next(t for t in words[:v] if inverted_pronoun(t.text))
            return _pronoun_attribution(reading, sentence, carrier, aux_pronoun[1])
        if subject:
            return _speaker_phrase(reading, sentence, subject)
        after = _phrase_after(words[v + 1 :], lx)
        if after:
            return _speaker_phrase(reading, sentence, after)
        return None
    return None


def _without_asides(clause: Sequence[Token]) -> list[Token]:
    """The clause without parenthesised asides ("(R-Utah)") or a name's age and party
    (", 25,", ", R-Ky.,"), which would otherwise end the noun phrase early."""
    words: list[Token] = []
    depth = 0
    for tok in clause:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
        elif depth == 0:
            words.append(tok)
    k = 0
    while k < len(words):  # ", 25," (an age) and ", R-Ky.," (party and state) after a name
        close = next(
            (j for j in range(k + 1, min(len(words), k + 5)) if words[j].text == ","), None
        )
        if words[k].text == "," and close and _AGE_OR_PARTY.match(words[k + 1].text):
            del words[k : close + 1]
        else:
            k += 1
    return words


def _np_closes(words: Sequence[Token], comma: int, lx: Lexicon) -> bool:
    """A comma inside the subject: "Jane Doe, a spokeswoman for the ministry, said"."""
    return any(role_at(words, k, lx) for k in range(comma + 1, min(len(words), comma + 4)))


def _phrase_after(words: Sequence[Token], lx: Lexicon) -> list[Token]:
    """The noun phrase after an inverted verb or ``selon``, up to where the sentence moves on.
    None when a preposition follows the verb ("a répondu aux critiques de X"): X is no subject."""
    phrase: list[Token] = []
    if words and fold_apostrophe(words[0].lower) in lx.stop_prepositions | lx.object_prepositions:
        return phrase
    for k, tok in enumerate(words):
        low = tok.lower
        if tok.text == ",":
            has_name = any(t.capitalised for t in phrase)
            nxt = words[k + 1] if k + 1 < len(words) else None
            if not has_name and nxt is not None and nxt.capitalised:
                continue
            break
        if not tok.text[0].isalnum() and tok.text not in "’'-.":
            break
        if tok.text == "." and not (phrase and is_abbreviation(phrase[-1], lx)):
            break
        if (
            phrase
            and low in lx.stop_prepositions
            and not (low in _TITLE_PREPOSITIONS and _name_follows(words, k))
        ):
            break
        phrase.append(tok)
        if len(phrase) >= 14:
            break
    return phrase


def _name_follows(words: Sequence[Token], k: int) -> bool:
    """ "à la Défense Lloyd Austin": a preposition inside a title that a full name completes
    (not "à l'AFP")."""
    capitals = 0
    for tok in words[k + 1 : k + 7]:
        if not tok.text[0].isalpha():
            break
        capitals = capitals + 1 if tok.capitalised else 0
        if capitals == 2:
            return True
    return False


def _pronoun_attribution(
    reading: _Reading, sentence: _Sentence, carrier: Token, pronoun: str
) -> _Attribution | None:
    is_pronoun, gender = pronoun_gender(pronoun, reading.lx)
    mention = carrier.text[carrier.text.find("-") :] if "-" in carrier.text else carrier.text
    if not is_pronoun:
        return _Attribution(None, mention)
    return _Attribution(_antecedent(reading, sentence, carrier.start, gender), mention)


def _antecedent(
    reading: _Reading, sentence: _Sentence, position: int, gender: Gender | None
) -> Character | None:
    """The person a pronoun points to: people named earlier in this sentence, then the subjects
    of recent prose sentences before anyone named in passing. "Elle" never goes to a man."""
    earlier: list[Character] = []
    current = [c for c in sentence.ranked] if sentence.ranked else []
    earlier += current
    for past in reversed(reading.history[-_FOLLOWING_SENTENCES:]):
        if past is sentence:
            continue
        earlier += past.ranked
    here = _mentioned_before(reading, sentence, position)
    for character in here + earlier:
        if character.kind != "person":
            continue
        # a first name only usually of the other gender ("Lindsey" Graham ... "he") may agree
        mismatch = gender and character.gender and character.gender != gender
        if mismatch and not character.gender_weak:
            continue
        character.note_gender(gender)
        return character
    return None


def _mentioned_before(reading: _Reading, sentence: _Sentence, position: int) -> list[Character]:
    names = []
    for run in capitalised_runs(sentence.tokens, reading.lx):
        if sentence.tokens[run[0]].start >= position or any(sentence.quoted[run[0] : run[1]]):
            continue
        hit = read_name(
            sentence.tokens,
            run,
            reading.lx,
            known=reading.cast,
            organisation_spans=reading.organisation_spans,
        )
        if hit is not None and hit.kind == "person":
            found = reading.cast.find(list(hit.words))
            if found is not None:
                names.append(
                    (_object_position(sentence.tokens, hit.run_start, reading.lx), hit.first, found)
                )
    return [c for _, _, c in sorted(names, key=lambda n: (n[0], n[1]))]


def _speaker_phrase(
    reading: _Reading, sentence: _Sentence, phrase: Sequence[Token]
) -> _Attribution | None:
    """Name the speaker of a noun phrase: a name, a pronoun, a role, an organisation."""
    if not phrase:
        return None
    lx = reading.lx
    mention = reading.text[phrase[0].start : phrase[-1].end]
    if len(phrase) == 1:
        is_pronoun, gender = pronoun_gender(phrase[0].text, lx)
        if not is_pronoun:
            is_pronoun, gender = tonic_gender(phrase[0].text, lx)
        if is_pronoun:
            return _Attribution(
                _antecedent(reading, sentence, phrase[0].start, gender), phrase[0].text
            )
        if phrase[0].lower in lx.pronouns:
            return _Attribution(None, phrase[0].text)
    hits = [
        hit
        for run in capitalised_runs(phrase, lx)
        if (
            hit := read_name(
                phrase,
                run,
                lx,
                speaker_slot=True,
                known=reading.cast,
                organisation_spans=reading.organisation_spans,
            )
        )
        is not None
    ]
    strong = [h for h in hits if h.honorific or h.roles or _full_name(h) or h.kind != "person"]
    hits = [  # "said Democratic strategists": a lone capitalised word before a noun is no name
        h
        for h in hits
        if h in strong
        or reading.cast.find(list(h.words)) is not None
        or h.last == len(phrase)
        or not phrase[h.last].text[0].isalpha()
    ]
    if hits:  # "Tulsa police Chief Chuck Jordan": the best-attested name, else the last one
        hit = strong[0] if strong else hits[-1]
        if hit.kind == "organization" or _for_organisation(phrase, hit.run_start, hit, lx):
            character = reading.cast.add(list(hit.words), phrase[hit.first].start, "organization")
            return _Attribution(character, mention)
        return replace(_hit_attribution(reading, phrase, hit), mention=mention)
    for k in range(len(phrase)):
        found = role_at(phrase, k, lx)
        if found:
            holder = reading.cast.by_role(found[0], phrase[k].start)
            if holder is not None:
                holder.note_gender(found[1])
                holder.last_seen = phrase[k].start
            return _Attribution(holder, mention)
    nouns = [t.lower for t in phrase if t.lower in lx.organisations]
    if nouns:
        # "the department" -> the Department of X named before; an unnamed "union" stays a
        # mention (speaker_mention), not a made-up organisation in the people list.
        return _Attribution(_organisation_named(reading, nouns[0], phrase[0].start), mention)
    return _Attribution(None, mention)


def _for_organisation(phrase: Sequence[Token], run_start: int, hit: NameHit, lx: Lexicon) -> bool:
    """ "a spokesperson for Pedal Forward", "un porte-parole de Vert Demain": the name after the
    role is who speaks, an organisation, unless it reads as a person's name."""
    if run_start == 0 or hit.honorific or first_name_gender(hit.words[0]) is not False:
        return False
    before = fold_apostrophe(phrase[run_start - 1].lower)
    if before not in ("for", "of", "at", "de", "du", "d'", "chez"):
        return False
    return any(role_at(phrase, k, lx) for k in range(run_start))


def _organisation_named(reading: _Reading, noun: str, position: int) -> Character | None:
    """ "the department", "l'institut": the organisation of that kind named earlier, else the
    organisation named in the last few sentences."""
    organisations = [c for c in reading.cast.characters if c.kind == "organization"]
    same_kind = [c for c in organisations if noun in (w.casefold() for w in c.words)]
    if same_kind:
        return max(same_kind, key=lambda c: c.last_seen)
    recent = reading.history[-3:]
    since = recent[0].start if recent else 0
    nearby = [c for c in organisations if since <= c.last_seen < position and c.spoke]
    nearby = nearby or [c for c in organisations if since <= c.last_seen < position]
    return max(nearby, key=lambda c: c.last_seen) if nearby else None


def _incise(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> _Attribution | None:
    """« Nous irons jusqu'au bout, a affirmé Mme X. Sans exception. » — an attribution inside
    the marks, set off by a comma right before an (inverted) speech verb."""
    if reading.language != "fr":
        return None
    lx = reading.lx
    for index, (start, end) in enumerate(candidate.segments):
        words = tokenize(reading.text, reading.language, start, end)
        for k, tok in enumerate(words[:-1]):
            if tok.text != "," or k == 0:
                continue
            verb_at = k + 1
            if words[verb_at].lower in ("a", "ont", "avait") and verb_at + 1 < len(words):
                verb_at += 1
            carrier = words[verb_at]
            inverted = inverted_pronoun(carrier.text)
            if inverted and inverted[0] in ("a", "ont", "avait") and verb_at + 1 < len(words):
                verb_at += 1
            verb = words[verb_at]
            head = inverted_pronoun(verb.text)[0] if inverted_pronoun(verb.text) else verb.text
            if not lx.speech_verb(head) or verb_at - k > 3:
                continue
            if verb_at + 1 < len(words) and words[verb_at + 1].lower in lx.que:
                continue
            tail = list(words[verb_at + 1 :])
            phrase = _phrase_after(tail, lx)
            stop = phrase[-1].end if phrase else verb.end
            rest = [t for t in tail if t.start >= stop]
            if rest and rest[0].text not in ".,;!?":
                continue
            if inverted or inverted_pronoun(verb.text):
                source = carrier if inverted else verb
                found = _pronoun_attribution(
                    reading, sentence, source, (inverted or inverted_pronoun(verb.text))[1]
                )
            else:
                found = _speaker_phrase(reading, sentence, phrase)
            if found is None or (found.character is None and not phrase):
                continue
            resume = next((t.end for t in rest[:1]), stop)
            _split_segment(candidate, index, tok.start, resume, reading.text)
            return found
    return None


def _split_segment(candidate: _Candidate, index: int, cut: int, resume: int, text: str) -> None:
    start, end = candidate.segments[index]
    while resume < end and text[resume].isspace():
        resume += 1
    pieces = [(start, cut)] + (
        [(resume, end)] if resume < end and re.search(r"\w", text[resume:end]) else []
    )
    candidate.segments[index : index + 1] = pieces
    if len(pieces) == 2:  # the incise ended the sentence ("…, a affirmé X. Sans …") or not
        ended = text[: pieces[1][0]].rstrip().endswith((".", "!", "?"))
        candidate.joins.insert(index, ". " if ended else " ")


def _before(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> _Attribution | None:
    """``X l'a admis : « … »``, ``X told reporters: "…"``, ``selon X, « … »``, ``X : « … »``."""
    lx = reading.lx
    clause = _lead_in(reading, sentence, candidate)
    if not clause:
        return None
    ending = clause[-1]
    trailing_ok = ending.text in ":," or ending.lower in lx.que or lx.speech_verb(ending.text)
    if not trailing_ok:
        return None
    body = clause[:-1] if ending.text in ":," else clause
    for k, tok in enumerate(body):
        if tok.lower in lx.attribution_prepositions or (
            k == 0 and tok.lower in lx.opening_prepositions
        ):
            rest = body[k + 1 :]
            if rest and rest[0].lower == "to":
                rest = rest[1:]
            return _speaker_phrase(reading, sentence, _phrase_after(rest, lx))
    verbs = [
        k
        for k, t in enumerate(body)
        if lx.speech_verb(inverted_pronoun(t.text)[0] if inverted_pronoun(t.text) else t.text)
    ]
    if not verbs:
        if ending.text != ":" or not body:
            return None
        named = any(
            read_name(body, run, lx, speaker_slot=True) for run in capitalised_runs(body, lx)
        )
        if len(body) <= 6 and named:
            return _speaker_phrase(reading, sentence, body)  # "Jane Doe : « … »"
        found = _subject(reading, sentence, body)  # "X did not hold back: “…”"
        return found if found is not None and found.character is not None else None
    v = verbs[-1]
    if len(body) - v > 6:  # the verb is too far from the quote to introduce it
        return None
    inverted = inverted_pronoun(body[v].text)
    if inverted:
        return _pronoun_attribution(reading, sentence, body[v], inverted[1])
    pre = body[:v]
    carrier = next((t for t in pre if inverted_pronoun(t.text)), None)
    if carrier is not None:
        return _pronoun_attribution(reading, sentence, carrier, inverted_pronoun(carrier.text)[1])
    subject = _subject(reading, sentence, pre)
    if subject is not None:
        return subject
    after = _phrase_after(body[v + 1 :], lx)
    if after:
        return _speaker_phrase(reading, sentence, after)
    words = [t for t in pre if t.text[0].isalnum()]  # a speech verb, a speaker we cannot name
    return _Attribution(None, reading.text[words[0].start : words[-1].end] if words else None)


def _lead_in(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> list[Token]:
    """The words before a quote's opening mark, back to the previous quote; for a quote that
    opens its paragraph, the previous paragraph when it ends with a colon ("X continued:")."""
    open_at = candidate.spans[0].open_at
    indices = [k for k, t in enumerate(sentence.tokens) if t.end <= open_at]
    closes = [k for k in indices if sentence.quoted[k] and sentence.tokens[k].text in MARKS]
    start = closes[-1] + 1 if closes else 0
    clause = [sentence.tokens[k] for k in indices[start:] if not sentence.quoted[k]]
    if clause or not reading.history:
        return clause
    last = reading.history[-1]
    if last.paragraph != candidate.paragraph - 1 or last.tokens[-1].text != ":":
        return []
    closes = [k for k, t in enumerate(last.tokens) if last.quoted[k] and t.text in MARKS]
    start = closes[-1] + 1 if closes else 0
    return [t for k, t in enumerate(last.tokens) if k >= start and not last.quoted[k]]


def _subject(reading: _Reading, sentence: _Sentence, pre: Sequence[Token]) -> _Attribution | None:
    """The subject before a speech verb: the first name or pronoun not inside a prepositional
    phrase, else the nearest role or organisation noun phrase."""
    lx = reading.lx
    words = [t for t in pre if t.lower not in lx.auxiliaries]
    if not words:
        return None
    for k, tok in enumerate(words):
        is_pronoun, gender = pronoun_gender(tok.text, lx)
        if k and words[k - 1].lower in lx.object_prepositions:
            continue
        if is_pronoun:
            return _Attribution(_antecedent(reading, sentence, tok.start, gender), tok.text)
        if tok.lower in lx.pronouns:  # "they", "ils": a group we do not name
            return _Attribution(None, tok.text)
    first_word = sentence.tokens[0].start if sentence.tokens else -1
    runs = [
        run
        for run in capitalised_runs(words, lx)
        if not possessive(words[run[1] - 1].text)  # "Hollis’s spokeswoman"
        and not (
            run[1] - run[0] == 1
            and words[run[0]].start == first_word
            and reading.cast.find([words[run[0]].text]) is None
            and not (run[1] < len(words) and lx.speech_verb(words[run[1]].text))
        )  # "Shop owners say": a capitalised first word alone is not a name
    ]
    hits = []
    for run in runs:
        hit = read_name(
            words,
            run,
            lx,
            speaker_slot=run[1] == len(words),  # only right before the verb: "… Okafor said"
            known=reading.cast,
            organisation_spans=reading.organisation_spans,
        )
        if hit is not None:
            hits.append((hit, _object_position(words, run[0], lx)))
    last_comma = max(
        (k for k, t in enumerate(words) if t.text == "," or t.lower in _RELATIVES), default=-1
    )  # the verb's own clause: after "," or "that"/"que" ("an explosion that X described")
    nearest = [(hit, in_object) for hit, in_object in hits if hit.run_start > last_comma]
    for group in (nearest, hits):  # "Speaking in Novi, Michigan, Trump says": the last clause
        for kind in ("person", "organization"):  # a person subject before an organisation
            for hit, in_object in group:
                if hit.kind == kind and not in_object:
                    return _hit_attribution(reading, words, hit)
    clause_start = max((k + 1 for k, t in enumerate(words) if t.text in ",;"), default=0)
    phrase = [t for t in words[clause_start:] if t.text[0].isalnum()]
    if not phrase:
        phrase = [t for t in words if t.text[0].isalnum()]
    if phrase and any(
        role_at(phrase, k, lx) or phrase[k].lower in lx.organisations for k in range(len(phrase))
    ):
        return _speaker_phrase(reading, sentence, phrase)
    named = [h for h, _ in hits if h.kind == "person" and (h.honorific or _full_name(h))]
    if named:  # "footage of Hillary Clinton asking": no subject, the name nearest the verb
        return _hit_attribution(reading, words, named[-1])
    tail = words[last_comma + 1 :]
    unnamed = 0 < len(tail) <= 4 and all(t.text.isalpha() for t in tail)
    prepositions = lx.object_prepositions | lx.stop_prepositions
    if unnamed and not any(t.lower in prepositions for t in tail):
        text = reading.text[tail[0].start : tail[-1].end]
        return _Attribution(None, text)  # "Prosecutors said", "les enquêteurs ont indiqué"
    return None


def _full_name(hit: NameHit) -> bool:
    return len(hit.words) > 1 and first_name_gender(hit.words[0]) is not False


def _hit_attribution(reading: _Reading, words: Sequence[Token], hit: NameHit) -> _Attribution:
    """The speaker a name read in a subject stands for, added to the cast."""
    mention = reading.text[words[hit.run_start].start : words[hit.last - 1].end]
    start = words[hit.first].start
    if hit.kind == "organization":
        return _Attribution(reading.cast.add(list(hit.words), start, "organization"), mention)
    role, role_gender = _role_before(words, hit.run_start, reading.lx)
    character = reading.cast.add(list(hit.words), start, "person", hit.gender or role_gender)
    for r in (*hit.roles, *([role] if role else [])):
        if r not in character.roles:
            character.roles.append(r)
    return _Attribution(character, mention)


# --- after a sentence: continuation, unattributed quotes -------------------------------------


def _settle(
    reading: _Reading, candidate: _Candidate, previous: _Candidate | None, paragraph: Paragraph
) -> _Candidate | None:
    """A quote without its own attribution: a continuation of the quote just before it (same
    speaker), a full sentence of speech (speaker from context), or a term in marks (dropped)."""
    if candidate.rejected:
        return previous
    if candidate.attributed:
        return candidate
    text = reading.text
    close = (
        previous is not None
        and previous.attributed
        and candidate.paragraph - previous.last_paragraph <= 1
    )
    if close and previous is not None and candidate.sentence_start and paragraph.kind == "body":
        _credit(reading, candidate, previous.speaker, previous.mention)
        return candidate
    long_enough = _words(text, candidate.start, candidate.end) >= _FULL_QUOTE_WORDS
    if paragraph.kind == "body" and candidate.sentence_start and long_enough:
        recent = [q for q in reading.indirect if q.paragraph >= candidate.paragraph - 1]
        if recent:  # "X a déclaré que …" just before: the quote goes on with X's words
            _credit(reading, candidate, recent[-1].speaker, recent[-1].mention)
        else:
            _credit(reading, candidate, None, None)
        return candidate
    candidate.rejected = True
    return previous


# --- indirect speech ---------------------------------------------------------------------


def _indirect(reading: _Reading, sentence: _Sentence, own: Sequence[_Candidate]) -> None:
    """``X a déclaré que …``, ``X said (that) …``, ``…, X said.``: reported speech, and the
    partial quotes inside it take its speaker."""
    lx, tokens = reading.lx, sentence.tokens
    for v, tok in enumerate(tokens):
        if sentence.quoted[v] or not lx.speech_verb(tok.text) or tok.capitalised:
            continue
        que = next(
            (
                k
                for k in range(v + 1, min(len(tokens), v + 6))
                if tokens[k].lower in lx.que and not sentence.quoted[k]
            ),
            None,
        )
        if que is not None and any(not t.text[0].isalnum() for t in tokens[v + 1 : que]):
            que = None
        content_from = None
        if que is not None:
            content_from = que + 1
        elif (
            reading.language == "en"
            and v + 1 < len(tokens)
            and tok.lower not in ("told", "tell", "tells", "telling")
            and _clause_starts(tokens[v + 1], lx)
        ):
            content_from = v + 1
        if content_from is None or content_from >= len(tokens):
            continue
        subject = _subject(
            reading,
            sentence,
            [t for t, q in zip(tokens[:v], sentence.quoted[:v], strict=True) if not q],
        )
        if subject is None:
            continue
        body = tokens[content_from:]
        if len(body) < 3 or sentence.quoted[content_from]:
            continue
        end = body[-1].end
        _add_indirect(reading, sentence, subject, body[0].start, end, own)
        return
    _trailing_indirect(reading, sentence, own)


def _clause_starts(tok: Token, lx: Lexicon) -> bool:
    """After "said" without "that": a clause starts with a subject, not a preposition."""
    low = tok.lower
    if low in lx.stop_prepositions or low in lx.object_prepositions or not tok.text[0].isalpha():
        return False
    return (
        tok.capitalised
        or low in lx.pronouns
        or low in _DETERMINERS
        or low in ("we", "i", "you", "there")
    )


def _partial(reading: _Reading, sentence: _Sentence, candidate: _Candidate) -> None:
    """A quote inside a sentence whose verb reports speech: "X called the plan “a disaster”",
    "X a qualifié la réforme de « recul »"; the verb's subject said it."""
    lx, tokens = reading.lx, sentence.tokens
    open_at = candidate.spans[0].open_at
    before = [k for k, t in enumerate(tokens) if t.end <= open_at and not sentence.quoted[k]]
    verbs = [k for k in before if lx.partial_verb(tokens[k].text) and not tokens[k].capitalised]
    if not verbs:
        return
    between = tokens[verbs[-1] + 1 : before[-1] + 1] if before else []
    if len(between) > 12 or any(t.text in ",;:" or t.lower in _RELATIVES for t in between):
        return  # the verb belongs to another clause: "…, que le gouvernement défend comme « … »"
    pre = [tokens[k] for k in before if k < verbs[-1]]
    found = _subject(reading, sentence, pre)
    if found is not None:
        _credit(reading, candidate, found.character, found.mention)
    elif lx.speech_verb(tokens[verbs[-1]].text):  # "… announcing that it was “true.”"
        _credit(reading, candidate, None, None)


def _trailing_indirect(reading: _Reading, sentence: _Sentence, own: Sequence[_Candidate]) -> None:
    """``Content, sources said.`` / ``Contenu, a déclaré X.`` at the end of a sentence."""
    tokens = sentence.tokens
    commas = [
        k for k, t in enumerate(tokens) if t.text == "," and not sentence.quoted[k] and k >= 4
    ]
    found, k = None, 0
    for position, k in enumerate(reversed(commas)):
        stop = commas[len(commas) - position] if position else len(tokens)
        clause = [t for t in tokens[k:stop] if t.text not in ".!?"]
        if any(sentence.quoted[k:stop]) or len(clause) > _ATTRIBUTION_REACH + 2:
            continue
        found = _clause_attribution(reading, sentence, clause, after_quote=False)
        if found is not None:
            break
    if found is None:
        return
    if not any(sentence.quoted):
        _add_indirect(reading, sentence, found, tokens[0].start, tokens[k - 1].end, own)
        return
    for candidate in own:  # "The plan was “a disaster” from the start, she said."
        if (
            not candidate.attributed
            and not candidate.rejected
            and candidate.start < tokens[k].start
        ):
            _credit(reading, candidate, found.character, found.mention)


def _add_indirect(
    reading: _Reading,
    sentence: _Sentence,
    found: _Attribution,
    start: int,
    end: int,
    own: Sequence[_Candidate],
) -> None:
    text = reading.text
    while end > start and text[end - 1] in ".!?,;: ":  # a closing mark stays: it ends a quote
        end -= 1
    if _words(text, start, end) < 3:
        return
    if found.character is not None and found.character not in reading.listed:
        reading.listed.append(found.character)
    reading.indirect.append(
        _Reported(sentence.paragraph, start, end, found.character, found.mention)
    )
    for candidate in own:  # partial quotes inside reported speech share its speaker
        if not candidate.attributed and not candidate.rejected and start <= candidate.start < end:
            _credit(reading, candidate, found.character, found.mention)
