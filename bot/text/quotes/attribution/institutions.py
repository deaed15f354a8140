"""An institution the article names by its noun alone ("le gouvernement a indiqué", "selon la
préfecture", "souligne la chancellerie"): the country's one body of that kind speaks, named by
its noun, when no body of that kind was named before. Kept apart from ``phrases``."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import fold_apostrophe
from bot.text.quotes.context import Context
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.tokens import Token


def institution_by_noun(context: Context, phrase: Sequence[Token], noun: str) -> Entity | None:
    """ "la préfecture" with no "préfecture du Var" before: the body named by its noun; None
    when a body of that kind was named (the caller finds it) or words follow the noun."""
    lang = context.lang
    if noun not in lang.people.institution_nouns or phrase[-1].lower != noun:
        return None
    if len(phrase) < 2 or fold_apostrophe(phrase[-2].lower) not in lang.words.definite_articles:
        return None
    start = phrase[0].start
    if context.people.organisation_named(noun, start, start) is not None:
        return None  # "la préfecture" after "la préfecture du Var": that one
    return context.people.add([phrase[-1].text], phrase[-1].start, "organization")
