"""Candidates: words in quote marks that may be a quote, before anyone is named.

Quote marks are paired by ``bot.text.marks`` (the one mark pairer, shared with sentence
splitting). A quote left open at the end of a paragraph goes on in the next one when that
paragraph opens with a quote mark (the newsroom convention). A candidate becomes a quote only
once attribution finds a speech act for it; a term or a title in marks never does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Literal

from bot.text.document import ABBREVIATIONS
from bot.text.lang import LanguagePack, packs
from bot.text.lang.base import fold_apostrophe
from bot.text.marks import MARKS, QuoteSpan, quote_spans
from bot.text.model import Paragraph, Quote, QuoteKind
from bot.text.quotes.tokens import char_before

if TYPE_CHECKING:
    from bot.text.quotes.people.registry import Entity
    from bot.text.quotes.sentences import Sentence

CHARGE_REACH = 12  # tokens between a word of the courts and the charge it names, at most
# characters after a headline's closing mark that hold ", by the Herald's Ann" at most
BYLINE_REACH = 80
NAMING_REACH = 8  # "ce que … appelle « … »": tokens from the relative to the mark, at most
TITLE_WORDS = 6  # a name in capitals between marks this long at most is a title
TITLE_WORDS_SUBTITLED = 12  # with a subtitle after a colon
WEB_ADDRESS = r"\s*(?:\w+://|www\.)\S+\s*"  # words in marks that are only a link
NOT_PROSE = frozenset({"caption", "promo"})  # paragraph kinds that hold no quote
# An embedded post ("social") holds quotes (“…” quoted by the account holder) but is not the
# article's narration: no reported speech is read from it, and it is no pronoun's antecedent.

Status = Literal["open", "attributed", "rejected"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote: the speaker (None when the text does not name one) and the words
    that attribute it ("-il", "Austin", "le ministre")."""

    speaker: Entity | None
    mention: str | None

    def quote(self, words: str, kind: QuoteKind, paragraph: int, start: int, end: int) -> Quote:
        """The quote ``words`` said by this speaker, as the article shows it."""
        speaker = self.speaker.name if self.speaker and not self.speaker.unnamed else None
        return Quote(words, speaker, self.mention, kind, paragraph, start, end)


NO_SPEAKER = Attribution(None, None)


@dataclass
class Candidate:
    """Words in quote marks that may be a quote; several segments when it is interrupted."""

    paragraph: int
    segments: list[tuple[int, int]]
    # how segments join in Quote.text: "\n\n" across paragraphs, " " around an incise
    joins: list[str]
    spans: list[QuoteSpan]
    last_paragraph: int = -1
    status: Status = "open"
    attribution: Attribution | None = None
    sentence_start: bool = False  # nothing but punctuation before it in its sentence
    # the subject of the sentence around a quote no speech act introduces ("X a salué « … »")
    fallback: Attribution | None = None
    uses: int = 1  # how often the article puts the same words in marks
    term: bool = False  # rejected as a term, unless reported speech around it claims it

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    @property
    def open(self) -> bool:
        return self.status == "open"

    @property
    def attributed(self) -> bool:
        return self.status == "attributed"

    @property
    def speaker(self) -> Entity | None:
        return self.attribution.speaker if self.attribution else None

    def text(self, article: str) -> str:
        parts = [article[s:e] for s, e in self.segments]
        out = parts[0]
        for join, part in zip(self.joins, parts[1:], strict=True):
            out = (out if join == "\n\n" else out.rstrip(" ,")) + join + part
        return out

    def bare_words(self, article: str) -> int:
        """Words between the marks, as a reader counts them (``l'État`` is one)."""
        return sum(len(article[s:e].split()) for s, e in self.segments)

    def accept(self, attribution: Attribution) -> None:
        self.status, self.attribution = "attributed", attribution

    def reject(self, term: bool = False) -> None:
        self.status, self.term = "rejected", term

    def resume(self, span: QuoteSpan, paragraph_end: int, text: str) -> None:
        """“The plan,” he said, “is working.”: the quote goes on in ``span``."""
        self.segments.append(inner(span, paragraph_end, text))
        self.joins.append(" ")
        self.spans.append(span)

    def cut(self, index: int, cut: int, resume: int, text: str) -> None:
        """Take the incise ``text[cut:resume]`` out of segment ``index`` (« A, dit-il, B »)."""
        start, end = self.segments[index]
        while resume < end and text[resume].isspace():
            resume += 1
        pieces = [(start, cut)] + (
            [(resume, end)] if resume < end and re.search(r"\w", text[resume:end]) else []
        )
        self.segments[index : index + 1] = pieces
        if len(pieces) == 2:  # the incise ended the sentence ("…, a affirmé X. Sans …") or not
            ended = char_before(text, pieces[1][0]) in (".", "!", "?")
            self.joins.insert(index, ". " if ended else " ")

    def quote(self, text: str) -> Quote:
        attribution = self.attribution or NO_SPEAKER
        return attribution.quote(self.text(text), "direct", self.paragraph, self.start, self.end)


@dataclass(frozen=True)
class Candidates:
    """The article's candidates, in order, and the indexes the reading loop needs."""

    all: list[Candidate]
    by_paragraph: dict[int, list[Candidate]] = field(default_factory=dict)
    ending_in: dict[int, list[Candidate]] = field(default_factory=dict)  # by last paragraph
    by_open: dict[int, Candidate] = field(default_factory=dict)  # by opening mark
    following: dict[int, Candidate] = field(default_factory=dict)  # the next one, by opening mark

    @classmethod
    def of(cls, text: str, paragraphs: Sequence[Paragraph]) -> Candidates:
        found = find_candidates(text, paragraphs)
        indexed = cls(found)
        seen: dict[str, list[Candidate]] = {}
        for candidate in found:
            seen.setdefault(candidate.text(text).casefold().strip(" .,"), []).append(candidate)
        for same in seen.values():
            for candidate in same:
                candidate.uses = len(same)
        for candidate in found:
            indexed.by_paragraph.setdefault(candidate.paragraph, []).append(candidate)
            indexed.ending_in.setdefault(candidate.last_paragraph, []).append(candidate)
            indexed.by_open[candidate.spans[0].open_at] = candidate
        for candidate, after in itertools.pairwise(found):
            indexed.following[candidate.spans[0].open_at] = after
        return indexed


def find_candidates(text: str, paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """Quote candidates of the article; a quote left open continues into the next paragraph
    when that paragraph opens with a quote mark (the newsroom convention)."""
    result: list[Candidate] = []
    open_candidate: Candidate | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind in NOT_PROSE:
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
                open_candidate.segments.append(inner(first, end, text))
                open_candidate.joins.append("\n\n")
                open_candidate.spans.append(first)
                open_candidate.last_paragraph = index
                if first.close_at is None:
                    continue
                open_candidate = None
            else:
                open_candidate = None
        for span in spans:
            if text[span.open_at - 1 : span.open_at] == "=":
                continue  # author="@name": a markup attribute's value, nobody's words
            candidate = Candidate(index, [inner(span, end, text)], [], [span], index)
            if not word_count(text, *candidate.segments[0]):
                continue  # a stray mark: it opens nothing the next paragraph could continue
            result.append(candidate)
            if span.close_at is None:
                open_candidate = candidate
    return result


def inner(span: QuoteSpan, paragraph_end: int, text: str) -> tuple[int, int]:
    """The quoted words between the marks, without the (no-break) spaces French puts there."""
    start = span.words_at
    stop = span.words_end if span.words_end is not None else paragraph_end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1  # “…,” said X: the comma belongs to the sentence around the quote
    return start, stop


def word_count(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


# --- words in marks that are not speech ------------------------------------------------------


def is_title(text: str, candidate: Candidate) -> bool:
    """“Morning Joe”, « Le Monde », on “Fox and Friends.”, “Here's the Thing”, “Shark Week 3:
    Oh No!”: a short name in capitals between marks is a title, not speech (a one-word
    “Never.”, or “What a Night!” without a subtitle, still counts as speech). Titles may be
    in any language, so every pack's minor words count."""
    words = text[candidate.start : candidate.end].rstrip(" ,")
    body = re.sub(r"[.!?]+$", "", words)  # a title may end on the sentence's mark, or its own
    # “Kramer vs. Kramer”, “St. Elmo's Fire”: no sentence end
    unabbreviated = re.sub(r"\b(\w+)\.", lambda m: m[1] if m[1] in ABBREVIATIONS else m[0], body)
    if (
        re.search(r"[.!?…](?!:)", unabbreviated)
        or len(candidate.segments) > 1
        or _opens_speech(text, candidate)
    ):
        return False
    tokens = re.findall(r"\w+(?:['’]\w+)*", words)  # “Here's” is one word
    subtitled = re.search(r"\w[!?]?: [A-Z0-9]", body) is not None  # “Backwater: A Town's Story”
    if not tokens or len(tokens) > (TITLE_WORDS_SUBTITLED if subtitled else TITLE_WORDS):
        return False
    if (len(tokens) < 2 and body != words) or (not subtitled and words[-1] in "!?"):
        return False  # “What a Great Night!” is cheered, not a title
    minor = _title_minor_words()
    significant = [w for w in tokens if w.casefold() not in minor]
    return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def _opens_speech(text: str, candidate: Candidate) -> bool:
    """“Harbour Trust is Our Future,” Ms. Reed said.: words in marks that open their sentence
    and end on a comma inside the marks are the speech an attribution follows (not a title a
    relative clause or a preposition goes on about: “Tidewater,” which airs …)."""
    close = candidate.spans[-1].close_at
    if close is None or not candidate.sentence_start or "," not in text[candidate.end : close]:
        return False
    following = re.match(r"\s*(\w+)", text[close + 1 : close + 40])
    return following is None or following[1].casefold() not in _clause_openers()


@cache
def _clause_openers() -> frozenset[str]:
    return frozenset().union(*(p.words.relatives | p.words.object_prepositions for p in packs()))


@cache
def _title_minor_words() -> frozenset[str]:
    return frozenset().union(*(p.words.title_minor_words for p in packs()))


def is_scare_quote(sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "the so-called “green corridor”", "le mot « crise »", "son livre « … »": a term or a
    title named, not speech."""
    return _marked_by(sentence, candidate, lang, lang.speech.scare_markers)


def is_work_title(text: str, sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "the new series “Shark Week”", "her album « Fleurs »": a capitalised title right after
    a noun of works in lower case ("Dr. Ann Song “…”" is a name; "called the show “the best
    on air”" quotes what was said of it)."""
    before = sentence.words_before(candidate.spans[0].open_at, 1)
    opening = text[candidate.start : candidate.start + 1]
    return (
        bool(before)
        and before[0].text in lang.speech.work_nouns
        and (opening.isupper() or opening.isdigit())
    )


def is_charge(sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "a porté plainte pour « violences en réunion »": the name of a legal charge, after a
    preposition that follows a word of the courts, is not speech."""
    return _charge_at(sentence, candidate.spans[0].open_at, lang)


def _charge_at(sentence: Sentence, open_at: int, lang: LanguagePack) -> bool:
    """Whether the quote opening at ``open_at`` names a charge; one joined to a charge by
    "et" or "ou" ("pour « fraude » et « blanchiment »") names one too."""
    tokens, earlier = sentence.tokens, sentence.ended_by(open_at)
    before = [t.lower for t in tokens[max(0, earlier - CHARGE_REACH) : earlier]]
    if len(before) > 2 and before[-1] in lang.words.coordinators and before[-2] in MARKS:
        opening = next(
            (tokens[k] for k in range(earlier - 3, -1, -1) if tokens[k].text in MARKS), None
        )  # the mark that opens the quote before
        return opening is not None and _charge_at(sentence, opening.start, lang)
    if not before or before[-1] not in lang.words.object_prepositions:
        return False
    for word in reversed(before[:-1]):  # back to the start of the clause
        if word in lang.speech.charge_words:
            return True
        if not word[0].isalnum():
            return False
    return False


def is_translation(sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "“Si vis pacem,” Latin for “if you want peace”": words in marks after a language's
    name and the word that glosses translate the words before them; nobody says them."""
    speech = lang.speech
    before = [t.lower for t in sentence.words_before(candidate.spans[0].open_at, 2)]
    return (
        len(before) == 2
        and before[1] == speech.translation_word
        and before[0] in speech.language_names
    )


def is_chant(sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "protesters had gathered, chanting “…”", "the old chant “…”", "chants of “…”": words
    a crowd says, which no one person named nearby said."""
    before = [
        fold_apostrophe(t.lower) for t in sentence.words_before(candidate.spans[0].open_at, 3)
    ]
    while before and (
        before[-1] in lang.words.determiners
        or before[-1] in lang.words.object_prepositions
        or not before[-1][0].isalnum()
    ):
        before.pop()
    return bool(before) and before[-1] in lang.speech.crowd_words


def is_label(sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "défend comme une « réforme utile »": what words in marks are called, not speech
    (unless a verb of speech introduces them)."""
    return _marked_by(sentence, candidate, lang, lang.speech.label_markers)


def is_text_title(text: str, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "un « projet de loi pour … »": words in marks that open like a bill's or a decree's
    title name that text, not speech."""
    opening = lang.speech.title_opening
    return opening is not None and bool(opening.match(text, candidate.start))


def is_no_words(text: str, candidate: Candidate) -> bool:
    """ "the button for “R,” or “D,”", "…,” http://example.com/a1.": a single letter or a
    web address in marks is a sign or a link, not speech."""
    words = text[candidate.start : candidate.end]
    return len(re.findall(r"\w", words)) < 2 or re.fullmatch(WEB_ADDRESS, words) is not None


def is_cited_words(text: str, sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "“Top secret” is the highest level of classification.": words in marks, shorter than
    a quote, that open their sentence as the subject of a copula an article follows are
    words cited as words, not speech (“Never,” was her answer: the comma marks speech)."""
    close = candidate.spans[-1].close_at
    least = lang.speech.quote_min_words
    if (
        not lang.speech.copulas
        or close is None
        or len(candidate.segments) > 1
        or not candidate.sentence_start
        or least is None
        or candidate.bare_words(text) >= least
        or re.search(r"[,.!?;:…]\W*$", text[candidate.start : close])
    ):
        return False
    following = sentence.index_at(close + 1)
    after = [fold_apostrophe(t.lower) for t in sentence.tokens[following : following + 2]]
    words = lang.words
    return (
        len(after) == 2
        and after[0] in lang.speech.copulas
        and after[1] in words.definite_articles | words.indefinite_articles
    )


def is_bylined(text: str, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "—“Pop-up show opens downtown,” by the Herald's Ann Reed:": words in marks that open
    their line or clause (no word before them) and end on a comma a byline follows (the
    language's byline word, then a name) are the headline of a piece, not speech."""
    close = candidate.spans[-1].close_at
    if not lang.speech.byline or close is None or len(candidate.segments) > 1:
        return False
    if char_before(text, candidate.spans[0].open_at).isalnum():
        return False  # "the “ugliness of it,” by Trump": a noun phrase's words
    comma = re.search(r",\W*$", text[candidate.start : close]) is not None  # “… ‘Title,’”
    tail = text[close + 1 : close + BYLINE_REACH]
    after = re.match(r"\s*(,?)\s*(\w+)\s+(\w+)(?:\s+(\w+))?", tail)
    if after is None or not (comma or after[1]) or after[2].casefold() != lang.speech.byline:
        return False
    name = after[3]
    if name.casefold() in lang.words.determiners and after[4]:
        name = after[4]
    return name[:1].isupper()


def is_naming(sentence: Sentence, candidate: Candidate, lang: LanguagePack) -> bool:
    """ "ce que le gouvernement appelle « … »": what someone calls a thing, mentioned inside
    a relative clause, not something said."""
    reach = sentence.words_before(candidate.spans[0].open_at, NAMING_REACH)
    before = [fold_apostrophe(t.lower) for t in reach]
    if not before or before[-1] not in lang.speech.naming_verbs:
        return False
    clause = before[-NAMING_REACH:-1]
    return any(
        tuple(clause[k : k + len(relative)]) == relative
        for relative in lang.speech.naming_relatives
        for k in range(len(clause))
    )


def _marked_by(
    sentence: Sentence, candidate: Candidate, lang: LanguagePack, markers: frozenset[str]
) -> bool:
    """The word before the opening mark, or before the determiner or the comma there, is a
    marker ("the term, “…”"); a compound broken after its hyphen ("so- called") is one word."""
    preceding = sentence.words_before(candidate.spans[0].open_at, 3)
    before = [t.lower for t in preceding[-2:]]
    if (
        len(preceding) >= 3
        and preceding[-2].text == "-"
        and preceding[-3].end == preceding[-2].start
    ):
        before = [f"{preceding[-3].lower}-{before[-1]}"]
    if before and (before[-1] in lang.words.determiners or before[-1] == ","):
        before.pop()
    return bool(before) and before[-1] in markers
