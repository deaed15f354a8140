"""Quotes and who said them: the quote engine.

One entry point, :func:`extract_quotes` (text, typed paragraphs, their spaCy Docs, language)
-> (people, quotes). The engine is rule-based and cheap (a few milliseconds an article) and
reads the article once, in order, because names and pronouns resolve against what came before.

Stages, each a module with one job (the data that flows between them is in ``context``):

- ``candidates`` — marks to spans: words in quote marks (paired by ``bot.text.marks``) that
  may be a quote, continued across paragraphs; titles and scare quotes recognised;
- ``sentences`` and ``tokens`` — the units every stage reads;
- ``people`` — the per-article registry of people and organisations (canonical names,
  aliases, roles, gender, person or organisation) and resolution of surnames, role nouns and
  pronouns; ``names`` reads a name from form, ``mentions`` reads the people a sentence names;
- ``attribution`` — the cue (speech act) around each quote and its subject (the speaker);
  the strategy is chosen per language (``attributor_for``), the seam where a parser or a
  trained model plugs in;
- ``indirect`` — reported speech, whose speaker the partial quotes inside it share;
- ``engine`` — the reading loop that runs the stages and applies what they find;
- ``echoes`` — once all is read, quotes that echo another quote (a lead, a heading).

Every word the stages know comes from the language's pack (``bot.text.lang``); nothing here
names a word of any language.

A quote is what the speaker said, whole: “The plan,” he said, “is working.” is one quote,
"The plan is working.", and so is a quote continued over several paragraphs. ``Quote.start``
and ``Quote.end`` then span from its first to its last word, so ``text[start:end]`` equals
``Quote.text`` only for a quote written in one piece.
"""

from bot.text.quotes.engine import extract_quotes

__all__ = ["extract_quotes"]
