"""Whom a definite role points to when the passage follows someone else than its holder.

"Cruz defends his record in an ad: “…,” the senator says": the senator is the person the
passage is about, not another senator named paragraphs before; a journalist writes a role
instead of a name for the person just put forward.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack
from bot.text.model import Gender
from bot.text.quotes.context import Context
from bot.text.quotes.people.antecedents import subjects_and_objects_before
from bot.text.quotes.people.first_names import without_possessive
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token


def followed_instead(
    context: Context,
    sentence: Sentence,
    position: int,
    holder: Entity | None,
    gender: Gender | None,
) -> Entity | None:
    """The person the passage follows rather than ``holder``, the role's holder met earlier:
    the subject named first in the role's own sentence, else the person the previous
    sentence of the same paragraph opens on; only someone who holds no role yet, when the
    holder was not named in either sentence."""
    if holder is None:
        return None
    subjects, _ = subjects_and_objects_before(context, sentence, position)
    opening: Sentence | None = sentence
    followed = subjects[:1]
    last = context.discourse.last
    if not followed and last is not None and "\n" not in context.text[last.end : sentence.start]:
        opening, followed = last, list(context.discourse.salient[-1][:1])
    if opening is None or not followed or holder.last_seen >= opening.start:
        return holder
    person = followed[0]
    if not _opens(opening, person):  # "Ten were fined, among them Ms. Reed": not the subject
        return holder
    if person is holder or person.kind != "person" or person.unnamed or person.roles:
        return holder
    if gender and person.gender and not person.gender_weak and person.gender != gender:
        return holder
    return person


def _opens(sentence: Sentence, person: Entity) -> bool:
    """Whether ``sentence`` opens on a word of ``person``'s name ("Cruz defends …")."""
    if not sentence.tokens:
        return False
    first = without_possessive(sentence.tokens[0].text)
    return any(first in name.split() for name in (person.name, *person.aliases))


def unroled_first(
    salient: Sequence[Entity], role: str, modifiers: Sequence[Token], lang: LanguagePack
) -> list[Entity]:
    """ "Trump called on Mayor Bill de Blasio …. “…,” the Republican candidate said": a
    party's or a nation's role that no one was given is rather someone who holds no role
    than someone who holds another one; ``salient`` reordered so (kept as is otherwise)."""
    if not any(t.lower in lang.people.nationalities for t in modifiers):
        return list(salient)
    return sorted(salient, key=lambda e: role not in e.roles and bool(written_roles(e)))


def written_roles(person: Entity) -> set[str]:
    """The roles written with ``person``'s name, not those read from a role alone."""
    return set(person.roles) - person.inferred_roles
