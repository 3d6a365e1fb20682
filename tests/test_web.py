"""The web page and the JSON endpoint, through Starlette's TestClient (no network, no browser)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES

pytest.importorskip("starlette", reason="the web extra is not installed (pip install -e '.[web]')")
pytest.importorskip("multipart", reason="python-multipart (web extra) is not installed")
pytest.importorskip("httpx2", reason="httpx2 (test extra; Starlette's TestClient uses it) is not installed")

from starlette.testclient import TestClient

from resumematch.cli import main
from resumematch.extract import ExtractLimits
from resumematch.web import create_app

JOB_PATH = EXAMPLES / "jobs" / "clinical-coordinator.txt"
JOB = JOB_PATH.read_text("utf-8")
RESUME_TXT = EXAMPLES / "resumes" / "strong-fit-rn.txt"
RESUME_PDF = EXAMPLES / "resumes" / "strong-fit-rn.pdf"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _file(path: Path) -> tuple[str, bytes, str]:
    return (path.name, path.read_bytes(), "application/octet-stream")


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_home_page_is_a_form_with_a_strict_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and response.headers["x-content-type-options"] == "nosniff"
    page = response.text
    assert '<form id="check-form" method="post" action="/" enctype="multipart/form-data">' in page
    assert 'name="resume"' in page and 'name="job"' in page and 'name="job_file"' in page
    assert '<option value="clinical-coordinator" selected>' in page and 'value="software-engineer"' in page
    # Nothing from elsewhere, no inline script or style.
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", page))
    assert "<style" not in page and "style=" not in page
    for name in ("app.css", "app.js", "icon.svg"):
        assert client.get(f"/static/{name}").status_code == 200
    assert client.get("/static/../app.py").status_code == 404


def test_a_plain_form_post_returns_the_report_page(client: TestClient) -> None:
    response = client.post("/", files={"resume": _file(RESUME_TXT)}, data={"job": JOB})
    assert response.status_code == 200, response.text[:2000]
    page = response.text
    assert re.search(r'<span class="score" id="score">\d+</span>', page)
    assert 'id="requirements"' in page and "<tr data-met=" in page
    assert 'id="matched"' in page and 'id="missing"' in page and "points</li>" in page
    assert 'id="ats"' in page and 'id="suggestions"' in page
    assert re.search(r'<a href="#m-\d+" data-term="', page)  # a term links to its evidence
    assert "<mark class=" in page
    assert "Clinical Coordinator" in page.split("<textarea", 1)[1]  # the posting is kept for the next check
    assert response.headers["cache-control"] == "no-store"
    # Downloads, in three formats.
    token = re.search(r'href="/download/([\w-]+)/report\.json"', page)
    assert token
    data = client.get(f"/download/{token.group(1)}/report.json").json()
    assert f'id="score">{data["score"]:.0f}<' in page
    html = client.get(f"/download/{token.group(1)}/report.html")
    assert html.headers["content-disposition"] == 'attachment; filename="resumematch-report.html"'
    assert html.text.startswith("<!DOCTYPE html>")
    assert client.get(f"/download/{token.group(1)}/report.md").text.startswith("# Resume check")
    assert client.get("/download/not-a-token/report.json").status_code == 404


def test_the_partial_answer_is_the_report_fragment(client: TestClient) -> None:
    response = client.post("/?partial=1", files={"resume": _file(RESUME_TXT)}, data={"job": JOB})
    assert response.status_code == 200
    assert not response.text.startswith("<!DOCTYPE") and 'id="score"' in response.text


def _without_sources(data: dict) -> dict:  # type: ignore[type-arg]
    data["resume"].pop("source")
    data["job"].pop("source")
    return data


def test_api_check_returns_exactly_the_cli_json(client: TestClient) -> None:
    response = client.post("/api/check", files={"resume": _file(RESUME_PDF), "job_file": _file(JOB_PATH)})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    api = response.json()
    assert api["resume"]["source"] == "strong-fit-rn.pdf"
    code, out, err = _cli("check", str(RESUME_PDF), "--job", str(JOB_PATH), "--format", "json")
    assert code == 0, err
    assert _without_sources(api) == _without_sources(json.loads(out))


def test_api_takes_posting_text_and_a_vocabulary(client: TestClient) -> None:
    response = client.post(
        "/api/check",
        files={"resume": _file(EXAMPLES / "resumes" / "unrelated-software-engineer.docx")},
        data={
            "job": "Backend Engineer\nRequirements:\n- Python and PostgreSQL\n- Docker\n",
            "vocab": "software-engineer",
        },
    )
    assert response.status_code == 200, response.text
    assert {m["term_id"] for m in response.json()["matched"]} >= {"python"}


def test_openapi_describes_the_endpoint(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    body = schema["paths"]["/api/check"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert body["schema"]["required"] == ["resume"]


def test_a_corrupt_file_gets_the_cli_message_and_a_4xx(client: TestClient, tmp_path: Path) -> None:
    bad = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF"
    (tmp_path / "broken.pdf").write_bytes(bad)
    code, _, err = _cli("check", str(tmp_path / "broken.pdf"), "--job", str(JOB_PATH))
    assert code == 1
    message = err.removeprefix("resumematch: error: ").strip().replace(str(tmp_path / "broken.pdf"), "broken.pdf")

    api = client.post("/api/check", files={"resume": ("broken.pdf", bad, "application/pdf")}, data={"job": JOB})
    assert api.status_code == 422
    assert api.json()["error"]["message"] == message
    assert api.json()["error"]["type"] == "CorruptFileError"

    page = client.post("/", files={"resume": ("broken.pdf", bad, "application/pdf")}, data={"job": JOB})
    assert page.status_code == 422
    assert 'role="alert"' in page.text and html_escape(message) in page.text
    assert "Traceback" not in page.text and 'File "' not in page.text


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


@pytest.mark.parametrize(
    ("files", "data", "status", "kind"),
    [
        ({}, {"job": JOB}, 400, "InputError"),
        ({"resume": ("cv.txt", b"Registered nurse, BLS.", "text/plain")}, {"job": "  "}, 400, "InputError"),
        ({"resume": ("cv.rtf", b"{\\rtf1\\ansi hello}", "application/rtf")}, {"job": JOB}, 415,
         "UnsupportedFormatError"),
        ({"resume": ("cv.txt", b"Registered nurse, BLS.", "text/plain")}, {"job": JOB, "vocab": "../../etc/x"}, 400,
         "VocabError"),
        ({"resume": ("cv.txt", b"", "text/plain")}, {"job": JOB}, 422, "EmptyDocumentError"),
    ],
)  # fmt: skip
def test_bad_input_is_a_clear_4xx(client: TestClient, files: dict, data: dict, status: int, kind: str) -> None:  # type: ignore[type-arg]
    response = client.post("/api/check", files=files or {"x": ("x", b"", "text/plain")}, data=data)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["type"] == kind
    assert error["message"] and "Traceback" not in error["message"]


def test_a_one_line_posting_is_text_never_a_path_on_the_server(client: TestClient, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Registered nurse with BLS, ACLS and Epic. TOP-SECRET-MARKER", "utf-8")
    response = client.post(
        "/api/check", files={"resume": ("cv.txt", b"Registered nurse, BLS.", "text/plain")}, data={"job": str(secret)}
    )
    assert response.status_code == 422  # the path, read as a posting, names no terms
    assert "TOP-SECRET-MARKER" not in response.text


def test_every_text_shown_is_escaped(client: TestClient) -> None:
    resume = b"<script>alert(1)</script> Registered Nurse <img src=x onerror=alert(2)>, BLS\n"
    response = client.post(
        "/", files={"resume": ("<b>cv</b>.txt", resume, "text/plain")}, data={"job": JOB + "\n<script>x()</script>"}
    )
    assert response.status_code == 200
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "<script>x()" not in response.text


def test_uploads_are_limited_in_size() -> None:
    client = TestClient(create_app(limits=ExtractLimits(max_bytes=50_000)))
    big = b"Registered nurse. " * 5_000  # 90,000 bytes: over the file limit, under the body limit
    response = client.post("/api/check", files={"resume": ("cv.txt", big, "text/plain")}, data={"job": JOB})
    assert response.status_code == 413 and response.json()["error"]["type"] == "FileTooLargeError"
    huge = b"x" * (2 * 50_000 + 2**20 + 10)  # over the body limit: refused before it is read
    response = client.post("/", files={"resume": ("cv.txt", huge, "text/plain")}, data={"job": JOB})
    assert response.status_code == 413 and 'role="alert"' in response.text
    assert "content-security-policy" in response.headers


def test_serve_says_how_to_install_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from resumematch.web import serve

    monkeypatch.setattr(serve, "missing_packages", lambda: ["uvicorn"])
    code, _, err = _cli("serve")
    assert code == 1 and 'pip install "resumematch[web]"' in err and "uvicorn" in err


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("localhost", False), ("0.0.0.0", True)])
def test_serve_warns_when_listening_beyond_this_computer(
    monkeypatch: pytest.MonkeyPatch, host: str, warned: bool
) -> None:
    from resumematch.web import serve

    calls = []
    monkeypatch.setattr(serve, "run", lambda h, p: calls.append((h, p)))
    code, _, err = _cli("serve", "--host", host, "--port", "8123")
    assert code == 0 and calls == [(host, 8123)]
    assert ("warning" in err) is warned
    assert f"http://{host}:8123/" in err
