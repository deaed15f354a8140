"""French: the words the analysis needs, in the four files every pack has."""

from bot.text.lang.base import LanguagePack
from bot.text.lang.fr.page import PAGE
from bot.text.lang.fr.people import PEOPLE
from bot.text.lang.fr.speech import SPEECH
from bot.text.lang.fr.words import WORDS

PACK = LanguagePack(code="fr", words=WORDS, speech=SPEECH, people=PEOPLE, page=PAGE)
