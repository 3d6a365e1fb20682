"""The extracted text exactly as it is, with every mention highlighted over it.

The text is cut at every mention's start and end; each piece that one or more mentions
cover becomes a ``<mark>`` coloured by the innermost mention's category (class
``c-<category>``, ``off`` when no mention over it counts, ``multi`` when mentions
overlap). An empty ``<span id="m-<i>" data-label="...">`` anchor marks where mention
``i`` starts, so a link can scroll to it and each mention's label is in the page once.
Nothing is added to or taken from the text: the element's ``textContent`` is the
document's text, punctuation and line breaks included (render it with ``white-space:
pre-wrap``). One pass over the sorted boundaries: linear in text and mentions, also
for a document extracted as one 2,000,000-character line.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ..models import Mention

__all__ = ["COUNTED", "highlighted_text", "mention_label"]

COUNTED = ("affirmed", "hedged")
"""Statuses whose mentions count (fully or half) and so are highlighted in colour."""


def mention_label(mention: Mention) -> str:
    """The label a highlighted mention carries: its category and its status."""
    return f"{mention.category.replace('_', ' ')} · {mention.status.replace('_', ' ')}"


def _title(mention: Mention) -> str:
    return f"{mention.name} ({mention.category.replace('_', ' ')}, {mention.status.replace('_', ' ')})"


def highlighted_text(text: str, mentions: Sequence[Mention], *, anchor_prefix: str = "m-") -> str:
    """HTML for ``text`` with ``mentions`` highlighted; anchor ids are ``anchor_prefix`` + the
    mention's index in ``mentions``."""
    size = len(text)
    spans = sorted((max(0, min(m.start, size)), max(0, min(m.end, size)), i) for i, m in enumerate(mentions))
    points = sorted({p for start, end, _ in spans for p in (start, end)} | {0, size})
    out: list[str] = []
    active: list[int] = []
    k = 0
    for a, b in zip(points, [*points[1:], size], strict=True):
        active = [i for i in active if spans[i][1] > a]
        while k < len(spans) and spans[k][0] <= a:
            index = spans[k][2]
            label = html.escape(mention_label(mentions[index]))
            out.append(f'<span id="{anchor_prefix}{index}" data-label="{label}"></span>')
            if spans[k][1] > a:
                active.append(k)
            k += 1
        if b <= a:
            continue
        piece = html.escape(text[a:b], quote=False)
        if not active:
            out.append(piece)
            continue
        over = [mentions[spans[i][2]] for i in active]
        inner = min(over, key=lambda m: (m.end - m.start, m.start))
        counted = [m for m in over if m.status in COUNTED]
        colour = min(counted, key=lambda m: (m.end - m.start, m.start)) if counted else inner
        classes = f"hl c-{colour.category}" + ("" if counted else " off") + (" multi" if len(over) > 1 else "")
        title = html.escape("; ".join(_title(m) for m in over))
        out.append(f'<mark class="{classes}" title="{title}">{piece}</mark>')
    return "".join(out)
