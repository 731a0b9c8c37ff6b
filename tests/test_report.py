"""The HTML report: self-contained, escaped, and rendered by a real browser when available."""

from __future__ import annotations

import pathlib
import shutil
import subprocess

import pytest

from geneva_corpus import parse
from geneva_corpus.align import Corpus
from geneva_corpus.report import render_report
from tests.test_align import OUTLET_A, OUTLET_B, OUTLET_C

HOSTILE = (
    "Vell Herald <script>alert(1)</script>\n\n"
    "\u201cIf any Kestrian unit crosses the frontier, it will be a <b>new</b> occupation,"
    "\u201d Oda said. <img src=x onerror=alert(2)> Kestria has gathered some 65,000 soldiers "
    "on the frontier.\n"
)


@pytest.fixture(scope="module")
def page() -> str:
    arts = [parse(OUTLET_A, source_path="kestria-daily.txt"),
            parse(OUTLET_B, source_path="lomar-post.txt"),
            parse(OUTLET_C, source_path="vell-herald.txt"),
            parse(HOSTILE, source_path="<evil onload=x>.txt")]
    return render_report(Corpus.from_articles(arts))


def test_self_contained_and_escaped(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert "<img" not in page.lower() and "<evil" not in page
    assert "http://" not in page and "https://" not in page
    assert "&lt;evil onload=x&gt;.txt" in page


def test_outlets_across_statements_down(page: str) -> None:
    assert page.count('<th scope="col">') == 4
    assert "another occupation" in page and "re-occupation" in page
    assert "<mark>" in page  # wording variants highlighted
    assert 'class="conflict"' in page and "quantity" in page


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(_chromium() is None, reason="no headless Chromium installed")
def test_renders_in_headless_chromium(page: str, tmp_path: pathlib.Path) -> None:
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    browser = _chromium()
    assert browser is not None
    res = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
         html_file.as_uri()], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    dom = res.stdout
    assert "another occupation" in dom
    assert "<script" not in dom.lower()
    shot = tmp_path / "shot.png"
    res = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         f"--screenshot={shot}", "--window-size=1400,900", html_file.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and shot.stat().st_size > 10_000
