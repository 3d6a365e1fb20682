"""Many resumes at once: ranking against one posting, in parallel, without losing a file.

Owns :func:`~resumematch.batch.ranking.rank` (``ranking``; its rows in ``rows``, the files it reads in
``inputs``, the work on one file in ``file_scoring``), the worker
pool that survives a crashing or hanging file and accepts any
``concurrent.futures.Executor`` (``workers``), and blind review: anonymous ids and
personal details taken out of what a ranking shows (``blind``, with the identity rules in
``identity`` and the candidate's name in ``names``). Beside them: how many workers a
ranking may start (``pool_limits``), term weights that follow the pool (``pool_weights``:
a term every candidate shows separates no one) and what an output file was written for,
so that ``--resume`` never mixes two runs (``checkpoint``). It calls the library
entry points (``resumematch.api``) for each file and never prints.
"""
