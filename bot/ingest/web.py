"""Web pages and other URLs, fetched so that a user-given address cannot hurt the host.

Why httpx: streaming bodies (so a size cap is enforced while reading, never after), separate
connect/read/write timeouts, redirect requests built for us (method changes, credentials
dropped across origins) while we follow them ourselves, gzip/deflate decoding (the size cap
applies to the decoded bytes, so a compression bomb stops at the cap), IDNA host names,
and, through httpcore underneath, a pluggable network backend.

That backend is where the guard lives: every TCP connection — the first request and every
redirect hop — resolves the host name once, refuses it if any address is loopback, private,
link-local (cloud metadata), multicast, reserved or unspecified (IPv4, IPv6, and IPv4 inside
IPv6), and then connects to the address it checked. TLS still verifies the certificate and
sends SNI for the host name, and the Host header is untouched, so DNS rebinding between
"check" and "connect" is impossible. Proxies from the environment are ignored on purpose:
a proxy would connect on our behalf, out of the guard's sight.

The same backend enforces a total time budget for a fetch (all hops, headers and body), so
a server that drips one byte per second cannot hold a worker for longer than the budget.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from bot.config import Settings
from bot.ingest.decode import check_size, decode_text, human_size
from bot.ingest.files import looks_like_html, markdown_to_text
from bot.ingest.html import extract_html
from bot.ingest.raw import Loader, RawDocument, RejectedDocument
from bot.network import could_not_reach

MAX_REDIRECTS = 5
FETCH_BUDGET_SECONDS = 20.0  # everything: connects, redirects, headers and body
READ_TIMEOUT_SECONDS = 10.0  # one connect, read or write
USER_AGENT = "Precis/0.1 (news digest bot; +https://github.com/precis-bot/precis)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# application/octet-stream is what servers send when they do not know: the body is sniffed
# (decode_text refuses binary content), as it is when there is no Content-Type at all.
PAGE_TYPES = HTML_TYPES | {"text/plain", "text/markdown", "application/octet-stream"}
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
PRIVATE_HINT = "set PRECIS_ALLOW_PRIVATE_URLS=1 to allow it for local use"

_RESOLVER = ThreadPoolExecutor(max_workers=4, thread_name_prefix="precis-resolve")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class FetchError(RejectedDocument):
    """A URL could not be fetched; the message is the one-line reason shown to the user."""


class BlockedAddress(FetchError):
    """The guard refused to connect to an address."""


@dataclass(frozen=True)
class Fetched:
    """A response that passed every check; ``body`` is empty for 304 Not Modified."""

    url: str  # after redirects
    status: int
    body: bytes
    media_type: str | None
    charset: str | None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# --- The address guard --------------------------------------------------------------------


def refusal_reason(address: str) -> str | None:
    """Why connecting to ``address`` (an IP literal) is refused, or None when it is public.

    IPv6 addresses that carry an IPv4 address (IPv4-mapped, 6to4, Teredo, NAT64) are judged
    by that IPv4 address as well, since that is where the packets end up.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        carried = ip.ipv4_mapped or (
            ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None
        )
        if carried:  # the IPv6 wrapper itself is a translation prefix: judge what it carries
            candidates = [carried]
        else:
            tunnelled = [ip.sixtofour, ip.teredo[1] if ip.teredo else None]
            candidates += [address for address in tunnelled if address is not None]
    for candidate in candidates:
        reason = _kind_of_non_public(candidate)
        if reason:
            return reason
    return None


def _kind_of_non_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    )
    for name, matches in checks:
        if matches:
            return name
    return None if ip.is_global else "not public"


def resolve(host: str, port: int, timeout: float) -> list[str]:
    """The host's addresses, in the resolver's order, without duplicates, within ``timeout``.

    The system resolver cannot be interrupted, so it runs on a small pool of threads and
    a name that takes too long fails this fetch (the thread finishes on its own).
    """
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    lookup = _RESOLVER.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = lookup.result(timeout=timeout)
    except FutureTimeout:
        raise httpcore.ConnectTimeout(f"resolving {host} took too long") from None
    except (socket.gaierror, UnicodeError) as error:
        # Chained: could_not_reach() reads the resolver's error to say what went wrong.
        raise httpcore.ConnectError(f"could not resolve {host}") from error
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _Budget:
    """The time left for one fetch; every network wait is clipped to it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def clip(self, timeout: float | None) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout(f"took longer than {self.seconds:g} s")
        return left if timeout is None else min(timeout, left)


class _BudgetStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, budget: _Budget) -> None:
        self._inner = inner
        self._budget = budget

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._budget.clip(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._budget.clip(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        secured = self._inner.start_tls(ssl_context, server_hostname, self._budget.clip(timeout))
        return _BudgetStream(secured, self._budget)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolve, check every address, connect to a checked one; all within the budget."""

    def __init__(self, *, allow_private: bool, trusted_hosts: frozenset[str], budget: _Budget):
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._trusted_hosts = trusted_hosts
        self._budget = budget

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port, self._budget.clip(timeout))
        if not self._allow_private and host.lower() not in self._trusted_hosts:
            for address in addresses:
                reason = refusal_reason(address)
                if reason:
                    shown = host if host == address else f"{host} ({address})"
                    raise BlockedAddress(f"refused: {shown} is a {reason} address; {PRIVATE_HINT}")
        last_error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, self._budget.clip(timeout), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
                continue
            return _BudgetStream(stream, self._budget)
        raise last_error

    def connect_unix_socket(self, *args, **kwargs) -> httpcore.NetworkStream:
        raise BlockedAddress("refused: unix sockets are never fetched")


@cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying context (loading the CA bundle takes a tenth of a second)."""
    return httpx.create_ssl_context(trust_env=False)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool rebuilt on the guarded backend.

    httpx has no public option for a network backend, so the pool it builds is replaced;
    tests/ingest/test_web.py fails loudly (a loopback host name gets through) if a future
    httpx stops using ``_pool``.
    """

    def __init__(self, backend: _GuardedBackend) -> None:
        super().__init__(verify=_ssl_context(), trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            network_backend=backend,
            max_connections=4,
        )


# --- Fetching -----------------------------------------------------------------------------


def fetch(
    url: str,
    settings: Settings,
    *,
    accept: frozenset[str] | None = PAGE_TYPES,
    accept_header: str = PAGE_ACCEPT,
    headers: Mapping[str, str] | None = None,
    trusted_hosts: Iterable[str] = (),
    budget_seconds: float = FETCH_BUDGET_SECONDS,
    timeout_seconds: float = READ_TIMEOUT_SECONDS,
) -> Fetched:
    """GET ``url`` with every guard on; raise :class:`FetchError` with a one-line reason.

    ``accept`` is the set of media types read (None: any ``text/*``, XML or JSON type, or
    an untyped ``application/octet-stream``, for feeds). Hosts in
    ``trusted_hosts`` (Slack's own file host) skip the address guard, not the other limits.
    Conditional headers in ``headers`` may yield a 304, returned with an empty body.
    """
    _check_scheme(url)
    budget = _Budget(budget_seconds)
    backend = _GuardedBackend(
        allow_private=settings.allow_private_urls,
        trusted_hosts=frozenset(host.lower() for host in trusted_hosts),
        budget=budget,
    )
    request_headers = {
        "User-Agent": USER_AGENT,
        "Accept": accept_header,
        # Not br/zstd even when installed: one compressed read inflates in one piece, and
        # gzip's worst ratio (~1000:1) keeps that piece small next to the size cap.
        "Accept-Encoding": "gzip, deflate",
        **(headers or {}),
    }
    try:
        with httpx.Client(
            transport=_GuardedTransport(backend),
            timeout=httpx.Timeout(timeout_seconds),
            trust_env=False,
            follow_redirects=False,
        ) as client:
            return _fetch_following(client, url, request_headers, accept, settings, budget)
    except FetchError:
        raise
    except (httpx.TimeoutException, httpcore.TimeoutException):
        raise FetchError(f"timed out (the limit is {budget_seconds:g} s)") from None
    except httpx.ConnectError as error:
        raise FetchError(could_not_reach(_failed_host(error, url), error)) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise FetchError(f"not a web address: {error}") from None
    except httpx.HTTPError as error:
        raise FetchError(f"could not fetch: {error}") from None


def _failed_host(error: httpx.RequestError, url: str) -> str:
    """The host a request failed on (a redirect may have led elsewhere than ``url``)."""
    try:
        return error.request.url.host or urlsplit(url).hostname or url
    except RuntimeError:  # raised before a request was built
        return urlsplit(url).hostname or url


def _fetch_following(
    client: httpx.Client,
    url: str,
    headers: Mapping[str, str],
    accept: frozenset[str] | None,
    settings: Settings,
    budget: _Budget,
) -> Fetched:
    request = client.build_request("GET", url, headers=headers)
    for _hop in range(MAX_REDIRECTS + 1):
        response = client.send(request, stream=True)
        try:
            if response.next_request is None:
                return _read(response, accept, settings.max_file_bytes, budget)
        finally:
            response.close()
        request = response.next_request
        _check_scheme(str(request.url))
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


def _read(
    response: httpx.Response, accept: frozenset[str] | None, max_bytes: int, budget: _Budget
) -> Fetched:
    final_url = str(response.url)
    if response.status_code == 304:
        return Fetched(final_url, 304, b"", None, None, dict(response.headers))
    if not 200 <= response.status_code < 300:
        phrase = response.reason_phrase or "error"
        raise FetchError(f"the server answered {response.status_code} {phrase}")
    media_type, charset = parse_content_type(response.headers.get("Content-Type"))
    if media_type and not _acceptable(media_type, accept):
        raise FetchError(f"not a web page or text: the server sent {media_type}")
    declared_length = response.headers.get("Content-Length", "")
    if declared_length.isdigit():
        check_size(int(declared_length), max_bytes)
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(
                f"too large: more than the {human_size(max_bytes)} limit (PRECIS_MAX_FILE_BYTES)"
            )
        budget.clip(None)
    return Fetched(
        final_url, response.status_code, bytes(body), media_type, charset, dict(response.headers)
    )


def _acceptable(media_type: str, accept: frozenset[str] | None) -> bool:
    if accept is not None:
        return media_type in accept
    generic = media_type in ("application/octet-stream", "application/json")
    return media_type.startswith("text/") or media_type.endswith(("/xml", "+xml")) or generic


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"not a web address: only http and https are fetched, not {scheme or url!r}"
        )


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset=ISO-8859-1`` -> ("text/html", "iso-8859-1")."""
    if not value:
        return None, None
    media_type, *params = (part.strip() for part in value.split(";"))
    charset = None
    for param in params:
        key, _, raw = param.partition("=")
        if key.strip().lower() == "charset":
            charset = raw.strip().strip("\"'").lower() or None
    return media_type.lower() or None, charset


def declared_charset(fetched: Fetched) -> str | None:
    """The charset from the Content-Type header, else from an HTML ``<meta>`` near the top."""
    if fetched.charset:
        return fetched.charset
    match = _META_CHARSET.search(fetched.body[:4096])
    return match.group(1).decode("ascii").lower() if match else None


# --- Pages --------------------------------------------------------------------------------


def page_loader(url: str, settings: Settings) -> Loader:
    """A loader that fetches ``url`` and reads its article when called."""
    return partial(load_page, url, settings)


def load_page(url: str, settings: Settings) -> RawDocument:
    """The article at ``url``: title, text, date and author; RejectedDocument with a reason."""
    return document_from_fetched(fetch(url, settings), settings)


def document_from_fetched(fetched: Fetched, settings: Settings) -> RawDocument:
    """A fetched page or text as a RawDocument whose source is the final URL.

    HTML by its Content-Type, or by its first bytes when the server did not say.
    """
    text = decode_text(fetched.body, settings.max_file_bytes, declared_charset(fetched))
    untyped = fetched.media_type in (None, "application/octet-stream")
    if fetched.media_type in HTML_TYPES or (untyped and looks_like_html(text)):
        # Title, author and date: trafilatura's metadata, which runs htmldate's extensive
        # search (dates written only in the page's text count) on the page it parsed.
        return extract_html(text, fetched.url, url=fetched.url)
    if fetched.media_type == "text/markdown":
        text = markdown_to_text(text)
    return RawDocument(text=text, source=fetched.url, meta={"url": fetched.url})
