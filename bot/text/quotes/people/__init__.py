"""People and organisations of one article: names read from form, the registry that
resolves later mentions, and the mentions each sentence makes."""

from bot.text.quotes.people.registry import Entity, PeopleRegistry

__all__ = ["Entity", "PeopleRegistry"]
