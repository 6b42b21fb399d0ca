"""Word documents saved as one XML file, read as the Word documents they are.

Offices "另存为 XML 文档" and sites serve the file under .xml, or under .doc (Word opens it by its
`<?mso-application progid="Word.Document"?>` instruction, whatever it is named). Two kinds:

- Flat OPC ("Word XML 文档", Word 2007+ and WPS): the whole .docx package as one XML file, <pkg:package> holding
  each part as a <pkg:part pkg:name="/word/document.xml"> (its XML in pkg:xmlData, a picture base64 in
  pkg:binaryData). The package is rebuilt in memory from its parts and read by the .docx reader (docx.py), so its
  numbering, merged cells and notes read as in the .docx it was.
- Word 2003 XML ("XML 文档", WordprocessingML 2003): <w:wordDocument> in the 2003 wordml namespace, its lists in
  <w:lists>, its body in <w:body>/<wx:sect>. Read here: paragraphs, tables (a cell spanning columns repeated in each,
  w:vmerge continued down from the cell above) and list labels. Word writes the label it drew beside each numbered
  paragraph (<w:listPr>…<wx:t wx:val="1."/>); without that hint the label is counted from the list's definition.
"""
from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ...errors import PlansiteError
from ..limits import read_input
from .archive import refuse_entities
from .blocks import BlockLines, nested_table_lines, paragraphs_after
from .list_counter import ListCounter, fill
from .attributes import int_attribute

_PACKAGE = "http://schemas.microsoft.com/office/2006/xmlPackage"
_WORDML = "http://schemas.microsoft.com/office/word/2003/wordml"
_AUX = "http://schemas.microsoft.com/office/word/2003/auxHint"
_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# the root element's name, past the XML declaration, processing instructions and comments
_ROOT = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")


def word_xml_kind(head: bytes) -> str | None:
    """"flat-opc" or "word2003" for the head of a Word XML file (its root element and that element's namespace),
    None for any other file."""
    text = _decoded_head(head)
    root = _ROOT.search(text)
    if root is None:
        return None
    if root.group(2) == "package" and _PACKAGE in text:
        return "flat-opc"
    if root.group(2) == "wordDocument" and _WORDML in text:
        return "word2003"
    return None


def _decoded_head(head: bytes) -> str:
    for bom, encoding in _UTF16_BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, "ignore")
    return head.decode("utf-8", "ignore")


def _parsed(path: Path, data: bytes | None, kind: str):
    """The file's XML tree, read under the checks every plan file passes (size, links, devices), entities refused."""
    from lxml import etree  # (loaded for these files only: the routing above reads the head as bytes)

    if data is None:
        data = read_input(Path(path))
    refuse_entities(data, path.name, kind, path)
    # (comments and instructions dropped: the children walked below are elements only)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise PlansiteError(f"is a damaged {kind} ({exc}); open it in Word or WPS and save it as .docx",
                            str(path)) from exc


# ---------------------------------------------------------------- Flat OPC

_CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_WORD_CONTENT_TYPES = ("wordprocessingml", "application/vnd.ms-word.")


def _pkg(tag: str) -> str:
    return f"{{{_PACKAGE}}}{tag}"


def flat_opc_to_text(path: Path, data: bytes | None = None) -> str:
    """The plan text of a Flat OPC Word document: its parts zipped back into the .docx they were, read as one."""
    from .docx import docx_to_text

    root = _parsed(path, data, "Word XML document")
    parts = _package_parts(root)
    if not any(word in (content_type or "") for _, content_type, _ in parts for word in _WORD_CONTENT_TYPES):
        raise PlansiteError("holds an Office XML package (pkg:package) with no Word document in it (a PowerPoint or "
                            "another program's?); open it in the program that wrote it and save it as .docx",
                            str(path))
    return docx_to_text(path, _zipped(parts))


def _package_parts(root) -> list[tuple[str, str | None, bytes]]:
    """(name, content type, bytes) of each part of the package, the first of a name kept."""
    parts, names = [], set()
    for part in root.iterchildren(_pkg("part")):
        name = (part.get(_pkg("name")) or "").lstrip("/")
        if not name or name in names:
            continue
        data = _part_bytes(part)
        if data is not None:
            names.add(name)
            parts.append((name, part.get(_pkg("contentType")), data))
    return parts


def _part_bytes(part) -> bytes | None:
    """A part's bytes: its XML (the element in pkg:xmlData) or its base64 pkg:binaryData; None for neither."""
    from lxml import etree

    xml = part.find(_pkg("xmlData"))
    if xml is not None:
        element = next(xml.iterchildren(), None)
        return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True) \
            if element is not None else None
    binary = part.find(_pkg("binaryData"))
    if binary is None:
        return None
    try:
        return base64.b64decode("".join((binary.text or "").split()))
    except (binascii.Error, ValueError):
        return None  # a damaged picture: left out, the words read on


def _zipped(parts: list[tuple[str, str | None, bytes]]) -> bytes:
    """The parts as a zip package, with the [Content_Types].xml the package's own names."""
    out = io.BytesIO()
    overrides = "".join(f"<Override PartName={quoteattr('/' + name)} ContentType={quoteattr(content_type)}/>"
                        for name, content_type, _ in parts if content_type)
    types = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{_CONTENT_TYPES_NS}">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", types)
        for name, _, data in parts:
            archive.writestr(name, data)
    return out.getvalue()


# ---------------------------------------------------------------- Word 2003 XML


def _w(tag: str) -> str:
    return f"{{{_WORDML}}}{tag}"


_VAL = _w("val")
_AUX_VAL = f"{{{_AUX}}}val"
# elements whose words Word does not show in the paragraph's line: a footnote's or endnote's own paragraphs (a 2003
# file keeps them inside the run that marks them), a drawing's text, headers and footers
_NOT_IN_LINE = {_w("footnote"), _w("endnote"), _w("pict"), _w("hdr"), _w("ftr")}
# block-level elements passed over: the section's page setup (its headers and footers), the tables' properties
_NO_TEXT_BLOCKS = {_w("sectPr"), _w("hdr"), _w("ftr"), _w("tblPr"), _w("tblGrid")}


def word2003_to_text(path: Path, data: bytes | None = None) -> str:
    """The plan text of a Word 2003 XML document (w:wordDocument)."""
    root = _parsed(path, data, "Word 2003 XML document")
    body = root.find(_w("body"))
    if body is None:
        raise PlansiteError("is a Word 2003 XML document with no body (w:body); open it in Word or WPS and save it "
                            "as .docx", str(path))
    lists = _Lists(root)
    return "\n".join(_blocks(body, lists, BlockLines()))


def _blocks(container, lists: "_Lists", lines: BlockLines):
    """Lines of the paragraphs and tables in a container (the body, a section, a bordered group), in order."""
    for child in container.iterchildren():
        if child.tag == _w("p"):
            yield from lines.paragraph(_paragraph_text(child, tab="\t").lstrip(" \t\u3000"), lists.label(child))
        elif child.tag == _w("tbl"):
            yield from lines.table(_table_rows(child, lists), _paragraphs_after(child))
        elif child.tag not in _NO_TEXT_BLOCKS:
            yield from _blocks(child, lists, lines)  # wx:sect, wx:sub-section, wx:pBdrGroup, aml:content …


def _paragraph_text(p, tab: str = " ") -> str:
    """The words Word shows for paragraph `p`: its w:t (not w:delText, w:instrText), tabs as `tab`, breaks as lines."""
    out = []
    for el in p.iter(_w("t"), _w("tab"), _w("br"), _w("cr")):
        if _not_shown(el, p):
            continue
        if el.tag == _w("t"):
            out.append(el.text or "")
        elif el.tag == _w("tab"):
            out.append(tab if el.getparent().tag == _w("r") else "")  # not a tab stop of w:pPr/w:tabs
        else:
            out.append("\n")
    return "".join(out)


def _not_shown(el, p) -> bool:
    node = el.getparent()
    while node is not None and node is not p:
        if node.tag in _NOT_IN_LINE:
            return True
        if node.tag == _w("r"):
            vanish = node.find(f"{_w('rPr')}/{_w('vanish')}")  # hidden text
            if vanish is not None and vanish.get(_VAL, "on") not in ("off", "0", "false"):
                return True
        node = node.getparent()
    return False


def _paragraphs_after(tbl) -> list[str]:
    """The text of the paragraphs just under a table (a note, a matrix's legend)."""
    return paragraphs_after(tbl.itersiblings(), _is_paragraph, _paragraph_text)


def _is_paragraph(node) -> bool:
    return node.tag == _w("p")


def _table_rows(tbl, lists: "_Lists") -> list[list[str]]:
    """The table as a grid: a cell spanning columns (w:gridSpan, or w:hmerge continued) repeated in each, a cell
    merged down (w:vmerge with no value, "continue") given the text of the cell above."""
    from ..limits import MAX_TABLE_COLUMNS

    grid: list[list[str]] = []
    for tr in tbl.iterchildren(_w("tr")):
        row: list[str] = []
        before = tr.find(f"{_w('trPr')}/{_w('gridBefore')}")
        if before is not None:
            row.extend([""] * min(int_attribute(before.get(_VAL), 0), MAX_TABLE_COLUMNS))
        for tc in tr.iterchildren(_w("tc")):
            props = tc.find(_w("tcPr"))
            span = int_attribute(_value(props, "gridSpan"), 1)
            text = "\n".join(_cell_lines(tc, lists))
            column = len(row)
            if _continues(props, "vmerge") and grid and column < len(grid[-1]):
                text = grid[-1][column]
            elif _continues(props, "hmerge") and row:
                text = row[-1]
            row.extend([text] * max(1, min(span, MAX_TABLE_COLUMNS)))
        grid.append(row)
    return grid


def _continues(props, merge: str) -> bool:
    """Whether a cell goes on a merge (w:vmerge / w:hmerge with no value or "continue"; "restart" opens one)."""
    element = props.find(_w(merge)) if props is not None else None
    return element is not None and element.get(_VAL, "continue") == "continue"


def _cell_lines(tc, lists: "_Lists") -> list[str]:
    """A cell's lines: each paragraph with its list label (a 序号 cell numbered by Word holds only the label)."""
    lines = []
    for child in tc.iterchildren():
        if child.tag == _w("p"):
            text = (lists.label(child) + _paragraph_text(child)).strip()
            lines.extend(line.strip() for line in text.split("\n") if line.strip())
        elif child.tag == _w("tbl"):
            lines.extend(nested_table_lines(_table_rows(child, lists), _paragraphs_after(child)))
        elif child.tag != _w("tcPr"):
            lines.extend(_cell_lines(child, lists))
    return lines


def _value(props, tag: str) -> str | None:
    element = props.find(_w(tag)) if props is not None else None
    return element.get(_VAL) if element is not None else None




class _Lists:
    """The document's lists (w:lists: w:listDef levels, w:list instances) and the running counters.

    A numbered paragraph names its list instance and level in w:pPr/w:listPr (w:ilfo, w:ilvl), or takes them from its
    paragraph style's w:listPr. The label is Word's own hint (wx:t) when the file keeps it; else it is counted as Word
    counts: by the list definition (instances of one definition go on counting), a level starting again under each
    higher one (unless its w:lvlRestart says otherwise), w:startOverride of an instance starting it anew."""

    def __init__(self, root):
        self.levels: dict[str, dict[int, tuple[int, str, str, int | None]]] = {}  # listDefId -> level -> definition
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}  # ilfo -> (listDefId, start overrides)
        self.styles: dict[str, tuple[str | None, int | None]] = {}  # paragraph style -> (ilfo, ilvl)
        self.counter = ListCounter()
        lists = root.find(_w("lists"))
        if lists is not None:
            for definition in lists.iterchildren(_w("listDef")):
                self.levels[definition.get(_w("listDefId"))] = {
                    int_attribute(lvl.get(_w("ilvl")), 0): _level(lvl) for lvl in definition.iterchildren(_w("lvl"))}
            for instance in lists.iterchildren(_w("list")):
                starts = {int_attribute(o.get(_w("ilvl")), 0): int_attribute(_value(o, "startOverride"), 1)
                          for o in instance.iterchildren(_w("lvlOverride")) if o.find(_w("startOverride")) is not None}
                self.instances[instance.get(_w("ilfo"))] = (_value(instance, "ilst"), starts)
        styles = root.find(_w("styles"))
        for style in styles.iterchildren(_w("style")) if styles is not None else ():
            own = style.find(f"{_w('pPr')}/{_w('listPr')}")
            if own is not None:
                self.styles[style.get(_w("styleId"))] = (_value(own, "ilfo"), int_attribute(_value(own, "ilvl"), 0))

    def label(self, p) -> str:
        """The label Word draws before paragraph `p` ("1.", "（一）"), advancing the counters; "" if none."""
        props = p.find(_w("pPr"))
        own = props.find(_w("listPr")) if props is not None else None
        style = _value(props, "pStyle")
        ilfo, ilvl = self.styles.get(style, (None, None)) if style else (None, None)
        if own is not None:
            ilfo = _value(own, "ilfo") or ilfo
            ilvl = int_attribute(_value(own, "ilvl"), ilvl or 0)
        counted = self._counted(ilfo, ilvl or 0) if ilfo not in (None, "0") else ""
        hint = own.find(f"{{{_AUX}}}t") if own is not None else None
        if hint is not None and self._level(ilfo, ilvl or 0)[1] != "bullet":
            return _set_apart(hint.get(_AUX_VAL, "").strip())
        return counted

    def _level(self, ilfo: str | None, ilvl: int) -> tuple[int, str, str, int | None]:
        definition, _ = self.instances.get(ilfo, (None, {}))
        return self.levels.get(definition, {}).get(ilvl, (1, "decimal", "", None))

    def _counted(self, ilfo: str, ilvl: int) -> str:
        if ilfo not in self.instances or not 0 <= ilvl < 9:
            return ""
        definition, starts = self.instances[ilfo]
        levels = self.levels.get(definition, {})
        # all nine levels given a start, a level the definition lacks starting at 1 or at its w:startOverride
        numbers = self.counter.advance(definition, ilfo, ilvl, {k: levels[k][0] if k in levels else 1 for k in range(9)},
                                       starts, {k: level[3] for k, level in levels.items()})
        _, style, text, _ = levels.get(ilvl, (1, "decimal", "", None))
        if style == "bullet":
            return ""
        text = fill(text, numbers, {k: level[1] for k, level in levels.items()})
        return _set_apart(text.strip())


def _level(lvl) -> tuple[int, str, str, int | None]:
    """(start, number style, label text, restart limit) of a w:lvl."""
    from .doc import _NUMBER_STYLES  # w:nfc holds the .doc's number style codes

    restart = _value(lvl, "lvlRestart")
    return (int_attribute(_value(lvl, "start"), 1), _NUMBER_STYLES.get(int_attribute(_value(lvl, "nfc"), 0), "decimal"),
            _value(lvl, "lvlText") or "", int_attribute(restart, 9) if restart is not None else None)


def _set_apart(label: str) -> str:
    """A bare number's label (lvlText `%1`) set apart from the words by a space, as docx._set_apart does."""
    return label + " " if label and label[-1].isascii() and label[-1].isalnum() else label
