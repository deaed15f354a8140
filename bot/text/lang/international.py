"""Words that belong to no one language: they turn up in articles in any language."""

from __future__ import annotations

from bot.text.lang.base import word_set

# Particles inside names, from every tradition: "Charles de Gaulle", "Ursula von der Leyen",
# "Mohammed bin Salman". Kept lower-case between capitalised words of a name.
NAME_PARTICLES = word_set(
    """
    de du des d' d’ la le van von der den da di dos del bin ibn al of the y ben el
    """
)

# Generational suffixes after a surname ("Jr.", "III"): not part of the name a reader uses.
NAME_SUFFIXES = word_set("jr sr ii iii iv")

# Photo and news agencies, whose names sign a photo credit in any language.
AGENCIES = ("getty", "afp", "ap", "reuters", "pool", "shutterstock", "epa")
