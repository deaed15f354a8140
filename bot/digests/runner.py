"""The digest tick: find the channels that are due, claim each (channel, local date), post.

Exactly once per channel and local date, across restarts and processes sharing one
database: a run row is claimed in its own committed transaction before anything is posted
(storage.digests), and only the claimant posts. Every digest is posted with message metadata
(``event_type`` :data:`EVENT_TYPE`, the local date); the message ts is recorded after.

Killed between posting and recording: the run stays ``claimed``. After :data:`STALE_AFTER` a
later tick (in any process) takes it over with a compare-and-set, reads the channel history
since the start of that local date with ``include_all_metadata``, and records the digest it
finds instead of posting again; only if none is there does it post. If the history cannot be
read (missing ``channels:history`` scope, bot not a member), the run is marked ``failed``:
at-most-once wins over a possible duplicate. Transient failures (HTTP 5xx or 429 after the
client's own retries, network errors) are marked ``retry`` and taken over the same way after
:data:`RETRY_AFTER`, at most :data:`MAX_ATTEMPTS` times and only within the day's cut-off.

Fan-out: posts go through a bounded thread pool, at most one message per second to one
channel, and a 429 from Slack holds every worker until its Retry-After has passed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler

from bot.config import Settings
from bot.digests.compose import (
    DigestItem,
    build_digest,
    channel_language,
    digest_viewer,
    paused_notice,
)
from bot.digests.due import due_date, timing_of, zone
from bot.network import cannot_reach
from bot.slack_clients import installation_store
from storage import Store
from storage.digests import ChannelSchedule, DigestRunRow

log = logging.getLogger(__name__)

EVENT_TYPE = "precis_digest"
STALE_AFTER = timedelta(minutes=10)  # far longer than a post with all its retries takes
RETRY_AFTER = timedelta(minutes=2)
MAX_ATTEMPTS = 3
# Longest 429 wait taken in place (3 retries at most): with the HTTP timeout and the server
# error back-off, a post attempt ends well inside STALE_AFTER.
MAX_RATE_WAIT = 60.0
WORKERS = 16
CHANNEL_INTERVAL = 1.0  # seconds between two messages to one channel (Slack: ~1 msg/s)
HISTORY_PAGES = 5
PAUSING_ERRORS = frozenset(
    {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}
)
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


@dataclass
class TickReport:
    """What one tick did, for logs, the CLI and the benchmark."""

    due: int = 0
    posted: int = 0
    empty: int = 0
    recovered: int = 0  # stale claims found already posted in the channel history
    taken: int = 0  # claimed by another process first
    paused: int = 0
    failed: int = 0
    retry: int = 0
    seconds: float = 0.0
    post_seconds: list[float] = field(default_factory=list, repr=False)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


class RateGate:
    """Shared by every worker: after a 429, nobody calls Slack until Retry-After has passed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open_at = 0.0

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._open_at = max(self._open_at, time.monotonic() + seconds)

    def wait(self) -> None:
        while (delay := self._open_at - time.monotonic()) > 0:
            time.sleep(delay)


class GatedRateLimitHandler(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler, but the wait is shared through a :class:`RateGate`, and a
    Retry-After over :data:`MAX_RATE_WAIT` is not waited out in place: the run is marked
    ``retry`` instead, so a post never lands after another process took a stale claim over."""

    def __init__(self, gate: RateGate, max_retry_count: int = 3) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.gate = gate

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        return _retry_after(response) <= MAX_RATE_WAIT

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error  # type: ignore[misc]
        state.next_attempt_requested = True
        self.gate.hold(_retry_after(response))
        self.gate.wait()
        state.increment_current_attempt()


class ChannelPacer:
    """At most one message per :data:`CHANNEL_INTERVAL` to one channel, in this process."""

    def __init__(self, interval: float = CHANNEL_INTERVAL) -> None:
        self.interval = interval
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, channel: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(channel, 0.0))
            self._next[channel] = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


def digest_client(client: WebClient, gate: RateGate, token: str | None = None) -> WebClient:
    """A client for posting digests, sharing ``client``'s API URL and token (else ``token``),
    that retries connection errors, waits out 429s for every worker, backs off on 500/503."""
    return WebClient(
        token=client.token or token,
        base_url=client.base_url,
        timeout=client.timeout,
        logger=client.logger,  # the caller's: bot.slack_clients keeps failed attempts quiet
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=1),
            GatedRateLimitHandler(gate),
            ServerErrorRetryHandler(
                max_retry_count=2,
                interval_calculator=BackoffRetryIntervalCalculator(backoff_factor=0.5),
            ),
        ],
    )


@dataclass(frozen=True, slots=True)
class Delivery:
    channel: ChannelSchedule
    day: date
    run: DigestRunRow | None  # None: claim a new run; else take this one over


class DigestRunner:
    """Posts every due digest; one instance per process, :meth:`tick` called by the scheduler."""

    def __init__(
        self,
        store: Store,
        client: WebClient,
        settings: Settings,
        *,
        workers: int = WORKERS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.settings = settings
        self.gate = RateGate()
        self.client = digest_client(client, self.gate, settings.slack_bot_token)
        self.pacer = ChannelPacer()
        self.workers = workers
        self.clock = clock
        self.cutoff = timedelta(hours=settings.digest_cutoff_hours)
        self.installations = installation_store(settings, store)
        self._tokens: dict[str | None, str | None] = {}

    def tick(self) -> TickReport:
        """Post every digest due now; returns what happened."""
        started = time.monotonic()
        report = TickReport()
        self._tokens.clear()  # installations may have changed since the last tick
        deliveries = self.due_deliveries(self.clock())
        report.due = len(deliveries)
        known: dict[int, DigestItem] = {}  # articles read once per tick, shared by channels
        if deliveries:
            with ThreadPoolExecutor(self.workers, thread_name_prefix="digest") as pool:
                results = pool.map(lambda d: self._deliver_safely(d, known), deliveries)
                for outcome, seconds in results:
                    report.count(outcome)
                    if seconds is not None:
                        report.post_seconds.append(seconds)
        report.seconds = time.monotonic() - started
        if deliveries:
            log.info("digest tick: %s", report)
        return report

    def due_deliveries(self, now: datetime) -> list[Delivery]:
        """Channels due now with no run for the date yet, or a run a later tick may take over."""
        due: list[tuple[ChannelSchedule, date]] = []
        for channel in self.store.scheduled_channels():
            try:
                day = due_date(timing_of(channel), now, self.cutoff)
            except (ValueError, KeyError) as error:  # a zone or time a bad row carries
                log.warning("digest schedule of %s unreadable: %s", channel.channel_id, error)
                continue
            if day is not None:
                due.append((channel, day))
        if not due:
            return []
        runs = self.store.digest_runs_since(min(day for _, day in due))
        deliveries = []
        for channel, day in due:
            run = runs.get((channel.channel_id, day))
            if run is None or self._may_take_over(run, now):
                deliveries.append(Delivery(channel, day, run))
        return deliveries

    @staticmethod
    def _may_take_over(run: DigestRunRow, now: datetime) -> bool:
        if run.attempts >= MAX_ATTEMPTS:
            return False
        if run.status == "claimed":
            return now - run.claimed_at > STALE_AFTER
        return run.status == "retry" and now - run.claimed_at > RETRY_AFTER

    def _deliver_safely(
        self, delivery: Delivery, known: dict[int, DigestItem]
    ) -> tuple[str, float | None]:
        try:
            return self.deliver(delivery, known)
        except Exception:
            log.exception("digest for %s failed", delivery.channel.channel_id)
            return "failed", None

    def deliver(
        self, delivery: Delivery, known: dict[int, DigestItem] | None = None
    ) -> tuple[str, float | None]:
        """Claim (or take over) the run, then post; the outcome name and the post's duration."""
        channel_id = delivery.channel.channel_id
        if delivery.run is None:
            claimed_at = self.clock()
            run_id = self.store.claim_digest(channel_id, delivery.day, now=claimed_at)
            if run_id is None:
                return "taken", None
        else:
            run = self.store.retake_digest(delivery.run, max_attempts=MAX_ATTEMPTS)
            if run is None:
                return "taken", None
            run_id, claimed_at = run.id, run.claimed_at
            try:
                found = self.find_posted(delivery)
            except SlackApiError as error:
                reason = f"could not check whether it was posted: {_error_code(error)}"
                self.store.mark_digest_failed(run_id, reason)
                return "failed", None
            if found:
                self.store.record_digest_post(run_id, found, article_count=None)
                return "recovered", None
        return self.post(delivery, run_id, claimed_at, known)

    def post(
        self,
        delivery: Delivery,
        run_id: int,
        until: datetime,
        known: dict[int, DigestItem] | None = None,
    ) -> tuple[str, float | None]:
        channel = delivery.channel
        payload, count = build_digest(
            self.store,
            digest_viewer(channel.channel_id, channel.team_id),
            day=delivery.day,
            until=until,
            language=channel_language(channel),
            empty_note=self.settings.digest_empty_note,
            known=known,
        )
        if payload is None:
            self.store.record_digest_post(run_id, None, article_count=0)
            return "empty", None
        metadata = {
            "event_type": EVENT_TYPE,
            "event_payload": {"digest_date": delivery.day.isoformat(), "run_id": run_id},
        }
        started = time.monotonic()
        try:
            response = self.send(
                channel.channel_id, team_id=channel.team_id, metadata=metadata, **payload
            )
        except SlackApiError as error:
            return self._failed(channel, run_id, error), None
        except (URLError, TimeoutError, ConnectionError) as error:
            reason = cannot_reach("Slack", self.client.base_url, error)
            self.store.mark_digest_failed(run_id, reason, retry=True)
            return "retry", None
        self.store.record_digest_post(run_id, response["ts"], article_count=count)
        return "posted", time.monotonic() - started

    def send(self, channel: str, *, team_id: str | None, **arguments: Any) -> Any:
        """chat.postMessage, paced per channel and held while Slack rate-limits us."""
        self.pacer.wait(channel)
        self.gate.wait()
        return self.client.chat_postMessage(
            channel=channel,
            unfurl_links=False,
            unfurl_media=False,
            token=self.token_for(team_id),
            **arguments,
        )

    def token_for(self, team_id: str | None) -> str | None:
        """The bot token of the workspace's installation when Précis is installed by OAuth
        in several workspaces; None (slack_sdk then sends the client's own token) otherwise."""
        if self.installations is None:
            return None
        if team_id not in self._tokens:
            bot = self.installations.find_bot(enterprise_id=None, team_id=team_id)
            self._tokens[team_id] = bot.bot_token if bot else None
        return self._tokens[team_id] or None

    def find_posted(self, delivery: Delivery) -> str | None:
        """The ts of this date's digest if the channel history already has it."""
        day_start = datetime.combine(
            delivery.day, clock_time(0), tzinfo=zone(delivery.channel.timezone)
        )
        cursor = None
        for _ in range(HISTORY_PAGES):
            self.gate.wait()
            page = self.client.conversations_history(
                token=self.token_for(delivery.channel.team_id),
                channel=delivery.channel.channel_id,
                oldest=f"{day_start.timestamp():.6f}",
                include_all_metadata=True,
                limit=200,
                cursor=cursor,
            )
            messages: list[dict[str, Any]] = page.get("messages", [])
            for message in messages:
                metadata = message.get("metadata") or {}
                payload = metadata.get("event_payload") or {}
                if (
                    metadata.get("event_type") == EVENT_TYPE
                    and payload.get("digest_date") == delivery.day.isoformat()
                ):
                    return message["ts"]
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None
        return None

    def _failed(self, channel: ChannelSchedule, run_id: int, error: SlackApiError) -> str:
        code = _error_code(error)
        status = getattr(error.response, "status_code", 200)
        if code in PAUSING_ERRORS:
            self.store.mark_digest_failed(run_id, code)
            if self.store.pause_digest(channel.channel_id, code):
                self.notify_setter(channel, code)
            return "paused"
        transient = status == 429 or status >= 500 or code in TRANSIENT_ERRORS
        self.store.mark_digest_failed(run_id, code, retry=transient)
        log.warning("digest for %s not posted: %s", channel.channel_id, code)
        return "retry" if transient else "failed"

    def notify_setter(self, channel: ChannelSchedule, code: str) -> None:
        """Tell the person who set the schedule, in a direct message, why it stopped."""
        if not channel.set_by:
            return
        notice = paused_notice(channel.channel_id, code, channel_language(channel))
        try:
            self.send(channel.set_by, team_id=channel.team_id, **notice)
        except SlackApiError as error:
            log.warning("could not tell %s: %s", channel.set_by, _error_code(error))


def _retry_after(response: HttpResponse) -> float:
    """Seconds Slack asks us to wait (1 if it does not say)."""
    value = next((v for k, v in response.headers.items() if k.lower() == "retry-after"), ["1"])
    try:
        return float(value[0] if isinstance(value, list) else value)
    except (ValueError, IndexError):
        return 1.0


def _error_code(error: SlackApiError) -> str:
    response = error.response
    try:
        return str(response.get("error") or f"http_{response.status_code}")
    except AttributeError:
        return str(error)
