"""Generate a corpus of resumes for the batch benchmark: a seeded mix of PDF, DOCX and text.

    python benchmarks/make_corpus.py /tmp/corpus --n 5000

Each resume is about one page: a name and contact line, a summary, two or three
roles, skills, certifications and education, drawn from the shipped vocabulary so
that scores spread out. The same ``--seed`` gives the same files. Nothing here is
committed: the corpus is rebuilt when needed.
"""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path

import docx
from fpdf import FPDF

from resumematch import default_vocabulary

FIRST = ["Maria", "James", "Aisha", "Chen", "Olga", "Samuel", "Priya", "Tom", "Fatima", "Lucas"]
LAST = ["Gonzalez", "Smith", "Okafor", "Wang", "Petrova", "Baker", "Patel", "Nguyen", "Haddad", "Silva"]
FILLER = [
    "Worked closely with physicians and families on a busy medical-surgical unit.",
    "Kept records accurate and up to date in a fast-paced environment.",
    "Trained new staff and took part in weekly quality meetings.",
    "Handled a caseload of 20 to 30 patients per shift.",
    "Known for calm communication under pressure.",
]


def resume_text(rng: random.Random, names: list[str]) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    picks = rng.sample(names, k=min(len(names), rng.randint(4, 24)))
    roles = []
    for index in range(rng.randint(2, 3)):
        start = rng.randint(2005, 2019)
        duties = "; ".join(picks[index::3][:5]) or "patient care"
        roles.append(
            f"Staff position {index + 1}, General Hospital, {start} - {start + rng.randint(1, 4)}\n"
            f"{duties}. {rng.choice(FILLER)}"
        )
    return "\n".join(
        [
            person,
            f"{person.split()[0].lower()}@example.com | (555) 010-{rng.randint(1000, 9999)}",
            "Summary",
            f"Healthcare professional. {rng.choice(FILLER)} {rng.choice(FILLER)}",
            "Experience",
            *roles,
            "Skills",
            ", ".join(picks[: len(picks) // 2]),
            "Certifications",
            ", ".join(picks[len(picks) // 2 :]),
            "Education",
            f"Nursing degree, State University, {rng.randint(1995, 2015)}",
        ]
    )


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_corpus(folder: Path, n: int, *, seed: int = 6) -> list[Path]:
    """Write ``n`` resumes (40% PDF, 30% DOCX, 30% text) into ``folder``; reuse existing files."""
    rng = random.Random(seed)
    names = [term.name for term in default_vocabulary()]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        text = resume_text(rng, names)
        kind = rng.choices(["pdf", "docx", "txt"], weights=[4, 3, 3])[0]
        path = folder / f"resume-{index:06d}.{kind}"
        if not path.exists():
            data = {"pdf": pdf_bytes, "docx": docx_bytes}.get(kind, lambda t: t.encode("utf-8"))(text)
            path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    made = make_corpus(args.folder, args.n, seed=args.seed)
    print(f"{len(made)} resumes in {args.folder}")
