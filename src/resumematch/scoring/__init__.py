"""Scoring: a resume's Mentions against a JobProfile, as a Report.

Owns the requirement checks (``requirement_checks``, with ``title_check``, ``term_checks``
(a statement's terms and the evidence every check cites), ``education_checks``,
``years_subjects`` (what a requirement's years are of), ``experience_routes`` (experience
asked as a role, or offered instead of a qualification) and ``phrase_checks``: is each
posting requirement met, partly met or not met, with evidence; ``term_credits``: how far
the resume shows each posting term), the registry
of score parts (``parts``) and the score as their sum (``score``), each part worth its
share of the configurable :class:`~resumematch.scoring.part_worth.ScoreWeights`
(``part_worth``), the
recruiter's readings that are parts of their own (``signals``, ``fit`` with
``fit_data``, ``title_phrases``, ``posting_fit`` and ``candidate_fit``, ``role_duties``,
``healthcare_work``, ``executive_level``), how close the posting's and the resume's
words are, each weighed by its rarity in a shipped background table
(``text_similarity``), bare keyword lists that earn nothing (``stuffing``), the
suggestions to the applicant, largest gain first (``suggestions``),
the points each would really gain (``gains``),
ATS readiness (``readiness``), and what is read from a posting alone, made once per
posting object for every resume of a ranking (``per_posting``; the posting's terms by
part and weight, ``posting_terms``). It reads models,
the resume's facts and the vocabulary; it never reads files or renders output.
"""
