"""Which earlier name a definite body ("the ministry said") may stand for.

``PeopleRegistry.organisation_named`` answers "the ministry" with the body of that kind named
before, else with the body seen last nearby. A name of several words seen nearby that never
spoke and has no word of a body in it ("the Brava Peninsula", "the United States") is not
known to be a body at all: the phrase then stays an unnamed mention. A single word ("Insee",
"Fed") may be a body's short name and is kept when a recent sentence put it forward ("selon
l'Insee"), not when it was only named in passing ("en région PACA", "face au Covid-19").
"""

from __future__ import annotations

from bot.text.lang import LanguagePack
from bot.text.quotes.context import Discourse
from bot.text.quotes.people.registry import Entity


def kind_named(
    named: Entity | None, noun: str, lang: LanguagePack, discourse: Discourse
) -> Entity | None:
    """``named`` if it may be the body a definite ``noun`` points to: not a body named by
    another kind's noun ("l'association" is not "la préfecture du Nord"); one that already
    spoke, a single word put forward lately, or a name with a word heading a body or ending
    a publication's name ("the Ministry of Fisheries", "the Daily Courier")."""
    if named is None or _other_kind(named, noun, lang):
        return None
    if named.spoke:
        return named
    if len(named.words) < 2:
        return named if discourse.put_forward(named) else None
    people = lang.people
    words = {w.casefold() for w in named.words}
    if words & people.organisations or words & people.publication_titles:
        return named
    return None


def _other_kind(named: Entity, noun: str, lang: LanguagePack) -> bool:
    """ "la commission" after "le ministère des Transports": a body whose name opens on a
    lower-case noun of another kind, ``noun`` being none of its words ("la police" may be
    "la préfecture de police")."""
    head = named.words[0]
    return (
        head.islower()
        and head in lang.people.organisations
        and noun not in (w.casefold() for w in named.words)
    )
