"""The web page in a real browser: ``resumematch serve`` on a free localhost port, driven
through Debian's headless chromium with Playwright, as a person would use it.

Uploads the bundled example resume and posting, and checks what is seen: the score, a
highlighted mention a term link scrolls to, a requirement row, a download, the message
for a corrupt file, the page without JavaScript and at phone width, and no console
errors. Skips with the reason when chromium or Playwright is missing. With
``RESUMEMATCH_WEB_SCREENSHOT=path`` set, the screenshot is also written there (how
docs/web-page.png is made).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES

from resumematch import check

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -e '.[test]')")
pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install -e '.[web]')")

pytestmark = pytest.mark.slow  # starts the server and a headless browser

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
RESUME = EXAMPLES / "resumes" / "strong-fit-rn.pdf"
JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "resumematch", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr = process.stderr.read().decode()  # type: ignore[union-attr]
                    raise RuntimeError(f"resumematch serve did not start: {stderr}") from exc
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        except sync_api.Error as exc:
            pytest.skip(f"Playwright could not start {chromium}: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()


def _watch(page: object) -> list[str]:
    """Console errors and uncaught exceptions of ``page``, as they happen."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))  # type: ignore[attr-defined]
    return problems


def test_check_the_example_in_the_browser(browser: object, server: str, tmp_path: Path) -> None:
    expected = check(RESUME, job=JOB.read_text("utf-8"))
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    problems = _watch(page)
    page.goto(server + "/")
    page.set_input_files("#resume-file", str(RESUME))
    page.fill("#job", JOB.read_text("utf-8"))
    page.click("#check")
    page.wait_for_selector("#score")

    assert page.inner_text("#score") == f"{expected.score:.0f}"
    assert page.inner_text("#status") == "Done."
    # A requirement row as a person reads it.
    met = page.locator('#requirements tr[data-met="met"]')
    assert met.count() == sum(1 for r in expected.requirements if r.met == "met")
    assert "Registered Nurse" in page.inner_text("#requirements")
    # Highlighted mentions, the text exactly as extracted, and a term link that scrolls to its mention.
    assert page.locator("#resume mark").count() >= len({(m.start, m.end) for m in expected.mentions})
    assert page.eval_on_selector("#resume", "e => e.textContent") == expected.resume.text
    link = page.locator('#matched a[href^="#m-"]').first
    target = link.get_attribute("href")
    assert target
    page.evaluate("window.scrollTo(0, 0)")
    link.click()
    mark = page.locator(f"{target} + mark")
    assert "flash" in (mark.get_attribute("class") or "")
    box, height = mark.bounding_box(), page.evaluate("window.innerHeight")
    # in view: at least part of it (the anchor before it is scrolled to the top edge)
    assert box is not None and -box["height"] < box["y"] <= height
    # The ATS checks.
    assert page.locator("#ats tr[data-ats]").count() == len(expected.ats.checks) == 8

    # A download, the same report as JSON.
    with page.expect_download() as download:
        page.click("#download-json")
    data = json.loads(Path(download.value.path()).read_text("utf-8"))
    assert data["score"] == round(expected.score, 1) and "ats" in data

    screenshot = tmp_path / "web-page.png"
    page.set_viewport_size({"width": 1100, "height": 1500})
    page.evaluate("document.querySelector('.downloads').scrollIntoView()")
    page.screenshot(path=str(screenshot))
    if os.environ.get("RESUMEMATCH_WEB_SCREENSHOT"):
        page.screenshot(path=os.environ["RESUMEMATCH_WEB_SCREENSHOT"])
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"\nweb page screenshot: {screenshot}")

    # A corrupt file: the CLI's message, shown on the page.
    page.set_input_files("#resume-file", files=[{"name": "broken.pdf", "mimeType": "application/pdf",
                                            "buffer": b"%PDF-1.7\n1 0 obj garbage\n%%EOF"}])  # fmt: skip
    page.click("#check")
    page.wait_for_selector("#error")
    message = page.inner_text("#error")
    assert "broken.pdf" in message and "Traceback" not in message
    assert page.locator("#score").count() == 0
    # The refused check's response status (422) is the only thing the console may report.
    assert [p for p in problems if not re.search(r"status of 422", p)] == []
    context.close()


def test_the_page_works_without_javascript_and_at_phone_width(browser: object, server: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 740})  # type: ignore[attr-defined]
    page = context.new_page()
    problems = _watch(page)
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.set_input_files("#resume-file", str(EXAMPLES / "resumes" / "partial-fit-medical-assistant.docx"))
    page.set_input_files("#job_file", str(JOB))
    with page.expect_navigation():
        page.click("#check")
    assert re.fullmatch(r"\d+", page.inner_text("#score"))
    assert page.locator("#requirements tr[data-met]").count() > 0
    assert page.locator("#resume mark").count() > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing wider than the phone
    # Keyboard: the first Tab reaches the skip link, the next ones the form's controls.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "resume-file"
    assert problems == []
    context.close()
