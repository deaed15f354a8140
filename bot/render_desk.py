"""Block Kit for the sources desk: /people, the person card, /check. Beside bot/render.py
(which would pass 600 lines) and built from its pieces; every piece of document text is
escaped here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from bot.i18n import Language, format_date, t
from bot.render import (
    QUOTE_TEXT_LIMIT,
    Block,
    Payload,
    actions,
    blockquote,
    button,
    context,
    divider,
    escape,
    header,
    link,
    message,
    section,
    shorten,
    source_reference,
)
from bot.text.check import Comparison, DiffOp, Draft
from storage.contracts import GenderShare, PeopleReport, PersonCard, PersonStat, StoredQuote

PEOPLE_MORE_ACTION = "people_more"
PEOPLE_CHART_ACTION = "people_chart"
NAME_LIMIT = 200
ROLE_LIMIT = 120
EDGE_WORDS = 4  # words shown of a long stretch of the source the draft leaves out


def day_words(day: date, lang: Language) -> str:
    return format_date(day.isoformat(), lang)


def counted(key: str, n: int, lang: Language) -> str:
    """ "1 quote" / "3 quotes" from the keys ``key.1`` and ``key``."""
    return t(f"{key}.1", lang) if n == 1 else t(key, lang, n=n)


def person_line(person: PersonStat, lang: Language) -> str:
    """ "*Name* — role · 4 quotes · 2 articles · last quoted 1 December 2026 · _woman_"."""
    name = f"*{escape(shorten(person.name, NAME_LIMIT))}*"
    role = f" — {escape(shorten(person.role, ROLE_LIMIT))}" if person.role else ""
    counts = t(
        "people.line",
        lang,
        quotes=counted("people.quotes", person.quotes, lang),
        articles=counted("people.articles", person.articles, lang),
        last=day_words(person.last, lang),
    )
    gender = ""
    if person.gender:
        gender = " · _" + t(f"people.gender.{person.gender}", lang)
        if person.evidence == "first name":
            gender += ", " + t("people.evidence.first name", lang)
        gender += "_"
    return f"{name}{role}\n{counts}{gender}"


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def share_text(share: GenderShare) -> dict[str, str]:
    people, quotes = sum(share.people.values()), sum(share.quotes.values())
    return {
        **{f"p{g[0]}": percent(share.people[g], people) for g in ("f", "m", "unknown")},
        **{f"q{g[0]}": percent(share.quotes[g], quotes) for g in ("f", "m", "unknown")},
    }


def people_message(
    report: PeopleReport,
    heading: str,
    lang: Language,
    *,
    more: str | None,
    chart: str | None = None,
    offset: int = 0,
) -> Payload:
    """The page of most-quoted people, then the gender share and the method in one line."""
    blocks: list[Block] = [header(heading)]
    for rank, person in enumerate(report.people, offset + 1):
        blocks.extend(section(f"{rank}. {person_line(person, lang)}"))
    blocks.append(divider())
    blocks.extend(section(t("people.share", lang, **share_text(report.share))))
    if report.organisations:
        names = ", ".join(
            f"{escape(shorten(o.name, NAME_LIMIT))} ({o.quotes})" for o in report.organisations
        )
        blocks.append(
            context(
                [
                    t(
                        "people.organisations",
                        lang,
                        count=report.share.organisations,
                        quotes=counted("people.quotes", report.share.organisation_quotes, lang),
                        names=names,
                    )
                ]
            )
        )
    blocks.append(context([t("people.method", lang, first_names=report.share.first_name_people)]))
    buttons = [button(t("button.chart", lang), PEOPLE_CHART_ACTION, chart)] if chart else []
    if more:
        buttons.insert(0, button(t("button.people_more", lang), PEOPLE_MORE_ACTION, more))
    if buttons:
        blocks.append(actions(buttons))
    fallback = "\n".join(
        f"{i}. {escape(p.name)} ({p.quotes})" for i, p in enumerate(report.people, offset + 1)
    )
    return message(blocks, f"{escape(heading)}\n{fallback}")


def stored_quote_text(quote: StoredQuote, lang: Language, words: str | None = None) -> str:
    """A stored quote verbatim (or ``words``, mrkdwn already escaped), with its speaker,
    article, date and link."""
    said = (
        "\n".join(f"> {line}" for line in words.split("\n"))
        if words is not None
        else blockquote(quote.text, lang, direct=quote.kind == "direct", limit=QUOTE_TEXT_LIMIT)
    )
    where = [
        f"*{escape(shorten(quote.speaker or t('quote.unknown_speaker', lang), NAME_LIMIT))}*",
        f"_{escape(shorten(quote.headline or t('untitled', lang), 300))}_",
        format_date(quote.date, lang),
        link(quote.url, t("link.source", lang))
        if quote.url
        else source_reference(quote.source, lang),
    ]
    return f"{said}\n— " + " · ".join(part for part in where if part)


def card_blocks(card: PersonCard, lang: Language) -> list[Block]:
    """The person card that opens /quote <person>."""
    title = escape(shorten(card.name, NAME_LIMIT))
    role = f" — {escape(shorten(card.role, ROLE_LIMIT))}" if card.role else ""
    counts = t(
        "card.counts",
        lang,
        quotes=counted("people.quotes", card.quotes, lang),
        articles=counted("people.articles", card.articles, lang),
        first=format_date(card.first, lang),
        last=format_date(card.last, lang),
    )
    blocks = [*section(f"*{title}*{role}\n{counts}")]
    if card.aliases:
        names = ", ".join(f"`{escape(shorten(a, NAME_LIMIT))}`" for a in card.aliases[:8])
        blocks.append(context([t("card.aliases", lang, names=names)]))
    shown = [card.first_quote]
    if card.latest_quote and card.latest_quote != card.first_quote:
        shown.append(card.latest_quote)
    for label, quote in zip(("card.first", "card.latest"), shown, strict=False):
        if quote is not None:
            blocks.extend(section(f"*{t(label, lang)}*\n{stored_quote_text(quote, lang)}"))
    blocks.append(divider())
    return blocks


def with_card(shown: Payload, card: PersonCard, lang: Language) -> Payload:
    """A /quote answer opened by the person card, under its heading."""
    blocks = shown["blocks"]
    return message([blocks[0], *card_blocks(card, lang), *blocks[1:]], shown["text"])


def diff_words(diff: Sequence[tuple[DiffOp, str]]) -> str:
    """The word diff as mrkdwn: ~dropped~ words struck, *added* words in bold."""
    marks = {"same": "", "dropped": "~", "added": "*"}
    runs = [
        f"{marks[op]}{' '.join(escape(w) for w in group)}{marks[op]}"
        for op, group in (
            (op, [w for _, w in run]) for op, run in groupby(diff, key=lambda d: d[0])
        )
    ]
    return shorten(" ".join(runs), QUOTE_TEXT_LIMIT)


def verdict_line(comparison: Comparison, lang: Language) -> str:
    if comparison.verdict in ("exact", "punctuation"):
        return t(f"check.verdict.{comparison.verdict}", lang)
    if comparison.verdict == "differ" and comparison.differing == 1:
        return t("check.verdict.differ.1", lang)
    return t(f"check.verdict.{comparison.verdict}", lang, n=comparison.differing)


def check_message(
    draft: Draft, quote: StoredQuote, comparison: Comparison, lang: Language
) -> Payload:
    """A wrong speaker first, then the verdict, the stored quote verbatim, the word diff."""
    lines = []
    if comparison.wrong_speaker:
        lines.append(
            t(
                "check.wrong_speaker",
                lang,
                speaker=escape(shorten(quote.speaker or "?", NAME_LIMIT)),
                named=escape(shorten(draft.speaker or "?", NAME_LIMIT)),
            )
        )
    lines.append(verdict_line(comparison, lang))
    blocks: list[Block] = [header(t("check.heading", lang)), *section("\n".join(lines))]
    blocks.extend(section(stored_quote_text(quote, lang)))
    if comparison.differing:
        blocks.extend(section(f"> {diff_words(comparison.diff)}"))
        blocks.append(context([t("check.diff_legend", lang)]))
    return message(blocks, "\n".join([*lines, escape(shorten(quote.text, 500))]))


def check_no_match(quote: StoredQuote, score: float, lang: Language) -> Payload:
    """Nothing close enough: say so, with the closest stored quote and how alike it is."""
    blocks: list[Block] = [
        header(t("check.heading", lang)),
        *section(t("check.no_match", lang, score=round(score))),
        *section(stored_quote_text(quote, lang)),
    ]
    return message(blocks, t("check.no_match", lang, score=round(score)))


def share_change(now: GenderShare, before: GenderShare, lang: Language) -> str:
    """ "Women 32% of quoted people (28% the week before)"."""
    people, earlier = sum(now.people.values()), sum(before.people.values())
    return t(
        "voices.share",
        lang,
        women=percent(now.people["f"], people),
        men=percent(now.people["m"], people),
        unknown=percent(now.people["unknown"], people),
        before=percent(before.people["f"], earlier),
    )


def voices_blocks(report: PeopleReport, before: GenderShare, lang: Language) -> list[Block]:
    """The digest's weekly voices section."""
    blocks: list[Block] = [divider(), *section(f"*{t('voices.heading', lang)}*")]
    if not report.people:
        return [*blocks, context([t("voices.none", lang)])]
    lines = [
        f"{rank}. *{escape(shorten(p.name, NAME_LIMIT))}* ({p.quotes})"
        for rank, p in enumerate(report.people, 1)
    ]
    blocks.extend(section("\n".join(lines)))
    blocks.append(context([share_change(report.share, before, lang)]))
    return blocks


def home_people_blocks(report: PeopleReport, lang: Language) -> list[Block]:
    """The App Home's people of the week."""
    blocks: list[Block] = [divider(), header(t("home.people", lang))]
    if not report.people:
        return [*blocks, *section(t("voices.none", lang))]
    lines = [f"• {person_line(p, lang)}" for p in report.people]
    blocks.extend(section("\n".join(lines)))
    blocks.append(context([t("people.share", lang, **share_text(report.share))]))
    return blocks
