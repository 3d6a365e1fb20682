"""Matching: a Document's text to the vocabulary terms it mentions (Document → Mentions).

Owns the vocabularies (``vocabulary``; files read and validated by ``vocabulary_files`` through
``json_files``), their build-time expansion into variants (``variants``, ``term_forms``) compiled
into a trie of token hashes and cached on disk (``phrase_table``, ``trie``), the spaCy component
``resumematch_terms`` (``component``: its settings, data and serialisation) and the search it runs
on each Doc (``term_search``, with ``tokenizer``, ``doc_tokens``, ``wordsets`` and ``span_info`` for
what it reads and writes), token patterns (``patterns``, ``pattern_spec``, ``pattern_steps``,
``pattern_index``, where each pattern is tried, ``pattern_merge``, which joins their matches to
the phrase matches, and ``list_items``, a list item's edge in every layout), duties read as a
verb and an object in one clause (``clause_duties``, with its
rules file read and checked by ``clause_rules``, its word lists ``clause_lexicon``, the duty aliases
read as rules ``clause_aliases``, objects written first as a label ``clause_fronted``, a duty read
from the object its work acts on whatever the verb ``clause_objects``, and how its matches join the
others ``clause_join``), near-miss
spellings (``fuzzy``), abbreviations a document defines
(``abbreviations``), the assertion status of each mention (``assertion``, its cue classes written as
word families ``assertion_families``, where a cue and a mention share words ``assertion_overlap``,
and ``people`` with its
rules ``people_rules``, its word readings ``people_words`` and the credentials after a person's name
``named_people`` for titles that name someone else, and titles in another field's sense
``field_titles``), a
credential's issuer and dates (``credentials``), the terms a degree counts for (``degree_terms``),
the evidence an ambiguous form needs (``evidence``, with a tool named beside another in a list
``tool_lists``), keyword lists read as the body reads their
words (``keyword_lists``), customers a sales role served rather than its work (``market_lists``),
settings a business resume names as served rather than worked in (``business_settings``), clinical
papers and training programmes an office handles for others (``handled``), the words
read around a mention within its clause (``clause_words``), what a mention's section says of it, a
heading, a list under a heading that plans or a certificate the credentials section says lapsed
(``section_reading``), statuses that
neighbouring mentions of one thing share (``status_sharing``), a card whose written expiry is older
than the resume's own dates (``written_expiry``), variants that begin with an adjective rather than
the duty's verb (``participles``), and ``pipeline``, which builds the spaCy pipeline once and turns
the component's rows into :class:`~resumematch.models.Mention` records. It reads extracted Documents
and the resume's sections; it knows nothing of postings, scores or output formats.
"""
