"""English: the words the analysis needs, in the four files every pack has."""

from bot.text.lang.base import LanguagePack
from bot.text.lang.en.page import PAGE
from bot.text.lang.en.people import PEOPLE
from bot.text.lang.en.speech import SPEECH
from bot.text.lang.en.words import WORDS

PACK = LanguagePack(code="en", words=WORDS, speech=SPEECH, people=PEOPLE, page=PAGE)
