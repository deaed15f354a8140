"""Who a clause names as its speaker: the subject before a speech verb, the noun phrase after
an inverted one or after "selon" / "according to", a pronoun, a role or an organisation.

These are the rules every language uses today (``RuleAttributor``). A language whose parser
or model knows better overrides :meth:`Attributor.subject` or :meth:`Attributor.noun_phrase`
and keeps the rest.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.candidates import Attribution, Candidate
from bot.text.quotes.context import Context
from bot.text.quotes.people.mentions import (
    add_named,
    mentioned_before,
    object_position,
    pronoun_gender,
    tonic_gender,
)
from bot.text.quotes.people.names import (
    ROLE_MODIFIER_REACH,
    NameHit,
    capitalised_runs,
    first_name_gender,
    is_abbreviation,
    modifies_role,
    possessive,
    read_name,
    role_at,
)
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

PHRASE_MAX_WORDS = 16  # words; a role of a body, its name and a person's name fit


def phrase_after(words: Sequence[Token], lang: LanguagePack) -> list[Token]:
    """The noun phrase after an inverted verb or ``selon``, up to where the sentence moves on.
    Empty when a preposition follows the verb ("a répondu aux critiques de X"): X is no
    subject."""
    stop_prepositions = lang.words.stop_prepositions
    phrase: list[Token] = []
    if words and fold_apostrophe(words[0].lower) in (
        stop_prepositions | lang.words.object_prepositions
    ):
        return phrase
    for k, tok in enumerate(words):
        low = tok.lower
        if tok.text == ",":
            has_name = any(t.capitalised for t in phrase)
            nxt = words[k + 1] if k + 1 < len(words) else None
            if not has_name and nxt is not None and nxt.capitalised:
                phrase.append(tok)  # kept, so that the names on either side stay apart
                continue
            if _apposed_name(phrase, words[k + 1 : k + 7], lang):
                phrase.append(tok)
                continue  # "la maire de Paris, Anne Morel": the role, then the name
            break
        if not tok.text[0].isalnum() and tok.text not in "’'-.":
            break
        if tok.text == "." and not (phrase and is_abbreviation(phrase[-1], lang)):
            break
        if (
            phrase
            and low in stop_prepositions
            and not (
                low in lang.words.title_prepositions
                and (_name_follows(words, k) or _department_follows(words, k, lang))
            )
        ):
            break
        phrase.append(tok)
        if sum(t.text[0].isalnum() for t in phrase) >= PHRASE_MAX_WORDS:
            break
    return phrase


def _apposed_name(phrase: Sequence[Token], following: Sequence[Token], lang: LanguagePack) -> bool:
    """A role phrase with no person's name yet, and a name of two words or more after its
    comma ("Anne Morel", "Agnès de La Tour"); the phrase may name a body ("le chef de file du
    parti, Avenir commun, Anne Morel") when the name after the comma starts with a first name."""
    runs = capitalised_runs(following, lang)
    if not runs or runs[0][0] != 0 or runs[0][1] < 2:
        return False
    if not all(t.text[0].isalpha() for t in following[: runs[0][1]]):
        return False
    if not any(role_at(phrase, j, lang) for j in range(len(phrase))):
        return False
    named = any(a.capitalised and b.capitalised for a, b in itertools.pairwise(phrase))
    return not named or first_name_gender(following[0].text) in ("m", "f")


def _name_follows(words: Sequence[Token], k: int) -> bool:
    """ "à la Défense Lloyd Austin": a preposition inside a title that a full name completes
    (not "à l'AFP")."""
    capitals = 0
    for tok in words[k + 1 : k + 7]:
        if not tok.text[0].isalpha():
            break
        capitals = capitals + 1 if tok.capitalised else 0
        if capitals == 2:
            return True
    return False


def _department_follows(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "secrétaire d'État à l'Intérieur, X": a preposition inside a title, before the
    department the title is of."""
    rest = [
        t for t in words[k + 1 : k + 3] if fold_apostrophe(t.lower) not in lang.words.determiners
    ]
    return bool(rest) and rest[0].capitalised and rest[0].lower in lang.people.departments


def pronoun_attribution(
    context: Context, sentence: Sentence, carrier: Token, pronoun: str
) -> Attribution:
    """The speaker a subject pronoun ("il", "-t-elle", "she") stands for."""
    is_pronoun, gender = pronoun_gender(pronoun, context.lang)
    mention = carrier.text[carrier.text.find("-") :] if "-" in carrier.text else carrier.text
    if not is_pronoun:
        return Attribution(None, mention)
    return Attribution(antecedent(context, sentence, carrier.start, gender), mention)


def antecedent(
    context: Context, sentence: Sentence, position: int, gender: Gender | None
) -> Entity | None:
    """The person a pronoun points to: people named earlier in this sentence, then the people
    recent prose sentences put forward. "Elle" never goes to a man."""
    here = mentioned_before(context, sentence, position)
    people = context.people
    found = people.antecedent(here + context.discourse.recently_salient(), gender)
    return found if found is not None else people.latest_person(gender, sentence.start)


def noun_phrase(
    context: Context, sentence: Sentence, phrase: Sequence[Token]
) -> Attribution | None:
    """Name the speaker of a noun phrase: a name, a pronoun, a role, an organisation."""
    if not phrase:
        return None
    lang = context.lang
    mention = context.text[phrase[0].start : phrase[-1].end]
    if len(phrase) == 1:
        is_pronoun, gender = pronoun_gender(phrase[0].text, lang)
        if not is_pronoun:
            is_pronoun, gender = tonic_gender(phrase[0].text, lang)
        if is_pronoun:
            return Attribution(
                antecedent(context, sentence, phrase[0].start, gender), phrase[0].text
            )
        if phrase[0].lower in lang.people.subject_pronouns:
            return Attribution(None, phrase[0].text)
    if _anonymous(phrase, lang):
        return Attribution(_unnamed(context, phrase, None), mention)
    owned = _role_or_body_of(context, phrase, mention)
    if owned is not None:
        return owned
    hits = [
        hit
        for run in capitalised_runs(phrase, lang)
        if (
            hit := read_name(
                phrase,
                run,
                lang,
                speaker_slot=True,
                known=context.people,
                organisation_spans=context.evidence.organisation_spans,
            )
        )
        is not None
    ]
    titled = {h for h in hits if h.kind == "person" and _titled(phrase, h, lang)}
    strong = [h for h in hits if h in titled or h.full_name or h.kind != "person"]
    hits = [  # "said Democratic strategists": a lone capitalised word before a noun is no name
        h
        for h in hits
        if h in strong
        or context.people.find(list(h.words)) is not None
        or h.last == len(phrase)
        or not phrase[h.last].text[0].isalpha()
    ]
    hits = [h for h in hits if not modifies_role(phrase, h.last, lang)]  # "the Ohio senator"
    # "Commission on Fair Contests": a run inside the organisation's name before it
    hits = [h for h in hits if not any(o.first < h.run_start < o.last for o in hits)]
    strong = [h for h in strong if h in hits]
    # "CBS moderator Ann Reed", "Acme Corp spokesman Bo Lind": the person the role names
    # speaks, not the organisation before it
    strong.sort(key=lambda h: h.kind != "person" or not (h.full_name or h in titled))
    if hits:  # "Tulsa police Chief Chuck Jordan": the best-attested name, else the last one
        full = [h for h in strong if h.kind == "person" and h.full_name]
        hit = full[0] if full else strong[0] if strong else hits[-1]
        if hit.kind == "organization" or _for_organisation(phrase, hit.run_start, hit, lang):
            entity = context.people.add(list(hit.words), phrase[hit.first].start, "organization")
            return Attribution(entity, mention)
        return Attribution(add_named(context, phrase, hit), mention)
    people = context.people
    for k in range(len(phrase)):
        found = role_at(phrase, k, lang)
        if found:
            holder = (
                None
                if _indefinite(phrase, lang)
                else people.by_role(
                    found[0], phrase[k].start, _place_or_party(context, phrase[1:k])
                )
            )
            if holder is None and _definite_role(phrase, k, lang):
                # "le manifestant", "l'infirmière": a person the article is following, named
                # in an earlier sentence (not "a répondu à Marc Lenoir le juge")
                holder = people.antecedent(
                    context.discourse.recently_salient(), found[1]
                ) or people.latest_person(found[1], sentence.start)
            if holder is not None:
                holder.note_gender(found[1])
                people.touch(holder, phrase[k].start)
            else:
                holder = _unnamed(context, phrase, found[0])
            return Attribution(holder, mention)
    nouns = [t.lower for t in phrase if t.lower in lang.people.organisations]
    if nouns:
        # "the department" -> the Department of X named before; an unnamed "union" stays a
        # mention (speaker_mention), not a made-up organisation in the people list.
        since = context.discourse.recent_start(3)
        named = context.people.organisation_named(nouns[0], since, phrase[0].start)
        return Attribution(named, mention)
    return Attribution(None, mention)


def _place_or_party(context: Context, modifiers: Sequence[Token]) -> list[str]:
    """ "the Florida senator", "the Democratic nominee": the capitalised modifiers of a role
    that are no one's name ("the Cruz adviser") nor an acronym ("the RNC member")."""
    found = [(t, context.people.find([t.text])) for t in modifiers if t.capitalised]
    return [
        t.text
        for t, known in found
        if not t.text.isupper() and (known is None or known.kind != "person")
    ]


def _titled(phrase: Sequence[Token], hit: NameHit, lang: LanguagePack) -> bool:
    """A name with an honorific or a role in it or right before it ("PAC spokeswoman Kay
    Orr"): a person, whatever the first name."""
    before = hit.run_start > 0 and role_at(phrase, hit.run_start - 1, lang) is not None
    return bool(hit.honorific or hit.roles or before)


def _role_or_body_of(context: Context, phrase: Sequence[Token], mention: str) -> Attribution | None:
    """ "la préfecture de la Somme": an organisation named by its head noun and what it is
    of; "le préfet de la Somme", "le secrétaire général de X": the person seen with that role,
    else nobody (the place or body after the role is not who spoke). None when the phrase is
    neither, or names a person itself ("le maire de Lyon, Anne Morel")."""
    lang = context.lang
    determiners = lang.words.determiners
    k = next((j for j, t in enumerate(phrase) if fold_apostrophe(t.lower) not in determiners), 0)
    of = next(
        (
            j
            for j in range(k + 1, min(len(phrase), k + 4))
            if fold_apostrophe(phrase[j].lower) in lang.words.affiliation_prepositions
        ),
        None,
    )
    if of is None or of + 1 >= len(phrase):
        return None
    named = [
        hit
        for run in capitalised_runs(phrase, lang)
        if (run[0] > of or run[0] == k)
        and (hit := read_name(phrase, run, lang, known=context.people)) is not None
        and hit.kind == "person"
        and (hit.full_name or hit.honorific)
    ]
    if named:
        return None
    if phrase[k].lower in lang.people.organisations:
        return Attribution(_body(context, phrase[k:]), mention)
    after = list(
        itertools.dropwhile(lambda t: fold_apostrophe(t.lower) in determiners, phrase[of + 1 :])
    )
    body_after = bool(after) and after[0].lower in lang.people.organisations
    if phrase[k].lower in lang.people.documents:  # "un rapport du Sénat": the body's words
        return Attribution(_body(context, after), mention) if body_after else None
    roles = [found[0] for j in range(k, of) if (found := role_at(phrase, j, lang))]
    if not roles:
        return None
    holders = [h for r in roles if (h := context.people.by_role(r, phrase[k].start)) is not None]
    if holders and not _indefinite(phrase, lang):  # "un policier de X" is someone new
        holder = max(holders, key=lambda e: e.last_seen)
        context.people.touch(holder, phrase[k].start)
        return Attribution(holder, mention)
    if any(r in lang.people.spokesperson_roles for r in roles):
        # "la porte-parole du ministère": the body speaks, named here or read as a name below
        return Attribution(_body(context, after), mention) if body_after else None
    if k == 1 and fold_apostrophe(phrase[0].lower) in lang.words.definite_articles:
        # "ajoute la responsable de la chaîne": a definite role the article has not given
        # anyone yet is the person the previous sentence put forward, when the gender agrees
        gender = next((found[1] for j in range(k, of) if (found := role_at(phrase, j, lang))), None)
        salient = context.discourse.salient[-1][:1] if context.discourse.salient else ()
        put_forward = context.people.antecedent(salient, gender)
        if put_forward is not None:
            context.people.touch(put_forward, phrase[k].start)
            return Attribution(put_forward, mention)
    return Attribution(_unnamed(context, phrase, roles[0]), mention)


def _unnamed(context: Context, phrase: Sequence[Token], role: str | None) -> Entity | None:
    """ "un policier du commissariat", "une source proche du dossier": someone the article
    introduces without a name, whom "a-t-il ajouté" or "ce policier" may point to later; None
    for a phrase that introduces no one ("le préfet")."""
    if not _indefinite(phrase, context.lang):
        return None
    first = fold_apostrophe(phrase[0].lower)
    gender = context.lang.words.gendered_determiners.get(first)
    mention = context.text[phrase[0].start : phrase[-1].end]
    return context.people.unnamed(mention, phrase[0].start, role, gender)


def _indefinite(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    return bool(phrase) and fold_apostrophe(phrase[0].lower) in lang.words.indefinite_articles


def _body(context: Context, words: Sequence[Token]) -> Entity:
    """The organisation a phrase names from its head noun ("ministère des Affaires
    étrangères"), without nationality adjectives ("ministère français des …")."""
    nationalities = context.lang.people.nationalities
    kept = [words[0]] + [t for t in words[1:] if t.lower not in nationalities]
    pieces, end = [], kept[0].start
    for tok in kept:  # the text as written, elisions kept ("de l'Aude")
        pieces.append((" " if tok.start > end else "") + tok.text)
        end = tok.end
    name = "".join(pieces).strip()
    return context.people.add(name.split(), words[0].start, "organization")


def _definite_role(phrase: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "le manifestant", "l'expert européen": a definite article, the role, adjectives at
    most; not "un policier" (nobody named) nor "le préfet de X" (a post, read above)."""
    first = fold_apostrophe(phrase[0].lower)
    if first in lang.words.definite_articles and _modified_role(phrase, k, lang):
        return True
    return (
        k == 1
        and first in lang.words.definite_articles
        and len(phrase) <= 3
        and not any(
            fold_apostrophe(t.lower) in lang.words.affiliation_prepositions or t.capitalised
            for t in phrase[1:]
        )
    )


def _modified_role(phrase: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "the Ohio senator", "the former Republican nominee": the role ends the phrase, after
    one to three modifiers none of which is a name of two words or a preposition."""
    modifiers = phrase[1:k]
    return (
        k == len(phrase) - 1
        and 1 <= len(modifiers) <= ROLE_MODIFIER_REACH
        and all(t.text[0].isalpha() for t in modifiers)
        and not any(
            fold_apostrophe(t.lower) in lang.words.affiliation_prepositions for t in modifiers
        )
        and not any(a.capitalised and b.capitalised for a, b in itertools.pairwise(modifiers))
    )


def _anonymous(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "une source policière", "sources close to the talks", "l'entourage du ministre": a
    speaker left unnamed on purpose, whoever the phrase goes on to name."""
    head = next((t for t in phrase if fold_apostrophe(t.lower) not in lang.words.determiners), None)
    return head is not None and head.lower in lang.people.anonymous_sources


def _for_organisation(
    phrase: Sequence[Token], run_start: int, hit: NameHit, lang: LanguagePack
) -> bool:
    """ "a spokesperson for Pedal Forward", "un porte-parole de Vert Demain": the name after the
    role is who speaks, an organisation, unless it reads as a person's name."""
    if run_start == 0 or hit.honorific or first_name_gender(hit.words[0]) is not False:
        return False
    before = fold_apostrophe(phrase[run_start - 1].lower)
    if before not in lang.words.affiliation_prepositions:
        return False
    return any(role_at(phrase, k, lang) for k in range(run_start))


def subject(context: Context, sentence: Sentence, pre: Sequence[Token]) -> Attribution | None:
    """The subject before a speech verb: the first name or pronoun not inside a prepositional
    phrase, else the nearest role or organisation noun phrase."""
    lang = context.lang
    relatives = lang.words.relatives
    words = [t for t in _before_reporting_verb(pre, lang) if t.lower not in lang.words.auxiliaries]
    if not words:
        return None
    comma = max((k for k, t in enumerate(words[:-1]) if t.text == ","), default=-1)
    named_after_comma = (
        comma >= 0 and words[comma + 1].capitalised and words[comma + 1].start > words[comma].end
    )  # "Hearing it all, Reyes said" (not "2,000")
    for k, tok in enumerate(words):
        is_pronoun, gender = pronoun_gender(tok.text, lang)
        if k and words[k - 1].lower in lang.words.object_prepositions:
            continue
        if k < comma and named_after_comma:
            continue  # "Hearing it all, Reyes said": the name in the verb's own clause speaks
        if k and _opens_reported_clause(words[k - 1], lang):
            continue  # "Ann Reed said it was early but added": "it" is the clause's, not hers
        if is_pronoun and k + 1 < len(words) and words[k + 1].lower in lang.people.impersonal_after:
            # "il faut « … »": no one in particular, so the words go on with whoever was
            # speaking (whatever their gender), not with the last man named
            return Attribution(antecedent(context, sentence, tok.start, None), tok.text)
        if is_pronoun:
            return Attribution(antecedent(context, sentence, tok.start, gender), tok.text)
        if tok.lower in lang.people.subject_pronouns:  # "they", "ils": a group we do not name
            return Attribution(None, tok.text)
    first_word = sentence.tokens[0].start if sentence.tokens else -1
    runs = [
        run
        for run in capitalised_runs(words, lang)
        if not possessive(words[run[1] - 1].text)  # "Hollis’s spokeswoman"
        and not (
            run[1] - run[0] == 1
            and words[run[0]].start == first_word
            and context.people.find([words[run[0]].text]) is None
            and not (run[1] < len(words) and lang.speech.verb(words[run[1]].text))
            and not (run[1] == len(words) and _proper(words[run[0]], context))
        )  # "Shop owners say": a capitalised first word alone is not a name
    ]
    hits = []
    for run in runs:
        hit = read_name(
            words,
            run,
            lang,
            speaker_slot=run[1] == len(words),  # only right before the verb: "… Okafor said"
            known=context.people,
            organisation_spans=context.evidence.organisation_spans,
        )
        if (
            hit is not None
            and not _party_label(words, run, hit, lang)
            and not modifies_role(words, hit.last, lang)  # "The Ohio senator"
        ):
            coordinated = _new_clause_at(words, run[0] - 1, lang)
            hits.append((hit, object_position(words, run[0], lang) and not coordinated))
    last_comma = max(
        (
            k
            for k, t in enumerate(words)
            if t.text == "," or t.lower in relatives or _new_clause_at(words, k, lang)
        ),
        default=-1,
    )  # the verb's own clause: after ",", "that"/"que" ("an explosion that X described"), or
    # "and" before a name ("a child waved and Reyes said")
    nearest = [(hit, in_object) for hit, in_object in hits if hit.run_start > last_comma]
    for group in (nearest, hits):  # "Speaking in Novi, Michigan, Trump says": the last clause
        for kind in ("person", "organization"):  # a person subject before an organisation
            for hit, in_object in group:
                if hit.kind == kind and not in_object:
                    return _named(context, words, hit)
    clause_start = max((k + 1 for k, t in enumerate(words) if t.text in ",;"), default=0)
    phrase = [t for t in words[clause_start:] if t.text[0].isalnum()]
    if not phrase:
        phrase = [t for t in words if t.text[0].isalnum()]
    if phrase and any(
        role_at(phrase, k, lang) or phrase[k].lower in lang.people.organisations
        for k in range(len(phrase))
    ):
        return context.attributor.noun_phrase(context, sentence, phrase)
    named = [h for h, _ in hits if h.kind == "person" and (h.honorific or h.full_name)]
    if named:  # "footage of Hillary Clinton asking": no subject, the name nearest the verb
        return _named(context, words, named[-1])
    tail = words[last_comma + 1 :]
    unnamed = 0 < len(tail) <= 4 and all(t.text.isalpha() for t in tail)
    prepositions = lang.words.object_prepositions | lang.words.stop_prepositions
    if unnamed and not any(t.lower in prepositions for t in tail):
        text = context.text[tail[0].start : tail[-1].end]
        return Attribution(None, text)  # "Prosecutors said", "les enquêteurs ont indiqué"
    return None


def _new_clause_at(words: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "a child waved *and* Reyes said": a coordinator between a lower-case word
    and a name starts the verb's own clause (not "Reed and Reyes said", one subject)."""
    return (
        0 < k < len(words) - 1
        and words[k].lower in lang.words.coordinators
        and not words[k - 1].capitalised
        and words[k + 1].capitalised
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


def _proper(word: Token, context: Context) -> bool:
    """A capitalised word right before the verb that the article never writes in lower case
    and the pack does not know as a noun: "Kowalczyk insisted", not "Officials said"."""
    low = word.lower
    people = context.lang.people
    return (
        low not in context.lowercase_words
        and not (low.endswith("s") and not low.endswith("ss"))  # "Analysts", a plural
        and low not in people.organisations
        and low not in people.roles
        and low not in people.anonymous_sources
    )


def _named(context: Context, words: Sequence[Token], hit: NameHit) -> Attribution:
    """The speaker a name read in a subject stands for, added to the registry."""
    mention = context.text[words[hit.run_start].start : words[hit.last - 1].end]
    return Attribution(add_named(context, words, hit), mention)


def _opinion_holder(
    context: Context, sentence: Sentence, before: Sequence[Token]
) -> Attribution | None:
    """ "Pour X, la commission pose « … »": a sentence opened by "pour" and a named person
    or body gives what follows as theirs, quotes included."""
    if not before or before[0].lower not in context.lang.speech.opening_prepositions:
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
    open_at = candidate.spans[0].open_at
    before = [
        t for k, t in enumerate(sentence.tokens) if t.end <= open_at and not sentence.quoted[k]
    ]
    speech = context.lang.speech
    opinion = _opinion_holder(context, sentence, before)
    if opinion is not None:
        return opinion
    verbs = [k for k, t in enumerate(before) if speech.partial_verb(t.text)]
    if not verbs:  # "X a proposé à Y « … »": the subject is before the auxiliary
        verbs = [k for k, t in enumerate(before) if t.lower in speech.perfect_auxiliaries][:1]
    pre = before[: verbs[-1]] if verbs else before
    found = context.attributor.subject(context, sentence, pre)
    return found if found is not None and found.speaker is not None else None
