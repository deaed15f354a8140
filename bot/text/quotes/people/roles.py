"""Role nouns in running text: "ministre", "spokeswoman", set phrases such as "le chef de
l'État", the gender a role's form or determiner shows, and names that modify a role ("Harlow
spokesman Tim Brandt"). Names and subjects both read them, so they live apart from either.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.model import Gender
from bot.text.quotes.people.first_names import without_possessive
from bot.text.quotes.tokens import Token


def role_at(
    tokens: Sequence[Token], index: int, lang: LanguagePack
) -> tuple[str, Gender | None] | None:
    """The role noun at ``index`` ("ministre", "spokeswoman") and the gender its form shows.

    French agreement counts: "la ministre" is a woman even though "ministre" is both.
    """
    low = _role_phrase(tokens, index, lang) or tokens[index].lower
    roles = lang.people.roles
    if describes_age(low, lang):
        return low, None  # "the 46-year-old said": a person described by age
    if low not in roles or (
        tokens[index].capitalised
        and index
        and tokens[index - 1].capitalised
        and not written_title(tokens, index, lang)
        and not (index == 1 and fold_apostrophe(tokens[0].lower) in lang.words.determiners)
    ):
        return None
    gender = roles[low]
    if gender is None and index:
        before = fold_apostrophe(tokens[index - 1].lower)
        gender = lang.words.gendered_determiners.get(before)
        if gender is None and index > 1:
            gender = lang.people.role_modifiers.get(before)
    return low, gender


def written_title(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """ "the Prime Minister", "The Iranian President said": a capitalised role after capitalised
    words that are all a title's own (a title modifier, a nationality, a department, a role),
    a determiner before them, is a role written as a title, not a name."""
    title_words = lang.people.title_words
    k = index - 1
    while k >= 0 and tokens[k].capitalised and tokens[k].lower in title_words:
        k -= 1
    return k < index - 1 and k >= 0 and fold_apostrophe(tokens[k].lower) in lang.words.determiners


def opening_article(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """ "L'élue condamne", "…, l'ancien ministre estime": an article (an elided one is also the
    clitic of "il l'a dit") that opens the words or follows a comma, before no verb."""
    if tokens[index].lower not in lang.words.determiners:
        return False
    if index == 0 and tokens[index].capitalised:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        index > 0
        and tokens[index - 1].text == ","
        and following is not None
        and following.lower not in lang.words.auxiliaries
        and not lang.speech.partial_verb(following.text)
    )


def describes_age(word: str, lang: LanguagePack) -> bool:
    """ "46-year-old": a person by age alone, or a modifier ("a 29-year-old woman")."""
    age = lang.people.age_description
    return age is not None and age.fullmatch(word) is not None


ROLE_MODIFIER_REACH = 3  # "Harlow spokesman", "Harlow campaign chairman": words to the role


def modifies_role(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """Whether the name ending before ``index`` modifies a role noun that follows it ("Harlow
    spokesman Tim Brandt", "the Ohio senator", "a Harlow campaign aide"): the role's
    holder is meant, not the name."""
    if not lang.people.names_modify_roles:
        return False
    for k in range(index, min(len(tokens), index + ROLE_MODIFIER_REACH)):
        if role_at(tokens, k, lang):
            return True
        low = tokens[k].lower
        if not tokens[k].capitalised and without_possessive(low) in lang.people.roles:
            return True  # "The Ohio senator's answer was": the senator's, not Ohio's
        if tokens[k].capitalised or not low[0].isalpha() or low in lang.words.determiners:
            return False  # "Ann Reed a nurse" (an apposition whose commas were dropped)
    return False


def _role_phrase(tokens: Sequence[Token], index: int, lang: LanguagePack) -> str | None:
    """The role a set phrase starting at ``index`` stands for ("le chef de l'État" is the
    president), None when none starts there."""
    found = _role_phrase_words(tokens, index, lang)
    return found[1] if found else None


def role_length(tokens: Sequence[Token], index: int, lang: LanguagePack) -> int:
    """How many words the role at ``index`` takes: a set phrase's ("chef de l'État"), or 1."""
    found = _role_phrase_words(tokens, index, lang)
    return found[0] if found else 1


def _role_phrase_words(
    tokens: Sequence[Token], index: int, lang: LanguagePack
) -> tuple[int, str] | None:
    entries = lang.people.role_phrases_by_head.get(tokens[index].lower)
    for words, role in entries or ():
        found = tokens[index : index + len(words)]
        if len(found) == len(words) and all(
            fold_apostrophe(t.lower) == w for t, w in zip(found, words, strict=True)
        ):
            return len(words), role
    return None


def holder_after_comma(tokens: Sequence[Token], i: int, lang: LanguagePack) -> bool:
    """ "the party's 2012 nominee, Mitt Romney": a name at ``i`` set off by a comma right
    after a role is the role's holder (not a relative's: "whose husband, Ty Woods,")."""
    return (
        i > 1
        and tokens[i - 1].text == ","
        and role_at(tokens, i - 2, lang) is not None
        and tokens[i - 2].lower not in lang.people.kin_nouns
    )


def modifies_later_role(tokens: Sequence[Token], index: int, lang: LanguagePack) -> bool:
    """Whether the role at ``index`` modifies a role further on, a noun between them ("the
    billionaire business mogul"): the later role heads the phrase (not "le Premier
    ministre", one role, nor "the former actor and president")."""
    if tokens[index].capitalised:
        return False
    start = index + role_length(tokens, index, lang)
    for k in range(start, min(len(tokens), start + ROLE_MODIFIER_REACH)):
        tok = tokens[k]
        if not tok.text.isalpha() or tok.capitalised or tok.lower in lang.words.function_words:
            return False
        if role_at(tokens, k, lang):
            return k > start
    return False
