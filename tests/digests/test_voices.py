"""The digest's weekly voices section: on and off per channel, the week against the one
before, on the channel's first digest day of the week only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.digests.compose import build_digest
from bot.digests.voices import week_starts
from storage import Store, Viewer
from tests.builders import build_article

MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
CHANNEL = Viewer("T1", "C1")


def quoted(store: Store, name: str, day: date, n: int, place: Viewer = CHANNEL) -> None:
    words = [f"Phrase {i} de {name} pour la revue" for i in range(n)]
    article = build_article(
        [f"« {w} », a dit {name}." for w in words],
        quotes=[(w, name) for w in words],
        date=day.isoformat(),
        title=f"{name} {day}",
    )
    store.add_article(article, source=None, content_hash=f"{name}-{day}", shared_in=place)


def digest_text(store: Store, day: date) -> str:
    payload, _ = build_digest(store, CHANNEL, day=day, until=NOW, language="fr", empty_note=True)
    assert payload is not None
    return str(payload["blocks"])


def test_voices_section_compares_with_the_week_before(store: Store) -> None:
    quoted(store, "Claire Fontaine", MONDAY - timedelta(days=1), 3)
    quoted(store, "Marc Vidal", MONDAY - timedelta(days=2), 1)
    quoted(store, "Paul Girard", MONDAY - timedelta(days=9), 2)
    quoted(store, "Anne Secret", MONDAY - timedelta(days=1), 5, Viewer("T1", "C9"))
    store.set_digest_voices("C1", "T1", True)
    text = digest_text(store, MONDAY)
    assert "Les voix de la semaine" in text
    assert "1. *Claire Fontaine* (3)" in text and "2. *Marc Vidal* (1)" in text
    assert "Anne Secret" not in text  # another channel's article
    assert "femmes 50% (0% la semaine précédente)" in text


def test_voices_off_or_not_the_first_day_of_the_week(store: Store) -> None:
    quoted(store, "Claire Fontaine", MONDAY - timedelta(days=1), 1)
    store.set_digest_voices("C1", "T1", True)
    assert "Les voix de la semaine" not in digest_text(store, MONDAY + timedelta(days=1))
    store.set_digest_voices("C1", "T1", False)
    assert "Les voix de la semaine" not in digest_text(store, MONDAY)
    assert store.digest_voices("C1") is False


def test_week_starts_on_the_schedule_s_first_day() -> None:
    assert week_starts(MONDAY, "")
    assert week_starts(MONDAY + timedelta(days=2), "35") and not week_starts(MONDAY, "35")
