"""An impersonal incise that stands for the institution quoted just before ("précise le
ministère. « … », ajoute-t-on"): "on" inverted after a speech verb carries on the body's
words. Kept apart from ``phrases`` so that module stays readable."""

from __future__ import annotations

import re

from bot.text.quotes.context import Context
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.tokens import Token

AFTER_CHARS = 60  # of the text read after the incise
_WORD = re.compile(r"^\s*\w[\w'’-]*")


def impersonal_body(context: Context, carrier: Token, pronoun: str) -> Entity | None:
    """ "ajoute-t-on", "a-t-on précisé": an impersonal subject pronoun inverted after a
    speech verb, right after an organisation spoke, is that organisation still; None when
    the last speaker is a person (an unnamed "on" names no one) or words follow the incise."""
    lang = context.lang
    inverted = lang.speech.inverted(carrier.text)
    if inverted is None:
        return None
    after = context.text[carrier.end : carrier.end + AFTER_CHARS]
    if inverted[0] in lang.speech.perfect_auxiliaries:
        after = _WORD.sub("", after, count=1)  # "a-t-on ajouté": the participle
    if after.lstrip()[:1].isalnum():
        return None  # "souligne-t-on de source gouvernementale": its own source
    found = lang.people.subject_pronouns.get(pronoun.casefold())
    if found is None or found.personal:
        return None
    speaker = context.people.last_speaker
    return speaker if speaker is not None and speaker.kind == "organization" else None
