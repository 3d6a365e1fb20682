"""Generated text-layer noise, second round (issue #18): words run together and split apart.

``benchmarks/noise18.py`` made 15 kinds of noise; two stayed weak (two words run together,
a space inside a word). Real PDFs lose spaces and add them in many ways, so this table writes
each way as its own kind, from the same source lines (lines resumematch reads right: dev and
readable devel probe evidence lines whose term the line alone holds, and the vocabulary's names
and aliases), seeded 22:

- ``camel_join``: two words joined, the second capitalised ("PatientCare", "EpicEhr");
- ``lower_join``: two words joined as written ("vitalsigns", "Patientcare", "EpicEHR", "CPRcertified");
- ``line_join``: a line's last word glued to the next line's first (a lost line end);
- ``glued_number``: a number or a bracket glued to a word ("BLS(AHA)", "3years", "2019BLS");
- ``slash_amp_join``: "and", "&" or a comma between two words written as a bare "/" or "&";
- ``split_position``: a space inside a word, at each position in turn ("m ulti", "mu lti", ...);
- ``control``: lines that must keep exactly what they hold: compound words and product names
  that are one word ("MyChart", "healthcare", "JavaScript"), names, and pieces that are words
  in their own right ("the rapist", "car eplan");

and each kind also over trap and negated evidence lines (lines holding no term: they must gain
none). The table is ``tests/data/noise22_s21.json`` (read by ``tests/test_noise22_s21.py``), a
row per line: kind, clean line, noisy line, the terms the clean line holds, and whether the
noisy line held them when the table was written (``passes``; the test marks the others xfail).

Run: python benchmarks/noise22.py [--per-kind N] [--seed S] [--check]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from noise18 import held, noisy_lines, report_and_write, source_lines  # the same source lines and reading

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests/data/noise22_s21.json"

Noise = Callable[[str, random.Random], str | None]

_BETWEEN_WORDS = re.compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")
_WORD = re.compile(r"[A-Za-z]+")
_NEXT_TO_NUMBER = re.compile(r"(?<=[A-Za-z]) (?=[\d(\[])|(?<=[\d)\]]) (?=[A-Za-z])")
_LIST_JOINER = re.compile(r"(?<=[A-Za-z]) and (?=[A-Za-z])|(?<=[A-Za-z]) ?[&/,] ?(?=[A-Za-z])")
_GLUES = ("(AHA)", "(2019)", "2019", "3", "(x2)", "[1]", "2", "(current)", "(PRN)", "24/7")


def _join_at(line: str, at: int, capitalise: bool) -> str:
    rest = line[at + 1 :]
    if capitalise:
        rest = rest[:1].upper() + rest[1:]
    return line[:at] + rest


def camel_join(line: str, rng: random.Random) -> str | None:
    """Two words joined, the second capitalised: "PatientCare", "vitalSigns"."""
    spaces = list(_BETWEEN_WORDS.finditer(line))
    if not spaces:
        return None
    return _join_at(line, rng.choice(spaces).start(), capitalise=True)


def lower_join(line: str, rng: random.Random) -> str | None:
    """Two words joined as written: "vitalsigns", "EpicEHR", "CPRcertified"."""
    spaces = list(_BETWEEN_WORDS.finditer(line))
    if not spaces:
        return None
    return _join_at(line, rng.choice(spaces).start(), capitalise=False)


_PREVIOUS: list[str] = []
"""The pool of lines a line's first word is glued after (set by :func:`build`)."""


def line_join(line: str, rng: random.Random) -> str | None:
    """The line end before the line lost: the previous line's last word glued to the first."""
    if not _PREVIOUS or not line[:1].isalpha():
        return None
    before = rng.choice(_PREVIOUS)
    if not before[-1:].isalpha():
        return None
    return before + line


def glued_number(line: str, rng: random.Random) -> str | None:
    """A number or a bracket glued to a word: "BLS(AHA)", "3years", "2019BLS"."""
    spaces = list(_NEXT_TO_NUMBER.finditer(line))
    if spaces and rng.random() < 0.5:
        at = rng.choice(spaces).start()
        return line[:at] + line[at + 1 :]
    words = list(_WORD.finditer(line))
    if not words:
        return None
    word = rng.choice(words)
    glue = rng.choice(_GLUES)
    if rng.random() < 0.5:
        return line[: word.end()] + glue + line[word.end() :]
    return line[: word.start()] + glue + line[word.start() :]


def slash_amp_join(line: str, rng: random.Random) -> str | None:
    """ "and", "&", "/" or a comma between two words written as a bare "/" or "&"."""
    joints = list(_LIST_JOINER.finditer(line))
    if not joints:
        return None
    joint = rng.choice(joints)
    return line[: joint.start()] + rng.choice("/&") + line[joint.end() :]


_cut = 0


def split_position(line: str, rng: random.Random) -> str | None:
    """A space inside a word of three letters or more, at each position in turn."""
    global _cut
    words = [m for m in _WORD.finditer(line) if len(m.group()) >= 3]
    if not words:
        return None
    word = rng.choice(words)
    _cut += 1
    cut = 1 + _cut % (len(word.group()) - 1)
    return line[: word.start() + cut] + " " + line[word.start() + cut :]


CONTROLS = (
    "Patient portal: MyChart enrollment for new patients",
    "Charted in PowerChart and Cerner FirstNet",
    "eClinicalWorks and NextGen scheduling",
    "QuickBooks, Excel and PowerPoint",
    "Built forms in JavaScript and HTML",
    "Worked in healthcare for six years",
    "Workplace safety committee member",
    "Used PointClickCare for MDS and care plans",
    "Referred by Dr. McDonald and Dr. DeAngelo",
    "Supervisor: LaToya MacKenzie, RN",
    "Volunteer at St. Jude's and the YMCA",
    "Trained on SimplePractice and TherapyNotes",
    "Sent reports through RingCentral and TigerConnect",
    "Dashboards in PowerBI and QlikView",
    "the rapist was arrested by security",
    "Drove the company car eplan",
    "in formation",
    "for edge cases",
    "Notes: see attached",
    "Handled paperwork, filing and mail",
    "Ran the front desk at the YouthBuild office",
    "Member of LinkedIn and Facebook groups",
    "Coordinated with WellSky and HomeCare Homebase",
    "Applied for the iPhone app team at GitHub",
    "Earned the Eagle Scout award",
    "Read the DeVry handbook",
    "Manager: JoAnn O'Neil",
    "Lives in McAllen, Texas",
    "Doctorate (PhD) in Chemistry",
    "Working toward a DrPH",
    "Cashier at the Walmart Supercenter",
    "Took notes at the FedEx office",
    "Hired by PricewaterhouseCoopers",
    "Courses at the YWCA and JobCorps",
    "Wrote a notebook of everyday recipes",
    "Sold nothing; no billing experience",
    "Not yet certified in BLS",
    "therapist assistant notes",
    "Managed a database of caregivers",
    "Outpatient clinic in Northwestern Medicine",
)
"""Lines that must keep exactly the terms they hold: one-word compounds and product names,
names with a capital inside, and pieces that are words of their own."""

KINDS: dict[str, Noise] = {
    "camel_join": camel_join,
    "lower_join": lower_join,
    "line_join": line_join,
    "glued_number": glued_number,
    "slash_amp_join": slash_amp_join,
    "split_position": split_position,
}


def build(per_kind: int, seed: int) -> list[dict[str, object]]:
    holding, empty = source_lines()
    clean = sorted(holding)
    _PREVIOUS[:] = clean
    rows: list[dict[str, object]] = []
    for kind, line, noisy in noisy_lines(KINDS, clean, empty, per_kind, seed):
        if kind == "line_join":
            before = noisy[: len(noisy) - len(line)]
            terms = held(before + "\n" + line)
        else:
            terms = holding.get(line, frozenset())
        passes = held(noisy) == terms
        rows.append({"kind": kind, "clean": line, "noisy": noisy, "terms": sorted(terms), "passes": passes})
    for line in CONTROLS:
        terms = held(line)
        rows.append({"kind": "control", "clean": line, "noisy": line, "terms": sorted(terms), "passes": True})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--check", action="store_true", help="print the counts only")
    args = parser.parse_args()
    report_and_write(build(args.per_kind, args.seed), (*KINDS, "control"), TABLE, check=args.check)


if __name__ == "__main__":
    main()
