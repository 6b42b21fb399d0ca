"""Tables pasted into a text: at each line the registered layouts are tried in order (`build_layouts`); the
rows the first one finds become plan text (`rows.rows_to_text`), every other line is left as it is. Outside a
table, a paragraph a spreadsheet's copy quoted (a row of a one-column sheet: `delimited.quoted_paragraph`) stands as
its cell's text: read here, where a workbook's text (written as its copy) and that copy pasted into a .txt both pass."""
from __future__ import annotations

import re

from . import (bars, box_drawn, cell_lines, cell_matrix, column_blocks, dashed, delimited, field_rows, header_line,
               page_layout, spaced, spaced_matrix, subject_lines, transposed)
from .by_unit import assign_by_unit
from .codes import codes_stated, legend_lines_joined
from .layouts import Layouts
from .marks import _CN_NUMERAL
from .header import marks_stated
from .matrix import legend, legend_line
from .notes import _NOTES, _note
from .rows import rows_to_text
from .spacing import glued_header


def build_layouts() -> Layouts:
    """The layouts of pasted tables, in the order they are tried at a line. A run of cells parted by | lines
    or framed by | comes first: its cells are known, so no other reader is to scan its lines; a table drawn
    with box characters (┌ │ ├) is as plain. Of the
    layouts with a header line, the delimited one (tabs, |) is the surest; a PDF's page layout comes before
    the spaced one, which takes rows that fit on their line; a header on one line over cells one per line
    comes after both, and the header pasted one cell per line is the last resort."""
    layouts = Layouts()
    layouts.register(bars.read_bar_lines, "cells between | lines")
    layouts.register(bars.read_framed_lines, "cells framed by |")
    layouts.register(box_drawn.read_box_drawn, "a table drawn with box characters")
    # pandoc's simple and multiline tables: the dashes under the header say where each column's cells stand
    layouts.register(dashed.read_dashed, "columns marked by dashes under the header")
    layouts.register(transposed.read_transposed, "a matrix on its side, tasks as columns")
    layouts.register(field_rows.read_field_rows, "a 分工表 on its side, field names down the first column")
    layouts.register(delimited.read_delimited, "tab or | delimited rows")
    # a matrix parted by spaces before the other layouts parted by spaces: its marks are placed by where they stand
    layouts.register(spaced_matrix.read_spaced_matrix, "a matrix parted by spaces")
    layouts.register(page_layout.read_page_layout, "a PDF's page layout")
    layouts.register(spaced.read_spaced, "space-parted rows")
    layouts.register(header_line.read_header_over_line_cells, "a header line over one cell per line")
    # 序号 over its numbers, then each column's header over its cells: a table an extractor gave column by column
    layouts.register(column_blocks.read_column_blocks, "a table given column by column")
    layouts.register(cell_matrix.read_line_matrix, "a matrix one cell per line")
    # a 责任主体 / 责任内容 list: each subject cell over its numbered duties, before the reader pairing cells by width
    layouts.register(subject_lines.read_subject_over_duties, "a subject cell over its numbered duties")
    layouts.register(cell_lines.read_line_cells, "one cell per line")
    return layouts


PASTED_LAYOUTS = build_layouts()

_INK = re.compile(r"\s+")
_LINE_LABEL = re.compile(rf"^(?:\d+\.|{_CN_NUMERAL}、|注:)")
_KEY_CHARS = 6  # characters of a line's text that find the source line it came from


def _spread(table: list[str], span: list[str]) -> list[str]:
    """The table's lines over the `span` of source lines they replace, each on the first line (after the
    one before) that holds the start of its text, blank lines between: a task keeps the line of its
    row's task cell, so a warning about it names the line the editor sees. When a line's text is not
    found there, the table's lines end the span (a delimited table's rows are its last lines)."""
    if len(table) > len(span):
        return table
    inked = [_INK.sub("", line) for line in span]
    out, at = [""] * len(span), 0
    for n, line in enumerate(table):
        key = _INK.sub("", _LINE_LABEL.sub("", line))[:_KEY_CHARS]
        last = len(span) - (len(table) - n)  # room is left for the lines after it
        found = next((j for j in range(at, last + 1) if key and key in inked[j]), None)
        if found is None:
            return [""] * (len(span) - len(table)) + table
        out[found], at = line, found + 1
    return out


_AROUND = 3  # lines of text above and under a table where its legend stands (the title, a note)


def _around(lines: list[str], start: int, end: int) -> str:
    """The text lines just above a table and just under it: its title and a legend or note (●为牵头单位，○为配合单位;
    注：★表示牵头单位), which a matrix's marks are read by."""
    above = [ln.strip() for ln in lines[max(0, start - _AROUND):start] if ln.strip()]
    under = [ln.strip() for ln in lines[end:end + _AROUND] if ln.strip()]
    return " ".join(above + under)


def _legend_after(lines: list[str], end: int) -> int | None:
    """The index of a legend line (●为牵头单位，○为配合单位) standing next under a table, blank lines between; None
    when the next line says anything else."""
    at = next((j for j in range(end, min(len(lines), end + _AROUND)) if lines[j].strip()), None)
    return at if at is not None and legend_line(lines[at]) else None


def find_pasted_tables(text: str, keep_lines: bool = False) -> str:
    """Rewrite every task table pasted into `text` as plan text; all other lines are left as they are, but a
    paragraph a spreadsheet's copy quoted, which is written unquoted.

    With `keep_lines` a table's text is padded with blank lines to the number of lines it spanned,
    so the lines after it keep their numbers (a plan source's warnings name lines of the file).
    """
    text = assign_by_unit(text)  # a duty table by unit gives its roles to the numbered items above it
    # a legend of unit codes (A.市甲局　B.市乙委) is one note, never items A. B.; its codes read in the unit cells
    text, codes = legend_lines_joined(text, keep_lines)
    # the document's legend (●为牵头单位) known while its tables are looked for: a matrix headed by short names
    # (公安 | 住建) is known by it (header.py `short_named_column`)
    with marks_stated(legend(text)), codes_stated(codes):
        return _tables_rewritten(text, keep_lines)


def _tables_rewritten(text: str, keep_lines: bool) -> str:
    """find_pasted_tables, the legend known."""
    lines = text.split("\n")
    out: list[str] = []
    notes = _NOTES.get()
    i = 0
    while i < len(lines):
        noted = len(notes) if notes is not None else 0
        found = PASTED_LAYOUTS.read(lines, i)
        if found is not None and found.rows is not None:
            out.extend(found.before)
            # the legend nearest the table first (its title, a note under it), then one stated anywhere in the
            # document (表中●表示牵头单位 in the covering notice)
            table = rows_to_text(found.rows, carry_down=True, cut_last=found.cut,
                                 context=f"{_around(lines, i, found.end)} {text}").split("\n")
            if keep_lines:  # each line at its row's line of the file, blanks where the header and other cells stood
                table = _spread(table, lines[i + len(found.before):found.end])
            out.extend(table)
            i = found.end
            legend_at = _legend_after(lines, i)
            if legend_at is not None:  # a matrix's legend under it: the table's note, never its last task's annotation
                out.extend(lines[i:legend_at])
                out.append(f"注:{legend_line(lines[legend_at])}。")
                i = legend_at + 1
            continue
        if notes is not None:
            del notes[noted:]  # what a table not found noted on the way
        if found is not None:  # lines that hold no task table, passed over whole
            out.extend(lines[i:found.end])
            i = found.end
        elif (quoted := delimited.quoted_paragraph(lines, i)) is not None:
            # a paragraph copied out of a sheet's cell (a 要点 kept in column A): read as the text the cell holds
            cell_lines, i = quoted
            out.extend(cell_lines)
        else:
            glued = glued_header(lines[i])
            if glued:
                _note(lines[i], f"a table run together with its text, no mark between its cells "
                                f"({' | '.join(glued)}): its rows were not read")
            out.append(lines[i])
            i += 1
    return "\n".join(out)
