"""English grammar words, dates and abbreviations."""

import re

from bot.text.lang.base import FunctionWords, numbered, word_set

# The most frequent English words, almost disjoint from French ones: counting them tells the
# language, and they carry no content for a summary.
FUNCTION_WORDS = word_set(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own said same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up us
    very was we were what when where which while who whom why will with would you your yours
    yesterday
    """
)

MONTHS = numbered(
    "january jan",
    "february feb",
    "march mar",
    "april apr",
    "may",
    "june jun",
    "july jul",
    "august aug",
    "september sep sept",
    "october oct",
    "november nov",
    "december dec",
)

WORDS = FunctionWords(
    names=word_set("en eng english anglais"),
    function_words=FUNCTION_WORDS,
    determiners=word_set("the a an his her its their"),
    definite_articles=word_set("the"),
    indefinite_articles=word_set("a an one another"),
    demonstratives=word_set("this that these those"),
    quantifiers=word_set("many some several most few numerous multiple other others"),
    gendered_determiners={},
    relatives=word_set("which who whom where"),
    person_relatives=word_set("who whom"),
    coordinators=word_set("and but"),
    aside_participle=re.compile(r"[a-z]{3,}ing"),
    opening_participle=re.compile(r"[a-z]{3,}(?:ing|ed)"),
    complementizers=word_set("that"),
    auxiliaries=word_set(
        """
        has have had was were is are will would also later then again further simply
        previously once recently repeatedly reportedly publicly privately flatly did does do
        not never even only just still quickly often usually always sometimes initially
        immediately now
        """
    ),
    stop_prepositions=word_set(
        """
        in at on during after before while when who which whose to from by with but and as
        last this monday tuesday wednesday thursday friday saturday sunday yesterday today
        earlier later told adding referring speaking that because although since until unless
        though whereas
        """
    ),
    object_prepositions=word_set(
        """
        of with to by for against about from at on between toward towards without under over
        than like that
        """
    ),
    title_prepositions=word_set("for"),
    passing_prepositions=word_set("of for by about against between than like"),
    place_prepositions=word_set("in at from of near across throughout outside inside"),
    subordinators=word_set("when while because although though whereas since until unless once"),
    clause_prepositions=word_set("after before"),
    affiliation_prepositions=word_set("for of at"),
    clause_openers=word_set("we i you there"),
    elisions=(),
    months=MONTHS,
    # "May" is left out: it is a name too.
    calendar_words=word_set(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april
        june july august september october november december
        """
    ),
    abbreviations=word_set(
        """
        Mr Mrs Ms Messrs Dr Drs Prof St Sts Gen Gov Sen Rep Del Rev Col Lt Sgt Capt Cmdr Adm Maj
        Brig Govs Sens Reps
        Hon Cpl Pvt Insp Supt Det Fr Sr Sra Mt Ft No Nos no nos p pp vol art al cf ed vs v
        approx ca min max
        """
    ),
    final_abbreviations=word_set(
        "etc Inc Ltd Co Corp Jr Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    ),
    title_minor_words=word_set("of the a an in on and for to at it is with v vs"),
)
