"""Network failures in words, from real failed connections (no mocked sockets)."""

from __future__ import annotations

import socket
import ssl
import urllib.request
from urllib.error import URLError

import httpcore
import httpx
import pytest

from bot.network import cannot_reach, could_not_reach, is_network_error, network_cause


def failure(url: str) -> BaseException:
    try:
        urllib.request.urlopen(url, timeout=5)
    except Exception as error:
        return error
    raise AssertionError(f"{url} answered")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_refused_connection():
    error = failure(f"http://127.0.0.1:{closed_port()}/api/auth.test")
    assert isinstance(error, URLError) and is_network_error(error)
    assert network_cause(error) == "connection refused"


def test_a_name_that_does_not_resolve():
    error = failure("http://precis-no-such-host.invalid/api/")
    assert network_cause(error) == "DNS lookup failed"


def test_a_timeout():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()  # accepts, never answers
        port = server.getsockname()[1]
        with pytest.raises(OSError) as caught:  # URLError or a bare TimeoutError
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=0.3)
    assert network_cause(caught.value) == "timed out"


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("[Errno -3] Temporary failure in name resolution", "DNS lookup failed"),
        ("All connection attempts failed: [Errno 113] No route to host", "host unreachable"),
        ("something else entirely", "something else entirely"),
    ],
)
def test_libraries_that_keep_only_a_message(message, words):
    assert network_cause(RuntimeError(message)) == words


def test_the_address_once_and_the_cause_in_words():
    error = failure(f"http://127.0.0.1:{closed_port()}/")
    line = cannot_reach("Slack", "https://slack.com/api/auth.test", error)
    assert line == "cannot reach Slack at https://slack.com/api/auth.test (connection refused)"


def wrapped(inner: BaseException, *outer: type[Exception]) -> BaseException:
    """``inner`` raised inside each of ``outer`` in turn, as libraries chain them."""
    error = inner
    for kind in outer:
        try:
            raise kind("request failed for https://example.com/x: " + str(error)) from error
        except kind as caught:
            error = caught
    return error


def test_dns_failure_through_httpcore_and_httpx():
    lookup = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    error = wrapped(lookup, httpcore.ConnectError, httpx.ConnectError)
    expected = "could not reach example.com (DNS lookup failed)"
    assert could_not_reach("example.com", error) == expected


def test_refused_connection_inside_urllib_as_the_slack_sdk_raises_it():
    error = urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))
    assert network_cause(error) == "connection refused"


def test_tls_and_timeouts_and_unreachable_networks():
    certificate = ssl.SSLCertVerificationError(1, "certificate verify failed")
    assert network_cause(wrapped(certificate, httpx.ConnectError)) == (
        "TLS certificate not trusted"
    )
    assert network_cause(wrapped(TimeoutError(), OSError)) == "timed out"
    assert network_cause(OSError(101, "Network is unreachable")) == "network unreachable"


def test_an_unknown_cause_is_its_own_words_without_an_error_number():
    assert network_cause(OSError(5, "Input/output error")) == "input/output error"
    assert network_cause(RuntimeError("Proxy said no")) == "proxy said no"
