"""Answers to `/digest`: set, turn off, show or preview a channel's daily digest.

The answer speaks the language the command was written in (``8h``, ``lun-ven``, ``statut``:
French; ``at 8 am``, ``status``: English), else the person's Slack locale. A time without a
zone uses the person's Slack time zone (users.info), else UTC. Answers are ephemeral
message payloads built with bot/render.py; Bolt's ``respond`` sends them.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient

from bot import render
from bot.config import Settings
from bot.digests.compose import build_digest, channel_language, digest_viewer
from bot.digests.due import local_date, next_send, timing_of, zone
from bot.digests.schedule import Schedule, ScheduleError, parse_digest_command
from bot.digests.voices import SWITCH
from bot.i18n import Language, format_day, format_weekdays, t
from bot.profiles import Profile, Profiles
from bot.render import Payload
from storage import Store
from storage.digests import ChannelSchedule

log = logging.getLogger(__name__)


def answer_digest_command(
    text: str,
    *,
    channel_id: str,
    user_id: str,
    team_id: str | None,
    store: Store,
    client: WebClient,
    settings: Settings,
    profiles: Profiles | None = None,
) -> Payload:
    """The ephemeral answer to ``/digest <text>`` in ``channel_id``, acting on the store.

    ``profiles``: where the asker's Slack time zone and language are remembered."""
    profiles = profiles or Profiles()
    default = settings.default_language

    def person() -> Profile:  # users.info only when the words do not say enough
        return profiles.get(client, user_id)

    if switch := SWITCH.match(text):
        language = person().language or default
        return _answer(switch_voices(switch, store, channel_id, team_id, language))
    try:
        request = parse_digest_command(text)
    except ScheduleError as error:
        language = error.language or person().language or default
        return _answer(f"{error.message(language)}\n\n{t('digest.usage', language)}")
    language = request.language or person().language or default
    now = datetime.now(UTC)
    cutoff = timedelta(hours=settings.digest_cutoff_hours)
    if request.action == "set" and request.schedule is not None:
        slack_zone = None if request.schedule.timezone else person().timezone
        text = set_schedule(
            store,
            request.schedule,
            slack_zone,
            language,
            now,
            cutoff,
            channel_id=channel_id,
            user_id=user_id,
            team_id=team_id,
        )
        return _answer(text)
    if request.action == "off":
        return _answer(
            t("digest.off" if store.disable_digest(channel_id) else "digest.off.none", language)
        )
    if request.action == "now":
        return preview_message(store, channel_id, team_id, language, now)
    if request.action == "help":
        return _answer(t("digest.usage", language))
    return _answer(status_text(store, channel_id, language, now, cutoff))


def switch_voices(
    match: re.Match[str], store: Store, channel_id: str, team_id: str | None, lang: Language
) -> str:
    """Turn the channel's voices section on or off; the sentence that says so."""
    on = match[1].lower() in ("on", "oui")
    store.set_digest_voices(channel_id, team_id, on)
    return t("digest.voices.on" if on else "digest.voices.off", lang)


def set_schedule(
    store: Store,
    schedule: Schedule,
    slack_zone: str | None,
    language: Language,
    now: datetime,
    cutoff: timedelta,
    *,
    channel_id: str,
    user_id: str,
    team_id: str | None,
) -> str:
    """Store the schedule (zone: as given, else the person's Slack zone, else UTC) and say
    what was set and when the next digest goes out."""
    timezone = schedule.timezone or slack_zone or "UTC"
    channel = store.set_digest_schedule(
        channel_id,
        digest_time=f"{schedule.send_time:%H:%M}",
        timezone=timezone,
        weekdays="".join(str(d) for d in sorted(schedule.weekdays)),
        set_by=user_id,
        team_id=team_id,
        language=language,
    )
    lines = [t("digest.set", language, schedule=_schedule_words(channel, language))]
    if schedule.timezone is None:
        key = "digest.set.zone" if slack_zone else "digest.set.utc"
        lines.append(t(key, language, zone=render.escape(timezone)))
    lines.append(_next_line(store, channel, language, now, cutoff))
    return "\n".join(lines)


def status_text(
    store: Store, channel_id: str, language: Language, now: datetime, cutoff: timedelta
) -> str:
    """The schedule, the next run in the channel's time, and the last digest posted."""
    channel = store.get_channel(channel_id)
    if channel is None or not channel.enabled or not channel.digest_time:
        return t("digest.status.none", language)
    lines = [t("digest.status", language, schedule=_schedule_words(channel, language))]
    if channel.paused_reason:
        lines.append(t("digest.status.paused", language, code=render.escape(channel.paused_reason)))
    else:
        lines.append(_next_line(store, channel, language, now, cutoff))
    last = store.last_digest(channel_id)
    if last is None or last.posted_at is None:
        lines.append(t("digest.status.never", language))
    else:
        posted = last.posted_at.astimezone(zone(channel.timezone))
        when = f"{format_day(posted.date(), language)}, {posted:%H:%M}"
        count = last.article_count or 0
        articles = t("digest.count.1" if count == 1 else "digest.count", language, count=count)
        lines.append(t("digest.status.last", language, when=when, articles=articles))
    return "\n".join(lines)


def preview_message(
    store: Store,
    channel_id: str,
    team_id: str | None,
    language: Language | None = None,
    now: datetime | None = None,
) -> Payload:
    """The digest as it would look now: nothing is claimed or recorded, an empty day says so.
    ``team_id``: the channel's workspace (None: the one its schedule records)."""
    now = now or datetime.now(UTC)
    channel = store.get_channel(channel_id)
    team_id = team_id or (channel.team_id if channel else None)
    language = language or channel_language(channel)
    day = now.astimezone(zone(channel.timezone if channel else "UTC")).date()
    payload, _ = build_digest(
        store,
        digest_viewer(channel_id, team_id),
        day=day,
        until=now,
        language=language,
        empty_note=True,
    )
    assert payload is not None  # empty_note=True always gives a message
    note = render.context([t("digest.preview", language)])
    return render.message([note, *payload["blocks"]], payload["text"])


def _schedule_words(channel: ChannelSchedule, language: Language) -> str:
    days = format_weekdays((int(d) for d in channel.weekdays), language)
    return f"*{channel.digest_time}* ({render.escape(channel.timezone)}), {days}."


def _next_line(
    store: Store, channel: ChannelSchedule, language: Language, now: datetime, cutoff: timedelta
) -> str:
    timing = timing_of(channel)
    upcoming = next_send(timing, now, cutoff, done=store.latest_digest_date(channel.channel_id))
    if upcoming is None:
        return ""
    day, instant = upcoming
    if instant <= now:
        return t("digest.next.now", language)
    local = instant.astimezone(zone(channel.timezone))
    when = f"{format_day(day, language)}, {local:%H:%M}"
    if day == local_date(timing, now):
        when = t("digest.next.today", language, time=f"{local:%H:%M}")
    return t("digest.next", language, when=when, zone=render.escape(channel.timezone))


def _answer(text: str) -> Payload:
    return render.message(render.section(text), text)
