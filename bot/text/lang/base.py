"""The interface every language pack fills: what one language's words tell the analysis.

A pack is data, grouped the way the analysis reads it (spaCy's ``lang/`` habit): every
language has the same four files, each filling one of the types below —

- ``words.py``: :class:`FunctionWords` (grammar words, dates, abbreviations);
- ``speech.py``: :class:`SpeechWords` (how speech is reported: verbs, prepositions, incises);
- ``people.py``: :class:`PeopleWords` (honorifics, roles, pronouns, organisations);
- ``page.py``: :class:`PageWords` (page furniture: headers, promos, credits, boilerplate).

The machinery (``document``, ``summarize``, ``quotes``) never names a word of any language;
adding a language is adding a folder beside ``fr/`` and ``en/``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from bot.text.model import Gender


def word_set(words: str) -> frozenset[str]:
    """A set from whitespace-separated words, so long word lists stay readable."""
    return frozenset(words.split())


def fold_apostrophe(word: str) -> str:
    """One apostrophe for comparisons: "l’" and "l'" are the same word."""
    return word.replace("’", "'")


@dataclass(frozen=True, slots=True)
class Pronoun:
    """A personal pronoun: whom it can stand for."""

    gender: Gender | None
    plural: bool = False
    personal: bool = True  # False for "it" and "on", which never name a person
    # "it": a thing or a body the narration named ("the council opposed it. “…,” it said"),
    # unlike "on", which names no one
    thing: bool = False


@dataclass(frozen=True)
class FunctionWords:
    """Grammar words, dates and abbreviations."""

    names: frozenset[str]  # how metadata names the language ("fr", "french", "français")
    function_words: frozenset[str]  # the most frequent words: language detection, summaries
    determiners: frozenset[str]
    definite_articles: frozenset[
        str
    ]  # "l'Insee", "the Pentagon": a bare name after one is an organisation
    gendered_determiners: Mapping[str, Gender]  # "la ministre" is a woman
    relatives: frozenset[str]  # "qui", "which": a relative clause starts
    complementizers: frozenset[str]  # "que", "that": reported speech starts
    auxiliaries: frozenset[str]  # auxiliaries and adverbs between a subject and its verb
    stop_prepositions: frozenset[str]  # end a speaker's noun phrase
    object_prepositions: frozenset[str]  # a name after them is no subject
    title_prepositions: frozenset[str]  # inside a title before a name: "secrétaire à la Défense X"
    affiliation_prepositions: frozenset[str]  # "a spokesperson for X": X is an employer
    clause_openers: frozenset[str]  # words that may open a reported clause without "that"
    elisions: tuple[str, ...]  # split off before an apostrophe: "l’OTAN" -> "l’" "OTAN"
    months: Mapping[str, int]  # month names and abbreviations -> number
    calendar_words: frozenset[str]  # days and months that never start a name (not "May")
    abbreviations: frozenset[str]  # a full stop after them never ends a sentence ("M.", "Dr.")
    final_abbreviations: frozenset[str]  # may end a sentence ("Inc.", "etc.")
    title_minor_words: frozenset[str]  # left lower-case in a title of a work
    possessives: frozenset[str] = frozenset()  # "de son côté": a side, not a speaker
    # "a à nouveau déclaré", "a par ailleurs ajouté": adverbs of several words (joined by
    # spaces, an elision's apostrophe kept: "d' ailleurs") between an auxiliary and its verb
    adverbial_phrases: frozenset[str] = frozenset()
    # "les élus du groupe X", "ses avocats": before a role, a group of people speaks, named by
    # none of the names the phrase goes on with
    plural_determiners: frozenset[str] = frozenset()
    # "la Cour suprême": an adjective follows its noun, inside an institution's name too
    adjectives_follow_nouns: bool = False
    # "lundi", "midi": written in lower case, so one capitalised inside a sentence and
    # followed by a capitalised word opens a name ("rapporte Midi Libre")
    calendar_lower_case: bool = False
    indefinite_articles: frozenset[str] = frozenset()  # "un policier": someone not named
    subject_relatives: frozenset[str] = frozenset()  # "X, qui a demandé": the name before speaks
    person_relatives: frozenset[str] = frozenset()  # "Jo Lind, who …": it stands for a person
    quantifiers: frozenset[str] = frozenset()  # "many critics", "plusieurs élus": no one named
    demonstratives: frozenset[str] = frozenset()  # "this source", "cette source"
    # "It started when X tweeted", "lorsque": a word that opens a clause of its own, with its
    # own subject
    subordinators: frozenset[str] = frozenset()
    # "and", "ou": "« A » ou « B », lisait-on" (one attribution), "… and Reyes said" (a new clause)
    coordinators: frozenset[str] = frozenset()
    # "Jo Lind, wearing a red hat, said": a participle that opens an aside after a name
    aside_participle: re.Pattern[str] | None = None
    # "Asked about X, she replied": a participle opening the sentence, whose phrase has the
    # main clause's subject for its own
    opening_participle: re.Pattern[str] | None = None
    # "Dans l'usine de X, il …": a preposition opening the sentence with a phrase that sets the
    # scene; the pronoun after its comma is the clause's subject, never a name inside it
    scene_prepositions: frozenset[str] = frozenset()
    # "the rise of X", "more than X": a name after one of these, inside its clause, is named
    # in passing (a noun's complement, an agent), not put forward for a later pronoun
    passing_prepositions: frozenset[str] = frozenset()
    # "attacks in Paris and San Dimas": a capitalised word after one of these is a place
    place_prepositions: frozenset[str] = frozenset()
    # "After she left, Bo Lind wrote": a preposition that may open a clause of its own too
    # ("the day after the vote" does not), so a subordinator only when a comma closes it
    clause_prepositions: frozenset[str] = frozenset()
    # "selon Le Parisien", "d'après L'Opinion": an article written with a capital inside a
    # sentence belongs to the title it opens
    title_articles: frozenset[str] = frozenset()
    # "X a appelé Y à dénoncer des « … »": a word before an infinitive governed by the verb
    # before it; the quote is the words of that verb's subject, not of its object Y
    infinitive_markers: frozenset[str] = frozenset()

    @cached_property
    def clause_boundaries(self) -> frozenset[str]:
        """Words a preposition's phrase does not reach back over: a preposition that takes no
        object, an auxiliary, a complementizer ("… chairs after X", "… that X")."""
        return (self.stop_prepositions - self.object_prepositions - self.coordinators) | (
            self.auxiliaries | self.complementizers
        )

    @cached_property
    def prepositions(self) -> frozenset[str]:
        """Every preposition: those that end a speaker's noun phrase and those whose object is
        no subject."""
        return self.stop_prepositions | self.object_prepositions

    @cached_property
    def unnamed_openers(self) -> frozenset[str]:
        """Words that open a noun phrase naming nobody: "an aide", "many critics"."""
        return self.indefinite_articles | self.quantifiers

    @cached_property
    def noun_phrase_openers(self) -> frozenset[str]:
        """Words that open a noun phrase: "the letter", "an aide", "many critics"."""
        return self.determiners | self.unnamed_openers

    @cached_property
    def relatives_and_complementizers(self) -> frozenset[str]:
        """Words that open a relative clause or reported speech: "qui", "which", "that"."""
        return self.relatives | self.complementizers


@dataclass(frozen=True)
class SpeechWords:
    """How the language reports speech."""

    verbs: frozenset[str]  # every form that attributes speech ("a déclaré", "said")
    partial_verbs: frozenset[str]  # the verbs plus those that only introduce a partial quote
    listener_verbs: frozenset[str]  # "told": the listener follows, not what was said
    attribution_prepositions: Mapping[str, tuple[str, ...]]  # "according" -> ("to",)
    opening_prepositions: frozenset[str]  # attribute only at the head of a clause: "Pour X, « … »"
    scare_markers: frozenset[str]  # "so-called", "baptisé": the quoted words are a term
    perfect_auxiliaries: frozenset[str]  # "a", "ont" before a participle in an incise
    inverted_subject: re.Pattern[str] | None  # "déclare-t-il" -> groups ("déclare", "il")
    incise_inside_marks: bool  # « A, a-t-il dit, B » is one quote with its attribution inside
    clause_without_complementizer: bool  # "said the plan works": "that" may be left out
    # Set: words in marks this long are a quote wherever they stand (a partial quote inside
    # a paraphrase included) and shorter ones inside a sentence are terms; None: a quote
    # needs a speech act around it whatever its length.
    quote_min_words: int | None = None
    # Short words in marks right after a determiner no speech verb governs are a term ("sur
    # les « gilets jaunes »"). Not in English news, where "called him a "champion"" quotes
    # the speaker's word inside the reported clause.
    terms_after_determiner: bool = False
    # "défend comme une « réforme utile »": words in marks no verb of speech introduces are a
    # label after these (a determiner between them allowed)
    label_markers: frozenset[str] = frozenset()
    # "porté plainte pour « … »", "mis en examen pour « … »": words in marks after a
    # preposition that follows one of these name a legal charge, not speech
    charge_words: frozenset[str] = frozenset()
    # "protesters chanted “…”", "aux cris de « … »": words a crowd says, no one person's
    crowd_words: frozenset[str] = frozenset()
    # "refuse de dire « … »": words in marks after a speech verb these put before it were
    # not said
    refusal_words: frozenset[str] = frozenset()
    # "ce que le gouvernement appelle « … »": words in marks after one of these verbs, in a
    # clause opened by a relative of ``naming_relatives``, are someone's name for a thing
    naming_verbs: frozenset[str] = frozenset()
    naming_relatives: tuple[tuple[str, ...], ...] = ()
    # "un « projet de loi pour … »": words in marks that open like this are a text's title
    title_opening: re.Pattern[str] | None = None
    # "the series “…”", "son album « … »": a work these nouns name by the title right after
    # them (no comma between: "said of the film, “…”" quotes speech about it)
    work_nouns: frozenset[str] = frozenset()
    # "As Ann Reed put it, “…”", "Reed shot back": a verb that reports speech only with this
    # word after it
    verbs_with_object: Mapping[str, str] = field(default_factory=dict)
    # "As Ann Reed observed, the winner was the stage itself: “…”": a word that opens a
    # clause of its speaker and speech verb, whatever the sentence goes on to say
    conformity_words: frozenset[str] = frozenset()
    # "“…,” the paper quoted Jo Vell as saying": the verb's object spoke, not its subject
    # (the object is followed by a conformity word and a speech verb)
    quoting_verbs: frozenset[str] = frozenset()
    # « … ». Confiné …, son père est décédé, a annoncé X: a quote without an attribution of
    # its own may take the speech the paragraph reports last, even well after it (a French
    # lead); otherwise only speech reported before it (an English article in one paragraph)
    reported_later: bool = False
    # "“…,” the statement read", "read a letter from X": a verb that reports the words of a
    # document (``PeopleWords.documents``) only, its subject or the phrase after it
    document_verbs: frozenset[str] = frozenset()
    # "X was asked (by Y)": a speech verb after one of these is passive; the one asked is no
    # speaker, the agent after ``passive_agent`` ("by") is
    passive_auxiliaries: frozenset[str] = frozenset()
    passive_agent: str = ""
    # "—“Pop-up show opens downtown,” by Ann Reed's: …": words in marks that open their line
    # or clause and a byline follows (a comma, this word, a name) are a piece's headline
    byline: str = ""
    # "“Top secret” is the highest level": short words in marks opening their sentence, the
    # subject of one of these and an article after it, are words cited as words
    copulas: frozenset[str] = frozenset()
    # "A reporter asked Reed how she felt. She replied: …": the person right after one of
    # these (not "asked Reed to", a request) answers next, before the one who asked
    question_verbs: frozenset[str] = frozenset()
    request_words: frozenset[str] = frozenset()  # "to", "for": "asked Reed to" is a request
    # "Si vis pacem," Latin for “if you want peace”: words in marks after a language's name
    # and this word translate the words before them, nobody says them
    language_names: frozenset[str] = frozenset()
    translation_word: str = ""

    def verb_with_object(self, word: str, following: str) -> bool:
        """ "put it", "shot back": a verb that reports speech with this word after it."""
        return self.verbs_with_object.get(word.casefold()) == following.casefold()

    def verb(self, word: str) -> bool:
        return fold_apostrophe(word.casefold()) in self.verbs

    def partial_verb(self, word: str) -> bool:
        return fold_apostrophe(word.casefold()) in self.partial_verbs

    def verb_or_inverted(self, word: str) -> bool:
        """ "déclaré", "raconte-t-elle": a speech verb, alone or carrying its inverted pronoun."""
        inverted = self.inverted(word)
        return self.verb(inverted[0] if inverted else word)

    def inverted(self, word: str) -> tuple[str, str] | None:
        """("déclare", "il") for "déclare-t-il"; None when the word carries no pronoun."""
        if self.inverted_subject is None:
            return None
        match = self.inverted_subject.match(word)
        return (match.group(1), match.group(2).casefold()) if match else None


@dataclass(frozen=True)
class PeopleWords:
    """Words around people and organisations."""

    honorifics: Mapping[str, Gender | None]  # "mme" -> "f"; matched without the full stop
    roles: Mapping[str, Gender | None]  # role nouns a journalist uses instead of a name
    role_modifiers: Mapping[str, Gender]  # "la première ministre": the adjective agrees
    subject_pronouns: Mapping[str, Pronoun]
    tonic_pronouns: Mapping[str, Pronoun]  # "selon lui", "according to her"
    nationalities: frozenset[str]  # "Italien", "American": never part of a name
    anonymous_sources: frozenset[str]  # "source", "insider": a speaker left unnamed on purpose
    organisations: frozenset[str]  # nouns that head an organisation's name
    departments: frozenset[str]  # words naming a department inside a title
    affiliation_tag: re.Pattern[str] | None  # "R-Utah" after a name
    # "Dorrance Energy", "Harlow Holdings": a company's last word; a capitalised run ending on
    # one is an organisation, which its first word alone names later ("Dorrance said")
    company_words: frozenset[str] = frozenset()
    # "un porte-parole du ministère": a role whose unnamed holder speaks for the body after it
    spokesperson_roles: frozenset[str] = frozenset()
    # "un rapport du Sénat": a document whose words are the body's after it
    documents: frozenset[str] = frozenset()
    # "a web video by X … The clip says": the nouns one piece of media is named by, any of
    # which names it again; a document only for "the clip", its maker speaking
    media_documents: frozenset[str] = frozenset()
    # "a web video by X", "a statement from X": the document's maker after one of these
    document_makers: frozenset[str] = frozenset()
    age_words: frozenset[str] = frozenset()  # "Pascal, 45 ans": the word after an age
    # "the 46-year-old said": a word describing a person by age, read as a role noun
    age_description: re.Pattern[str] | None = None
    # Small words inside a role phrase: "ministre *de la* Transition", "Secretary *of* State".
    role_connectors: frozenset[str] = frozenset()
    # "Sen. Ann Reed" is later "the senator": the role an abbreviated title stands for
    honorific_roles: Mapping[str, str] = field(default_factory=dict)
    # "Commission *on* Presidential Debates": small words inside an organisation's name
    organisation_connectors: frozenset[str] = frozenset()
    # "and": "Department of Children and Families", one body's name after its connector
    name_conjunctions: frozenset[str] = frozenset()
    # "the Ann Reed Profile in Courage Award": a name going on into an award's, no one
    award_connectors: frozenset[str] = frozenset()
    award_words: frozenset[str] = frozenset()
    # "le Défenseur des droits", "la Cour des comptes": an institution of one capitalised word
    # whose name goes on in lower case after one of these
    lower_case_name_connectors: frozenset[str] = frozenset()
    # "le Canard enchaîné", "la Haute autorité": a lower-case word that goes on the name of a
    # publication or a body of one capitalised word (a title's words after its first noun)
    lower_case_title_words: frozenset[str] = frozenset()
    # "Rien ne dit que", "Ancien conseiller de X, Y": a word that spaCy's stop words lack and
    # that opens a sentence with a capital, never a name
    never_names: frozenset[str] = frozenset()
    # "Harlow spokesman Tim Brandt", "the Ohio senator": a name written before a role noun
    # modifies it (English compounds); French puts such a name after the role ("le
    # porte-parole de X"), so a name before a role is read as a name there.
    names_modify_roles: bool = False
    # "France Inter", "France Bleu": a first name of the lexicon that in this language opens
    # the name of a country's bodies and media far more often than a person's
    place_first_names: frozenset[str] = frozenset()
    # "Lee County", "Sandy Hook": a place's last word; a run ending on one, with no honorific
    # or title, names a place even after a first name
    place_nouns: frozenset[str] = frozenset()
    # "the Harlow Care Act": a law's or a programme's last word; a run ending on one names
    # no one, even after a first name
    law_nouns: frozenset[str] = frozenset()
    # "a resident named Caroline": a known first name alone right after one of these is a
    # person's name (the article gives no other)
    naming_words: frozenset[str] = frozenset()
    # "San Jose", "Los Angeles", "Fort Worth": a place's first word; a run opening on one,
    # with no honorific or title, names a place, though the word is also a first name
    place_openers: frozenset[str] = frozenset()
    # "Trumpian", "Obamaesque": endings that make an adjective of a person's surname
    adjective_suffixes: tuple[str, ...] = ()
    # "Ohio-born", "Lisbon-based": lower-case words that, joined to a capitalised one, make an
    # adjective before a name, never a word of it (unlike "Min-bok", a given name)
    compound_adjective_tails: frozenset[str] = frozenset()
    # "A 29-year-old Berlin woman received …": nouns for a person that are no role, with the
    # gender they give; an indefinite subject headed by one (or a role) is someone unnamed
    person_nouns: Mapping[str, Gender | None] = field(default_factory=dict)
    # Words after a subject pronoun that make it impersonal: "il faut", "il y a", "it seems"
    impersonal_after: frozenset[str] = frozenset()
    # "the Prime Minister", "the Vice President": words that make one title of the role after
    # them, written with capitals as it is
    title_modifiers: frozenset[str] = frozenset()
    # A set phrase that names a role by another name, as its words (apostrophes folded) ->
    # the role noun it stands for: "chef de l' état" -> "président"
    role_phrases: Mapping[str, str] = field(default_factory=dict)
    # "Will Doyle", "Dean Baker": common words (a modal, a role) that are first names when a
    # surname follows them inside a sentence
    first_name_words: frozenset[str] = frozenset()
    # gender_guesser's countries whose usage the articles' names mostly follow ("usa"): a
    # first name they read otherwise than the world at large is weak evidence of gender
    first_name_countries: tuple[str, ...] = ()
    # "the Trump campaign", "Clinton's campaign": an organisation named after the person it
    # serves; "the campaign" alone is that one, never another body met nearby
    personal_bodies: frozenset[str] = frozenset()
    # "her husband, Bo Reed", "Ann Reed, the daughter of": someone named as another's relative
    kin_nouns: frozenset[str] = frozenset()
    # "the ruling said": a document only one kind of body issues, by that body's noun
    document_issuers: Mapping[str, str] = field(default_factory=dict)
    # "l'agence" -> "f": the grammatical gender of an organisation noun, for "elle" or "il"
    # standing for a body whose article does not tell it ("l'Agence régionale de santé")
    organisation_genders: Mapping[str, Gender | None] = field(default_factory=dict)
    # "his campaign", "her campaign": a possessive that tells its owner's gender (not "son")
    possessive_pronouns: Mapping[str, Pronoun] = field(default_factory=dict)
    # "the newspaper reported", "le quotidien régional": a noun for a publication, which is
    # the one named last whose name ends on one of ``publication_titles`` ("New York Daily
    # News", "Washington Post") or that the article named after one of these nouns
    publications: frozenset[str] = frozenset()
    publication_titles: frozenset[str] = frozenset()
    # "interviewé sur Radio Nord": a name right after one of these is an outlet; "raconte-t-elle
    # à Info Cinq": a name right after one of ``listener_prepositions`` is, a few words after a
    # speech verb
    outlet_prepositions: frozenset[str] = frozenset()
    listener_prepositions: frozenset[str] = frozenset()
    # "originaire de Lorvan", "a native of Lorvan": a name after one of these and a preposition
    # is a place
    origin_words: frozenset[str] = frozenset()
    # "the editorial board": a body of a publication, which may be the publication met last
    publication_bodies: frozenset[str] = frozenset()
    # "je", "j'", "I": a quote with one of these is one person's words, never a body's
    first_person_words: frozenset[str] = frozenset()
    # "Do you remember the plans…?": the reader addressed, never someone reporting speech
    reader_pronouns: frozenset[str] = frozenset()
    # "ce dernier", "cette dernière" -> the gender: after a demonstrative, the person the
    # article mentioned last, however in passing
    latter_words: Mapping[str, Gender | None] = field(default_factory=dict)
    # "hosts Ann Reed and Bo Lind": a plural role noun -> its singular, the role each one named
    # in its apposition holds
    plural_roles: Mapping[str, str] = field(default_factory=dict)
    # "le gouvernement a indiqué", "selon la préfecture": a lower-case organisation noun that
    # alone names the one body of its kind, when the article named none of that kind
    institution_nouns: frozenset[str] = frozenset()

    @cached_property
    def any_documents(self) -> frozenset[str]:
        """The nouns of a document or of a piece of media ("statement", "clip")."""
        return self.documents | self.media_documents

    @cached_property
    def role_phrases_by_head(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """The role phrases by their first word, longest first."""
        found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, role in self.role_phrases.items():
            words = tuple(phrase.split())
            found.setdefault(words[0], []).append((words, role))
        for entries in found.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        return found

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Words a role written as a title may have before it ("the Prime Minister", "The
        Iranian President"): title modifiers, nationalities, departments and roles."""
        return self.title_modifiers | self.nationalities | self.departments | frozenset(self.roles)

    def honorific(self, word: str) -> bool:
        return word.casefold().rstrip(".") in self.honorifics


@dataclass(frozen=True)
class PageWords:
    """Page furniture: what is not the article's prose."""

    header_keys: Mapping[str, str]  # header key -> metadata field ("auteur" -> "author")
    promo_words: frozenset[str]  # an all-capitals lead with one of them points elsewhere
    promo_phrases: tuple[str, ...]  # patterns before a separator: "lire aussi :"
    calls_to_action: tuple[str, ...]  # patterns opening a paragraph: "abonnez-vous"
    credit_words: tuple[str, ...]  # patterns in a photo credit: "photo", "archives"
    credit_labels: tuple[str, ...]  # "Photo :", "Crédit :"
    boilerplate: tuple[str, ...]  # patterns of newsroom boilerplate, on lower-cased text
    dangling_starts: frozenset[str]  # a sentence starting so leans on the one before


@dataclass(frozen=True)
class LanguagePack:
    """Everything the analysis knows about one language."""

    code: str
    words: FunctionWords
    speech: SpeechWords
    people: PeopleWords
    page: PageWords

    @cached_property
    def stop_words(self) -> frozenset[str]:
        """spaCy's stop words for the language (a capitalised one never starts a name).

        Read only while analysing, when the language's spaCy pipeline is already imported.
        """
        module = importlib.import_module(f"spacy.lang.{self.code}.stop_words")
        return frozenset(module.STOP_WORDS)


def gendered(masculine: str = "", feminine: str = "", either: str = "") -> dict[str, Gender | None]:
    """Word -> gender from three word lists: masculine, feminine, and either (no gender)."""
    table: dict[str, Gender | None] = dict.fromkeys(either.split())
    table.update(dict.fromkeys(masculine.split(), "m"))
    table.update(dict.fromkeys(feminine.split(), "f"))
    return table


def numbered(*groups: str) -> dict[str, int]:
    """Name -> number from groups of names (the first group is number 1): months."""
    return {name: number for number, group in enumerate(groups, 1) for name in group.split()}
