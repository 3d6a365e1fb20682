"""The CLI imports spaCy without spaCy's own CLI; anything that asks for it still gets it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import spacy

from resumematch.startup import defer_spacy_cli

_SCRIPT = textwrap.dedent(
    """
    import sys
    from resumematch.startup import defer_spacy_cli

    assert defer_spacy_cli()
    import spacy

    assert "typer" not in sys.modules and "weasel" not in sys.modules, "spaCy's CLI was imported"
    nlp = spacy.blank("en")
    assert [t.text for t in nlp("BLS-certified RN.")] == ["BLS", "-", "certified", "RN", "."]
    assert isinstance(spacy.info(), dict)  # the real spacy.info, loaded when called
    from spacy.cli import download

    import spacy.cli

    assert spacy.cli.download is download and spacy.cli.__file__.endswith("__init__.py")
    assert not [f for f in sys.meta_path if type(f).__name__ == "_StandIns"]
    print("ok")
    """
)


def test_spacy_imports_without_its_cli_and_loads_it_when_asked() -> None:
    result = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_nothing_changes_once_spacy_is_imported() -> None:
    assert spacy.blank  # imported above, as in any process that already uses spaCy
    before = list(sys.meta_path)
    assert defer_spacy_cli() is False
    assert sys.meta_path == before
