"""Matching: a Document's text to the vocabulary terms it mentions (Document → Mentions).

Owns the vocabulary files (``vocabulary``), their build-time expansion into variants
(``variants``) compiled into a trie of token hashes and cached on disk
(``phrase_table``, ``trie``), the spaCy component that walks it over a Doc
(``component``, with ``doc_tokens``, ``wordsets`` and ``span_info`` for what it reads
and writes), near-miss spellings (``fuzzy``), abbreviations a document defines
(``abbreviations``), the assertion status of each mention (``assertion``), a
credential's issuer and dates (``credentials``), the evidence an ambiguous form needs
(``evidence``), and ``pipeline``, which builds the spaCy pipeline once and turns its
spans into :class:`~resumematch.models.Mention` records. It reads extracted Documents
and the resume's sections; it knows nothing of postings, scores or output formats.
"""
