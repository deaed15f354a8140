"""The attribution clause, once found: who ``, a déclaré X``, ``, said X``, ``, the ministry
said in a statement``, ``, selon l'OTAN`` or ``, according to X`` names as the speaker.

``cues`` finds where the clause is (after the closing mark, in the next sentence, under a
signature); ``indirect`` reads the same clauses around reported speech. The clause is read
without its asides (an age, a party tag, a relative clause set off by commas), past the
adjuncts of an inverted verb, up to the noun phrase that names the speaker.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.attribution.affiliation import subject_before_affiliation
from bot.text.quotes.attribution.asides import (
    apposed_name,
    first_of_joined_titles,
    joins_organisation_name,
    long_aside_closes,
    np_closes,
    opens_aside,
    title_case_word,
    without_asides,
)
from bot.text.quotes.attribution.phrase_ends import (
    bare_noun_phrase,
    name_after_role_phrase,
    phrase_after,
    time_phrase_end,
)
from bot.text.quotes.attribution.pronouns import pronoun_attribution
from bot.text.quotes.attribution.unnamed import opens_noun_phrase
from bot.text.quotes.candidates import Attribution
from bot.text.quotes.context import Context
from bot.text.quotes.people.first_names import full_name_at
from bot.text.quotes.people.name_words import honorific_at
from bot.text.quotes.people.runs import is_abbreviation, known_surname_word
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

ATTRIBUTION_REACH = 9  # tokens between a quote and its speech verb, at most
_QUOTING_SUBJECT_WORDS = 4  # "the New York Post quoted …": words before a quoting verb, at most
_QUOTED_OBJECT_WORDS = 8  # "quoted the pastor, Jo Vell, as saying": words of its object, at most
_AFFILIATION_WORDS = 8  # "Jane Doe of the Institute for …": more words a body's name adds


def clause_attribution(
    context: Context,
    sentence: Sentence,
    clause: Sequence[Token],
    after_quote: bool,
) -> Attribution | None:
    """Read an attribution clause that follows a quote: ``, a-t-il déclaré``, ``, said X``,
    ``, the ministry said in a statement``, ``, selon l'OTAN``, ``, according to X``."""
    lang, speech, attributor = context.lang, context.lang.speech, context.attributor
    words = _without_adverbials(without_asides(clause, context), lang)
    if after_quote and _narration_goes_on(words, context):
        # "« … » de la Grande Guerre, poursuit l'historienne": in a language whose incises
        # invert the subject, the narrator's sentence goes on after the marks up to a comma
        words = words[next(j for j, t in enumerate(words) if t.text == ",") :]
    dashed = bool(words) and words[0].text in "―—–-"
    while words and words[0].text in ",―—–-:;":
        words.pop(0)
    if not words:
        return None
    if (
        dashed
        and after_quote
        and len(words) <= 8
        and not any(speech.verb(t.text) for t in words)
        and _signature_opens(words[0], lang)
    ):
        return attributor.noun_phrase(context, sentence, phrase_after(words, lang))  # “…” ― Jane
    if words[0].lower in speech.attribution_prepositions:
        rest = after_preposition(words, context)
        return attributor.noun_phrase(context, sentence, phrase_after(_agent_of(rest, lang), lang))
    if after_quote and len(words) > 1 and words[0].lower in speech.conformity_words:
        words = words[1:]  # "“…,” as Jo Vell put it": the clause of the quote's speaker
    if after_quote and _goes_on_with_the_sentence(words[0], context):
        return None  # "X noted “…,” adding that …", "“…” without anyone asking": no speaker here
    quoted = _quoted_as(words, lang) if after_quote else []
    if quoted:  # "“…,” the paper quoted Jo Vell as saying"
        return attributor.noun_phrase(context, sentence, quoted)
    appositive, reach = False, ATTRIBUTION_REACH
    for v, tok in enumerate(words):
        if _out_of_reach(words, v, reach, context):
            break
        if (
            not tok.text[0].isalnum()
            and tok.text not in ("’", "'")  # "Sanders' aide"
            and not _amount_sign(words, v)
        ):
            if tok.text == "," and v and not appositive and long_aside_closes(words, v, context):
                return attributor.noun_phrase(context, sentence, words[:v])

            if (
                tok.text == "&"
                and 0 < v < len(words) - 1
                and words[v - 1].capitalised
                and words[v + 1].capitalised
            ):
                continue  # "Compass Research & Trading": an organisation's own name
            if tok.text == "," and v and (appositive or np_closes(words, v, context)):
                appositive = not appositive  # "Jane Doe, a writer for X, said": both commas
                reach = ATTRIBUTION_REACH + 8
                continue
            relative = v + 1 < len(words) and opens_aside(words[v + 1], context)
            opens = opens_noun_phrase(words[0], lang)
            if tok.text == "," and v and not appositive and relative and opens:
                # "Jane Doe, who wrote the bill, said", "a source, who was not allowed to
                # speak, told X": the clause is the subject's
                appositive = True
                reach = ATTRIBUTION_REACH + 8
                continue
            if tok.text == "." and v and _inner_abbreviation(words, v, context):
                continue  # "Rep. John Mica said", "John F. Kennedy said", "Jo Vell Jr., …"
            named = apposed_name(words, v, context) if tok.text == "," and v else None
            if named:  # "his former partner at Acme, Jane Doe, said": the name speaks
                return attributor.noun_phrase(context, sentence, named)
            break
        inverted = speech.inverted(tok.text)
        head = inverted[0] if inverted else tok.text
        with_object = v + 1 < len(words) and speech.verb_with_object(tok.text, words[v + 1].text)
        spoken = speech.verb(head) or with_object or _document_reads(words, v, lang)
        if not spoken or inside_name(words, v, lang):
            continue
        if v and tok.capitalised and not inverted:
            continue  # "former State policy director Jo Vell wrote": a name's or a title's word
        head_words = list(itertools.takewhile(lambda t: t.text != ",", words[:v]))
        head_words = first_of_joined_titles(head_words, context)
        affiliated = subject_before_affiliation(head_words, lang) if after_quote else None
        if affiliated is not None:  # "“…,” a worker with the ambulance service said"
            return attributor.noun_phrase(context, sentence, head_words[:affiliated])
        if any(
            (t.lower in lang.words.stop_prepositions or t.lower in lang.words.relatives)
            and not joins_organisation_name(head_words, k, context)
            and not title_case_word(head_words, k)
            and not (
                k == 0 and t.lower in lang.words.demonstratives and _unnamed_after(head_words, lang)
            )
            for k, t in enumerate(head_words)
        ):  # (not "this source told X": a subject naming nobody)
            return None  # ", en réaction aux critiques", ", qui a publié sa note": no speaker
        # "Jane Doe, a writer for The Atlantic, said": the name before the apposition speaks
        subject = [  # "“…,” Will wrote" after "Ann Will": a surname, not an auxiliary
            t
            for k, t in enumerate(head_words)
            if t.lower not in lang.words.auxiliaries
            or known_surname_word(head_words, k, context.people, lang)
        ]
        if _conformity_with_clitic(head_words, context):
            subject = []  # "…, comme le rapporte le Telegraph": the subject follows the verb
        if after_quote and any(t.lower in lang.people.subject_pronouns for t in subject[1:]):
            return None  # "“…” if he continues", "“…” the rules he said would": a clause of its own
        if inverted:
            return pronoun_attribution(context, sentence, tok, inverted[1])
        carried = inverted_auxiliary(words[:v], context)
        if carried is not None:  # "a-t-il déclaré", "a-t-elle ajouté"
            return pronoun_attribution(context, sentence, *carried)
        if (
            subject
            and after_quote
            and speech.inverted_subject is None
            and head_words[0].text.islower()  # not "Will wrote": a name
            and head_words[0].lower in lang.words.auxiliaries
        ):
            # "“Boots on the ground” would be appropriate, Jo Vell said": the words after the
            # marks finish the quoted subject's sentence; the speaker stands after the comma
            # (in a language whose incises keep the subject first)
            apposed = words[len(head_words) + 1 : v]
            return attributor.noun_phrase(context, sentence, apposed) if apposed else None
        if subject:
            return attributor.noun_phrase(context, sentence, subject)
        if tok.lower in speech.listener_verbs:
            return None  # "“…,” Col. Jo Vell, told WNS": who listened, not who spoke
        apposed = name_after_role_phrase(words[v + 1 :], lang)
        if apposed and not after_quote and apposed[-1] is not words[-1]:
            apposed = []  # with no quote before it, the name must end the reporting clause
        if apposed:  # "“…,” wrote the ambassador at the time, Jo Vell."
            return attributor.noun_phrase(context, sentence, apposed)
        after = phrase_after(words[v + 1 :], lang) or phrase_after(
            past_adjuncts(words[v + 1 :], context), lang
        )
        if after and (after_quote or _inversion_ends_clause(head_words, after, context)):
            return attributor.noun_phrase(context, sentence, after)
        return None
    return None


def _quoted_as(words: Sequence[Token], lang: LanguagePack) -> list[Token]:
    """The object of a quoting verb that opens the clause ("the Post quoted Jo Vell as
    saying", "the filing quotes the pastor, Jo Vell, as saying"): who spoke; its apposed
    name when a comma sets one off."""
    speech = lang.speech
    k = next(
        (
            k
            for k, t in enumerate(words[: _QUOTING_SUBJECT_WORDS + 1])
            if t.lower in speech.quoting_verbs
        ),
        None,
    )
    if k is None or not all(t.text[0].isalnum() for t in words[:k]):
        return []
    for j in range(k + 2, min(len(words) - 1, k + 2 + _QUOTED_OBJECT_WORDS)):
        if words[j].lower in speech.conformity_words and speech.verb(words[j + 1].text):
            parts = [
                list(g)
                for comma, g in itertools.groupby(words[k + 1 : j], lambda t: t.text == ",")
                if not comma
            ]
            named = [p for p in parts[1:] if len(p) >= 2 and all(t.capitalised for t in p)]
            return named[0] if named else parts[0] if parts else []
    return []


def _signature_opens(word: Token, lang: LanguagePack) -> bool:
    """ "“…” ― Jane", "“…” — a nurse", "— @handle": a signature after a dash, not a word in
    lower case that goes on with the narration ("— essentially the group he rails against")."""
    lower_word = word.text.isalpha() and word.text.islower()
    return not lower_word or fold_apostrophe(word.lower) in lang.words.determiners


_ADVERBIAL_WORDS = 4  # "une fois de plus": words of an adverbial phrase, at most


def _without_adverbials(words: list[Token], lang: LanguagePack) -> list[Token]:
    """The words without an adverb of several words right after an auxiliary ("a de son côté
    affirmé", "a à nouveau assuré"), which would otherwise read as a preposition ending the
    speaker's noun phrase."""
    listed, auxiliaries = lang.words.adverbial_phrases, lang.words.auxiliaries
    if not listed and not lang.words.possessives:
        return words
    k = 1
    while k < len(words):
        if fold_apostrophe(words[k - 1].lower) not in auxiliaries:
            k += 1
            continue
        low = [fold_apostrophe(t.lower) for t in words[k : k + _ADVERBIAL_WORDS]]
        size = next((n for n in range(len(low), 1, -1) if " ".join(low[:n]) in listed), 0)
        if not size and len(low) >= 3 and low[0] in lang.words.prepositions:
            size = 3 if low[1] in lang.words.possessives else 0  # "pour sa part"
        if size:
            del words[k : k + size]
        k += 1
    return words


def _conformity_with_clitic(head_words: Sequence[Token], context: Context) -> bool:
    """ "comme le rapporte", "comme l'a indiqué": a conformity word and an object pronoun
    (or an auxiliary) before the verb, whose subject is inverted after it."""
    lang = context.lang
    words = lang.words
    return (
        len(head_words) >= 2
        and head_words[0].lower in lang.speech.conformity_words
        and all(
            (w := fold_apostrophe(t.lower)) in words.determiners or w in words.auxiliaries
            for t in head_words[1:]
        )
    )


_AGENT_REACH = 5  # "a court document filed by X": words before the agent's "by", at most


def _agent_of(words: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "according to a court document filed by state attorney Jo Vell": a thing that names
    nobody, then the agent that wrote it; the agent is the source."""
    by = next(
        (
            k
            for k, t in enumerate(words[: _AGENT_REACH + 1])
            if t.lower == lang.speech.passive_agent
        ),
        None,
    )
    if not by or by + 1 >= len(words) or any(t.capitalised for t in words[:by]):
        return words
    if (
        not all(t.text.isalpha() for t in words[:by])
        or words[0].lower not in lang.words.determiners
    ):
        return words
    return words[by + 1 :]


def _unnamed_after(words: Sequence[Token], lang: LanguagePack) -> bool:
    """ "this source", "ces sources": lower-case words after the first, ending on an anonymous
    source (not "ce commerçant", who may be the person named before)."""
    return (
        len(words) > 1
        and not any(t.capitalised for t in words[1:])
        and words[-1].lower in lang.people.anonymous_sources
    )


def _inversion_ends_clause(
    before_verb: Sequence[Token], phrase: Sequence[Token], context: Context
) -> bool:
    """ "The plan failed, said Jane Doe.", "…, a déclaré X.": a sentence that ends on an
    inverted speech verb and its subject; not "…, had pledged to back the nominee" (only a
    perfect auxiliary may come first) nor "…, said Jane Doe had lied" (a clause goes on)."""
    perfect = context.lang.speech.perfect_auxiliaries
    if _conformity_with_clitic(before_verb, context):
        before_verb = []  # "…, comme l'a indiqué X."
    if any(fold_apostrophe(t.lower) not in perfect for t in before_verb):
        return False
    capitals = [k for k, t in enumerate(phrase) if t.capitalised]
    end = capitals[-1] + 1 if capitals else len(phrase)
    while end < len(phrase) and inside_name(phrase, end, context.lang):
        end += 1  # "…, révèle Le Canard enchaîné.": the title's own word
    after_name = phrase[end:]
    return not any(t.text.isalpha() and t.text.islower() for t in after_name)


def noun_use(words: Sequence[Token], k: int, context: Context) -> bool:
    """ "secretary of state Jo Vell", "the report": a speech verb's form after a determiner
    or a noun's preposition is a noun (not a gerund: "for saying that")."""
    if not k:
        return False
    before = fold_apostrophe(words[k - 1].lower)
    lang = context.lang
    if before in lang.words.determiners:
        return True
    gerund = lang.words.aside_participle
    return before in lang.words.affiliation_prepositions and not (
        gerund is not None and gerund.fullmatch(words[k].text)
    )


def _amount_sign(words: Sequence[Token], v: int) -> bool:
    """A currency sign before a number ("Fight for $15 director Jo Vell said"): part of a
    name or a phrase, not punctuation that ends the clause."""
    return words[v].text in "$£€" and v + 1 < len(words) and words[v + 1].text[:1].isdigit()


def _inner_abbreviation(words: Sequence[Token], v: int, context: Context) -> bool:
    """Whether the full stop at ``v`` is an abbreviation's: an honorific or an initial, or
    one that may end a sentence ("Jr.", "Inc.") where the clause goes on after it."""
    word = words[v - 1]
    if is_abbreviation(word, context.lang):
        return True
    return v + 1 < len(words) and word.text in context.lang.words.final_abbreviations


def _document_reads(words: Sequence[Token], v: int, lang: LanguagePack) -> bool:
    """ "the statement read", "read a letter from X": a verb of ``document_verbs`` whose
    subject right before it, or the noun phrase right after it, is a document."""
    if words[v].lower not in lang.speech.document_verbs:
        return False
    documents = lang.people.any_documents
    if v and words[v - 1].lower in documents:
        return True
    after = phrase_after(words[v + 1 :], lang)
    return bool(after) and after[-1].lower in documents


def inside_name(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "the Harlow Post reported", "the Post said": a capitalised word after another or after
    an article inside a sentence is a name's word, even one that is also a speech verb; so is
    a title's own lower-case word after a capitalised one ("le Canard enchaîné révèle")."""
    before = words[k - 1] if k > 0 else None
    if before is None:
        return False
    if before.capitalised and words[k].lower in lang.people.lower_case_title_words:
        return True
    return words[k].capitalised and (
        before.capitalised or fold_apostrophe(before.lower) in lang.words.definite_articles
    )


_ADJUNCT_REACH = 7  # words between an inverted verb and its subject, at most


def _out_of_reach(words: Sequence[Token], v: int, reach: int, context: Context) -> bool:
    """Whether ``words[v]`` is too far into the clause to be its speech verb: the dots of
    abbreviations ("Assistant U.S. Attorney Jane Doe") do not count, and a name followed by
    its body's name ("Jane Doe of the Institute for Harbour Studies") may run longer."""
    lang = context.lang
    dots = sum(
        t.text == "." and k > 0 and is_abbreviation(words[k - 1], lang)
        for k, t in enumerate(words[:v])
    )
    counted = v - dots
    if counted < reach:
        return False
    affiliation = (
        counted < reach + _AFFILIATION_WORDS
        and any(t.lower in lang.words.affiliation_prepositions for t in words[1:v])
        and all(
            t.capitalised or t.lower in lang.words.title_minor_words or t.text == "."
            for t in words[:v]
        )
    )
    return not affiliation


def _goes_on_with_the_sentence(word: Token, context: Context) -> bool:
    """A participle or a preposition right after a quote: the words after the marks go on
    with the sentence the quote sits in, and the speaker is named before it, if anywhere."""
    participle = context.lang.words.aside_participle
    return fold_apostrophe(word.lower) in context.lang.words.object_prepositions or bool(
        participle and participle.fullmatch(word.text)
    )


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
    # not "de": "a répondu aux critiques du député X" names who criticised, not who spoke;
    # "pour": "commente pour la radio X", the outlet, then the speaker
    prepositions = (
        lang.words.stop_prepositions | lang.speech.opening_prepositions
    ) - lang.words.affiliation_prepositions
    passed = _past_set_off_place(words, prepositions)
    set_off, words, k = passed is not words, passed, 0
    while k < min(len(words), _ADJUNCT_REACH):
        low = fold_apostrophe(words[k].lower)
        if k and low in lang.words.determiners and _named_after(words, k + 1, lang):
            break  # "a déclaré à l'AFP l'analyste Jo Lind": an article, not "l'" of "l'a"
        if low in skippable and not bare_noun_phrase(words, k, prepositions, lang):
            k += 1
        elif time_phrase_end(words, k, lang):
            k = time_phrase_end(words, k, lang)  # "le même jour", "8 août"
        elif _manner_at_start(words, k, lang):
            k = 3  # "lance d'une voix ferme X": the manner, then the speaker
            while k < len(words) and words[k].text.isalpha() and not words[k].capitalised:
                k += 1  # its adjectives ("ferme", "très grave")
        elif k + 2 < len(words) and words[k + 1].lower in lang.words.possessives:
            k += 3  # "de son côté", "pour sa part": the speaker's own side, never a name
        elif low in prepositions and low not in lang.words.relatives:
            k += 1  # the preposition, a determiner, one noun (or a name: "à Marc Lenoir")
            if k < len(words) and fold_apostrophe(words[k].lower) in lang.words.determiners:
                k += 1
            if k + 1 < len(words) and words[k].text.isdigit() and words[k + 1].text.isalpha():
                k += 1  # "à 20 minutes Léa Morin": an outlet named with a number, one word on
            name = k < len(words) and words[k].capitalised and not words[k].text.isupper()
            k += 1
            while (
                name
                and k < len(words)
                and words[k].capitalised
                and not full_name_at(words, k)
                and not _honorific_at(words, k, lang)
            ):
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


def _manner_at_start(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "d'une voix ferme", "d'un ton sec" right after the verb: "de", an indefinite article
    and a noun say how it was said, not whose it is (that "du député X" would)."""
    return (
        k == 0
        and len(words) > 3
        and fold_apostrophe(words[0].lower) in lang.words.affiliation_prepositions
        and words[1].lower in lang.words.indefinite_articles
        and words[2].text.isalpha()
        and not words[2].capitalised
    )


def _named_after(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """A capitalised word among the few after ``k``, before any preposition: the phrase
    names someone ("l'analyste politique Jo Lind")."""
    for tok in words[k : k + 4]:
        if tok.capitalised:
            return True
        if fold_apostrophe(tok.lower) in lang.words.object_prepositions:
            return False
    return False


def _honorific_at(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """An honorific at ``k`` before a capitalised word ("à France Bleu Nord M. Lenoir": the
    outlet ends there, the speaker starts)."""
    after = k + 2 if k + 2 < len(words) and words[k + 1].text == "." else k + 1
    return honorific_at(words, k, lang) and after < len(words) and words[after].capitalised


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


def after_preposition(words: Sequence[Token], context: Context) -> Sequence[Token]:
    """The words after "selon", "pour", "according to" or "d'après" (a preposition the pack
    lists with its particles needs one: "d'" alone is no attribution)."""
    rest = words[1:]
    particles = context.lang.speech.attribution_prepositions.get(words[0].lower, ())
    if particles and not (rest and rest[0].lower in particles):
        return []
    return rest[1:] if particles else rest


def inverted_auxiliary(words: Sequence[Token], context: Context) -> tuple[Token, str] | None:
    """The first word that carries an inverted pronoun ("a-t-il") and that pronoun."""
    for word in words:
        inverted = context.lang.speech.inverted(word.text)
        if inverted:
            return word, inverted[1]
    return None
