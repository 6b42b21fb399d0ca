"""Plans in the formats offices publish (.docx, .doc, .wps, .rtf, .xlsx, .xls, .et, .html, .mht, .pdf, .ofd, .odt, .ods) -> plain plan text for the one text parser.

Each reader writes the text the way the scraped seed page reads: one
paragraph per line, numbering typed out ("一、", "1.", "(一)"), task tables
as annotated numbered lines. `.txt` and `.md` sources are read by
generator.source.read, not here.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ...errors import PlansiteError
from ...words.script import plain_ideographs
from .mhtml import holds_mhtml
from .word_xml import word_xml_kind

# the suffixes of the files handed here (generator.source.read routes them; .txt and .md are read as text there), in
# the order the message for any other suffix lists them: a Word 97-2003 .doc (formats/doc.py) and an Excel 97-2003 .xls
# (formats/xls.py) are read, and so are the .docx/.xlsx packages and web pages sites serve under those names.
# Government offices save with WPS Office (金山): its text documents .wps (templates .wpt) and its sheets .et (templates
# .ett). Since WPS 2005 these hold a Word 97-2003 document (a WordDocument stream) and an Excel 97-2003 workbook
# (a Workbook stream) in an OLE compound file, read by the .doc and .xls readers; an older WPS file holds neither and is
# refused, naming the file. An RTF document (Word / WPS 另存为 RTF: formats/rtf.py) is read by its `{\rtf` opening
# whatever it is named: .rtf, or .doc / .wps as sites serve it.
_WORD_SUFFIXES = (".doc", ".wps", ".wpt")
_SHEET_SUFFIXES = (".xls", ".et", ".ett")
# OpenDocument text (formats/odt.py): an .odt (.ott template) package, and a flat .fodt, as 永中/WPS/LibreOffice save
_ODF_TEXT_SUFFIXES = (".odt", ".ott", ".fodt")
# OpenDocument spreadsheets (formats/ods.py): an .ods (.ots template) package, and a flat .fods, read as a workbook
_ODF_SHEET_SUFFIXES = (".ods", ".ots", ".fods")
# a single-file web page (MHTML: IE's and Word's .mht, Chrome's .mhtml) is read by formats/mhtml.py; Word's and Excel's
# single-file web pages also come under .doc and .xls, found by their MIME header block (holds_mhtml)
_WEB_ARCHIVE_SUFFIXES = (".mht", ".mhtml")
# Word's and Excel's packages: besides .docx and .xlsx, the macro-enabled ones (.docm, .xlsm: a 分工表 with a 汇总 or
# 催报 macro) and the templates (.dotx, .dotm; .xltx, .xltm) offices circulate, the same package under another main
# content type, read by the docx and xlsx readers (flavours.py maps the content type)
_WORD_PACKAGE_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
_SHEET_PACKAGE_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
# A Word document saved as one XML file (word_xml.py: Flat OPC "Word XML 文档", Word 2003 "XML 文档") is read by its
# root element under .xml, and under the names a site serves it as (.doc, .wps, a text's). An .xml file holding
# anything else is read only as a kind read under any name (a flat OpenDocument file, an XHTML page), otherwise refused
# naming the file.
_XML_SUFFIX = ".xml"
SUFFIXES = (*_WORD_PACKAGE_SUFFIXES, *_WORD_SUFFIXES, ".rtf", *_SHEET_PACKAGE_SUFFIXES, *_SHEET_SUFFIXES,
            ".html", ".htm", ".shtml", ".xhtml",
            *_WEB_ARCHIVE_SUFFIXES, ".pdf", ".ofd", *_ODF_TEXT_SUFFIXES, *_ODF_SHEET_SUFFIXES, _XML_SUFFIX)

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # Word 97-2003 .doc, .wps, Excel 97-2003 .xls, .et (an OLE compound file)
_RTF = b"{\\rtf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Excel 2003's XML spreadsheet (SpreadsheetML, "XML 电子表格 2003"), which sites serve under .xls: an XML
# declaration, then <Workbook> in this namespace, its <Table> past the first lines of namespaces and styles
_SPREADSHEET_ML = b"urn:schemas-microsoft-com:office:spreadsheet"
# how far into a file its kind is looked for: a page's <html> or <table>, or that namespace, can stand after a
# long XML declaration, comments and styles, past the first 512 bytes
_HEAD_BYTES = 8192
_WORD_STREAMS = ("WordDocument",)
_ODF_TEXT = "application/vnd.oasis.opendocument.text"
_ODF_SHEET = "application/vnd.oasis.opendocument.spreadsheet"
_FLAT_ODF_TEXT = b'office:mimetype="application/vnd.oasis.opendocument.text'  # a .fodt's root element
_FLAT_ODF_SHEET = b'office:mimetype="application/vnd.oasis.opendocument.spreadsheet'  # a .fods's
_FLAT_ODF = b'office:mimetype="application/vnd.oasis.opendocument.'
_WORKBOOK_STREAMS = ("Workbook", "Book")  # BIFF8, and BIFF5 (Excel 95) which xlrd reads too


def to_text(path: Path, data: bytes | None = None) -> str:
    """The plan text of a .docx, .doc/.wps, .rtf, .xlsx, .xls/.et, .html/.htm, .mht/.mhtml, text-layer .pdf or .ofd file; PlansiteError
    if it cannot be read. `data`: the file's bytes when the caller has read them already (an RTF under a text name,
    read through limits.read_input): read from them, the file not opened again."""
    path = Path(path)
    if data is not None:
        head = data[:_HEAD_BYTES]
    else:
        try:
            with path.open("rb") as f:
                head = f.read(_HEAD_BYTES)
        except OSError as exc:
            raise PlansiteError(f"cannot be opened ({exc.strerror or exc})", str(path)) from exc
    try:
        return plain_ideographs(_convert(path, _kind(path, head), data))
    except PlansiteError as exc:  # a limit found deep in a reader: name the file here
        if exc.path is None:
            exc.path = str(path)
        raise


def saved_as_text(path: Path) -> bool:
    """Whether a file named as a sheet (.xls, .et) holds text, not a workbook: sites export "Excel" as tab-separated
    text under .xls (GBK or UTF-8, or UTF-16 with its BOM as Excel's "Unicode text"). generator.source.read reads such a
    file as the text source it is; an RTF is read as the document it is (to_text), binary files stay refused as no Office 97-2003 file, and so does
    markup (a file opening with `<` after any BOM and blank space: XML, a page), which no text table opens with."""
    path = Path(path)
    if path.suffix.lower() not in _SHEET_SUFFIXES:
        return False
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError:
        return False  # to_text reports it, naming the file
    if _kind(path, head) != "not-ole" or _opens_with_markup(head):
        return False
    return _looks_like_text(head)


def _looks_like_text(head: bytes) -> bool:
    """Whether a file's first bytes read as text (no NUL byte, or UTF-16 with its BOM), not as a binary format."""
    return b"\x00" not in head or head.startswith(_UTF16_BOMS)


def holds_rtf(head: bytes) -> bool:
    """Whether a file's first bytes open an RTF document (`{\\rtf`, after any UTF-8 BOM and blank space)."""
    return head[:_HEAD_BYTES].removeprefix(b"\xef\xbb\xbf").lstrip()[:5] == _RTF


def _opens_with_markup(head: bytes) -> bool:
    """Whether the file's first character, past a BOM and blank space, is `<` (in UTF-8 or UTF-16)."""
    return _opening(head).startswith("<")


def _convert(path: Path, kind: str | None, data: bytes | None = None) -> str:
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
    if kind == "ofd":
        from .ofd import ofd_to_text
        return ofd_to_text(path)
    if kind == "odt":
        from .odt import odt_to_text
        return odt_to_text(path)
    if kind == "fodt":
        from .odt import fodt_to_text
        return fodt_to_text(path)
    if kind == "ods":
        from .ods import ods_to_text
        return ods_to_text(path)
    if kind == "fods":
        from .ods import fods_to_text
        return fods_to_text(path)
    if kind == "odf-other":
        raise PlansiteError("is an OpenDocument presentation or drawing, neither a text nor a spreadsheet; open it "
                            "in WPS or LibreOffice and save it as .docx", str(path))
    if kind == "flat-opc":
        from .word_xml import flat_opc_to_text
        return flat_opc_to_text(path, data)
    if kind == "word2003":
        from .word_xml import word2003_to_text
        return word2003_to_text(path, data)
    if kind == "xml":
        raise PlansiteError(f"is named {path.suffix or '(no suffix)'} but holds XML, neither a plan text nor a "
                            f"web page nor a Word XML document (Word 2003 XML 文档, Word XML 文档) nor an "
                            f"OpenDocument file plansite reads; open it in the program that wrote "
                            f"it and save it as .docx, .xlsx or text", str(path))
    if kind == "not-xml":
        raise PlansiteError("is named .xml but holds no XML document; open it in the program that wrote it and "
                            "save it as .docx, .xlsx or text", str(path))
    if kind == "doc":
        from .doc import doc_to_text
        return doc_to_text(path)
    if kind == "rtf":
        from .rtf import rtf_to_text
        return rtf_to_text(path, data)
    if kind == "mhtml":
        from .mhtml import mhtml_to_text
        return mhtml_to_text(path)
    if kind == "not-ole":
        raise PlansiteError(f"is named {path.suffix} but holds no Office 97-2003 file (text or another format); open "
                            f"it in Word, WPS "
                            f"or Excel and save it as {_package_suffix(path)}", str(path))
    if kind == "not-rtf":
        raise PlansiteError("is named .rtf but does not open as an RTF document ({\\rtf); open it in Word or WPS "
                            "and save it as .docx", str(path))
    if kind == "xml-sheet":
        raise PlansiteError(f"is named {path.suffix} but holds an Excel 2003 XML spreadsheet, which plansite does not "
                            f"read; open it in Excel or WPS and save it as .xlsx", str(path))
    if kind == "sheet-as-document":
        raise PlansiteError(f"is named {path.suffix} but holds an Excel 97-2003 workbook (a Workbook stream), not a "
                            f"Word document; name it .xls (or .et) to read it as the sheet it is", str(path))
    if kind == "document-as-sheet":
        raise PlansiteError(f"is named {path.suffix} but holds a Word 97-2003 document (a WordDocument stream), not an "
                            f"Excel workbook; name it .doc (or .wps) to read it as the document it is", str(path))
    if kind == "no-workbook":
        raise PlansiteError("is an Office 97-2003 file but not an Excel workbook (no Workbook stream; a Word .doc or "
                            "another file named .xls?)", str(path))
    if kind == "old-wps":
        what = "Word document" if path.suffix.lower() in _WORD_SUFFIXES else "Excel workbook"
        raise PlansiteError(f"is named {path.suffix} but holds no Office 97-2003 {what} (a file of an older WPS "
                            f"Office, or another program's); open it in WPS Office and save it as "
                            f"{_package_suffix(path)}", str(path))
    raise PlansiteError(
        f"has an unsupported format '{path.suffix or '(no suffix)'}'; plansite reads "
        f"{', '.join(SUFFIXES)} here and .txt/.md as plain text", str(path))


def _package_suffix(path: Path) -> str:
    """The suffix to save a document or a sheet under that every reader opens: .docx, .xlsx."""
    return ".xlsx" if path.suffix.lower() in _SHEET_SUFFIXES else ".docx"


def _kind(path: Path, head: bytes) -> str | None:
    suffix = path.suffix.lower()
    if holds_rtf(head):
        return "rtf"  # RTF text, however named (an .rtf, or RTF served as .doc, .wps or .xls)
    if suffix == ".rtf":
        return "not-rtf"
    if suffix == ".ofd" or (head.startswith(_ZIP) and _holds_ofd(path)):
        return "ofd"  # GB/T 33190 fixed layout (formats/ofd.py); a zip with OFD.xml at its root is one, however named
    odf = _odf_mimetype(path) if head.startswith(_ZIP) else None
    if odf is not None or suffix in (".odt", ".ott", ".ods", ".ots"):
        # an OpenDocument package is named by its `mimetype` member, whatever the file is called (a .doc a site
        # serves may be one, an .ods a text); a damaged one is reported by the ODF reader its suffix names
        if odf is None:
            return "ods" if suffix in _ODF_SHEET_SUFFIXES else "odt"
        return "odt" if odf.startswith(_ODF_TEXT) else "ods" if odf.startswith(_ODF_SHEET) else "odf-other"
    if suffix not in SUFFIXES:
        return _markup_kind(head)  # XML under a text's name (.txt, .md, none): routed or refused, never read as prose
    if suffix == _XML_SUFFIX:
        if not _opens_with_markup(head):
            return "not-xml"
        return _markup_kind(head) or "html"  # (no other kind opens with markup: an XHTML page)
    if _FLAT_ODF_SHEET in head and suffix in (".fods", ".fodt", *_SHEET_SUFFIXES, *_WORD_SUFFIXES):
        # a flat ODF spreadsheet, under its own suffix or one a sheet or a text is served as
        return "fods"
    if suffix == ".fods":
        return "fods"  # a damaged one is reported by the spreadsheet reader, naming the file
    if suffix == ".fodt" or (suffix in _WORD_SUFFIXES and _FLAT_ODF_TEXT in head):
        # flat XML ODF: its root <office:document office:mimetype="…opendocument.text">. Looked for only under the
        # suffixes a text document is served as (.fodt, and .doc/.wps/.wpt, as a site serves what an office saved):
        # a web page or a text file quoting that attribute (a help page about ODF) is read as what it is named
        return "fodt"
    if suffix in _WORD_PACKAGE_SUFFIXES:
        return "docx"  # a damaged one is reported by the docx reader, naming the file
    if suffix in _SHEET_PACKAGE_SUFFIXES:
        return "xlsx"  # a damaged one is reported by the xlsx reader, naming the file
    if suffix in _SHEET_SUFFIXES:
        # an .xls (.et) served by a site may be a workbook saved as .xlsx, or a web page
        if head.startswith(_ZIP):
            return "xlsx"
        if head.startswith(_OLE):
            # a workbook first: its cells' strings may hold <table or <html, which make no web page of it
            return _ole_kind(path, "xls")
        if holds_mhtml(head):
            return "mhtml"  # Excel's single-file web page (.mht) saved or served as .xls
        if _SPREADSHEET_ML in head:
            return "xml-sheet"
        if b"<html" in head.lower() or b"<!doctype html" in head.lower() or b"<table" in head.lower():
            return "html"
        return "not-ole"  # no workbook: a sheet saved as tab-separated text is read as text (saved_as_text)
    if suffix in (".html", ".htm", ".shtml", ".xhtml"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if suffix in _WEB_ARCHIVE_SUFFIXES:
        return "mhtml"  # one holding no page is refused by the MHTML reader, naming the file
    if suffix in _WORD_SUFFIXES:
        # sites serve .doc files that are really .docx packages or saved web pages
        if head.startswith(_ZIP):
            return "docx"
        if head.startswith(_OLE):
            return _ole_kind(path, "doc")
        if holds_mhtml(head):
            return "mhtml"  # Word's 单个文件网页 saved as .doc: its quoted-printable <html is no page to read as is
        if _opens_with_markup(head) and word_xml_kind(head) is not None:
            return word_xml_kind(head)  # a Word XML document Word opens by its root, served as .doc
        if b"<html" in head.lower() or b"<!doctype html" in head.lower():
            return "html"
        # text saved under the name (a .wps as a .doc): no Word 97-2003 document; a binary .wps: of WPS before 2005
        return "not-ole" if suffix == ".doc" or _looks_like_text(head) else "old-wps"
    return None


def _ole_kind(path: Path, expected: str) -> str:
    """How an OLE compound file under a Word name (`expected` "doc": .doc, .wps, .wpt) or a sheet name ("xls": .xls,
    .et, .ett) is read, told by the streams it holds: sites swap the names of documents and sheets, so the refusal
    says which of the two the file holds. The file holding what its name says, or a compound file olefile cannot
    open, goes to that reader (which reports a damaged one, naming the file). Holding neither: a .doc is left to the
    doc reader, which says so; an .xls is refused here as no workbook; a .wps or .et is of an older WPS Office."""
    streams = _ole_streams(path)
    own, other = (_WORD_STREAMS, _WORKBOOK_STREAMS) if expected == "doc" else (_WORKBOOK_STREAMS, _WORD_STREAMS)
    if streams is None or streams & set(own):
        return expected
    if streams & set(other):
        return "sheet-as-document" if expected == "doc" else "document-as-sheet"
    if path.suffix.lower() == ".doc":
        return "doc"
    return "no-workbook" if path.suffix.lower() == ".xls" else "old-wps"


# A file under a text's suffix (.txt, .md, none) that opens as an XML document (`<?xml`, or the flat ODF root
# `<office:document`) is no plan text: a flat OpenDocument file saved or served under the name is read by its reader
# (its root's office:mimetype), any other XML refused naming the file; a web page (XHTML, its <html> in the head) is
# read as the page it is.
_XML_OPENINGS = ("<?xml", "<office:document")


def holds_xml_document(head: bytes) -> bool:
    """Whether a file opens as an XML document that is no web page (see above)."""
    return _markup_kind(head[:_HEAD_BYTES]) is not None


def _markup_kind(head: bytes) -> str | None:
    if not _opens_with_markup(head) or not _opening(head).startswith(_XML_OPENINGS):
        return None
    if _FLAT_ODF in head:
        return "fodt" if _FLAT_ODF_TEXT in head else "fods" if _FLAT_ODF_SHEET in head else "odf-other"
    if _SPREADSHEET_ML in head:
        return "xml-sheet"
    if word_xml_kind(head) is not None:
        return word_xml_kind(head)
    lowered = head.lower()
    return None if b"<html" in lowered or b"<!doctype html" in lowered else "xml"


def _opening(head: bytes) -> str:
    """The file's first characters past a BOM and blank space (in UTF-8 or UTF-16)."""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
        if head.startswith(bom):
            return head[len(bom):len(bom) + 200].decode(encoding, "ignore").lstrip()
    return head[:200].decode("latin-1").lstrip()


def _ole_streams(path: Path) -> set[str] | None:
    """Which of the Word and Excel main streams the OLE compound file holds; None if olefile cannot open it."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return {name for name in (*_WORD_STREAMS, *_WORKBOOK_STREAMS) if ole.exists(name)}
    except Exception:  # olefile raises OSError and others on a truncated or foreign file
        return None


def _holds_ofd(path: Path) -> bool:
    """Whether a zip holds an OFD document (OFD.xml at its root), whatever the file is named; asked here, not of
    formats/ofd.py, so that routing a .docx or .xlsx loads no PDF reader."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "OFD.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False


def _odf_mimetype(path: Path) -> str | None:
    """The `mimetype` member of an OpenDocument package (application/vnd.oasis.opendocument.text, …), None for any
    other zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "mimetype" not in archive.namelist():
                return None
            with archive.open("mimetype") as member:
                mimetype = member.read(200).decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        return None
    return mimetype if mimetype.startswith("application/vnd.oasis.opendocument.") else None
