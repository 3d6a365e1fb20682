"""Does blind review hold? Leaks per kind of identity detail, and what redaction costs.

Generates resumes with planted identity details (``blind_corpus.py``: every kind issue
#24 lists, each resume as text, PDF and DOCX), reads them as ``rank`` does, and counts
the planted details still visible after redaction, per kind and per format, in two
places: the whole redacted text (the strict test: any line could become an evidence
snippet) and the rows of ``rank(blind=True)``. Baselines in the same run: no redaction,
and the redactor before issue #24 (``src/resumematch/batch/blind.py`` at commit
``BEFORE``, read with ``git show``). Then what redaction removes that it should keep
(the skills, employers and work authorisation planted beside the identity), and the
score of the redacted text against the score of the original on the generated
resumes, the bundled examples and the real-world resumes (``/work/shared/fixtures``).

    python benchmarks/blind_review.py [-n 60]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _common import EXAMPLES, FIXTURES, ROOT, table
from blind_corpus import Person, make_people, write_people

import resumematch
from resumematch import check, extract, extract_text, rank
from resumematch.batch.blind import Redactor
from resumematch.batch.identity import identity_rules
from resumematch.batch.names import find_name, name_pattern

BEFORE = "408cc06"
JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
KINDS = ("name", "email", "phone", "social", "address", "place", "age", "birth_date", "pronoun", "gender",
         "marital", "religion", "nationality", "photo")  # fmt: skip
_SUBSTRING = {"email", "social", "photo", "phone", "birth_date", "address"}
_PLACEHOLDER = re.compile(
    r"\[(?:name|email|phone|url|handle|address|age|birth date|pronoun|gender|marital status|religion|nationality"
    r"|photo|year|file)\]"
)

Redact = Callable[[str], str]


def _before() -> Redact | None:
    """The redactor as it was before issue #24, or None outside a git checkout."""
    try:
        source = subprocess.run(
            ["git", "show", f"{BEFORE}:src/resumematch/batch/blind.py"], cwd=ROOT, capture_output=True, check=True
        ).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("blind_before")
    sys.modules[module.__name__] = module
    exec(compile(source, "blind_before.py", "exec"), module.__dict__)  # our own earlier code
    return lambda text: module.Redactor.for_text(text).redact(text)  # type: ignore[no-any-return]


def _after(text: str) -> str:
    return Redactor.for_text(text).redact(text)


def _after_years_kept(text: str) -> str:
    """The new redactor without its year rule: what the identity rules alone cost the score."""
    for rule in identity_rules():
        if rule.kind != "year":
            text = rule.pattern.sub(rule.placeholder, text)
    names = name_pattern(find_name(text))
    return names.sub("[name]", text) if names else text


def leaked(kind: str, value: str, shown: str) -> bool:
    """Whether the planted ``value`` is still visible in ``shown`` (placeholders removed)."""
    shown = _PLACEHOLDER.sub(" ", shown)
    if kind in _SUBSTRING or (kind == "name" and value.islower()):  # "nunez" in "josenunez47"
        if value.lower() in shown.lower():
            return True
        if kind == "phone":  # a phone cut in two still shows its longest digit run
            longest = max(re.findall(r"\d+", value), key=len)
            return bool(re.search(rf"(?<!\d){longest}(?!\d)", shown))
        return False
    flags = 0 if kind == "photo" else re.IGNORECASE
    return bool(re.search(rf"(?<![\w/]){re.escape(value)}(?![\w/])", shown, flags))


def _texts(paths: dict[str, list[Path]]) -> dict[str, list[str]]:
    """Each file's text as ``rank`` reads it (pypdfium2 for PDFs)."""
    return {kind: [extract(p, engine="pypdfium2").text for p in files] for kind, files in paths.items()}


def leak_table(people: list[Person], texts: dict[str, list[str]], redactors: dict[str, Redact | None]) -> str:
    rows = []
    counts = {name: {kind: Counter[str]() for kind in texts} for name in redactors}
    totals: Counter[str] = Counter()
    for fmt, shown_texts in texts.items():
        for person, text in zip(people, shown_texts, strict=True):
            for name, redact in redactors.items():
                if redact is None:
                    continue
                shown = redact(text)
                for planted in person.planted:
                    counts[name][fmt][planted.kind] += leaked(planted.kind, planted.value, shown)
            for planted in person.planted:
                totals[planted.kind] += 1 if fmt == "txt" else 0
    for kind in KINDS:
        row: list[object] = [kind, totals[kind] * len(texts)]
        for name, redact in redactors.items():
            row.append("-" if redact is None else sum(counts[name][fmt][kind] for fmt in texts))
        row.append(" / ".join(str(counts["after"][fmt][kind]) for fmt in texts))
        rows.append(row)
    rows.append(["all", sum(totals.values()) * len(texts)] + [
        "-" if r is None else sum(sum(c.values()) for c in counts[n].values()) for n, r in redactors.items()
    ] + [" / ".join(str(sum(counts["after"][fmt].values())) for fmt in texts)])  # fmt: skip
    return table(["kind", "planted", *redactors, "after by " + " / ".join(texts)], rows)


def kept_table(people: list[Person], texts: dict[str, list[str]], redactors: dict[str, Redact | None]) -> str:
    """How many of the skills, employers, roles and work-authorisation words survive."""
    rows = []
    for name, redact in redactors.items():
        if redact is None:
            continue
        kept = total = 0
        for shown_texts in texts.values():
            for person, text in zip(people, shown_texts, strict=True):
                shown = redact(text)
                total += len(person.kept)
                kept += sum(item in shown for item in person.kept)
        rows.append([name, total, kept, f"{kept / total:.3f}"])
    return table(["redactor", "kept items", "still shown", "share"], rows)


def rank_leaks(people: list[Person], paths: dict[str, list[Path]]) -> str:
    """Leaks in what ``rank(blind=True)`` actually shows, and its scores against non-blind."""
    profile = resumematch.analyze(JOB)
    by_path = {str(p): person for files in paths.values() for p, person in zip(files, people, strict=True)}
    all_paths = list(by_path)
    blind = {r.file: r for r in rank(profile, all_paths, workers=0, blind=True)}
    plain = {r.file: r for r in rank(profile, all_paths, workers=0)}
    leaks: Counter[str] = Counter()
    for path, row in blind.items():
        data = row.to_dict()  # the texts a row shows (its numbers are scores, not ages)
        texts = [t.get("evidence", "") for t in data["matched"]] + [w["message"] for w in data["warnings"]]
        shown = "\n".join([*texts, json.dumps(data["error"], ensure_ascii=False), str(data["id"])])
        for planted in by_path[path].planted:
            leaks[planted.kind] += leaked(planted.kind, planted.value, shown)
    diff = statistics.mean(abs((blind[p].score or 0) - (plain[p].score or 0)) for p in all_paths)
    lines = [f"rank(blind=True) rows of {len(all_paths)} files: leaks {sum(leaks.values())} "
             f"({', '.join(f'{k} {v}' for k, v in leaks.items() if v) or 'none'}); "
             f"mean |blind score - plain score| = {diff:.2f}"]  # fmt: skip
    return "\n".join(lines)


def blind_vs_plain(sets: dict[str, list[Path]]) -> str:
    """``rank(blind=True)`` against ``rank()`` on real files: the score must not move."""
    profile = resumematch.analyze(JOB)
    rows = []
    for name, paths in sets.items():
        blind = {r.file: r.score for r in rank(profile, paths, workers=0, blind=True)}
        plain = {r.file: r.score for r in rank(profile, paths, workers=0)}
        diffs = [abs((blind[p] or 0) - (plain[p] or 0)) for p in plain]
        rows.append([name, len(paths), f"{statistics.mean(diffs):.2f}", f"{max(diffs):.2f}"])
    return table(["resumes", "n", "mean |blind - plain score|", "max"], rows)


def redaction_speed(texts: list[str], redactors: dict[str, Redact | None]) -> str:
    """Milliseconds to redact one resume's whole text (reading the name included)."""
    rows = []
    for name, redact in redactors.items():
        if redact is None or name == "none":
            continue
        redact(texts[0])  # word lists and patterns are built once per process
        started = time.perf_counter()
        for text in texts:
            redact(text)
        rows.append([name, len(texts), f"{(time.perf_counter() - started) * 1000 / len(texts):.2f}"])
    return table(["redactor", "texts", "ms per resume"], rows)


def score_loss(sets: dict[str, list[str]], redactors: dict[str, Redact | None]) -> str:
    """The score of each redacted text against the original's, and the terms it loses."""
    profile = resumematch.analyze(JOB)
    rows = []
    for set_name, texts in sets.items():
        originals = [check(extract_text(t), job=profile) for t in texts]
        for name, redact in redactors.items():
            if redact is None or name == "none":
                continue
            diffs, lost = [], []
            for text, original in zip(texts, originals, strict=True):
                report = check(extract_text(redact(text)), job=profile)
                diffs.append(abs(report.score - original.score))
                before = {m.term_id for m in original.matched}
                lost.append(len(before - {m.term_id for m in report.matched}))
            rows.append([set_name, len(texts), name, f"{statistics.mean(diffs):.2f}", f"{max(diffs):.1f}",
                         f"{statistics.mean(lost):.2f}"])  # fmt: skip
    return table(["resumes", "n", "redactor", "mean |score change|", "max", "terms lost / resume"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=60, help="generated resumes (each in three formats)")
    args = parser.parse_args()
    people = make_people(args.n)
    redactors: dict[str, Redact | None] = {"none": lambda text: text, "before": _before(), "after": _after}
    with tempfile.TemporaryDirectory() as folder:
        paths = write_people(Path(folder), people)
        texts = _texts(paths)
        print(f"{args.n} generated resumes x {len(paths)} formats; leaks = planted details still shown\n")
        print(leak_table(people, texts, redactors))
        print()
        print(kept_table(people, texts, redactors))
        print()
        print(rank_leaks(people, paths))
    print()
    sets = {"generated (txt)": texts["txt"]}
    sets["examples"] = [extract(p, engine="pypdfium2").text for p in sorted((EXAMPLES / "resumes").iterdir())]
    real = [p for p in sorted((FIXTURES / "real-world" / "resumes").rglob("*.*")) if p.suffix in (".pdf", ".docx")]
    if real:
        sets["real-world"] = [extract(p, engine="pypdfium2").text for p in real]
    print(score_loss(sets, {**redactors, "after, years kept": _after_years_kept}))
    print()
    files = {"examples": sorted((EXAMPLES / "resumes").iterdir())}
    if real:
        files["real-world"] = real
    print(blind_vs_plain({k: [str(p) for p in v] for k, v in files.items()}))
    print()
    print(redaction_speed([t for texts in sets.values() for t in texts], redactors))
    print("\n(The score of a blind row is the score of the original text: the change above is what a scorer")
    print("reading only the redacted text would lose, i.e. what redaction takes away from the evidence shown.)")


if __name__ == "__main__":
    main()
