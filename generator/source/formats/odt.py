"""OpenDocument text (.odt, and the flat .fodt) -> plan text, read as the .docx reader reads Word.

Offices save with 永中 Office, WPS or LibreOffice, which write OpenDocument (GB/T 17150 is ODF): an .odt is a zip
whose `mimetype` member says application/vnd.oasis.opendocument.text, the body in content.xml and the shared styles
(list styles, the outline numbering) in styles.xml; a .fodt is the same XML in one file, under <office:document>.
As in Word, the plan's 一、（一）1. often exist only as list numbering (text:list under a list style's
style:num-format, prefix and suffix, its counters going on across lists with text:continue-numbering), so each
numbered paragraph gets the label the office draws. Paragraphs (text:p, text:h) are lines; tables (table:table) are
grids handed to the same table readers as Word's (formats/blocks.py), a cell spanning columns
(table:number-columns-spanned) repeated in each as a docx gridSpan, and a covered cell under one spanning rows
(table:covered-table-cell under table:number-rows-spanned) taking its text as a docx vMerge does. Footnotes, text
boxes and tracked deletions are read as docx.py reads Word's.

Parsed with the standard library's ElementTree, after the archive's guards (archive.check_archive: zip bombs,
DOCTYPE refused). No ODF library: odfpy and odfdo give the element tree but not the drawn list numbers, which are
the whole work here, so they would add a dependency and save nothing.
"""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from ...errors import PlansiteError
from ...numerals import format_number
from ...words.notices import note_bracket
from ..limits import (MAX_ARCHIVE_BYTES, MAX_DEPTH, MAX_LIST_LEVELS, MAX_SPACE_RUN, MAX_TABLE_CELLS, MAX_TABLE_REPEAT,
                      read_input)
from .archive import check_archive, refuse_entities
from .blocks import BlockLines, nested_table_lines, notes_placed, paragraphs_after, taken_out_whole
from .attributes import int_attribute

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
TEXT_MIMETYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")


def _q(name: str) -> str:
    """`text:p` -> `{urn:…:text:1.0}p`."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _TABLE = _q("text:p"), _q("text:h"), _q("text:list"), _q("table:table")
_CELL, _COVERED_CELL = _q("table:table-cell"), _q("table:covered-table-cell")
_LIST_ITEM, _LIST_HEADER = _q("text:list-item"), _q("text:list-header")
_STYLE_NAME = _q("text:style-name")
# block elements whose paragraphs are read in place: sections, a table of contents' or index's body (Word's TOC
# content control is read the same), a change's inserted text kept in the body
_CONTAINERS = {_q("text:section"), _q("text:index-body"), _q("text:table-of-content"),
               _q("text:alphabetical-index"), _q("text:illustration-index"), _q("text:table-index"),
               _q("text:user-index"), _q("text:object-index"), _q("text:bibliography"), _q("office:text")}
# inside a paragraph, elements whose words are no part of the paragraph as shown: the cached list label (the label is
# computed), comments (office:annotation, as Word keeps comments out of the body), hidden text, a frame (its text box
# is read before the paragraph at the document's head), a tracked change's mark (the deleted words stand in
# text:tracked-changes, left out as Word's w:del), bookmarks' and references' marks
_SKIPPED_INLINE = {_q("text:number"), _q("office:annotation"), _q("text:hidden-text"), _q("draw:frame"),
                   _q("draw:a"), _q("text:tracked-changes"), _q("text:note"), _q("text:ruby-text")}
_CHANGE_MARKS = {_q("text:change"), _q("text:change-start")}
# inline elements read in _inline, the hot loop: their names built once
_SPACE, _TAB, _LINE_BREAK, _NOTE = _q("text:s"), _q("text:tab"), _q("text:line-break"), _q("text:note")
_SPACE_COUNT = _q("text:c")


def odt_to_text(path: Path) -> str:
    """The plan text of an .odt (a zip package)."""
    check_archive(path, ".odt", "OpenDocument text", limit=MAX_ARCHIVE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            content = _part(archive, "content.xml", path)
            styles = _part(archive, "styles.xml", path) if "styles.xml" in archive.namelist() else None
    except PlansiteError:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError, EOFError, RuntimeError,
            NotImplementedError, zlib.error) as exc:
        raise PlansiteError(f"is a damaged OpenDocument text ({type(exc).__name__}: {exc})", str(path)) from exc
    return _document_text(content, [r for r in (styles, content) if r is not None], path)


def fodt_to_text(path: Path) -> str:
    """The plan text of a flat .fodt (one XML file, its styles and body under <office:document>)."""
    data = read_input(Path(path))  # the size, link and device checks every plan file passes
    refuse_entities(data, path.name, "OpenDocument text", path)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise PlansiteError(f"is a damaged flat OpenDocument text ({exc})", str(path)) from exc
    return _document_text(root, [root], path)


def _part(archive: zipfile.ZipFile, name: str, path: Path):
    data = archive.read(name)
    refuse_entities(data, name, "OpenDocument text", path)
    return ElementTree.fromstring(data)


def _document_text(root, style_roots: list, path: Path) -> str:
    body = root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise PlansiteError("is an OpenDocument file with no text body (a spreadsheet or a presentation?); open it "
                            "in WPS or LibreOffice and save it as .docx or .xlsx", str(path))
    refuse_deep_nesting(body, path)
    reading = _Reading(_ListStyles(style_roots))
    return "\n".join(_blocks(list(body), reading, BlockLines()))


def refuse_deep_nesting(body, path: Path, kind: str = "text", saved_as: str = ".docx") -> None:
    """Refuse a body nesting elements deeper than MAX_DEPTH (lists in lists, spans in spans, tables in cells): the
    reading below recurses once a level, and an office's plan nests a few dozen at most (ten list levels, a table in
    a cell), so thousands of levels are a damaged or hostile file. Measured with an explicit stack, in one pass."""
    stack = [(body, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise PlansiteError(f"is an OpenDocument {kind} whose elements nest over {MAX_DEPTH} deep (lists in "
                                f"lists or spans in spans: a damaged file); open it in WPS or LibreOffice and save it "
                                f"as {saved_as}", str(path))
        stack.extend((child, depth + 1) for child in element)


# ---------------------------------------------------------------- list styles and counters

# style:num-format values and the Word numbering format each draws (numerals.format_number). LibreOffice, WPS and
# 永中 write a Chinese format as its first numbers ("一, 二, 三, ..."); "" draws no number (a label of prefix and
# suffix only).
_NUM_FORMATS = {
    "1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
    "一, 二, 三, ...": "chineseCounting", "壹, 贰, 叁, ...": "chineseLegalSimplified",
    "壹, 貳, 參, ...": "chineseLegalSimplified", "甲, 乙, 丙, ...": "ideographTraditional",
    "子, 丑, 寅, ...": "ideographZodiac", "①, ②, ③, ...": "decimalEnclosedCircle",
    "１, ２, ３, ...": "decimalFullWidth", "○, 一, 二, ...": "ideographDigital", "": "none",
}


@dataclass
class _Level:
    fmt: str  # a Word numbering format (format_number), "bullet" for a bullet level
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    shown: int = 1  # text:display-levels: how many levels the label shows (2 -> "1.2.")


def _level(element) -> _Level:
    if element.tag != _q("text:list-level-style-number"):
        return _Level("bullet")  # a bullet or an image: no label the plan text would type
    fmt = element.get(_q("style:num-format"), "1")
    return _Level(
        fmt=_NUM_FORMATS.get(fmt, "decimal"),
        prefix=element.get(_q("style:num-prefix"), ""),
        suffix=element.get(_q("style:num-suffix"), ""),
        start=int_attribute(element.get(_q("text:start-value")), 1),
        shown=max(1, min(int_attribute(element.get(_q("text:display-levels")), 1), MAX_LIST_LEVELS)),
    )




class _ListStyles:
    """The list styles (text:list-style, by name, in styles.xml and content.xml's automatic styles), the outline
    numbering of headings (text:outline-style), and the list style each paragraph style names (through its
    parents), for a list that names none."""

    def __init__(self, roots: list):
        self.lists: dict[str, dict[int, _Level]] = {}
        self.outline: dict[int, _Level] = {}
        self.paragraph_lists: dict[str, str] = {}
        parents: dict[str, str] = {}
        for root in roots:
            for style in root.iter(_q("text:list-style")):
                self.lists[style.get(_q("style:name"), "")] = _levels(style)
            for style in root.iter(_q("text:outline-style")):
                self.outline = _levels(style)
            for style in root.iter(_q("style:style")):
                name = style.get(_q("style:name"), "")
                parents[name] = style.get(_q("style:parent-style-name"), "")
                if style.get(_q("style:list-style-name")):
                    self.paragraph_lists[name] = style.get(_q("style:list-style-name"))
        self._parents = parents

    def of_paragraph(self, style: str | None) -> str | None:
        """The list style a paragraph style names, itself or through the styles it is based on."""
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.paragraph_lists:
                return self.paragraph_lists[style]
            style = self._parents.get(style)
        return None


def _levels(style) -> dict[int, _Level]:
    return {int_attribute(lv.get(_q("text:level")), 1) - 1: _level(lv) for lv in style
            if lv.tag.startswith(f"{{{_NS['text']}}}") and lv.get(_q("text:level"))}


@dataclass
class _Counters:
    """The running counts of one list (a top-level text:list and the lists that continue it), level by level."""
    style: str | None
    counts: list[int | None] = field(default_factory=lambda: [None] * MAX_LIST_LEVELS)

    def advance(self, levels: dict[int, _Level], depth: int, start: int | None) -> str:
        """Count an item at `depth` (zero-based), restarting the deeper levels; its label as drawn."""
        level = levels.get(depth, _Level("decimal"))
        if start is not None:
            self.counts[depth] = start
        elif self.counts[depth] is None:
            self.counts[depth] = level.start
        else:
            self.counts[depth] += 1
        for deeper in range(depth + 1, MAX_LIST_LEVELS):
            self.counts[deeper] = None
        if level.fmt == "bullet":
            return ""
        numbers = []
        for k in range(max(0, depth - level.shown + 1), depth + 1):
            lv = levels.get(k, _Level("decimal"))
            count = self.counts[k] if self.counts[k] is not None else lv.start
            numbers.append(format_number(count, lv.fmt))
        return f"{level.prefix}{'.'.join(n for n in numbers if n)}{level.suffix}".strip()


@dataclass
class _Reading:
    """What the walk through the body keeps: the styles, the lists' counters (by xml:id, and the last list of each
    list style, which text:continue-numbering goes on from), the outline's counters, and whether the reading is
    still at the document's head (where text boxes are read)."""
    styles: _ListStyles
    by_id: dict[str, _Counters] = field(default_factory=dict)
    last_of_style: dict[str | None, _Counters] = field(default_factory=dict)
    outline: _Counters = field(default_factory=lambda: _Counters("outline"))
    at_head: bool = True


# ---------------------------------------------------------------- blocks


def _blocks(children, reading: _Reading, lines: BlockLines):
    """Lines of block elements (of the body, a section, a cell), in document order."""
    for i, child in enumerate(children):
        if child.tag in (_P, _H):
            yield from _paragraph_lines(child, reading, lines, _heading_label(child, reading))
        elif child.tag == _LIST:
            yield from _list_lines(child, reading, lines, None, 0)
        elif child.tag == _TABLE:
            reading.at_head = False
            yield from lines.table(_table_rows(child, reading), _paragraphs_after(children[i + 1:]))
        elif child.tag in _CONTAINERS:
            yield from _blocks(list(child), reading, lines)


def _paragraph_lines(p, reading: _Reading, lines: BlockLines, label: str):
    if reading.at_head:
        for box in p.iter(_q("draw:text-box")):
            yield from _blocks(list(box), reading, lines)
    for line in lines.paragraph(_paragraph_text(p, with_notes=True), label):
        reading.at_head = False
        yield line


def _heading_label(h, reading: _Reading) -> str:
    """The outline numbering's label of a heading (text:h outside a list), advancing the outline's counters: an
    office's 一、 headings may be numbered by the document's chapter numbering rather than a list."""
    if h.tag != _H or h.get(_q("text:is-list-header")) == "true" or not reading.styles.outline:
        return ""
    depth = max(0, min(int_attribute(h.get(_q("text:outline-level")), 1) - 1, MAX_LIST_LEVELS - 1))
    start = int_attribute(h.get(_q("text:start-value")), 0) or None if h.get(_q("text:restart-numbering")) == "true" else None
    if depth not in reading.styles.outline or reading.styles.outline[depth].fmt == "none":
        return ""
    return reading.outline.advance(reading.styles.outline, depth, start)


def _list_lines(lst, reading: _Reading, lines: BlockLines, counters: _Counters | None, depth: int):
    """The lines of a text:list at `depth`, each item's first paragraph under the label the office draws.

    A top-level list counts anew unless it continues another: text:continue-list names the list (ODF 1.2), and
    text:continue-numbering="true" goes on from the last list of the same list style (how LibreOffice and WPS save
    tasks 1.…27 running on through the （一）…（六） groups between them). A nested list counts one level deeper
    in its top-level list's counters; a list naming no style takes its outer list's, or its first paragraph's."""
    style = lst.get(_STYLE_NAME) or (counters.style if counters else None) or _first_paragraph_list_style(lst, reading)
    if counters is None:
        counters = _top_counters(lst, style, reading)
    elif lst.get(_STYLE_NAME):
        counters.style = style
    levels = reading.styles.lists.get(style or "", {})
    for item in lst:
        if item.tag not in (_LIST_ITEM, _LIST_HEADER):
            continue
        numbered = item.tag == _LIST_ITEM
        start = int_attribute(item.get(_q("text:start-value")), 0) or None
        for k, child in enumerate(item):
            if child.tag in (_P, _H):
                label = ""
                if numbered and k == 0 and not _removed_by_revision(child):
                    label = counters.advance(levels, depth, start)
                elif numbered and k == 0:
                    continue  # a paragraph a tracked change takes out whole takes no number
                yield from _paragraph_lines(child, reading, lines, label)
            elif child.tag == _LIST:
                yield from _list_lines(child, reading, lines, counters, min(depth + 1, MAX_LIST_LEVELS - 1))
            elif child.tag == _TABLE:
                reading.at_head = False
                yield from lines.table(_table_rows(child, reading), [])
            elif child.tag in _CONTAINERS:
                yield from _blocks(list(child), reading, lines)


def _top_counters(lst, style: str | None, reading: _Reading) -> _Counters:
    named = lst.get(_q("text:continue-list"))
    if named and named in reading.by_id:
        counters = reading.by_id[named]
    elif lst.get(_q("text:continue-numbering")) == "true" and style in reading.last_of_style:
        counters = reading.last_of_style[style]
    else:
        counters = _Counters(style)
    own_id = lst.get(_q("xml:id"))
    if own_id:
        reading.by_id[own_id] = counters
    reading.last_of_style[style] = counters
    return counters


def _first_paragraph_list_style(lst, reading: _Reading) -> str | None:
    p = next((el for el in lst.iter() if el.tag in (_P, _H)), None)
    return reading.styles.of_paragraph(p.get(_STYLE_NAME)) if p is not None else None


def _removed_by_revision(p) -> bool:
    """A paragraph a tracked deletion took out whole (blocks.taken_out_whole): a change mark left and no text, its
    words standing in text:tracked-changes."""
    return taken_out_whole(any(el.tag in _CHANGE_MARKS for el in p.iter()), lambda: _paragraph_text(p))


def _paragraphs_after(siblings) -> list[str]:
    """The text of the paragraphs just under a table (a note, a matrix's legend), up to the next table."""
    return paragraphs_after(siblings, _is_paragraph, _paragraph_text)


def _is_paragraph(node) -> bool:
    return node.tag in (_P, _H)


# ---------------------------------------------------------------- paragraph text


def _paragraph_text(p, with_notes: bool = False) -> str:
    """The paragraph's shown text; with its notes' brackets where their citations stand (blocks.notes_placed) when
    `with_notes` (a body paragraph; not a note's own, nor a legend's)."""
    out: list[str] = []
    brackets: list[tuple[int, str]] = []
    _inline(p, out, brackets, with_notes)
    return notes_placed("".join(out), brackets)


def _inline(element, out: list[str], brackets: list, with_notes: bool) -> None:
    """Append the shown text of `element`'s content: spaces (text:s, its text:c), a tab read as a space (a tab would
    read as a table cell separator downstream), line breaks, and a footnote's bracket where its citation stands."""
    if element.text:
        out.append(element.text)
    for child in element:
        tag = child.tag
        if tag == _SPACE:
            out.append(" " * max(1, min(int_attribute(child.get(_SPACE_COUNT), 1), MAX_SPACE_RUN)))
        elif tag == _TAB:
            out.append(" ")
        elif tag == _LINE_BREAK:
            out.append("\n")
        elif tag == _NOTE:
            bracket = _note_bracket(child) if with_notes else ""
            if bracket:
                brackets.append((sum(map(len, out)), bracket))
        elif tag not in _SKIPPED_INLINE:
            _inline(child, out, brackets, with_notes)
        if child.tail:
            out.append(child.tail)


def _note_bracket(note) -> str:
    """A footnote or endnote (text:note) read as the .docx reader reads Word's: the bracket its body names units in,
    or "" for a note naming no unit's role. ODF keeps the note's body where its citation stands."""
    body = note.find(_q("text:note-body"))
    if body is None:
        return ""
    return note_bracket("".join(_paragraph_text(p) for p in body.iter() if p.tag in (_P, _H)))


# ---------------------------------------------------------------- tables


def _table_rows(table, reading: _Reading) -> list[list[str]]:
    """The table as a grid (table_grid), each covered place holding the text of the cell spanning it."""
    return table_grid(table, lambda cell: "\n".join(_cell_lines(cell, reading)), fill_covered=True).rows


def cell_text_reader(style_roots: list):
    """A function giving a table cell's text, its paragraphs a line each (a list-numbered 序号 drawn), for the cells
    of a sheet (formats/ods.py) as for those of a text's tables."""
    reading = _Reading(_ListStyles(style_roots))
    return lambda cell: "\n".join(_cell_lines(cell, reading))


class TableGrid(NamedTuple):
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]]  # first and last row, first and last column (1-based) of each span
    row_elements: list  # the table:table-row each grid row was laid down from (a repeated row's, for each copy)


def table_grid(table, cell_text, fill_covered: bool) -> TableGrid:
    """The table (a text's table:table, or a sheet: formats/ods.py) as a grid of cell texts (`cell_text(cell)`), with
    its spanning cells as merged ranges and each grid row's row element. Every cell element is
    one column: a cell spanning columns (number-columns-spanned) or rows (number-rows-spanned) covers the
    covered-table-cell places beside and under it, which take its text when `fill_covered` (as docx.py repeats a
    gridSpan and a vMerge) and stay empty otherwise (as Excel's copy leaves a merge's covered cells: the sheet
    reader carries merges down itself). A repeated row or cell (number-rows/columns-repeated) is repeated, at most
    MAX_TABLE_REPEAT times, a run of empty rows once; without `fill_covered` (a sheet) a row's trailing empty cells
    are dropped, as a sheet's unused columns are (LibreOffice writes each row's last cell repeated to column 16384).
    Past MAX_TABLE_CELLS the file is refused.

    Each cell is counted once: a spanning cell's covered places when the span is met (they are kept until their
    row comes, so a span over a thousand rows counts before it fills memory), every other place of the grid as its
    row is laid down; a run of empty cells is counted before it is laid down (a flat file of repeated empty cells
    would otherwise fill memory before the limit is met), and a sheet row's trailing run is never laid down. A merged 分工表 of a few thousand cells counts a few thousand."""
    grid: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []
    row_elements: list = []
    spans: dict[tuple[int, int], str] = {}
    cells = 0
    for tr in _rows(table):
        row: list[str] = []
        from_spans = 0  # the row's places a span above or beside filled, counted when the span was met
        empty_run = 0  # empty cells not laid down yet: laid down when a cell follows, dropped at a sheet row's end
        for cell in tr:
            if cell.tag not in (_CELL, _COVERED_CELL):
                continue
            repeat = max(1, min(int_attribute(cell.get(_q("table:number-columns-repeated")), 1), MAX_TABLE_REPEAT))
            covered = cell.tag == _COVERED_CELL
            text = "" if covered else cell_text(cell)
            down = max(1, min(int_attribute(cell.get(_q("table:number-rows-spanned")), 1), MAX_TABLE_REPEAT))
            across = max(1, min(int_attribute(cell.get(_q("table:number-columns-spanned")), 1), MAX_TABLE_REPEAT))
            if not covered and not text and down == across == 1:
                empty_run += repeat
                continue
            _counted(cells + len(row) - from_spans + empty_run)  # before laying them down: a row of 60,000
            row.extend([""] * empty_run)                           # empty cells repeated 1024 times is refused unbuilt
            empty_run = 0
            for _ in range(repeat):
                r, c = len(grid), len(row)
                if covered:
                    spanned = spans.pop((r, c), None)
                    from_spans += spanned is not None
                    row.append((spanned or "") if fill_covered else "")
                    continue
                row.append(text)
                cells = _counted(cells + down * across - 1)
                if down > 1 or across > 1:
                    merges.append((r + 1, r + down, c + 1, c + across))
                for dr in range(down):
                    for dc in range(across):
                        if dr or dc:
                            spans[(r + dr, c + dc)] = text
        if fill_covered:
            _counted(cells + len(row) - from_spans + empty_run)
            row.extend([""] * empty_run)
        times = max(1, min(int_attribute(tr.get(_q("table:number-rows-repeated")), 1), MAX_TABLE_REPEAT))
        if not any(cell.strip() for cell in row) and (fill_covered or not from_spans):
            times = 1
        cells = _counted(cells + len(row) * times - from_spans)
        grid.extend(list(row) for _ in range(times))
        row_elements.extend([tr] * times)
    return TableGrid(grid, merges, row_elements)


def _counted(cells: int) -> int:
    if cells > MAX_TABLE_CELLS:
        raise PlansiteError(f"has a table of over {MAX_TABLE_CELLS} cells once repeated and spanned; is it a "
                            f"real OpenDocument file?")
    return cells


def _rows(table):
    """The table's rows, also those in its header rows and row groups."""
    for child in table:
        if child.tag == _q("table:table-row"):
            yield child
        elif child.tag in (_q("table:table-header-rows"), _q("table:table-rows"), _q("table:table-row-group")):
            yield from _rows(child)


def _cell_lines(cell, reading: _Reading) -> list[str]:
    """A cell's lines: its paragraphs (a list-numbered 序号 kept), a table in it read as docx reads one."""
    lines: list[str] = []
    for child in cell:
        if child.tag == _TABLE:
            lines.extend(nested_table_lines(_table_rows(child, reading), []))
            continue
        own = BlockLines()  # a cell's paragraphs are no legend of the body's tables
        for text in _blocks([child], reading, own):
            lines.extend(ln.strip() for ln in text.split("\n") if ln.strip())
    return lines
