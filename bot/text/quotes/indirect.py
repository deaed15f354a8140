"""Indirect speech: ``X a déclaré que …``, ``X said (that) …``, ``…, X said.``

Reported speech is read with the same verbs as direct quotes; the partial quotes inside it
("X a dit que la réforme était « un recul »") take its speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.marks import MARKS
from bot.text.model import Quote
from bot.text.quotes.attribution.clauses import (
    ATTRIBUTION_REACH,
    clause_attribution,
    inside_name,
    noun_use,
)
from bot.text.quotes.attribution.infinitives import governing_verb
from bot.text.quotes.attribution.passives import passive
from bot.text.quotes.attribution.phrase_ends import phrase_after
from bot.text.quotes.attribution.pronouns import speech_owner
from bot.text.quotes.attribution.unnamed import opens_noun_phrase
from bot.text.quotes.candidates import NO_SPEAKER, Attribution, Candidate, word_count
from bot.text.quotes.context import Context
from bot.text.quotes.people.roles import (
    ROLE_MODIFIER_REACH,
    role_at,
)
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

MIN_WORDS = 3  # shorter reported content is not worth a quote
_PARTIAL_REACH = 12  # tokens between a verb and the partial quote it introduces, at most
_SETTING_REACH = 12  # tokens from a verb over where it was said to its "that", at most
SETTING_WORDS = 5  # "said in a statement on Monday.": words of where it was said, at most


@dataclass(frozen=True, slots=True)
class Reported:
    """A clause of indirect speech and who said it."""

    paragraph: int
    start: int
    end: int
    attribution: Attribution

    def quote(self, text: str) -> Quote:
        words = text[self.start : self.end]
        return self.attribution.quote(words, "indirect", self.paragraph, self.start, self.end)


@dataclass(frozen=True)
class ReportedSpeech:
    """What a sentence reports: at most one clause, and the direct quotes that get a speaker
    from it (a partial quote inside the clause, a quote before a trailing "she said")."""

    clause: Reported | None = None
    credits: list[tuple[Candidate, Attribution]] = field(default_factory=list)


def reported(context: Context, sentence: Sentence, own: Sequence[Candidate]) -> ReportedSpeech:
    """``X a déclaré que …``, ``X said (that) …``, else ``…, X said.`` at the end."""
    lang, tokens, quoted = context.lang, sentence.tokens, sentence.quoted
    for v, tok in enumerate(tokens):
        if quoted[v] or not lang.speech.verb(tok.text) or tok.capitalised:
            continue
        if (
            noun_use(tokens, v, context)
            or inside_name(tokens, v, lang)
            or _to_the_reader(tokens, v, lang)
        ):
            continue
        reach = v + _SETTING_REACH if setting_follows(tokens, v, lang) else v + 6
        que = next(
            (
                k
                for k in range(v + 1, min(len(tokens), reach))
                if tokens[k].lower in lang.words.complementizers and not quoted[k]
            ),
            None,
        )
        if que is not None and any(not t.text[0].isalnum() for t in tokens[v + 1 : que]):
            que = None
        content_from = None
        if que is not None:
            content_from = que + 1
        elif (
            lang.speech.clause_without_complementizer
            and not _inverted_attribution(tokens, v, lang)
            and v + 1 < len(tokens)
            and tok.lower not in lang.speech.listener_verbs
            and clause_starts(tokens[v + 1], lang)
        ):
            content_from = v + 1
        if content_from is None or content_from >= len(tokens):
            continue
        pre = [t for t, q in zip(tokens[:v], quoted[:v], strict=True) if not q]
        subject = participle_subject(context, sentence, pre, tok) or context.attributor.subject(
            context, sentence, pre
        )
        if subject is None:
            continue
        body = tokens[content_from:]
        if len(body) < MIN_WORDS or quoted[content_from]:
            continue
        return _clause(context, sentence, subject, body[0].start, body[-1].end, own)
    return _trailing(context, sentence, own)


def _to_the_reader(tokens: Sequence[Token], v: int, lang: LanguagePack) -> bool:
    """ "Do you remember the plans for…?": a verb whose subject is the reader addressed
    reports no one's speech."""
    return v > 0 and tokens[v - 1].lower in lang.people.reader_pronouns


def setting_follows(tokens: Sequence[Token], v: int, lang: LanguagePack) -> bool:
    """ "elaborated in an op-ed for The Harlow Post that", "said in a statement.": a
    preposition right after the verb opens where it was said, which may run long before
    "that" (not "and", a new clause)."""
    if v + 1 >= len(tokens):
        return False
    first = fold_apostrophe(tokens[v + 1].lower)
    words = lang.words
    if first in words.coordinators or first in words.relatives or first in words.complementizers:
        return False
    return first in words.stop_prepositions and not lang.speech.verb(first)


def _inverted_attribution(tokens: Sequence[Token], v: int, lang: LanguagePack) -> bool:
    """ "…, said Jane Doe, the group's director.", "…, said Ohio State professor Jo Vell.",
    "“…,” said a former aide who …": the noun phrase after the verb is its speaker, not the
    start of what was said. Right after a quote's closing mark, any noun phrase; after a
    comma, names, determiners and roles up to the sentence's end, a comma or a relative
    pronoun ("…, said the president is" is reported speech)."""
    if v == 0:
        return True  # a quote's sentence ended before "said Jane Doe" / "said a former aide"
    after_mark = tokens[v - 1].text in MARKS
    if not (after_mark or tokens[v - 1].text == ","):
        return False
    if after_mark and v + 1 < len(tokens):
        following = tokens[v + 1]
        if not following.capitalised and opens_noun_phrase(following, lang):
            return True  # "said a former aide", "said the mayor"
    words, k, role = lang.words, v + 1, False
    while k < len(tokens):
        tok = tokens[k]
        if role_at(tokens, k, lang) is not None:
            role = True
        elif not (
            tok.capitalised
            or fold_apostrophe(tok.lower) in words.determiners
            or _modifies_role_ahead(tokens, k, lang)
        ):
            break
        k += 1
    if k == v + 1:
        return False
    if k < len(tokens) and tokens[k].text not in ",.;":
        return role and tokens[k].lower in words.relatives  # "…, said a former official who"
    return role or any(t.capitalised for t in tokens[v + 1 : k])


def _modifies_role_ahead(tokens: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "a *former* official": a lower-case word a role noun follows within a few words."""
    reach = min(len(tokens), k + 1 + ROLE_MODIFIER_REACH)
    ahead = range(k + 1, reach)
    return tokens[k].text[0].isalpha() and any(role_at(tokens, j, lang) for j in ahead)


def clause_starts(tok: Token, lang: LanguagePack) -> bool:
    """After "said" without "that": a clause starts with a subject, not a preposition."""
    low = tok.lower
    words = lang.words
    if low in words.stop_prepositions or low in words.object_prepositions:
        return False
    if not tok.text[0].isalpha():
        return False
    return (
        tok.capitalised
        or low in lang.people.subject_pronouns
        or low in words.determiners
        or low in words.clause_openers
    )


def partial(context: Context, sentence: Sentence, candidate: Candidate) -> Attribution | None:
    """A quote inside a sentence whose verb reports speech: "X called the plan “a disaster”",
    "X a qualifié la réforme de « recul »"; the verb's subject said it. The verb alone makes
    it a quote, of nobody named when no subject is found ("… and called it “unworkable”")."""
    lang, tokens, quoted = context.lang, sentence.tokens, sentence.quoted
    before = [k for k in range(sentence.ended_by(candidate.spans[0].open_at)) if not quoted[k]]
    verbs = [
        k for k in before if lang.speech.partial_verb(tokens[k].text) and not tokens[k].capitalised
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    incise = _inverted_incise(context, sentence, verb)
    if incise is not None:
        return incise
    between = tokens[verb + 1 : before[-1] + 1] if before else []
    if _incise_verb(lang, tokens, verb):
        between = between[1:]  # "The plan, she said, was “doomed”": her words
    if len(between) > _PARTIAL_REACH or any(
        t.text in ",;:" or t.lower in lang.words.relatives for t in between
    ):
        return (
            None  # the verb belongs to another clause: "…, que le gouvernement défend comme « … »"
        )
    owner = speech_owner(context, sentence, tokens, verb)
    if owner is not None:
        return owner
    governing = governing_verb(tokens, verbs, lang)  # "X a appelé Y à dénoncer « … »": X's
    pre = [tokens[k] for k in before if k < (verb if governing is None else governing)]
    agent = passive(context, sentence, pre, tokens[verb], tokens[verb + 1 :])
    if agent is not None:
        return agent
    own = participle_subject(context, sentence, pre, tokens[verb])
    if own is not None:
        return own
    found = context.attributor.subject(context, sentence, pre)
    if found is not None:
        return found
    return NO_SPEAKER


_PARTICIPLE_SUBJECT_WORDS = 4  # "with Mara Veldt noting": a name's words, at most


def participle_subject(
    context: Context, sentence: Sentence, pre: Sequence[Token], verb: Token
) -> Attribution | None:
    """ "Both Okoro and Veldt saw it so, with Veldt noting “…”": a person already met, named
    right before a speech verb's participle, is its subject, not the sentence's."""
    participle = context.lang.words.aside_participle
    if participle is None or not participle.fullmatch(verb.text):
        return None
    end = len(pre)
    while end > 0 and pre[end - 1].lower in context.lang.words.auxiliaries:
        end -= 1  # "with Trump reportedly yelling"
    k = end
    while k > 0 and end - k < _PARTICIPLE_SUBJECT_WORDS and pre[k - 1].capitalised:
        k -= 1
    if k == end or k == 0:
        return None  # no name right before, or the sentence's own subject
    met = context.people.find([t.text for t in pre[k:end]])
    if met is None or met.kind != "person":
        return None  # "called China, accusing it": a person met, not any capitalised word
    found = context.attributor.noun_phrase(context, sentence, pre[k:end])
    if found is None or found.speaker is None or found.speaker.kind != "person":
        return None
    return found


def _inverted_incise(context: Context, sentence: Sentence, verb: int) -> Attribution | None:
    """ "The paradox, says Jo Vell, a historian, is that she was “…”": a speech verb set off
    by commas with its speaker after it names who says the rest of the sentence."""
    tokens = sentence.tokens
    if (
        verb == 0
        or tokens[verb - 1].text != ","
        or tokens[verb].lower in (context.lang.speech.listener_verbs)
    ):
        return None
    phrase = phrase_after(tokens[verb + 1 :], context.lang)
    end = verb + 1 + len(phrase)
    if not phrase or end >= len(tokens) or tokens[end].text != ",":
        return None
    if not any(t.capitalised for t in phrase):
        return None
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    if following is None or fold_apostrophe(following.lower) in context.lang.words.determiners:
        return None  # "raconte X, cet « … »": an apposition to the name, not the rest
    found = context.attributor.noun_phrase(context, sentence, phrase)
    return found if found is not None and found.speaker is not None else None


def _incise_verb(lang: LanguagePack, tokens: Sequence[Token], k: int) -> bool:
    """ "…, she said, …": a speech verb right after its subject and right before a comma."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k + 1].text == ","
        and tokens[k - 1].text[0].isalnum()
        and lang.speech.verb(tokens[k].text)
        and tokens[k].lower not in lang.speech.listener_verbs
    )


def _trailing(context: Context, sentence: Sentence, own: Sequence[Candidate]) -> ReportedSpeech:
    """``Content, sources said.`` / ``Contenu, a déclaré X.`` at the end of a sentence."""
    tokens, quoted = sentence.tokens, sentence.quoted
    commas = [k for k, t in enumerate(tokens) if t.text == "," and not quoted[k] and k >= 4]
    found, k = None, 0
    for position, k in enumerate(reversed(commas)):
        stop = commas[len(commas) - position] if position else len(tokens)
        clause = [t for t in tokens[k:stop] if t.text not in ".!?"]
        if any(quoted[k:stop]) or (
            len(clause) > ATTRIBUTION_REACH + 2 and not _set_verb(clause, context.lang)
        ):
            continue
        if _apposed_name_ends(tokens[stop + 1 :]):  # the role's name, after its comma:
            clause = [t for t in tokens[k:] if t.text not in ".!?"]  # "…, Marc Lenoir."
        if _subject_first(clause[1:], context.lang) or _verb_opens_a_clause(clause, context.lang):
            continue
        found = clause_attribution(context, sentence, clause, after_quote=False)
        if found is not None:
            break
    if found is None:
        return ReportedSpeech()
    if not any(quoted):
        return _clause(context, sentence, found, tokens[0].start, tokens[k - 1].end, own)
    # "The plan was “a disaster” from the start, she said."
    return ReportedSpeech(credits=[(c, found) for c in own if c.open and c.start < tokens[k].start])


APPOSED_NAME_WORDS = 4  # "…, a dit le maire, Jean-Paul de La Tour": the name set off last


def _apposed_name_ends(words: Sequence[Token]) -> bool:
    """Whether ``words``, after a comma, are only a name closing the sentence (perhaps with
    when or where it was said): the name of the role before the comma, which the clause
    keeps."""
    words = [t for t in words if t.text not in ".!?"]
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
    setting = words[comma + 1 :]  # "…, Jo Vell, on Monday.": when or where it was said
    if setting and (len(setting) > SETTING_WORDS or setting[0].capitalised):
        return False
    name = words[:comma]
    return 0 < len(name) <= APPOSED_NAME_WORDS and all(t.capitalised for t in name)


def _verb_opens_a_clause(clause: Sequence[Token], lang: LanguagePack) -> bool:
    """ "The United Nations, citing reports, said 519 people have been killed": after a verb
    that opens the last part, a passive auxiliary (before any relative pronoun) says its words
    are a clause of their own, what was said, and no speaker put after the verb."""
    words = [t for t in clause if t.text != ","]
    if not words or not lang.speech.verb(words[0].text):
        return False
    for tok in words[1:]:
        if tok.lower in lang.words.relatives:
            return False  # "said the man who is running the shelter"
        if tok.lower in lang.speech.passive_auxiliaries:
            return True
    return False


def _set_verb(clause: Sequence[Token], lang: LanguagePack) -> bool:
    """ ", Justice Department senior trial counsel Jo Vell wrote in a court filing": a long
    clause whose speech verb is within reach and followed only by where it was said."""
    verb = next((v for v, t in enumerate(clause) if lang.speech.verb(t.text)), None)
    return (
        verb is not None
        and 2 < verb <= ATTRIBUTION_REACH + 1
        and clause[verb - 1].capitalised
        and clause[verb - 2].capitalised  # a full name right before the verb
        and len(clause) - verb - 1 <= SETTING_WORDS
        and setting_follows(clause, verb, lang)
    )


def _subject_first(words: Sequence[Token], lang: LanguagePack) -> bool:
    """ "Très prisé des randonneurs, il est considéré comme …": in a language whose incises
    invert the subject ("…, précise le journal"), a clause after a comma that opens with its
    subject (a name, a pronoun, a determiner that is no object pronoun) goes on with the
    sentence; it does not report the words before the comma."""
    if lang.speech.inverted_subject is None or not words:
        return False
    first, after = words[0], words[1] if len(words) > 1 else None
    if first.capitalised or first.lower in lang.people.subject_pronouns:
        return True
    object_pronoun = after is not None and after.lower in lang.speech.perfect_auxiliaries
    return fold_apostrophe(first.lower) in lang.words.determiners and not object_pronoun


def _clause(
    context: Context,
    sentence: Sentence,
    found: Attribution,
    start: int,
    end: int,
    own: Sequence[Candidate],
) -> ReportedSpeech:
    text = context.text
    while end > start and text[end - 1] in ".!?,;: ":  # a closing mark stays: it ends a quote
        end -= 1
    if word_count(text, start, end) < MIN_WORDS:
        return ReportedSpeech()
    if found.speaker is not None:
        found.speaker.listed = True
    clause = Reported(sentence.paragraph, start, end, found)
    # partial quotes inside reported speech share its speaker, unless another speech verb
    # reports them first ("After X argued that …, Y said only that his “…”": Y's)
    credits = [
        (c, _reported_again(context, sentence, start, c) or found)
        for c in own
        if (c.open or c.term) and start <= c.start < end
    ]
    return ReportedSpeech(clause, credits)


def _reported_again(
    context: Context, sentence: Sentence, start: int, candidate: Candidate
) -> Attribution | None:
    """Who a name and its speech verb, between the clause's start and the quote, name."""
    tokens = sentence.tokens
    again = any(
        start <= tokens[k - 1].start
        and not sentence.quoted[k]
        and not tokens[k].capitalised
        and tokens[k - 1].capitalised
        and context.lang.speech.verb(tokens[k].text)
        for k in range(1, sentence.ended_by(candidate.spans[0].open_at))
    )
    found = partial(context, sentence, candidate) if again else None
    return found if found is not None and found.speaker is not None else None
