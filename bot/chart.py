"""The voices chart: the share of women among quoted people week by week over 12 weeks, and
the ten most quoted people as bars. Drawn with matplotlib's Agg backend (no screen, no
browser), sized to read at Slack's preview width, with alt text that states the figures."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.i18n import Language, t
from storage import Store, Viewer
from storage.contracts import GenderShare

WEEKS = 12
TOP = 10
WIDTH, HEIGHT, DPI = 10.0, 4.6, 110  # 1100 x 506 pixels: legible at Slack's preview width


@dataclass(frozen=True)
class Chart:
    png: bytes
    alt_text: str
    filename: str


def women_share(share: GenderShare) -> float | None:
    """Women among all quoted people, the unknown included (so an unknown gender never
    inflates anyone's share); None for a week with nobody quoted."""
    people = sum(share.people.values())
    return 100 * share.people["f"] / people if people else None


def weeks_ending(until: date, weeks: int = WEEKS) -> list[tuple[date, date]]:
    """The ``weeks`` seven-day periods ending on ``until``, oldest first."""
    return [
        (until - timedelta(days=7 * back + 6), until - timedelta(days=7 * back))
        for back in reversed(range(weeks))
    ]


def voices_chart(
    store: Store, until: date, lang: Language, *, viewer: Viewer | None = None
) -> Chart:
    """The chart for the 12 weeks up to ``until`` (the bars: the last of them)."""
    periods = weeks_ending(until)
    shares = [women_share(s) for s in store.gender_shares(periods, viewer=viewer)]
    top = store.people_report(*periods[-1], viewer=viewer, limit=TOP).people
    png = draw([p[1] for p in periods], shares, [(p.name, p.quotes) for p in top], lang)
    return Chart(png, alt_text(periods, shares, top_pairs(top), lang), f"voices-{until}.png")


def top_pairs(top: Sequence) -> list[tuple[str, int]]:
    return [(person.name, person.quotes) for person in top]


def alt_text(
    periods: Sequence[tuple[date, date]],
    shares: Sequence[float | None],
    top: Sequence[tuple[str, int]],
    lang: Language,
) -> str:
    """The figures in words: each week's share of women, then the ten names and counts."""
    weeks = ", ".join(
        f"{end.strftime('%d/%m')}: {'–' if share is None else f'{round(share)}%'}"
        for (_, end), share in zip(periods, shares, strict=True)
    )
    voices = ", ".join(f"{name} ({quotes})" for name, quotes in top) or t("voices.none", lang)
    return t("chart.alt", lang, weeks=weeks, voices=voices)


def draw(
    week_ends: Sequence[date],
    shares: Sequence[float | None],
    top: Sequence[tuple[str, int]],
    lang: Language,
) -> bytes:
    """The PNG: the weekly line on the left, the bars on the right."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (line, bars) = pyplot.subplots(
        1, 2, figsize=(WIDTH, HEIGHT), dpi=DPI, gridspec_kw={"width_ratios": [1.1, 1]}
    )
    try:
        labels = [d.strftime("%d/%m") for d in week_ends]
        known = [(i, s) for i, s in enumerate(shares) if s is not None]
        line.plot([i for i, _ in known], [s for _, s in known], marker="o", color="#7b2d8e")
        line.set_xticks(range(len(labels)), labels, rotation=45, fontsize=9)
        line.set_ylim(0, 100)
        line.set_ylabel("%")
        line.set_title(t("chart.share_title", lang), fontsize=12)
        line.grid(axis="y", alpha=0.3)
        names = [name if len(name) <= 24 else name[:23] + "…" for name, _ in top][::-1]
        counts = [quotes for _, quotes in top][::-1]
        bars.barh(range(len(names)), counts, color="#2d6a8e")
        bars.set_yticks(range(len(names)), names, fontsize=9)
        bars.set_title(t("chart.top_title", lang), fontsize=12)
        bars.set_xlabel(t("chart.quotes", lang))
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png")
        return out.getvalue()
    finally:
        pyplot.close(figure)
