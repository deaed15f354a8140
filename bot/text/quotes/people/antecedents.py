"""Who a pronoun may point to inside its own sentence: the people named before it, subjects
first, apart from those an opening phrase or a prepositional phrase names in passing."""

from __future__ import annotations

from bot.text.quotes.context import Context
from bot.text.quotes.people.names import read_name
from bot.text.quotes.people.positions import object_position
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.sentences import Sentence


def subjects_and_objects_before(
    context: Context, sentence: Sentence, position: int
) -> tuple[list[Entity], list[Entity]]:
    """Known people named in ``sentence`` before ``position``, subjects before the others
    (not those of an opening participle's phrase right before it: "Asked about X, she…");
    apart, those named inside a prepositional phrase between the last quote and ``position``
    ("« … » pour qui veut voir M. X, a-t-il dit"), who come after the people recent
    sentences put forward."""
    tokens = sentence.tokens
    quoted = (k for k in range(sentence.ended_by(position) - 1, -1, -1) if sentence.quoted[k])
    last_quoted = next(quoted, None)
    after = tokens[last_quoted].end if last_quoted is not None else position
    named = _named_before(context, sentence, position)
    passing = [e for object_, start, e in named if object_ and start > after]
    return [e for _, _, e in named if e not in passing], passing


def _named_before(
    context: Context, sentence: Sentence, position: int
) -> list[tuple[bool, int, Entity]]:
    names = []
    tokens = sentence.tokens
    since = _after_participle_phrase(context, sentence, position)
    runs = context.name_runs(sentence)
    for run in runs.between(sentence.index_at(since), sentence.index_at(position), context.people):
        if any(sentence.quoted[run[0] : run[1]]):
            continue
        hit = read_name(
            tokens,
            run,
            context.lang,
            known=context.people,
            organisation_spans=context.evidence.organisation_spans,
        )
        if hit is not None and hit.kind == "person":
            found = context.people.find(list(hit.words))
            if found is not None:
                names.append(
                    (object_position(tokens, hit.run_start, context.lang), hit.first, found)
                )
    ranked = sorted(names, key=lambda n: (n[0], n[1]))
    return [(object_, tokens[first].start, entity) for object_, first, entity in ranked]


def _after_participle_phrase(context: Context, sentence: Sentence, position: int) -> int:
    """Where the subject right after an opening participle's or scene-setting preposition's
    phrase starts ("Asked about X, she replied", "Dans l'usine de X, il a testé …": the
    phrase's own subject is that pronoun, so X is not its antecedent); the sentence start
    otherwise."""
    tokens, words = sentence.tokens, context.lang.words
    participle = words.opening_participle
    scene = bool(tokens) and tokens[0].lower in words.scene_prepositions
    if not tokens or not (scene or (participle and participle.fullmatch(tokens[0].lower))):
        return sentence.start
    k = sentence.index_at(position)
    after_comma = 0 < k < len(tokens) and tokens[k].start == position and tokens[k - 1].text == ","
    # a scene phrase ends at the sentence's first comma, or at the end of a relative clause
    # set off after it ("Au député LR, X, qui lui reprochait …, il s'est agacé")
    commas = [j for j, t in enumerate(tokens[: k - 1]) if t.text == ","]
    relative = any(tokens[j + 1].lower in words.relatives for j in commas)
    if after_comma and (not scene or not commas or relative):
        return position
    return sentence.start
