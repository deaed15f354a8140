"""How English reports speech: verbs and prepositions."""

from bot.text.lang.base import SpeechWords, fold_apostrophe, word_set

# Verbs that attribute speech; regular ones are conjugated by ``_forms``.
SPEECH_VERBS = word_set(
    """
    add warn insist explain note state declare argue claim assert acknowledge respond tweet
    announce recall suggest predict vow promise complain concede contend continue observe
    remark stress emphasize emphasise maintain charge joke urge caution confirm ask answer
    allege report agree reiterate repeat shout yell scream whisper boast brag lament muse
    recount counter retort point pledge exclaim affirm mention reply deny testify quip admit
    post write tell say speak comment elaborate clarify assure plead implore scoff sneer snap
    thunder grumble surmise reckon conclude describe forecast threaten demand accuse blast slam
    criticize criticise praise recommend advise reassure remind inform chant interject
    proclaim retweet decry bemoan email bark fume opine exhort wonder remember react press
    retaliate confess exult gush enthuse marvel rave chuckle sigh sob
    """
)
IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "reply": ["reply", "replies", "replied", "replying"],
    "deny": ["deny", "denies", "denied", "denying"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "snap": ["snap", "snaps", "snapped", "snapping"],
    "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
    "forecast": ["forecast", "forecasts", "forecasting"],
    "slam": ["slam", "slams", "slammed", "slamming"],
    "plead": ["plead", "pleads", "pleaded", "pled", "pleading"],
    "refer": ["refer", "refers", "referred", "referring"],
    "press": ["presses", "pressed"],  # "“…?” Reed pressed." (not "the press")
    "gush": ["gush", "gushes", "gushed", "gushing"],
    "sob": ["sob", "sobs", "sobbed", "sobbing"],
    "marvel": ["marvel", "marvels", "marveled", "marvelled", "marveling", "marvelling"],
}
# Speech verbs in their past form only: "press", "question" and "riff" are nouns far more
# often than verbs of speech.
PAST_ONLY = word_set("pressed questioned riffed")
# Verbs that introduce a partial quote ("called the plan “a disaster”") but are too loose to
# attribute a quote on their own.
PARTIAL_VERBS = word_set(
    """
    call describe label brand characterize characterise urge hail deem slam blast praise
    criticize criticise accuse vow promise pledge refer compare dismiss denounce condemn
    welcome tout mock question ask demand rate rule cite blame defend thank highlight imply
    reject portray downplay pronounce credit reference indicate express
    """
)


def _forms(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


_VERBS = [f for v in SPEECH_VERBS if v not in IRREGULAR for f in _forms(v)]
_VERBS += [f for forms in IRREGULAR.values() for f in forms] + sorted(PAST_ONLY)
_PARTIAL = [f for v in PARTIAL_VERBS for f in IRREGULAR.get(v, _forms(v))]

SPEECH = SpeechWords(
    verbs=frozenset(fold_apostrophe(v) for v in _VERBS),
    partial_verbs=frozenset(fold_apostrophe(v) for v in _VERBS + _PARTIAL),
    listener_verbs=word_set("tell tells told telling"),
    attribution_prepositions={"according": ("to",)},
    opening_prepositions=frozenset(),
    scare_markers=word_set(
        "so-called dubbed nicknamed termed titled entitled branded word term phrase slogan label"
    ),
    crowd_words=word_set("chant chants chanted chanting chorus"),
    work_nouns=word_set(
        "series sitcom show film movie documentary album song book novel memoir musical play"
        " episode podcast"
    ),
    perfect_auxiliaries=frozenset(),
    inverted_subject=None,
    incise_inside_marks=False,
    clause_without_complementizer=True,
    quote_min_words=4,
    conformity_words=word_set("as"),
    quoting_verbs=word_set("quote quotes quoted"),
    document_verbs=word_set("read reads"),
    passive_auxiliaries=word_set("was were is are be been being"),
    passive_agent="by",
    byline="by",
    copulas=word_set("is was"),
    question_verbs=word_set("ask asks asked asking"),
    request_words=word_set("to for"),
    language_names=word_set(
        """
        arabic latin greek hebrew spanish french german italian portuguese dutch russian
        ukrainian polish turkish persian farsi urdu hindi pashto swahili mandarin chinese
        cantonese japanese korean vietnamese tagalog yiddish creole
        """
    ),
    translation_word="for",
    verbs_with_object={
        "put": "it",
        "puts": "it",
        **{form: "back" for form in ("shoot", "shoots", "shot", "fire", "fires", "fired")},
        **{form: "back" for form in ("hit", "hits", "push", "pushes", "pushed")},
        **{form: "on" for form in ("go", "goes", "went")},
        **{form: "in" for form in ("chime", "chimes", "chimed")},
    },
)
