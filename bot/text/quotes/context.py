"""What the stages of the quote engine share while they read one article, made explicit.

Reading goes through the article once, in order, because a name or a pronoun is resolved
against what came before it. Three things carry over from sentence to sentence, and each has
one owner:

- :class:`~bot.text.quotes.people.registry.PeopleRegistry` — who the article has named
  (owned by the people stage);
- :class:`Discourse` — the prose read so far and whom each sentence put forward, for pronouns
  and "the department" (filled by the reading loop after each sentence);
- :class:`ParagraphEvidence` — what the language model says about the paragraph being read
  (its spaCy ``Doc`` and entity spans).

Stages return what they found (an ``Attribution``, a ``Reported`` clause, a cut to make in a
candidate) and the reading loop (``engine``) applies it; the :class:`Context` is how they
reach the three above, the article's text and its language pack.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from bot.text.lang import LanguagePack
from bot.text.quotes.people.bodies import publication_starts
from bot.text.quotes.people.registry import Entity, PeopleRegistry
from bot.text.quotes.people.runs import NameRuns
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import char_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from bot.text.quotes.attribution import Attributor

SALIENCE_SENTENCES = 4  # how far back a pronoun looks for its antecedent, in sentences
PUBLICATION_HEAD = 48  # characters kept of the text where a publication's name may start


@dataclass(frozen=True)
class ParagraphEvidence:
    """What the language model says about one paragraph, as article offsets. French has an
    entity recogniser; English has none yet, so its spans are empty. Evidence, never the only
    word on who is a person."""

    doc: Doc | None = None
    person_spans: Sequence[tuple[int, int]] = ()
    organisation_spans: Sequence[tuple[int, int]] = ()

    @classmethod
    def of(cls, doc: Doc | None, offset: int) -> ParagraphEvidence:
        if doc is None:
            return cls()
        persons = [e for e in doc.ents if e.label_ in ("PER", "PERSON")]
        organisations = [e for e in doc.ents if e.label_ == "ORG"]
        return cls(
            doc,
            [(offset + e.start_char, offset + e.end_char) for e in persons],
            [(offset + e.start_char, offset + e.end_char) for e in organisations],
        )


@dataclass
class Introductions:
    """For one role noun: how many of the discourse's sentences were read for it, and the
    starts of those where a use of it decides (in order) with what the last one says."""

    read: int = 0
    starts: list[int] = field(default_factory=list)
    introduced: list[bool] = field(default_factory=list)


@dataclass
class Discourse:
    """The prose sentences read so far and, for each, the people it put forward (its
    subject and speakers first, people named in passing after) and those it named only in
    passing (inside a prepositional phrase)."""

    sentences: list[Sentence] = field(default_factory=list)
    salient: list[tuple[Entity, ...]] = field(default_factory=list)
    passing: list[frozenset[Entity]] = field(default_factory=list)
    # role noun -> the sentences whose last deciding use of it says whether it introduced
    # someone unnamed, each sentence read once however many later roles look back past it
    introductions: dict[str, Introductions] = field(default_factory=dict)

    def remember(
        self, sentence: Sentence, ranked: Sequence[Entity], passing: frozenset[Entity] = frozenset()
    ) -> None:
        self.sentences.append(sentence)
        self.salient.append(tuple(ranked))
        self.passing.append(passing)

    @property
    def last(self) -> Sentence | None:
        return self.sentences[-1] if self.sentences else None

    def recent_start(self, count: int) -> int:
        """Where the last ``count`` sentences start (0 before any)."""
        recent = self.sentences[-count:]
        return recent[0].start if recent else 0

    def named_before(self, start: int, end: int, text: str) -> Entity | None:
        """The person the one sentence of narration between ``start`` and ``end`` (the last
        ending before ``end``) names and puts forward first; not the subject of a question
        ("X ment-il ?") nor one it does not name ("I saw Reed's surprise")."""
        k = bisect.bisect_right(self.sentences, end, key=lambda s: s.end) - 1
        if k < 0 or self.sentences[k].start < start or any(self.sentences[k].quoted):
            return None
        sentence, first = self.sentences[k], self.salient[k][:1]
        if not first or first[0].kind != "person" or first[0].unnamed:
            return None
        if char_before(text, sentence.end) == "?":
            return None
        return first[0] if any(t.text in first[0].words for t in sentence.tokens) else None

    def put_forward(self, entity: Entity) -> bool:
        """Whether one of the last few sentences put ``entity`` forward ("selon l'Insee"), not
        only named it in passing ("en région PACA", "face au Covid-19")."""
        count = SALIENCE_SENTENCES
        recent = zip(self.salient[-count:], self.passing[-count:], strict=True)
        return any(entity in ranked and entity not in passing for ranked, passing in recent)

    def recently_salient(self) -> list[Entity]:
        """People put forward by the last few sentences, the latest sentence first; those a
        sentence named only in passing come after everyone the others put forward."""
        recent = list(
            zip(
                reversed(self.salient[-SALIENCE_SENTENCES:]),
                reversed(self.passing[-SALIENCE_SENTENCES:]),
                strict=True,
            )
        )
        forward = [e for ranked, passing in recent for e in ranked if e not in passing]
        return forward + [e for ranked, passing in recent for e in ranked if e in passing]


@dataclass
class Context:
    """One article being read: its text and language, and the state the stages share."""

    text: str
    language: str
    lang: LanguagePack
    attributor: Attributor
    people: PeopleRegistry = field(init=False)
    discourse: Discourse = field(default_factory=Discourse)
    evidence: ParagraphEvidence = field(default_factory=ParagraphEvidence)
    _runs: tuple[Sentence, NameRuns] | None = field(default=None, repr=False)
    _publication_names: dict[str, int] = field(default_factory=dict, repr=False)

    def name_runs(self, sentence: Sentence) -> NameRuns:
        """The capitalised runs of the sentence being read, read once however many of its
        pronouns and mentions look back in it."""
        if self._runs is None or self._runs[0] is not sentence:
            self._runs = (sentence, NameRuns.of(sentence.tokens, self.lang))
        return self._runs[1]

    def __post_init__(self) -> None:
        self.people = PeopleRegistry(
            self.lang.people.first_name_countries,
            self.lang.people.company_words,
            frozenset(w for w in re.findall(r"\w+", self.text) if w.islower()),
        )

    @cached_property
    def publication_starts(self) -> list[int]:
        """Where a publication's name may start (``bodies.publication_starts``)."""
        return publication_starts(self.text, self.lang)

    @cached_property
    def publication_heads(self) -> list[tuple[str, int]]:
        """The first characters of the text at each of :attr:`publication_starts`, with the
        start, sorted: the places where a name is written are one bisection away."""
        text = self.text
        return sorted((text[k : k + PUBLICATION_HEAD], k) for k in self.publication_starts)

    def publication_written_at(self, name: str) -> int:
        """The first of :attr:`publication_starts` where ``name`` is written, or -1: found by
        bisection and once per name, not by a pass over the starts per organisation."""
        at = self._publication_names.get(name)
        if at is None:
            heads, head, found = self.publication_heads, name[:PUBLICATION_HEAD], []
            k = bisect.bisect_left(heads, (head,))
            while k < len(heads) and heads[k][0].startswith(head):
                if self.text.startswith(name, heads[k][1]):
                    found.append(heads[k][1])
                k += 1
            at = self._publication_names[name] = min(found, default=-1)
        return at

    @cached_property
    def double_marked(self) -> bool:
        """Whether the article quotes between double marks (“…”, "…", ''…'', «…»), so that
        single marks are its second kind."""
        return bool(re.search(r"[“”«»\"]|''", self.text))
