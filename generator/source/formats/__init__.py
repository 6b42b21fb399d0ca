"""Plans in the formats offices publish (.docx, .doc, .xlsx, .xls, .html, .pdf) -> plain plan text for the one text parser.

Each reader writes the text the way the scraped seed page reads: one
paragraph per line, numbering typed out ("一、", "1.", "(一)"), task tables
as annotated numbered lines. `.txt` and `.md` sources are read by
generator.source.read, not here.
"""
from __future__ import annotations

from pathlib import Path

from ...errors import PlansiteError
from ...words.script import plain_ideographs

# the suffixes of the files handed here (generator.source.read routes them; .txt and .md are read as text there), in
# the order the message for any other suffix lists them: a Word 97-2003 .doc (formats/doc.py) and an Excel 97-2003 .xls
# (formats/xls.py) are read, and so are the .docx/.xlsx packages and web pages sites serve under those names
SUFFIXES = (".docx", ".doc", ".xlsx", ".xls", ".html", ".htm", ".shtml", ".xhtml", ".pdf")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # Word 97-2003 .doc, .wps, Excel 97-2003 .xls (an OLE compound file)


def to_text(path: Path) -> str:
    """The plan text of a .docx, .doc, .xlsx, .xls, .html/.htm or text-layer .pdf file; PlansiteError if it cannot be read."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(512)
    except OSError as exc:
        raise PlansiteError(f"cannot be opened ({exc.strerror or exc})", str(path)) from exc
    try:
        return plain_ideographs(_convert(path, _kind(path, head)))
    except PlansiteError as exc:  # a limit found deep in a reader: name the file here
        if exc.path is None:
            exc.path = str(path)
        raise


def _convert(path: Path, kind: str | None) -> str:
    if kind == "docx":
        from .docx import docx_to_text
        return docx_to_text(path)
    if kind == "xlsx":
        from .xlsx import xlsx_to_text
        return xlsx_to_text(path)
    if kind == "xls":
        from .xls import xls_to_text
        return xls_to_text(path)
    if kind == "html":
        from .html import html_to_text
        return html_to_text(path)
    if kind == "pdf":
        from .pdf import pdf_to_text
        return pdf_to_text(path)
    if kind == "doc":
        from .doc import doc_to_text
        return doc_to_text(path)
    if kind == "not-ole":
        with path.open("rb") as f:
            what = "RTF" if f.read(5) == b"{\\rtf" else "text or another format"
        raise PlansiteError(f"is named {path.suffix} but holds no Office 97-2003 file ({what}); open it in Word, WPS "
                            f"or Excel and save it as {path.suffix.lower()}x", str(path))
    raise PlansiteError(
        f"has an unsupported format '{path.suffix or '(no suffix)'}'; plansite reads "
        f"{', '.join(SUFFIXES)} here and .txt/.md as plain text", str(path))


def _kind(path: Path, head: bytes) -> str | None:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return "docx"  # a damaged one is reported by the docx reader, naming the file
    if suffix == ".xlsx":
        return "xlsx"  # a damaged one is reported by the xlsx reader, naming the file
    if suffix == ".xls":
        # an .xls served by a site may be a workbook saved as .xlsx, or a web page
        if head.startswith(_ZIP):
            return "xlsx"
        if b"<html" in head.lower() or b"<!doctype html" in head.lower() or b"<table" in head.lower():
            return "html"
        # a damaged one (or no workbook) is reported by the xls reader, naming the file; text saved under the name
        # (a sheet saved as tab-separated text) is no workbook at all
        return "xls" if head.startswith(_OLE) else "not-ole"
    if suffix in (".html", ".htm", ".shtml", ".xhtml"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".doc":
        # sites serve .doc files that are really .docx packages or saved web pages
        if head.startswith(_ZIP):
            return "docx"
        if head.startswith(_OLE):
            return "doc"
        if b"<html" in head.lower() or b"<!doctype html" in head.lower():
            return "html"
        return "not-ole"  # RTF ({\rtf1) or text saved under the name: no Word 97-2003 document
    return None
