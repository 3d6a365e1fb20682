"""Private machinery of the process, not of resumes: caching and start-up speed.

Owns the cache folder of derived data (``cache``), the cyclic garbage collector and
long-lived objects (``collector``: ``frozen_heap``), reading a document in a forked
helper while spaCy is imported (``read_ahead``) and importing spaCy without its own
CLI (``spacy_import``). Only the command-line tool uses ``read_ahead`` and
``spacy_import``; nothing here decides what a resume says or how it scores.
"""
