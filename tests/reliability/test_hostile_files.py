"""Files nobody should send, in one folder with good articles: each bad one fails alone with
a clear reason (or becomes a correct article), and every good one in the batch is stored."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from bot.ingest import RejectedDocument
from bot.ingest.files import file_loaders
from bot.ingest.pipeline import ingest
from storage import Store
from tests.builders import WORKSPACE
from tests.reliability.reliability_helpers import assert_consistent, news_text

pytestmark = pytest.mark.slow  # real analysis

LIMIT = 5 * 1024 * 1024
HUGE = 50 * 1024 * 1024

UTF8_ARTICLE = news_text(2).encode("utf-8")  # French: accents and « »
SCRIPTED_HTML = """<!DOCTYPE html><html><head><title>Le port rouvre</title>
<style>body { color: red } .secret { display: none }</style>
<script>var token = "SCRIPT-MUST-NOT-LEAK"; document.write("SCRIPT-MUST-NOT-LEAK");</script>
</head><body><article><h1>Le port rouvre après la grève</h1>
<p>Le port a rouvert mardi après trois jours de grève, a annoncé la direction du port.</p>
<script>alert("SCRIPT-MUST-NOT-LEAK")</script>
<p>« Nous reprenons le travail dès ce soir », a déclaré Karim Benali, secrétaire du syndicat.</p>
<noscript>NOSCRIPT-MUST-NOT-LEAK</noscript>
<p>Les navires en attente devraient accoster d'ici jeudi, selon la capitainerie du port.</p>
</article></body></html>"""


def hostile_folder(folder: Path) -> dict[str, str]:
    """Writes the files; returns what each must become: "stored" or a word of its reason."""
    folder.mkdir()
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = outcome

    put("a-good.txt", news_text(1).encode("utf-8"), "stored")
    put("empty.txt", b"", "empty")
    put("blank.txt", b" \n\t\r\n  \n", "empty")
    put("binary.txt", bytes(range(256)) * 64, "not text")
    put("png-named-txt.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 500, "not text")
    put("truncated-utf8.txt", UTF8_ARTICLE[: UTF8_ARTICLE.rindex("é".encode()) + 1], "stored")
    put(
        "mixed-encodings.txt",
        news_text(4).encode("utf-8") + "\n\nLe préfet a été prévenu.".encode("cp1252"),
        "stored",
    )
    put("utf16.txt", news_text(6).encode("utf-16"), "stored")
    put("scripts.html", SCRIPTED_HTML.encode("utf-8"), "stored")
    put("only-script.html", b"<html><script>var a = 1;</script></html>", "no article text")
    put("z-good.md", ("# " + news_text(3)).encode("utf-8"), "stored")
    with (folder / "huge.txt").open("wb") as huge:  # sparse: 50 MB on paper, nothing on disk
        huge.truncate(HUGE)
    expected["huge.txt"] = "too large"
    return expected


def test_every_bad_file_fails_alone_with_a_reason(tmp_path: Path) -> None:
    expected = hostile_folder(tmp_path / "in")
    store = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    try:
        outcomes = ingest(store, file_loaders([tmp_path / "in"], LIMIT), place=WORKSPACE)
        by_name = {Path(o.source).name: o for o in outcomes}
        assert set(by_name) == set(expected)
        for name, outcome in by_name.items():
            if expected[name] == "stored":
                assert outcome.status == "stored", (name, outcome.reason)
            else:
                assert outcome.status == "failed", name
                assert expected[name] in (outcome.reason or ""), (name, outcome.reason)
                assert "\n" not in outcome.reason and "Traceback" not in outcome.reason
        assert "50.0 MB" in by_name["huge.txt"].reason
        stored = [
            store.get_article(o.article_id, viewer=WORKSPACE) for o in outcomes if o.article_id
        ]
        page = next(a for a in stored if a and "Le port a rouvert" in a.text)
        assert "MUST-NOT-LEAK" not in page.text and "display: none" not in page.text
        assert "color" not in page.text
        assert store.stats().articles == sum(v == "stored" for v in expected.values())
        assert_consistent(store)
    finally:
        store.close()


def test_a_50_mb_file_is_refused_without_being_read(tmp_path: Path) -> None:
    hostile_folder(tmp_path / "in")
    [(_, load)] = [
        (source, load)
        for source, load in file_loaders([tmp_path / "in"], LIMIT)
        if source.endswith("huge.txt")
    ]
    tracemalloc.start()
    with pytest.raises(RejectedDocument, match="too large"):
        load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak} bytes allocated: the file was read"


def test_a_million_character_line_gets_an_answer_and_spares_the_batch(tmp_path: Path) -> None:
    """A line of more than a million characters (spaCy's longest text) is read: the language
    model reads a long paragraph in pieces, so no paragraph is too long for it. (Its time,
    linear in the length, is measured by bench/analysis_scaling.py, not here.)"""
    length = 1_200_000
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "Le conseil a voté le budget, a déclaré Jean Dupont, maire de la ville. "
    line = (sentence * (length // len(sentence) + 1))[:length]
    (folder / "b-line.txt").write_text(line, encoding="utf-8")
    (folder / "a-good.txt").write_text(news_text(8), encoding="utf-8")
    (folder / "c-good.txt").write_text(news_text(9), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'precis.db'}")
    try:
        outcomes = ingest(store, file_loaders([folder], LIMIT), place=WORKSPACE)
        by_name = {Path(o.source).name: o for o in outcomes}
        assert by_name["a-good.txt"].status == by_name["c-good.txt"].status == "stored"
        line_outcome = by_name["b-line.txt"]
        assert line_outcome.status == "stored", line_outcome.reason
        assert_consistent(store)
    finally:
        store.close()
