"""Single-file web pages (MHTML: .mht/.mhtml) -> plan text, through the HTML reader (formats/html.py).

Offices and users keep portal pages as IE's and Word's "Web 档案，单个文件" / "单个文件网页" (.mht, Word also under
.doc) or Chrome's and Edge's "网页，单个文件" (.mhtml): a MIME message, multipart/related, whose root part is the page's
HTML (quoted-printable or base64, in the page's charset: gb2312, gbk or utf-8) beside its images. The root part is
unpacked with the standard library's MIME parser and read as the page it is; the images are not text and are left.
"""
from __future__ import annotations

import email
import re
import email.policy
from email.message import EmailMessage
from pathlib import Path

from ...errors import PlansiteError
from ..limits import read_input

_BOM = b"\xef\xbb\xbf"


def holds_mhtml(head: bytes) -> bool:
    """Whether a file's first bytes are a MIME message's header block opening a multipart/related message (a
    `MIME-Version:` field and a `Content-Type: multipart/related` field, before the first blank line), as IE, Word and
    Chrome write a single-file web page. A page's markup, text or an Office file opens otherwise."""
    fields = _header_fields(head.removeprefix(_BOM).lstrip())
    if fields is None:
        return False
    return "mime-version" in fields and fields.get("content-type", "").startswith("multipart/related")


def _header_fields(head: bytes) -> dict[str, str] | None:
    """The fields of the header block at the top of `head`, names lowered, values unfolded and lowered; None when a
    line before the first blank one is neither a `Name: value` field nor the folded continuation of one."""
    fields: dict[str, str] = {}
    name = None
    for raw in head.split(b"\n"):
        line = raw.rstrip(b"\r")
        if not line:
            break
        if line[:1] in (b" ", b"\t"):  # a long value folded onto the next line
            if name is None:
                return None
            fields[name] = (fields[name] + " " + line.strip().decode("latin-1").lower()).strip()
            continue
        field, colon, value = line.partition(b":")
        # a field name is printable ASCII without space or colon (RFC 5322)
        if not colon or not field or not all(33 <= byte <= 126 for byte in field):
            return None
        name = field.decode("ascii").lower()
        fields[name] = value.strip().decode("latin-1").lower()
    return fields


def mhtml_to_text(path: Path) -> str:
    """The plan text of the page a single-file web page holds; PlansiteError when it holds no HTML part.

    The file is read under the input limit (limits.read_input) and a part decodes to no more bytes than it takes in
    the file (quoted-printable and base64 only shrink), so the HTML handed on is bounded as any page is."""
    from .html import markup_to_text  # here, not at the top: routing (holds_mhtml) loads no HTML parser

    data = read_input(Path(path))
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        page = _root_page(message)
        markup = _page_markup(page) if page is not None else None
    except RecursionError:  # parts nested inside parts thousands deep: no browser or Office writes that
        raise PlansiteError("is a single-file web page (MHTML) whose parts nest too deeply to read (a damaged "
                            "file); open it in a browser and save it as .html", str(path)) from None
    if markup is None:
        raise PlansiteError("is a single-file web page (MHTML) but holds no HTML part; open it in a browser and "
                            "save it as .html", str(path))
    return markup_to_text(markup)


def _root_page(message: EmailMessage) -> EmailMessage | None:
    """The part holding the page: the one the multipart's `start` parameter names by its Content-ID (RFC 2387), else
    the first text/html part (IE, Word and Chrome write the page first and name no start)."""
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    start = message.get_param("start") if message.is_multipart() else None
    if isinstance(start, str):
        for part in pages:
            if (part.get("Content-ID") or "").strip() == start.strip():
                return part
    return pages[0] if pages else None


_SINGLE_BYTE = re.compile(r"us-ascii|ascii|latin-?1|iso-?8859-\d+|(?:windows|cp)-?125\d")


def _page_markup(page: EmailMessage) -> str:
    """The page's HTML, its transfer encoding undone, in the charset its part declares (gb2312 and gbk read as
    gb18030, as pages are); without one, or when the bytes do not decode in it, as a saved page is (html.decode:
    BOM, UTF-8, the page's <meta> charset)."""
    from .html import decode, meta_charset, reading_charset

    data = page.get_payload(decode=True) or b""
    declared = reading_charset(page.get_content_charset())
    page_says = reading_charset(meta_charset(data))
    if declared and _SINGLE_BYTE.fullmatch(declared) and page_says and page_says != declared:
        # a Western single-byte charset decodes any bytes, so a wrong one never fails: Word's .mht may declare its
        # part windows-1252 over a page in GB18030 that its own <meta charset=gb2312> names. The page's word wins
        return decode(data)
    if declared:
        try:
            return data.decode(declared).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)
