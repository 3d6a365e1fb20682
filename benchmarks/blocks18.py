"""Generated skill blocks and keyword lists (issue #18): every plain term in every list layout.

Unseen resumes lose terms that are named plainly but sit in layouts the reader does not take
apart. From the vocabulary itself (never from any set's misses) this writes, for each term with
a plain name or alias that resumematch reads alone on a line under a SKILLS heading, one block
per layout: the term among 4-12 neighbours (other terms' plain forms and plain non-terms such as
"Forklift"), laid out as resumes lay out lists: a long comma block, a run-on list with no
separator, pipes, bullets (a symbol font's private-use one too), dashes, slashes, semicolons,
wide gaps and tabs, two and three columns read across, a list wrapped mid-phrase, the term first
or last, capitals and Title Case, a header glued to the first item, soft skills as single
adjectives, pairs joined by "and"/"&", and notes in brackets ("Epic (3 yrs)"). A block must hold
exactly what its items hold one by one (under the heading): every placed term, and nothing a
neighbour's word joined across a separator makes. Seeded: the same table on every run while the
vocabulary is the same.

The test table is ``tests/data/blocks18_s18.json`` (read by ``tests/test_blocks18_s18.py``): a
fixed sample of rows per layout, each with whether the block held its terms when the table was
written (``passes``: the test marks the others xfail).

Run: python benchmarks/blocks18.py [--seed S] [--sample N] [--check]
(prints per layout: blocks whose target term is held, and blocks held exactly; ``--check``
does not write the table).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from resumematch import default_vocabulary, find_terms

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests/data/blocks18_s18.json"
HEADING = "SKILLS"

NON_TERMS = (
    "Forklift",
    "Cash Handling",
    "Typing 60 WPM",
    "Retail Sales",
    "Merchandising",
    "Photography",
    "Social Media",
    "Event Planning",
    "Graphic Design",
    "Carpentry",
    "Welding",
    "Payroll",
    "Google Docs",
    "Zoom",
    "Slack",
    "Adobe Photoshop",
    "Lifting 50 lbs",
    "French",
    "Mandarin",
    "Food Safety",
    "Barista",
    "Cold Calling",
    "Vendor Relations",
    "Landscaping",
    "Tutoring",
    "Shipping and Receiving",
    "Warehouse Operations",
    "Pallet Jack",
    "Python",
    "SQL",
    "Loss Prevention",
    "Visual Merchandising",
    "Key Holder",
    "Notary Public",
    "Filing",
    "Copywriting",
    "Spreadsheets",
    "Route Planning",
    "Fundraising",
    "Stocking",
)
"""Plain items that are no term (each checked at build time: one that holds a term is left out)."""

ADJECTIVES = (
    "Organized",
    "Dependable",
    "Reliable",
    "Punctual",
    "Compassionate",
    "Caring",
    "Empathetic",
    "Detail-oriented",
    "Meticulous",
    "Flexible",
    "Adaptable",
    "Self-motivated",
    "Proactive",
    "Self-starter",
    "Collaborative",
    "Multitasker",
    "Analytical",
    "Resourceful",
    "Professional",
    "Courteous",
    "Decisive",
    "Calm",
    "Team-oriented",
    "Diplomatic",
)
"""Soft skills written as one adjective; each counts where a comma list's middle item reads it."""

NOTES = ("(3 yrs)", "(5+ years)", "(advanced)", "(proficient)", "(2 years)", "(daily use)", "(expert)", "(2019-2024)")

Layout = Callable[[list[str], int, random.Random], str]
"""A layout: the block's text for its items (the target's index given) below the heading."""


def _joined(separator: str) -> Layout:
    return lambda items, _target, _rng: separator.join(items)


def _wrap(text: str, rng: random.Random, breaks: list[int]) -> str:
    """Line ends at ``breaks`` (positions of spaces) and about every 60 characters at a space."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    chosen = set(breaks)
    last = 0
    for at in spaces:
        if at - last > rng.randint(45, 75):
            chosen.add(at)
        if at in chosen:
            last = at
    return "".join("\n" if i in chosen else c for i, c in enumerate(text))


def comma_block(items: list[str], target: int, rng: random.Random) -> str:
    """A long keyword block, its lines ending after a comma (about 60 characters a line)."""
    lines = [items[0]]
    for item in items[1:]:
        if len(lines[-1]) > rng.randint(45, 75):
            lines[-1] += ","
            lines.append(item)
        else:
            lines[-1] += f", {item}"
    return "\n".join(lines)


def wrapped_mid_phrase(items: list[str], target: int, rng: random.Random) -> str:
    """A comma list wrapped anywhere, the target broken over the line end where it has a space."""
    text = ", ".join(items)
    start = sum(len(item) + 2 for item in items[:target])
    inside = [start + i for i, c in enumerate(items[target]) if c == " "]
    return _wrap(text, rng, [rng.choice(inside)] if inside else [])


def wide_spaces(items: list[str], target: int, rng: random.Random) -> str:
    return "".join(item + " " * rng.randint(2, 5) for item in items).rstrip()


def _columns(count: int, bullet: str) -> Layout:
    def layout(items: list[str], target: int, rng: random.Random) -> str:
        width = max(len(item) for item in items) + rng.randint(2, 4)
        rows = [items[i : i + count] for i in range(0, len(items), count)]
        return "\n".join("".join(f"{bullet}{item}".ljust(width + len(bullet)) for item in row).rstrip() for row in rows)

    return layout


def first_item(items: list[str], target: int, rng: random.Random) -> str:
    rest = items[:target] + items[target + 1 :]
    return ", ".join([items[target], *rest])


def last_item(items: list[str], target: int, rng: random.Random) -> str:
    rest = items[:target] + items[target + 1 :]
    return ", ".join([*rest, items[target]]) + rng.choice(("", "."))


def all_caps(items: list[str], target: int, rng: random.Random) -> str:
    return rng.choice((", ", " | ", " \u2022 ")).join(items).upper()


def title_case(items: list[str], target: int, rng: random.Random) -> str:
    words = ", ".join(items).split(" ")
    return " ".join(w[:1].upper() + w[1:] if w[:1].islower() else w for w in words)


HEADERS = (
    "Proficient in:",
    "Skills:",
    "SKILLS:",
    "Core Competencies",
    "Core Competencies:",
    "CORE COMPETENCIES",
    "Technical Skills:",
    "Areas of Expertise:",
    "Key Skills",
)


def header_glued(items: list[str], target: int, rng: random.Random) -> str:
    """A header and the list's first item with no space or line between ("Skills:Epic").

    The items' terms are read under the same header on its own line (:func:`build`)."""
    return rng.choice(HEADERS) + rng.choice((", ", " | ", " \u2022 ")).join(items)


def adjectives(items: list[str], target: int, rng: random.Random) -> str:
    return rng.choice((", ", " | ", " \u2022 ", "\n", " \uf0b7 ", "; ")).join(items)


def and_pairs(items: list[str], target: int, rng: random.Random) -> str:
    """Items in pairs joined by "and" or "&" ("Scheduling & Billing"), the pairs by commas."""
    pairs = [items[i : i + 2] for i in range(0, len(items), 2)]
    return ", ".join(rng.choice((" & ", " and ")).join(pair) for pair in pairs)


def paren_note(items: list[str], target: int, rng: random.Random) -> str:
    """A note in brackets after the target and some other items ("Epic (3 yrs)")."""
    noted = [
        f"{item} {rng.choice(NOTES)}" if i == target or rng.random() < 0.4 else item for i, item in enumerate(items)
    ]
    return rng.choice((", ", " | ", "\n")).join(noted)


LAYOUTS: dict[str, Layout] = {
    "comma_block": comma_block,
    "run_on": _joined(" "),
    "pipe": _joined(" | "),
    "bullet": _joined(" \u2022 "),
    "symbol_bullet": _joined(" \uf0b7 "),
    "dash": _joined(" - "),
    "slash": _joined("/"),
    "semicolon": _joined("; "),
    "wide_spaces": wide_spaces,
    "tabs": _joined("\t"),
    "columns2": _columns(2, "\u2022 "),
    "columns3": _columns(3, ""),
    "wrapped_mid_phrase": wrapped_mid_phrase,
    "first_item": first_item,
    "last_item": last_item,
    "all_caps": all_caps,
    "title_case": title_case,
    "header_glued": header_glued,
    "adjectives": adjectives,
    "and_pairs": and_pairs,
    "paren_note": paren_note,
}


@cache
def held(text: str) -> frozenset[str]:
    """The terms a text holds (affirmed mentions)."""
    return frozenset(m.term_id for m in find_terms(text)[1] if m.status == "affirmed")


def item_terms(item: str, heading: str = HEADING) -> frozenset[str]:
    """What an item holds alone on a line under the heading (an adjective: as a comma list's middle item)."""
    if item in ADJECTIVES:
        return held(f"{heading}\nForklift, {item}, Welding")
    return held(f"{heading}\n{item}")


def plain_forms() -> dict[str, list[str]]:
    """Each term's names and aliases read alone on a line under the heading, and its adjectives."""
    forms: dict[str, list[str]] = {}
    for term in default_vocabulary().terms:
        for form in (term.name, *term.aliases):
            if term.id in item_terms(form):
                forms.setdefault(term.id, []).append(form)
    for adjective in ADJECTIVES:
        for term_id in item_terms(adjective):
            forms.setdefault(term_id, []).append(adjective)
    return forms


def _targets(layout: str, forms: dict[str, list[str]], rng: random.Random) -> list[tuple[str, str]]:
    """Each term once with one of its plain forms; for the adjectives layout, each adjective three times."""
    if layout == "adjectives":
        return [(t, f) for t in sorted(forms) for f in forms[t] if f in ADJECTIVES for _ in range(3)]
    targets = []
    for term_id in sorted(forms):
        own = [f for f in forms[term_id] if f not in ADJECTIVES]
        if own:
            targets.append((term_id, rng.choice(own)))
    return targets


def build(seed: int) -> list[dict[str, object]]:
    forms = plain_forms()
    non_terms = [item for item in NON_TERMS if not item_terms(item)]
    rows: list[dict[str, object]] = []
    for k, (name, layout) in enumerate(LAYOUTS.items()):
        rng = random.Random(seed * 1000 + k)
        for term_id, target_form in _targets(name, forms, rng):
            count = rng.randint(4, 12)
            others = [t for t in sorted(forms) if t != term_id]
            items: list[str] = []
            taken = {term_id}
            while len(items) < count:
                if rng.random() < 0.4:
                    item = rng.choice(non_terms)
                else:
                    other = rng.choice(others)
                    if other in taken:
                        continue
                    taken.add(other)
                    item = rng.choice(forms[other])
                if item not in items and item != target_form:
                    items.append(item)
            target = rng.randrange(len(items) + 1)
            items.insert(target, target_form)
            block = layout(items, target, rng)
            glued = [h for h in HEADERS if name == "header_glued" and block.startswith(h)]
            heading = max(glued, key=len) if glued else HEADING
            text = block if name == "header_glued" else f"{HEADING}\n{block}"
            expected = frozenset().union(*(item_terms(item, heading) for item in items))
            got = held(text)
            rows.append(
                {
                    "layout": name,
                    "text": text,
                    "target": term_id,
                    "terms": sorted(expected),
                    "target_held": term_id in got,
                    "passes": got == expected,
                }
            )
    return rows


def sample(rows: list[dict[str, object]], per_layout: int, seed: int) -> list[dict[str, object]]:
    """A fixed sample of each layout's rows for the test."""
    rng = random.Random(seed)
    picked: list[dict[str, object]] = []
    for name in LAYOUTS:
        mine = [r for r in rows if r["layout"] == name]
        picked += rng.sample(mine, min(per_layout, len(mine)))
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--sample", type=int, default=30, help="rows per layout in the test table")
    parser.add_argument("--check", action="store_true", help="print the counts only")
    args = parser.parse_args()
    rows = build(args.seed)
    total = target_ok = exact_ok = 0
    print(f"{'layout':20} {'target held':>12} {'exact':>12}")
    for name in LAYOUTS:
        mine = [r for r in rows if r["layout"] == name]
        held_count = sum(bool(r["target_held"]) for r in mine)
        exact = sum(bool(r["passes"]) for r in mine)
        total, target_ok, exact_ok = total + len(mine), target_ok + held_count, exact_ok + exact
        print(f"{name:20} {held_count:5}/{len(mine):<6} {exact:5}/{len(mine):<6}")
    print(f"{'all':20} {target_ok:5}/{total:<6} {exact_ok:5}/{total:<6}")
    if not args.check:
        picked = sample(rows, args.sample, args.seed)
        TABLE.write_text("[\n" + ",\n".join(json.dumps(row) for row in picked) + "\n]\n", "utf-8")  # a row a line
        print(f"wrote {TABLE.relative_to(ROOT)} ({len(picked)} rows)", file=sys.stderr)


if __name__ == "__main__":
    main()
