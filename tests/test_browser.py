"""The annotated page in a real browser: Debian's chromium (/usr/bin/chromium,
installed by .ci/run where it is missing), driven by Playwright without a
browser download. Skipped, with the reason, only where no chromium exists.

With FISCALLINT_SCREENSHOT=1 the test also writes docs/annotated-report.png
(the screenshot shown in the README)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = next((p for p in (os.environ.get("FISCALLINT_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium",
                             shutil.which("chromium-browser")) if p and Path(p).exists()), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]



@pytest.fixture(autouse=True)
def _chromium():
    if CHROMIUM is None:
        from conftest import missing

        missing("no chromium on this machine (apt-get install chromium; .ci/run installs it when run as root)")


def test_clicking_a_highlighted_figure_shows_its_finding(tmp_path):
    from playwright import sync_api
    page_file = tmp_path / "report.html"
    r = subprocess.run([sys.executable, "-m", "fiscallint", "check", "examples/report_with_errors.docx", "--no-cache",
                        "--format", "html", "--output", str(page_file), "--lang", "zh"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    with sync_api.sync_playwright() as p:
        # Playwright gives the browser a fresh profile (a new --user-data-dir) of its own
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            requests = []
            page.on("request", lambda req: requests.append(req.url))
            page.goto(page_file.as_uri())
            cards = page.locator("article.finding")
            assert cards.count() >= 6
            # a figure far down the report: its finding is out of view until clicked
            figure = page.locator("a.fig.stated").nth(4)
            finding_id = figure.get_attribute("data-findings").split()[0]
            card = page.locator(f"#{finding_id}")
            assert "active" not in (card.get_attribute("class") or "")
            figure.click()
            page.wait_for_function("id => document.getElementById(id).classList.contains('active')", arg=finding_id,
                                   timeout=5000)
            box, view = card.bounding_box(), page.evaluate(
                "id => { const r = document.getElementById(id).getBoundingClientRect(); "
                "const p = document.getElementById(id).closest('.findings').getBoundingClientRect(); "
                "return [r.top >= p.top - 1 && r.top < p.bottom, r.height > 0]; }", finding_id)
            assert box is not None and view == [True, True]
            # its figures are lit too
            assert "active" in (figure.get_attribute("class") or "")
            # and a figure of the finding card leads back to the report
            link = card.locator("a[data-figure]").first
            link.click()
            target = page.locator("#" + link.get_attribute("data-figure"))
            assert "active" in (target.get_attribute("class") or "")
            assert all(u.startswith("file:") for u in requests), requests  # nothing from the network
            if os.environ.get("FISCALLINT_SCREENSHOT"):
                page.set_viewport_size({"width": 1400, "height": 1250})
                page.locator("a.fig.stated").nth(1).click()  # the second finding (FL103)
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(ROOT / "docs" / "annotated-report.png"))
        finally:
            browser.close()


def test_the_local_page_takes_a_dropped_report_and_a_picked_one(tmp_path):
    from playwright import sync_api
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, LANG="C.UTF-8", TMPDIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "fiscallint", "serve", "--port", str(port), "--lang", "zh"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(150):  # 30 s at most
            try:
                urllib.request.urlopen(base + "health", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        report = (ROOT / "examples" / "report_with_errors.txt").read_text(encoding="utf-8")
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            try:
                page = browser.new_page()
                page.goto(base)
                # drag and drop: a file dropped anywhere on the page is sent
                with page.expect_navigation():
                    page.evaluate("""text => {
                        const dt = new DataTransfer();
                        dt.items.add(new File([text], "dropped.txt", {type: "text/plain"}));
                        document.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
                    }""", report)
                assert page.locator("article.finding").count() == 6
                assert "dropped.txt" in page.locator("section.file h2").inner_text()
                # the plain form: pick a file and press the button
                page.set_input_files("#report-file", str(ROOT / "examples" / "clean_report.docx"))
                with page.expect_navigation():
                    page.click("form#drop button[type=submit]")
                assert page.locator("article.finding").count() == 0
                assert "未发现问题" in page.content()
            finally:
                browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert list(tmp_path.iterdir()) == []
