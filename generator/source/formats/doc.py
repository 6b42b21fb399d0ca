"""Word 97-2003 .doc -> plan text: the main document's paragraphs and tables, read from the binary file ([MS-DOC]).

Sites still publish many plans and 分工表 as .doc files. Such a file is an OLE compound file (read with
olefile); its WordDocument stream opens with the FIB, which says where the rest lies. The text is a sequence of
pieces listed by the piece table (the CLX in the 0Table or 1Table stream): each piece either 8-bit
("compressed", Windows-1252) or UTF-16LE. Chinese text is in UTF-16 pieces; Word keeps an ASCII-only stretch
in a compressed piece.

In the text, \\r ends a paragraph and \\x07 ends a table cell; a row ends with one more \\x07 after its cells,
a paragraph mark the paragraph properties (PAPX) flag as the row's end (sprmPFTtp) and that carry the row's
cell boundaries and merges (sprmTDefTable). When a paragraph's properties are too big for their page (a bordered
row of six or more cells: LibreOffice and Word both do it), the page keeps only sprmPHugePapx, pointing at the
properties in the Data stream. A field is \\x13 instruction \\x14 result \\x15: its result is what
Word shows. Footnotes, headers and comments follow the main document's ccpText characters: not read.

Automatic numbering (a list Word numbers: 一、 (一) 1.) is not in the text of a .doc: a numbered paragraph names
its list (sprmPIlfo, an entry of the LFO table) and level (sprmPIlvl), and the list's level (LVL in the PlfLst)
gives the start, the number style and the label's text with the levels' places; the label is counted here as
Word counts it, as the .docx reader does. Not read: a list's level overrides in the LFO table (a restart at a
given number) and numbering set in a paragraph style; such a paragraph comes without its label, which the
outline reader copes with as with a page copied without its list labels. Hidden text is rare in published
plans: kept.
Paragraphs and tables then go through blocks.BlockLines, the path the .docx reader's also take.
"""
from __future__ import annotations

import bisect
import struct
from pathlib import Path

import olefile

from ...errors import PlansiteError
from ...numerals import format_number
from ..limits import MAX_INPUT_BYTES
from .blocks import block_lines, edge_grid, edge_row, nested_table_lines, restarts_after

_WORD_IDENT = 0xA5EC
_WORD97_NFIB = 0x00C0  # a FIB older than this is Word 6 / 95, laid out differently
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200  # set: the piece table and the rest are in 1Table, else 0Table
_CCP_TEXT = 0x4C  # FibRgLw97.ccpText: the characters of the main document
_FC_LCB = 0x9A  # FibRgFcLcb97: (offset, size) pairs into the table stream
_PLCF_BTE_PAPX = 13  # the pair of the paragraph properties' page index
_CLX = 33  # the pair of the piece table
_PLF_LST = 73  # the pair of the lists' definitions (LSTF each, their LVLs after the table)
_PLF_LFO = 74  # the pair of the list instances a paragraph's sprmPIlfo counts into

_PARAGRAPH_END = "\r\x0c"  # a paragraph mark; a page or section break ends a paragraph too
_CELL_END = "\x07"
# characters standing for things, not text: a picture, a footnote or comment reference, a drawn object,
# an optional hyphen; a line break (\x0b) starts a line, a tab reads as a space (a tab would read as a cell
# separator downstream, as in the .docx reader), a non-breaking hyphen as a hyphen
_CHARACTERS = {"\x0b": "\n", "\t": " ", "\x1e": "-"}

_SPRM_IN_TABLE = 0x2416
_SPRM_ROW_END = 0x2417  # sprmPFTtp
_SPRM_TABLE_DEPTH = 0x6649  # sprmPItap
_SPRM_INNER_CELL_END = 0x244B  # sprmPFInnerTableCell
_SPRM_INNER_ROW_END = 0x244C  # sprmPFInnerTtp
_SPRM_LIST = 0x460B  # sprmPIlfo: 1-based entry of the LFO table, 0 none
_SPRM_LIST_LEVEL = 0x260A  # sprmPIlvl
_SPRM_TABLE_ROW = 0xD608  # sprmTDefTable: the row's cell boundaries and each cell's merge flags
_SPRM_HUGE_PAPX = 0x6646  # sprmPHugePapx: offset in the Data stream of the paragraph's properties stored out of line
_MAX_PRC_DATA = 0x3FA2  # the largest size of properties stored out of line ([MS-DOC] PrcData.cbGrpprl)


def doc_to_text(path: Path) -> str:
    word, table, data = _streams(path)
    try:
        text, fcs = _main_text(word, table)
        properties = _ParagraphProperties(word, table, data)
        blocks = list(_blocks(text, fcs, properties, _Lists(word, table)))
    except (struct.error, IndexError, ValueError) as exc:
        raise PlansiteError(f"is a damaged Word 97-2003 document ({type(exc).__name__}: {exc})", str(path)) from exc
    return "\n".join(block_lines(blocks))


def _streams(path: Path) -> tuple[bytes, bytes, bytes]:
    """The WordDocument stream, the table stream it names and the Data stream (empty if none); PlansiteError if the
    file is not a readable .doc."""
    try:
        ole = olefile.OleFileIO(str(path))
    except Exception as exc:  # olefile raises OSError and others on a truncated or foreign file
        raise PlansiteError(f"is a damaged Word 97-2003 document ({exc})", str(path)) from exc
    with ole:
        if not ole.exists("WordDocument"):
            raise PlansiteError("is an Office 97-2003 file but not a Word document (no WordDocument stream; "
                                "an Excel .xls or another file named .doc?)", str(path))
        try:
            word = ole.openstream("WordDocument").read()
            ident, nfib = struct.unpack_from("<HH", word, 0)
            flags = struct.unpack_from("<H", word, 0x0A)[0]
        except Exception as exc:
            raise PlansiteError(f"is a damaged Word 97-2003 document ({exc})", str(path)) from exc
        if ident != _WORD_IDENT:
            raise PlansiteError("is a damaged Word 97-2003 document (no Word FIB)", str(path))
        if nfib < _WORD97_NFIB:
            raise PlansiteError("is a Word 6.0/95 document; save it as .docx", str(path))
        if flags & _F_ENCRYPTED:
            raise PlansiteError("is an encrypted (password-protected) Word document", str(path))
        name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
        if not ole.exists(name):
            raise PlansiteError(f"is a damaged Word 97-2003 document (no {name} stream)", str(path))
        try:
            data = ole.openstream("Data").read() if ole.exists("Data") else b""
            return word, ole.openstream(name).read(), data
        except Exception as exc:
            raise PlansiteError(f"is a damaged Word 97-2003 document ({exc})", str(path)) from exc


def _fc_lcb(word: bytes, index: int) -> tuple[int, int]:
    return struct.unpack_from("<II", word, _FC_LCB + 8 * index)


def _main_text(word: bytes, table: bytes) -> tuple[str, list[int]]:
    """The main document's characters, fields read to their results, and each character's file position (FC)."""
    ccp_text = struct.unpack_from("<i", word, _CCP_TEXT)[0]
    if ccp_text < 0 or ccp_text > MAX_INPUT_BYTES:
        raise ValueError(f"a main text of {ccp_text} characters")
    chars: list[str] = []
    fcs: list[int] = []
    for cp_start, cp_end, fc, compressed in _pieces(word, table):
        count = min(cp_end, ccp_text) - cp_start
        if count <= 0:
            continue
        if compressed:
            data = word[fc:fc + count].decode("cp1252", errors="replace")
            positions = range(fc, fc + count)
        else:
            data = word[fc:fc + 2 * count].decode("utf-16-le", errors="replace")
            positions = range(fc, fc + 2 * count, 2)
        chars.extend(data)
        fcs.extend(positions[:len(data)])
    return _field_results(chars, fcs)


def _pieces(word: bytes, table: bytes):
    """(first CP, end CP, FC, compressed) of each piece of text, from the CLX's piece table (Pcdt)."""
    fc_clx, lcb_clx = _fc_lcb(word, _CLX)
    clx = table[fc_clx:fc_clx + lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers of the pieces, not needed for text
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + size]
    count = (len(plc) - 4) // 12
    if count <= 0:
        raise ValueError("an empty piece table")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    if any(cps[i] > cps[i + 1] for i in range(count)):
        raise ValueError("piece table out of order")  # pieces overlapping would repeat text without end
    for i in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        yield cps[i], cps[i + 1], (fc // 2 if compressed else fc), compressed


def _field_results(chars: list[str], fcs: list[int]) -> tuple[str, list[int]]:
    """The text with each field (\\x13 instruction \\x14 result \\x15, nested too) read as its result."""
    out, kept = [], []
    fields: list[bool] = []  # per open field: its result reached
    in_instruction = 0  # the open fields still in their instruction (counted: a deep nesting stays linear)
    for ch, fc in zip(chars, fcs):
        if ch == "\x13":
            fields.append(False)
            in_instruction += 1
        elif ch == "\x14":
            if fields and not fields[-1]:
                fields[-1] = True
                in_instruction -= 1
        elif ch == "\x15":
            if fields and not fields.pop():
                in_instruction -= 1
        elif not in_instruction:
            out.append(ch)
            kept.append(fc)
    return "".join(out), kept


class _ParagraphProperties:
    """The paragraph properties (sprms) of each paragraph mark, from the PAPX pages (FKPs) of the WordDocument."""

    def __init__(self, word: bytes, table: bytes, data: bytes = b""):
        self.data = data  # the Data stream, where sprmPHugePapx points
        self.out_of_line: dict[int, dict[int, bytes]] = {}  # by offset: each row definition read once
        self.starts: list[int] = []
        self.runs: list[tuple[int, bytes]] = []  # (end FC, grpprl) per run of paragraphs, by start FC
        fc, lcb = _fc_lcb(word, _PLCF_BTE_PAPX)
        plc = table[fc:fc + lcb]
        count = (len(plc) - 4) // 8
        for i in range(max(count, 0)):
            page = (struct.unpack_from("<I", plc, 4 * (count + 1) + 4 * i)[0] & 0x3FFFFF) * 512
            self._read_page(word[page:page + 512])
        order = sorted(range(len(self.starts)), key=self.starts.__getitem__)
        self.starts = [self.starts[i] for i in order]
        self.runs = [self.runs[i] for i in order]

    def _read_page(self, page: bytes) -> None:
        if len(page) < 512:
            return
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            offset = 2 * page[4 * (crun + 1) + 13 * i]
            grpprl = b""
            if offset:
                cb = page[offset]
                grpprl = page[offset + 1:offset + 2 * cb] if cb else page[offset + 2:offset + 2 + 2 * page[offset + 1]]
            self.starts.append(fcs[i])
            self.runs.append((fcs[i + 1], grpprl[2:]))  # the first two bytes: the paragraph's style

    def sprms(self, fc: int) -> dict[int, bytes]:
        """The sprms of the paragraph whose mark stands at file position `fc` (the last of each kind)."""
        i = bisect.bisect_right(self.starts, fc) - 1
        if i < 0 or fc >= self.runs[i][0]:
            return {}
        sprms = dict(_sprms(self.runs[i][1]))
        huge = sprms.pop(_SPRM_HUGE_PAPX, None)
        if huge is not None and len(huge) == 4:
            sprms.update(self._stored_out_of_line(struct.unpack("<I", huge)[0]))
        return sprms

    def _stored_out_of_line(self, offset: int) -> dict[int, bytes]:
        """The sprms sprmPHugePapx points at: in the Data stream, their size (2 bytes; the format keeps it under
        0x3FA2, and a larger one is read only that far, not refused), then them (PrcData: no style index before
        them, unlike a PAPX on its page). None if the offset is out of the stream; what a short or cut-off run holds
        is read as far as it goes, with no note (the row's properties then lost, its cells read as paragraphs).
        Kept by offset: each PAPX run pointing at the same sprms reads them once."""
        if offset not in self.out_of_line:
            size = struct.unpack_from("<H", self.data, offset)[0] if offset + 2 <= len(self.data) else 0
            grpprl = self.data[offset + 2:offset + 2 + min(size, _MAX_PRC_DATA)]
            self.out_of_line[offset] = dict(_sprms(grpprl))
        return self.out_of_line[offset]


def _sprms(grpprl: bytes):
    """(sprm, operand) of a list of property modifiers; the operand's size is coded in the sprm (spra)."""
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm == _SPRM_TABLE_ROW:  # its size in two bytes, counting one byte more
            if pos + 2 > len(grpprl):
                return
            size = struct.unpack_from("<H", grpprl, pos)[0] - 1
            pos += 2
        else:
            if pos >= len(grpprl):
                return
            size = grpprl[pos]
            pos += 1
        yield sprm, grpprl[pos:pos + size]
        pos += size


# ---------------------------------------------------------------- paragraphs and tables


class _Table:
    """A table being read: its finished rows, the open row's cells, the open cell's paragraphs and nested tables."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int | None, int | None]]] = []
        self.cells: list[str] = []
        self.cell: list[str | list[list[str]]] = []

    def end_cell(self, paragraph: str) -> None:
        self.cell.append(paragraph)
        self.cells.append("\n".join(line for line in _cell_lines(self.cell) if line.strip()))
        self.cell = []

    def end_row(self, definition: bytes | None) -> None:
        self.rows.append(_row_cells(self.cells, definition, self.rows))
        self.cells = []

    def grid(self) -> list[list[str]]:
        if self.cell:  # paragraphs with no cell end after them: a cell still
            self.end_cell("")
        if self.cells:  # cells with no row end after them: a row still
            self.end_row(None)
        return edge_grid(self.rows)


def _blocks(text: str, fcs: list[int], properties: _ParagraphProperties, lists: "_Lists"):
    """("paragraph", text) and ("table", rows of cells) in document order, a table nested in a cell read into the
    cell's lines (as the .docx reader reads one: blocks.nested_table_lines).

    Each paragraph mark says its table depth (sprmPItap; sprmPFInTable alone: 1). At depth 1 a cell ends with
    \\x07 and a row with one more \\x07 (sprmPFTtp); deeper, a cell ends with a paragraph mark flagged
    sprmPFInnerTableCell and a row with one flagged sprmPFInnerTtp.
    """
    open_tables: list[_Table] = []  # by depth: the outermost first
    start = 0
    for i, ch in enumerate(text):
        if ch not in _PARAGRAPH_END and ch != _CELL_END:
            continue
        sprms = properties.sprms(fcs[i])
        paragraph = lists.label(sprms) + _plain(text[start:i])
        start = i + 1
        depth = _table_depth(sprms)
        while len(open_tables) > depth:  # a table ends where a paragraph outside it starts
            rows = open_tables.pop().grid()
            if open_tables:
                open_tables[-1].cell.append(rows)
            else:
                yield "table", rows
        if depth == 0:
            yield "paragraph", paragraph
            continue
        while len(open_tables) < depth:
            open_tables.append(_Table())
        table = open_tables[-1]
        if _flag(sprms, _SPRM_ROW_END if depth == 1 else _SPRM_INNER_ROW_END):
            table.end_row(sprms.get(_SPRM_TABLE_ROW))
        elif ch == _CELL_END if depth == 1 else _flag(sprms, _SPRM_INNER_CELL_END):
            table.end_cell(paragraph)
        else:
            table.cell.append(paragraph)  # one of a cell's paragraphs
    while open_tables:
        rows = open_tables.pop().grid()
        if open_tables:
            open_tables[-1].cell.append(rows)
        else:
            yield "table", rows


def _cell_lines(items: list[str | list[list[str]]]) -> list[str]:
    """A cell's paragraphs and, for a table nested in it, that table's lines (with the paragraphs under it)."""
    lines: list[str] = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            lines.append(item.strip())
        else:
            after = []
            for following in items[i + 1:i + 3]:
                if not isinstance(following, str):
                    break
                after.append(following.strip())
            lines.extend(nested_table_lines(item, after))
    return lines


def _plain(text: str) -> str:
    return "".join(_CHARACTERS.get(ch, "" if ch < " " else ch) for ch in text)


def _flag(sprms: dict[int, bytes], sprm: int) -> bool:
    return bool(sprms.get(sprm, b"\x00")[:1] not in (b"", b"\x00"))


def _table_depth(sprms: dict[int, bytes]) -> int:
    depth = sprms.get(_SPRM_TABLE_DEPTH)
    if depth:
        return max(0, min(struct.unpack("<i", depth[:4].ljust(4, b"\0"))[0], 64))
    return 1 if _flag(sprms, _SPRM_IN_TABLE) else 0


def _row_cells(cells: list[str], definition: bytes | None,
               above: list[list[tuple[str, int | None, int | None]]]) -> list[tuple[str, int | None, int | None]]:
    """A row's cells as (text, left, right) edges in twips, merged cells given their text (blocks.edge_row)."""
    return edge_row(cells, _row_definition(definition, len(cells)), above)


def _row_definition(definition: bytes | None, count: int) -> list[tuple[int, int, bool, bool]] | None:
    """(left, right, merged with the cell above, merged with the cell before) of each cell, from sprmTDefTable."""
    if not definition or definition[0] != count or len(definition) < 1 + 2 * (count + 1):
        return None
    centers = struct.unpack_from(f"<{count + 1}h", definition, 1)
    cells = []
    for i in range(count):
        flags_at = 1 + 2 * (count + 1) + 20 * i
        flags = struct.unpack_from("<H", definition, flags_at)[0] if flags_at + 2 <= len(definition) else 0
        horizontal, vertical = flags & 0x3, (flags >> 5) & 0x3
        cells.append((centers[i], centers[i + 1], vertical in (1, 2), horizontal in (2, 3)))
    return cells


# ---------------------------------------------------------------- automatic numbering

# Word's number styles (nfc) by the names format_number takes (the .docx names, ST_NumberFormat)
_NUMBER_STYLES = {
    0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 10: "ideographDigital",
    11: "japaneseCounting", 14: "decimalFullWidth", 18: "decimalEnclosedCircle", 19: "decimalFullWidth2",
    22: "decimalZero", 23: "bullet", 28: "decimalEnclosedCircleChinese", 29: "ideographEnclosedCircle",
    30: "ideographTraditional", 31: "ideographZodiac", 33: "taiwaneseCounting", 34: "ideographLegalTraditional",
    35: "taiwaneseCountingThousand", 36: "taiwaneseDigital", 37: "chineseCounting", 38: "chineseLegalSimplified",
    39: "chineseCountingThousand", 255: "none",
}


class _Lists:
    """The lists' level definitions and the running counters, advanced numbered paragraph by numbered paragraph."""

    def __init__(self, word: bytes, table: bytes):
        self.levels: dict[int, list[tuple[int, str, bool, str, int | None]]] = {}  # lsid -> a level (`_level`)
        self.instances: list[int] = []  # the LFO table: each entry's list (lsid)
        self.counters: dict[int, list[int | None]] = {}
        try:
            self._load_lists(word, table)
            self._load_instances(word, table)
        except (struct.error, IndexError, ValueError):
            self.instances = []  # damaged list tables: the text without its labels

    def _load_lists(self, word: bytes, table: bytes) -> None:
        fc, lcb = _fc_lcb(word, _PLF_LST)
        if not lcb:
            return
        count = struct.unpack_from("<h", table, fc)[0]
        pos = fc + 2 + 28 * count  # the LVLs follow the LSTFs, a list's 1 (simple list) or 9 levels in turn
        for i in range(max(count, 0)):
            lsid = struct.unpack_from("<i", table, fc + 2 + 28 * i)[0]
            simple = table[fc + 2 + 28 * i + 26] & 0x01
            levels = []
            for _ in range(1 if simple else 9):
                level, pos = _level(table, pos)
                levels.append(level)
            self.levels[lsid] = levels

    def _load_instances(self, word: bytes, table: bytes) -> None:
        fc, lcb = _fc_lcb(word, _PLF_LFO)
        if not lcb:
            return
        count = struct.unpack_from("<i", table, fc)[0]
        self.instances = [struct.unpack_from("<i", table, fc + 4 + 16 * i)[0] for i in range(max(0, min(count, lcb)))]

    def label(self, sprms: dict[int, bytes]) -> str:
        """The label Word shows before the paragraph ("一、", "（一）", "1."), advancing the counters; "" if none."""
        entry = sprms.get(_SPRM_LIST)
        if not entry or len(entry) < 2:
            return ""
        index = struct.unpack("<h", entry[:2])[0]
        if not 0 < index <= len(self.instances):
            return ""
        lsid = self.instances[index - 1]
        levels = self.levels.get(lsid)
        ilvl = sprms.get(_SPRM_LIST_LEVEL, b"\0")[0] if sprms.get(_SPRM_LIST_LEVEL) else 0
        if not levels or ilvl >= len(levels):
            return ""
        counters = self.counters.setdefault(lsid, [None] * 9)
        start, style, legal, text, _ = levels[ilvl]
        counters[ilvl] = start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            if restarts_after(levels[deeper][4] if deeper < len(levels) else None, deeper, ilvl):
                counters[deeper] = None
        if style == "bullet":
            return ""  # a bullet is not a label the plan text would type
        out = []
        for ch in text:
            if ord(ch) < 9:  # a level's place: that level's number, in its style
                k = ord(ch)
                k_start, k_style = (levels[k][0], levels[k][1]) if k < len(levels) else (1, "decimal")
                n = counters[k] if counters[k] is not None else k_start
                out.append(format_number(n, "decimal" if legal else k_style))
            else:
                out.append(ch)
        return "".join(out).strip()


def _level(table: bytes, pos: int) -> tuple[tuple[int, str, bool, str, int | None], int]:
    """A list level (LVL) at `pos`: (start, number style, legal, label text, restart limit) and where the next one
    starts. The restart limit (ilvlRestartLim, read only under fNoRestart) is the level's "Restart list after"
    (blocks.restarts_after); None restarts it under every higher level."""
    start, nfc, flags = struct.unpack_from("<iBB", table, pos)
    cb_chpx, cb_papx = table[pos + 24], table[pos + 25]
    restart_limit = table[pos + 26] if flags & 0x08 else None
    pos += 28 + cb_papx + cb_chpx
    cch = struct.unpack_from("<H", table, pos)[0]
    text = table[pos + 2:pos + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    return (start, _NUMBER_STYLES.get(nfc, "decimal"), bool(flags & 0x04), text, restart_limit), pos + 2 + 2 * cch
