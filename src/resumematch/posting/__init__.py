"""Job postings: which vocabulary terms a posting asks for, and how firmly.

Owns the reading of one requirement statement (``statements``: required or preferred,
years of experience, degree level and field, setting) and the walk over a whole
posting that collects its statements, terms and title into a
:class:`~resumematch.models.JobProfile` (``analysis``). It takes a Document and its
Mentions from the earlier stages and knows nothing of scoring or output formats.
"""
