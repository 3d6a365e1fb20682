"""The PDFium engine's array path against its reference, one ``Char`` at a time.

``pdfium_arrays.read_char_arrays`` must give exactly ``pdfium_chars.read_chars``'s
characters, ``word_arrays`` exactly ``fakebold``'s and ``words``'s results, and
``gutters.candidate_runs`` exactly its plain big-integer scan, ``layout_arrays`` exactly
``layout.page_text``: on every page of the generated layouts and the fixture PDFs, and on
random characters and words.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import EXAMPLES, FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_layouts import generated_pdfs, pdf_pages, pdf_sources

from resumematch.extract import gutters, layout, word_arrays
from resumematch.extract import pdfium as pdfium_engine
from resumematch.extract.layout_arrays import upright_page_text
from resumematch.extract.pdfium_arrays import MULTI, CharArrays, distinct, read_char_arrays, stable_order
from resumematch.extract.pdfium_chars import read_chars
from resumematch.extract.word_arrays import WordArrays, upright_words, without_fake_bold
from resumematch.extract.words import Char, Word, extract_words, plain_text

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RATIO = layout.X_TOLERANCE_RATIO
_PAGES_EACH = 3


SOURCES = pdf_sources(EXAMPLES, FIXTURES)


def _as_chars(arrays: CharArrays) -> list[Char]:
    return [
        Char(letter, x0, x1, top, bottom, size)
        for letter, x0, x1, top, bottom, size in zip(
            arrays.texts(),
            arrays.x0.tolist(),
            arrays.x1.tolist(),
            arrays.top.tolist(),
            arrays.bottom.tolist(),
            arrays.size.tolist(),
            strict=True,
        )
    ]


def _as_arrays(chars: list[Char]) -> CharArrays:
    numbers: dict[str, int] = {}
    codes = [ord(c.text) if len(c.text) == 1 else numbers.setdefault(c.text, MULTI + len(numbers)) for c in chars]
    return CharArrays(
        np.array(codes, dtype=np.int64),
        *(np.array([getattr(c, field) for c in chars], dtype=float) for field in ("x0", "x1", "top", "bottom", "size")),
        spellings={code: text for text, code in numbers.items()},
        width=612.0,
        height=792.0,
    )


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_arrays_read_what_the_reference_reads(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[bool] = []
    fast = layout._candidate_runs

    def both(*args: object) -> list[tuple[int, int, int]]:
        runs = fast(*args)  # type: ignore[arg-type]
        compared.append(runs == gutters.candidate_runs_plain(*args))  # type: ignore[arg-type]
        return runs

    monkeypatch.setattr(layout, "_candidate_runs", both)  # the gutter scan against its reference too
    for page, textpage in pdf_pages(SOURCES[name], _PAGES_EACH):
        arrays = read_char_arrays(page, textpage)
        chars, width, height = read_chars(page, textpage)
        if arrays is None:  # a page for the reference only (rotated, turned text, ...)
            assert pdfium_engine.read_page(page, textpage) == pdfium_engine.read_page(page, textpage, bulk=False)
            continue
        assert _as_chars(arrays) == [char._replace(turn=0.0) for char in chars]
        assert (arrays.width, arrays.height) == (width, height)
        kept = without_fake_bold(arrays)
        reference = pdfium_engine._without_fake_bold(chars)
        assert _as_chars(kept) == [char._replace(turn=0.0) for char in reference]
        assert upright_words(kept, x_tolerance_ratio=RATIO) == extract_words(reference, x_tolerance_ratio=RATIO)
        assert pdfium_engine.read_page(page, textpage) == pdfium_engine.read_page(page, textpage, bulk=False)
    assert all(compared)


def test_most_pages_take_the_array_path() -> None:
    fast = total = 0
    for name in sorted(generated_pdfs()):
        for page, textpage in pdf_pages(SOURCES[name], _PAGES_EACH):
            total += 1
            fast += read_char_arrays(page, textpage) is not None
    assert total and fast >= total - 2  # the rotated layouts go to the reference


_letters = st.sampled_from([*"abcdeXYZ-.,ﬁ", " ", "fi"])
_coordinate = st.floats(min_value=0, max_value=80, allow_nan=False).map(lambda v: round(v * 4) / 4)
_char = st.builds(
    lambda text, x0, width, top, size: Char(text, x0, x0 + width, top, top + size, size),
    _letters,
    _coordinate,
    st.sampled_from([0.0, 2.0, 4.5, 6.0, -1.0]),
    _coordinate,
    st.sampled_from([6.0, 10.0, 10.0004, 12.0]),
)


def _spaced(chars: list[Char]) -> list[Char]:
    """Spaces as read_chars makes them: a copy of the character before, never first or twice."""
    out: list[Char] = []
    for char in chars:
        if char.text == " ":
            if out and out[-1].text != " ":
                out.append(out[-1]._replace(text=" ", x0=out[-1].x1))
        else:
            out.append(char)
    return out


@SETTINGS
@given(st.lists(_char, max_size=60), st.lists(st.integers(0, 59), max_size=20))
def test_fake_bold_and_words_match_the_reference_on_random_characters(chars: list[Char], repeats: list[int]) -> None:
    for position in repeats:  # overprinted copies, a fraction of a point off
        if position < len(chars):
            original = chars[position]
            chars.append(original._replace(x0=original.x0 + 0.25, x1=original.x1 + 0.25))
    chars = _spaced(chars)
    kept = without_fake_bold(_as_arrays(chars))
    reference = pdfium_engine._without_fake_bold(chars)
    assert _as_chars(kept) == reference
    assert upright_words(kept, x_tolerance_ratio=RATIO) == extract_words(reference, x_tolerance_ratio=RATIO)


_word = st.builds(
    lambda x0, width, top, height: layout._Word("w", x0, x0 + width, top, top + height),
    st.floats(min_value=0, max_value=300, allow_nan=False),
    st.floats(min_value=-2, max_value=120, allow_nan=False),
    st.floats(min_value=-5, max_value=400, allow_nan=False),
    st.floats(min_value=0.5, max_value=14, allow_nan=False),
)


@SETTINGS
@given(st.lists(_word, min_size=1, max_size=80))
def test_gutter_scan_matches_the_plain_scan_on_random_words(words: list[layout._Word]) -> None:
    bounds = (
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.bottom for w in words),
        max(w.x1 for w in words),
    )
    assert gutters.candidate_runs(words, *bounds) == gutters.candidate_runs_plain(words, *bounds)


@SETTINGS
@given(st.lists(st.sampled_from([0.0, 1.5, -2.0, 10.0004, 10.0, float("nan"), float("inf")]), max_size=40))
def test_distinct_is_numpys_unique(values: list[float]) -> None:
    array = np.array(values, dtype=float)
    unique, inverse = np.unique(array, return_inverse=True)
    mine, mine_inverse = distinct(array)
    np.testing.assert_array_equal(mine, unique)
    np.testing.assert_array_equal(mine_inverse, inverse.reshape(-1))
    codes = np.array([int(abs(v)) if np.isfinite(v) else 7 for v in values], dtype=np.uint64)
    unique, inverse = np.unique(codes, return_inverse=True)
    mine, mine_inverse = distinct(codes)
    np.testing.assert_array_equal(mine, unique)
    np.testing.assert_array_equal(mine_inverse, inverse.reshape(-1))


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.floats(-3, 12, allow_nan=False), st.floats(-3, 12, allow_nan=False)),
        min_size=1,
        max_size=60,
    )
)
def test_twins_are_the_characters_with_a_same_kind_neighbour_cell(chars: list[tuple[int, float, float]]) -> None:
    kind = np.array([k for k, _, _ in chars], dtype=np.int64)
    x0 = np.array([x for _, x, _ in chars])
    top = np.array([t for _, _, t in chars])
    cells = [(k, int(np.floor(x)), int(np.floor(t))) for k, x, t in chars]
    expected = [
        any(
            j != i and cells[j][0] == k and abs(cells[j][1] - cx) <= 1 and abs(cells[j][2] - cy) <= 1
            for j in range(len(cells))
        )
        for i, (k, cx, cy) in enumerate(cells)
    ]
    twins = word_arrays._with_twins(kind, x0, top)
    assert twins is not None
    assert twins.tolist() == expected


@SETTINGS
@given(st.lists(_word, min_size=1, max_size=20))
def test_upright_words_keep_their_frame(boxes: list[layout._Word]) -> None:
    """``page_text`` takes an upright page's words as they are: what turning them gives."""
    words = [Word(*box) for box in boxes]
    assert [layout._to_reading_frame(w, 612.0, 792.0) for w in words] == [layout._Word(*w[:5]) for w in words]


def _reading_order_both_ways(words: list[Word]) -> None:
    """``layout_arrays.upright_page_text`` gives ``layout.page_text``'s answer."""
    arrays = WordArrays(
        [w.text for w in words], *(np.array([getattr(w, edge) for w in words], dtype=float) for edge in EDGES)
    )
    expected = layout.page_text(words, 612.0, 792.0, lambda: plain_text(words))
    assert upright_page_text(arrays) == expected


EDGES = ("x0", "x1", "top", "bottom")
_texts = st.text(alphabet="ab-1", min_size=1, max_size=9)


@SETTINGS
@given(st.lists(_word, max_size=80), st.lists(_texts, min_size=80, max_size=80))
def test_reading_order_of_arrays_matches_the_reference_on_random_words(
    boxes: list[layout._Word], texts: list[str]
) -> None:
    _reading_order_both_ways([Word(text, *box[1:]) for text, box in zip(texts, boxes, strict=False)])


_row = st.tuples(
    st.integers(0, 3),  # words on the left of the gutter
    st.integers(0, 3),  # words on the right
    st.floats(-0.6, 0.6, allow_nan=False),  # baseline offset of the right side
    st.booleans(),  # a full-width line instead
)


@SETTINGS
@given(
    st.lists(_row, min_size=3, max_size=40),
    st.floats(150, 420, allow_nan=False),
    st.floats(7, 40, allow_nan=False),
    st.lists(_texts, min_size=1, max_size=12),
)
def test_reading_order_of_arrays_matches_the_reference_on_columns(
    rows: list[tuple[int, int, float, bool]], split: float, gutter: float, texts: list[str]
) -> None:
    """Two columns, a sparse margin of dates or a sidebar, lines across: the cuts and the
    both-sides test (lines and letters on each side, rows aligned or not) on both paths."""
    pool = itertools.cycle(texts)
    words: list[Word] = []
    for number, (left, right, offset, across) in enumerate(rows):
        top = 40.0 + 13.5 * number
        if across:
            words += [Word(next(pool), 40.0 + 60 * k, 90.0 + 60 * k, top, top + 10) for k in range(8)]
            continue
        words += [Word(next(pool), split - 40.0 * (k + 1), split - 40.0 * k - 5, top, top + 10) for k in range(left)]
        start = split + gutter
        words += [
            Word(next(pool), start + 40 * k, start + 40 * k + 30, top + offset, top + 10 + offset) for k in range(right)
        ]
    _reading_order_both_ways(words)


def _pick_gutter_plain(
    best: list[tuple[int, int, int]], left_edge: float, text_top: float, both_sides: Callable[..., bool]
) -> tuple[float, float, float] | None:
    """``layout.pick_gutter`` as it was: a dictionary walk from each run's leftmost start."""
    origin = int(text_top)
    span = max(1, int(gutters.MIN_GUTTER / gutters.X_BIN + 0.999))
    runs = {start: (length, row) for length, row, start in best}
    tried: set[tuple[int, int]] = set()
    for length, row, start in sorted(best, key=lambda item: (-item[0], item[2])):
        if (length, row) in tried:
            continue
        tried.add((length, row))
        first = last = start
        while runs.get(first - 1) == (length, row):
            first -= 1
        while runs.get(last + 1) == (length, row):
            last += 1
        gx0 = left_edge + first * gutters.X_BIN
        gx1 = left_edge + (last + span) * gutters.X_BIN
        run_top = origin + row
        if both_sides(gx0, gx1, run_top, run_top + length):
            return (gx0 + gx1) / 2, run_top, run_top + length
        if len(tried) >= 12:
            break
    return None


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(1, 3)), max_size=120),
    st.lists(st.tuples(st.sampled_from([40, 41, 90]), st.integers(0, 5)), min_size=1, max_size=16),
    st.sets(st.integers(0, 15)),
    st.floats(-20, 300, allow_nan=False),
)
def test_pick_gutter_matches_its_plain_walk(
    steps: list[tuple[int, int]], runs: list[tuple[int, int]], passing: set[int], left_edge: float
) -> None:
    """Candidates in bin order (gaps between starts, a run each), some gutters with lines
    on both sides: the same gutter, after the same tries, as the dictionary walk."""
    best, start = [], 0
    for gap, run in steps:
        start += gap or 1
        best.append((*runs[run % len(runs)], start))

    def judge(calls: list[tuple[float, ...]]) -> Callable[..., bool]:
        def both_sides(*gutter: float) -> bool:
            calls.append(gutter)
            return int(gutter[0] * 7 + gutter[1] * 3 + gutter[3]) % 16 in passing

        return both_sides

    plain_calls: list[tuple[float, ...]] = []
    calls: list[tuple[float, ...]] = []
    expected = _pick_gutter_plain(list(best), left_edge, 12.5, judge(plain_calls))
    assert layout.pick_gutter(list(best), left_edge, 12.5, judge(calls)) == expected
    assert calls == plain_calls


@SETTINGS
@given(st.lists(st.integers(-3, 70_000), max_size=60), st.sampled_from([np.int64, np.uint64, np.int32]))
def test_stable_order_is_numpys_stable_argsort(values: list[int], dtype: type) -> None:
    """The radix sort of small values gives timsort's order, ties included."""
    if dtype is np.uint64:
        values = [abs(v) for v in values]
    array = np.array(values, dtype=dtype)
    np.testing.assert_array_equal(stable_order(array), np.argsort(array, kind="stable"))
    np.testing.assert_array_equal(stable_order(array % 7), np.argsort(array % 7, kind="stable"))


@pytest.mark.parametrize("far", [-3e6, 4e7])
def test_reading_order_of_arrays_matches_the_reference_with_a_word_far_away(far: float) -> None:
    """A damaged file's word millions of points off the page: the both-sides test takes
    the reference's dictionaries instead of a table of rows that large."""
    words = [Word("far", 40.0, 60.0, far, far + 10)]
    for number in range(12):
        top = 40.0 + 13.5 * number
        words += [Word("left", 40.0, 150.0, top, top + 10), Word("right", 300.0, 420.0, top, top + 10)]
    _reading_order_both_ways(words)
    _reading_order_both_ways(words[1:])


def test_the_gil_holding_bindings_are_pypdfium2s_library_and_answer_alike() -> None:
    """``pdfium_chars.PDFIUM`` is the library pypdfium2 loaded (not a second copy, whose
    handles would mean nothing to it), and its calls answer as pypdfium2's own bindings."""
    import ctypes

    import pypdfium2.raw as raw
    import pypdfium2_raw.bindings as bindings

    from resumematch.extract import pdfium_calls, pdfium_chars

    assert pdfium_chars.PDFIUM._handle == bindings._libs["pdfium"]._handle
    document = pdfium.PdfDocument(generated_pdfs()["two-columns"])
    page = document[0]
    textpage = page.get_textpage()
    handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    ours, theirs = (ctypes.c_double(), ctypes.c_double()), (ctypes.c_double(), ctypes.c_double())
    for index in range(raw.FPDFText_CountChars(textpage.raw)):
        found = pdfium_calls._origin_of(handle, index, ctypes.byref(ours[0]), ctypes.byref(ours[1]))
        assert found == raw.FPDFText_GetCharOrigin(textpage.raw, index, theirs[0], theirs[1])
        assert (ours[0].value, ours[1].value) == (theirs[0].value, theirs[1].value)
        assert pdfium_calls._size_of(handle, index) == raw.FPDFText_GetFontSize(textpage.raw, index)
        text_object = raw.FPDFText_GetTextObject(textpage.raw, index)
        address = ctypes.cast(text_object, ctypes.c_void_p).value or 0
        assert pdfium_calls._text_object_of(handle, index) == address
    textpage.close()
    page.close()
    document.close()
