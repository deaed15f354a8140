"""The reading loop: the article once, in order, each sentence through every stage.

For each paragraph: the language model's evidence; for each sentence: the people it names
(people stage), the speech act around each of its quotes (attribution), its reported speech
(indirect), whom it puts forward (salience, for the pronouns of the next sentences). Stages
return findings; this loop alone applies them to the candidates and the registry. After a
paragraph, a quote still without an attribution is settled: the continuation of the quote
before it, a full sentence of unattributed speech, or a term in marks (dropped).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.text.lang import fold_apostrophe, pack
from bot.text.marks import first_quote
from bot.text.model import Paragraph, Person, Quote
from bot.text.quotes.attribution import Finding, attributor_for
from bot.text.quotes.attribution.narrated import continued_speaker, narrated_speaker
from bot.text.quotes.attribution.subjects import introduces_document
from bot.text.quotes.candidates import (
    NO_SPEAKER,
    NOT_PROSE,
    Attribution,
    Candidate,
    Candidates,
    is_chant,
    is_label,
    word_count,
)
from bot.text.quotes.context import Context, ParagraphEvidence
from bot.text.quotes.echoes import echoed_headings, echoed_leads, heading_fragment
from bot.text.quotes.indirect import SETTING_WORDS, Reported, ReportedSpeech, setting_follows
from bot.text.quotes.people.bodies import titles_with_place
from bot.text.quotes.people.first_names import possessive
from bot.text.quotes.people.mentions import (
    Mention,
    describing_subject,
    in_passing,
    is_headline,
    pronoun_gender,
    read_mentions,
    salience,
)
from bot.text.quotes.people.registry import Entity
from bot.text.quotes.people.roles import describes_age, role_at
from bot.text.quotes.sentences import Sentence, sentences_of
from bot.text.quotes.tokens import Token

if TYPE_CHECKING:
    from spacy.tokens import Doc

FULL_QUOTE_WORDS = 6  # an unattributed quote this long that opens its sentence is still speech
_WORD = re.compile(r"\w")


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], docs: Sequence[Doc], language: str
) -> tuple[tuple[Person, ...], tuple[Quote, ...]]:
    """People named in the article and its quotes; ``docs[i]`` is the spaCy Doc of
    ``paragraphs[i].text`` (from ``bot.text.nlp.parse``)."""
    candidates = Candidates.of(text, paragraphs)
    context = Context(text, language, pack(language), attributor_for(language))
    reading = _Reading(context, candidates)
    previous: Candidate | None = None
    tokens: list[Token] = []  # the sentences' own, in order: the article is tokenised once
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "promo":
            continue
        doc = docs[index] if index < len(docs) else None
        evidence = context.evidence = ParagraphEvidence.of(doc, paragraph.start)
        own = [] if paragraph.kind in NOT_PROSE else candidates.by_paragraph.get(index, [])
        ending = [c for c in candidates.ending_in.get(index, []) if c.paragraph != index]
        persons = evidence.person_spans
        starts, ends = [s for s, _ in persons], [e for _, e in persons]
        opens = [c.spans[0].open_at for c in own]
        for sentence in sentences_of(text, paragraph, own, language):
            # the sentence's own entities and quotes, not every one of a long paragraph
            near = persons[
                bisect.bisect_right(ends, sentence.start) : bisect.bisect_left(starts, sentence.end)
            ]
            here = own[
                bisect.bisect_left(opens, sentence.start) : bisect.bisect_left(opens, sentence.end)
            ]
            reading.sentence(sentence, paragraph, near, here, ending)
            tokens += sentence.tokens
        for candidate in candidates.ending_in.get(index, []):
            previous = reading.settle(candidate, previous, paragraph)
    context.people.complete_surnames()
    context.people.complete_titles(titles_with_place(tokens, context.lang))
    echoed_leads(text, candidates.all)
    echoed_headings(text, candidates.all)
    quotes = [c.quote(text) for c in candidates.all if c.attributed]
    quotes += [r.quote(text) for r in reading.reported]
    quotes = [q for q in quotes if not heading_fragment(q, paragraphs)]
    quotes.sort(key=lambda q: (q.start, q.kind))
    return context.people.people(), tuple(quotes)


NAME_WORDS = 4  # capitalised words of a name that opens a sentence, at most
OPENING_PHRASE_REACH = 24  # words before a subject pronoun an opening phrase may take


def _asked(sentence: Sentence, mentions: Sequence[Mention], context: Context) -> list[Entity]:
    """ "A reporter asked Reed how she felt.", "“Why now?” Lind asked Reed.": the person a
    question verb asks (right after it, not "asked Reed to", a request), who answers next;
    not in a subordinate clause ("…, she said, when a man asked Reed why") nor before another
    speech verb of the sentence ("…, and the manager said"), whose subject speaks last."""
    tokens, speech, words = sentence.tokens, context.lang.speech, context.lang.words
    for mention in mentions:
        k = mention.index
        if k < 1 or tokens[k - 1].lower not in speech.question_verbs:
            continue
        if mention.entity.kind != "person" or sentence.quoted[k] or possessive(tokens[k].text):
            continue
        if any(t.lower in words.subordinators for t in tokens[: k - 1]):
            continue
        clause = next(
            (j for j in range(k + 1, len(tokens)) if tokens[j].lower in words.coordinators),
            len(tokens),
        )  # "…, and the manager said": another speech act after the question
        later = range(clause, len(tokens))
        if any(speech.verb(tokens[j].text) and not sentence.quoted[j] for j in later):
            continue
        after = next((t for t in tokens[k + 1 :] if not t.capitalised), None)
        if after is not None and after.lower in speech.request_words:
            continue
        return [mention.entity]
    return []


UNNAMED_SUBJECT_REACH = 5  # words from "a" to the noun heading an unnamed subject, at most


def _unnamed_subject(sentence: Sentence, context: Context) -> Entity | None:
    """ "A 29-year-old Berlin woman, meanwhile, received …": a sentence that opens on an
    indefinite noun phrase headed by a role or a person noun puts forward someone unnamed,
    whom a later pronoun points to (and who names no speaker); not "A voter, Jo Reed, said"
    (named) nor "a woman named Jo" or "an aide to Reed"."""
    tokens, lang = sentence.tokens, context.lang
    first = fold_apostrophe(tokens[0].lower) if tokens else ""
    if len(tokens) < 3 or sentence.quoted[0] or first not in lang.words.indefinite_articles:
        return None
    for k in range(1, min(len(tokens) - 2, UNNAMED_SUBJECT_REACH + 1)):
        if not tokens[k].text[0].isalnum():
            return None
        role = role_at(tokens, k, lang)
        if tokens[k].lower not in lang.people.person_nouns and not role:
            continue
        after, then = tokens[k + 1], tokens[k + 2]
        low = fold_apostrophe(after.lower)
        verb_like = (  # "a woman said", "a man who", "a voter was": not "a president pick"
            low in lang.words.auxiliaries
            or low in lang.words.relatives
            or context.lang.speech.verb(low)
        )
        if (after.text == "," and not then.capitalised) or (
            verb_like
            and low not in lang.words.object_prepositions
            and low not in lang.people.naming_words
            and not role_at(tokens, k + 1, lang)
        ):
            gender = role[1] if role else lang.people.person_nouns.get(tokens[k].lower)
            mention = context.text[tokens[0].start : tokens[k].end]
            return context.people.unnamed(
                mention, tokens[0].start, role[0] if role else None, gender
            )
        if role is None or not describes_age(role[0], lang):
            return None  # "a president pick"; but "a 29-year-old Berlin woman" goes on
    return None


class _Reading:
    """The loop's own state: the context the stages share, the candidates, what was found."""

    def __init__(self, context: Context, candidates: Candidates) -> None:
        self.context = context
        self.candidates = candidates
        self.reported: list[Reported] = []
        self.announced: Attribution | None = None  # "Ann Reed agreed." just read
        self.announced_weakly = False  # "Ann Reed touted …": only for a quote ending its paragraph
        self.chanted: set[int] = set()  # opening marks of the quotes a crowd chants

    def sentence(
        self,
        sentence: Sentence,
        paragraph: Paragraph,
        person_spans: Sequence[tuple[int, int]],
        own: Sequence[Candidate],
        ending: Sequence[Candidate] = (),
    ) -> None:
        """Register the people a sentence names, attribute the quotes it opens (``own``),
        read its indirect speech. ``ending`` are quotes opened in an earlier paragraph: only
        an attribution after them is looked for here."""
        context = self.context
        attributor = context.attributor
        mentions = read_mentions(context, sentence, paragraph, person_spans)
        if paragraph.kind in NOT_PROSE:
            return
        if is_headline(paragraph):
            for candidate in own:
                candidate.reject()  # a headline's quote echoes the body's; its words name no one
            return
        for candidate in own:
            # searched in place: a copy of the words before each quote is quadratic
            lead = _WORD.search(context.text, sentence.start, candidate.spans[0].open_at)
            candidate.sentence_start = lead is None
            if is_chant(sentence, candidate, context.lang):
                self.chanted.add(candidate.spans[0].open_at)
            if candidate.open:
                self._apply(
                    candidate, sentence, attributor.quote(context, sentence, candidate, False)
                )
        for candidate in ending:
            if sentence.start <= candidate.spans[-1].open_at < sentence.end and candidate.open:
                self._apply(
                    candidate, sentence, attributor.quote(context, sentence, candidate, True)
                )
        speech = ReportedSpeech()
        if paragraph.kind != "social":
            speech = attributor.reported(context, sentence, own)
        if speech.clause is not None:
            self.reported.append(speech.clause)
        for candidate, attribution in speech.credits:
            self._accept(candidate, attribution)
        least = context.lang.speech.quote_min_words
        for candidate in own:
            if candidate.open or candidate.term:
                found = attributor.partial(context, sentence, candidate)
                if found is not None:
                    self._accept(candidate, found)
            if candidate.open and least and candidate.bare_words(context.text) >= least:
                if is_label(sentence, candidate, context.lang):
                    candidate.reject()
                else:
                    candidate.fallback = attributor.bare(context, sentence, candidate)
        announced, self.announced = self.announced, None
        paragraph_end = paragraph.start + len(paragraph.text)
        for candidate in own:
            close = candidate.spans[-1].close_at
            if (
                announced is not None
                and candidate.open
                and candidate.sentence_start
                and candidate.last_paragraph == candidate.paragraph
                and not (
                    self.announced_weakly
                    and (close is None or _WORD.search(context.text, close, paragraph_end))
                )
            ):
                self._accept(candidate, announced)  # "Ann Reed agreed. “…”": hers
        if not own and paragraph.kind == "body":
            self.announced = self._announcement(sentence, mentions)
        named_first = sorted(  # "« A, explique-t-il. »« B », tempère Y.": Y, named, first
            (c for c in own if c.attributed and c.speaker is not None),
            key=lambda c: self._by_pronoun(c.attribution),
        )
        speakers = [c.speaker for c in named_first if c.speaker is not None]
        if speech.clause is not None and speech.clause.attribution.speaker is not None:
            speakers.append(speech.clause.attribution.speaker)
        if paragraph.kind == "body":
            subject = self._pronoun_subject(sentence) or _unnamed_subject(sentence, context)
            asked = _asked(sentence, mentions, context)
            context.discourse.remember(
                sentence,
                list(dict.fromkeys([*asked, *salience(mentions, speakers, subject)])),
                in_passing(mentions, speakers, subject),
            )

    def _by_pronoun(self, attribution: Attribution | None) -> bool:
        """Whether a quote was attributed through a pronoun ("-t-il", "she")."""
        mention = (attribution.mention or "") if attribution else ""
        word = mention.rsplit("-", 1)[-1].casefold()
        return word in self.context.lang.people.subject_pronouns

    def _announcement(self, sentence: Sentence, mentions: Sequence[Mention]) -> Attribution | None:
        """ "Ann Reed agreed.", "Or maybe not, consultant Bo Lind says.": a sentence with no
        quote that ends on its speech verb announces who speaks next; so does one that ends on
        a short phrase of where it was said ("Bo Lind said in a statement."). One that opens
        with a person met before and a verb of speech ("Ann Reed touted her record.")
        announces the speaker of a quote that ends the paragraph (``announced_weakly``)."""
        context, tokens = self.context, sentence.tokens
        speech = context.lang.speech
        self.announced_weakly = False
        if len(tokens) < 3 or tokens[-1].text != ".":
            return None
        if speech.verb(tokens[-2].text):
            before = tokens[:-2]
        elif (verb := self._verb_before_setting(tokens[:-1])) > 0:
            before = tokens[:verb]  # "Bo Lind said in a statement."
        else:  # "The union issued a statement on Monday."
            verb_at = next(
                (k for k in range(1, len(tokens)) if introduces_document(tokens, k, context.lang)),
                None,
            )
            if verb_at is None:
                return self._opening_speaker(sentence, mentions)
            before = tokens[:verb_at]
            if speech.verb(before[-1].text):
                before = before[:-1]
        if not before:
            return None
        found = context.attributor.subject(context, sentence, before)
        return found if found is not None and found.speaker is not None else None

    def _opening_speaker(
        self, sentence: Sentence, mentions: Sequence[Mention]
    ) -> Attribution | None:
        """ "Hilda Rains touted her record as a co-sponsor of the bill.": a person already met
        whose name opens the sentence right before a verb of speech (read for no one new)."""
        context, tokens = self.context, sentence.tokens
        verb = next((k for k, t in enumerate(tokens) if not t.capitalised), 0)
        if not (0 < verb <= NAME_WORDS and context.lang.speech.partial_verb(tokens[verb].text)):
            return self._describing_subject(sentence, mentions)
        person = context.people.find([t.text for t in tokens[:verb]])
        if person is None or person.kind != "person":
            return None
        self.announced_weakly = True
        return Attribution(person, context.text[tokens[0].start : tokens[verb - 1].end])

    def _describing_subject(
        self, sentence: Sentence, mentions: Sequence[Mention]
    ) -> Attribution | None:
        """ "His former partner, Jo Reed, called him a master of deals.": the subject named
        before a describing verb announces the speaker of a quote ending the paragraph."""
        mention = describing_subject(sentence, mentions, self.context.lang)
        if mention is None:
            return None
        self.announced_weakly = True
        tokens, k = sentence.tokens, mention.index
        last = next((j for j in range(k, len(tokens)) if not tokens[j].capitalised), k + 1) - 1
        return Attribution(mention.entity, self.context.text[tokens[k].start : tokens[last].end])

    def _verb_before_setting(self, tokens: Sequence[Token]) -> int:
        """The index of a speech verb followed only by where it was said ("in a statement",
        "to reporters on Monday"), or -1."""
        lang = self.context.lang
        for v in range(len(tokens) - 2, max(0, len(tokens) - 2 - SETTING_WORDS), -1):
            if not lang.speech.verb(tokens[v].text):
                continue
            words = all(t.text.isalnum() and not lang.speech.verb(t.text) for t in tokens[v + 1 :])
            return v if words and setting_follows(tokens, v, lang) else -1
        return -1

    def _pronoun_subject(self, sentence: Sentence) -> Entity | None:
        """ "She watched his bout at Carmen Lake Arena", "En mai, dans un entretien, il
        garde…": the person a sentence's subject pronoun stands for (at its start or right
        after the commas of an opening phrase, before any verb) is the one it puts forward,
        before the names it gives in passing."""
        context, tokens = self.context, sentence.tokens
        speech = context.lang.speech
        k = 1 if tokens and tokens[0].lower in context.lang.words.coordinators else 0
        for j in range(k, min(len(tokens), k + OPENING_PHRASE_REACH)):
            word = fold_apostrophe(tokens[j].lower)
            noun = j > 0 and fold_apostrophe(tokens[j - 1].lower) in context.lang.words.determiners
            if (
                sentence.quoted[j]
                or word in speech.perfect_auxiliaries
                or (
                    speech.verb(word) and not noun  # "la menace" is no verb
                )
            ):
                return None  # the clause has its verb: a pronoun further on is no subject
            if (j == k or tokens[j - 1].text == ",") and pronoun_gender(
                tokens[j].text, context.lang
            )[0]:
                found = context.attributor.noun_phrase(context, sentence, [tokens[j]])
                return found.speaker if found is not None else None
        return None

    def _apply(self, candidate: Candidate, sentence: Sentence, finding: Finding) -> None:
        if not finding.speech:
            candidate.reject(term=finding.term)
            return
        text = self.context.text
        if finding.incise is not None:
            candidate.cut(*finding.incise, text)
        if finding.resumes_at is not None:
            span = first_quote(text, finding.resumes_at, sentence.end)
            if span is not None and span.open_at == finding.resumes_at:
                candidate.resume(span, sentence.end, text)
                resumed = self.candidates.by_open.get(span.open_at)
                if resumed is not None and resumed is not candidate:
                    resumed.reject()  # now part of the first segment's quote
        if finding.attribution is not None:
            self._accept(candidate, finding.attribution)

    def _accept(self, candidate: Candidate, attribution: Attribution) -> None:
        """A candidate is a quote of ``attribution.speaker``, who is then in the people list;
        a crowd's chant is no one person's."""
        if attribution.speaker is not None and candidate.spans[0].open_at in self.chanted:
            attribution = Attribution(None, attribution.mention)
        candidate.accept(attribution)
        if attribution.speaker is not None:
            self.context.people.mark_speaker(attribution.speaker)

    def _single_marked_heading(self, candidate: Candidate, paragraph: Paragraph) -> bool:
        """ "'A long road to the summit.'" alone on its line, in an article that quotes
        between double marks: a section heading made of a quote the section gives, not a
        quote of its own."""
        text, opened = paragraph.text.strip(), candidate.spans[0]
        if len(candidate.segments) > 1 or opened.close_at is None:
            return False
        marks = self.context.text[opened.open_at] + self.context.text[opened.close_at]
        whole = (
            text[:1] == marks[0]
            and text[-1:] == marks[1]
            and len(text) == opened.close_at - opened.open_at + 1
        )
        return whole and marks in ("''", "‘’") and self.context.double_marked

    def _speaker_of_next(self, candidate: Candidate) -> Attribution | None:
        """The attribution of the quote right after ``candidate`` (nothing but punctuation
        between them, same paragraph), when it has one."""
        after = self.candidates.following.get(candidate.spans[0].open_at)
        close = candidate.spans[-1].close_at
        if after is None or close is None or not after.attributed:
            return None
        between = self.context.text[close + 1 : after.spans[0].open_at]
        if after.paragraph != candidate.last_paragraph or re.search(r"\w", between):
            return None
        return after.attribution

    def _speaker_put_forward(self, candidate: Candidate) -> Attribution | None:
        """ "Reed is upbeat about the race. / “Not only can we win, …”": a paragraph that is
        a quote and nothing else, right after a sentence whose subject is a person already
        quoted, is that person's (unless it names them)."""
        discourse, text = self.context.discourse, self.context.text
        close = candidate.spans[-1].close_at
        if close is None:
            return None
        line_end = text.find("\n", close)
        if _WORD.search(text, close + 1, line_end if line_end >= 0 else len(text)):
            return None  # words after the marks: the quote's own attribution, unread
        sentences = discourse.sentences
        k = next(
            (
                k
                for k in range(len(sentences) - 1, -1, -1)
                if sentences[k].paragraph < candidate.paragraph
            ),
            None,
        )
        if k is None or sentences[k].paragraph != candidate.paragraph - 1:
            return None
        if any(sentences[k].quoted):
            return None  # the sentence before quotes someone: its own speaker is settled
        first = discourse.salient[k][:1]
        if not first or first[0].kind != "person" or not first[0].spoke:
            return None
        said = text[candidate.start : candidate.end]
        if any(word in said for word in first[0].name.split()):
            return None  # "“… than Sen. Reed,” reads an editorial": not Reed's own words
        return Attribution(first[0], None)

    def _reported_before(self, candidate: Candidate) -> Reported | None:
        """The last reported speech by ``candidate``'s end (of all, if ``reported_later``)."""
        k = bisect.bisect_right(self.reported, candidate.end, key=lambda r: r.start)
        k = len(self.reported) if self.context.lang.speech.reported_later else k
        return self.reported[k - 1] if k else None

    def _reported_since(
        self, previous: Candidate | None, candidate: Candidate
    ) -> Attribution | None:
        """The attribution of reported speech with a named speaker in the sentence right
        before ``candidate`` (same paragraph), after ``previous``."""
        last = self._reported_before(candidate)
        if (
            last is None
            or last.paragraph != candidate.paragraph
            or last.attribution.speaker is None
            or last.end > candidate.start
            or (previous is not None and last.start < previous.end)
            or len(re.findall(r"[.!?]", self.context.text[last.end : candidate.start])) > 1
        ):
            return None
        return last.attribution

    def settle(
        self, candidate: Candidate, previous: Candidate | None, paragraph: Paragraph
    ) -> Candidate | None:
        """A quote without its own attribution: a continuation of the quote just before it
        (same speaker), a full sentence of speech (speaker from context), or a term in marks
        (dropped). Returns the quote the next one may continue."""
        if candidate.status == "rejected":
            return previous
        if candidate.attributed:
            return candidate
        if self._single_marked_heading(candidate, paragraph):
            candidate.reject()
            return previous
        close = (
            previous is not None
            and previous.attributed
            and candidate.paragraph - previous.last_paragraph <= 1
        )
        body = paragraph.kind == "body"
        reported = self._reported_since(previous, candidate)
        if reported is not None and candidate.sentence_start and body:
            # "Coan argues that his client … . “…”": the speaker reported since the last quote
            self._accept(candidate, reported)
            return candidate
        subject = narrated_speaker(self.context, previous, candidate) if close else None
        if subject is not None and candidate.sentence_start and body:
            self._accept(candidate, subject)
            return candidate
        if close and previous is not None and candidate.sentence_start and body:
            self._accept(candidate, continued_speaker(self.context, previous, candidate))
            return candidate
        if body and candidate.fallback is not None:
            self._accept(candidate, candidate.fallback)
            return candidate
        following = self._speaker_of_next(candidate)
        if body and candidate.sentence_start and following is not None:
            self._accept(candidate, following)  # « A. » « B », a-t-il ajouté: both are his
            return candidate
        words = word_count(self.context.text, candidate.start, candidate.end)
        if body and candidate.sentence_start and words >= FULL_QUOTE_WORDS:
            last = self._reported_before(candidate)
            if last is not None and last.paragraph >= candidate.paragraph - 1:
                # "X a déclaré que …" just before: the quote goes on with X's words
                self._accept(candidate, last.attribution)
            else:
                self._accept(candidate, self._speaker_put_forward(candidate) or NO_SPEAKER)
            return candidate
        least = self.context.lang.speech.quote_min_words
        if body and least and close and candidate.bare_words(self.context.text) >= least:
            # a partial quote whose sentence names nobody: the words of the last speaker, not
            # when another spoke since in reported speech ("…, on indique que …")
            said = previous.attribution if close and previous else None
            last = self._reported_before(candidate)
            if previous and said and last and said.speaker is not last.attribution.speaker:
                said = None if previous.end <= last.start < candidate.start else said
            self._accept(candidate, said or NO_SPEAKER)
            return candidate
        candidate.reject()
        return previous
