"""Generated text-layer noise (issue #18): the same terms through every kind of noise.

From lines resumematch reads correctly (the evidence lines of the dev labels and of the
readable devel probe sets whose term the line alone holds, and the vocabulary's names and
aliases), it writes each kind of noise real PDFs and converters produce, one kind a line,
and records the terms the clean line holds. A noisy line must hold the same terms; a clean
line that holds none (trap and negated evidence) must gain none. Seeded: the table is the
same on every run while the source lines are. Nothing is drawn from any set's errors.

The table is ``tests/data/noise18_s17.json`` (read by ``tests/test_noise18_s17.py``): each
row a kind, the clean line, the noisy one, the clean line's held terms and whether the noisy
line held them when the table was written (``passes``: the test marks the others xfail).

Run: python benchmarks/noise18.py [--per-kind N] [--seed S] [--check]
(``--check`` prints the per-kind pass counts without writing the table).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from resumematch import default_vocabulary, find_terms

ROOT = Path(__file__).resolve().parent.parent
DEV_LABELS = ROOT / "benchmarks/data/real-world/resumes"
PROBE = ROOT / "benchmarks/data/probe"
TABLE = ROOT / "tests/data/noise18_s17.json"
DEVEL_PROBES = (
    "office,fresh,clinical,fresh2,fields,fresh3,fields2,fresh4,fresh5,hcbiz,fields3,fields4,hcbiz2,fresh6,"
    "fresh7,fresh8,hcbiz3,fresh9,fresh10,fresh11,hcbiz4,fresh12,hcbiz5,mgmt,care2"
).split(",")
"""The devel group's probe sets tests may read (fresh13-fresh16 are measurement-only: tests/conftest.py)."""

Noise = Callable[[str, random.Random], str | None]
"""A noise kind: the noisy form of a line, or None when the kind cannot apply to it."""

_WORD = re.compile(r"[A-Za-z]+")
_BETWEEN_WORDS = re.compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")
_LIGATURES = {"ffi": "\ufb03", "ffl": "\ufb04", "ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02"}
_LIGATURE = re.compile("ffi|ffl|ff|fi|fl")
_BULLETS = (
    "\uf0b7",
    "\uf0a7",
    "\u2022",
    "\u25aa",
    "\u27a2",
    "\u00d8",
    "\u00a7",
    "\u25e6",
    "\u27a4",
    "\u2713",
    "o",
    "*",
)
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def _words(line: str, shortest: int) -> list[re.Match[str]]:
    return [m for m in _WORD.finditer(line) if len(m.group()) >= shortest]


def _at_word(line: str, rng: random.Random, shortest: int, insert: Callable[[str, int], str]) -> str | None:
    """``insert(word, cut)`` in place of one word of ``shortest`` letters or more, cut at a random inner place."""
    words = _words(line, shortest)
    if not words:
        return None
    word = rng.choice(words)
    cut = rng.randint(1, len(word.group()) - 1)
    return line[: word.start()] + insert(word.group(), cut) + line[word.end() :]


def split_inside(line: str, rng: random.Random) -> str | None:
    """A space inside a word: "Certi fied", "m ulti-tasker", "E pic"."""
    return _at_word(line, rng, 3, lambda w, c: f"{w[:c]} {w[c:]}")


def run_together(line: str, rng: random.Random) -> str | None:
    """Two words run together: "patientcare", "EpicEMR"."""
    spaces = list(_BETWEEN_WORDS.finditer(line))
    if not spaces:
        return None
    at = rng.choice(spaces).start()
    return line[:at] + line[at + 1 :]


def hyphen_line_end(line: str, rng: random.Random) -> str | None:
    """A word hyphenated at a line end: "docu-\\nmentation"."""
    words = _words(line, 6)
    if not words:
        return None
    word = rng.choice(words)
    cut = rng.randint(2, len(word.group()) - 2)
    return line[: word.start() + cut] + "-\n" + line[word.start() + cut :]


def phrase_line_break(line: str, rng: random.Random) -> str | None:
    """A phrase broken over a line end."""
    spaces = [m.start() for m in re.finditer(" ", line)]
    if not spaces:
        return None
    at = rng.choice(spaces)
    return line[:at] + "\n" + line[at + 1 :]


def ligature(line: str, rng: random.Random) -> str | None:
    """Ligature characters: "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ"."""
    if not _LIGATURE.search(line):
        return None
    return _LIGATURE.sub(lambda m: _LIGATURES[m.group()], line)


def _as_cp1252(text: str) -> str:
    """UTF-8 bytes read as cp1252 (a byte cp1252 leaves undefined read as Latin-1, as most readers do)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def ligature_mojibake(line: str, rng: random.Random) -> str | None:
    """A ligature's UTF-8 read as cp1252: "ï¬\\x81" for "ﬁ"."""
    with_ligatures = ligature(line, rng)
    return None if with_ligatures is None else _as_cp1252(with_ligatures)


def smart_punctuation(line: str, rng: random.Random) -> str | None:
    """Curly quotes and typographic dashes; a line with none is quoted."""
    out = re.sub(r"(?<=\w)'", "\u2019", line)
    out = re.sub(r"'", "\u2018", out)
    out = re.sub(r'"(?=\w)', "\u201c", out)
    out = out.replace('"', "\u201d")
    out = re.sub(r" - ", lambda _: rng.choice((" \u2013 ", " \u2014 ")), out)
    out = re.sub(r"(?<=\w)-(?=\w)", lambda _: rng.choice(("\u2010", "\u2011", "-")), out)
    if out == line:
        out = f"\u201c{line}\u201d"
    return out


def utf8_as_cp1252(line: str, rng: random.Random) -> str | None:
    """UTF-8 read as cp1252 ("â€™", "â€œ", "Ã©"): typography added first, then the whole line misread."""
    typographic = smart_punctuation(line, rng) or line
    if rng.random() < 0.5:
        typographic = f"\u2022 {typographic}"
    return _as_cp1252(typographic)


def odd_bullet(line: str, rng: random.Random) -> str | None:
    """A bullet of a symbol font or a converter: "", "•", "▪", "➢", "Ø", "§"."""
    bullet = rng.choice(_BULLETS)
    gaps = (" ", "  ", "\t") if bullet.isalpha() else (" ", "  ", "\t", "")  # "oCollect" is no bullet
    return bullet + rng.choice(gaps) + line


def fake_bold(line: str, rng: random.Random) -> str | None:
    """Each character of one to three words drawn twice ("fake bold"); a short line whole."""
    spans = [m.span() for m in re.finditer(r"\S+", line)]
    if len(spans) <= 3:
        start, end = 0, len(line)
    else:
        first = rng.randrange(len(spans))
        last = min(len(spans) - 1, first + rng.randint(0, 2))
        start, end = spans[first][0], spans[last][1]
    return line[:start] + "".join(c * 2 for c in line[start:end]) + line[end:]


def all_caps(line: str, rng: random.Random) -> str | None:
    """The line in capitals."""
    upper = line.upper()
    return None if upper == line else upper


def letter_spaced(line: str, rng: random.Random) -> str | None:
    """A heading's letters spaced ("S K I L L S"), words three spaces apart; short lines only."""
    words = line.split()
    if len(words) > 5:
        return None
    return "   ".join(" ".join(word) for word in words)


def no_break_spaces(line: str, rng: random.Random) -> str | None:
    """No-break spaces for some or all of the spaces."""
    spaces = [m.start() for m in re.finditer(" ", line)]
    if not spaces:
        return None
    chosen = {at for at in spaces if rng.random() < 0.5} or {rng.choice(spaces)}
    return "".join("\u00a0" if i in chosen else c for i, c in enumerate(line))


def zero_width(line: str, rng: random.Random) -> str | None:
    """A zero-width character inside a word and another beside a space."""
    out = _at_word(line, rng, 2, lambda w, c: w[:c] + rng.choice(_INVISIBLE) + w[c:])
    if out is None:
        return None
    spaces = [m.start() for m in re.finditer(" ", out)]
    if spaces:
        at = rng.choice(spaces) + rng.randint(0, 1)
        out = out[:at] + rng.choice(_INVISIBLE) + out[at:]
    return out


def soft_hyphen(line: str, rng: random.Random) -> str | None:
    """A soft hyphen inside one or two words."""
    out = _at_word(line, rng, 4, lambda w, c: f"{w[:c]}\u00ad{w[c:]}")
    if out is not None and rng.random() < 0.5:
        out = _at_word(out, rng, 4, lambda w, c: f"{w[:c]}\u00ad{w[c:]}")
    return out


KINDS: dict[str, Noise] = {
    "split_inside": split_inside,
    "run_together": run_together,
    "hyphen_line_end": hyphen_line_end,
    "phrase_line_break": phrase_line_break,
    "ligature": ligature,
    "ligature_mojibake": ligature_mojibake,
    "utf8_as_cp1252": utf8_as_cp1252,
    "smart_punctuation": smart_punctuation,
    "odd_bullet": odd_bullet,
    "fake_bold": fake_bold,
    "all_caps": all_caps,
    "letter_spaced": letter_spaced,
    "no_break_spaces": no_break_spaces,
    "zero_width": zero_width,
    "soft_hyphen": soft_hyphen,
}


def held(line: str) -> frozenset[str]:
    """The terms a line alone holds (an affirmed mention)."""
    return frozenset(m.term_id for m in find_terms(line)[1] if m.status == "affirmed")


def _label_files() -> list[Path]:
    files = sorted(DEV_LABELS.glob("*.json"))
    for name in DEVEL_PROBES:
        files += sorted((PROBE / name).glob("*.json"))
    return files


def source_lines() -> tuple[dict[str, frozenset[str]], list[str]]:
    """Clean lines that hold their labelled term, with what they hold; and evidence lines holding no term."""
    holding: dict[str, frozenset[str]] = {}
    empty: list[str] = []
    seen: set[str] = set()

    def read(line: str, term: str | None) -> None:
        line = " ".join(line.split())
        if not line or line in seen:
            return
        seen.add(line)
        terms = held(line)
        if term is not None and term in terms:
            holding[line] = terms
        elif term is None and not terms:
            empty.append(line)

    for path in _label_files():
        raw = json.loads(path.read_text("utf-8"))
        for entry in raw.get("expected", ()):
            read(entry["evidence"], entry["term"])
        for key in ("traps", "negated"):
            for entry in raw.get(key, ()):
                read(entry["evidence"], None)
    vocab = default_vocabulary()
    for term in vocab.terms:
        for form in (term.name, *term.aliases):
            read(form, term.id)
    return holding, empty


def noisy_lines(
    kinds: dict[str, Noise], clean: list[str], empty: list[str], per_kind: int, seed: int
) -> Iterator[tuple[str, str, str]]:
    """(kind, clean line, noisy line): for each kind, ``per_kind`` lines holding terms and a tenth as
    many holding none, in an order drawn from ``seed`` (the same rows whatever reads them)."""
    for k, (kind, noise) in enumerate(kinds.items()):
        rng = random.Random(seed * 1000 + k)
        for pool, count in ((clean, per_kind), (sorted(empty), per_kind // 10)):
            order = list(pool)
            rng.shuffle(order)
            taken = 0
            for line in order:
                if taken == count:
                    break
                noisy = noise(line, rng)
                if noisy is None or noisy == line:
                    continue
                yield kind, line, noisy
                taken += 1


def build(per_kind: int, seed: int) -> list[dict[str, object]]:
    holding, empty = source_lines()
    rows: list[dict[str, object]] = []
    for kind, line, noisy in noisy_lines(KINDS, sorted(holding), empty, per_kind, seed):
        terms = holding.get(line, frozenset())
        rows.append(
            {"kind": kind, "clean": line, "noisy": noisy, "terms": sorted(terms), "passes": held(noisy) == terms}
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--check", action="store_true", help="print the counts only")
    args = parser.parse_args()
    report_and_write(build(args.per_kind, args.seed), KINDS, TABLE, check=args.check)


def report_and_write(rows: list[dict[str, object]], kinds: Iterable[str], table: Path, *, check: bool) -> None:
    """Print each kind's passing rows; unless ``check``, write the table a row a line."""
    total = passed = 0
    for kind in kinds:
        mine = [r for r in rows if r["kind"] == kind]
        ok = sum(bool(r["passes"]) for r in mine)
        total, passed = total + len(mine), passed + ok
        print(f"{kind:20} {ok:4}/{len(mine)}")
    print(f"{'all':20} {passed:4}/{total}")
    if not check:
        table.write_text("[\n" + ",\n".join(json.dumps(row) for row in rows) + "\n]\n", "utf-8")
        print(f"wrote {table.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
