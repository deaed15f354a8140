"""Capitalised words that name a body rather than a title or a verb ("the Post said", "the
Justice Department", "the White House"), and the titles of publications with their article
("Le Parisien", "L'Obs"), and where a body's name ends ("Commission on Presidential Debates",
"la Cour suprême"). Kept apart from ``names`` (which reads every name) so that module
stays readable; ``names`` asks these questions while it reads a run."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.marks import OPENERS
from bot.text.quotes.people.first_names import first_name_gender, name_key
from bot.text.quotes.tokens import Token


def noun_after_article(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """ "the Post reported": a capitalised speech verb after an article is a name's noun."""
    tok = tokens[i]
    return (
        i > 0
        and tok.capitalised
        and tok.text.isalpha()
        and fold_apostrophe(tokens[i - 1].lower) in lang.words.definite_articles
        and lang.speech.verb(tok.text)
    )


def department_of_body(words: Sequence[tuple[int, Token]], k: int, lang: LanguagePack) -> bool:
    """ "Justice Department": a role word that is also a department's, right before an
    organisation noun, names the body, not a title."""
    people = lang.people
    return (
        k + 1 < len(words)
        and words[k][1].lower in people.departments
        and words[k + 1][1].lower in people.organisations
    )


def institution(
    tokens: Sequence[Token], i: int, words: Sequence[tuple[int, Token]], lang: LanguagePack
) -> bool:
    """ "the White House", "the Senate said": a run of department words only, ending on one,
    names an institution; one word only when it is an organisation noun after an article
    that is in no one's title (not "chef de l'État")."""
    people = lang.people
    if not words or words[-1][1].lower not in people.departments:
        return False
    if len(words) > 1:
        return True
    return (
        words[0][1].lower in people.organisations
        and i > 0
        and fold_apostrophe(tokens[i - 1].lower) in lang.words.definite_articles
        and not (i > 1 and tokens[i - 2].lower in lang.words.affiliation_prepositions)
    )


def publication_title(names: Sequence[str], lang: LanguagePack) -> bool:
    """ "Breitbart News", "Harbour Gazette": a name ending on a publication's word."""
    return len(names) > 1 and names[-1].casefold() in lang.people.publication_titles


def start_after_article(tokens: Sequence[Token], first: int, last: int, lang: LanguagePack) -> int:
    """ "Enter The Washington Post": a body's name starts after a capitalised article inside
    the run of capitalised words."""
    inner = [
        k
        for k in range(first + 1, last - 1)
        if tokens[k].capitalised and tokens[k].lower in lang.words.definite_articles
    ]
    return inner[-1] + 1 if inner else first


def opens_title(pair: Sequence[Token], lang: LanguagePack) -> bool:
    """ "rapporte Le Parisien", "selon L'Opinion": an article written with a capital after a
    word or a comma (not opening a sentence) is the first word of the title it precedes."""
    before, article = pair
    return (
        article.text[0].isupper()
        and fold_apostrophe(article.lower) in lang.words.title_articles
        and (before.text[0].isalnum() or before.text == ",")
    )


def with_title_article(names: Sequence[str], article: Token) -> list[str]:
    """A title's words with its article first (Le Parisien, L'Obs)."""
    return joined_elisions([article.text, *names])


def joined_elisions(words: Sequence[str]) -> list[str]:
    """Words as written, an elided word joined to the next ("de l'automobile", "L'Obs")."""
    joined: list[str] = []
    for word in words:
        if joined and len(joined[-1]) == 2 and joined[-1][-1] in "'’":  # not "Workers' Party"
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def connected_name_end(tokens: Sequence[Token], last: int, lang: LanguagePack) -> int:
    """ "Commission on Presidential Debates": an organisation's name goes on past a
    connector ("on", "of the") when capitalised words follow it."""
    connectors = lang.people.organisation_connectors
    last = _past_conjunction(tokens, _connected_from(tokens, last, lang), last, lang)
    while last < len(tokens) and tokens[last].lower in connectors:
        k = last + 1
        if k < len(tokens) and tokens[k].lower in lang.words.definite_articles:
            k += 1
        end = _capitalised_end(tokens, k, lang)
        end = _past_conjunction(tokens, k, end, lang)
        end = _before_holder(tokens, k, end)
        if end == k:
            break
        last = end
    return last


def _capitalised_end(tokens: Sequence[Token], k: int, lang: LanguagePack) -> int:
    """Where the capitalised words from ``k`` end ("Council on Wednesday": before a day)."""
    while (
        k < len(tokens)
        and tokens[k].capitalised
        and tokens[k].text[0].isalpha()
        and tokens[k].lower not in lang.words.calendar_words
    ):
        k += 1
    return k


def _connected_from(tokens: Sequence[Token], last: int, lang: LanguagePack) -> int:
    """Where the capitalised words before ``last`` start when a connector stands before
    them ("Department of Children"), else ``last``."""
    k = last
    while k > 0 and tokens[k - 1].capitalised and tokens[k - 1].text[0].isalpha():
        k -= 1
    j = k - 1
    if j > 0 and tokens[j].lower in lang.words.definite_articles:
        j -= 1
    return k if j >= 0 and tokens[j].lower in lang.people.organisation_connectors else last


def _past_conjunction(tokens: Sequence[Token], k: int, end: int, lang: LanguagePack) -> int:
    """ "Department of Health and Human Services": the words after a connector go on past
    "and" when capitalised words follow it that start no one's name, no title, no other body
    ("the Army", "Bo Lind", "NATO", "Foreign Ministry")."""
    people = lang.people
    if end == k or end + 1 >= len(tokens) or tokens[end].lower not in people.name_conjunctions:
        return end
    after = _capitalised_end(tokens, end + 1, lang)
    words = tokens[end + 1 : after]
    if not words or first_name_gender(words[0].text) in ("m", "f"):
        return end
    if any(
        t.lower in lang.words.definite_articles
        or t.lower in people.roles
        or t.lower in people.organisations
        or t.text.isupper()
        for t in words
    ):
        return end
    return after


def _before_holder(tokens: Sequence[Token], k: int, end: int) -> int:
    """ "High Commissioner for Refugees Ann Reed": the capitalised words after a connector
    stop before a first name that the last two or three of them start (the holder named
    after the title)."""
    for p in range(k + 1, end - 1):
        if 2 <= end - p <= 3 and first_name_gender(tokens[p].text) in ("m", "f"):
            return p
    return end


def lower_case_name_end(tokens: Sequence[Token], last: int, lang: LanguagePack) -> int:
    """ "le Défenseur des droits": a one-word institution's name goes on with a connector and
    a lower-case plural noun ("des deux", a grammar word, is no name's end), or with the
    adjective after its noun ("la Cour suprême"; not a verb: "la Commission juge")."""
    if (
        lang.words.adjectives_follow_nouns
        and last < len(tokens)
        and tokens[last - 1].lower in lang.people.organisations
        and tokens[last].text.isalpha()
        and tokens[last].text.islower()
        and tokens[last].lower not in lang.words.function_words
        and tokens[last].lower not in lang.people.lower_case_name_connectors
        and not lang.speech.verb(tokens[last].text)
    ):
        return last + 1  # "la Cour suprême": the institution's noun and its adjective
    if last + 1 >= len(tokens) or tokens[last].lower not in lang.people.lower_case_name_connectors:
        return last
    noun = tokens[last + 1].text
    plural_noun = noun.isalpha() and noun.islower() and noun.endswith(("s", "x"))
    return last + 2 if plural_noun and noun not in lang.words.function_words else last


def lower_case_title_end(tokens: Sequence[Token], last: int, lang: LanguagePack) -> int:
    """ "Le Canard enchaîné", "la Haute autorité": a title goes on with its own lower-case
    word."""
    if last < len(tokens) and tokens[last].lower in lang.people.lower_case_title_words:
        return last + 1
    return last


def body_around(
    tokens: Sequence[Token], first: int, end: int, lang: LanguagePack
) -> tuple[int, list[str]] | None:
    """ "la préfecture du Var", "le ministère de la Santé": capitalised words read as no one
    after a lower-case organisation noun and its preposition name that body, which "la
    préfecture" may point to later; its start and its words (without a nationality)."""
    k = first - 1
    if k > 0 and fold_apostrophe(tokens[k].lower) in lang.words.definite_articles:
        k -= 1  # "de la Santé"
    if k < 1 or fold_apostrophe(tokens[k].lower) not in lang.words.affiliation_prepositions:
        return None
    k -= 1
    if k > 0 and tokens[k].lower in lang.people.nationalities:
        k -= 1  # "le ministère français de la Santé"
    noun = tokens[k]
    if not (noun.text.islower() and noun.lower in lang.people.organisations):
        return None
    if k == 0 or fold_apostrophe(tokens[k - 1].lower) not in lang.words.determiners | (
        lang.words.affiliation_prepositions
    ):
        return None  # "en direction de l'Assemblée": no body
    while end < len(tokens) and tokens[end].text.islower():
        if tokens[end].lower not in lang.people.departments:
            break
        end += 1  # "des Affaires étrangères"
    kept = [t.text for t in tokens[k:end] if t.lower not in lang.people.nationalities]
    return k, joined_elisions(kept)


def titles_with_place(tokens: Sequence[Token], lang: LanguagePack) -> dict[str, set[str]]:
    """ "la Gazette de Lausanne", "le Courrier de l'Ouest": a capitalised word after a
    definite article in lower case, then "de" (and an article) and a capitalised word: the
    longer title a body later named by its first word alone goes by, keyed by that word."""
    found: dict[str, set[str]] = {}
    articles, of = lang.words.definite_articles, lang.words.affiliation_prepositions
    for i in range(1, len(tokens) - 2):
        head, before = tokens[i], tokens[i - 1]
        if not (head.capitalised and head.text.isalpha() and before.text.islower()):
            continue
        if head.text.isupper():  # "la CGT du Centre hospitalier": an acronym is a name already
            continue
        if fold_apostrophe(before.lower) not in articles:
            continue
        j = i + 1
        if fold_apostrophe(tokens[j].lower) not in of:
            continue
        j += 1
        if j < len(tokens) - 1 and fold_apostrophe(tokens[j].lower) in articles:
            j += 1
        place = tokens[j]
        if place.capitalised and place.text.isalpha() and not place.text.isupper():
            words = joined_elisions([t.text for t in tokens[i : j + 1]])
            found.setdefault(name_key([head.text]), set()).add(" ".join(words))
    return found


AGENCY_REACH = 3  # words of an agency's name in a dateline's parentheses, at most
DATELINE_PLACE_REACH = 6  # tokens of the place before it ("Kano , Nigeria"), at most


def dateline_agency(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Seoul (CNN) Prime Minister…", "(The Harlow Gazette)Ann Reed…": a name in
    parentheses that opens the sentence, after nothing but the place's capitalised words, and
    before a capital or a quote's mark (or alone), is the agency that filed the story, not a
    body that speaks in it."""
    if not (first > 0 and last < len(tokens) and last - first <= AGENCY_REACH):
        return False
    if tokens[first - 1].text != "(" or tokens[last].text != ")":
        return False
    place = tokens[: first - 1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        len(place) <= DATELINE_PLACE_REACH
        and all(t.capitalised or t.text in (",", ".") for t in place)
        and (after is None or after.capitalised or after.text in OPENERS)
    )


OUTLET_VERB_REACH = 4  # words from a speech verb to the outlet's preposition, at most


def publication_starts(text: str, lang: LanguagePack) -> list[int]:
    """Where a publication's name may start, in order: after a publication noun ("le journal
    Bild"), on a title's capitalised article inside a sentence ("rapporte Le Parisien", not
    "La République en marche" opening one), right after an outlet's preposition ("sur Radio
    Nord") or a listener's one a few words after a speech verb ("confie-t-elle à Info Cinq").
    Read once per article, not per mention."""
    nouns, articles = lang.people.publications, lang.words.title_articles
    outlet, listener = lang.people.outlet_prepositions, lang.people.listener_prepositions
    starts = []
    previous = ""
    since_verb = OUTLET_VERB_REACH + 1
    for word in re.finditer(r"\S+", text):
        chunk = word.group()
        first = fold_apostrophe(chunk.casefold())
        after_noun = previous.casefold() in nouns
        # "Le Parisien", "L'Obs"; not "Lemoyne"
        titled = chunk[0].isupper() and (
            first in articles or (first[:2] in articles and not first[:2].isalpha())
        )
        told = previous.casefold() in outlet or (
            since_verb <= OUTLET_VERB_REACH and previous.casefold() in listener
        )
        if (
            after_noun
            or (titled and (previous[-1:].isalnum() or previous.endswith(",")))
            or (told and chunk[0].isupper())
        ):
            starts.append(word.start())
        since_verb = 0 if lang.speech.verb_or_inverted(chunk) else since_verb + 1
        if not chunk[-1].isalnum():
            since_verb = OUTLET_VERB_REACH + 1  # a verb in another clause or sentence
        previous = chunk
    return starts


def body_name_end(text: str, words: Sequence[Token], lang: LanguagePack) -> int:
    """ "le comité de crise mis en place par…", "le cabinet du ministre, à l'origine de…": a
    body named by its kind ends before a comma or a word its phrase left out (elided articles
    aside), before a relative pronoun, and before a modifier after its noun that has a
    complement of its own (a participle: "mis en place", "installé par"), not its adjective."""
    grammar = lang.words
    inside = grammar.affiliation_prepositions | grammar.determiners
    for k in range(1, len(words)):
        tok, before = words[k], words[k - 1]
        gap = text[before.end : tok.start].strip()
        left_out = bool(gap) and fold_apostrophe(gap.casefold()) not in grammar.definite_articles
        after_noun = k > 1 and fold_apostrophe(words[k - 2].lower) not in inside
        modifier = after_noun and before.text.islower()
        if left_out:
            return k - 1 if modifier and fold_apostrophe(before.lower) not in inside else k
        if tok.lower in grammar.relatives:
            return k
        if (
            tok.text.islower()
            and fold_apostrophe(tok.lower) not in inside
            and fold_apostrophe(before.lower) not in inside
            and k + 1 < len(words)
            and words[k + 1].lower in grammar.stop_prepositions
        ):
            return k
    return len(words)


def with_left_out_articles(text: str, words: Sequence[Token], lang: LanguagePack) -> list[str]:
    """ "Conseil national des métiers de l'horlogerie", "U.S. Department": a body's words as
    written, with what a phrase's words left out put back: the elided article (read as a
    pronoun) joined to its noun, and the dot after an initial; words written together stay
    one ("comité d'urgence")."""
    found: list[str] = []
    for before, tok in zip([None, *words[:-1]], words, strict=True):
        gap = text[before.end : tok.start].strip() if before is not None else ""
        elided = gap[-1:] in ("'", "’") and fold_apostrophe(gap.casefold()) in (
            lang.words.definite_articles
        )
        initial = len(tok.text) == 1 and tok.text.isupper() and text[tok.end : tok.end + 1] == "."
        word = (gap if elided else "") + tok.text + ("." if initial else "")
        touching = before is not None and before.end == tok.start  # "d'" + "urgence"
        if (initial and found and found[-1].endswith(".") and gap == ".") or touching:
            found[-1] += word  # "U.S.", "d'urgence": one word
        else:
            found.append(word)
    return found
