"""Fetching web pages against a local server: guards, limits, redirects and extraction.

The test server listens on loopback, so these tests allow private addresses except where
the guard itself is under test.
"""

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.config import Settings
from bot.ingest.raw import RejectedDocument
from bot.ingest.web import BlockedAddress, FetchError, fetch, page_loader, refusal_reason
from tests.reliability.reliability_helpers import precis, precis_env

PAGES = Path(__file__).parent / "pages"
LOCAL = Settings(allow_private_urls=True)
GUARDED = Settings(allow_private_urls=False)
HTML = "text/html; charset=utf-8"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_a_page_yields_its_article_title_date_and_author(httpserver: HTTPServer):
    httpserver.expect_request("/news/harbour-council").respond_with_data(
        page("harbour-council.html"), content_type=HTML
    )
    url = httpserver.url_for("/news/harbour-council")
    raw = page_loader(url, LOCAL)()
    assert raw.source == url and raw.meta["url"] == url
    assert raw.meta["title"] == "Harbour council approves flood barrier after tense vote"
    assert raw.meta["date"] == "2025-03-11"
    assert raw.meta["author"] == "Megan Holloway"
    assert "doing nothing was never an option" in raw.text
    assert "Related stories" not in raw.text and "All rights reserved" not in raw.text


@pytest.mark.parametrize("header", ["text/html; charset=ISO-8859-1", "text/html"])
def test_latin1_page_is_decoded_from_the_header_or_the_meta_charset(
    httpserver: HTTPServer, header: str
):
    httpserver.expect_request("/fr/greve-tramway").respond_with_data(
        page("greve-tramway.html"), content_type=header
    )
    raw = page_loader(httpserver.url_for("/fr/greve-tramway"), LOCAL)()
    assert raw.meta["title"].startswith("Grève du tramway : la métropole propose une médiation")
    assert "« Nous ne demandons pas la lune" in raw.text
    assert raw.meta["date"] == "2025-03-14"  # only written in the byline


def test_a_page_served_as_octet_stream_is_recognised_as_html(httpserver: HTTPServer):
    httpserver.expect_request("/news/harbour-council").respond_with_data(
        page("harbour-council.html"), content_type="application/octet-stream"
    )
    raw = page_loader(httpserver.url_for("/news/harbour-council"), LOCAL)()
    assert raw.meta["title"] == "Harbour council approves flood barrier after tense vote"


def test_redirects_are_followed_and_the_final_url_is_the_source(httpserver: HTTPServer):
    final = httpserver.url_for("/news/harbour-council")
    httpserver.expect_request("/s/abc").respond_with_data(
        "", status=301, headers={"Location": "/news/harbour-council"}
    )
    httpserver.expect_request("/news/harbour-council").respond_with_data(
        page("harbour-council.html"), content_type=HTML
    )
    raw = page_loader(httpserver.url_for("/s/abc"), LOCAL)()
    assert raw.source == final


def test_endless_redirects_stop_at_the_limit(httpserver: HTTPServer):
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
        fetch(httpserver.url_for("/loop"), LOCAL)
    assert len(httpserver.log) == 6  # the first request and five redirects


def test_a_redirect_into_a_private_address_is_refused_with_the_guard_on(httpserver: HTTPServer):
    # The first host is trusted (as Slack's file host is); the hop it redirects to is not.
    secret = f"http://127.0.0.1:{httpserver.port}/secret"
    httpserver.expect_request("/go").respond_with_data("", status=302, headers={"Location": secret})
    httpserver.expect_request("/secret").respond_with_data("metadata", content_type="text/plain")
    with pytest.raises(BlockedAddress, match=r"127\.0\.0\.1 is a loopback address"):
        fetch(httpserver.url_for("/go"), GUARDED, trusted_hosts={"localhost"})
    assert [entry[0].path for entry in httpserver.log] == ["/go"]


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("[::1]", "loopback"),
        ("localhost", "loopback"),  # a name, resolved then checked
        ("10.20.30.40", "private"),
        ("192.168.1.10", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("[::ffff:127.0.0.1]", "loopback"),  # IPv4-mapped IPv6
        ("[::ffff:169.254.169.254]", "link-local"),
        ("[fe80::1]", "link-local"),
        ("[fd00::5]", "private"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("2130706433", "loopback"),  # 127.0.0.1 written as one number
    ],
)
def test_the_guard_refuses_non_public_addresses(httpserver: HTTPServer, host: str, reason: str):
    started = time.monotonic()
    with pytest.raises(BlockedAddress, match=rf"is a {reason} address; set PRECIS_ALLOW_PRIVATE"):
        fetch(f"http://{host}:{httpserver.port}/latest/meta-data/", GUARDED)
    assert time.monotonic() - started < 2  # refused before any connection attempt
    assert len(httpserver.log) == 0


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"]
)
def test_public_addresses_pass_the_guard(address: str):
    assert refusal_reason(address) is None


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("2002:a00:1::1", "private"),
        ("64:ff9b::a9fe:a9fe", "link-local"),
        ("100.64.0.1", "not public"),
    ],
)
def test_addresses_carried_inside_ipv6_or_shared_space_are_refused(address: str, reason: str):
    assert refusal_reason(address) == reason


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.html", "gopher://x"])
def test_only_http_and_https_are_fetched(url: str):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url, LOCAL)


def test_a_page_without_article_text_gets_a_clear_reason(httpserver: HTTPServer):
    httpserver.expect_request("/gallery").respond_with_data(
        page("gallery-no-text.html"), content_type=HTML
    )
    with pytest.raises(RejectedDocument, match="no article text found"):
        page_loader(httpserver.url_for("/gallery"), LOCAL)()


def test_a_non_html_content_type_is_refused_before_reading(httpserver: HTTPServer):
    httpserver.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.7 binary", content_type="application/pdf"
    )
    with pytest.raises(FetchError, match="not a web page or text: the server sent application/pdf"):
        fetch(httpserver.url_for("/report.pdf"), LOCAL)


def test_an_error_status_is_the_reason(httpserver: HTTPServer):
    httpserver.expect_request("/gone").respond_with_data("missing", status=404)
    with pytest.raises(FetchError, match="the server answered 404"):
        fetch(httpserver.url_for("/gone"), LOCAL)


def test_plain_text_pages_are_read_as_text(httpserver: HTTPServer):
    body = "Le conseil municipal a voté le budget.\n\nLa séance a duré quatre heures."
    httpserver.expect_request("/brief.txt").respond_with_data(
        body.encode("utf-8"), content_type="text/plain; charset=utf-8"
    )
    raw = page_loader(httpserver.url_for("/brief.txt"), LOCAL)()
    assert raw.text == body


def test_a_server_that_never_answers_times_out(httpserver: HTTPServer):
    def stall(_request: Request) -> Response:
        time.sleep(3)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(stall)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out \(the limit is 0.5 s\)"):
        fetch(httpserver.url_for("/slow"), LOCAL, budget_seconds=0.5)
    assert time.monotonic() - started < 2.5  # well before the server's answer


def _drip(_request: Request) -> Response:
    def body() -> Iterator[bytes]:
        yield b"<html><body>"
        while True:
            time.sleep(0.1)
            yield b"<p>encore</p>"

    return Response(body(), content_type="text/html")


def test_a_server_that_drips_is_stopped_by_the_total_budget(httpserver: HTTPServer):
    httpserver.expect_request("/drip").respond_with_handler(_drip)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        # Each read is quick (0.1 s), far under the 5 s per-read timeout: only the budget stops it.
        fetch(httpserver.url_for("/drip"), LOCAL, budget_seconds=1.0, timeout_seconds=5.0)
    assert time.monotonic() - started < 2


def test_a_never_ending_body_stops_at_the_size_cap(httpserver: HTTPServer):
    def endless(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            while True:
                yield b"<p>" + b"x" * 8192 + b"</p>"

        return Response(body(), content_type="text/html")

    httpserver.expect_request("/endless").respond_with_handler(endless)
    small = Settings(allow_private_urls=True, max_file_bytes=256 * 1024)
    with pytest.raises(FetchError, match=r"too large: more than the 256\.0 KB limit"):
        fetch(httpserver.url_for("/endless"), small)


def test_a_declared_length_over_the_cap_is_refused_before_reading(httpserver: HTTPServer):
    httpserver.expect_request("/big").respond_with_data(b"x" * 4096, content_type="text/plain")
    with pytest.raises(RejectedDocument, match=r"too large: 4\.0 KB is over the 1\.0 KB limit"):
        fetch(httpserver.url_for("/big"), Settings(allow_private_urls=True, max_file_bytes=1024))


@pytest.fixture
def newsroom_dns(monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer) -> str:
    """``courier.example`` resolves to the loopback test server, as a rebinding attacker's would."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        return real("127.0.0.1" if host == "courier.example" else host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return f"http://courier.example:{httpserver.port}"


def test_the_checked_address_is_used_and_the_host_header_kept(
    httpserver: HTTPServer, newsroom_dns: str
):
    httpserver.expect_request("/brief.txt").respond_with_data("Brève.", content_type="text/plain")
    assert fetch(f"{newsroom_dns}/brief.txt", LOCAL).body == "Brève.".encode()
    request = httpserver.log[0][0]
    assert request.headers["Host"] == newsroom_dns.removeprefix("http://")


def test_a_name_that_resolves_to_a_private_address_is_refused(
    httpserver: HTTPServer, newsroom_dns: str
):
    with pytest.raises(BlockedAddress, match=r"courier\.example \(127\.0\.0\.1\) is a loopback"):
        fetch(f"{newsroom_dns}/brief.txt", GUARDED)
    assert len(httpserver.log) == 0


def test_a_resolver_that_hangs_counts_against_the_budget(monkeypatch: pytest.MonkeyPatch):
    real = socket.getaddrinfo

    def slow_getaddrinfo(host, *args, **kwargs):
        if host == "slow-dns.example":
            time.sleep(3)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_getaddrinfo)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch("http://slow-dns.example/", LOCAL, budget_seconds=0.5)
    assert time.monotonic() - started < 2.5  # well before the resolver's answer


def test_an_unreachable_host_is_named_once_with_the_cause_in_words(httpserver: HTTPServer):
    with pytest.raises(FetchError) as refused:
        fetch(httpserver.url_for("/").replace(str(httpserver.port), "9"), LOCAL)
    assert str(refused.value) == "could not reach localhost (connection refused)"


@pytest.mark.slow
def test_precis_ingest_says_in_words_that_a_name_does_not_resolve(tmp_path: Path):
    url = "http://no-such-host.invalid/news/story"
    environment = precis_env(f"sqlite:///{tmp_path / 'precis.db'}")
    run = precis("ingest", url, env=environment, cwd=Path(__file__).resolve().parents[2])
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert "could not reach no-such-host.invalid (DNS lookup failed)" in err
    assert "Errno" not in out + err and (out + err).count(url) == 1
