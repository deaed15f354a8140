"""The people and organisations of one article, and what a later mention points to.

The registry is the article's memory, filled in reading order: a name is resolved against
what came *before* it, as a reader would. It knows nothing of any language (the words that
lead to an entry come from the pack, through ``names`` and ``mentions``), so every language's
attribution — rules today, a parser or a trained model tomorrow — resolves people the same way:

- :meth:`PeopleRegistry.add` records a mention and returns its :class:`Entity`; the first full
  form of a name is canonical ("Vladimir Poutine"), a surname seen first grows into it;
- :meth:`PeopleRegistry.find` resolves a full name, an alias or a surname alone;
- :meth:`PeopleRegistry.by_role` resolves a role noun ("le ministre") to the person last seen
  with that role; :meth:`PeopleRegistry.organisation_named` resolves "the department";
- :meth:`PeopleRegistry.antecedent` resolves a pronoun among salient people, with gender
  agreement;
- :meth:`PeopleRegistry.people` is what the article shows: people named in prose and every
  speaker, as :class:`bot.text.model.Person`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.text.model import Gender, Person, SpeakerKind
from bot.text.quotes.people.names import gender_from_first_name, name_key, without_possessive


@dataclass(eq=False)
class Entity:
    """A person or organisation while the article is being read (mutable, unlike Person)."""

    name: str  # canonical: the first full form of the name
    kind: SpeakerKind = "person"
    gender: Gender | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # role nouns seen with the name
    last_seen: int = 0  # offset of the latest mention
    spoke: bool = False  # credited with a direct quote
    listed: bool = False  # shown in Article.people
    gender_weak: bool = False

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def note_gender(self, gender: Gender | None, weak: bool = False) -> None:
        """Record evidence of gender; a usual-but-not-always first name ("Lindsey", "Chris")
        is weak evidence that an honorific, a role's agreement or a pronoun overrides."""
        if gender and (not self.gender or (self.gender_weak and not weak)):
            self.gender, self.gender_weak = gender, weak

    def note_roles(self, roles: Iterable[str]) -> None:
        for role in roles:
            if role not in self.roles:
                self.roles.append(role)

    def person(self) -> Person:
        aliases = tuple(dict.fromkeys(a for a in self.aliases if a != self.name))
        return Person(
            name=self.name,
            aliases=aliases,
            gender=self.gender,
            kind=self.kind,
            roles=tuple(self.roles),
        )


class PeopleRegistry:
    """The people and organisations of one article, and how later mentions find them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []

    def find(self, words: Sequence[str]) -> Entity | None:
        """The entity a written name points to: full name, alias, or surname alone."""
        key = name_key(words)
        for entity in self.entities:
            if key == name_key(entity.words) or key in (
                name_key(a.split()) for a in entity.aliases
            ):
                return entity
        if len(words) == 1:
            tails = [
                e
                for e in self.entities
                if len(e.words) > 1 and key in name_key(e.words[1:]).split()
            ]
            if tails:
                return max(tails, key=lambda e: e.last_seen)
        return None

    def add(
        self,
        words: Sequence[str],
        offset: int,
        kind: SpeakerKind = "person",
        gender: Gender | None = None,
    ) -> Entity:
        """Record a mention; the first full form of a name stays its canonical name."""
        words = [without_possessive(w) if i == len(words) - 1 else w for i, w in enumerate(words)]
        found = self.find(words)
        if found is None and len(words) > 1:
            # "Poutine" first, "Vladimir Poutine" later: the full form becomes the name.
            last = name_key(words[-1:])
            found = next(
                (e for e in self.entities if len(e.words) == 1 and name_key(e.words) == last),
                None,
            )
            if found is not None:
                found.aliases.append(found.name)
                found.name = " ".join(words)
        if found is None:
            found = Entity(name=" ".join(words), kind=kind)
            self.entities.append(found)
        elif " ".join(words) != found.name:
            found.aliases.append(" ".join(words))
        if kind == "person" and found.kind == "organization" and len(words) > 1:
            found.kind = "person"
        found.last_seen = max(found.last_seen, offset)
        if kind == "person":
            found.note_gender(gender)
            found.note_gender(*gender_from_first_name(words))
        return found

    def by_role(self, role: str, before: int) -> Entity | None:
        """The person most recently seen with ``role`` ("le ministre" -> the minister named)."""
        holders = [e for e in self.entities if role in e.roles and e.last_seen <= before]
        return max(holders, key=lambda e: e.last_seen) if holders else None

    def organisation_named(self, noun: str, since: int, before: int) -> Entity | None:
        """ "the department", "l'institut": the organisation of that kind named earlier, else
        the one seen between ``since`` and ``before`` (one that spoke first)."""
        organisations = [e for e in self.entities if e.kind == "organization"]
        same_kind = [e for e in organisations if noun in (w.casefold() for w in e.words)]
        if same_kind:
            return max(same_kind, key=lambda e: e.last_seen)
        nearby = [e for e in organisations if since <= e.last_seen < before and e.spoke]
        nearby = nearby or [e for e in organisations if since <= e.last_seen < before]
        return max(nearby, key=lambda e: e.last_seen) if nearby else None

    @staticmethod
    def antecedent(salient: Iterable[Entity], gender: Gender | None) -> Entity | None:
        """The person a singular pronoun points to: the first of ``salient`` (most salient
        first) whose gender agrees. "Elle" never goes to a man, but a first name that is only
        usually a man's ("Lindsey", "Ashley") may take "she", which then sets the gender."""
        for entity in salient:
            if entity.kind != "person":
                continue
            mismatch = gender and entity.gender and entity.gender != gender
            if mismatch and not entity.gender_weak:
                continue
            entity.note_gender(gender)
            return entity
        return None

    def mark_speaker(self, entity: Entity) -> None:
        """``entity`` said a direct quote of the article."""
        entity.spoke = True
        entity.listed = True

    def people(self) -> tuple[Person, ...]:
        """The people and organisations the article shows, in the order they were met."""
        return tuple(e.person() for e in self.entities if e.listed)
