"""RTF (Word / WPS "另存为 RTF", LibreOffice) -> plan text: the document's paragraphs and tables, as .doc is read.

Offices' older sites publish 要点 and 分工表 attachments as .rtf, and serve RTF under .doc or .wps too. RTF is
text: groups in braces, control words (`\\par`), and the document's characters, those outside ASCII written as
`\\'xx` bytes in the document's code page (`\\ansicpg936`, or the font's `\\fcharset134`: GBK) or as `\\uN` Unicode
followed by `\\ucN` fallback characters to skip.

Why not a library: striprtf (the maintained PyPI one) writes a table as cell texts joined by `|` and rows by line
ends, with no cell edges and no merges, and a cell's paragraphs as line ends like the rows'; a 分工表's merged
牵头单位 cell (`\\clvmgf`/`\\clvmrg`) and its group rows would be lost. Reading RTF's groups is short, so it is read
here, with the .doc reader's path for the rest (blocks.edge_row / edge_grid / block_lines).

Read: `\\par` (and `\\sect`, `\\page`) ends a paragraph, `\\line` starts a line in it, a tab reads as a space (a tab
would read as a cell separator downstream, as in the .doc reader); `\\intbl` marks a paragraph in a table, `\\cell`
ends a cell and `\\row` a row, whose definition (`\\trowd`, `\\trleft`, one `\\cellxN` right edge per cell, each
after its `\\clvmgf`/`\\clvmrg` vertical and `\\clmgf`/`\\clmrg` horizontal merge flags) says where each cell
stands and what it is merged with. A table nested in a cell (`\\nestcell`) reads as lines of the cell. A list's
label is in `\\listtext` (or `\\pntext`), written before the paragraph for readers without lists: kept.
Text outside the document's group (a UTF-8 BOM before `{\\rtf`, NULs a site padded the download with after its `}`) is
no text. As the .docx reader drops w:del and w:vanish, tracked deletions (`\\deleted`) and hidden text (`\\v` … `\\v0`)
are not read; their paragraphs and cells still end where they end.
Skipped: `{\\*\\…}` destinations, the font, colour and style tables, document info, pictures (`\\binN` data too),
headers, footers, footnotes, comments, field instructions (a field's result is read).
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ...errors import PlansiteError
from ..limits import MAX_DEPTH, MAX_TABLE_COLUMNS, read_input
from .blocks import block_lines, edge_grid, edge_row
from .charsets import reading_charset

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its number; one space after it belongs to it
    rb"|\\'([0-9a-fA-F]{2})"  # a byte of text in the code page
    rb"|\\(.)"  # a control symbol (\{ \} \\ \~ \- \_ \* and a backslash before a line end: \par)
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in the file are no text
    rb"|([^\\{}\r\n]+)"  # text
    rb"|\\",  # a backslash ending the file
    re.S,
)

# groups whose text is not the document's
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer",
    "footerl", "footerr", "footerf", "footnote", "annotation", "listtable", "listoverridetable", "revtbl",
    "rsidtbl", "xmlnstbl", "filetbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
    "fldinst", "objdata", "nonshppict", "upr", "txe", "xe", "tc", "bkmkstart", "bkmkend",
})
# the Unicode twin of a \upr group's text: read, though it stands in a skipped group under \*
_READ_INSIDE_SKIPPED = frozenset({"ud"})
_PARAGRAPH_ENDS = frozenset({"par", "sect", "page"})
_CHARACTERS = {
    "line": "\n", "tab": " ", "emspace": " ", "enspace": " ", "qmspace": " ", "lquote": "\u2018",
    "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emdash": "\u2014",
    "endash": "\u2013",
}
_SYMBOLS = {b"{": "{", b"}": "}", b"\\": "\\", b"~": " ", b"-": "", b"_": "-", b"\t": " "}
# a symbol font (\fcharset2: Symbol, Wingdings) maps its bytes to pictures, not to a code page: Word 95-2003 writes a
# bullet list's label as `{\pntext\f2\'b7\tab}` in Symbol. Its common bullets read as the bullet the .doc and .docx
# readers give; any other symbol is dropped (decoded in the code page it would be a stray CJK character or U+FFFD)
_SYMBOL_FONT = "symbol"
_SYMBOL_BULLETS = {0xB7: "\u2022", 0xA7: "\u25aa", 0x6C: "\u25cf", 0x6E: "\u25a0", 0xD8: "\u27a2", 0xFC: "\u2713"}
# \fcharset -> code page; ANSI (0) and the default (1) are the document's code page (\ansicpg): Chinese Word and
# WPS name their fonts' charset 0 and write GBK bytes under \ansicpg936
_CHARSETS = {
    2: _SYMBOL_FONT,
    128: "cp932", 129: "cp949", 134: "gb18030", 136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258",
    177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
}
# \uN is a signed 16-bit number (a character past U+7FFF written negative); anything outside is damage
_UNICODE_RANGE = range(-0x8000, 0x10000)


def rtf_to_text(path: Path, data: bytes | None = None) -> str:
    """The plan text of an RTF file; `data`: its bytes when the caller has read them already (read_input, with its
    checks), so the file is not opened a second time."""
    return rtf_bytes_to_text(read_input(path) if data is None else data, str(path))


def rtf_bytes_to_text(data: bytes, source: str) -> str:
    return "\n".join(block_lines(_Reader(data, source).blocks()))


def _code_page(name: str) -> str:
    """A Python codec for a Windows code page; GBK (936) read as GB 18030, its superset; cp1252 if unknown."""
    name = reading_charset(name) or "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


class _Group:
    """What a group sets and its `}` undoes: whether its text is skipped (not the document's) or hidden (deleted or
    hidden text: no text, but its paragraph and cell ends count), the font, \\uc, whether in a table."""

    __slots__ = ("skipped", "hidden", "font", "unicode_skip", "in_table", "font_table")

    def __init__(self) -> None:
        self.skipped = self.hidden = False
        self.font: int | None = None
        self.unicode_skip = 1
        self.in_table = False
        self.font_table = False

    def copy(self) -> "_Group":
        group = _Group()
        group.skipped, group.hidden, group.font = self.skipped, self.hidden, self.font
        group.unicode_skip, group.in_table, group.font_table = self.unicode_skip, self.in_table, self.font_table
        return group

    def reads_text(self) -> bool:
        return not self.skipped and not self.hidden


class _Reader:
    def __init__(self, data: bytes, source: str) -> None:
        self.data = data
        self.source = source
        self.code_page = "cp1252"
        self.fonts: dict[int, str] = {}
        self.default_font: int | None = None  # \\deffN: the font of text with no \\f of its own
        self.font_defined: int | None = None  # the font being defined in the font table
        self.group = _Group()
        self.stack: list[_Group] = []
        self.closed = False  # the document group's `}` read: what follows is no text
        self.to_skip = 0  # fallback characters still to skip after a \\uN
        self.star = False  # a `\\*` just read: the group is a destination to skip unless known
        self.out: list[tuple[str, object]] = []
        self.text: list[str] = []  # the paragraph being read
        self.pending = bytearray()  # text bytes, decoded together (a GBK character is two \\'xx)
        self.cell: list[str] = []  # the open cell's paragraphs
        self.cells: list[str] = []  # the open row's cells
        self.rows: list[list[tuple[str, int | None, int | None]]] = []
        self.definition: list[tuple[int, bool, bool]] = []  # the row's cells: right edge, merged above, before
        self.row_left = 0
        self.merge_above = self.merge_left = False  # flags for the next \\cellx

    def blocks(self) -> list[tuple[str, object]]:
        data = self.data
        pos = max(data.find(b"{"), 0)  # before the document's group (a BOM, blank space): no text
        while pos < len(data) and not self.closed:
            match = _TOKEN.match(data, pos)
            pos = match.end()
            word, number, byte, symbol, brace, text = match.groups()
            if byte is not None or text is not None:
                self._text_token(byte, text)
                continue
            self.to_skip = 0
            self._flush()
            if brace is not None:
                self._brace(brace)
            elif symbol is not None:
                self._symbol(symbol)
            elif word is not None:
                pos = self._word(word.decode(), number, pos)
        self._flush()
        self._paragraph_end(_Group())  # text after the last \\par; a table still open
        return self.out

    def _text_token(self, byte: bytes | None, text: bytes | None) -> None:
        """Text bytes, or one \\'xx byte; the first of them may be a \\uN's fallback to skip."""
        if self.to_skip:
            if byte is not None:
                self.to_skip -= 1
                return
            text, self.to_skip = text[self.to_skip:], max(0, self.to_skip - len(text))
        if self.group.reads_text():
            self.pending += bytes.fromhex(byte.decode()) if byte is not None else text

    def _brace(self, brace: bytes) -> None:
        if brace == b"{":
            self.stack.append(self.group)
            if len(self.stack) > MAX_DEPTH:
                raise PlansiteError(f"nests RTF groups deeper than {MAX_DEPTH} levels; open it in Word or WPS "
                                    f"and save it as .docx", self.source)
            self.group = self.group.copy()
        elif self.stack:
            self.group = self.stack.pop()
            self.closed = not self.stack
        self.star = False

    def _symbol(self, symbol: bytes) -> None:
        if symbol == b"*":
            self.star = True
        elif symbol in b"\r\n":
            self._paragraph_end(self.group)
        elif self.group.reads_text() and symbol in _SYMBOLS:
            self.text.append(_SYMBOLS[symbol])

    def _word(self, name: str, number: bytes | None, pos: int) -> int:
        """Read a control word; the position to read on from (past a \\binN's data)."""
        group = self.group
        value = int(number) if number is not None else None
        if name == "bin":  # binary data (a picture's) of `value` bytes: never text
            if value is None or value < 0 or pos + value > len(self.data):
                raise PlansiteError(f"is a damaged RTF document (\\bin{number and number.decode() or ''} "
                                    f"runs past the end of the file)", self.source)
            return pos + value
        if name in _READ_INSIDE_SKIPPED:
            group.skipped = False
        elif self.star or name in _SKIPPED:
            group.skipped = True
            group.font_table = name == "fonttbl"
        self.star = False
        if name == "u" and value is not None:
            if group.reads_text():
                self.text.append(_unicode_character(value))
            self.to_skip = group.unicode_skip
        else:
            self._control(name, value, group)
        return pos

    def _control(self, name: str, value: int | None, group: _Group) -> None:
        if group.font_table:
            self._font_definition(name, value)
        elif name == "ansicpg" and value is not None:
            self.code_page = _code_page(f"cp{value}")
        elif name == "deff":
            self.default_font = value
        elif name in ("uc", "f", "plain", "v", "deleted"):
            _character_format(name, value, group)
        elif group.skipped:  # a nested table's row definition (\\*\\nesttableprops) is no row of the table
            return
        elif name in ("intbl", "itap", "pard"):
            group.in_table = name == "intbl" or (name == "itap" and bool(value))
        elif name in ("trowd", "trleft", "clvmgf", "clvmrg", "clmgf", "clmrg", "cellx"):
            self._row_definition(name, value or 0)
        elif name in _CHARACTERS:
            if not group.hidden:
                self.text.append(_CHARACTERS[name])
        elif name in _PARAGRAPH_ENDS:
            self._paragraph_end(group)
        elif name == "nestcell":  # a nested table's cell: a line of the outer cell
            self.cell.append(self._take_text())
        elif name == "cell":
            self._end_cell()
        elif name == "row":
            self._row_end()

    def _font_definition(self, name: str, value: int | None) -> None:
        if name == "f":
            self.font_defined = value
        elif name == "fcharset" and self.font_defined is not None and value in _CHARSETS:
            self.fonts[self.font_defined] = _CHARSETS[value]

    def _row_definition(self, name: str, value: int) -> None:
        if name == "trowd":
            self.definition, self.row_left = [], 0
            self.merge_above = self.merge_left = False
        elif name == "trleft":
            self.row_left = value
        elif name == "clvmgf" or name == "clmgf":
            pass  # the first of merged cells holds the text
        elif name == "clvmrg":
            self.merge_above = True
        elif name == "clmrg":
            self.merge_left = True
        elif len(self.definition) < MAX_TABLE_COLUMNS:  # \\cellx
            self.definition.append((value, self.merge_above, self.merge_left))
            self.merge_above = self.merge_left = False

    def _end_cell(self) -> None:
        self.cell.append(self._take_text())
        self.cells.append("\n".join(line for line in (p.strip() for p in self.cell) if line))
        self.cell = []

    def _row_end(self) -> None:
        # a cell's text with no \\cell after it; blank space between the last \\cell and \\row is no cell (one more
        # cell than the row's \\cellx edges would lose the row's edges and its merges)
        if self.cell or "".join(self.text).strip():
            self._end_cell()
        self.text = []
        edges, left = [], self.row_left
        for right, merged_above, merged_left in self.definition:
            edges.append((left, right, merged_above, merged_left))
            left = right
        self.rows.append(edge_row(self.cells, edges, self.rows))
        self.cells = []

    def _paragraph_end(self, group: _Group) -> None:
        if group.in_table:
            self.cell.append(self._take_text())
            return
        text = self._take_text()
        if self.cell or self.cells:  # a row with no \\row after it
            self._row_end()
        if self.rows:
            self.out.append(("table", edge_grid(self.rows)))
            self.rows = []
        self.out.append(("paragraph", text))

    def _flush(self) -> None:
        if not self.pending:
            return
        font = self.group.font if self.group.font is not None else self.default_font
        code_page = self.fonts.get(font, self.code_page) if font is not None else self.code_page
        if code_page == _SYMBOL_FONT:
            self.text.append("".join(_SYMBOL_BULLETS.get(b, "") for b in self.pending))
        else:
            self.text.append(self.pending.decode(code_page, "replace"))
        self.pending = bytearray()

    def _take_text(self) -> str:
        # \\uN gives UTF-16 units: a character outside the BMP comes as two (a surrogate pair)
        text = "".join(self.text).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        self.text = []
        return text


def _character_format(name: str, value: int | None, group: _Group) -> None:
    """A character property the group keeps: \\uc, the font, hidden (\\v, \\v0) or deleted text; \\plain resets
    the font to the default (\\deff) and shows hidden text again."""
    if name == "uc" and value is not None:
        group.unicode_skip = max(0, min(value, 8))
    elif name == "f":
        group.font = value
    elif name == "plain":
        group.font, group.hidden = None, False
    else:  # \\v, \\v0, \\deleted (\\deleted0 ends it)
        group.hidden = value != 0


def _unicode_character(value: int) -> str:
    """A \\uN's character: a UTF-16 unit (a negative N counts down from 65536); none outside the signed 16-bit range
    RTF defines, nor a control character other than a line break (a tab reads as a space, as \\tab does)."""
    if value not in _UNICODE_RANGE:
        return ""
    character = chr(value % 0x10000)
    if character == "\t":
        return " "
    return character if character >= " " or character == "\n" else ""
