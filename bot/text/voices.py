"""Who the article gives a voice to: each person's role as written, and their gender with
the evidence for it, read from the analysis that is already done (people, quotes) and the
language pack's words. Pure: no model, no Slack, no database.

Gender comes from the text first, in this order of trust:

1. ``honorific``: an honorific written right before a name of the person ("Mme Dupont");
2. ``role``: a gendered role noun around the name, by its own form or its determiner
   ("la ministre Marie Dupont", "Marie Dupont, présidente de…", "spokeswoman Jane Doe");
3. ``pronoun``: a quote the analysis gave to the person through a gendered pronoun
   ("a-t-elle dit", "she said");
4. ``first name``: the first name alone (gender-guesser's list), only when the text says
   nothing, and marked so.

Evidence of one tier that disagrees with itself leaves the gender unknown rather than
guessed; a stronger tier wins over a weaker one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from bot.text.lang import LanguagePack, fold_apostrophe, pack
from bot.text.model import Evidence, Gender, Person, Quote, Voice
from bot.text.quotes.people.first_names import gender_from_first_name

TEXT_EVIDENCE: tuple[Evidence, ...] = ("honorific", "role", "pronoun")

# Words looked at on each side of a name for an honorific or a role.
WINDOW_CHARS = 120
ROLE_WORDS = 7  # a role phrase is at most this many words ("ministre de la Transition …")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|[,;:.!?()«»“”\"]|\d+")
_SENTENCE_END = frozenset('.!?;:()«»“”"')
_WORD_RUN = re.compile(r"\w+")
_NAME_CHAR = re.compile(r"[\w-]")  # a name's form ends where none of these follows


@dataclass(frozen=True, slots=True)
class _Reading:
    gender: Gender | None
    evidence: Evidence
    role: str | None = None
    by_form: bool = False  # a role noun's own form ("spokesman"), not its determiner


def describe_voices(
    text: str, people: Sequence[Person], quotes: Sequence[Quote], language: str
) -> tuple[Voice, ...]:
    """One :class:`Voice` per person of ``people`` (organisations get no gender)."""
    words = pack(language)
    pronouns = _pronoun_genders(quotes, words)
    shared = _shared_words(people)
    index = _WordIndex(text)
    voices = []
    for person in people:
        if person.kind != "person":
            voices.append(Voice(person.name, _first_role(index, person, words, shared)))
            continue
        readings = _unless_first_name(person, _readings_around_names(index, person, words, shared))
        readings += [_Reading(g, "pronoun") for g in pronouns.get(person.name, ())]
        role = next((r.role for r in readings if r.role), None)
        gender, evidence = decide_gender(readings)
        if not any(r.gender for r in readings):  # the text says nothing: the first name may
            guessed, weak = gender_from_first_name(person.name.split())
            if guessed and not weak:
                gender, evidence = guessed, "first name"
        voices.append(Voice(person.name, role, gender, evidence))
    return tuple(voices)


def _unless_first_name(person: Person, readings: Iterable[_Reading]) -> list[_Reading]:
    """The readings, a role noun's gendered form dropped where a firm first name says
    otherwise: "spokesman" is also written of women ("spokesman Ann Reed"), a first name rarely
    misleads (an honorific or a determiner is kept: it is chosen for the person)."""
    named, weak = gender_from_first_name(person.name.split())
    if named is None or weak:
        return list(readings)
    return [
        _Reading(None, r.evidence, r.role) if r.by_form and r.gender and r.gender != named else r
        for r in readings
    ]


def decide_gender(readings: Sequence[_Reading]) -> tuple[Gender | None, Evidence | None]:
    """The gender the strongest tier of evidence agrees on; (None, None) when it disagrees
    or there is none. Honorifics and role nouns are one tier (both sit next to the name)."""
    for tier in (("honorific", "role"), ("pronoun",)):
        found = [r for r in readings if r.evidence in tier and r.gender]
        genders = {r.gender for r in found}
        if len(genders) > 1:
            return None, None
        if genders:
            strongest = min((r.evidence for r in found), key=TEXT_EVIDENCE.index)
            return genders.pop(), strongest
    return None, None


def _pronoun_genders(quotes: Sequence[Quote], words: LanguagePack) -> dict[str, list[Gender]]:
    """Speaker -> the genders of the pronouns through which their quotes were attributed."""
    found: dict[str, list[Gender]] = {}
    for quote in quotes:
        if not quote.speaker or not quote.speaker_mention:
            continue
        pronoun = words.people.subject_pronouns.get(_last_piece(quote.speaker_mention))
        if pronoun and pronoun.personal and not pronoun.plural and pronoun.gender:
            found.setdefault(quote.speaker, []).append(pronoun.gender)
    return found


def _last_piece(mention: str) -> str:
    """ "a-t-elle" -> "elle", "-il" -> "il", "She" -> "she"."""
    return mention.strip().rsplit("-", 1)[-1].casefold()


def _forms(person: Person, shared: Set[str]) -> list[str]:
    """Every written form of the person's name, longest first; a one-word form several
    people of the article share ("Mrs. Clinton" in an article about two Clintons) is
    nobody's in particular and is left out."""
    forms = {person.name, *person.aliases}
    if len(person.name.split()) > 1:
        forms.add(person.name.split()[-1])
    kept = (f for f in forms if f.strip() and not (len(f.split()) == 1 and f in shared))
    return sorted(kept, key=len, reverse=True)


def _shared_words(people: Sequence[Person]) -> set[str]:
    """Words that appear in the names of more than one person of the article."""
    seen: Counter[str] = Counter()
    for person in people:
        seen.update({w for form in (person.name, *person.aliases) for w in form.split()})
    return {word for word, count in seen.items() if count > 1}


class _WordIndex:
    """Where each word of the text starts, so that a person's written forms are found by
    looking up their last word instead of scanning the whole text once per person: linear in
    the article's length however many people it names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in _WORD_RUN.finditer(text):
            self.starts.setdefault(match[0], []).append(match.start())

    def occurrences(self, form: str) -> list[tuple[int, int]]:
        """(start, end) of each place ``form`` is written as whole words."""
        runs = list(_WORD_RUN.finditer(form))
        if not runs:
            return []
        text, offset = self.text, runs[-1].start()
        found = []
        for at in self.starts.get(runs[-1][0], ()):
            start, end = at - offset, at - offset + len(form)
            if (
                start >= 0
                and text.startswith(form, start)
                and not (start and _NAME_CHAR.match(text, start - 1))
                and not _NAME_CHAR.match(text, end)
            ):
                found.append((start, end))
        return found


def _mentions(index: _WordIndex, person: Person, shared: Set[str]) -> list[tuple[int, int]]:
    """(start, end) of each written form of the person in the text, without overlaps (a
    longer form first; kept sorted, so each check looks at two neighbours: linear enough for
    a name written ten thousand times)."""
    taken: list[tuple[int, int]] = []
    for form in _forms(person, shared):
        for start, end in index.occurrences(form):
            at = bisect.bisect_left(taken, (start, end))
            before = at > 0 and taken[at - 1][1] > start
            after = at < len(taken) and taken[at][0] < end
            if not (before or after):
                taken.insert(at, (start, end))
    return taken


def _readings_around_names(
    index: _WordIndex, person: Person, words: LanguagePack, shared: Set[str]
):
    text = index.text
    for start, end in _mentions(index, person, shared):
        before = _TOKEN.findall(text[max(0, start - WINDOW_CHARS) : start].rsplit("\n", 1)[-1])
        after = _TOKEN.findall(text[end : end + WINDOW_CHARS].split("\n", 1)[0])
        if before and words.people.honorific(before[-1]):
            gender = words.people.honorifics.get(before[-1].casefold().rstrip("."))
            if gender:
                yield _Reading(gender, "honorific")
        for reading in (_role_before(before, words), _role_after(after, words)):
            if reading is not None:
                yield reading


def _first_role(
    index: _WordIndex, person: Person, words: LanguagePack, shared: Set[str]
) -> str | None:
    """An organisation's description, when the article gives one (rare): the first role."""
    for reading in _readings_around_names(index, person, words, shared):
        if reading.role:
            return reading.role
    return None


def _role_before(tokens: Sequence[str], words: LanguagePack) -> _Reading | None:
    """ "la ministre des Transports [,] Marie Dupont", "NATO Secretary General Jens
    Stoltenberg": read backwards from the name over words that may complete a role; the
    phrase starts at the leftmost role noun (with capitalised words just before it). A verb,
    a comma inside or a sentence's end stops the search; a small word right before the name
    ("Jean X *à* Marie Dupont") means the role is someone else's."""
    tokens = list(tokens)
    if tokens and tokens[-1] == ",":
        tokens.pop()
    if tokens and words.people.honorific(tokens[-1]):
        tokens.pop()
    if not tokens or not (tokens[-1][:1].isupper() or _is_role(tokens[-1], words)):
        return None
    span: list[str] = []
    window = tokens[-ROLE_WORDS:]
    for at in range(len(window) - 1, -1, -1):
        left = window[at - 1] if at else ""
        if not _in_role(window[at], left, words):
            break
        span.insert(0, window[at])
    roles = [i for i, word in enumerate(span) if _is_role(word, words)]
    if not roles:
        return None
    first = roles[0]
    before_span = tokens[: len(tokens) - len(span)]
    opens_sentence = not before_span or not before_span[-1][:1].islower()
    while (
        first > int(opens_sentence)
        and span[first - 1][:1].isupper()
        and not _connects(span[first - 1], words)
    ):
        first -= 1  # "NATO Secretary General", not a capitalised word opening the sentence
    before_phrase = before_span + span[:first]
    determiner = before_phrase[-1] if before_phrase else ""
    modifier = _modifier_gender(determiner, words)
    if modifier and len(before_phrase) > 1:
        determiner = before_phrase[-2]
    return _role_reading(_key(span[roles[0]]), determiner, span[first:], words, modifier)


def _role_after(tokens: Sequence[str], words: LanguagePack) -> _Reading | None:
    """ "Marie Dupont, la ministre des Transports, …" or "Jane Doe, spokeswoman for …"."""
    if len(tokens) < 2 or tokens[0] != ",":
        return None
    at, determiner, modifier = 1, "", None
    if _key(tokens[at]) in words.words.determiners:
        determiner, at = tokens[at], at + 1
    opening = at
    while at < len(tokens) and _modifier_gender(tokens[at], words):
        modifier = modifier or _modifier_gender(tokens[at], words)
        at += 1
    if at >= len(tokens) or not _is_role(tokens[at], words):
        return None
    phrase = list(tokens[opening : at + 1])
    for word in tokens[at + 1 : at + ROLE_WORDS]:
        if phrase[-1].endswith(".") or not _in_role(word, phrase[-1], words):
            break  # "maire de la ville." ends where its sentence does
        phrase.append(word)
    return _role_reading(_key(tokens[at]), determiner, phrase, words, modifier)


def _in_role(word: str, left: str, words: LanguagePack) -> bool:
    """Whether ``word`` may sit in a role phrase after ``left``: a capitalised word
    ("Transports", "NATO"), a role noun, a small joining word, or any word right after a
    joining word ("porte-parole du *port*", "head of *communications*")."""
    if word in _SENTENCE_END or word == ",":
        return False
    return (
        word[:1].isupper()
        or _is_role(word, words)
        or _connects(word, words)
        or _key(left) in words.people.role_connectors
    )


def _key(word: str) -> str:
    return fold_apostrophe(word.casefold())


def _is_role(word: str, words: LanguagePack) -> bool:
    return _key(word) in words.people.roles


def _connects(word: str, words: LanguagePack) -> bool:
    return _key(word) in words.people.role_connectors or _key(word) in words.people.departments


def _modifier_gender(word: str, words: LanguagePack) -> Gender | None:
    return words.people.role_modifiers.get(word.casefold())


def _role_reading(
    role: str,
    determiner: str,
    phrase: Sequence[str],
    words: LanguagePack,
    modifier: Gender | None = None,
) -> _Reading:
    """Gender from the role noun's own form, else an agreeing adjective ("la première
    ministre"), else its determiner; the phrase without the small words it ends with."""
    by_form = words.people.roles.get(role) is not None
    gender = words.people.roles.get(role) or modifier
    if gender is None:
        gender = words.words.gendered_determiners.get(determiner.casefold())
    kept = list(phrase)
    while kept and kept[-1] not in (phrase[0],) and _key(kept[-1]) in words.people.role_connectors:
        kept.pop()
    return _Reading(gender, "role", " ".join(kept).rstrip(".") or None, by_form)
