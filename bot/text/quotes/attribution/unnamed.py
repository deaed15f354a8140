"""Noun phrases that name nobody: "a top aide", "the staff letter", "many critics".

An anonymous source, a crowd or a document is the subject of many speech verbs; the rules
that find a subject (``subjects``, ``clauses``, ``indirect``) ask these questions so that such
a subject stays unnamed instead of taking the name of the clause before it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.candidates import Attribution
from bot.text.quotes.context import Context, Introductions
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.people.roles import (
    ROLE_MODIFIER_REACH,
    role_at,
)
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

NOUN_PHRASE_MAX_WORDS = 5  # "a senior campaign aide": a subject that names nobody, at most


def common_noun_phrase(words: Sequence[Token], lang: LanguagePack) -> bool:
    """ "a top aide", "the staff letter", "many commentators": a determiner, lower-case words
    and no preposition, headed by a role, a body, a document or a plural: a noun phrase that
    names nobody (not "the private server" before "email", a noun taken for the verb)."""
    grammar, people = lang.words, lang.people
    if not (
        1 < len(words) <= NOUN_PHRASE_MAX_WORDS
        and fold_apostrophe(words[0].lower) in grammar.noun_phrase_openers
    ):
        return False
    head = words[-1].lower
    return (
        all(t.text.replace("-", "").isalpha() and not t.capitalised for t in words[1:])
        and not any(
            t.lower in grammar.object_prepositions or t.lower in grammar.stop_prepositions
            for t in words[1:]
        )
        and (
            role_at(words, len(words) - 1, lang) is not None
            or head in people.anonymous_sources | people.organisations | people.documents
            or head in people.media_documents
            or (head.endswith("s") and not head.endswith("ss"))
        )
    )


def opens_noun_phrase(word: Token, lang: LanguagePack) -> bool:
    """A name or a determiner: the words may be a subject ("Jane Doe", "an aide")."""
    grammar = lang.words
    return word.capitalised or fold_apostrophe(word.lower) in grammar.noun_phrase_openers


def relative_antecedent(words: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "under a headline that": the noun phrase naming nobody that "that" right before the
    verb stands for; empty when there is none (not "a candidate who promised": a verb that
    may not be the quote's)."""
    if len(words) < 3 or words[-1].lower not in lang.words.complementizers:
        return ()
    before = words[:-1]
    for k in range(len(before) - 2, max(-1, len(before) - NOUN_PHRASE_MAX_WORDS - 1), -1):
        if common_noun_phrase(before[k:], lang):
            return before[k:]
    return ()


def before_aside(words: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "The complaint, which was filed in Denver,": the clause before an aside that ends
    right before the verb (a relative or a participle between commas), where the verb's
    subject stands; empty when the words end with no such aside."""
    if len(words) < 3 or words[-1].text != ",":
        return ()
    participle = lang.words.aside_participle
    for k in range(len(words) - 3, -1, -1):
        if words[k].text != ",":
            continue
        opener = words[k + 1].lower
        if opener in lang.words.relatives or (participle and participle.fullmatch(opener)):
            start = max((j + 1 for j in range(k) if words[j].text == ","), default=0)
            return words[start:k]
        return ()
    return ()


def indefinite_mention(found: Attribution, lang: LanguagePack) -> bool:
    """An attribution to someone introduced without a name: "un cadre", "some protesters"."""
    first = (found.mention or "").split(maxsplit=1)[:1]
    grammar = lang.words
    return bool(first) and fold_apostrophe(first[0].casefold()) in grammar.unnamed_openers


def subject_before_auxiliary(words: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "A federal lawsuit was filed …": the noun phrase naming nobody that opens the last
    clause right before an auxiliary, its subject; empty when there is none."""
    start = max((k + 1 for k, t in enumerate(words) if t.text in ",;"), default=0)
    auxiliary = next(
        (k for k in range(start + 2, len(words)) if words[k].lower in lang.words.auxiliaries),
        None,
    )
    if auxiliary is None or not common_noun_phrase(words[start:auxiliary], lang):
        return ()
    return words[start:auxiliary]


def introduced_unnamed(
    context: Context, sentence: Sentence, phrase: Sequence[Token], k: int
) -> bool:
    """ "… greeted by an organizer. “…,” the organizer said": the role ``phrase[k]`` heads was
    last written in a noun phrase naming nobody ("an organizer", "another unnamed official"),
    so the definite role is that person, not someone the article named (the latest mention of
    the noun decides; a definite one, "the organizer", looks further back)."""
    lang = context.lang
    noun = phrase[k].lower
    cut = sentence.index_at(phrase[0].start)
    places = sentence.positions.get(noun, [])
    for m in reversed(places[: bisect.bisect_left(places, cut)]):
        decided = _introduction_at(sentence.tokens, m, lang, cut)
        if decided is not None:
            return decided
    # an earlier sentence's answer for a noun is read once, however many roles look back:
    # the latest sentence before this one where a use of the noun decides
    discourse = context.discourse
    readings = discourse.introductions.setdefault(noun, Introductions())
    for earlier in discourse.sentences[readings.read :]:
        decided = _last_introduction(earlier, noun, lang)
        if decided is not None:
            readings.starts.append(earlier.start)
            readings.introduced.append(decided)
    readings.read = len(discourse.sentences)
    latest = bisect.bisect_left(readings.starts, sentence.start) - 1
    return latest >= 0 and readings.introduced[latest]


def _last_introduction(sentence: Sentence, noun: str, lang: LanguagePack) -> bool | None:
    """What the last deciding use of ``noun`` in ``sentence`` says (None: none decides)."""
    for m in reversed(sentence.positions.get(noun, [])):
        decided = _introduction_at(sentence.tokens, m, lang, len(sentence.tokens))
        if decided is not None:
            return decided
    return None


def _introduction_at(tokens: Sequence[Token], m: int, lang: LanguagePack, end: int) -> bool | None:
    """Whether the role noun at ``m`` introduces someone unnamed (True), names or owns them
    (False), or repeats a definite role (None: the introduction lies further back); the
    tokens from ``end`` on are not read."""
    if m == 0:
        return None
    opener = next(
        (
            j
            for j in range(m - 1, max(-1, m - 2 - ROLE_MODIFIER_REACH), -1)
            if fold_apostrophe(tokens[j].lower) in lang.words.noun_phrase_openers
        ),
        None,
    )
    if opener is None or not all(t.text.isalpha() for t in tokens[opener + 1 : m]):
        return False  # "Sen. Ann Reed", "Acme's organizer": named or owned
    if fold_apostrophe(tokens[opener].lower) not in lang.words.indefinite_articles:
        return None  # "the organizer" again: the same person, introduced before
    before = tokens[opener - 1] if opener else None
    after = tokens[m + 1] if m + 1 < end else None
    # "Ann Reed, an organizer", "Reed is an organizer", "an organizer, Ann Reed,"
    apposed = before is not None and (before.text == "," or before.lower in lang.words.auxiliaries)
    named = after is not None and (after.capitalised or after.text == ",")
    return not (apposed or named or _named_after_clause(tokens, m, lang))


_CLAUSE_REACH = 12  # words of a clause between a role and the name set off after it, at most


def _named_after_clause(tokens: Sequence[Token], m: int, lang: LanguagePack) -> bool:
    """ "un avocat agissant au nom de la famille, Jo Lind, a dit": the role's own words, with
    no verb of the sentence among them, then a comma and a capitalised word: the name of the
    person the role introduced."""
    stops = lang.words.auxiliaries | lang.speech.perfect_auxiliaries
    for j in range(m + 1, min(len(tokens) - 1, m + 1 + _CLAUSE_REACH)):
        word = tokens[j]
        if word.text == ",":
            return tokens[j + 1].capitalised
        if not word.text[0].isalpha() or word.lower in stops or lang.speech.verb(word.text):
            return False
    return False


def opening_noun_phrase(words: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "The president left no doubt of his support for Ann Reed,", "In May, the company wrote
    to Bo Lind,": the noun phrase (a determiner, a role, body, document or publication noun at
    its head, no name) that opens the sentence, or its clause after an opening phrase, right
    before a verb: the sentence's subject. Empty when the words open otherwise."""
    grammar, people = lang.words, lang.people
    heads = people.organisations | people.documents | people.anonymous_sources | people.publications
    not_verbs = (
        grammar.object_prepositions
        | grammar.stop_prepositions
        | grammar.determiners
        | grammar.coordinators
        | grammar.relatives
        | grammar.complementizers
    )
    if any(t.lower in grammar.relatives for t in words):
        return ()  # "… for Ann Reed, who worked the crowd, praising": hers, maybe
    first_comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if (
        first_comma
        and words[first_comma - 1].capitalised
        and words[first_comma - 1].lower not in grammar.calendar_words
    ):
        first_comma = None  # "Ann Reed of Ohio, the party's leader,": an apposition
    for start in (0, -1 if first_comma is None else first_comma + 1):
        j = start
        while 0 <= j < len(words) and words[j].lower in grammar.auxiliaries:
            j += 1  # "even a top aide said"
        if not 0 <= j < len(words) or (
            fold_apostrophe(words[j].lower) not in grammar.noun_phrase_openers
        ):
            continue
        for e in range(j + 1, min(len(words) - 1, j + 2 + ROLE_MODIFIER_REACH)):
            tok, after = words[e], words[e + 1]
            if not tok.text.isalpha():
                break
            if tok.capitalised or not (role_at(words, e, lang) or tok.lower in heads):
                continue
            if role_at(words, e + 1, lang) or after.lower in heads:
                continue  # "the campaign chairman": the phrase goes on
            if (
                after.text.isalpha()
                and after.text.islower()
                and (lang.speech.verb(after.text) or after.lower not in not_verbs)
            ):
                return words[j : e + 1]
            break
    return ()


def named_later(
    context: Context, sentence: Sentence, phrase: Sequence[Token], entity: Entity
) -> bool:
    """ "“…,” the candidate said of running against Mr. Reed": whether ``entity``, the person a
    definite role was about to stand for, is named after the role's verb in its own clause (up
    to a comma, a relative or a complementizer); then the role is someone else."""
    lang = context.lang
    tokens = sentence.tokens
    stops = lang.words.relatives_and_complementizers
    verb = False  # "souligne l'acteur né en Suisse Mischa Lind": his name, before any verb
    for k in range(sentence.index_at(phrase[-1].end), len(tokens)):
        tok = tokens[k]
        if tok.text == ".":
            continue  # "Mr."
        if sentence.quoted[k] or not tok.text[0].isalnum() or tok.lower in stops:
            return False
        verb = verb or lang.speech.verb(tok.text)
        if verb and tok.capitalised and context.people.find([tok.text]) is entity:
            return True
    return False
