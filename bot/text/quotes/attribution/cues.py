"""The speech act that introduces a quote: inside its marks, after it, or before it.

``« … », a déclaré X`` / ``“…,” X said`` / ``« … », selon X`` / ``“…”, he said, “…”`` /
``X l'a admis : « … »`` / ``X told reporters: "…"`` / ``« A, a-t-il dit, B »``. Words in marks
with no speech act around them are not quotes; a scare quote or a title is rejected outright.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.text.lang import fold_apostrophe
from bot.text.marks import MARKS, OPENERS, opens, quote_spans
from bot.text.quotes.attribution.base import Finding
from bot.text.quotes.attribution.subjects import phrase_after, pronoun_attribution
from bot.text.quotes.candidates import (
    Attribution,
    Candidate,
    is_charge,
    is_naming,
    is_scare_quote,
    is_text_title,
    is_title,
)
from bot.text.quotes.context import Context
from bot.text.quotes.people.names import (
    capitalised_runs,
    first_name_gender,
    is_abbreviation,
    read_name,
    role_at,
)
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token, tokenize

ATTRIBUTION_REACH = 9  # tokens between a quote and its speech verb, at most
_AGE = re.compile(r"^\d{1,3}$")
_APPOSITION_HEAD_REACH = 6  # words from an apposition's comma to its role noun, at most
_APPOSED_NAME_WORDS = 4  # "…, Jane Doe, said": the name's words, at most
_SHORT_SENTENCE_WORDS = 6  # “…” X said. — an attribution sentence of its own, at most
_NEXT_SENTENCE_WORDS = 20  # “…?” Jo Lind, a nurse from Ohio, said. — when a name opens it


def find(context: Context, sentence: Sentence, candidate: Candidate, after_only: bool) -> Finding:
    """What introduces ``candidate``: an incise inside its marks, a clause after it, a clause
    before it. ``after_only`` for a quote opened in an earlier paragraph."""
    if (
        is_scare_quote(sentence.tokens, candidate, context.lang)
        or is_charge(sentence.tokens, candidate, context.lang)
        or is_naming(sentence.tokens, candidate, context.lang)
        or is_text_title(context.text, candidate, context.lang)
        or _refused(context, sentence, candidate)
        or is_title(context.text, candidate)
        or _term(context, sentence, candidate)
    ):
        return Finding(speech=False)
    if after_only:
        return _after(context, sentence, candidate)
    found = _incise(context, sentence, candidate)
    if found.attribution is None:
        found = _after(context, sentence, candidate)
    if found.attribution is None:
        found = Finding(_before(context, sentence, candidate))
    return found


def _refused(context: Context, sentence: Sentence, candidate: Candidate) -> bool:
    """ "refuse de dire « A » ou « B »": words someone would not say, mentioned, not said."""
    lang = context.lang
    if not lang.speech.refusal_words:
        return False
    open_at = candidate.spans[0].open_at
    before = [
        t.lower
        for k, t in enumerate(sentence.tokens)
        if t.end <= open_at and not sentence.quoted[k] and t.text not in MARKS
    ]
    while before and before[-1] in lang.words.coordinators:
        before.pop()  # "« A » ou « B »": the verb before the first
    if len(before) < 2 or not lang.speech.verb(before[-1]):
        return False
    k = len(before) - 2  # the word before the verb, or before its preposition ("refuse de")
    refusals = lang.speech.refusal_words
    if (
        k > 0
        and before[k] not in refusals
        and fold_apostrophe(before[k]) in (lang.words.object_prepositions)
    ):
        k -= 1
    return before[k] in refusals


def _term(context: Context, sentence: Sentence, candidate: Candidate) -> bool:
    """ "une figure des « gilets jaunes »", "sur les « gilets jaunes »": a few words in marks
    that complete a noun (after a preposition or a determiner no verb of speech governs) are a
    term, in a language whose pack says how long a quote is at least; "il qualifie la
    fermeture de « faute grave »" and "il dénonce une « mascarade »" stay quotes."""
    least = context.lang.speech.quote_min_words
    if least is None or candidate.sentence_start or candidate.bare_words(context.text) >= least:
        return False
    if candidate.repeated:  # a label the article keeps using, not words said once
        return True
    open_at = candidate.spans[0].open_at
    before = [
        t for k, t in enumerate(sentence.tokens) if t.end <= open_at and not sentence.quoted[k]
    ]
    if not before:
        return False
    last = fold_apostrophe(before[-1].lower)
    if last in context.lang.words.object_prepositions:
        governing = before[-5:-1]  # "qualifie la fermeture de « … »"
    elif last in context.lang.words.determiners and context.lang.speech.terms_after_determiner:
        governing = before[-2:-1]  # "dénonce une « … »", not "estime que la « … »"
    else:
        return False
    return not any(context.lang.speech.partial_verb(t.text) for t in governing)


def _after(context: Context, sentence: Sentence, candidate: Candidate) -> Finding:
    """``“…”, a déclaré X`` / ``“…,” X said`` / ``« … », selon X`` / ``“…”, he said, “…”``."""
    last = candidate.spans[-1]
    if last.close_at is None or not sentence.start <= last.close_at < sentence.end:
        return Finding()
    finding = _after_close(context, sentence, last.close_at)
    if finding.attribution is None:
        signed = _signature_paragraph(context, sentence, candidate)
        if signed is not None:
            return Finding(signed)
    return finding


def _after_close(context: Context, sentence: Sentence, close_at: int) -> Finding:
    """The attribution after the closing mark at ``close_at``."""
    next_open = _next_quote_after(context.text, sentence, close_at)
    clause = sentence.tokens_between(
        close_at + 1, next_open if next_open is not None else sentence.end
    )
    coordinators = context.lang.words.coordinators
    if next_open is not None and clause and all(t.lower in coordinators for t in clause):
        # "« A » ou « B », pouvait-on lire": the attribution after the last quote of the list
        following = quote_spans(context.text, next_open, sentence.end)
        if following and following[0].close_at is not None:
            return Finding(_after_close(context, sentence, following[0].close_at).attribution)
    found = clause_attribution(context, sentence, clause, after_quote=True)
    if found is None and next_open is None:
        found = _next_sentence_attribution(context, sentence, close_at)
    if found is not None and next_open is not None and clause and clause[-1].text == ",":
        return Finding(found, resumes_at=next_open)  # “The plan,” he said, “is working.”
    return Finding(found)


def _next_quote_after(text: str, sentence: Sentence, position: int) -> int | None:
    for i in range(position + 1, sentence.end):
        before, after = text[i - 1], text[i + 1] if i + 1 < len(text) else " "
        if text[i] in OPENERS and opens(text[i], before, after):  # not the ' of "s'est"
            return i
    return None


_SIGNATURE = re.compile(r"[.!?]?[ \t]*\n\s*([―—–-][^\n]{1,60})(?:\n|\Z)")


def _signature_paragraph(
    context: Context, sentence: Sentence, candidate: Candidate
) -> Attribution | None:
    """A paragraph that is one quote, signed by the next one: “…” / - Jane Doe."""
    text = context.text
    opened_at = candidate.spans[0].open_at
    close_at = candidate.spans[-1].close_at
    if close_at is None or text[:opened_at].rstrip(" \t")[-1:] not in ("\n", ""):
        return None
    signature = _SIGNATURE.match(text, close_at + 1)
    if signature is None:
        return None
    clause = tokenize(text, context.language, signature.start(1), signature.end(1))
    return clause_attribution(context, sentence, clause, after_quote=True)


def _next_sentence_attribution(
    context: Context, sentence: Sentence, close_at: int
) -> Attribution | None:
    """“…” X said. — a short attribution sentence right after a quote that ends a sentence;
    a longer one only when a name and its apposition open it (“…?” Jo Lind, a nurse, said.)."""
    text = context.text
    tail = text[close_at + 1 : sentence.end].strip()
    if tail not in ("", ".") or sentence.end >= len(text):
        return None
    follow = re.match(r"[^.!?\n]*[.!?]", text[sentence.end : sentence.end + 120])
    if not follow:
        return None
    clause = tokenize(text, context.language, sentence.end, sentence.end + follow.end())
    if not clause or clause[-1].text != "." or len(clause) > _NEXT_SENTENCE_WORDS:
        return None
    opener = clause[0]
    named = opener.capitalised and opener.lower not in context.lang.stop_words
    apposed = named and any(t.text == "," for t in clause[1:4])
    if len(clause) > _SHORT_SENTENCE_WORDS and not apposed:
        return None
    return clause_attribution(context, sentence, clause[:-1], after_quote=True)


def clause_attribution(
    context: Context,
    sentence: Sentence,
    clause: Sequence[Token],
    after_quote: bool,
) -> Attribution | None:
    """Read an attribution clause that follows a quote: ``, a-t-il déclaré``, ``, said X``,
    ``, the ministry said in a statement``, ``, selon l'OTAN``, ``, according to X``."""
    lang, speech, attributor = context.lang, context.lang.speech, context.attributor
    words = _without_asides(clause, context)
    if after_quote and _narration_goes_on(words, context):
        # "« … » de la Grande Guerre, poursuit l'historienne": in a language whose incises
        # invert the subject, the narrator's sentence goes on after the marks up to a comma
        words = words[next(j for j, t in enumerate(words) if t.text == ",") :]
    dashed = bool(words) and words[0].text in "―—–-"
    while words and words[0].text in ",―—–-:;":
        words.pop(0)
    if not words:
        return None
    if dashed and after_quote and len(words) <= 8 and not any(speech.verb(t.text) for t in words):
        return attributor.noun_phrase(context, sentence, phrase_after(words, lang))  # “…” ― Jane
    if words[0].lower in speech.attribution_prepositions:
        rest = _after_preposition(words, context)
        return attributor.noun_phrase(context, sentence, phrase_after(rest, lang))
    appositive, reach = False, ATTRIBUTION_REACH
    for v, tok in enumerate(words):
        if v >= reach:
            break
        if not tok.text[0].isalnum() and tok.text != "’":
            if tok.text == "," and v and (appositive or _np_closes(words, v, context)):
                appositive = not appositive  # "Jane Doe, a writer for X, said": both commas
                reach = ATTRIBUTION_REACH + 8
                continue
            relative = v + 1 < len(words) and _opens_aside(words[v + 1], context)
            if tok.text == "," and v and not appositive and relative and words[0].capitalised:
                appositive = True  # "Jane Doe, who wrote the bill, said": the clause is hers
                reach = ATTRIBUTION_REACH + 8
                continue
            if tok.text == "." and v and is_abbreviation(words[v - 1], lang):
                continue  # "Rep. John Mica said", "John F. Kennedy said"
            named = _apposed_name(words, v, context) if tok.text == "," and v else None
            if named:  # "his former partner at Acme, Jane Doe, said": the name speaks
                return attributor.noun_phrase(context, sentence, named)
            break
        inverted = speech.inverted(tok.text)
        head = inverted[0] if inverted else tok.text
        if not speech.verb(head):
            continue
        head_words = list(itertools.takewhile(lambda t: t.text != ",", words[:v]))
        stops = lang.words.stop_prepositions | lang.words.relatives
        if any(
            t.lower in stops and not _joins_organisation_name(head_words, k, context)
            for k, t in enumerate(head_words)
        ):
            return None  # ", en réaction aux critiques", ", qui a publié sa note": no speaker
        # "Jane Doe, a writer for The Atlantic, said": the name before the apposition speaks
        subject = [t for t in head_words if t.lower not in lang.words.auxiliaries]
        if inverted:
            return pronoun_attribution(context, sentence, tok, inverted[1])
        carried = _inverted_auxiliary(words[:v], context)
        if carried is not None:  # "a-t-il déclaré", "a-t-elle ajouté"
            return pronoun_attribution(context, sentence, *carried)
        if subject:
            return attributor.noun_phrase(context, sentence, subject)
        after = phrase_after(words[v + 1 :], lang) or phrase_after(
            past_adjuncts(words[v + 1 :], context), lang
        )
        if after:
            return attributor.noun_phrase(context, sentence, after)
        return None
    return None


_ADJUNCT_REACH = 7  # words between an inverted verb and its subject, at most


def _narration_goes_on(words: Sequence[Token], context: Context) -> bool:
    """Words after a closing mark that open with a preposition and run to a comma, in a
    language whose incises invert the subject ("» du mouvement, a tweeté X")."""
    lang = context.lang
    if lang.speech.inverted_subject is None or not words:
        return False
    first = fold_apostrophe(words[0].lower)
    if first not in lang.words.object_prepositions or first in lang.speech.attribution_prepositions:
        return False
    return any(t.text == "," for t in words[1:_NARRATION_REACH])


_NARRATION_REACH = 8  # words of narration between a closing mark and its incise, at most


def past_adjuncts(words: Sequence[Token], context: Context) -> Sequence[Token]:
    """The words after an inverted verb once its adverbs, days and short prepositional
    phrases are passed ("a déclaré dimanche à la presse Jane Doe"): a subject when they
    start with a determiner, an honorific or a full name, else nothing."""
    lang = context.lang
    skippable = lang.words.auxiliaries | lang.words.calendar_words
    # not "de": "a répondu aux critiques du député X" names who criticised, not who spoke
    prepositions = lang.words.stop_prepositions - lang.words.affiliation_prepositions
    passed = _past_set_off_place(words, prepositions)
    set_off, words, k = passed is not words, passed, 0
    while k < min(len(words), _ADJUNCT_REACH):
        low = fold_apostrophe(words[k].lower)
        if low in skippable:
            k += 1
        elif k + 2 < len(words) and words[k + 1].lower in lang.words.possessives:
            k += 3  # "de son côté", "pour sa part": the speaker's own side, never a name
        elif low in prepositions and low not in lang.words.relatives:
            k += 1  # the preposition, a determiner, one noun (or a name: "à Marc Lenoir")
            if k < len(words) and fold_apostrophe(words[k].lower) in lang.words.determiners:
                k += 1
            name = k < len(words) and words[k].capitalised and not words[k].text.isupper()
            k += 1
            while name and k < len(words) and words[k].capitalised and not _full_name_at(words, k):
                k += 1  # "sur Facebook Léa Morin": the platform, then the speaker
        else:
            break
    rest = words[k:]
    if not (k or set_off) or not rest or k > _ADJUNCT_REACH:
        return ()
    first = rest[0]
    low = fold_apostrophe(first.lower)
    if low in lang.words.determiners or low in lang.people.honorifics:
        return rest
    capitals = len(list(itertools.takewhile(lambda t: t.capitalised, rest[:3])))
    known = context.people.find([first.text]) is not None  # "Thérèse", met before
    return rest if first.capitalised and (capitals >= 2 or known) else ()


def _full_name_at(words: Sequence[Token], k: int) -> bool:
    """A known first name and a capitalised word after it start at ``k``."""
    return (
        k + 1 < len(words)
        and words[k + 1].capitalised
        and first_name_gender(words[k].text) in ("m", "f")
    )


def _past_set_off_place(words: Sequence[Token], prepositions: frozenset[str]) -> Sequence[Token]:
    """ "a dit, à Caen, Jane Doe": a short prepositional phrase set off by commas after the
    verb is passed; the words after it may be the subject."""
    if (
        len(words) < 4
        or words[0].text != ","
        or fold_apostrophe(words[1].lower) not in prepositions
    ):
        return words
    close = next((j for j in range(2, min(len(words), 6)) if words[j].text == ","), None)
    return words[close + 1 :] if close is not None else words


def _after_preposition(words: Sequence[Token], context: Context) -> Sequence[Token]:
    """The words after "selon", "pour", "according to" or "d'après" (a preposition the pack
    lists with its particles needs one: "d'" alone is no attribution)."""
    rest = words[1:]
    particles = context.lang.speech.attribution_prepositions.get(words[0].lower, ())
    if particles and not (rest and rest[0].lower in particles):
        return []
    return rest[1:] if particles else rest


def _without_asides(clause: Sequence[Token], context: Context) -> list[Token]:
    """The clause without parenthesised asides ("(R-Utah)") or a name's age and party
    (", 25,", ", R-Ky.,"), which would otherwise end the noun phrase early."""
    words: list[Token] = []
    depth = 0
    for tok in clause:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
        elif depth == 0:
            words.append(tok)
    tag = context.lang.people.affiliation_tag
    k = 0
    while k < len(words):  # ", 25," (an age) and ", R-Ky.," (party and state) after a name
        close = next(
            (j for j in range(k + 1, min(len(words), k + 5)) if words[j].text == ","), None
        )
        if (
            words[k].text == ","
            and close is not None
            and (_AGE.match(words[k + 1].text) or (tag and tag.fullmatch(words[k + 1].text)))
        ):
            del words[k : close + 1]
        else:
            k += 1
    return words


def _apposed_name(words: Sequence[Token], comma: int, context: Context) -> list[Token]:
    """The full name set off by commas right before a speech verb ("…, Jane Doe, said"):
    two to four capitalised words, the first not a pronoun or a grammar word."""
    k = comma + 1
    while k < len(words) and k - comma <= _APPOSED_NAME_WORDS and words[k].capitalised:
        k += 1
    name = list(words[comma + 1 : k])
    closed = (
        k + 1 < len(words) and words[k].text == "," and context.lang.speech.verb(words[k + 1].text)
    )
    if not closed or len(name) < 2 or name[0].lower in context.lang.stop_words:
        return []
    return name


def _opens_aside(word: Token, context: Context) -> bool:
    """ "who wrote the bill", "wearing a red hat": a clause set off after a speaker's name."""
    participle = context.lang.words.aside_participle
    return word.lower in context.lang.words.relatives or bool(
        participle and participle.fullmatch(word.text)
    )


def _joins_organisation_name(words: Sequence[Token], k: int, context: Context) -> bool:
    """ "the Commission on Presidential Debates said": a connector of the pack between an
    organisation's head noun and a capitalised word is inside its name."""
    people = context.lang.people
    return (
        0 < k < len(words) - 1
        and words[k].lower in people.organisation_connectors
        and words[k - 1].capitalised
        and words[k - 1].lower in people.organisations
        and words[k + 1].capitalised
    )


def _np_closes(words: Sequence[Token], comma: int, context: Context) -> bool:
    """A comma inside the subject: "Jane Doe, a spokeswoman for the ministry, said", "Jane
    Doe, a former Acme aide, said": a role noun before the apposition's own comma."""
    for k in range(comma + 1, min(len(words), comma + _APPOSITION_HEAD_REACH)):
        if words[k].text == ",":
            return False
        if role_at(words, k, context.lang):
            return True
    return False


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
            if rest and rest[0].text not in ".,;!?":
                continue
            pronoun = inverted or verb_inverted
            if pronoun:
                source = carrier if inverted else verb
                found: Attribution | None = pronoun_attribution(
                    context, sentence, source, pronoun[1]
                )
            else:
                found = context.attributor.noun_phrase(context, sentence, phrase)
            if found is None or (found.speaker is None and not phrase):
                continue
            resume = next((t.end for t in rest[:1]), stop)
            return Finding(found, incise=(index, tok.start, resume))
    return Finding()


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
    if not trailing_ok:
        return None
    body = clause[:-1] if ending.text in ":," else clause
    for k, tok in enumerate(body):
        if tok.lower in speech.attribution_prepositions or (
            k == 0 and tok.lower in speech.opening_prepositions
        ):
            rest = _after_preposition(body[k:], context)
            return attributor.noun_phrase(context, sentence, phrase_after(rest, lang))
    verbs = [
        k for k, t in enumerate(body) if speech.verb(_inverted_head(t.text, context) or t.text)
    ]
    if not verbs:
        if ending.text != ":" or not body:
            return None
        named = any(
            read_name(body, run, lang, speaker_slot=True) for run in capitalised_runs(body, lang)
        )
        if len(body) <= 6 and named:
            return attributor.noun_phrase(context, sentence, body)  # "Jane Doe : « … »"
        found = attributor.subject(context, sentence, body)  # "X did not hold back: “…”"
        return found if found is not None and found.speaker is not None else None
    v = verbs[-1]
    if len(body) - v > 6:  # the verb is too far from the quote to introduce it
        return None
    inverted = speech.inverted(body[v].text)
    if inverted:
        return pronoun_attribution(context, sentence, body[v], inverted[1])
    pre = body[:v]
    carried = _inverted_auxiliary(pre, context)
    if carried is not None:
        return pronoun_attribution(context, sentence, *carried)
    elided = _elided_subject(context, pre, body[v + 1 :])
    if elided is not None:
        return elided
    subject = attributor.subject(context, sentence, pre)
    if subject is not None:
        return subject
    after = phrase_after(body[v + 1 :], lang)
    if after:
        return attributor.noun_phrase(context, sentence, after)
    words = [t for t in pre if t.text[0].isalnum()]  # a speech verb, a speaker we cannot name
    return Attribution(None, context.text[words[0].start : words[-1].end] if words else None)


def _elided_subject(
    context: Context, pre: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """ "Puis ajoute : « … »": a speech verb with no subject before or after it goes on with
    the person the previous sentence put forward."""
    lang = context.lang
    glue = lang.words.auxiliaries | lang.words.stop_prepositions
    if any(t.text[0].isalnum() and t.lower not in glue for t in pre):
        return None
    if phrase_after(after, lang) or past_adjuncts(after, context):
        return None
    salient = context.discourse.recently_salient()
    return Attribution(salient[0], None) if salient else None


def _inverted_auxiliary(words: Sequence[Token], context: Context) -> tuple[Token, str] | None:
    """The first word that carries an inverted pronoun ("a-t-il") and that pronoun."""
    for word in words:
        inverted = context.lang.speech.inverted(word.text)
        if inverted:
            return word, inverted[1]
    return None


def _inverted_head(word: str, context: Context) -> str | None:
    inverted = context.lang.speech.inverted(word)
    return inverted[0] if inverted else None


def _lead_in(context: Context, sentence: Sentence, candidate: Candidate) -> list[Token]:
    """The words before a quote's opening mark, back to the previous quote; for a quote that
    opens its paragraph, the previous paragraph when it ends with a colon ("X continued:")."""
    open_at = candidate.spans[0].open_at
    indices = [k for k in range(sentence.index_at(open_at)) if sentence.tokens[k].end <= open_at]
    closes = [k for k in indices if sentence.quoted[k] and sentence.tokens[k].text in MARKS]
    start = closes[-1] + 1 if closes else 0
    clause = [sentence.tokens[k] for k in indices[start:] if not sentence.quoted[k]]
    last = context.discourse.last
    if clause or last is None:
        return clause
    if last.paragraph != candidate.paragraph - 1 or last.tokens[-1].text != ":":
        return []
    closes = [k for k, t in enumerate(last.tokens) if last.quoted[k] and t.text in MARKS]
    start = closes[-1] + 1 if closes else 0
    return [t for k, t in enumerate(last.tokens) if k >= start and not last.quoted[k]]
