"""A speaker's hometown and its region written after the name ("Ann Reed of Dunmore, Ohio,
said", "Ann Reed of Dunmore, South Carolina says"): the comma inside the place is neither a
clause's end nor the close of the aside, so the name is read alone and stays the subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.people.first_names import first_name_gender
from bot.text.quotes.tokens import Token

HOMETOWN_WORDS = 3  # "Dunmore", "Carson Falls": a hometown's words before its region's comma
REGION_WORDS = 3  # "Ohio", "N.C.", "New Mexico": the words and stops of a place's region, at most


def hometown_commas(words: Sequence[Token], lang: LanguagePack) -> set[int]:
    """ "Ann Reed of Dunmore, South Carolina says": the comma between a name's hometown and
    its region (capitalised words on both sides, the hometown after "of" or "from" and a
    name) is inside the subject, not the end of a clause."""
    found: set[int] = set()
    hometown = lang.words.place_prepositions & (
        lang.words.affiliation_prepositions | lang.words.object_prepositions
    )  # "of", "from", not "Ann Reed in Ohio, Bo Lind in Iowa"
    for k, tok in enumerate(words[:-1]):
        after = words[k + 1]
        if tok.text != "," or not k or not after.capitalised or after.start > tok.end + 1:
            continue  # not "… in Ohio, “…,” Reed said": a quote between them
        j = k - 1
        while j > 0 and k - j <= HOMETOWN_WORDS and words[j].capitalised:
            j -= 1
        if (
            j < k - 1
            and j > 1  # not "Speaking in Dunmore, Reed said": a name of its own before "of"
            and fold_apostrophe(words[j].lower) in hometown
            and words[j - 1].capitalised
            and words[j - 1].lower not in lang.people.organisations  # "Academy of Arts, …"
            and first_name_gender(after.text) is False  # "in Ohio, Ann Reed": a list
        ):
            found.add(k)
    return found


def hometown_aside_end(words: Sequence[Token], comma: int) -> int:
    """Where ", of Dunmore, Ohio," ends when its ``comma`` is the one inside the place: after
    the region's capitalised words (and stops), at the comma that follows or the last of them;
    ``comma`` itself when no region follows."""
    k = comma + 1
    while k < len(words) and k - comma <= REGION_WORDS and words[k].text[0].isupper():
        k += 1
        while k < len(words) and words[k].text == ".":
            k += 1
    if k == comma + 1:
        return comma
    return k if k < len(words) and words[k].text == "," else k - 1
