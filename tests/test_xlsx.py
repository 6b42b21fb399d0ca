"""generator/render/xlsx.py, the open-data workbook's writer: what it writes reads back the same."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest

from generator.render import xlsx

openpyxl = pytest.importorskip("openpyxl")

TRICKY = ["a & b < c > d \"q\" 'q'", "  padded  ", "two\nlines", "中文 牵头", "x" * 40000]


def _book() -> bytes:
    book = xlsx.Workbook("plansite", datetime(2000, 1, 1))
    first = book.add_sheet("分工", freeze=(1, 1))
    first.append(["name", "n", "x", "flag"], bold=True)
    first.append(["a", 3, 2.5, True])
    first.append(["a", None, "", False])  # repeated string, gaps
    first.append([None, None, "c"])
    second = book.add_sheet("R&D <1>", freeze=(2, 1), widths={0: 48, 2: 10.5})
    second.append(["title"], bold=True)
    second.append(TRICKY, bold=True)
    second.append(["only A"])
    return book.save()


def test_values_types_and_gaps_read_back():
    book = openpyxl.load_workbook(io.BytesIO(_book()), read_only=True)
    assert book.sheetnames == ["分工", "R&D <1>"]
    rows = list(book["分工"].iter_rows(values_only=True))
    assert rows == [("name", "n", "x", "flag"), ("a", 3, 2.5, True), ("a", None, None, False), (None, None, "c", None)]
    rows = list(book["R&D <1>"].iter_rows(values_only=True))
    assert rows[0][0] == "title" and rows[2][0] == "only A"
    assert list(rows[1]) == TRICKY[:4] + ["x" * xlsx.MAX_CHARS]  # Excel's cell limit, as openpyxl cut it


def test_bold_rows_frozen_panes_and_widths():
    book = openpyxl.load_workbook(io.BytesIO(_book()))
    first, second = book["分工"], book["R&D <1>"]
    assert first.freeze_panes == "B2" and second.freeze_panes == "B3"
    assert all(c.font.b for c in first[1]) and not any(c.font.b for c in first[2])
    assert second["A2"].font.b and second["E2"].font.b and not second["A3"].font.b
    assert second.column_dimensions["A"].width == 48 and second.column_dimensions["C"].width == 10.5
    assert book.active.title == "分工"
    assert book.properties.creator == "plansite" and book.properties.created == datetime(2000, 1, 1)


def test_same_rows_same_bytes_and_fixed_zip_dates():
    data = _book()
    assert data == _book()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core


def test_characters_xml_cannot_carry_are_written_as_excel_escapes():
    assert xlsx._text("a\x01b") == "a_x0001_b"
    assert xlsx._text("\r\n") == "_x000D_\n"
    assert xlsx._text("_x0041_ stays") == "_x005F_x0041_ stays"  # Excel would otherwise read it as "A"
    assert xlsx._text("tab\tkept") == "tab\tkept"
    book = xlsx.Workbook("plansite", datetime(2000, 1, 1))
    book.add_sheet("s").append(["bell\x07"])
    openpyxl.load_workbook(io.BytesIO(book.save()))  # well-formed XML


def test_values_it_cannot_write_are_refused():
    sheet = xlsx.Workbook("plansite", datetime(2000, 1, 1)).add_sheet("s")
    for value in (float("nan"), float("inf"), object()):
        with pytest.raises(TypeError):
            sheet.append([value])
