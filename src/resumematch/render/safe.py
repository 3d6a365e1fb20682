"""Neutralise text from documents and file names before it goes into CSV or Markdown.

A resume, a posting and a file name are written by strangers. Two outputs would
otherwise execute what they say:

* **CSV opened in a spreadsheet** (formula injection, OWASP "CSV Injection"): a cell
  that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
  formula (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). OWASP's rule: prefix such a
  cell with a single quote, which spreadsheets show as text. So that a program
  reading the file back gets the original value (``rank --resume`` does),
  :func:`csv_cell` also prefixes a cell that already starts with a quote, and
  :func:`csv_value` removes exactly one leading quote: the mapping is reversible.
* **Markdown rendered to HTML**: raw HTML (``<img onerror=...>``, ``<script>``) and
  link syntax (``[click](javascript:...)``, ``![](http://tracker/)``) from a document
  would become live HTML and links. :func:`md_text` writes ``&``, ``<`` and ``>`` as
  entities and backslash-escapes every character Markdown gives a meaning to, so the
  text shows exactly as written and nothing in it is markup.
"""

from __future__ import annotations

import re

__all__ = ["CSV_TRIGGERS", "csv_cell", "csv_value", "md_cell", "md_text"]

CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP)."""


def csv_cell(value: str) -> str:
    """``value`` safe as a spreadsheet cell: a leading formula character (or quote) gets a ``'`` before it."""
    if value.startswith((*CSV_TRIGGERS, "'")):
        return "'" + value
    return value


def csv_value(cell: str) -> str:
    """The value :func:`csv_cell` was given (one leading ``'`` removed)."""
    return cell[1:] if cell.startswith("'") else cell


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:])")


def md_text(value: str) -> str:
    """``value`` as literal Markdown text: no HTML, no link, no emphasis, on one line."""
    text = " ".join(value.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def md_cell(value: str) -> str:
    """``value`` as literal text inside a Markdown table cell (``|`` escaped too)."""
    return md_text(value)
