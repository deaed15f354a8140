"""Settings read once from the environment (and a ``.env`` file, which never overrides it).

Every bad value fails at start with one line that names the key, because a
traceback from deep inside Bolt or SQLAlchemy tells an operator nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from dotenv import load_dotenv

from bot.languages import Analysed, as_language, is_analysed
from storage.db import DEFAULT_DATABASE_URL

T = TypeVar("T")

SLACK_API_URL = "https://slack.com/api/"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MIN_ARTICLE_WORDS = 20  # shorter is a note or a fragment, not an article: refused at ingest


def cpu_count() -> int:
    """The CPUs this process may run on (a container's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_answer_threads(database_url: str) -> int:
    """Answers computed at once by one process, whose threads share one interpreter lock.

    On SQLite the queries run inside the process too, so more threads than two per CPU only
    slow the acknowledgements down. On PostgreSQL an answer waits for the server about as
    long as it computes, so four per CPU keep both busy. (bench/load.py, docs/performance.md:
    on SQLite 8 threads tripled the ack p99 of 4; on PostgreSQL 4 threads served 30% fewer
    requests than 8, and 12 no more than 8.)
    """
    if database_url.startswith("sqlite"):
        return max(4, 2 * cpu_count())
    return max(8, 4 * cpu_count())


DEFAULT_ANSWER_THREADS = default_answer_threads(DEFAULT_DATABASE_URL)
# Acknowledgements take about a millisecond each; these threads only need to outnumber
# the requests that arrive at the same instant.
DEFAULT_HTTP_THREADS = max(4, 2 * cpu_count())
DEFAULT_DB_POOL_TIMEOUT = 5.0


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is meant for the operator as is."""


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = SLACK_API_URL
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    port: int = 3000
    log_level: str = "INFO"
    max_file_bytes: int = 5 * 1024 * 1024
    digest_cutoff_hours: float = 6.0
    digest_empty_note: bool = False
    scheduler_tick_seconds: int = 60
    feed_poll_minutes: int = 15
    allow_private_urls: bool = False
    min_article_words: int = MIN_ARTICLE_WORDS
    # What Précis speaks when neither the words typed nor the person's Slack locale tell.
    default_language: Analysed = "en"
    http_threads: int = DEFAULT_HTTP_THREADS
    answer_threads: int = DEFAULT_ANSWER_THREADS
    db_pool_size: int | None = None  # None: answer_threads + 4
    db_pool_timeout: float = DEFAULT_DB_POOL_TIMEOUT

    @property
    def database_connections(self) -> int:
        """Connections each process keeps open: one per answer thread, plus the scheduler's
        and health checks' (the pool may open as many again for a burst, e.g. a digest tick)."""
        return self.db_pool_size or self.answer_threads + 4

    @property
    def oauth_enabled(self) -> bool:
        return bool(self.slack_client_id and self.slack_client_secret)

    def require_slack(self) -> None:
        """Fail with one clear line when serving without the credentials Slack needs."""
        if not self.slack_signing_secret and not self.slack_app_token:
            raise ConfigError("SLACK_SIGNING_SECRET is not set (needed to verify Slack requests)")
        if self.slack_app_token and not self.slack_app_token.startswith("xapp-"):
            raise ConfigError(
                "SLACK_APP_TOKEN is not an app-level token (xapp-…, Basic Information page)"
            )
        if not self.slack_bot_token and not self.oauth_enabled:
            raise ConfigError(
                "SLACK_BOT_TOKEN is not set (or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET)"
            )


def load_settings(env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Read settings from ``env`` (default: the process environment after loading ``.env``)."""
    if env is None:
        load_dotenv(dotenv or Path.cwd() / ".env", override=False)
        env = os.environ

    def get(key: str) -> str | None:
        value = env.get(key, "").strip()
        return value or None

    def parse(key: str, convert: Callable[[str], T], default: T, expected: str) -> T:
        raw = get(key)
        if raw is None:
            return default
        try:
            return convert(raw)
        except ValueError:
            raise ConfigError(f"{key}={raw!r} is not valid: expected {expected}") from None

    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL={log_level!r} is not valid: expected one of {LOG_LEVELS}")
    api_url = get("SLACK_API_URL") or SLACK_API_URL
    if not api_url.startswith(("http://", "https://")):
        raise ConfigError(
            f"SLACK_API_URL={redacted(api_url)!r} is not valid: expected an http(s) URL"
        )
    database_url = get("DATABASE_URL") or DEFAULT_DATABASE_URL
    if "://" not in database_url:
        raise ConfigError(
            f"DATABASE_URL={redacted(database_url)!r} is not valid: expected e.g. "
            "sqlite:///precis.db or postgresql://user@host/db"
        )
    language = (get("PRECIS_LANGUAGE") or "en").lower()
    if not is_analysed(language):
        raise ConfigError(f"PRECIS_LANGUAGE={language!r} is not valid: expected en or fr")
    return Settings(
        database_url=database_url,
        slack_bot_token=get("SLACK_BOT_TOKEN"),
        slack_signing_secret=get("SLACK_SIGNING_SECRET"),
        slack_app_token=get("SLACK_APP_TOKEN"),
        slack_api_url=api_url if api_url.endswith("/") else api_url + "/",
        slack_client_id=get("SLACK_CLIENT_ID"),
        slack_client_secret=get("SLACK_CLIENT_SECRET"),
        port=parse("PORT", _port, 3000, "a port number 1-65535"),
        log_level=log_level,
        max_file_bytes=parse("PRECIS_MAX_FILE_BYTES", _positive_int, 5 * 1024 * 1024, "bytes > 0"),
        digest_cutoff_hours=parse("PRECIS_DIGEST_CUTOFF_HOURS", _positive_float, 6.0, "hours > 0"),
        digest_empty_note=parse("PRECIS_DIGEST_EMPTY_NOTE", _flag, False, "0 or 1"),
        scheduler_tick_seconds=parse(
            "PRECIS_SCHEDULER_TICK_SECONDS", _positive_int, 60, "seconds > 0"
        ),
        feed_poll_minutes=parse("PRECIS_FEED_POLL_MINUTES", _positive_int, 15, "minutes > 0"),
        allow_private_urls=parse("PRECIS_ALLOW_PRIVATE_URLS", _flag, False, "0 or 1"),
        min_article_words=parse(
            "PRECIS_MIN_ARTICLE_WORDS", _positive_int, MIN_ARTICLE_WORDS, "words > 0"
        ),
        default_language=as_language(language),
        http_threads=parse(
            "PRECIS_HTTP_THREADS", _positive_int, DEFAULT_HTTP_THREADS, "a thread count > 0"
        ),
        answer_threads=parse(
            "PRECIS_ANSWER_THREADS",
            _positive_int,
            default_answer_threads(database_url),
            "a thread count > 0",
        ),
        db_pool_size=parse("PRECIS_DB_POOL_SIZE", _positive_int, None, "a connection count > 0"),
        db_pool_timeout=parse(
            "PRECIS_DB_POOL_TIMEOUT", _positive_float, DEFAULT_DB_POOL_TIMEOUT, "seconds > 0"
        ),
    )


def redacted(url: str) -> str:
    """``url`` with its password (if any) hidden: error messages end up in logs."""
    head, at, host = url.rpartition("@")
    scheme, slashes, credentials = head.partition("//") if "//" in head else ("", "", head)
    if not at or ":" not in credentials:
        return url
    return f"{scheme}{slashes}{credentials.split(':', 1)[0]}:***@{host}"


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 < value < 65536:
        raise ValueError(raw)
    return value


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise ValueError(raw)
    return value


def _positive_float(raw: str) -> float:
    value = float(raw)
    if value <= 0:
        raise ValueError(raw)
    return value


def _flag(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(raw)
