"""The people and organisations of one article, and what a later mention points to.

The registry is the article's memory, filled in reading order: a name is resolved against
what came *before* it, as a reader would. It knows nothing of any language (the words that
lead to an entry come from the pack, through ``names`` and ``mentions``), so every language's
attribution — rules today, a parser or a trained model tomorrow — resolves people the same way:

- :meth:`PeopleRegistry.add` records a mention and returns its :class:`Entity`; the first full
  form of a name is canonical ("Vladimir Poutine"), a surname seen first grows into it;
- :meth:`PeopleRegistry.find` resolves a full name, an alias or a surname alone;
- :meth:`PeopleRegistry.by_role` resolves a role noun ("le ministre") to the person last seen
  with that role; :meth:`PeopleRegistry.organisation_named` resolves "the department", also
  to a body the narration only named by its kind (:meth:`PeopleRegistry.note_body`);
- :meth:`PeopleRegistry.antecedent` resolves a pronoun among salient people, with gender
  agreement;
- :meth:`PeopleRegistry.people` is what the article shows: people named in prose and every
  speaker, as :class:`bot.text.model.Person`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from bot.text.model import Gender, Person, SpeakerKind
from bot.text.quotes.people.first_names import (
    first_name_gender,
    gender_from_first_name,
    name_key,
    without_possessive,
)
from bot.text.quotes.tokens import is_acronym


@dataclass(eq=False)
class Entity:
    """A person or organisation while the article is being read (mutable, unlike Person).

    Change its name, kind, roles or ``last_seen`` through the registry, which indexes them.
    """

    name: str  # canonical: the first full form of the name
    number: int  # order of introduction in the article: ties go to who came first
    kind: SpeakerKind = "person"
    gender: Gender | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # role nouns seen with the name
    # roles read from a definite role the article gave no one ("the neurosurgeon said"),
    # not written with the name: what the person does, not what sets them apart
    inferred_roles: set[str] = field(default_factory=set)
    # capitalised words written before the name ("Florida", "Democratic"): what a role's
    # modifiers ("the Florida senator") must agree with
    qualifiers: set[str] = field(default_factory=set)
    last_seen: int = 0  # offset of the latest mention
    spoke: bool = False  # credited with a direct quote
    listed: bool = False  # shown in Article.people
    gender_weak: bool = False
    # named as someone's relative ("her husband, Bo Reed"): a surname given alone is rather
    # the other bearer's, the one the article follows
    relative: bool = False
    named_aside: bool = False  # last named in the narration inside a prepositional phrase
    # "un policier qui souhaite rester anonyme": someone the article follows without naming,
    # so that "a-t-il ajouté" stays theirs; never shown, never found by a name
    unnamed: bool = False

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def named_in_full(self) -> bool:
        """A person known by more than one word: whose surname alone may stand for them."""
        return self.kind == "person" and len(self.words) > 1

    def note_gender(self, gender: Gender | None, weak: bool = False) -> None:
        """Record evidence of gender; a usual-but-not-always first name ("Lindsey", "Chris")
        is weak evidence that an honorific, a role's agreement or a pronoun overrides."""
        if gender and (not self.gender or (self.gender_weak and not weak)):
            self.gender, self.gender_weak = gender, weak

    def person(self) -> Person:
        aliases = tuple(dict.fromkeys(a for a in self.aliases if a != self.name))
        return Person(
            name=self.name,
            aliases=aliases,
            gender=self.gender,
            kind=self.kind,
            roles=tuple(self.roles),
        )


def _agrees(entity: Entity, gender: Gender | None) -> bool:
    """Whether a name of ``gender`` may be ``entity``'s: no firm gender says otherwise."""
    return not (gender and entity.gender and not entity.gender_weak and entity.gender != gender)


def _firm_gender(words: Sequence[str]) -> Gender | None:
    """The gender a full name's first name gives, when it is firm: "Bernie" or "Chris" is only
    usually one gender's, so "Mr. Lind" may still be "Bernie Lind"."""
    gender, weak = gender_from_first_name(words)
    return None if weak else gender


def _initialism(word: str) -> bool:
    """ "IMF", "U.N.": capitals only, each one a word of a longer name."""
    letters = word.replace(".", "")
    return is_acronym(letters) and len(letters) <= 6


RECENT_PEOPLE = 6  # how many of the people met last a distant pronoun may point to


def _latest(entities: Iterable[Entity]) -> Entity | None:
    """The entity seen last; of two seen at the same place, the one introduced first."""
    return max(entities, key=lambda e: (e.last_seen, -e.number), default=None)


class PeopleRegistry:
    """The people and organisations of one article, and how later mentions find them.

    Every lookup goes through an index, so that a book-length text with thousands of people
    costs time in proportion to its length, not to its length times its cast.
    """

    def __init__(
        self,
        first_name_countries: tuple[str, ...] = (),
        company_words: frozenset[str] = frozenset(),
        lowercase_words: frozenset[str] = frozenset(),
    ) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}  # name or alias key -> first entity with it
        self._by_surname: dict[str, list[Entity]] = {}  # a word after the first of a name
        self._single: dict[str, list[Entity]] = {}  # one-word names: they may grow
        self._by_role: dict[str, list[Entity]] = {}
        self._organisations_by_word: dict[str, list[Entity]] = {}
        self._by_initials: dict[str, list[Entity]] = {}  # "IMF" -> International Monetary Fund
        self._organisations_seen: list[tuple[int, int, Entity]] = []  # (last_seen, number, e)
        self._full_names: dict[str, set[str]] = {}  # surname key -> full names seen, any place
        # surname key -> capitalised runs read as no one ("Zorvath Quillane": a first name the
        # lexicon does not know): the full name of a person the article names by surname
        self._unread_names: dict[str, set[str]] = {}
        self._recent_people: dict[Entity, None] = {}  # people by their latest mention, last last
        self.last_speaker: Entity | None = None  # of the latest quote accepted
        self.first_name_countries = first_name_countries  # whose usage a first name's gender is
        self.company_words = company_words  # "Energy": a company's last word
        # words the article writes in lower case somewhere: "Officials" opening a sentence is
        # one of them, "Kowalczyk" is not
        self.lowercase_words = lowercase_words
        self._companies: dict[str, list[Entity]] = {}  # "dorrance" -> Dorrance Energy

    def find(self, words: Sequence[str], gender: Gender | None = None) -> Entity | None:
        """The entity a written name points to: full name, alias, or surname alone; "Mrs.
        Reed" (``gender``) is the woman of that surname seen last, not her husband; "Reed"
        alone is not "her husband, Bo Reed" when another Reed was named."""
        key = name_key(words)
        found = self._by_key.get(key)
        if found is not None and (len(words) > 1 or _agrees(found, gender)):
            return found
        if len(words) == 1:
            bearers = self._by_surname.get(key, ())
            agreeing = [
                e for e in bearers if _agrees(e, gender) and (not gender or e.kind == "person")
            ]
            followed = [e for e in agreeing if not e.relative]
            found = _latest(followed or agreeing) or found or _latest(bearers)
            # "Dorrance" after "Dorrance Energy", unless someone of that surname was named
            companies = self._companies.get(key, ())
            return found or _latest(e for e in companies if e.kind == "organization")
        return self._longer_name(key, words, gender)

    def _longer_name(self, key: str, words: Sequence[str], gender: Gender | None) -> Entity | None:
        """ "De Blasio" after "Mayor Bill de Blasio", "Kessler Brandt" after "Debbie
        Kessler Brandt": a surname of several words is the person seen last whose longer
        name ends with it. Written opening on a first name ("Rosa Medel"), it is only the
        surname of a name that opens on a first name itself ("Enrique Rosa Medel"), not the
        tail of a run a stray word was glued to ("Facebook Marc Tollan")."""
        size = len(words)
        opens_on_first_name = first_name_gender(words[0]) in ("m", "f")
        return _latest(
            e
            for e in self._by_surname.get(key.split()[-1], ())
            if e.kind == "person"
            and len(e.words) > size
            and name_key(e.words[-size:]) == key
            and _agrees(e, gender)
            and (not opens_on_first_name or first_name_gender(e.words[0]) is not False)
        )

    def add(
        self,
        words: Sequence[str],
        offset: int,
        kind: SpeakerKind = "person",
        gender: Gender | None = None,
    ) -> Entity:
        """Record a mention; the first full form of a name stays its canonical name."""
        words = [without_possessive(w) if i == len(words) - 1 else w for i, w in enumerate(words)]
        written = " ".join(words)
        found = self.find(words, gender if kind == "person" else None)
        if found is None and kind == "organization":
            found = self._organisation_in_full(words)
        if found is None and len(words) > 1:
            # "Poutine" first, "Vladimir Poutine" later: the full form becomes the name.
            last = name_key(words[-1:])
            named_gender = gender or _firm_gender(words)
            found = next(
                (
                    e
                    for e in self._single.get(last, ())
                    if len(e.words) == 1 and _agrees(e, named_gender)
                ),
                None,
            )  # "Mr. Obama" does not grow into "Michelle Obama"
            if found is not None:
                found.aliases.append(found.name)
                self._rename(found, written)
        if found is None:
            found = Entity(name=written, number=len(self.entities), kind=kind)
            self.entities.append(found)
            self._index_name(found)
        elif written != found.name:
            found.aliases.append(written)
            self._index_key(name_key(words), found)
        if kind == "person" and found.kind == "organization" and len(words) > 1:
            self._forget_organisation(found)
            found.kind = "person"
        self.touch(found, max(found.last_seen, offset))
        if kind == "person":
            found.note_gender(gender)
            found.note_gender(*gender_from_first_name(words, self.first_name_countries))
        return found

    def _organisation_in_full(self, words: Sequence[str]) -> Entity | None:
        """The organisation named earlier in full that a short form stands for: "the Security
        Council" after "the United Nations Security Council", "the IMF" after "the
        International Monetary Fund" (its capitals' initials); the one seen last."""
        if len(words) == 1 and _initialism(words[0]):
            held = self._by_initials.get(words[0].replace(".", ""), ())
            return _latest(e for e in held if e.kind == "organization")
        key, size = name_key(words), len(words)
        held = self._by_surname.get(name_key(words[-1:]), ())
        return _latest(
            e
            for e in held
            if e.kind == "organization" and len(e.words) > size and name_key(e.words[-size:]) == key
        )

    def note_body(self, words: Sequence[str], offset: int) -> None:
        """A body the narration names by its kind ("la préfecture du Var"), for "la préfecture"
        later; its last words name no one ("Var" alone is not this body, "Bush" not "the party
        of Bush"), so only its full name and its words' kinds index it."""
        key = name_key(words)
        found = self._by_key.get(key)
        if found is None:
            found = Entity(name=" ".join(words), number=len(self.entities), kind="organization")
            self.entities.append(found)
            self._index_key(key, found)
            for word in dict.fromkeys(w.casefold() for w in words):
                self._organisations_by_word.setdefault(word, []).append(found)
        self.touch(found, max(found.last_seen, offset))

    def add_alias(self, entity: Entity, words: Sequence[str]) -> None:
        """``words`` name ``entity`` too ("IMF" for the International Monetary Fund)."""
        if self.find(words) is None:
            entity.aliases.append(" ".join(words))
            self._index_key(name_key(words), entity)

    def touch(self, entity: Entity, offset: int) -> None:
        """``entity`` was last seen at ``offset``."""
        if entity.kind == "organization":
            self._forget_organisation(entity)
            entity.last_seen = offset
            bisect.insort(self._organisations_seen, (offset, entity.number, entity))
        else:
            entity.last_seen = offset
            self._recent_people.pop(entity, None)
            self._recent_people[entity] = None

    def note_roles(self, entity: Entity, roles: Iterable[str], inferred: bool = False) -> None:
        for role in roles:
            if role not in entity.roles:
                entity.roles.append(role)
                self._by_role.setdefault(role, []).append(entity)
                if inferred:
                    entity.inferred_roles.add(role)
            elif not inferred:
                entity.inferred_roles.discard(role)

    def by_role(self, role: str, before: int, qualifiers: Iterable[str] = ()) -> Entity | None:
        """The person most recently seen with ``role`` ("le ministre" -> the minister named);
        with ``qualifiers`` ("the Florida senator"), only one written with one of them."""
        holders = [e for e in self._by_role.get(role, ()) if e.last_seen <= before]
        wanted = {q.casefold() for q in qualifiers}
        return _latest(e for e in holders if not wanted or wanted & e.qualifiers)

    def organisation_named(
        self, noun: str, since: int, before: int, outlet: Callable[[Entity], bool] | None = None
    ) -> Entity | None:
        """ "the department", "l'institut": the organisation of that kind named earlier, else
        the one seen between ``since`` and ``before`` (one that spoke first), not an ``outlet``
        (the radio that reported the group's words is not "the group")."""
        same_kind = [
            e
            for e in self._organisations_by_word.get(noun, ())
            if e.kind == "organization" and noun in (w.casefold() for w in e.words)
        ]
        if same_kind:
            return _latest(same_kind)
        seen = self._organisations_seen
        low = bisect.bisect_left(seen, (since, -1))
        high = bisect.bisect_left(seen, (before, -1))
        nearby = [e for _, _, e in seen[low:high] if outlet is None or not outlet(e)]
        return _latest(e for e in nearby if e.spoke) or _latest(nearby)

    def organisations_before(self, before: int, since: int = 0) -> Iterator[Entity]:
        """The organisations last seen before ``before`` (and from ``since``), latest first,
        as far as the reader asks (not a copy of all of them per look-up)."""
        seen = self._organisations_seen
        low = bisect.bisect_left(seen, (since, -1))
        high = bisect.bisect_left(seen, (before, -1))
        return (seen[k][2] for k in range(high - 1, low - 1, -1))

    @staticmethod
    def antecedent(
        salient: Iterable[Entity], gender: Gender | None, nearby: Sequence[Entity] = ()
    ) -> Entity | None:
        """The person a singular pronoun points to: the first of ``salient`` (most salient
        first) whose gender agrees. "Elle" never goes to a man, but a first name that is only
        usually a man's ("Lindsey", "Ashley") may take "she", which then sets the gender;
        not when someone of the pronoun's gender is ``nearby`` (named earlier in its sentence:
        "When Terry Vale pressed Ann Holt, she said" is Ann Holt)."""
        for entity in salient:
            if entity.kind != "person":
                continue
            mismatch = gender and entity.gender and entity.gender != gender
            if mismatch and not entity.gender_weak:
                continue
            if mismatch:
                entity = next(
                    (e for e in nearby if e.kind == "person" and e.gender == gender), entity
                )
            entity.note_gender(gender)
            return entity
        return None

    def note_full_name(self, words: Sequence[str]) -> None:
        """A full name written where it introduces no one (a headline): a surname the body
        gives alone may still be shown in full."""
        self._full_names.setdefault(name_key(words[-1:]), set()).add(" ".join(words))

    def note_unread_name(self, words: Sequence[str]) -> None:
        """Capitalised words that named no one where they stood ("Zorvath Quillane", "Tavu Rinh Soe
        Thet"): the full name of a person named later by its last words only."""
        self._unread_names.setdefault(name_key(words[-1:]), set()).add(" ".join(words))

    def complete_surnames(self) -> None:
        """After the article: a person named by a surname alone takes the one full name the
        article gives with that surname, even later or in the headline; so does a surname first
        met as a body's name ("the Reed campaign") that then speaks ("Reed said")."""
        for entity in self.entities:
            if len(entity.words) != 1 or not (entity.kind == "person" or entity.spoke):
                continue
            key = name_key(entity.words)
            full = set(self._full_names.get(key, ()))
            full |= {
                e.name
                for e in self._by_surname.get(key, ())
                if e.named_in_full and name_key(e.words[-1:]) == key
            }
            full = {f for f in full if _agrees(entity, _firm_gender(f.split()))}
            if len(full) == 1:
                entity.aliases.append(entity.name)
                entity.name = full.pop()
                entity.kind = "person"
        for entity in self.entities:
            words = entity.words
            if entity.kind == "person" and (len(words) == 1 or _firm_gender(words) is None):
                self._complete_from_unread(entity)
        self._complete_first_names()

    def complete_titles(self, longer: Mapping[str, set[str]]) -> None:
        """After the article: an organisation named by one word ("La Gazette affirme") takes
        the one longer title ``longer`` gives for that word ("la Gazette de Lausanne")."""
        for entity in self.entities:
            if entity.kind != "organization" or len(entity.words) != 1:
                continue
            found = longer.get(name_key(entity.words), set())
            if len(found) == 1:
                entity.aliases.append(entity.name)
                self._rename(entity, found.pop())

    def _complete_first_names(self) -> None:
        """After the article: a person named by a first name alone ("Ann said") takes the one
        full name the article gives with that first name ("Ann Reed")."""
        by_first: dict[str, set[str]] = {}
        for entity in self.entities:
            if entity.named_in_full:
                by_first.setdefault(name_key(entity.words[:1]), set()).add(entity.name)
        for entity in self.entities:
            if entity.kind != "person" or len(entity.words) != 1:
                continue
            if first_name_gender(entity.name) not in ("m", "f"):
                continue
            full = {
                f
                for f in by_first.get(name_key(entity.words), ())
                if _agrees(entity, _firm_gender(f.split()))
            }
            if len(full) == 1:
                entity.aliases.append(entity.name)
                entity.name = full.pop()

    def _complete_from_unread(self, entity: Entity) -> None:
        """A person named without a known first name ("Ms. Quillane", "Soe Thet", "Joseph") takes
        the one longer run of capitalised words ending with that name that named no one; a
        name of two words or more ("Kessler Brandt") also the longer name of a person met
        ("Debbie Kessler Brandt")."""
        words = name_key(entity.words).split()
        longer = {
            u
            for u in self._unread_names.get(words[-1], ())
            if len(u.split()) > len(words) and name_key(u.split()).split()[-len(words) :] == words
        }
        if len(words) > 1:
            longer |= {
                e.name
                for e in self._by_surname.get(words[-1], ())
                if e.kind == "person"
                and len(e.words) > len(words)
                and name_key(e.words).split()[-len(words) :] == words
            }
        if len(longer) == 1:
            entity.aliases.append(entity.name)
            entity.name = longer.pop()

    def latest_person(self, gender: Gender | None, before: int) -> Entity | None:
        """The person mentioned last whose gender agrees, among the last few people met: a
        pronoun whose antecedent is beyond the recent sentences ("elle" three paragraphs on
        about the woman the article follows); the person who spoke last comes first when the
        one mentioned last was only named inside a prepositional phrase ("volera avec X");
        only people seen before ``before``."""
        recent = [
            e
            for e in itertools.islice(reversed(self._recent_people), RECENT_PEOPLE)
            if e.last_seen < before
        ]
        speaker = self.last_speaker
        if recent and recent[0].named_aside and speaker in recent:
            recent.remove(speaker)
            recent.insert(0, speaker)
        return self.antecedent(recent, gender)

    def last_mentioned(self, gender: Gender | None, before: int) -> Entity | None:
        """ "Cette dernière se dit …": the person mentioned last whose gender agrees, even one
        named only in passing ("commenté par la présidente X"), unlike a pronoun's."""
        recent = [
            e
            for e in itertools.islice(reversed(self._recent_people), RECENT_PEOPLE)
            if e.last_seen < before
        ]
        return self.antecedent(recent, gender)

    def unnamed(self, mention: str, offset: int, role: str | None, gender: Gender | None) -> Entity:
        """Someone introduced without a name ("une source policière", "un manifestant"): a
        later pronoun or "ce policier" points to them, and they name no speaker."""
        entity = Entity(name=mention, number=len(self.entities), unnamed=True)
        self.entities.append(entity)
        entity.note_gender(gender)
        self.note_roles(entity, [role] if role else [])
        self.touch(entity, offset)
        return entity

    def mark_speaker(self, entity: Entity) -> None:
        """``entity`` said a direct quote of the article."""
        entity.spoke = True
        entity.listed = True
        self.last_speaker = entity

    def people(self) -> tuple[Person, ...]:
        """The people and organisations the article shows, in the order they were met."""
        shown: dict[str, Person] = {}
        for entity in self.entities:
            if (
                entity.listed and not entity.unnamed and entity.name not in shown
            ):  # a surname completed: one person
                shown[entity.name] = entity.person()
        return tuple(shown.values())

    # --- indexes ---------------------------------------------------------------------------

    def _index_key(self, key: str, entity: Entity) -> None:
        """``key`` now names ``entity``; a lookup finds the first entity introduced with it."""
        held = self._by_key.get(key)
        if held is None or held.number > entity.number:
            self._by_key[key] = entity

    def _index_name(self, entity: Entity) -> None:
        words = entity.words
        self._index_key(name_key(words), entity)
        if len(words) == 1:
            self._single.setdefault(name_key(words), []).append(entity)
        for word in dict.fromkeys(name_key(words[1:]).split()):
            self._by_surname.setdefault(word, []).append(entity)
        for word in dict.fromkeys(w.casefold() for w in words):
            self._organisations_by_word.setdefault(word, []).append(entity)
        capitals = [w for w in words if w[:1].isupper()]
        if (
            entity.kind == "organization"
            and len(capitals) == len(words) > 1
            and words[-1].casefold().rstrip(".") in self.company_words
        ):
            self._companies.setdefault(name_key(words[:1]), []).append(entity)
        if len(capitals) > 1:
            self._by_initials.setdefault("".join(w[0] for w in capitals), []).append(entity)

    def _rename(self, entity: Entity, name: str) -> None:
        entity.name = name
        self._index_name(entity)  # the old name stays a key: it is an alias now

    def _forget_organisation(self, entity: Entity) -> None:
        seen = self._organisations_seen
        at = bisect.bisect_left(seen, (entity.last_seen, entity.number))
        if at < len(seen) and seen[at][2] is entity:
            del seen[at]
