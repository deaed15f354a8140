"""Who speaks when a document does ("the statement said", "The clip says", "a video that
said"): who issued it, made it or released it, as the recent narration tells. Kept apart from
``phrases`` (which reads every noun phrase) so that module stays readable."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.lang import LanguagePack, fold_apostrophe
from bot.text.quotes.candidates import Attribution
from bot.text.quotes.context import Context
from bot.text.quotes.people.names import NameHit
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.sentences import Sentence
from bot.text.quotes.tokens import Token

DOCUMENT_SENTENCES = 5  # how far back "the statement" looks for "X issued a statement"


def document_author(context: Context, sentence: Sentence, phrase: Sequence[Token]) -> Entity | None:
    """ "the statement said", after "the Holocaust Museum issued a statement": the subject of
    the recent sentence that introduced the document ("a statement") is who speaks, or its
    maker after "by" ("a web video by X"); "X released a video that said": X."""
    lang = context.lang
    article = fold_apostrophe(phrase[0].lower)
    indefinite = article in lang.words.indefinite_articles
    if (
        len(phrase) < 2
        or not (indefinite or article in lang.words.definite_articles)
        or phrase[-1].lower not in lang.people.any_documents
        or any(t.capitalised for t in phrase[1:])
    ):
        return None
    noun = phrase[-1].lower
    issuer = lang.people.document_issuers.get(noun)
    if issuer is not None and not indefinite:  # "the ruling said": the court named earlier
        return context.people.organisation_named(issuer, phrase[0].start, phrase[0].start)
    media = lang.people.media_documents
    same = media if noun in media else {noun}  # "a web video … the clip"
    recent = [*context.discourse.sentences[-DOCUMENT_SENTENCES:], sentence]
    if indefinite:  # "a video that said": introduced by the phrase itself
        recent, same = [sentence], {noun}
    limit = phrase[-1].end if indefinite else phrase[0].start
    for earlier in reversed(recent):
        tokens = earlier.tokens
        for m in range(1, len(tokens)):
            if tokens[m].lower not in same or tokens[m].start >= limit:
                continue
            k = m - 1
            while 0 < k > m - 1 - DOCUMENT_MODIFIERS and _document_modifier(tokens[k], lang):
                k -= 1  # "a new 30-second ad"
            if tokens[k].lower not in lang.words.indefinite_articles or earlier.quoted[m]:
                continue
            if k and tokens[k - 1].lower in lang.words.object_prepositions:
                continue  # "posted it under a headline", "added to an indictment": not theirs
            found = _document_agent(context, earlier, tokens[m + 1 :])
            if found is None:
                pre = [t for j, t in enumerate(tokens[: max(k - 1, 0)]) if not earlier.quoted[j]]
                found = context.attributor.subject(context, earlier, pre) if pre else None
            if found is not None and found.speaker is not None:
                return found.speaker
    return None


DOCUMENT_MODIFIERS = 3  # words between a document's article and its noun ("a new online ad")


def _document_modifier(token: Token, lang: LanguagePack) -> bool:
    """ "new", "30-second", "online": a lower-case word before a document's noun."""
    if fold_apostrophe(token.lower) in lang.words.function_words:
        return False  # "a", "the", "his": the phrase's own determiner
    return token.text.islower() or (token.text[0].isdigit() and "-" in token.text)


def _document_agent(
    context: Context, sentence: Sentence, after: Sequence[Token]
) -> Attribution | None:
    """ "a web video by the Republican National Committee", "a statement from Acme": the
    maker named right after the document's noun and a preposition of ``document_makers``."""
    lang = context.lang
    if not after or after[0].lower not in lang.people.document_makers:
        return None
    end = 2 if len(after) > 2 and fold_apostrophe(after[1].lower) in lang.words.determiners else 1
    start = end
    while end < len(after) and (
        (after[end].capitalised and after[end].lower not in lang.words.calendar_words)
        or (end > start and after[end].lower in lang.people.organisation_connectors)
    ):
        end += 1  # "by the Committee for Growth", not what it "attacks" after
    while end > start and not after[end - 1].capitalised:
        end -= 1
    if end == start:
        return None
    return context.attributor.noun_phrase(context, sentence, after[1:end])


def kind_of_document(phrase: Sequence[Token], hit: NameHit, lang: LanguagePack) -> bool:
    """ "Court documents said", "Commission records show": one capitalised organisation noun
    before a plural document noun says what kind of papers speak, and names no body."""
    if hit.last - hit.first != 1 or hit.last >= len(phrase):
        return False
    noun = phrase[hit.last].lower
    plural = noun.endswith("s") and noun[:-1] in lang.people.documents  # not "a Pentagon readout"
    return plural and phrase[hit.first].lower in lang.people.organisations
