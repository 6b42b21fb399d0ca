"""OFD documents (GB/T 33190, the fixed-layout format government sites publish beside or instead of PDF) -> plan text.

An OFD is a zip of XML parts: OFD.xml names the document's Document.xml, which lists its pages in order; each
page's Content.xml draws text (TextObject, each holding TextCode runs placed by X/Y and per-character advances
DeltaX) and paths (PathObject: the rules of a table) in layers, in millimetres with the y axis pointing down.
Like a PDF it stores what is drawn, not paragraphs, and writers cut text into objects as they please: one object
per printed line, per font run (a 楷体 annotation continuing a 仿宋 line as an object of its own on the same
baseline) or per character (a title). So the page is rebuilt from where things sit, the way the PDF reader does:
each TextCode becomes positioned runs (pdf_grid.Run, in PDF points with y up), each straight path segment a rule,
and the page goes through the PDF reader's own path (pdf.drawn_page: runs on one baseline are one line, a ruled
task table read cell by cell; pdf.pages_to_text: page numbers `— N —` and running heads dropped, broken lines
joined). A page's own PhysicalBox (a landscape 附件) overrides the document's.
"""
from __future__ import annotations

import math
import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from ...errors import PlansiteError
from ..limits import MAX_ARCHIVE_BYTES, MAX_INPUT_BYTES, MAX_OFD_CHARACTERS, MAX_OFD_PAGES
from . import pdf_grid
from .archive import check_archive, refuse_entities
from .pdf import drawn_page, pages_to_text

_POINTS_PER_MM = 72 / 25.4  # OFD measures in millimetres; the PDF reader's thresholds are in points
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# the operators of a path's AbbreviatedData and how many numbers each takes (GB/T 33190 9.3.2): S/M start a
# subpath, L draws a line, Q/B/A curves, C closes the subpath
_PATH_OPERANDS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}


def _advance(char: str, size: float) -> float:
    """A character's advance when DeltaX does not give it: half an em for ASCII, else one em (a Chinese font draws
    the ambiguous-width marks “”‘’…— full width, unlike a Latin one)."""
    return size / 2 if char.isascii() else size


def ofd_to_text(path: Path) -> str:
    check_archive(path, ".ofd", "OFD document", limit=MAX_ARCHIVE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            pages = _pages(archive, path)
    except PlansiteError:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OverflowError, OSError, EOFError,
            RuntimeError, NotImplementedError, zlib.error) as exc:
        raise PlansiteError(f"is not a readable OFD document ({exc})", str(path)) from exc
    if not any(pages):
        raise PlansiteError("has no text (a scanned image?); OCR it first", str(path))
    return pages_to_text(pages)


def _local(tag: str) -> str:
    """An element's name without its namespace: writers use ofd: prefixes on different namespace URIs, or none."""
    return tag.rsplit("}", 1)[-1]


def _child(element, name: str):
    return next((c for c in element if _local(c.tag) == name), None)


def _descendants(element, name: str):
    return [e for e in element.iter() if _local(e.tag) == name]


def _number(token: str) -> float:
    """A number the document writes (a coordinate, size, advance or count). Python reads `1e999`, `inf` and `nan`
    as floats, which no page measures and which break the arithmetic after (int(inf) raises OverflowError, nan
    compares false to everything): a ValueError, so the file is refused as unreadable, naming it."""
    value = float(token)
    if not math.isfinite(value):
        raise ValueError(f"a number that is not finite: {token!r}")
    return value


def _numbers(text: str | None) -> list[float]:
    return [_number(v) for v in (text or "").split()]


class _Parts:
    """The archive's XML parts, each read and parsed once however many pages name it: a writer may list one
    template for every page, and a hostile file lists one page's Content.xml twenty thousand times. A part
    declaring entities (a DOCTYPE) is refused before it is parsed, as in a .docx: check_archive looks only at
    parts named .xml, and an OFD part may be named anything (BaseLoc="Pages/Page_0/Content")."""

    def __init__(self, archive: zipfile.ZipFile, path: Path):
        self._archive = archive
        self._path = path
        self._parsed: dict[str, ElementTree.Element] = {}

    def get(self, location: str, base: str = "") -> ElementTree.Element:
        """The parsed part at `location`, relative to the folder `base` unless it starts with /."""
        name = location.strip()
        name = posixpath.normpath(name.lstrip("/") if name.startswith("/") else posixpath.join(base, name))
        if name not in self._parsed:
            data = self._archive.read(name)
            refuse_entities(data, name, "OFD document", self._path)
            self._parsed[name] = ElementTree.fromstring(data)
        return self._parsed[name]


def _pages(archive: zipfile.ZipFile, path: Path) -> list[list]:
    """The document's pages in the order Document.xml lists them, each as pdf.drawn_page gives it. The pages and
    the characters they draw are counted before any is laid out: past MAX_OFD_PAGES or MAX_OFD_CHARACTERS the
    file is refused, naming it."""
    parts = _Parts(archive, path)
    root = parts.get("OFD.xml")
    body = _descendants(root, "DocRoot")
    if not body or not (body[0].text or "").strip():
        raise ValueError("OFD.xml names no DocRoot")
    location = body[0].text.strip().lstrip("/")
    document = parts.get(location)
    folder = posixpath.dirname(location)
    common = _child(document, "CommonData")
    box = _box(_child(common, "PageArea") if common is not None else None, (0.0, 0.0, 210.0, 297.0))
    templates = ({t.get("ID"): t.get("BaseLoc") for t in _descendants(common, "TemplatePage")}
                 if common is not None else {})
    listed = _child(document, "Pages")  # (an element without children is falsy: compared with None, not `or`)
    bases = [page.get("BaseLoc") for page in _descendants(listed if listed is not None else document, "Page")]
    bases = [base for base in bases if base]
    if len(bases) > MAX_OFD_PAGES:
        raise PlansiteError(f"lists {len(bases)} pages, over the limit of {MAX_OFD_PAGES} for an .ofd; is it a "
                            f"real OFD document?", str(path))
    drawn_pages = []  # (its box, its objects) of each page
    characters = 0
    for base in bases:
        content = parts.get(base, folder)
        objects = []
        for template in _descendants(content, "Template"):  # headers and footers a writer put in a template page
            where = templates.get(template.get("TemplateID"))
            if where:
                objects += _drawn(parts.get(where, folder))
        drawn = _child(content, "Content")
        objects += _drawn(drawn if drawn is not None else content)
        characters += sum(len(code.text or "") for obj in objects for code in _descendants(obj, "TextCode"))
        if characters > MAX_OFD_CHARACTERS:
            raise PlansiteError(f"draws over {MAX_OFD_CHARACTERS:,} characters on its {len(bases)} pages, more "
                                f"text than the largest plan file read ({MAX_INPUT_BYTES // 1_000_000} MB); "
                                f"is it a real OFD document?", str(path))
        drawn_pages.append((_box(_child(content, "Area"), box), objects))
    pages = []
    table_edges = None
    for page_box, objects in drawn_pages:
        runs, verticals, horizontals = _runs_and_rules(objects, page_box)
        items, table_edges = drawn_page(runs, verticals, horizontals, table_edges)
        pages.append(items)
    return pages


def _box(area, default: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """An Area's PhysicalBox (x, y, width, height in mm), or the default when it has none."""
    found = _child(area, "PhysicalBox") if area is not None else None
    values = _numbers(found.text) if found is not None else []
    return tuple(values) if len(values) == 4 and values[2] > 0 and values[3] > 0 else default


def _drawn(element) -> list:
    """The text and path objects under an element (every layer, page block and nesting), in drawing order."""
    return [e for e in element.iter() if _local(e.tag) in ("TextObject", "PathObject")]


def _runs_and_rules(objects: list, box) -> tuple[list[pdf_grid.Run], list[pdf_grid.Rule], list[pdf_grid.Rule]]:
    left, top, _, height = box

    def to_page(x: float, y: float) -> tuple[float, float]:
        """mm on the page, y down -> points, y up from the page's foot (as a PDF page is measured)."""
        return (x - left) * _POINTS_PER_MM, (top + height - y) * _POINTS_PER_MM

    runs: list[pdf_grid.Run] = []
    verticals: list[pdf_grid.Rule] = []
    horizontals: list[pdf_grid.Rule] = []
    for obj in objects:
        boundary = _numbers(obj.get("Boundary"))
        if len(boundary) != 4:
            continue
        matrix = _matrix(obj.get("CTM"), boundary)
        if _local(obj.tag) == "TextObject":
            runs += _text_runs(obj, matrix, to_page)
        else:
            data = _child(obj, "AbbreviatedData")
            for a, b in _segments(data.text if data is not None else ""):
                pdf_grid.add_segment(to_page(*pdf_grid.apply_matrix(matrix, *a)),
                                     to_page(*pdf_grid.apply_matrix(matrix, *b)), verticals, horizontals)
    return runs, verticals, horizontals


def _matrix(ctm: str | None, boundary: list[float]) -> tuple[float, ...]:
    """From an object's own coordinates to the page's: its CTM, then moved to its Boundary's corner."""
    a, b, c, d, e, f = _numbers(ctm) if ctm and len(_numbers(ctm)) == 6 else _IDENTITY
    return a, b, c, d, e + boundary[0], f + boundary[1]


def _deltas(text: str | None, count: int) -> list[float]:
    """A DeltaX list written out, as far as the `count` advances its text can use: `g N v` stands for N advances
    of v. N is the writer's word, not the text's: a `g 100000 1` repeated would otherwise spell out millions of
    advances for a line of a few characters."""
    tokens = (text or "").split()
    out: list[float] = []
    k = 0
    while k < len(tokens) and len(out) < count:
        if tokens[k] == "g" and k + 2 < len(tokens):
            out += [_number(tokens[k + 2])] * min(int(_number(tokens[k + 1])), count - len(out))
            k += 3
        else:
            out.append(_number(tokens[k]))
            k += 1
    return out


def _text_runs(obj, matrix, to_page) -> list[pdf_grid.Run]:
    """A TextObject's runs. Each TextCode starts at its X/Y (or where the one before ended) and places character
    k+1 at character k's place plus DeltaX[k] (past the list: `_advance`). A TextCode is cut into runs where its
    advances leave a gap over half an em (a column or a spaced word), so the gap reads as the PDF reader reads one
    between runs; each run keeps its drawn width."""
    size = _number(obj.get("Size") or "0")
    scale = (matrix[0] ** 2 + matrix[1] ** 2) ** 0.5 or 1.0
    if size <= 0:
        return []
    runs: list[pdf_grid.Run] = []
    x = y = 0.0
    for code in _descendants(obj, "TextCode"):
        text = code.text or ""
        x = _number(code.get("X")) if code.get("X") is not None else x
        y = _number(code.get("Y")) if code.get("Y") is not None else y
        deltas = _deltas(code.get("DeltaX"), len(text))
        piece: list[tuple[float, str]] = []  # (x, character) of the run being gathered

        def close():
            if piece:
                start, end = piece[0][0], piece[-1][0] + _advance(piece[-1][1], size)
                page_x, page_y = to_page(*pdf_grid.apply_matrix(matrix, start, y))
                runs.append(pdf_grid.Run(page_x, page_y, size * scale * _POINTS_PER_MM,
                                         "".join(c for _, c in piece), (end - start) * scale * _POINTS_PER_MM))
                piece.clear()

        for k, char in enumerate(text):
            if char.isspace() or (piece and x - (piece[-1][0] + _advance(piece[-1][1], size)) > size / 2):
                close()
            if not char.isspace():
                piece.append((x, char))
            x += deltas[k] if k < len(deltas) else _advance(char, size)
        close()
    return runs


_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _segments(data: str) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight segments a path draws (in its object's coordinates): each L, and each C closing a subpath back
    to its start; a curve only moves the pen (no table rule is a curve)."""
    tokens = _PATH_TOKEN.findall(data or "")
    out = []
    pen = start = None
    k = 0
    while k < len(tokens):
        op = tokens[k]
        count = _PATH_OPERANDS.get(op)
        if count is None:  # a stray number or an unknown operator: skip it
            k += 1
            continue
        args = [_number(t) for t in tokens[k + 1:k + 1 + count]]
        k += 1 + count
        if len(args) < count:
            break
        if op in "SM":
            pen = start = (args[0], args[1])
        elif op == "C":
            if pen is not None and start is not None and pen != start:
                out.append((pen, start))
            pen = start
        else:
            end = (args[-2], args[-1])
            if op == "L" and pen is not None:
                out.append((pen, end))
            pen = end
    return out
