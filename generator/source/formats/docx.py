"""Word .docx -> plan text: body paragraphs and tables in document order, Word's auto-numbering typed out.

The text parser recognises tasks by their typed labels ("一、", "1.", "(一)").
Word documents often let Word generate those labels from a numbering
definition instead, so python-docx's `paragraph.text` would lose them; here
each numbered paragraph gets its label computed the way Word displays it.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml

from ...errors import PlansiteError
from ...words.labels import ATTACHMENT_MARK_LINE, label_of
from ...words.notices import note_bracket
from ...words.page import CONTINUED_TABLE, PAGE_NUMBER
from ..limits import MAX_ARCHIVE_BYTES, MAX_TABLE_COLUMNS
from .archive import check_archive
from .flavours import transitional_package
from .blocks import BlockLines, nested_table_lines, notes_placed, paragraphs_after, taken_out_whole
# (a ruled PDF table's row broken across a page is joined so: the same reading for a Word row broken the same way)
from .page_rows import joined_row, row_goes_on
from .runs import collecting, mark_pieces, strong_red
from .word_fields import FieldNumbers
from .list_counter import ListCounter, fill
from .attributes import int_attribute

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_VAL = _w("val")
# text that Word does not show as part of the paragraph: moved-away text, the
# fallback copy of a drawing, and text boxes (their own paragraphs, read before the paragraph: _text_boxes_lines)
_HIDDEN = {_w("moveFrom"), _w("del"), _w("txbxContent"), f"{{{_MC}}}Fallback"}


def docx_to_text(path: Path, package: bytes | None = None) -> str:
    """The plan text of the Word package at `path`; with `package`, of those bytes (a package rebuilt in memory from
    a Word XML file's parts, word_xml.py), `path` then only naming the file in messages."""
    document = _open(path, package)
    parts = _Parts(_Numbering(document), _Notes(document), _character_style_kinds(document), _Fields(document))
    return "\n".join(_blocks(document.element.body.iterchildren(), parts))


@dataclass
class _Parts:
    """The parts of the package the body's paragraphs refer to: list numbering, footnotes and endnotes; and whether
    the reading is still at the document's head, above its first line of text (where text boxes are read)."""
    numbering: "_Numbering"
    notes: "_Notes"
    style_kinds: dict[str, frozenset[str]]  # the formatting each character style sets (_character_style_kinds)
    fields: "_Fields"
    at_head: bool = True


def _open(path: Path, package: bytes | None = None):
    if package is None:
        _check_archive(path)  # (a rebuilt package was written here from parts checked as the file's XML was read)
    # a Strict, macro-enabled or template package (.docm, .dotx, .dotm) is read as the .docx it holds (flavours.py)
    source = io.BytesIO(package) if package is not None else path
    transitional = transitional_package(source)
    if transitional is not None:
        package = transitional
    try:
        return docx.Document(io.BytesIO(package) if package is not None else str(path))
    except PackageNotFoundError as exc:
        raise PlansiteError("is not a Word .docx file (not a zip package); is it damaged, or an old .doc?",
                            str(path)) from exc
    except Exception as exc:  # a missing part, bad XML, a truncated zip (zlib, seek, EOF): all one refusal
        raise PlansiteError(f"is a damaged Word .docx file ({type(exc).__name__}: {exc})", str(path)) from exc


def _check_archive(path: Path) -> None:
    """Refuse, before unpacking, a zip bomb and XML entity declarations (archive.check_archive)."""
    check_archive(path, ".docx", "Word document", limit=MAX_ARCHIVE_BYTES)


def _blocks(children, parts: _Parts):
    """Lines of block-level elements (of the body, a cell, a content control), in document order."""
    lines = BlockLines()
    children = iter(list(children))
    for child in children:
        if child.tag == _w("p"):
            if _removed_by_revision(child):
                continue  # takes no number: Word renumbers the list as if it were gone
            yield from _text_boxes_lines(child, parts)
            label = parts.numbering.label(child)
            text = _in_columns(child, _paragraph_text(child, parts.notes, parts.fields, tab="\t"))
            _mark_formatted_runs([child], text, parts)
            for line in lines.paragraph(text, label):
                parts.at_head = False
                yield line
        elif child.tag == _w("tbl"):
            parts.at_head = False
            rows, last = _table_continued(child, parts)
            while last is not child:  # (the furniture and the table's later pieces are passed over)
                child = next(children)
            yield from lines.table(rows, _paragraphs_after(last))
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None and not _showing_placeholder(child):
                yield from _blocks(content.iterchildren(), parts)
        elif child.tag == _w("customXml"):
            yield from _blocks(child.iterchildren(), parts)


def _table_continued(tbl, parts: _Parts):
    """The rows of a table with its pieces on the next pages, and the last piece's element.

    A table running over pages, in a PDF converted to Word (or one pasted page by page), is one Word table a page:
    each under the header row printed again, with only the page's furniture between them (the page number, — 7 —;
    the running head, the plan's title in small type; a 续表 mark). Read apart, each piece starts a table of its own
    and the running head above it a plan of its own. A piece whose header row is the table's, after nothing but such
    furniture across a page break, goes on the table: its header dropped, and a first row with no 序号 the tail of the
    row the page broke (市生 / 态环境局, 加强登记上牌 / 管理), joined to it cell by cell as a ruled PDF row is.
    """
    rows, last = _table_rows(tbl, parts), tbl
    header = _header_words(tbl)
    while len(header) > 1 and all(header):
        piece = _next_piece(last)
        # (the header compared before the piece is read: reading it counts its Word-numbered 序号 cells)
        if piece is None or _header_words(piece) != header:
            break
        more = [row for row in _table_rows(piece, parts)[1:] if row != rows[0]]
        if more and _numbering_restarts(rows, more[0]):
            break
        if more and row_goes_on(rows[-1], more[0]):
            rows[-1] = joined_row(rows[-1], more.pop(0))
        rows, last = rows + more, piece
    return rows, last


def _numbering_restarts(rows: list[list[str]], first: list[str]) -> bool:
    """Whether a piece's first row numbers its task anew: its 序号 no greater than the last row's so far. A table going
    on over a page goes on counting (…2 / 3); two attachments' lists under the same header each count from 1, the
    second a table of its own. A piece opening with a group row (二、农村) or a broken row's tail has no 序号 here."""
    first_number = first[0].strip()
    numbered = [row[0].strip() for row in rows[1:] if row and row[0].strip().isdigit()]
    return first_number.isdigit() and bool(numbered) and int(first_number) <= int(numbered[-1])


def _header_words(tbl) -> list[str]:
    """The words of each cell of the table's first row, as printed (no list numbering)."""
    tr = next(_unwrapped(tbl, "tr"), None)
    if tr is None:
        return []
    return ["".join(_paragraph_text(p).strip() for p in tc.iter(_w("p"))) for tc in _unwrapped(tr, "tc")]


_PAGE_FURNITURE_MAX = 40  # characters of a running head, at most (formats/table/cell_lines._RUNNING_HEAD_MAX)
_PAGE_MARK = re.compile(rf"^(?:{PAGE_NUMBER}|{CONTINUED_TABLE})$")
_SENTENCE_END_MARKS = "。；;，,：:！？!?"


def _next_piece(tbl):
    """The next table after `tbl` when only page furniture stands between them across a page break, else None.

    Furniture: empty paragraphs, a page number or a 续表 mark, and a short line with no sentence end and no outline
    label (the running head). A page break must stand there (a page number, or Word's page break): two tables under
    one header on one page, a caption (二、农村) between them, are two tables. An attachment's mark (附件2, 附件2：…
    清单) is no furniture either: the next attachment starts there, its table under the same header its own (a
    continued piece's mark, 附件1（续）, is the 续表 mark)."""
    node, broke = tbl.getnext(), False
    while node is not None and node.tag == _w("p"):
        text = _paragraph_text(node).strip()
        broke = broke or _breaks_page(node) or bool(text and _PAGE_MARK.match(text))
        if text and not _PAGE_MARK.match(text) and (
                len(text) > _PAGE_FURNITURE_MAX or text[-1] in _SENTENCE_END_MARKS or label_of(text) is not None
                or ATTACHMENT_MARK_LINE.match(text)):
            return None
        node = node.getnext()
    return node if broke and node is not None and node.tag == _w("tbl") else None


def _breaks_page(p) -> bool:
    """Whether paragraph `p` starts a page: a page break in its runs, or its style's page break before it."""
    return any(br.get(_w("type")) == "page" for br in p.iter(_w("br"))) \
        or next(p.iter(_w("lastRenderedPageBreak")), None) is not None \
        or any(before.get(_VAL, "1") not in ("0", "false") for before in p.iter(_w("pageBreakBefore")))


def _text_boxes_lines(p, parts: _Parts):
    """The lines of the text boxes anchored in paragraph `p`, read where they are anchored, before its own text.

    An office's template often sets the notice's title, sometimes the plan's, in a floating text box (wps:txbx, or
    VML v:textbox) anchored to an empty paragraph at the top of the page; its paragraphs are the page's words in
    their place. Word stores a DrawingML box twice, the VML copy in mc:Fallback for old readers: that copy is read
    no more (a box nested in another box is read with its outer box's paragraphs). Only at the document's head,
    above its first line of text: further down, boxes draw a 流程图 (受理 → 交办 → 办理) or a stamp beside the text,
    no words of a task.
    """
    if not parts.at_head:
        return
    for box in p.iter(_w("txbxContent")):
        if not _inside(box, p, {f"{{{_MC}}}Fallback", _w("txbxContent")}):
            yield from _blocks(box.iterchildren(), parts)


def _inside(el, top, tags: set[str]) -> bool:
    """Whether an element between `el` and `top` (both excluded) has one of the tags."""
    node = el.getparent()
    while node is not None and node is not top:
        if node.tag in tags:
            return True
        node = node.getparent()
    return False


# A town or county office often sets its 任务分解表 with no Word table: one paragraph a row, its cells parted by run
# tabs that the paragraph's own tab stops (w:pPr/w:tabs) align, the header row 序号<TAB>工作任务<TAB>责任单位…. A cell
# too long for its column goes on in the next paragraph, indented to that column (w:ind left at a tab stop), maybe
# with tabs on to the unit columns (管网3.5公里<TAB><TAB>建设局). The tabs are kept, so the rows are read as a
# tab-separated table is in a .txt (read._document_plans); such a going-on paragraph is led by one tab for each tab
# stop its indent reaches, so its pieces stand in their columns (<TAB>管网3.5公里<TAB><TAB>建设局). Any other paragraph
# reads as before: its leading tabs (an indent typed with tabs) dropped, a tab inside it the gap it leaves.
def _in_columns(p, text: str) -> str:
    """Paragraph `p`'s text, led by the tabs to the column its indent reaches when it sets its own tab stops."""
    stops = _own_tab_stops(p)
    if not stops:
        return "\n".join(line.lstrip() for line in text.split("\n"))
    return "\t" * sum(1 for stop in stops if stop <= _indent(p)) + text.lstrip(" \u3000")


def _own_tab_stops(p) -> list[int]:
    """The positions (twips) of the left tab stops paragraph `p` sets itself (w:pPr/w:tabs), in order."""
    tabs = p.find(f"{_w('pPr')}/{_w('tabs')}")
    if tabs is None:
        return []
    return sorted(int_attribute(stop.get(_w("pos")), 0) for stop in tabs.iterchildren(_w("tab"))
                  if stop.get(_VAL) not in ("clear", "bar"))


def _indent(p) -> int:
    """Paragraph `p`'s own left indent in twips (w:ind left, or start), 0 when it sets none."""
    ind = p.find(f"{_w('pPr')}/{_w('ind')}")
    if ind is None:
        return 0
    return max(0, int_attribute(ind.get(_w("left"), ind.get(_w("start"))), 0))


def _paragraphs_after(table) -> list[str]:
    """The text of the paragraphs just under a table (a note, a matrix's legend), up to the next table."""
    return paragraphs_after(table.itersiblings(), _is_paragraph, _paragraph_text)


def _is_paragraph(node) -> bool:
    return node.tag == _w("p")


def _paragraph_text(p, notes: "_Notes | None" = None, fields: "_Fields | None" = None, tab: str = " ") -> str:
    """The text Word shows for paragraph `p`; with `fields`, the numbers of its numbering fields saved with no
    result drawn where they stand (counting them: only the reading of the body in document order passes it).
    Each run tab is `tab`: a space in a cell, a header compared, a note; the tab itself in a body paragraph, where
    tabs may part the cells of a table set with tab stops (_in_columns)."""
    out = []
    size = 0  # characters in out
    brackets: list[tuple[int, str]] = []  # (offset, bracket) of each referenced note giving its task's units
    in_fields = fields.in_paragraph(p) if fields is not None else None
    for el in p.iter(_w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen"), *_NOTE_REFERENCES, *_FIELD_PARTS):
        if _hidden(el, p):
            continue
        piece = ""
        if el.tag == _w("t"):
            piece = el.text or ""
            if in_fields is not None:
                in_fields.text_seen(piece)
        elif el.tag in _FIELD_PARTS:
            piece = in_fields.drawn(el) if in_fields is not None else ""
        elif el.tag == _w("tab"):
            if el.getparent().tag == _w("r"):  # not a tab stop definition in w:pPr/w:tabs
                piece = tab
        elif el.tag == _w("noBreakHyphen"):
            piece = "-"
        elif el.tag in _NOTE_REFERENCES:
            bracket = notes.bracket(el) if notes is not None else ""
            if bracket:
                brackets.append((size, bracket))
        else:
            piece = "\n"
        out.append(piece)
        size += len(piece)
    return notes_placed("".join(out), brackets)


# ---------------------------------------------------------------- numbering fields

_FIELD_PARTS = {_w("fldSimple"), _w("fldChar"), _w("instrText")}


class _Fields:
    """The running counts of the document's numbering fields (word_fields.FieldNumbers), and the outline level of
    each paragraph style (an AUTONUM field numbers at its paragraph's outline level: Heading 2 -> level 2)."""

    def __init__(self, document):
        self.numbers = FieldNumbers()
        self.style_levels = _style_outline_levels(document)

    def in_paragraph(self, p) -> "_ParagraphFields":
        own = p.find(f"{_w('pPr')}/{_w('outlineLvl')}")
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        level = int_attribute(own.get(_VAL), 9) if own is not None else \
            self.style_levels.get(style.get(_VAL) if style is not None else "Normal", 9)
        return _ParagraphFields(self.numbers, level if 0 <= level < 9 else 0)  # 9: body text, counted at level 1


@dataclass
class _OpenField:
    """A complex field (w:fldChar begin … separate … end) being read: the pieces of its instruction (a list joined
    once at its end: a field split into thousands of w:instrText runs would otherwise be copied at each one), whether
    its result began, and whether that result holds any text."""
    pieces: list[str] = field(default_factory=list)
    separated: bool = False
    has_result: bool = False


class _ParagraphFields:
    """The fields of one paragraph, read element by element: a simple field (w:fldSimple, its result runs inside
    it) or a complex one (its instruction in w:instrText runs, maybe split over several, between fldChar marks)."""

    def __init__(self, numbers: FieldNumbers, outline_level: int):
        self.numbers = numbers
        self.outline_level = outline_level
        self.open: list[_OpenField] = []  # nested complex fields, innermost last
        self.listnum: int | None = None  # the level of the paragraph's last LISTNUM field

    def text_seen(self, text: str) -> None:
        if self.open and self.open[-1].separated and text.strip():
            self.open[-1].has_result = True

    def drawn(self, el) -> str:
        """The text to set for field element `el`: the number of a field that ends with no stored result."""
        if el.tag == _w("fldSimple"):
            stored = any((t.text or "").strip() for t in el.iter(_w("t")))
            return self._counted(el.get(_w("instr"), ""), stored)
        if el.tag == _w("instrText"):
            if self.open:
                self.open[-1].pieces.append(el.text or "")
            return ""
        kind = el.get(_w("fldCharType"))
        if kind == "begin":
            self.open.append(_OpenField())
        elif kind == "separate" and self.open:
            self.open[-1].separated = True
        elif kind == "end" and self.open:
            closed = self.open.pop()
            return self._counted("".join(closed.pieces), closed.has_result)
        return ""

    def _counted(self, instruction: str, stored: bool) -> str:
        previous = self.listnum
        text = self.numbers.field(instruction, stored, self.outline_level, previous)
        level = self.numbers.listnum_level(instruction, previous)
        if level is not None:
            self.listnum = level
        return text


def _style_outline_levels(document) -> dict[str, int]:
    """Each paragraph style's outline level (0-based; 9 body text), its own or the style it is based on's."""
    def own_level(style):
        level = style.find(f"{_w('pPr')}/{_w('outlineLvl')}")
        return int_attribute(level.get(_VAL), 9) if level is not None else None
    return _inherited_style_values(document, own_level)


def _inherited_style_values(document, own_value) -> dict:
    """{style id: value} for every style of the document: `own_value(style)` where the style sets it (not None), else
    the value of the style it is based on, up its chain (a loop in the chain ends it). Word lets a style take its
    numbering and its outline level from the style it is based on; both are read through here."""
    try:
        styles = document.part.styles.element
    except (KeyError, NotImplementedError):
        return {}
    based_on, own = {}, {}
    for style in styles.iterchildren(_w("style")):
        sid = style.get(_w("styleId"))
        parent = style.find(_w("basedOn"))
        based_on[sid] = parent.get(_VAL) if parent is not None else None
        value = own_value(style)
        if value is not None:
            own[sid] = value
    values = {}
    for sid in based_on:
        seen, current = set(), sid
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if current in own:
            values[sid] = own[current]
    return values


# ---------------------------------------------------------------- footnotes and endnotes

_NOTE_REFERENCES = {_w("footnoteReference"): "footnotes", _w("endnoteReference"): "endnotes"}
_NOTE_ELEMENTS = {"footnotes": _w("footnote"), "endnotes": _w("endnote")}

class _Notes:
    """The document's footnotes and endnotes, each as the bracket it is read as where its reference stands.

    Word keeps a footnote's words in their own part (word/footnotes.xml, endnotes.xml), the body holding only the
    reference mark. A plan may give a task's units there (…局部改造。¹ / ¹ 适老化改造部分由市丙局牵头，市丁局配合。),
    as a PDF sets them at its page's foot: read as the annotation the plan would otherwise have printed, in brackets
    where the mark stands (source/read.py _assignment_notes_at_their_marks does the same for a printed page). A note
    naming no unit's role, or explaining a word (市甲局即市甲事务管理局，下同。 / “两区”：指…), is no annotation: it
    is left out, as a page's foot notes are set aside, and the task's words stay as the body gives them.
    """

    def __init__(self, document):
        self.brackets: dict[tuple[str, str], str] = {}
        for rel in document.part.rels.values():
            kind = rel.reltype.rsplit("/", 1)[-1]
            if rel.is_external or kind not in _NOTE_ELEMENTS:
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root.iterchildren(_NOTE_ELEMENTS[kind]):
                text = "".join(_paragraph_text(p) for p in note.iter(_w("p")))
                self.brackets[(kind, note.get(_w("id")))] = note_bracket(text)

    def bracket(self, reference) -> str:
        """The bracket the note `reference` points to is read as; "" for a note giving no units."""
        return self.brackets.get((_NOTE_REFERENCES[reference.tag], reference.get(_w("id"))), "")


def _removed_by_revision(p) -> bool:
    """A paragraph whose mark a tracked change deletes or moves away, and no text left (blocks.taken_out_whole)."""
    mark = p.find(f"{_w('pPr')}/{_w('rPr')}")
    marked = mark is not None and (mark.find(_w("del")) is not None or mark.find(_w("moveFrom")) is not None)
    return taken_out_whole(marked, lambda: _paragraph_text(p))


def _hidden(el, p) -> bool:
    node = el.getparent()
    while node is not None and node is not p:
        if node.tag in _HIDDEN or (node.tag == _w("sdt") and _showing_placeholder(node)):
            return True
        if node.tag == _w("r"):
            vanish = node.find(f"{_w('rPr')}/{_w('vanish')}")  # hidden text: Word does not show it
            if vanish is not None and vanish.get(_VAL, "true") not in ("0", "false", "off"):
                return True
        node = node.getparent()
    return False


def _showing_placeholder(sdt) -> bool:
    """Whether a content control is left unfilled, showing its placeholder prompt (w:showingPlcHdr).

    An office's Word template fills its cells and paragraphs with content controls; one nobody filled shows Word's
    prompt in grey (单击或点击此处输入文字。 / Click or tap here to enter text.). The prompt is the template's, no
    content of the plan: under a unit column's names it would be read as one more unit.
    """
    flag = sdt.find(f"{_w('sdtPr')}/{_w('showingPlcHdr')}")
    return flag is not None and flag.get(_VAL, "true") not in ("0", "false", "off")


def _table_rows(tbl, parts: _Parts) -> list[list[str]]:
    """The table as a grid: a cell spanning columns repeated in each, a vertical merge takes the text above."""
    grid: list[list[str]] = []
    for tr in _unwrapped(tbl, "tr"):
        if tr.find(f"{_w('trPr')}/{_w('del')}") is not None:
            continue  # a row deleted with track changes: gone from the accepted table, and from its numbering
        row: list[str] = []
        before = tr.find(f"{_w('trPr')}/{_w('gridBefore')}")
        if before is not None:
            row.extend([""] * int_attribute(before.get(_VAL), 0))
        for tc in _unwrapped(tr, "tc"):
            props = tc.find(_w("tcPr"))
            span, merged = 1, False
            if props is not None:
                grid_span = props.find(_w("gridSpan"))
                span = max(1, min(int_attribute(grid_span.get(_VAL), 1), MAX_TABLE_COLUMNS)) if grid_span is not None else 1
                vmerge = props.find(_w("vMerge"))
                merged = vmerge is not None and vmerge.get(_VAL, "continue") == "continue"
            text = "\n".join(_cell_lines(tc, parts))
            _mark_formatted_runs(tc.iterchildren(_w("p")), text, parts)
            column = len(row)
            if merged and grid and column < len(grid[-1]):
                text = grid[-1][column]
            row.extend([text] * span)
        grid.append(row)
    return grid


def _unwrapped(parent, tag: str):
    """Children `tag` of `parent`, also those a content control or custom XML element wraps."""
    for child in parent.iterchildren():
        if child.tag == _w(tag):
            yield child
        elif child.tag in (_w("sdt"), _w("customXml")):
            inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if inner is not None:
                yield from _unwrapped(inner, tag)


def _cell_lines(tc, parts: _Parts) -> list[str]:
    lines = []
    for child in tc.iterchildren():
        if child.tag == _w("p"):
            if _removed_by_revision(child):
                continue
            lines.extend(_text_boxes_lines(child, parts))
            # keep a label with no text: a 序号 column is often numbered by Word
            label = parts.numbering.label(child)
            text = (label + _paragraph_text(child, parts.notes, parts.fields)).strip()
            if text:
                lines.extend(ln.strip() for ln in text.split("\n") if ln.strip())
        elif child.tag == _w("tbl"):
            lines.extend(_nested_table_lines(child, parts))
        elif child.tag in (_w("sdt"), _w("customXml")):
            lines.extend(_blocks([child], parts))
    return lines


def _nested_table_lines(tbl, parts: _Parts) -> list[str]:
    """A table inside a cell, read as the .doc reader reads one (blocks.nested_table_lines)."""
    return nested_table_lines(_table_rows(tbl, parts), _paragraphs_after(tbl))


# ---------------------------------------------------------------- formatted runs

# A plan drafted in Word marks a task's lead by formatting only, under a legend (注：加粗字体的为牵头单位，其余为配合单位):
# （市甲局、市乙局） with 市甲局 in bold, or underlined in the annex's 责任单位 cell. Each paragraph's and cell's runs are
# recorded beside the text (runs.py), as a workbook's are; the legend rule reads them (parse.rules).
def _mark_formatted_runs(paragraphs, where: str, parts: _Parts) -> None:
    """Record the runs of the paragraphs (one, or a cell's) printed bold, underlined, italic or red."""
    if not collecting():
        return
    pieces: list[tuple[str, frozenset[str]]] = []
    for p in paragraphs:
        pieces.append(("\n", frozenset()))  # (a run does not go on into the next paragraph)
        for r in p.iter(_w("r")):
            text = "".join(t.text or "" for t in r.iterchildren(_w("t")) if not _hidden(t, p))
            if text:
                pieces.append((text, _run_kinds(r.find(_w("rPr")), parts.style_kinds)))
    mark_pieces(where, pieces)


def _run_kinds(props, style_kinds: dict[str, frozenset[str]]) -> frozenset[str]:
    """The kinds of formatting (runs.RUN_KINDS) run properties set, over those of the character style they name: bold
    (w:b, not w:val="0"), underline (w:u, any style but none), italic, red (a strong red w:color)."""
    if props is None:
        return frozenset()
    style = props.find(_w("rStyle"))
    kinds = set(style_kinds.get(style.get(_VAL), ()) if style is not None else ())
    for tag, kind in (("b", "bold"), ("i", "italic")):
        toggle = props.find(_w(tag))
        if toggle is not None:
            (kinds.add if toggle.get(_VAL, "true") not in ("0", "false", "off") else kinds.discard)(kind)
    underline = props.find(_w("u"))
    if underline is not None:
        (kinds.add if underline.get(_VAL, "single") != "none" else kinds.discard)("underline")
    colour = props.find(_w("color"))
    if colour is not None:
        (kinds.add if strong_red(colour.get(_VAL, "")) else kinds.discard)("red")
    return frozenset(kinds)


def _character_style_kinds(document) -> dict[str, frozenset[str]]:
    """The formatting each character style of the document sets (a 牵头单位 style in bold), by its id."""
    found = {}
    for style in document.styles.element.iterchildren(_w("style")):
        if style.get(_w("type")) == "character":
            found[style.get(_w("styleId"))] = _run_kinds(style.find(_w("rPr")), {})
    return found


# ---------------------------------------------------------------- numbering


@dataclass
class _Level:
    start: int
    fmt: str
    text: str
    legal: bool  # isLgl: every level shown as a decimal (1.2.3)
    style: str | None
    # w:lvlRestart (one-based): the level restarts only after a paragraph of that level or a higher one; 0 = never
    # (Word's "Restart list after" unticked: tasks 1.…N run through every （一） group); None = after any higher level
    restart_after: int | None = None
    suffix: str = "tab"  # w:suff: what Word sets between the label and the text (tab, space or nothing)


class _Numbering:
    """Word's numbering definitions and the running counters, advanced paragraph by paragraph."""

    def __init__(self, document):
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self.styles: dict[str, tuple[str | None, int | None]] = {}
        self.counter = ListCounter()
        self._load(document)

    def _load(self, document) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            for abstract in root.iterchildren(_w("abstractNum")):
                self.abstracts[abstract.get(_w("abstractNumId"))] = {
                    int_attribute(lvl.get(_w("ilvl")), 0): _level(lvl) for lvl in abstract.iterchildren(_w("lvl"))}
            for num in root.iterchildren(_w("num")):
                abstract_id = num.find(_w("abstractNumId"))
                levels, starts = {}, {}
                for override in num.iterchildren(_w("lvlOverride")):
                    ilvl = int_attribute(override.get(_w("ilvl")), 0)
                    start = override.find(_w("startOverride"))
                    if start is not None:
                        starts[ilvl] = int_attribute(start.get(_VAL), 1)
                    lvl = override.find(_w("lvl"))
                    if lvl is not None:
                        levels[ilvl] = _level(lvl)
                if abstract_id is not None:
                    self.nums[num.get(_w("numId"))] = (abstract_id.get(_VAL), levels, starts)
        self._load_styles(document)

    def _load_styles(self, document) -> None:
        def own_numbering(style):
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            return _num_pr(num_pr) if num_pr is not None else None
        self.styles.update(_inherited_style_values(document, own_numbering))

    def label(self, p) -> str:
        """The label Word shows before paragraph `p` ("一、", "1.", "(一)"), advancing the counters; "" if none."""
        num_id, ilvl, style = self._resolve(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides, starts = self.nums[num_id]
        levels = {**self.abstracts.get(abstract_id, {}), **overrides}
        if ilvl is None:
            # a style linked to a list level (Heading 1 -> level 0) names the level through w:pStyle
            ilvl = next((i for i, lv in levels.items() if style and lv.style == style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        # counters belong to the abstract definition, so lists sharing it continue each other's
        # numbering, unless a w:num restarts a level with w:startOverride
        numbers = self.counter.advance(abstract_id, num_id, ilvl, {i: lv.start for i, lv in levels.items()}, starts,
                                       {i: lv.restart_after for i, lv in levels.items()})
        if numbers is None or level.fmt == "bullet":
            return ""  # a level out of range has no number; a bullet is not a label the plan text would type
        # isLgl: every level shown as a decimal (1.2.3)
        text = fill(level.text, numbers, {} if level.legal else {i: lv.fmt for i, lv in levels.items()})
        return _set_apart(text.strip(), level.suffix)

    def _resolve(self, p) -> tuple[str | None, int | None, str | None]:
        props = p.find(_w("pPr"))
        style_el = props.find(_w("pStyle")) if props is not None else None
        style = style_el.get(_VAL) if style_el is not None else None
        num_id, ilvl = self.styles.get(style, (None, None)) if style else (None, None)
        direct = props.find(_w("numPr")) if props is not None else None
        if direct is not None:
            d_num, d_ilvl = _num_pr(direct)
            num_id = d_num if d_num is not None else num_id
            ilvl = d_ilvl if d_ilvl is not None else (ilvl if d_num is None else 0)
        return num_id, ilvl, style


def _set_apart(label: str, suffix: str) -> str:
    """The label with a space after it where its last character would run into the paragraph's words as one token.

    Word sets its w:suff (a tab by default, or a space) between a list's label and the text; a label ending in a stop
    or a bracket (１． / （一）) reads apart without it, but a bare number (lvlText `%1`, decimal) would be glued to
    the text (1推进…) and read as no label at all."""
    return label + " " if label and suffix != "nothing" and label[-1].isascii() and label[-1].isalnum() else label


def _num_pr(num_pr) -> tuple[str | None, int | None]:
    num_id = num_pr.find(_w("numId"))
    ilvl = num_pr.find(_w("ilvl"))
    return (num_id.get(_VAL) if num_id is not None else None,
            int_attribute(ilvl.get(_VAL), 0) if ilvl is not None else None)




def _level(lvl) -> _Level:
    def val(tag: str, default: str) -> str:
        el = lvl.find(_w(tag))
        return el.get(_VAL, default) if el is not None else default

    style = lvl.find(_w("pStyle"))
    restart = lvl.find(_w("lvlRestart"))
    return _Level(
        start=int_attribute(val("start", "1"), 1),
        fmt=val("numFmt", "decimal"),
        text=val("lvlText", ""),
        legal=lvl.find(_w("isLgl")) is not None and val("isLgl", "1") not in ("0", "false"),
        style=style.get(_VAL) if style is not None else None,
        restart_after=int_attribute(restart.get(_VAL), 9) if restart is not None else None,
        suffix=val("suff", "tab"),
    )
