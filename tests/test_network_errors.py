"""Network failures in words, whatever library wrapped the operating system's error."""

from __future__ import annotations

import socket
import ssl
import urllib.error

import httpcore
import httpx

from bot.network_errors import could_not_reach, network_cause


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
        "its TLS certificate is not trusted"
    )
    assert network_cause(wrapped(TimeoutError(), OSError)) == "timed out"
    assert network_cause(OSError(101, "Network is unreachable")) == "network unreachable"


def test_an_unknown_cause_is_its_own_words_without_an_error_number():
    assert network_cause(OSError(5, "Input/output error")) == "input/output error"
    assert network_cause(RuntimeError("Proxy said no")) == "proxy said no"
