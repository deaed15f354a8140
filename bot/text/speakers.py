"""Who is who in an article: names, honorifics, roles, gender, and what a mention points to.

People are recognised from form — capitalised name sequences, honorifics, role nouns,
first-name data — rather than from the statistical entity tagger, because French's small
model often tags people as places and English has no model at all. The same rules serve
both languages; only the word lists in ``data/speech.json`` differ.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bot.text.model import Gender, Person, SpeakerKind

_DATA = Path(__file__).parent / "data" / "speech.json"
_INVERTED_PRONOUN = re.compile(r"^(.+?)(?:-t)?-(il|elle|ils|elles|on)$", re.IGNORECASE)
_TOKEN = {
    "fr": re.compile(
        r"(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’](?=\w)|\w+(?:[-'’]\w+)*|\S"
    ),
    "en": re.compile(r"\w+(?:[-'’]\w+)*|\S"),
}
_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLES = frozenset(["le", "la", "les", "l'", "the"])
_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "da", "di", "dos",
     "del", "bin", "ibn", "al", "of", "the", "y", "ben", "el"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, language: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]`` with offsets into ``text``.

    French elisions are split off (``l’OTAN`` -> ``l’`` ``OTAN``) so that names stand alone.
    """
    pattern = _TOKEN["fr" if language == "fr" else "en"]
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start, stop)]


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language, in the shapes the rules need."""

    speech_verbs: frozenset[str]
    partial_verbs: frozenset[str]  # speech verbs plus those that only introduce a partial quote
    attribution_prepositions: frozenset[str]
    opening_prepositions: frozenset[str]  # attribute only at the head of a clause: "Pour X, « … »"
    tonic_pronouns: dict[str, Gender | None]  # "selon lui", "according to her"
    que: frozenset[str]
    pronouns: dict[str, Gender | None]
    honorifics: dict[str, Gender | None]
    roles: dict[str, Gender | None]
    organisations: frozenset[str]
    departments: frozenset[str]
    stop_prepositions: frozenset[str]
    object_prepositions: frozenset[str]
    scare_markers: frozenset[str]
    auxiliaries: frozenset[str]
    days_months: frozenset[str]
    stop_words: frozenset[str]

    def speech_verb(self, word: str) -> bool:
        return fold_apostrophe(word.casefold()) in self.speech_verbs

    def partial_verb(self, word: str) -> bool:
        return fold_apostrophe(word.casefold()) in self.partial_verbs

    def honorific(self, word: str) -> bool:
        return word.casefold().rstrip(".") in self.honorifics


def fold_apostrophe(word: str) -> str:
    """One apostrophe for comparisons: "l’" and "l'" are the same word."""
    return word.replace("’", "'")


def _french_forms(infinitive: str) -> list[str]:
    """Forms of a regular -er verb that attribute speech (participle, present, past)."""
    stem = infinitive.removeprefix("s'")[:-2]
    forms = [stem + end for end in ("é", "ée", "és", "ées", "e", "es", "ent", "ait", "aient", "er")]
    simple_past = stem + ("ça" if stem.endswith("c") else "gea" if stem.endswith("g") else "a")
    forms += [simple_past, stem + "èrent", stem + "era", stem + "eront"]
    if stem.endswith("el"):
        forms += [stem + "le", stem + "lent"]
    return forms


def _english_forms(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


@cache
def lexicon(language: str) -> Lexicon:
    """Word lists for ``language`` ("fr" or "en"), conjugated once and cached."""
    language = "fr" if language == "fr" else "en"
    raw = json.loads(_DATA.read_text(encoding="utf-8"))[language]
    if language == "fr":
        from spacy.lang.fr.stop_words import STOP_WORDS

        verbs = [f for v in raw["speech_verbs_er"] for f in _french_forms(v)]
        verbs += raw["speech_verbs_other"]
        partial = [f for v in raw["partial_verbs"] for f in _french_forms(v) if v.endswith("er")]
        partial += [v for v in raw["partial_verbs"] if not v.endswith("er")]
    else:
        from spacy.lang.en.stop_words import STOP_WORDS

        irregular = raw["speech_verbs_irregular"]
        verbs = [
            f for v in raw["speech_verbs_regular"] if v not in irregular for f in _english_forms(v)
        ]
        verbs += [f for forms in irregular.values() for f in forms]
        partial = [f for v in raw["partial_verbs"] for f in _english_forms(v)]
    return Lexicon(
        speech_verbs=frozenset(fold_apostrophe(v) for v in verbs),
        partial_verbs=frozenset(fold_apostrophe(v) for v in verbs + partial),
        attribution_prepositions=frozenset(raw["attribution_prepositions"]),
        opening_prepositions=frozenset(raw["opening_prepositions"]),
        tonic_pronouns=raw["tonic_pronouns"],
        que=frozenset(raw["que"]),
        pronouns=raw["pronouns"],
        honorifics=raw["honorifics"],
        roles=raw["roles"],
        organisations=frozenset(raw["organisations"]),
        departments=frozenset(raw["departments"]),
        stop_prepositions=frozenset(raw["stop_prepositions"]),
        object_prepositions=frozenset(raw["object_prepositions"]),
        scare_markers=frozenset(raw["scare_markers"]),
        auxiliaries=frozenset(raw["auxiliaries"]),
        days_months=frozenset(raw["days_months"]),
        stop_words=frozenset(STOP_WORDS),
    )


@cache
def _first_names():  # gender_guesser's detector takes ~0.2 s to build: build it once, lazily
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def first_name_gender(word: str) -> Gender | bool | None:
    """ "m"/"f" for a known first name, None if known but ambiguous, False if not a first name."""
    answer = _first_name_answer(word)
    if answer == "unknown":
        return False
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(answer)


@cache
def _first_name_answer(word: str) -> str:
    """gender_guesser's answer for the first part of a first name (Jean-Marie -> Jean)."""
    if len(word) < 2 or not word[:1].isupper() or word.isupper():
        return "unknown"
    detector = _first_names()
    first = word.split("-")[0]
    answer = detector.get_gender(first)
    return detector.get_gender(_strip_accents(first)) if answer == "unknown" else answer


def possessive(word: str) -> bool:
    """Whether ``word`` is a possessive ("Hollis’s", "workers'"), which names no speaker."""
    return _POSSESSIVE.search(word) is not None


def name_key(words: Iterable[str]) -> str:
    """Comparable form of a name: no accents, no possessive, case-folded."""
    return " ".join(_word_key(w) for w in words)


@cache
def _word_key(word: str) -> str:
    return _strip_accents(_POSSESSIVE.sub("", word)).casefold()


@dataclass(eq=False)
class Character:
    """A person or organisation while the article is being read (mutable, unlike Person)."""

    name: str
    kind: SpeakerKind = "person"
    gender: Gender | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    last_seen: int = 0
    spoke: bool = False
    gender_weak: bool = False

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def note_gender(self, gender: Gender | None, weak: bool = False) -> None:
        """Record evidence of gender; a usual-but-not-always first name ("Lindsey", "Chris")
        is weak evidence that an honorific, a role's agreement or a pronoun overrides."""
        if gender and (not self.gender or (self.gender_weak and not weak)):
            self.gender, self.gender_weak = gender, weak

    def person(self) -> Person:
        aliases = tuple(dict.fromkeys(a for a in self.aliases if a != self.name))
        return Person(name=self.name, aliases=aliases, gender=self.gender, kind=self.kind)


class Cast:
    """The people and organisations of one article, and how later mentions find them."""

    def __init__(self) -> None:
        self.characters: list[Character] = []

    def find(self, words: Sequence[str]) -> Character | None:
        """The character a written name points to: full name, alias, or surname alone."""
        key = name_key(words)
        for character in self.characters:
            if key == name_key(character.words) or key in (
                name_key(a.split()) for a in character.aliases
            ):
                return character
        if len(words) == 1:
            tails = [
                c
                for c in self.characters
                if len(c.words) > 1 and key in name_key(c.words[1:]).split()
            ]
            if tails:
                return max(tails, key=lambda c: c.last_seen)
        return None

    def add(
        self,
        words: Sequence[str],
        offset: int,
        kind: SpeakerKind = "person",
        gender: Gender | None = None,
        alias: str | None = None,
    ) -> Character:
        """Record a mention; the first full form of a name stays its canonical name."""
        words = [_POSSESSIVE.sub("", w) if i == len(words) - 1 else w for i, w in enumerate(words)]
        found = self.find(words)
        if found is None and len(words) > 1:
            # "Poutine" first, "Vladimir Poutine" later: the full form becomes the name.
            last = name_key(words[-1:])
            found = next(
                (c for c in self.characters if len(c.words) == 1 and name_key(c.words) == last),
                None,
            )
            if found is not None:
                found.aliases.append(found.name)
                found.name = " ".join(words)
        if found is None:
            found = Character(name=" ".join(words), kind=kind)
            self.characters.append(found)
        elif " ".join(words) != found.name:
            found.aliases.append(" ".join(words))
        if alias and alias != found.name:
            found.aliases.append(alias)
        if kind == "person" and found.kind == "organization" and len(words) > 1:
            found.kind = "person"
        found.last_seen = max(found.last_seen, offset)
        if kind == "person":
            found.note_gender(gender)
            found.note_gender(*_gender_from_first_name(words))
        return found

    def by_role(self, role: str, before: int) -> Character | None:
        """The person most recently seen with ``role`` ("le ministre" -> the minister named)."""
        holders = [c for c in self.characters if role in c.roles and c.last_seen <= before]
        return max(holders, key=lambda c: c.last_seen) if holders else None

    def people(self, listed: Iterable[Character]) -> tuple[Person, ...]:
        wanted = set(map(id, listed))
        return tuple(c.person() for c in self.characters if id(c) in wanted)


def _gender_from_first_name(words: Sequence[str]) -> tuple[Gender | None, bool]:
    """(gender, weak) from a full name's first word; "mostly" answers are weak."""
    if len(words) < 2:
        return None, False
    answer = _first_name_answer(words[0])
    gender = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(answer)
    return gender, answer.startswith("mostly")


@dataclass(frozen=True, slots=True)
class NameHit:
    """A capitalised run read as a name: who it is and what stood in front of it."""

    first: int  # token index of the name's first word (after any title)
    last: int  # token index after the name
    words: tuple[str, ...]
    kind: SpeakerKind
    honorific: str | None
    gender: Gender | None
    roles: tuple[str, ...]
    run_start: int  # token index where the run (titles included) starts


def capitalised_runs(tokens: Sequence[Token], lx: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of capitalised word sequences that may be names ("Jens Stoltenberg",
    "M. Martin", "Charles de Gaulle", "Secretary of State Antony Blinken")."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _may_start_name(tokens[i], lx):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = tokens[j]
            if (
                (
                    tok.text == "."
                    and tokens[j - 1].end == tok.start
                    and is_abbreviation(tokens[j - 1], lx)
                )
                or (tok.capitalised and tok.text[0].isalpha() and tok.lower not in lx.pronouns)
                or (tok.lower in _PARTICLES and _particle_bridge(tokens, j))
            ):
                j += 1
            else:
                break
        while j > i + 1 and (tokens[j - 1].text == "." or tokens[j - 1].lower in _PARTICLES):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _may_start_name(tok: Token, lx: Lexicon) -> bool:
    if not tok.capitalised or not tok.text[0].isalpha():
        return False
    low = fold_apostrophe(tok.lower)
    if low in lx.honorifics or low.rstrip(".") in lx.honorifics:
        return True
    bare = _POSSESSIVE.sub("", low)  # "Tuesday’s episode"
    return low not in lx.stop_words and bare not in lx.days_months and low not in lx.pronouns


def is_abbreviation(tok: Token, lx: Lexicon) -> bool:
    """A word whose full stop is not a sentence's: an honorific ("M", "Dr") or an initial."""
    return lx.honorific(tok.text) or (len(tok.text) == 1 and tok.text.isupper())


def _particle_bridge(tokens: Sequence[Token], j: int) -> bool:
    """A lowercase particle inside a name is kept only when a capitalised word follows."""
    k = j
    while k < len(tokens) and tokens[k].lower in _PARTICLES:
        k += 1
    return (
        k < len(tokens)
        and k - j <= 2
        and tokens[k].capitalised
        and tokens[k].end - tokens[k].start > 1
    )


def read_name(
    tokens: Sequence[Token],
    run: tuple[int, int],
    lx: Lexicon,
    person_spans: Sequence[tuple[int, int]] = (),
    speaker_slot: bool = False,
    known: Cast | None = None,
    organisation_spans: Sequence[tuple[int, int]] = (),
) -> NameHit | None:
    """Decide whether a capitalised run names a person, an organisation, or neither.

    A person needs some evidence: a known first name followed by a surname, an honorific or a
    title before it, the tagger's PER label, a surname already introduced, or a place where
    only a speaker can stand (``a déclaré X``, ``X said``). A bare name after an article
    ("l'Insee", "the Pentagon") or tagged ORG is an organisation, whose name runs to the end of
    the tagged span ("la Banque centrale européenne").
    """
    i, j = run
    words = [(k, tokens[k]) for k in range(i, j) if tokens[k].text != "."]
    honorific: str | None = None
    roles: list[str] = []
    of_something = False  # "CEO of Brightline", "président de Renault": a title's organisation
    position = 0
    while position < len(words):
        tok = words[position][1]
        low = tok.lower.rstrip(".")
        if low in lx.honorifics and honorific is None:
            honorific = low
        elif low in lx.roles:
            roles.append(low)
        elif low in lx.departments or low in _PARTICLES or low == "d'":
            of_something = of_something or (bool(roles) and low in _PARTICLES)
        elif position < len(words) - 1 and (_acronym(tok.text) or low in lx.organisations):
            if not _starts_person(words, position + 1):
                break  # "Ministère de la Défense", "NATO summit": an organisation's own name
        else:
            break
        position += 1
    rest = words[position:]
    if not rest:
        return None
    titles = [k for k, (_, tok) in enumerate(rest[:-1]) if tok.lower in lx.roles]
    if titles:  # "Wells Fargo CEO John Stumpf": the name starts after the last title
        roles.append(rest[titles[-1]][1].lower)
        rest = rest[titles[-1] + 1 :]
    names = [_initial(tokens, k) for k, _ in rest]
    first, last = rest[0][0], rest[-1][0] + 1
    low_words = {t.lower for _, t in rest}
    gender = lx.honorifics.get(honorific) if honorific else None
    if gender is None:
        gender = next((lx.roles[r] for r in roles if lx.roles[r]), None)
    tagged = any(s < tokens[last - 1].end and tokens[first].start < e for s, e in person_spans)
    first_known = first_name_gender(names[0]) is not False
    organisation_end = next(
        (e for s, e in organisation_spans if s <= tokens[first].start < e), None
    )
    before = fold_apostrophe(tokens[i - 1].lower) if i > 0 else ""
    after_article = before in _ARTICLES or before in lx.organisations  # "le syndicat Force commune"
    plain = not honorific and not roles and not tagged
    found = known.find(names) if known is not None else None
    known_person = found is not None and found.kind == "person"
    if (
        ((low_words & lx.organisations) and not honorific)
        or (of_something and not first_known and not known_person)
        or (len(names) == 1 and _acronym(names[0]))
        or (plain and organisation_end is not None and not (first_known and len(names) > 1))
        or (plain and after_article and not (first_known and len(names) > 1))
    ):
        while organisation_end and last < len(tokens) and tokens[last].end <= organisation_end:
            last += 1  # "Banque" + "centrale européenne": the tagger knows where the name ends
        names = [t.text for t in tokens[first:last]]
        return NameHit(first, last, tuple(names), "organization", None, None, tuple(roles), i)
    evidence = (
        honorific is not None
        or bool(roles)
        or (len(names) > 1 and (first_known or tagged))
        or (known is not None and known.find(names) is not None)
        or (speaker_slot and (len(names) > 1 or tagged or not tokens[first].text.isupper()))
        or (tagged and len(names) == 1 and speaker_slot)
    )
    if not evidence:
        return None
    return NameHit(first, last, tuple(names), "person", honorific, gender, tuple(roles), i)


def _initial(tokens: Sequence[Token], k: int) -> str:
    """A name word, keeping the full stop of an initial ("John F. Kennedy")."""
    tok = tokens[k]
    dotted = k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 1].start == tok.end
    return tok.text + "." if dotted and len(tok.text) == 1 and tok.text.isupper() else tok.text


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _starts_person(words: Sequence[tuple[int, Token]], position: int) -> bool:
    return any(first_name_gender(t.text) is not False for _, t in words[position:-1])


def role_at(tokens: Sequence[Token], index: int, lx: Lexicon) -> tuple[str, Gender | None] | None:
    """The role noun at ``index`` ("ministre", "spokeswoman") and the gender its form shows.

    French agreement counts: "la ministre" is a woman even though "ministre" is both.
    """
    low = tokens[index].lower
    if low not in lx.roles or (
        tokens[index].capitalised and index and tokens[index - 1].capitalised
    ):
        return None
    gender = lx.roles[low]
    if gender is None and index:
        before = fold_apostrophe(tokens[index - 1].lower)
        gender = {"la": "f", "le": "m", "une": "f", "un": "m", "cette": "f", "ce": "m"}.get(before)
        if gender is None and index > 1 and before in {"première", "nouvelle", "ancienne"}:
            gender = "f"
    return low, gender


def pronoun_gender(word: str, lx: Lexicon) -> tuple[bool, Gender | None]:
    """(is a singular personal pronoun, its gender) for "il", "elle", "-t-il", "he", "she"."""
    low = word.casefold()
    match = _INVERTED_PRONOUN.match(low)
    if match:
        low = match.group(2)
    if low in ("il", "elle", "he", "she") and low in lx.pronouns:
        return True, lx.pronouns[low]
    return False, None


def tonic_gender(word: str, lx: Lexicon) -> tuple[bool, Gender | None]:
    """(is a singular stressed pronoun, its gender): "selon lui", "according to her"."""
    low = word.casefold()
    return (True, lx.tonic_pronouns[low]) if low in lx.tonic_pronouns else (False, None)


def inverted_pronoun(word: str) -> tuple[str, str] | None:
    """("déclare", "il") for "déclare-t-il"; None when the word carries no pronoun."""
    match = _INVERTED_PRONOUN.match(word)
    return (match.group(1), match.group(2).casefold()) if match else None
