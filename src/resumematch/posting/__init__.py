"""Job postings: which vocabulary terms a posting asks for, and how firmly.

Owns the reading of a posting as job boards publish it (``formats``: front matter, HTML,
the body a recruiter reads), its layout of lines, bullets and paragraphs into statements
(``lines``, ``prose``, ``layout``), which headings make their statements required, preferred or duties
(``headings``), whether a statement asks anything of the candidate (``asks``), the
reading of one requirement statement (``statements``: required or preferred, years of
experience, degree level and field, setting), the qualities its prose gives the ideal
hire (``hire``), a requirement's key phrases that no vocabulary names (``phrases``), and
the walk over a whole posting that collects its statements, terms and title into a
:class:`~resumematch.models.JobProfile` (``analysis``). It takes a Document and its
Mentions from the earlier stages and knows nothing of scoring or output formats.

Modules: ``formats`` (front matter, HTML, header lines, title), ``lines`` (headings,
bullets, wrapped paragraphs, the title line), ``prose`` (sentences and clauses),
``layout`` (statements and whether each is a requirement), ``headings`` (section names),
``asks`` (whether a statement asks anything), ``hire`` (the hire described in prose),
``qualities`` (a list of qualities, one requirement each), ``others`` (people named as
someone else), ``acts`` (another's act, services the employer markets),
``posting_people_rules`` (the cues ``others`` and ``acts`` read, as data), ``statements``
(one requirement's facts), ``clauses`` (firmness by clause when a statement has both
kinds), ``subjects`` (what a requirement's years are of, alternatives read as one),
``phrases`` (names beyond the vocabulary), ``analysis`` (the JobProfile).
"""
