"""Network failures in words: "could not reach example.com (DNS lookup failed)".

Libraries wrap the operating system's error in their own, whose message repeats the URL and
ends in "[Errno -2] Name or service not known". What a reader needs is the place once and the
cause in plain words. The cause is found by walking the exception's chain (``__cause__``,
``__context__`` and a URLError's ``reason``) down to the socket, resolver or TLS error
underneath, whichever library raised it (httpx and httpcore for pages and feeds, urllib for
the Slack SDK, psycopg for PostgreSQL). Every caller that reports a network failure to a
person goes through this module.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator
from urllib.error import URLError

_CAUSES_BY_ERRNO = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset",
    errno.ECONNABORTED: "connection aborted",
    errno.ETIMEDOUT: "timed out",
    errno.ENETUNREACH: "network unreachable",
    errno.ENETDOWN: "network down",
    errno.EHOSTUNREACH: "host unreachable",
    errno.EHOSTDOWN: "host down",
    errno.EPIPE: "connection closed",
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
_MAX_CHAIN = 12


def could_not_reach(host: str, error: BaseException) -> str:
    """ "could not reach example.com (DNS lookup failed)": a page or feed we fetch."""
    return f"could not reach {host} ({network_cause(error)})"


def cannot_reach(service: str, url: str, error: BaseException) -> str:
    """ "cannot reach Slack at https://slack.com/api/ (DNS lookup failed)": a service we
    depend on, with the address once."""
    return f"cannot reach {service} at {url} ({network_cause(error)})"


def is_network_error(error: BaseException) -> bool:
    """True for a failure to talk to another machine (as opposed to a refusal by it)."""
    return isinstance(error, URLError | ConnectionError | TimeoutError | socket.gaierror)


def network_cause(error: BaseException) -> str:
    """The cause of a network failure in a few words, without error numbers or URLs."""
    chain = list(_chain(error))
    for link in chain:
        cause = _known_cause(link)
        if cause:
            return cause
    text = " ".join(str(link) for link in chain).lower()
    for found, words in _MESSAGE_WORDS:
        if found in text:
            return words
    innermost = chain[-1]
    own = (getattr(innermost, "strerror", None) or str(innermost)).strip()
    return own[:1].lower() + own[1:] if own else type(innermost).__name__


def _known_cause(error: BaseException) -> str | None:
    if isinstance(error, socket.gaierror):  # no such name, or no answer from the resolver
        return "DNS lookup failed"
    if isinstance(error, ssl.SSLCertVerificationError):
        return "TLS certificate not trusted"
    if isinstance(error, ssl.SSLError):
        return "TLS handshake failed"
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
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
