"""Where a clause names its speaker: the subject before a speech verb, the noun phrase after
an inverted one or after "selon" / "according to"; ``phrases`` says whom that phrase names.

These are the rules every language uses today (``RuleAttributor``). A language whose parser
or model knows better overrides :meth:`Attributor.subject` or :meth:`Attributor.noun_phrase`
and keeps the rest.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.attribution.documents import kind_of_document
from bot.text.quotes.attribution.hometowns import hometown_commas
from bot.text.quotes.attribution.impersonal import thing_body
from bot.text.quotes.attribution.infinitives import governing_verb
from bot.text.quotes.attribution.passives import passive_clause
from bot.text.quotes.attribution.phrase_ends import phrase_after
from bot.text.quotes.attribution.phrases import definite_label, name_before_relative, named_body
from bot.text.quotes.attribution.pronouns import antecedent, pronoun_speaker
from bot.text.quotes.attribution.unnamed import (
    before_aside,
    common_noun_phrase,
    indefinite_mention,
    opening_noun_phrase,
    opens_noun_phrase,
    relative_antecedent,
    subject_before_auxiliary,
)
from bot.text.quotes.candidates import Attribution, Candidate
from bot.text.quotes.context import Context
from bot.text.quotes.people.first_names import possessive
from bot.text.quotes.people.mentions import (
    add_named,
    pronoun_gender,
    subject_after_opening,
)
from bot.text.quotes.people.names import NameHit, read_name
from bot.text.quotes.people.positions import object_position
from bot.text.quotes.people.roles import (
    ROLE_MODIFIER_REACH,
    modifies_role,
    opening_article,
    role_at,
)
from bot.text.quotes.people.runs import capitalised_runs, known_surname_word
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

_DASHES = frozenset({"-", "–", "—", "--"})


def subject(context: Context, sentence: Sentence, pre: Sequence[Token]) -> Attribution | None:
    """The subject before a speech verb: the first name or pronoun not inside a prepositional
    phrase, else the nearest role or organisation noun phrase."""
    lang = context.lang
    relatives = lang.words.relatives
    chain = _before_reporting_verb(pre, lang)
    chained = len(chain) < len(pre)  # "Y added, saying": a speech verb right after the words
    kept = _inside_parenthesis(chain)
    antecedent_phrase = relative_antecedent(kept, lang)
    if antecedent_phrase:  # "a headline that said": the thing the relative stands for
        return context.attributor.noun_phrase(context, sentence, antecedent_phrase)
    words = [
        t
        for k, t in enumerate(kept)
        if t.lower not in lang.words.auxiliaries
        or _between_capitals(kept, k)
        or known_surname_word(kept, k, context.people, lang)  # "Will said" after "Ann Will"
        or opening_article(kept, k, lang)  # "L'élue condamne", ", l'ancien ministre estime"
    ]
    if not words:
        return None
    asked = passive_clause(context, sentence, pre)
    if asked is not None:
        return asked
    if len(words) > 1 and words[-1].lower in lang.people.latter_words:  # "Ce dernier a dit"
        return context.attributor.noun_phrase(context, sentence, words[-2:])
    main = opening_noun_phrase(words, lang) if _before_participle(sentence, pre, lang) else ()
    if main:  # "The president left no doubt of his support for Reed, saying": not Reed
        return context.attributor.noun_phrase(context, sentence, main)
    relative_of = name_before_relative(context, words)
    if relative_of is not None:
        return _named(context, words, relative_of)
    places = hometown_commas(words, lang)
    comma = max(
        (k for k, t in enumerate(words[:-1]) if t.text == "," and k not in places), default=-1
    )
    named_after_comma = comma >= 0 and (
        (words[comma + 1].capitalised and words[comma + 1].start > words[comma].end)
        or words[comma + 1].lower in lang.people.subject_pronouns
    )  # "Hearing it all, Reyes said" (not "2,000"), "After weighing it, she said"
    subordinate = max(
        (k for k, t in enumerate(words) if t.lower in lang.words.subordinators), default=-1
    )
    if not any(t.capitalised for t in words[subordinate + 1 :]):
        subordinate = -1  # "It started when X tweeted": X's clause; not "she said when asked"
    that = max(
        (k for k, t in enumerate(words) if k and t.lower in lang.words.complementizers),
        default=-1,
    )
    if not any(t.capitalised for t in words[that + 1 :]):
        that = -1
    # "…, to which Omally interjected": the name after a preposition's relative speaks
    relative = max(
        (
            k - 1
            for k in range(len(words))
            if words[k].capitalised and _after_relative(words, k, lang)
        ),
        default=-1,
    )
    for k, tok in enumerate(words):
        is_pronoun, gender = pronoun_gender(tok.text, lang)
        if k < subordinate:
            continue
        pronoun = lang.people.subject_pronouns.get(tok.lower)
        if k < that and pronoun is not None and not pronoun.personal:
            continue  # "It grew so big that X thanked": X's clause (not "He said that X …")
        if k and words[k - 1].lower in lang.words.object_prepositions:
            continue
        if k and lang.speech.verbs_with_object.get(words[k - 1].lower) == tok.lower:
            continue  # "as Jo Vell put it in a memo": the verb's own object
        if k < comma and named_after_comma:
            continue  # "Hearing it all, Reyes said": the name in the verb's own clause speaks
        if k < relative:
            continue  # "She said it was strong, to which Omally interjected": his clause
        if k and words[k - 1].lower in relatives and _name_after_comma(words, k):
            continue  # "At the club, where it costs $70, Jo Vell said": the relative's "it"
        if k and _opens_reported_clause(words[k - 1], lang):
            continue  # "Ann Reed said it was early but added": "it" is the clause's, not hers
        if is_pronoun and _in_opening_clause(words, k, lang):
            continue  # "After she spoke, Bo Lind wrote": the main clause's subject speaks
        if is_pronoun and k + 1 < len(words) and words[k + 1].lower in lang.people.impersonal_after:
            # "il faut « … »": no one in particular, so the words go on with whoever was
            # speaking (whatever their gender), not with the last man named
            return Attribution(antecedent(context, sentence, tok.start, None), tok.text)
        if is_pronoun:
            return Attribution(pronoun_speaker(context, sentence, tok, gender), tok.text)
        if tok.lower in lang.people.subject_pronouns:  # "they", "ils": a group we do not name
            return Attribution(thing_body(context, sentence, tok), tok.text)
    first_word = sentence.tokens[0].start if sentence.tokens else -1
    runs = [
        run
        for run in capitalised_runs(words, lang, context.people)
        if not possessive(words[run[1] - 1].text)  # "Hollis’s spokeswoman"
        and not (
            run[1] - run[0] == 1
            and words[run[0]].start == first_word
            and context.people.find([words[run[0]].text]) is None
            and not (run[1] < len(words) and lang.speech.verb(words[run[1]].text))
            and not (run[1] == len(words) and _proper(words[run[0]], context))
        )  # "Shop owners say": a capitalised first word alone is not a name
    ]
    hits: list[tuple[NameHit, bool]] = []
    for run in runs:
        hit = read_name(
            words,
            run,
            lang,
            speaker_slot=_speaker_slot(words, run, context),
            known=context.people,
            organisation_spans=context.evidence.organisation_spans,
        )
        if hit is not None:
            hit = _body_served(words, hit, lang) or hit
        if (
            hit is not None
            and not _party_label(words, run, hit, lang)
            and not modifies_role(words, hit.last, lang)  # "The Ohio senator"
            and not kind_of_document(words, hit, lang)  # "Court documents said"
        ):
            coordinated = _new_clause_at(words, run[0] - 1, lang)
            in_object = (
                object_position(words, run[0], lang)
                and not coordinated
                and not _after_relative(words, run[0], lang)
            )
            # "the Commissioner for Refugees Ann Reed": the holder stands where the title stands
            holder = [o for o, _ in hits if o.kind == "organization" and o.first <= run[0] < o.last]
            if holder and hit.last <= holder[-1].last:
                continue  # "Cabinet for Health and Family Services": the body's own words
            if holder and hit.kind == "person" and hit.first == holder[-1].last:
                in_object = object_position(words, holder[-1].run_start, lang)
            hits.append((hit, in_object or _after_participle(words, run[0], lang)))
    last_comma = max(
        (
            k
            for k, t in enumerate(words)
            if (t.text == "," and k not in _apposition_commas(words, lang) and k not in places)
            or t.text in _DASHES  # "In May - after Reed left - the Harbour Board told"
            or t.lower in relatives
            or k == subordinate
            or (k == that and chained)  # "X cannot say that “…,” Y added, saying": Y's
            or _new_clause_at(words, k, lang)
        ),
        default=-1,
    )  # the verb's own clause: after "," or a dash ("— where X is concerned — Reyes said"),
    # "that"/"que" ("an explosion that X described"), or "and" before a name ("a child waved
    # and Reyes said")
    # "tandis que Jo Lind a estimé": right after the word that opens the verb's clause, a name
    # is its subject, whatever else "que" may introduce
    nearest = [
        (hit, in_object and hit.run_start != last_comma + 1)
        for hit, in_object in hits
        if hit.run_start > last_comma
    ]
    # "After Ann Reed fell ill, Bo Lind wrote her, …": the name after the opening phrase (not
    # one of a list, "…, les associations A, B et C ont")
    opening = [
        (hit, o)
        for hit, o in hits
        if subject_after_opening(words, hit, lang)
        and words[hit.last].lower not in lang.words.coordinators
    ]
    own = words[last_comma + 1 :] or before_aside(words, lang)
    openers = lang.words.coordinators | lang.words.subordinators | lang.words.clause_prepositions
    if own and (own[0].lower in openers or own[0].lower in lang.speech.conformity_words):
        own = own[1:]  # "…, when many critics called it"
    if not nearest and common_noun_phrase(own, lang):
        # "Reed, a top aide said", "As for Reed, the letter noted": the verb's own clause has
        # a subject that names nobody; the name of the clause before is not who spoke
        return context.attributor.noun_phrase(context, sentence, own)
    unclosed = _unclosed_apposition(words, [hit for hit, _ in hits], lang)
    if unclosed is not None:
        return _named(context, words, unclosed)
    if (
        not nearest
        and len(own) > 2
        and fold_apostrophe(own[0].lower) in lang.words.unnamed_openers
        and not own[1].capitalised
        and not (last_comma > 0 and words[last_comma - 1].capitalised)  # "Ann Reed, an aide"
        and not any(t.lower in lang.words.relatives_and_complementizers for t in words)
        and not any(t.lower in openers and t.lower not in lang.words.coordinators for t in own[1:])
    ):
        # "After the attack in Glenmore, a familiar voice praised it on Twitter": a subject
        # that names nobody opens the verb's own clause (not "a judge jailed him after the
        # man wrote", a clause of its own); the name before is not who spoke
        return Attribution(None, context.text[own[0].start : own[-1].end])
    # "Speaking in Novi, Michigan, Trump says": the last clause first
    for group in (nearest, opening, hits):
        for kind in ("person", "organization"):  # a person subject before an organisation
            for hit, in_object in group:
                if hit.kind == kind and not in_object:
                    return named_body(context, sentence, words, hit) or _named(context, words, hit)
    clause_start = max((k + 1 for k, t in enumerate(words) if t.text in ",;"), default=0)
    before_auxiliary = subject_before_auxiliary(kept, lang)
    if before_auxiliary:  # "A federal lawsuit was filed challenging the Police Department"
        return context.attributor.noun_phrase(context, sentence, before_auxiliary)
    phrase = [t for t in words[clause_start:] if t.text[0].isalnum()]
    if not phrase:
        phrase = [t for t in words if t.text[0].isalnum()]
    if phrase and (
        any(
            role_at(phrase, k, lang) or phrase[k].lower in lang.people.organisations
            for k in range(len(phrase))
        )
        or definite_label(phrase, lang)
    ):
        return context.attributor.noun_phrase(context, sentence, _definite_head(phrase, lang))
    named = [h for h, _ in hits if h.kind == "person" and (h.honorific or h.full_name)]
    if named:  # "footage of Hillary Clinton asking": no subject, the name nearest the verb
        return _named(context, words, named[-1])
    tail = words[last_comma + 1 :]
    unnamed = 0 < len(tail) <= 4 and all(t.text.isalpha() for t in tail)
    if unnamed and not any(t.lower in lang.words.prepositions for t in tail):
        text = context.text[tail[0].start : tail[-1].end]
        return Attribution(None, text)  # "Prosecutors said", "les enquêteurs ont indiqué"
    return None


def _definite_head(phrase: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "The Ohio senator sought to calm the crowd, saying": a clause that opens with a
    definite role, and names nobody after it, has the role for its subject; the words after
    the role are its predicate."""
    if not phrase or fold_apostrophe(phrase[0].lower) not in lang.words.definite_articles:
        return phrase
    for k in range(1, min(len(phrase) - 1, ROLE_MODIFIER_REACH + 1)):
        if role_at(phrase, k, lang):
            if phrase[k].lower in lang.people.spokesperson_roles or any(
                t.capitalised for t in phrase[k + 1 :]
            ):
                return phrase  # someone else's spokesman; a name further on
            after = fold_apostrophe(phrase[k + 1].lower)
            words = lang.words
            goes_on = (
                phrase[k + 1].capitalised
                or not after.isalpha()
                or after in words.prepositions
                or after in lang.people.role_connectors | words.determiners
            )  # "le porte-parole du gouvernement", "the senator from Ohio": the role's own
            return phrase if goes_on else phrase[: k + 1]
        if not phrase[k].text[0].isalpha():
            break
    return phrase


def _inside_parenthesis(words: Sequence[Token]) -> Sequence[Token]:
    """ "… for what it is (Jo Vell, who coined the word, once said": a verb inside a
    parenthesis left open has its subject inside it too."""
    opening = max((k for k, t in enumerate(words) if t.text == "("), default=-1)
    if opening < 0 or any(t.text == ")" for t in words[opening:]):
        return words
    return words[opening + 1 :]


def _before_participle(sentence: Sentence, pre: Sequence[Token], lang: LanguagePack) -> bool:
    """Whether ``pre`` ends with a comma right before a participle ("…, saying"): the verb's
    subject is the sentence's own."""
    participle = lang.words.aside_participle
    if participle is None or not pre or pre[-1].text != ",":
        return False
    k = sentence.index_at(pre[-1].end)
    return k < len(sentence.tokens) and bool(participle.fullmatch(sentence.tokens[k].text))


def _after_relative(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "…, to which O'Malley interjected": a name right after a preposition's relative is the
    relative clause's subject, not the preposition's object."""
    return (
        k > 1
        and words[k - 1].lower in lang.words.relatives
        and fold_apostrophe(words[k - 2].lower) in lang.words.object_prepositions
    )


def _in_opening_clause(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "after *she* did, Axton tweeted": a pronoun in a clause a subordinator opens, which a
    comma closes before a name or a pronoun (the main clause's subject)."""
    grammar = lang.words
    for j in range(k - 1, -1, -1):
        if words[j].text == ",":
            return False
        if words[j].lower in grammar.subordinators or words[j].lower in grammar.clause_prepositions:
            break
    else:
        return False
    return any(
        words[j].text == ","
        and (words[j + 1].capitalised or pronoun_gender(words[j + 1].text, lang)[0])
        for j in range(k + 1, len(words) - 1)
    )


def _after_participle(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "Reed hit back on Monday, attacking Vell for …": a name in a participle clause set off
    by a comma at the end of the words is its object; the clause's subject is the sentence's
    (not "Backers, including the Vell Fund, have urged": an aside the subject goes on after)."""
    participle = lang.words.aside_participle
    if participle is None or any(t.text == "," for t in words[k:]):
        return False
    for j in range(k - 1, 0, -1):
        if not words[j].text[0].isalnum():
            return False
        if participle.fullmatch(words[j].text):
            return words[j - 1].text == ","
    return False


def _between_capitals(words: Sequence[Token], k: int) -> bool:
    """ "Reed later Thursday said": an adverb between two capitalised words keeps them apart
    (not one name "Reed Thursday")."""
    return 0 < k < len(words) - 1 and words[k - 1].capitalised and words[k + 1].capitalised


APPOSITION_ROLE_REACH = 4  # words from an apposition's comma to its role noun, at most


def _apposition_commas(words: Sequence[Token], lang: LanguagePack) -> set[int]:
    """ "Ann Reed, the chairwoman of the board, is backing …": the commas around a role set
    off after a name enclose the subject's apposition, not a clause of their own."""
    commas = [k for k, t in enumerate(words) if t.text == ","]
    enclosing: set[int] = set()
    for opening, closing in itertools.pairwise(commas):
        first = opening + 1
        reach = range(first, min(closing, first + APPOSITION_ROLE_REACH))
        # "Ann Reed, Bo Lind's fired campaign manager, ripped": the role after its owner
        first = next((j + 1 for j in reach if possessive(words[j].text)), first)
        if (
            opening
            and words[opening - 1].capitalised
            and any(
                role_at(words, j, lang)
                for j in range(first, min(closing, first + APPOSITION_ROLE_REACH))
            )
        ):
            enclosing |= {opening, closing}
    return enclosing


def _unclosed_apposition(
    words: Sequence[Token], hits: Sequence[NameHit], lang: LanguagePack
) -> NameHit | None:
    """ "Ann Reed, president and CEO of Vale Dairy said": a person named first, then a comma
    and a role serving a name, with no comma to close it: the apposition runs to the verb,
    and the person, not the body the role serves, is the subject."""
    if len(hits) < 2 or hits[0].kind != "person" or hits[0].run_start != 0:
        return None
    comma = hits[0].last
    if (
        comma >= len(words)
        or words[comma].text != ","
        or any(t.text == "," for t in words[comma + 1 :])
    ):
        return None
    reach = range(comma + 1, min(hits[1].run_start, comma + 1 + APPOSITION_ROLE_REACH))
    return hits[0] if any(role_at(words, j, lang) for j in reach) else None


def _new_clause_at(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "a child waved *and* Reyes said", "Axton wrote *after* Rains argued": a coordinator
    between a lower-case word and a name starts the verb's own clause (not "Reed and Reyes
    said", one subject), and so does a subordinator before the name right before the verb
    (not "gone after Trump as a “…”", a preposition)."""
    if not (0 < k < len(words) - 1 and not words[k - 1].capitalised and words[k + 1].capitalised):
        return False
    low = words[k].lower
    # "Reed tweeted after Lind argued": after a speech verb, "after" opens a clause
    spoken_before = low in lang.words.clause_prepositions and lang.speech.verb(words[k - 1].text)
    return low in lang.words.coordinators or (
        (low in lang.words.subordinators or spoken_before)
        and all(t.capitalised for t in words[k + 1 :])
    )


def _before_reporting_verb(words: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """ "Bo Lind said, adding": the words before the first speech verb of a chain that ends
    with a comma, where the subject of both verbs stands (not "after the result was
    declared,": a passive, no subject)."""
    while (
        len(words) > 2
        and words[-1].text == ","
        and lang.speech.verb(words[-2].text)
        and words[-3].lower not in lang.words.auxiliaries
    ):
        words = words[:-2]
    return words


def _name_after_comma(words: Sequence[Token], k: int) -> bool:
    """A comma after ``words[k]`` and a capitalised word right after it."""
    return any(
        words[j].text == "," and words[j + 1].capitalised for j in range(k + 1, len(words) - 1)
    )


def _opens_reported_clause(word: Token, lang: LanguagePack) -> bool:
    """A speech verb or "that" right before a pronoun: the pronoun is the reported clause's
    subject ("said it was", "confirmed she had"), not the speaker's."""
    return lang.speech.partial_verb(word.text) or word.lower in lang.words.complementizers


def _party_label(
    words: Sequence[Token], run: tuple[int, int], hit: NameHit, lang: LanguagePack
) -> bool:
    """ "la présidente LR de la région": an acronym right after a role is the holder's party,
    not the subject."""
    return (
        hit.kind == "organization"
        and run[1] - run[0] == 1
        and words[run[0]].text.isupper()
        and run[0] > 0
        and role_at(words, run[0] - 1, lang) is not None
    )


def _speaker_slot(words: Sequence[Token], run: tuple[int, int], context: Context) -> bool:
    """Right before the verb ("… Okafor said"), or a proper name right before another
    speech verb ("Okafor agreed and said"; not "Sources told"), or before a relative that
    stands for a person ("Kessler Brandt, who chairs it, said")."""
    if run[1] == len(words) or introduces_document(words, run[1], context.lang):
        return True
    if (
        run[1] + 1 < len(words)
        and words[run[1]].text == ","
        and words[run[1] + 1].lower in context.lang.words.person_relatives
    ):
        return True
    before_verb = context.lang.speech.verb(words[run[1]].text)
    return before_verb and (run[1] - run[0] > 1 or _proper(words[run[0]], context))


def introduces_document(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "Black Lives Matter issued a statement", "said in a statement": a word at ``k`` (a
    verb, "in") and then a document introduced ("a statement", "a joint letter")."""
    return (
        k + 2 < len(words)
        and words[k].text.isalpha()
        and words[k].text.islower()
        and not lang.speech.verb(words[k].text)  # "révèle une étude": the study speaks
        and not (k and words[k - 1].text == ",")  # "…, reveals a study": inverted, the same
        and words[k + 1].lower in lang.words.indefinite_articles
        and any(t.lower in lang.people.documents for t in words[k + 2 : k + 4])
    )


def _proper(word: Token, context: Context) -> bool:
    """A capitalised word right before the verb that the article never writes in lower case
    and the pack does not know as a noun: "Kowalczyk insisted", not "Officials said"."""
    low = word.lower
    people = context.lang.people
    return (
        low not in context.people.lowercase_words
        and not (low.endswith("s") and not low.endswith("ss"))  # "Analysts", a plural
        and low not in people.organisations
        and low not in people.roles
        and low not in people.anonymous_sources
        and low not in context.lang.speech.attribution_prepositions  # "According …", cut short
    )


def _body_served(words: Sequence[Token], hit: NameHit, lang: LanguagePack) -> NameHit | None:
    """ "The Reed campaign said": the body a name is written before speaks, named as the
    surname and the noun ("Reed campaign"); not "a Reed campaign aide", someone of it."""
    k = hit.last
    if k >= len(words) or words[k].lower not in lang.people.personal_bodies:
        return None
    after = words[k + 1] if k + 1 < len(words) else None
    if after is not None and after.text[0].isalpha() and not lang.speech.verb(after.text):
        return None
    words_of_body = (hit.words[-1], words[k].text)
    return NameHit(hit.first, k + 1, words_of_body, "organization", None, None, (), hit.run_start)


def _named(context: Context, words: Sequence[Token], hit: NameHit) -> Attribution:
    """The speaker a name read in a subject stands for, added to the registry."""
    mention = context.text[words[hit.run_start].start : words[hit.last - 1].end]
    return Attribution(add_named(context, words, hit), mention)


def _opinion_holder(
    context: Context, sentence: Sentence, before: Sequence[Token]
) -> Attribution | None:
    """ "Pour X, la commission pose « … »": a sentence opened by "pour" and a named person
    or body gives what follows as theirs, quotes included. "According to the budget office,
    the rise “…”": the source the sentence gives, even one that names nobody (the quote is
    then no one's, not the last speaker's)."""
    speech = context.lang.speech
    spoken = any(speech.verb(t.text) for t in before)  # "X a dit, selon KCNA, …": X speaks
    for k, tok in enumerate(before[:-1] if not spoken else ()):
        particles = speech.attribution_prepositions.get(tok.lower)
        if particles is not None and (not particles or before[k + 1].lower in particles):
            phrase = phrase_after(before[k + 1 + bool(particles) :], context.lang)
            if not phrase or not opens_noun_phrase(phrase[0], context.lang):
                break  # "selon lequel", "selon lui": whom it stands for, the subject says
            return context.attributor.noun_phrase(context, sentence, phrase)
    if not before or before[0].lower not in speech.opening_prepositions:
        return None
    comma = next((k for k, t in enumerate(before) if t.text == ","), None)
    if comma is None:
        return None
    found = context.attributor.noun_phrase(context, sentence, before[1:comma])
    return found if found is not None and found.speaker is not None else None


def sentence_subject(
    context: Context, sentence: Sentence, candidate: Candidate
) -> Attribution | None:
    """The subject of the sentence a bare quote sits in: the words before its opening mark,
    up to the last verb of speech among them when there is one."""
    earlier = sentence.ended_by(candidate.spans[0].open_at)
    before = [t for k, t in enumerate(sentence.tokens[:earlier]) if not sentence.quoted[k]]
    speech = context.lang.speech
    opinion = _opinion_holder(context, sentence, before)
    if opinion is not None:
        return opinion
    verbs = [k for k, t in enumerate(before) if speech.partial_verb(t.text)]
    if not verbs:  # "X a proposé à Y « … »": the subject is before the auxiliary
        verbs = [k for k, t in enumerate(before) if t.lower in speech.perfect_auxiliaries][:1]
    else:  # "X a appelé Y à dénoncer des « … »": X's words, read up to the governing verb
        governing = governing_verb(before, verbs, context.lang)
        verbs = [governing] if governing is not None else verbs
    pre = before[: verbs[-1]] if verbs else before
    asked = passive_clause(context, sentence, before) if verbs else None
    if asked is not None:
        return asked
    main = opening_noun_phrase(pre, context.lang)
    if main and any(t.capitalised for t in pre[len(main) :]):
        # "The treasurer also praised Ann Reed for “…”": the role opening the sentence is
        # its subject; the name after its verb is the one praised
        return context.attributor.noun_phrase(context, sentence, main)
    found = context.attributor.subject(context, sentence, pre)
    if found is None or (found.speaker is None and not indefinite_mention(found, context.lang)):
        return None
    determiners = context.lang.words.determiners
    nouns = [k for k in verbs if k and fold_apostrophe(before[k - 1].lower) in determiners]
    if found.speaker is not None and nouns and nouns[-1] == verbs[-1]:
        # "X signed an order to block it in his state, while Y proposed “…”": a verb's form
        # after a determiner is a noun; who says the quote is read up to the verb before it
        real = [k for k in verbs if k not in nouns]
        whole = context.attributor.subject(
            context, sentence, before[: real[-1]] if real else before
        )
        if whole is not None and whole.speaker is not None:
            return whole
    return found  # "Un cadre de la majorité éreinte un « … »": someone unnamed, not the last
