"""The facts of a resume beyond its terms: sections, date ranges, roles and degrees.

Owns section detection from headings (``sections``, rules in ``data/sections.json``),
date ranges and the years they cover (``dates``), dated roles and years of experience
(``roles``), and the level and field of each degree (``degrees``, which reads them with
the grammar of ``degree_grammar`` over the word lists of ``degree_lexicon``, the fields
of ``degree_fields`` and the completion status of ``degree_status``). These read a Document's text and
sections only: extraction uses ``sections`` to build the Document, and posting
analysis and scoring use the rest. Nothing here imports matching, postings or scoring.
"""
