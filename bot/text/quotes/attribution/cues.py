"""The speech act that introduces a quote: inside its marks, after it, or before it.

``« … », a déclaré X`` / ``“…,” X said`` / ``« … », selon X`` / ``“…”, he said, “…”`` /
``X l'a admis : « … »`` / ``X told reporters: "…"`` / ``« A, a-t-il dit, B »``. Words in marks
with no speech act around them are not quotes; a scare quote or a title is rejected outright.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Literal

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.marks import MARKS
from bot.text.quotes.attribution.after_quote import (
    attribution_after,
    inner_signature,
    narrated,
    title_like,
)
from bot.text.quotes.attribution.base import Finding
from bot.text.quotes.attribution.clauses import (
    after_preposition,
    inverted_auxiliary,
    noun_use,
    past_adjuncts,
)
from bot.text.quotes.attribution.infinitives import governing_verb
from bot.text.quotes.attribution.passives import passive
from bot.text.quotes.attribution.phrase_ends import phrase_after
from bot.text.quotes.attribution.pronouns import pronoun_attribution, speech_owner
from bot.text.quotes.candidates import (
    Attribution,
    Candidate,
    is_bylined,
    is_charge,
    is_cited_words,
    is_naming,
    is_no_words,
    is_scare_quote,
    is_text_title,
    is_title,
    is_translation,
    is_work_title,
)
from bot.text.quotes.context import Context
from bot.text.quotes.indirect import clause_starts, participle_subject
from bot.text.quotes.people.first_names import possessive
from bot.text.quotes.people.names import read_name
from bot.text.quotes.people.runs import capitalised_runs, known_surname_word
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token, tokenize

LABEL_USES = 3  # words put in marks this often are a label even where speech is reported


def find(context: Context, sentence: Sentence, candidate: Candidate, after_only: bool) -> Finding:
    """What introduces ``candidate``: an incise inside its marks, a clause after it, a clause
    before it. ``after_only`` for a quote opened in an earlier paragraph."""
    if (
        is_scare_quote(sentence, candidate, context.lang)
        or is_work_title(context.text, sentence, candidate, context.lang)
        or is_charge(sentence, candidate, context.lang)
        or is_translation(sentence, candidate, context.lang)
        or is_naming(sentence, candidate, context.lang)
        or is_text_title(context.text, candidate, context.lang)
        or is_bylined(context.text, candidate, context.lang)
        or is_no_words(context.text, candidate)
        or is_cited_words(context.text, sentence, candidate, context.lang)
        or _refused(context, sentence, candidate)
        or is_title(context.text, candidate)
    ):
        return Finding(speech=False)
    term = _term(context, sentence, candidate)
    if term is not None:
        return Finding(speech=False, term=term in ("complement", "repeated"))
    signed = inner_signature(context, sentence, candidate)
    if signed is not None:  # "“….\nJo Vell, Harbour Trust.”": a pull quote signed inside
        segment = len(candidate.segments) - 1
        return Finding(signed[0], incise=(segment, signed[1], candidate.segments[-1][1]))
    if after_only:
        return attribution_after(context, sentence, candidate)
    found = _incise(context, sentence, candidate)
    if (
        found.attribution is None
        and _reported_with_that(context, sentence, candidate)
        and _next_clause_reports(context, sentence, candidate)
    ):
        found = Finding(_before(context, sentence, candidate))
    if found.attribution is None:
        found = attribution_after(context, sentence, candidate)
        if found.attribution is not None and _clause_of_its_own(context, sentence, candidate):
            # "Si X s'est félicité « A », Y a jugé …": the verb before governs the words
            governed = context.attributor.partial(context, sentence, candidate)
            if governed is not None and governed.speaker is not None:
                return Finding(governed)
    if found.attribution is None:
        found = Finding(_before(context, sentence, candidate))
    return found


def _reported_with_that(context: Context, sentence: Sentence, candidate: Candidate) -> bool:
    """ "Even as Reed claimed on Tuesday that “…,” one of the prosecutors said …": a quote a
    speech verb and "that" introduce is that verb's, whatever clause follows it."""
    lead = _lead_in(context, sentence, candidate)
    words = context.lang.words
    if not lead or lead[-1].lower not in words.complementizers:
        return False
    return any(context.lang.speech.verb(t.text) for t in lead[-6:-1])


def _next_clause_reports(context: Context, sentence: Sentence, candidate: Candidate) -> bool:
    """ "“…,” one of the prosecutors said the two cases differed": the clause after the quote
    reports speech of its own (its verb has a clause after it), so it does not attribute it."""
    close_at = candidate.spans[-1].close_at
    if close_at is None:
        return False
    after = sentence.tokens_between(close_at + 1, sentence.end)
    speech = context.lang.speech
    verb = next((k for k, t in enumerate(after) if speech.verb(t.text) and t.text.islower()), None)
    if verb is None:
        return False
    rest = [t for t in after[verb + 1 :] if t.text[0].isalnum()]
    return len(rest) >= 3 and (
        rest[0].lower in context.lang.words.complementizers or clause_starts(rest[0], context.lang)
    )


def _clause_of_its_own(context: Context, sentence: Sentence, candidate: Candidate) -> bool:
    """In a language whose incises invert the subject, a narrated quote followed by a
    subject before its verb (", Y a jugé"): a new clause, not the quote's incise."""
    close_at = candidate.spans[-1].close_at
    if context.lang.speech.inverted_subject is None or close_at is None:
        return False
    if not narrated(sentence, candidate):
        return False
    after = [t for t in sentence.tokens_between(close_at + 1, sentence.end) if t.text[0].isalnum()]
    if not after:
        return False
    first = fold_apostrophe(after[0].lower)
    return after[0].capitalised or first in context.lang.words.determiners


def _refused(context: Context, sentence: Sentence, candidate: Candidate) -> bool:
    """ "refuse de dire « A » ou « B »": words someone would not say, mentioned, not said."""
    lang = context.lang
    if not lang.speech.refusal_words:
        return False
    words = (
        t.lower for t in sentence.unquoted_before(candidate.spans[0].open_at) if t.text not in MARKS
    )
    coordinators = lang.words.coordinators
    # "« A » ou « B »": the verb before the first; nearest first: the verb, the word before
    # it, and the one before that
    before = list(itertools.islice(itertools.dropwhile(coordinators.__contains__, words), 3))
    if len(before) < 2 or not lang.speech.verb(before[0]):
        return False
    k = 1  # the word before the verb, or before its preposition ("refuse de")
    refusals = lang.speech.refusal_words
    if (
        len(before) > 2
        and before[k] not in refusals
        and fold_apostrophe(before[k]) in (lang.words.object_prepositions)
    ):
        k = 2
    return before[k] in refusals


def _term(
    context: Context, sentence: Sentence, candidate: Candidate
) -> Literal["label", "repeated", "complement", "noun"] | None:
    """ "une figure des « gilets jaunes »", "sur les « gilets jaunes »": a few words in marks
    that complete a noun (after a preposition or a determiner no verb of speech governs) are a
    term, in a language whose pack says how long a quote is at least; "il qualifie la
    fermeture de « faute grave »" and "il dénonce une « mascarade »" stay quotes. Says which
    kind: a label the article keeps putting in marks, a noun after a determiner, words put in
    marks twice, or the complement of a preposition (speech around them may still quote the
    last two: "she said the plan had been “misread”")."""
    least = context.lang.speech.quote_min_words
    if least is None or candidate.sentence_start or candidate.bare_words(context.text) >= least:
        return None
    if candidate.uses >= LABEL_USES:  # a label the article keeps using, not words said once
        return "label"
    position = _completes(context, sentence, candidate)
    if position == "noun":
        return position
    return "repeated" if candidate.uses > 1 else position


def _completes(
    context: Context, sentence: Sentence, candidate: Candidate
) -> Literal["complement", "noun"] | None:
    """Whether words in marks complete a preposition or follow a determiner, with no verb of
    speech governing them."""
    nearest = itertools.islice(sentence.unquoted_before(candidate.spans[0].open_at), 5)
    before = list(nearest)[::-1]  # the last five words outside marks, in reading order
    if not before:
        return None
    last = fold_apostrophe(before[-1].lower)
    kind: Literal["complement", "noun"]
    if last in context.lang.words.object_prepositions:
        governing, kind = before[-5:-1], "complement"  # "qualifie la fermeture de « … »"
    elif last in context.lang.words.determiners and context.lang.speech.terms_after_determiner:
        governing, kind = before[-2:-1], "noun"  # "dénonce une « … »", not "estime que la « … »"
    else:
        return None
    return None if any(context.lang.speech.partial_verb(t.text) for t in governing) else kind


def _incise(context: Context, sentence: Sentence, candidate: Candidate) -> Finding:
    """« Nous irons jusqu'au bout, a affirmé Mme X. Sans exception. » — an attribution inside
    the marks, set off by a comma right before an (inverted) speech verb."""
    speech = context.lang.speech
    if not speech.incise_inside_marks:
        return Finding()
    auxiliaries = speech.perfect_auxiliaries
    for index, (start, end) in enumerate(candidate.segments):
        words = tokenize(context.text, context.language, start, end)
        for k, tok in enumerate(words[:-1]):
            if tok.text != "," or k == 0:
                continue
            verb_at = k + 1
            if words[verb_at].lower in auxiliaries and verb_at + 1 < len(words):
                verb_at += 1
            carrier = words[verb_at]
            inverted = speech.inverted(carrier.text)
            if inverted and inverted[0] in auxiliaries and verb_at + 1 < len(words):
                verb_at += 1
            verb = words[verb_at]
            verb_inverted = speech.inverted(verb.text)
            head = verb_inverted[0] if verb_inverted else verb.text
            if not speech.verb(head) or verb_at - k > 3:
                continue
            if verb_at + 1 < len(words) and words[verb_at + 1].lower in (
                context.lang.words.complementizers
            ):
                continue
            tail = list(words[verb_at + 1 :])
            phrase = phrase_after(tail, context.lang)
            stop = phrase[-1].end if phrase else verb.end
            rest = [t for t in tail if t.start >= stop]
            pronoun = inverted or verb_inverted
            marks = ".,;!?"
            if pronoun and rest and rest[0].text not in marks and _adjuncts_end(rest, context):
                # "…, explique-t-il également à la radio (...) Mais …": the subject is the
                # pronoun; adverbs and a prepositional phrase may follow it up to a mark
                rest = rest[_adjuncts_end(rest, context) :]
                marks += "("
            if rest and rest[0].text not in marks:
                continue
            if pronoun:
                source = carrier if inverted else verb
                found: Attribution | None = pronoun_attribution(
                    context, sentence, source, pronoun[1]
                )
            else:
                found = context.attributor.noun_phrase(context, sentence, phrase)
            if found is None or (found.speaker is None and not phrase):
                continue
            resume = next((t.start if t.text == "(" else t.end for t in rest[:1]), stop)
            return Finding(found, incise=(index, tok.start, resume))
    return Finding()


_INCISE_ADJUNCT_WORDS = 6  # "également à la radio": words after an inverted pronoun, at most


def _adjuncts_end(words: Sequence[Token], context: Context) -> int:
    """Where the words after an incise's inverted pronoun stop at a mark, when they are
    a few words with no clause of their own; 0 when they are not."""
    stop = next((j for j, t in enumerate(words) if not t.text[0].isalnum()), None)
    if stop is None or stop > _INCISE_ADJUNCT_WORDS:
        return 0
    lang = context.lang
    if any(
        t.lower in lang.words.relatives_and_complementizers or lang.speech.verb(t.text)
        for t in words[:stop]
    ):
        return 0
    return stop


def _before(context: Context, sentence: Sentence, candidate: Candidate) -> Attribution | None:
    """``X l'a admis : « … »``, ``X told reporters: "…"``, ``selon X, « … »``, ``X : « … »``."""
    lang, speech, attributor = context.lang, context.lang.speech, context.attributor
    clause = _lead_in(context, sentence, candidate)
    if not clause:
        return None
    ending = clause[-1]
    trailing_ok = (
        ending.text in ":,"
        or ending.lower in lang.words.complementizers
        or speech.verb(ending.text)
    )
    if not trailing_ok:  # "As Ann Reed puts it, Lind is making voters “an offer …”"
        return _conformity_clause(context, sentence, clause, closed=True)
    body = clause[:-1] if ending.text in ":," else clause
    for k, tok in enumerate(body):
        if tok.lower in speech.attribution_prepositions or (
            k == int(body[0].lower in lang.words.coordinators)  # "Mais pour X, …"
            and tok.lower in speech.opening_prepositions
        ):
            rest = after_preposition(body[k:], context)
            return attributor.noun_phrase(context, sentence, phrase_after(rest, lang))
    verbs = [
        k
        for k, t in enumerate(body)
        if (speech.verb_or_inverted(t.text) and not noun_use(body, k, context))
        or (k + 1 < len(body) and speech.verb_with_object(t.text, body[k + 1].text))
    ]
    if not verbs:
        if ending.text != ":" or not body:
            return None
        named = not any(t.lower in lang.people.subject_pronouns for t in body) and any(
            read_name(body, run, lang, speaker_slot=True) for run in capitalised_runs(body, lang)
        )  # not "Wait, it gets better:", a sentence of its own
        if len(body) <= 6 and named:
            return attributor.noun_phrase(context, sentence, body)  # "Jane Doe : « … »"
        found = attributor.subject(context, sentence, body)  # "X did not hold back: “…”"
        return found if found is not None and found.speaker is not None else None
    v = verbs[-1]
    if v == 0 and not speech.inverted(body[0].text):
        # "Said Dora Pond, who lives nearby, “…”": the verb opens the clause, its subject
        # and what is set off after it stand between it and the quote
        return attributor.noun_phrase(context, sentence, phrase_after(body[1:], lang))
    owner = speech_owner(context, sentence, body, v)
    if owner is not None:  # "ran ads using her comments before the panel that “…”"
        return owner
    if _end_before_setting(body, v, ending, lang) - v > 6:  # too far to introduce the quote
        return _conformity_clause(context, sentence, body)
    inverted = speech.inverted(body[v].text)
    if inverted:
        return pronoun_attribution(context, sentence, body[v], inverted[1])
    pre = body[:v]
    agent = passive(context, sentence, pre, body[v], body[v + 1 :])
    if agent is not None:
        return agent
    carried = inverted_auxiliary(pre, context)
    if carried is not None:
        return pronoun_attribution(context, sentence, *carried)
    elided = _elided_subject(context, sentence, body[v], pre, body[v + 1 :])
    if elided is not None:
        return elided
    opened = pre and (
        pre[-1].text == "," or pre[-1].lower in lang.words.subordinators | lang.words.coordinators
    )
    if opened and _participle(body[v], context):
        # "X said he was “upset” about it, arguing that “…”", "X insisted it was “early”
        # while adding, “…”", "… to “…,” and telling the class, “…”": the subject argues
        found = _sentence_subject(context, sentence, body[v])
        if found is not None and not _other_person_before(context, sentence, body[v], found):
            return found
    subject = participle_subject(context, sentence, pre, body[v]) or attributor.subject(
        context, sentence, _before_governing(body, verbs, context)
    )  # "…, with Trump reportedly yelling: “…”": the participle's own subject first
    if subject is not None:
        return subject
    after = phrase_after(body[v + 1 :], lang)
    if after and body[v].lower not in speech.listener_verbs:  # "told her": the listener
        return attributor.noun_phrase(context, sentence, after)
    words = [t for t in pre if t.text[0].isalnum()]  # a speech verb, a speaker we cannot name
    return Attribution(None, context.text[words[0].start : words[-1].end] if words else None)


def _before_governing(body: Sequence[Token], verbs: Sequence[int], context: Context) -> list[Token]:
    """The words before the last speech verb of ``verbs``, or before the verb governing it when
    it is an infinitive after its marker ("X s'est bornée à dire", "X a appelé Y à dire")."""
    lang, v = context.lang, verbs[-1]
    if v < 2 or fold_apostrophe(body[v - 1].lower) not in lang.words.infinitive_markers:
        return list(body[:v])
    governing = governing_verb(body, verbs, lang)
    if governing is not None:
        return list(body[:governing])
    head = body[v - 2]  # the word before the marker: "bornée", "tenu", "contenté"
    if not head.text.isalpha() or head.capitalised or head.lower in lang.words.determiners:
        return list(body[:v])
    return list(body[: v - 2])


def _end_before_setting(body: Sequence[Token], v: int, ending: Token, lang: LanguagePack) -> int:
    """ "He told his audience, to rowdy applause:": before a colon, a phrase a comma sets off
    that opens with a preposition says where or how it was said; the verb's own words end at
    that comma."""
    if ending.text != ":":
        return len(body)
    for k in range(len(body) - 2, v, -1):
        if body[k].text == "," and body[k + 1].lower in lang.words.prepositions:
            return k
    return len(body)


_CONFORMITY_REACH = 8  # words from "as" to its speech verb, at most


def _conformity_clause(
    context: Context, sentence: Sentence, body: Sequence[Token], closed: bool = False
) -> Attribution | None:
    """ "Of course, as Jo Vell observed, the winner was the stage itself:", "As Jo Vell
    reported after the raid:": a clause opened by "as" with a named subject and a speech verb,
    at the head of the sentence, gives whoever it names as the speaker of what follows; when
    ``closed``, only a clause that ends at its verb ("As Jo Vell put it, …", not "As he spoke to
    the crowd, …")."""
    speech = context.lang.speech
    for k, tok in enumerate(body):
        if tok.lower not in speech.conformity_words or (k and body[k - 1].text != ","):
            continue
        if k and any(t.text == "," for t in body[: k - 1]):
            return None  # only an opening phrase before it ("Of course,")
        reach = body[k + 1 : k + 1 + _CONFORMITY_REACH]
        verb = next(
            (
                j
                for j, t in enumerate(reach)
                if speech.verb(t.text)
                or (j + 1 < len(reach) and speech.verb_with_object(t.text, reach[j + 1].text))
            ),
            None,
        )  # "As Ann Reed observed,", "As Ann Reed puts it,"
        if not verb:
            return None
        after = k + 2 + verb  # the word after the verb, or after its object ("put it")
        if after < len(body) and speech.verb_with_object(body[after - 1].text, body[after].text):
            after += 1
        if closed and (after >= len(body) or body[after].text != ","):
            return None
        found = context.attributor.subject(context, sentence, reach[:verb])
        return found if found is not None and found.speaker is not None else None
    return None


def _elided_subject(
    context: Context, sentence: Sentence, verb: Token, pre: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """ "Puis ajoute : « … »", "X told the radio that …, adding, “…”": a speech verb with no
    subject before or after it goes on with the subject of its sentence, else the person the
    previous sentence put forward."""
    lang = context.lang
    glue = lang.words.auxiliaries | lang.words.stop_prepositions
    if any(
        t.text[0].isalnum()
        and (t.lower not in glue or known_surname_word(pre, k, context.people, context.lang))
        for k, t in enumerate(pre)
    ):  # "Will wrote" after "Ann Will": a surname, not an auxiliary
        return None
    listener = verb.lower in lang.speech.listener_verbs  # "…, telling her, “…”": his
    if (phrase_after(after, lang) and not listener) or past_adjuncts(after, context):
        return None
    found = _sentence_subject(context, sentence, verb)
    if found is not None:
        return Attribution(found.speaker, None)
    salient = context.discourse.recently_salient()
    return Attribution(salient[0], None) if salient else None


def _sentence_subject(context: Context, sentence: Sentence, verb: Token) -> Attribution | None:
    """The person or body the sentence's own words before ``verb`` put as its subject."""
    earlier = sentence.ended_by(verb.start)
    words = [t for k, t in enumerate(sentence.tokens[:earlier]) if not sentence.quoted[k]]
    found = context.attributor.subject(context, sentence, words) if words else None
    return found if found is not None and found.speaker is not None else None


def _other_person_before(
    context: Context, sentence: Sentence, verb: Token, found: Attribution
) -> bool:
    """A person other than ``found``'s speaker named before ``verb`` as the subject of a
    clause of their own: "He wrote when X ended the talk, remarking “…”" — who remarks is not
    the subject's for sure (not "about his rival, X, saying": an object)."""
    words = context.lang.words
    openers = words.subordinators | words.coordinators | words.complementizers
    for k, tok in enumerate(sentence.tokens):
        if tok.end > verb.start:
            break
        if sentence.quoted[k] or not tok.capitalised or possessive(tok.text):
            continue  # "to back Reed's campaign while adding": Reed owns, does not act
        if k and words.subordinators and sentence.tokens[k - 1].lower not in openers:
            continue
        named = context.people.find([tok.text])
        if named is not None and named.kind == "person" and named is not found.speaker:
            return True
    return False


def _participle(word: Token, context: Context) -> bool:
    participle = context.lang.words.aside_participle
    return bool(participle and participle.fullmatch(word.text))


def _lead_in(context: Context, sentence: Sentence, candidate: Candidate) -> list[Token]:
    """The words before a quote's opening mark, back to the previous quote; for a quote that
    opens its paragraph, the previous paragraph when it ends with a colon ("X continued:")."""
    earlier = sentence.ended_by(candidate.spans[0].open_at)
    marks = _marks_back(sentence, earlier)
    mark = next(marks, None)
    titled: set[int] = set()
    while mark is not None:
        previous = next(marks, None)
        if previous is None or not title_like(sentence.tokens[previous + 1 : mark], context):
            break
        # "As Jo Vell, author of “The Long Road,” put it, “…”": the title is narration
        titled.update(range(previous + 1, mark))
        mark = next(marks, None)
    start = mark + 1 if mark is not None else 0
    clause = [
        sentence.tokens[k]
        for k in range(start, earlier)
        if not sentence.quoted[k] or (k in titled and sentence.tokens[k].text not in MARKS)
    ]
    last = context.discourse.last
    if clause or last is None:
        return clause
    if last.paragraph != candidate.paragraph - 1 or last.tokens[-1].text != ":":
        return []
    closes = [k for k, t in enumerate(last.tokens) if last.quoted[k] and t.text in MARKS]
    start = closes[-1] + 1 if closes else 0
    return [t for k, t in enumerate(last.tokens) if k >= start and not last.quoted[k]]


def _marks_back(sentence: Sentence, earlier: int) -> Iterator[int]:
    """The quote marks among the first ``earlier`` tokens, last first, read back only as far
    as the reader asks ('' is two tokens: its last one)."""
    tokens, quoted = sentence.tokens, sentence.quoted
    following = False  # whether the token after ``k`` (among the first ``earlier``) is a mark
    for k in range(earlier - 1, -1, -1):
        mark = quoted[k] and tokens[k].text in MARKS
        if mark and not following:
            yield k
        following = mark
