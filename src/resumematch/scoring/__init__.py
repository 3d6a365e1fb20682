"""Scoring: a resume's Mentions against a JobProfile, as a Report.

Owns the requirement checks (``requirement_checks``: is each posting requirement met,
partly met or not met, with evidence), the score as a sum of named parts with its
configurable :class:`~resumematch.scoring.score.ScoreWeights` (``score``), and the
suggestions to the applicant, largest gain first (``suggestions``). It reads models,
the resume's facts and the vocabulary; it never reads files or renders output.
"""
