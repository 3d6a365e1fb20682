"""Build ``src/resumematch/data/text_background.json``: the background table of the text similarity part.

The part weighs each word by its idf over a fixed body of texts the project may read (so
``check`` weighs a word the same every time, whoever else applies): the 50 development
resumes, the resumes of the readable (``devel``) probe sets, the development and readable
probe postings, and the bundled examples. Never a ``valid`` or clean set: the table would
then know the words of the sets that judge it. The sets are named here, not found, so a new
probe folder never enters the table unread.

Run: python benchmarks/text_background.py [--check]
(``--check``: build in memory and say whether the shipped table is the same.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import accuracy
import ranking
from _common import EXAMPLES, ROOT
from probe_groups import PROBES

from resumematch import default_vocabulary, extract
from resumematch.scoring.text_similarity import Background, content_words, word_counts

TABLE = ROOT / "src" / "resumematch" / "data" / "text_background.json"
RESUME_SETS = (
    *("care2 clinical fields fields2 fields3 fields4 fresh fresh2 fresh3 fresh4 fresh5 fresh6 fresh7 fresh8".split()),
    *("fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 fresh15 fresh16 hcbiz hcbiz2 hcbiz3 hcbiz4 hcbiz5".split()),
    *("mgmt office".split()),
)
"""The readable probe resume sets (the ``devel`` group of ``probe_groups.py`` without ``dev``)."""
POSTING_SETS = ("postings", *(f"postings{n}" for n in range(2, 18)))
"""The readable probe posting sets (postings1-17)."""


def resume_texts() -> tuple[list[str], list[str]]:
    """The real (dev) resumes' texts, and the written ones' (probe sets, examples)."""
    vocab = default_vocabulary()
    real = [extract(label.path).text for label in accuracy.load_labels(vocab)]
    paths = []
    for name in RESUME_SETS:
        paths += [label.path for label in accuracy.load_labels(vocab, PROBES / name, PROBES / name)]
    paths += sorted((EXAMPLES / "resumes").glob("*.*"))
    return real, [extract(path).text for path in paths]


def posting_texts() -> list[str]:
    folders = [ranking.REAL_WORLD / "postings", *(PROBES / name for name in POSTING_SETS), EXAMPLES / "jobs"]
    return [
        path.read_text("utf-8", errors="replace")
        for folder in folders
        for path in sorted(folder.iterdir())
        if path.suffix in (".md", ".txt")
    ]


def build() -> dict[str, object]:
    (real, written), postings = resume_texts(), posting_texts()
    held: Counter[str] = Counter()
    for text in (*real, *written, *postings):
        held.update(content_words(text))
    # BM25's average length is the real resumes': the probe sets' written resumes are
    # shorter than real ones (233 content words against 543), and rank real resumes.
    length = sum(sum(word_counts(text).values()) for text in real) / len(real)
    table = {
        "schema": 1,
        "description": "In how many of the background texts each content word occurs (words held by one or none "
        "are left out: they count as held by one). Built by benchmarks/text_background.py; read by "
        "scoring/text_similarity.py.",
        "documents": len(real) + len(written) + len(postings),
        "resume_length": round(length, 1),
        "sources": {
            "resumes": ["dev", *RESUME_SETS, "examples"],
            "postings": ["dev", *POSTING_SETS, "examples"],
        },
        "frequencies": dict(sorted((word, n) for word, n in held.items() if n >= 2)),
    }
    Background.from_dict(table)  # the same checks as at run time
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the shipped table")
    args = parser.parse_args()
    table = build()
    text = json.dumps(table, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = Path(TABLE).read_text("utf-8") == text
        print("the shipped table is up to date" if same else "the shipped table differs: rebuild it")
        return 0 if same else 1
    TABLE.write_text(text, "utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {table['documents']} documents, {len(table['frequencies'])} words")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
