"""Pattern matches joined to the phrase matches: which of two overlapping readings stays.

Split from :mod:`resumematch.match.patterns` (which finds the pattern matches) so that each
module keeps to one concern; the rules are ``docs/matching.md``, "Token patterns".
"""

from __future__ import annotations

import bisect

from .trie import Found, longest_first

__all__ = ["merge_pattern_matches"]


def merge_pattern_matches(
    kept: list[Found], patterns: list[Found], adjectives: frozenset[str] = frozenset()
) -> list[Found]:
    """Pattern matches added to the phrase matches ``kept`` (non-overlapping, in text order).

    Same term: one mention; a phrase match overlapping the pattern match is kept (its
    method says more). Another term's phrase match:

    * inside the pattern match: both stay, the phrase names a thing the pattern's
      statement is about ("Reviewed medical records": chart review, and medical records);
    * crossing the pattern match's END edge (a partial overlap on the pattern's last
      words, its object): both stay, the object noun also begins another term's phrase
      ("Bathed, fed and dressed patients at home": ADL care, and home health on
      "patients at home");
    * crossing its START edge, or covering all its words: the longer one wins, the
      phrase on a tie (``longest_first``'s rule). A pattern's first word is its verb or
      cue; when it also ends another term's phrase, the two are rival readings of that
      word ("strategic plan, budget": a noun, not "plan, budget" as duties).

    Another term's pattern match: both stay, since two patterns sharing words are two
    statements ("Hired and trained staff" hires staff and trains staff), not two
    readings of the same words.

    ``adjectives``: terms (the soft skills) whose words are adjectives of one list; a phrase
    of one of them on the first word of another's pattern is no rival reading but the list's
    previous item, and both stay ("Highly organized, analytical": organised, and analytical).
    """
    by_term: dict[str, list[Found]] = {}
    for match in patterns:
        by_term.setdefault(match[2], []).append(match)
    candidates = [m for group in by_term.values() for m in (longest_first(group) if len(group) > 1 else group)]
    candidates.sort(key=lambda f: (f[0] - f[1], f[0]))
    ends = [f[1] for f in kept]  # kept matches do not overlap: sorted by start, they are by end too
    removed: set[int] = set()
    added: list[Found] = []
    for match in candidates:
        start, end, term_id = match[0], match[1], match[2]
        hit = []
        i = bisect.bisect_right(ends, start)
        while i < len(kept) and kept[i][0] < end:
            if i not in removed:
                hit.append(i)
            i += 1
        if hit:
            if any(kept[i][2] == term_id for i in hit):
                continue
            # Rivals: the phrases that hold the pattern's first word (those inside the
            # pattern match, or crossing only its end edge, are not).
            rivals = [i for i in hit if kept[i][0] < start or (kept[i][0] == start and end <= kept[i][1])]
            if term_id in adjectives:
                rivals = [i for i in rivals if kept[i][2] not in adjectives]
            if any(kept[i][1] - kept[i][0] >= end - start for i in rivals):
                continue
            removed.update(rivals)
        added.append(match)
    result = [f for i, f in enumerate(kept) if i not in removed] if removed else list(kept)
    result += added
    result.sort(key=lambda f: f[0])
    return result
