"""A network failure in words: "could not reach example.com (DNS lookup failed)".

Libraries wrap the operating system's error in their own, whose message repeats the URL
and ends in "[Errno -2] Name or service not known". What a reader needs is the place
and the cause, once. The cause is found by walking the exception's chain (``__cause__``,
``__context__`` and a URLError's ``reason``) down to the socket, resolver or TLS error
underneath, whichever library raised it (httpx and httpcore for pages and feeds,
urllib for the Slack SDK, psycopg for PostgreSQL).
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator

_CAUSES_BY_ERRNO = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset",
    errno.ECONNABORTED: "connection aborted",
    errno.ETIMEDOUT: "timed out",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable",
    errno.EHOSTDOWN: "host down",
    errno.EPIPE: "connection closed",
}
_MAX_CHAIN = 12


def could_not_reach(host: str, error: BaseException) -> str:
    """ "could not reach example.com (DNS lookup failed)"."""
    return f"could not reach {host} ({network_cause(error)})"


def network_cause(error: BaseException) -> str:
    """The cause of a network failure in a few words, without error numbers or URLs."""
    for link in _chain(error):
        cause = _known_cause(link)
        if cause:
            return cause
    innermost = list(_chain(error))[-1]
    text = (getattr(innermost, "strerror", None) or str(innermost)).strip()
    return text[:1].lower() + text[1:] if text else type(innermost).__name__


def _known_cause(error: BaseException) -> str | None:
    if isinstance(error, socket.gaierror):  # no such name, or no answer from the resolver
        return "DNS lookup failed"
    if isinstance(error, ssl.SSLCertVerificationError):
        return "its TLS certificate is not trusted"
    if isinstance(error, ssl.SSLError):
        return "TLS handshake failed"
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(error, OSError) and error.errno in _CAUSES_BY_ERRNO:
        return _CAUSES_BY_ERRNO[error.errno]
    return None


def _chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and what it wraps, outermost first."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)  # urllib's URLError keeps its cause here
        wrapped = reason if isinstance(reason, BaseException) else None
        current = wrapped or current.__cause__ or current.__context__
