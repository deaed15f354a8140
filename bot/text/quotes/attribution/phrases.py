"""Who a noun phrase names as the speaker: a name, a pronoun, a role, an organisation.

``subjects`` finds the phrase (the subject before a speech verb, the words after an inverted
one or after "selon" / "according to"); this module says whom it names, through the
article's people registry: a pronoun's antecedent, a role's holder ("the Ohio senator"), an
organisation's head noun ("the department"), someone introduced without a name ("a source").
A language whose parser or model knows better overrides :meth:`Attributor.noun_phrase`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import partial

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.attribution.documents import document_author, kind_of_document
from bot.text.quotes.attribution.followed import followed_instead, unroled_first
from bot.text.quotes.attribution.impersonal import thing_body
from bot.text.quotes.attribution.institutions import institution_by_noun
from bot.text.quotes.attribution.kinds import kind_named
from bot.text.quotes.attribution.outlets import (
    described_outlet,
    described_publication,
    is_outlet,
    named_publication,
)
from bot.text.quotes.attribution.pronouns import antecedent
from bot.text.quotes.attribution.unnamed import introduced_unnamed, named_later
from bot.text.quotes.candidates import Attribution
from bot.text.quotes.context import Context
from bot.text.quotes.people.bodies import (
    body_name_end,
    opens_title,
    with_left_out_articles,
    with_title_article,
)
from bot.text.quotes.people.first_names import is_first_name, without_possessive
from bot.text.quotes.people.mentions import (
    add_named,
    place_or_party,
    pronoun_gender,
    tonic_gender,
)
from bot.text.quotes.people.names import NameHit, read_name
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.people.roles import (
    ROLE_MODIFIER_REACH,
    modifies_later_role,
    modifies_role,
    role_at,
)
from bot.text.quotes.people.runs import capitalised_runs
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

_OWNER = re.compile(r"\w['’]s$|\ws['’]$")  # "the minister’s", "the workers'": whose role it is


def noun_phrase(
    context: Context, sentence: Sentence, phrase: Sequence[Token]
) -> Attribution | None:
    """Name the speaker of a noun phrase: a name, a pronoun, a role, an organisation."""
    lang = context.lang
    while len(phrase) > 1 and fold_apostrophe(phrase[-1].lower) in (
        lang.words.affiliation_prepositions
    ):
        phrase = phrase[:-1]  # "l'interprète de « Titre »": the role, its work in marks
    if not phrase:
        return None
    mention = context.text[phrase[0].start : phrase[-1].end]
    latter = latter_gender(phrase, lang)
    if latter:  # "ce dernier": the person mentioned last
        return Attribution(context.people.last_mentioned(latter[0], phrase[0].start), mention)
    if len(phrase) == 1:
        is_pronoun, gender = pronoun_gender(phrase[0].text, lang)
        if not is_pronoun:
            is_pronoun, gender = tonic_gender(phrase[0].text, lang)
        if is_pronoun:
            return Attribution(
                antecedent(context, sentence, phrase[0].start, gender), phrase[0].text
            )
        if phrase[0].lower in lang.people.subject_pronouns:
            return Attribution(thing_body(context, sentence, phrase[0]), phrase[0].text)
    if _anonymous(phrase, lang):
        return Attribution(_unnamed(context, phrase, None), mention)
    if _group_of_people(phrase, lang):
        return Attribution(None, mention)
    served = _personal_body(context, phrase, mention)
    if served is not None:
        return served
    title = named_publication(phrase, lang)
    if title is not None:  # "Time magazine"
        return Attribution(context.people.add(title, phrase[0].start, "organization"), mention)
    if described_publication(phrase, lang):  # "the newspaper": the one named last
        return Attribution(described_outlet(context, phrase), mention)
    owned = _role_or_body_of(context, phrase, mention)
    if owned is not None:
        return owned
    group = _leading_group(phrase, lang)
    if (
        _indefinite(phrase, lang)
        and len(group) == len(phrase)
        and (found := role_at(phrase, len(group) - 1, lang))
    ):
        # "one former campaign staffer", "a senior Harlow aide": someone the article does not
        # name; a name before the role only says whom they work for
        return Attribution(_unnamed(context, phrase, found[0]), mention)
    hits = [
        hit
        for run in capitalised_runs(phrase, lang, context.people)
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
    hits = [h for h in hits if not kind_of_document(phrase, h, lang)]  # "Court documents"
    # "Commission on Fair Contests": a run inside the organisation's name before it
    hits = [h for h in hits if not any(o.first < h.run_start < o.last for o in hits)]
    strong = [h for h in strong if h in hits]
    # "CBS moderator Ann Reed", "Acme Corp spokesman Bo Lind": the person the role names
    # speaks, not the organisation before it
    strong.sort(key=lambda h: h.kind != "person" or not (h.full_name or h in titled))
    if hits:  # "Tulsa police Chief Chuck Jordan": the best-attested name, else the last one
        full = [h for h in strong if h.kind == "person" and h.full_name]
        hit = full[0] if full else strong[0] if strong else hits[-1]
        numbered = hit.first == 1 and phrase[0].text.isdigit()  # "20 Minutes": a title
        if (
            hit.kind == "organization"
            or numbered
            or _for_organisation(phrase, hit.run_start, hit, lang)
        ):
            entity = context.people.add(
                _with_title(context, sentence, phrase, hit), phrase[hit.first].start, "organization"
            )
            return Attribution(entity, mention)
        return Attribution(add_named(context, phrase, hit), mention)
    people = context.people
    for k in range(len(phrase)):
        found = role_at(phrase, k, lang)
        if found and not modifies_later_role(phrase, k, lang):  # "the billionaire mogul"
            holder = (
                None
                if _indefinite(phrase, lang)
                else people.by_role(found[0], phrase[k].start, place_or_party(context, phrase[1:k]))
            )
            holder = followed_instead(context, sentence, phrase[0].start, holder, found[1])
            possessed = any(_OWNER.search(t.text) for t in phrase[:k])
            if holder is None and possessed:
                # "the prime minister’s spokesman": someone unnamed, whom "the spokesman"
                # points to later, not the prime minister nor the person followed
                holder = context.people.unnamed(mention, phrase[k].start, found[0], found[1])
            if (
                holder is None
                and _definite_role(phrase, k, lang)
                and not introduced_unnamed(context, sentence, phrase, k)
            ):
                # "le manifestant", "l'infirmière": a person the article is following, named
                # in an earlier sentence (not "a répondu à Marc Lenoir le juge")
                salient = [  # "a reporter asked Reed. “…,” the businessman replied": Reed
                    e
                    for e in context.discourse.recently_salient()
                    if not (e.unnamed and e.roles and found[0] not in e.roles)
                ]
                salient = unroled_first(salient, found[0], phrase[1:k], lang)
                holder = people.antecedent(salient, found[1]) or people.latest_person(
                    found[1], sentence.start
                )
            if holder is not None and named_later(context, sentence, phrase, holder):
                # "the candidate said of running against Mr. Reed": not Reed, the one before
                others = [e for e in context.discourse.recently_salient() if e is not holder]
                holder = people.antecedent(others, found[1])
            if holder is not None:
                holder.note_gender(found[1])
                # "le chercheur" later is this person, not whoever is salient by then
                people.note_roles(holder, [found[0]], inferred=True)
                people.touch(holder, phrase[k].start)
            else:
                holder = _unnamed(context, phrase, found[0])
            return Attribution(holder, mention)
    author = document_author(context, sentence, phrase)
    if author is not None:
        return Attribution(author, mention)
    if definite_label(phrase, lang):
        # "the Republican said": a party or nationality standing for the person followed
        holder = people.antecedent(context.discourse.recently_salient(), None)
        if holder is not None:
            people.touch(holder, phrase[-1].start)
        return Attribution(holder, mention)
    nouns = [t.lower for t in phrase if t.lower in lang.people.organisations]
    if nouns:
        # "the department" -> the Department of X named before; an unnamed "union" stays a
        # mention (speaker_mention), not a made-up organisation in the people list.
        since = context.discourse.recent_start(3)
        k = next(j for j, t in enumerate(phrase) if t.lower == nouns[0])
        if any(t.lower in lang.people.nationalities for t in phrase[:k]):
            since = phrase[0].start  # "the French military": not the body met last
        if nouns[0] in lang.people.personal_bodies:  # "the campaign": not the body met last
            since = phrase[0].start
            first = fold_apostrophe(phrase[k - 1].lower) if k else ""
            if first in lang.words.determiners and first not in lang.words.definite_articles:
                # "her campaign": hers, not the one met last
                return Attribution(_owners_body(context, sentence, phrase[k - 1 :]), mention)
        start = phrase[0].start
        # "the group" is not the radio that reported its words; "the editorial board" may be
        own = lang.people.publications | lang.people.publication_bodies
        reported = None if nouns[0] in own else partial(is_outlet, context)
        named = institution_by_noun(context, phrase, nouns[0]) or kind_named(
            people.organisation_named(
                nouns[0], since, start, reported and (lambda e: reported(e, start))
            ),
            nouns[0],
            lang,
            context.discourse,
        )
        if named is not None:
            at = next(t.start for t in phrase if t.lower == nouns[0])
            people.touch(named, max(named.last_seen, at))
        return Attribution(named, mention)
    return Attribution(None, mention)


def named_body(
    context: Context, sentence: Sentence, words: Sequence[Token], hit: NameHit
) -> Attribution | None:
    """ "the Clinton campaign also called", "Clinton's campaign noted": a person's name
    right before a body only a person has ("campaign") names that body, not the person."""
    lang = context.lang
    if hit.last >= len(words) or words[hit.last].lower not in lang.people.personal_bodies:
        return None
    start = hit.run_start
    if start and fold_apostrophe(words[start - 1].lower) in lang.words.determiners:
        start -= 1
    found = context.attributor.noun_phrase(context, sentence, words[start : hit.last + 2])
    if found is None or found.speaker is None or found.speaker.kind != "organization":
        return None  # "a Clinton campaign official": someone of it
    return Attribution(found.speaker, context.text[words[start].start : words[hit.last].end])


def _owners_body(context: Context, sentence: Sentence, phrase: Sequence[Token]) -> Entity | None:
    """ "his campaign said": the body of the person the possessive points to, named as
    "he said" would name him, by the surname and the noun ("Reed campaign")."""
    lang = context.lang
    owner = lang.people.possessive_pronouns.get(fold_apostrophe(phrase[0].lower))
    after = phrase[2].lower if len(phrase) > 2 else None
    participle = lang.words.opening_participle
    if owner is None or not (
        after is None
        or after in lang.words.function_words
        or (participle is not None and participle.fullmatch(after))
    ):
        return None  # "her campaign workers": the workers, not the campaign
    holder = antecedent(context, sentence, phrase[0].start, owner.gender)
    if holder is None:
        return None
    words = [holder.words[-1], phrase[1].text]
    return context.people.add(words, phrase[1].start, "organization")


def _personal_body(context: Context, phrase: Sequence[Token], mention: str) -> Attribution | None:
    """ "the Trump campaign", "Mrs. Clinton's campaign sent out a release": the body a
    person's name opens the phrase with, named as the surname and the noun ("Trump
    campaign"); not "a Clinton campaign official", someone of it."""
    lang = context.lang
    people, determiners = lang.people, lang.words.determiners
    start = 1 if phrase and fold_apostrophe(phrase[0].lower) in determiners else 0
    j = start
    while j < len(phrase) and (phrase[j].text == "." or phrase[j].capitalised):
        j += 1
    owner = [t for t in phrase[start:j] if t.text != "." and not people.honorific(t.text)]
    if (
        not owner
        or j >= len(phrase)
        or phrase[j].lower not in people.personal_bodies
        or not all(t.text[0].isalpha() and t.lower not in determiners for t in owner)
    ):
        return None
    after = phrase[j + 1] if j + 1 < len(phrase) else None
    if after is not None and (
        not after.text.islower()
        or role_at(phrase, j + 1, lang) is not None
        or after.lower in people.anonymous_sources | people.organisations
    ):
        return None
    words = [without_possessive(owner[-1].text), phrase[j].text]
    return Attribution(context.people.add(words, phrase[j].start, "organization"), mention)


def _with_title(
    context: Context, sentence: Sentence, phrase: Sequence[Token], hit: NameHit
) -> list[str]:
    """An organisation's words, with the capitalised article that opens the phrase when the
    phrase stands inside the sentence ("écrit La Voix du Nord")."""
    k = sentence.index_at(phrase[0].start)
    if hit.first == 1 and k > 0 and opens_title((sentence.tokens[k - 1], phrase[0]), context.lang):
        return with_title_article(hit.words, phrase[0])
    if hit.first == 1 and phrase[0].text.isdigit():
        return [phrase[0].text, *hit.words]  # "rappelle 20 Minutes": the number is the title's
    tokens = phrase[hit.first : hit.last]
    if [t.text for t in tokens] == list(hit.words):  # "the U.S. Department": its dots
        return with_left_out_articles(context.text, tokens, context.lang)
    return list(hit.words)


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
        between = phrase[k + 1 : of]
        if any(not t.capitalised and t.lower not in lang.people.nationalities for t in between):
            return None  # "the council voted 6-1 for the resolution": no body "of" anything
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


def _body(context: Context, words: Sequence[Token]) -> Entity | None:
    """The organisation a phrase names from its head noun ("ministère des Affaires
    étrangères"), without nationality adjectives ("ministère français des …"); a noun alone
    ("un porte-parole de la compagnie") is the body of that kind named before, if any, not a
    body called "compagnie" nor the one met last."""
    lang = context.lang
    nationalities = lang.people.nationalities
    words = words[: body_name_end(context.text, words, lang)]
    kept = [words[0]] + [t for t in words[1:] if t.lower not in nationalities]
    if len(kept) == 1 and kept[0].text.islower():
        at = kept[0].start  # of that kind only, not the body met last ("à l'AFP")
        return context.people.organisation_named(kept[0].lower, at, at)
    if (
        kept[0].text.islower()
        and kept[0].lower[-1:] in "sx"
        and not any(t.capitalised for t in kept)
    ):
        return None  # "les services de secours": bodies of a kind, none of them named
    inside = (
        lang.words.affiliation_prepositions
        | lang.words.determiners
        | lang.people.organisation_connectors
        | lang.people.lower_case_name_connectors
        | lang.people.departments
    )
    for k, tok in enumerate(kept[1:], 1):
        named = any(t.capitalised for t in kept[1:k])
        if not tok.text[0].isalnum() or (
            named and tok.text.islower() and fold_apostrophe(tok.lower) not in inside
        ):
            kept = kept[:k]  # "the House Harbour Committee emailed reporters": its name only
            break
    first = next((k for k, t in enumerate(kept) if t.capitalised), 0)
    if first and kept[0].text.islower() and fold_apostrophe(kept[first - 1].lower) not in inside:
        kept = kept[first:]  # "la chaîne de télévision Canal Nord": the name, not its kind
    # the words as written, elisions kept ("ministère de l'Intérieur")
    name = with_left_out_articles(context.text, kept, lang)
    return context.people.add(name, words[0].start, "organization")


def latter_gender(phrase: Sequence[Token], lang: LanguagePack) -> tuple[Gender | None] | None:
    """The gender "ce dernier", "cette dernière" tell (an auxiliary after it aside: "Cette
    dernière se dit"), in a tuple; None for another phrase."""
    words = [t for t in phrase if fold_apostrophe(t.lower) not in lang.words.auxiliaries]
    latter = lang.people.latter_words
    if len(words) != 2 or words[1].lower not in latter:
        return None
    if fold_apostrophe(words[0].lower) not in lang.words.demonstratives:
        return None
    return (latter[words[1].lower],)


def _definite_role(phrase: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "le manifestant", "l'expert européen", "ce commerçant": a definite article (or a
    demonstrative), the role, adjectives at most; not "un policier" (nobody named) nor "le
    préfet de X" (a post, read above)."""
    first = fold_apostrophe(phrase[0].lower)
    if first in lang.words.definite_articles and _modified_role(phrase, k, lang):
        return True
    return (
        k == 1
        and (first in lang.words.definite_articles or first in lang.words.demonstratives)
        and len(phrase) <= 3
        and not any(
            fold_apostrophe(t.lower) in lang.words.affiliation_prepositions or t.capitalised
            for t in phrase[1:]
        )
    )


def definite_label(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "the Republican", "the Ohio Democrat": a definite article, a place at most, and one
    capitalised party or nationality in the singular (not "the Democrats", a group)."""
    return (
        2 <= len(phrase) <= 2 + _LABEL_PLACE_WORDS
        and fold_apostrophe(phrase[0].lower) in lang.words.definite_articles
        and all(t.capitalised and t.text.isalpha() for t in phrase[1:])
        and phrase[-1].lower in lang.people.nationalities
        and not phrase[-1].lower.endswith("s")
    )


_LABEL_PLACE_WORDS = 2  # "the New Dorland Republican": a place's words before the label


def _modified_role(phrase: Sequence[Token], k: int, lang: LanguagePack) -> bool:
    """ "the Ohio senator", "the New Dorland governor", "the former Republican nominee": the
    role ends the phrase, after one to three modifiers none of which is a preposition; a name
    of two words among them is a place, not a body whose spokesman is someone else ("the
    Harlow Trust spokesman")."""
    modifiers = phrase[1:k]
    two_capitals = any(a.capitalised and b.capitalised for a, b in itertools.pairwise(modifiers))
    return (
        k == len(phrase) - 1
        and 1 <= len(modifiers) <= ROLE_MODIFIER_REACH
        and all(t.text[0].isalpha() for t in modifiers)
        and not any(
            fold_apostrophe(t.lower) in lang.words.affiliation_prepositions for t in modifiers
        )
        and not (
            two_capitals
            and (
                phrase[k].lower in lang.people.spokesperson_roles
                or any(t.lower in lang.people.organisations for t in modifiers)
            )
        )
    )


def _anonymous(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "une source policière", "sources close to the talks", "l'entourage du ministre", "one
    Harlow campaign source": a speaker left unnamed on purpose, whoever the phrase goes on to
    name."""
    return any(t.lower in lang.people.anonymous_sources for t in _leading_group(phrase, lang))


def _group_of_people(phrase: Sequence[Token], lang: LanguagePack) -> bool:
    """ "les élus du groupe Renouveau", "ses avocats": people of a role, in the plural, speak
    together; the body or the person the phrase goes on to name is not who speaks. Not "les
    premières informations": a role word before a plural noun is that noun's adjective."""
    if len(phrase) < 2 or fold_apostrophe(phrase[0].lower) not in lang.words.plural_determiners:
        return False
    word = phrase[1].lower
    if not (phrase[1].text.islower() and word[-1:] in ("s", "x")):
        return False
    noun_after = (
        len(phrase) > 2
        and phrase[2].text.isalpha()
        and phrase[2].text.islower()
        and phrase[2].lower[-1:] in ("s", "x")
        and fold_apostrophe(phrase[2].lower) not in lang.words.affiliation_prepositions
    )
    return word[:-1] in lang.people.roles and not noun_after


def _leading_group(phrase: Sequence[Token], lang: LanguagePack) -> Sequence[Token]:
    """The words of a noun phrase before its first preposition, relative or punctuation:
    its head noun and what comes before it ("a senior campaign aide" of "a senior campaign
    aide to the mayor")."""
    stops, relatives = lang.words.prepositions, lang.words.relatives
    for k in range(1, len(phrase)):
        tok, low = phrase[k], fold_apostrophe(phrase[k].lower)
        if low in stops or low in relatives or not tok.text[0].isalnum():
            if tok.text == "." and phrase[k - 1].capitalised:
                continue  # "a former U.S. official": an abbreviation's full stops
            return phrase[:k]
    return phrase


def _for_organisation(
    phrase: Sequence[Token], run_start: int, hit: NameHit, lang: LanguagePack
) -> bool:
    """ "a spokesperson for Pedal Forward", "un porte-parole de Vert Demain": the name after the
    role is who speaks, an organisation, unless it reads as a person's name."""
    if run_start == 0 or hit.honorific or is_first_name(hit.words[0], lang):
        return False
    before = fold_apostrophe(phrase[run_start - 1].lower)
    if before not in lang.words.affiliation_prepositions:
        return False
    return any(role_at(phrase, k, lang) for k in range(run_start))


def name_before_relative(context: Context, words: Sequence[Token]) -> NameHit | None:
    """ "laissant la parole à son avocat, Me Jo Lind, qui a demandé « … »": a relative right
    before the verb is its subject, and a person's full name right before its comma is who
    that relative stands for (not a pronoun earlier in the sentence)."""
    lang = context.lang
    if len(words) < 4 or words[-1].lower not in lang.words.subject_relatives:
        return None
    if words[-2].text != ",":
        return None
    run = next(
        (r for r in capitalised_runs(words, lang, context.people) if r[1] == len(words) - 2), None
    )
    if run is None:
        return None
    hit = read_name(words, run, lang, speaker_slot=True, known=context.people)
    if hit is None or hit.kind != "person" or not (hit.full_name or hit.honorific):
        return None
    return hit
