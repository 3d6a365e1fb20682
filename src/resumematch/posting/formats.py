"""A job posting as job boards publish it: its own fields, and the body a recruiter reads.

Postings arrive as plain text, Markdown with TOML (``+++``) or YAML (``---``) front
matter, HTML (a saved page or a pasted fragment) and, through extraction, PDF and DOCX.
Each format names its title, organisation and location in its own way: front-matter
fields, ``<h1>``/``<title>``, header lines ("TITLE:", "EMPLOYER:") or the first line of a
plain-text posting. Reading those as fields, and only the body as statements, keeps the
front matter out of the requirements and the title out of a sentence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..extract import extract_text
from ..models import Document

__all__ = ["FIELDS_HEADING", "PostingSource", "fields_start", "posting_body", "read_posting"]

_TOML_FRONT = re.compile(r"\A\ufeff?\s*\+\+\+[ \t]*\n(?P<meta>.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_YAML_FRONT = re.compile(r"\A\ufeff?\s*---[ \t]*\n(?P<meta>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HTML_START = re.compile(
    r"\A\ufeff?\s*(?:<!doctype\s+html|<html\b|<(?:body|div|p|h[1-6]|ul|ol|section|article)\b)", re.I
)
_HEADER_LINE = re.compile(
    r"^\s*(?P<key>job\s+title|title|position|role|employer|organi[sz]ation|company|hiring\s+organi[sz]ation|"
    r"location|salary|pay|job\s+type|closing\s+date|reference|ref)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_FIELD_ALIASES = {
    "title": "title", "job title": "title", "position": "title", "role": "title", "job_title": "title",
    "name": "title", "employer": "organisation", "organization": "organisation", "organisation": "organisation",
    "company": "organisation", "hiring organization": "organisation", "hiring organisation": "organisation",
    "hiring_organization": "organisation", "location": "location", "job_location": "location",
}  # fmt: skip
# Front-matter fields that state a requirement ("aa_degrees_required = 'High school degree required'").
_REQUIREMENT_FIELD = re.compile(
    r"(?:^|_)(?:degrees?|education|requirements?|qualifications?|licen[cs]es?|certifications?)(?:_|$)", re.I
)
# The heading under which a posting's fields' requirements are listed after its body. It is
# not the body's own: a body of prose with no heading of its own is read sentence by sentence
# for what it asks (``fields_start``, read by analysis.py), whether or not its fields state a degree.
FIELDS_HEADING = "Requirements:"
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?P<text>\S(?:.*?\S)?)\1")
_MARKDOWN_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_TITLE_MAX_WORDS = 14


@dataclass(frozen=True)
class PostingSource:
    """A posting's own fields and the body text its statements are read from."""

    body: str
    """The text to analyse: front matter removed, HTML turned into lines, Markdown marks dropped."""
    title: str | None = None
    organisation: str | None = None
    location: str | None = None
    requirement_lines: tuple[str, ...] = ()
    """Requirements stated by fields rather than prose (a front matter's degree field)."""
    fields: Mapping[str, str] = field(default_factory=dict)
    """Every other field the format gave, as text."""
    body_offset: int = 0
    """Where ``body`` starts in the original text, when it is a slice of it (else 0)."""


def read_posting(text: str) -> PostingSource:
    """The fields and body of a posting's text, whatever format it was published in.

    >>> read_posting('+++\\ntitle = "Medical Assistant"\\n+++\\nRequirements: CMA').title
    'Medical Assistant'
    """
    front = _TOML_FRONT.match(text) or _YAML_FRONT.match(text)
    if front is not None:
        meta = _parse_front_matter(front.group("meta"), toml=front.re is _TOML_FRONT)
        if meta is not None:
            return _from_fields(meta, _markdown_body(text[front.end() :]), body_offset=front.end())
    if _HTML_START.match(text):
        return _from_html(text)
    return _from_plain(text)


def _parse_front_matter(meta: str, *, toml: bool) -> dict[str, Any] | None:
    try:
        if toml:
            return tomllib.loads(meta)
        import yaml  # a well-kept YAML parser; front matter is the only YAML resumematch reads

        data = yaml.safe_load(meta)
    except Exception:
        return None
    return data if isinstance(data, dict) else None


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return " ".join(str(value).split()) if value is not None else ""


def _from_fields(meta: Mapping[str, Any], body: str, *, body_offset: int = 0) -> PostingSource:
    named: dict[str, str] = {}
    requirements: list[str] = []
    others: dict[str, str] = {}
    for key, value in meta.items():
        text = _text(value)
        if not text or text in {"-", "None"}:
            continue
        canonical = _FIELD_ALIASES.get(str(key).lower().replace("-", " ").strip())
        if canonical and canonical not in named:
            named[canonical] = text.strip(" .")
        elif _REQUIREMENT_FIELD.search(str(key)):
            requirements.append(text if text.endswith(".") else text + ".")
        else:
            others[str(key)] = text
    return PostingSource(
        body=body,
        title=named.get("title"),
        organisation=named.get("organisation"),
        location=named.get("location"),
        requirement_lines=tuple(requirements),
        fields=others,
        body_offset=body_offset,
    )


def _markdown_body(body: str) -> str:
    """Markdown as the lines a reader sees: headings as their text, emphasis and links as words."""
    lines = []
    for line in body.split("\n"):
        heading = _MARKDOWN_HEADING.match(line)
        if heading:
            line = heading.group("text")
        line = _MARKDOWN_LINK.sub(lambda m: m.group("text"), line)
        line = _MARKDOWN_EMPHASIS.sub(lambda m: m.group("text"), line)
        lines.append(line.replace("\\", "") if "\\" in line else line)
    return "\n".join(lines)


_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "br",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav", "footer", "form"})


def _from_html(text: str) -> PostingSource:
    """HTML through lxml's parser: block elements become lines, list items bullet points."""
    import lxml.html  # python-docx's own dependency

    try:
        root = lxml.html.document_fromstring(text)
    except Exception:
        return _from_plain(text)
    page_title = root.findtext(".//title")
    h1 = root.find(".//h1")
    heading = " ".join(h1.text_content().split()) if h1 is not None else ""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        current.clear()
        if line:
            lines.append(line)

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED_TAGS:
            if element.tail:
                current.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            if tag == "li":
                current.append("- ")
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                lines.append("")
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol"}:
                lines.append("")
        if element.tail:
            current.append(element.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    text_body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    title = heading or (" ".join(page_title.split()) if page_title else None)
    plain = _from_plain(text_body)
    return PostingSource(
        body=text_body if not heading else plain.body,
        title=title or plain.title,
        organisation=plain.organisation,
        location=plain.location,
        fields=plain.fields,
    )


def _from_plain(text: str) -> PostingSource:
    """Header lines a job board prepends ("TITLE: ...", "EMPLOYER: ...") are fields; without
    them, a short first line that is not a sentence is the title (NHS and e-mailed postings
    open with the title, then the employer)."""
    lines = text.split("\n")
    named: dict[str, str] = {}
    others: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    start = index
    while index < len(lines):
        header = _HEADER_LINE.match(lines[index])
        if header is None:
            break
        key = " ".join(header.group("key").lower().split())
        canonical = _FIELD_ALIASES.get(key)
        value = header.group("value").strip()
        if canonical:
            named.setdefault(canonical, value.strip(" ."))
        else:
            others[key] = value
        index += 1
    if index > start:
        offset = sum(len(line) + 1 for line in lines[:index])
        return PostingSource(
            body=text[offset:],
            title=named.get("title"),
            organisation=named.get("organisation"),
            location=named.get("location"),
            fields=others,
            body_offset=offset,
        )
    title = _first_line_title(lines[start]) if start < len(lines) else None
    return PostingSource(body=text, title=title)


def _first_line_title(line: str) -> str | None:
    """A posting's first line is its title when it reads as one: short, not a sentence,
    not a heading of the posting's sections."""
    # a markdown heading or bold line ("# Patient Care Coordinator", "**Medical Assistant**")
    stripped = line.strip().lstrip("#").strip().strip("*_").strip().rstrip(".").strip()
    words = stripped.split()
    if not words or len(words) > _TITLE_MAX_WORDS or stripped.endswith(":"):
        return None
    if re.search(r"[.!?]\s", stripped) or stripped[0].islower():
        return None
    lowered = stripped.lower()
    if lowered.startswith(("about ", "job description", "skip to", "we are", "we're", "our ", "the ", "join ")):
        return None
    return stripped


def fields_start(text: str, fields: PostingSource | None) -> int:
    """Where the list of the requirements ``fields`` state starts in a body built by
    :func:`posting_body` (the text's length when they state none)."""
    if fields is None or not fields.requirement_lines:
        return len(text)
    at = text.rfind(f"\n\n{FIELDS_HEADING}\n")
    return len(text) if at == -1 else at + 2


def posting_body(document: Document, fields: PostingSource) -> Document:
    """The Document whose statements are read: ``document`` itself when its text is the
    body, else the body as a text Document of the same source, with the requirements its
    fields state (a front matter's degree field, "No degree required" too) listed under a
    "Requirements" heading, and the title its fields give as the first line (a title names
    terms too: "Medical Assistant")."""
    if fields.body == document.text and not fields.requirement_lines:
        return document
    text = fields.body
    if fields.title and fields.title.lower() not in text[:300].lower():
        text = f"{fields.title}\n\n{text}"
    if fields.requirement_lines:
        text = (
            text.rstrip("\n") + f"\n\n{FIELDS_HEADING}\n" + "".join(f"- {line}\n" for line in fields.requirement_lines)
        )
    return extract_text(text, source=document.source)
