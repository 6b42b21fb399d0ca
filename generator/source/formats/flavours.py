"""The less usual flavours of Word and Excel packages, read as the ordinary .docx / .xlsx they hold.

Two flavours keep the package and change only names that python-docx and openpyxl look up literally:

- ISO/IEC 29500 Strict ("Strict Open XML 文档/电子表格", Word's and Excel's 另存为; the file keeps .docx/.xlsx) writes
  its elements, attributes and relationship types in `http://purl.oclc.org/ooxml/…` namespaces where the ordinary
  (Transitional) package writes `http://schemas.openxmlformats.org/…/2006/…`. python-docx then finds no
  officeDocument relationship (and would find no `w:p`), openpyxl no cell: the whole document is lost.
- macro-enabled documents and templates (.docm, .dotx, .dotm; .xlsm, .xltx, .xltm: a 分工表 with a 汇总 macro, a
  notice kept as a template) name their main part with another content type, which python-docx refuses.

`transitional_package` rewrites such a package in memory with the Transitional names (the text, cells and layout
are the same elements in both flavours), so the readers read it as they read any .docx / .xlsx; an ordinary package
is left alone (None), costing two small member reads.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import IO

_STRICT = "http://purl.oclc.org/ooxml/"
_OPENXML = "http://schemas.openxmlformats.org/"

# Strict namespace (after _STRICT) -> its Transitional namespace (after _OPENXML). A relationship type is its
# namespace followed by /name (…/relationships/officeDocument), so the relationships' entry maps the types too.
_STRICT_NAMESPACES = (
    ("officeDocument/relationships", "officeDocument/2006/relationships"),
    ("wordprocessingml/main", "wordprocessingml/2006/main"),
    ("spreadsheetml/main", "spreadsheetml/2006/main"),
    ("drawingml/main", "drawingml/2006/main"),
    ("drawingml/wordprocessingDrawing", "drawingml/2006/wordprocessingDrawing"),
    ("drawingml/spreadsheetDrawing", "drawingml/2006/spreadsheetDrawing"),
    ("drawingml/picture", "drawingml/2006/picture"),
    ("drawingml/chart", "drawingml/2006/chart"),
    ("officeDocument/math", "officeDocument/2006/math"),
    ("officeDocument/sharedTypes", "officeDocument/2006/sharedTypes"),
    ("officeDocument/customXml", "officeDocument/2006/customXml"),
    ("officeDocument/bibliography", "officeDocument/2006/bibliography"),
    ("officeDocument/extendedProperties", "officeDocument/2006/extended-properties"),
    ("officeDocument/customProperties", "officeDocument/2006/custom-properties"),
    ("officeDocument/docPropsVTypes", "officeDocument/2006/docPropsVTypes"),
    ("schemaLibrary/main", "schemaLibrary/2006/main"),
)

# the main part's content type of a macro-enabled document or a template -> the ordinary document's / workbook's
_WORD_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MAIN_CONTENT_TYPES = (
    ("application/vnd.ms-word.document.macroEnabled.main+xml", _WORD_DOCUMENT),  # .docm
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", _WORD_DOCUMENT),  # .dotx
    ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", _WORD_DOCUMENT),  # .dotm
    ("application/vnd.ms-excel.sheet.macroEnabled.main+xml", _WORKBOOK),  # .xlsm
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", _WORKBOOK),  # .xltx
    ("application/vnd.ms-excel.template.macroEnabled.main+xml", _WORKBOOK),  # .xltm
)
_CONTENT_TYPES = "[Content_Types].xml"
_PACKAGE_RELATIONSHIPS = "_rels/.rels"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError, zlib.error)


def transitional_package(path: Path | IO[bytes]) -> bytes | None:
    """The package at `path` (or in those bytes) with Strict names and a macro-enabled or template main part's content type written as
    the ordinary .docx / .xlsx writes them; None when it holds neither (or is no readable zip, which the reader's
    library then reports). Its size was checked by archive.check_archive before."""
    try:
        with zipfile.ZipFile(path) as archive:
            if not _other_flavour(archive):
                return None
            rewritten = io.BytesIO()
            with zipfile.ZipFile(rewritten, "w", zipfile.ZIP_STORED) as copy:
                for member in archive.infolist():
                    data = archive.read(member)
                    if member.filename.endswith((".xml", ".rels")):
                        data = _transitional_part(data)
                    copy.writestr(member.filename, data)
    except _ZIP_ERRORS:
        return None
    return rewritten.getvalue()


def _other_flavour(archive: zipfile.ZipFile) -> bool:
    """Whether the package is Strict (its root relationships' types in the Strict namespace) or names its main part
    with a macro-enabled or template content type."""
    names = set(archive.namelist())
    if _PACKAGE_RELATIONSHIPS in names and _STRICT in _decoded(archive.read(_PACKAGE_RELATIONSHIPS)):
        return True
    if _CONTENT_TYPES in names:
        content_types = _decoded(archive.read(_CONTENT_TYPES))
        return any(other in content_types for other, _ in _MAIN_CONTENT_TYPES)
    return False


def _transitional_part(data: bytes) -> bytes:
    """An XML part with the Transitional names, in the encoding it was written in (UTF-8, or UTF-16 after its BOM)."""
    encoding = "utf-16" if data.startswith(_UTF16_BOMS) else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return data  # left as it is: the library reports a part it cannot parse
    mapped = text
    if _STRICT in mapped:
        for strict, transitional in _STRICT_NAMESPACES:
            mapped = mapped.replace(_STRICT + strict, _OPENXML + transitional)
    for other, ordinary in _MAIN_CONTENT_TYPES:
        mapped = mapped.replace(other, ordinary)
    return data if mapped == text else mapped.encode(encoding)


def _decoded(data: bytes) -> str:
    return data.decode("utf-16" if data.startswith(_UTF16_BOMS) else "utf-8", "replace")
