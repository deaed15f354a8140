"""Network failures in words: "cannot reach Slack at https://slack.com/api/ (DNS lookup failed)".

urllib, httpx and raw sockets each wrap the same few failures their own way
("<urlopen error [Errno -2] Name or service not known>", "[Errno 111] Connection refused");
an operator needs the address once and the cause in plain words. Every caller that reports a
network failure to a person goes through :func:`network_cause`.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator
from urllib.error import URLError

# Causes by errno, for OSErrors that are not one of the specific subclasses below.
_ERRNO_WORDS = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset",
    errno.ETIMEDOUT: "timed out",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable",
    errno.ENETDOWN: "network down",
}
# Libraries that keep only a message (httpcore, some proxies): the words they use.
_MESSAGE_WORDS = (
    ("name or service not known", "DNS lookup failed"),
    ("nodename nor servname", "DNS lookup failed"),
    ("temporary failure in name resolution", "DNS lookup failed"),
    ("getaddrinfo failed", "DNS lookup failed"),
    ("could not resolve", "DNS lookup failed"),
    ("connection refused", "connection refused"),
    ("connection reset", "connection reset"),
    ("timed out", "timed out"),
    ("certificate verify failed", "TLS certificate not trusted"),
    ("network is unreachable", "network unreachable"),
    ("no route to host", "host unreachable"),
)


def _causes(error: BaseException) -> Iterator[BaseException]:
    """``error`` and what it wraps (urllib's ``reason``, ``__cause__``, ``__context__``)."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None) if isinstance(current, URLError) else None
        for wrapped in (reason, current.__cause__, current.__context__):
            if isinstance(wrapped, BaseException):
                pending.append(wrapped)


def network_cause(error: BaseException) -> str:
    """What went wrong, in a few words: "DNS lookup failed", "connection refused", ..."""
    for cause in _causes(error):
        if isinstance(cause, socket.gaierror):
            return "DNS lookup failed"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return "TLS certificate not trusted"
        if isinstance(cause, ssl.SSLError):
            return "TLS handshake failed"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ConnectionResetError):
            return "connection reset"
        if isinstance(cause, TimeoutError):
            return "timed out"
        if isinstance(cause, OSError) and cause.errno in _ERRNO_WORDS:
            return _ERRNO_WORDS[cause.errno]
    text = " ".join(str(cause) for cause in _causes(error)).lower()
    return next((words for found, words in _MESSAGE_WORDS if found in text), "network error")


def is_network_error(error: BaseException) -> bool:
    """True for a failure to talk to another machine (as opposed to a refusal by it)."""
    return isinstance(error, (URLError, ConnectionError, TimeoutError, socket.gaierror))


def cannot_reach(service: str, url: str, error: BaseException) -> str:
    """``cannot reach Slack at https://slack.com/api/ (DNS lookup failed)``: one line, the
    address once, the cause in words."""
    return f"cannot reach {service} at {url} ({network_cause(error)})"
