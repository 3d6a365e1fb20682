"""The HTML report in a real headless browser (Debian's chromium).

The test run never installs anything: without a chromium on PATH the test is skipped
with a reason. ``scripts/install-chromium`` installs it (root and apt-get), and
``.ci/run`` runs that script before the test command. The test renders a bundled
example's report, checks the rendered DOM (highlights, chart, requirements table),
that the page logged no JavaScript error, and writes a screenshot whose path it prints.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, need

from resumematch import check
from resumematch.render.html import mention_label, report_html

pytestmark = pytest.mark.slow  # runs a headless browser

_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
]  # fmt: skip


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, *_FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_html_report_renders_in_chromium(chromium: str, tmp_path: Path) -> None:
    report = check(
        need(EXAMPLES / "resumes" / "strong-fit-rn.pdf"), job=need(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    )
    page = tmp_path / "report.html"
    page.write_text(report_html(report), "utf-8")

    dumped = _run(chromium, tmp_path / "profile-dom", "--dump-dom", page.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    assert 'id="score-chart"' in dom and dom.count('class="points"') == sum(1 for p in report.parts if p.weight)
    assert dom.count("<tr data-met=") == len(report.requirements)
    resume_dom = dom[dom.index('id="resume"') :]
    resume_dom = resume_dom[resume_dom.index(">") + 1 : resume_dom.index("</div>")]
    # The text exactly as extracted ("practices.", "(AAMA)"), one anchor per mention.
    assert html.unescape(re.sub(r"<[^>]+>", "", resume_dom)) == report.resume.text
    labels = re.findall(r'<span id="m-\d+" data-label="([^"]+)"', resume_dom)
    assert sorted(html.unescape(label) for label in labels) == sorted(mention_label(m) for m in report.mentions)
    assert resume_dom.count("<mark") >= len({(m.start, m.end) for m in report.mentions})
    assert not re.search(r"Uncaught|SyntaxError|TypeError|ReferenceError", dumped.stderr)

    screenshot = tmp_path / "report.png"
    shot = _run(
        chromium, tmp_path / "profile-shot", f"--screenshot={screenshot}", "--window-size=1280,2400", page.as_uri()
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000  # a page with content, not a blank frame
    print(f"\nHTML report screenshot: {screenshot}")
