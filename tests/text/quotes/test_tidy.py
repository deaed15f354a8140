"""Look-ups made cheaper without a change of behaviour (tidy), on invented text."""

from __future__ import annotations

from bot.text.lang import pack
from bot.text.quotes.attribution import attributor_for
from bot.text.quotes.context import Context


def test_a_publication_is_found_where_its_name_is_first_written() -> None:
    text = "Le maire part, rapporte Le Veilleur. Le Veilleur du Nord le dit, selon Le Veilleur."
    context = Context(text, "fr", pack("fr"), attributor_for("fr"))
    assert context.publication_written_at("Le Veilleur") == text.index("Le Veilleur")
    assert context.publication_written_at("Le Veilleur du Nord") == -1  # opens a sentence
    assert context.publication_written_at("Le Guetteur") == -1
