"""Document helpers that every renderer relies on."""

from __future__ import annotations

import dataclasses

import pytest

from resumematch import Document


def _document(text: str) -> Document:
    return Document(text=text, source="<t>", format="text", pages=2, page_starts=(0, text.index("Page two")))


def test_snippet_keeps_short_lines_whole_and_centres_long_ones() -> None:
    long_line = "Summary: " + "filler words " * 20 + "Epic EHR" + " more filler" * 20
    document = _document(f"Short line with BLS\n{long_line}\nPage two")
    assert document.snippet(16, 19) == "Short line with BLS"
    start = document.text.index("Epic EHR")
    snippet = document.snippet(start, start + 8, width=40)
    assert "Epic EHR" in snippet
    assert snippet.startswith("...") and snippet.endswith("...")
    assert len(snippet) <= 46


def test_page_and_line_lookup() -> None:
    document = _document("First page\nsecond line\nPage two here")
    assert document.page_of(0) == 1
    assert document.page_of(document.text.index("two")) == 2
    assert document.line_at(document.text.index("second")) == "second line"


def _model_classes() -> list[type]:
    import resumematch.models as models

    return [
        obj
        for name in models.__all__
        if dataclasses.is_dataclass(obj := getattr(models, name)) and isinstance(obj, type)
    ]


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_every_model_keeps_its_dataclass_signature_and_stays_frozen(cls: type) -> None:
    """``fast_init`` replaces ``__init__`` only: same parameters, same values, still frozen."""
    import inspect

    fields = dataclasses.fields(cls)
    parameters = list(inspect.signature(cls).parameters.values())
    assert [(p.name, p.default) for p in parameters] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default) for f in fields
    ]
    # A twin made by dataclasses alone, from the same fields, gets the same values.
    twin = dataclasses.make_dataclass(
        f"{cls.__name__}Twin",
        [(f.name, f.type) if f.default is dataclasses.MISSING else (f.name, f.type, f.default) for f in fields],
        frozen=True,
    )
    values = [f"value-{i}" for i, f in enumerate(fields) if f.default is dataclasses.MISSING]
    made = cls(*values)
    assert dataclasses.asdict(made) == dataclasses.asdict(twin(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(fields[0].name, "changed")
    assert dataclasses.replace(made, **{fields[0].name: "other"}) != made


def test_fast_init_refuses_what_it_does_not_copy() -> None:
    from resumematch.models.frozen import fast_init

    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class WithPostInit:
        value: int

        def __post_init__(self) -> None:
            pass

    for cls in (WithFactory, WithPostInit):
        with pytest.raises(TypeError, match="plain fields only"):
            fast_init(cls)


def test_line_at_gives_a_line_whole_and_a_huge_one_cut_around_the_offset() -> None:
    from resumematch.models.document import LINE_CHARS

    text = "Skills\nCharge nurse, BLS and ACLS.\n" + "word " * 2_000 + "BLS here " + "word " * 2_000 + "\nEnd"
    document = Document(text=text, source="<t>", format="text")
    assert document.line_at(text.index("BLS")) == "Charge nurse, BLS and ACLS."
    offset = text.index("BLS here")
    cut = document.line_at(offset)
    assert cut.startswith("...") and cut.endswith("...") and "BLS here" in cut
    assert len(cut) <= LINE_CHARS + 6
    assert document.line_at(len(text) - 1) == "End"


def test_the_category_table_has_one_row_per_category_in_order() -> None:
    from resumematch.match.evidence import EVIDENCE_SECTIONS
    from resumematch.match.variants import PLURAL_ONLY_CATEGORIES, PROPER_CATEGORIES, REORDER_CATEGORIES
    from resumematch.models import CATEGORIES, CATEGORY_TABLE, CREDENTIAL_CATEGORIES

    assert tuple(CATEGORY_TABLE) == CATEGORIES
    assert all(row.name == name for name, row in CATEGORY_TABLE.items())
    # Each stage's view of the table.
    assert {"certification", "license"} == CREDENTIAL_CATEGORIES
    assert set(CATEGORIES) == PROPER_CATEGORIES | PLURAL_ONLY_CATEGORIES | REORDER_CATEGORIES
    assert {"tool", "regulation"} == PROPER_CATEGORIES
    assert set(EVIDENCE_SECTIONS) == {"certification", "license", "education", "tool"}
    assert {row.name for row in CATEGORY_TABLE.values() if not row.listed_counts} == {"license", "education", "title"}
