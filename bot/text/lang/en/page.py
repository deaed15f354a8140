"""English page furniture: header keys, promos, photo credits, newsroom boilerplate."""

from bot.text.lang.base import PageWords, word_set

PAGE = PageWords(
    header_keys={
        "date": "date",
        "published": "date",
        "title": "title",
        "headline": "title",
        "author": "author",
        "authors": "author",
        "byline": "author",
        "source": "source",
        "url": "url",
        "link": "url",
        "lang": "language",
        "language": "language",
        "section": "section",
    },
    promo_words=word_set(
        """
        watch read see listen video videos photos gallery podcast audio related more also
        subscribe newsletter live breaking latest exclusive sponsored advertisement
        """
    ),
    promo_phrases=(
        r"read\s+more",
        r"also\s+read",
        r"read\s+also",
        r"related",
        r"see\s+also",
        r"watch",
        r"listen",
        r"sign\s+up",
        r"subscribe",
    ),
    calls_to_action=(
        r"sign\s+up",
        r"subscribe",
        r"follow\s+us",
        r"click\s+here",
        r"download\s+our",
        r"(?:[^?\n]{0,80}\?\s*)?like\s+(?:the|our)\s+page",  # "Do you support X? Like the page:"
    ),
    credit_words=(
        r"photos?",
        r"credits?",
        r"images?",
        r"press",
        r"archives?",
        r"courtesy",
        r"handout",
        r"file",
        r"illustration",
    ),
    credit_labels=("Photograph", "Photo", "PHOTO", "Credit", "CREDIT"),
    boilerplate=(
        r"\b(?:click|tap) here\b",
        r"\bsign up (?:for|to)\b",
        r"\bsubscribe (?:to|now)\b",
        r"\bfollow us\b",
        r"\bour newsletter\b",
        r"\ball rights reserved\b",
        r"\bcontributed to this (?:report|story)\b",
        r"\bthis (?:story|article) (?:has been|was) updated\b",
        r"\bwith files from\b",
    ),
    dangling_starts=word_set(
        """
        but however he she they it its this these those his her their also and so yet still
        meanwhile instead then there
        """
    ),
)
