"""Escaping: plan text and names reach a page as text, never as HTML or Markdown markup.

Every page module puts outside text through one of these functions:
`md` for text inside a Markdown line (headings, link text, list items),
`md_block` for whole paragraphs, `attr` for a quoted attr_list value, and
`html` for text inside the raw HTML tables (matrices, sortable indexes),
`xml` for text and attribute values of the Atom feed.
"""
from __future__ import annotations

import html as _html
import re

# HTML specials become entities (Markdown passes entities through untouched);
# Markdown specials get a backslash (all are in Python-Markdown's ESCAPED_CHARS,
# `|` once the tables extension is on, which MkDocs always enables).
# ~ ^ = $ only mean something to pymdownx extensions (tilde, caret, mark,
# arithmatex) whose backslash escapes depend on the extension being on, so they
# become numeric entities, which work whichever extensions the site enables.
_INLINE = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;",
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
    "{": "\\{", "}": "\\}", "#": "\\#", "|": "\\|", "!": "\\!",
    "~": "&#126;", "^": "&#94;", "=": "&#61;", "$": "&#36;",
})
# at the start of a line: list items (- + 1.), a heading underline (---), a quote (> is already an entity)
_LEADING = re.compile(r"^(\d+)([.)])|^([-+])", re.M)
_SPACE = re.compile(r"[ \t\u3000\u00a0]+")


def md(text: object) -> str:
    """Text for inside one Markdown line: specials escaped, line breaks become spaces."""
    return _SPACE.sub(" ", " ".join(str(text).split("\n"))).strip().translate(_INLINE)


def md_block(text: object) -> str:
    """Text as Markdown paragraphs: each line stripped (no indented code), blank lines kept as breaks."""
    lines = [_SPACE.sub(" ", line).strip() for line in str(text).replace("\r", "").split("\n")]
    out = "\n".join(lines).translate(_INLINE)
    out = re.sub(r"\n{3,}", "\n\n", out).strip()
    return _LEADING.sub(_escape_marker, out)


def _escape_marker(m: re.Match) -> str:
    if m.group(1) is not None:
        return f"{m.group(1)}\\{m.group(2)}"
    return f"\\{m.group(3)}"


def attr(text: object) -> str:
    """A value for `{ title="…" }`: attr_list has no escape for quotes or braces, so they go."""
    s = " ".join(str(text).split())
    return re.sub(r'["{}\\]', "", s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html(text: object) -> str:
    """Text for inside raw HTML (element content or a quoted attribute)."""
    return _html.escape(str(text), quote=True)


# XML 1.0 allows no C0 control character but tab, LF and CR (nor U+FFFE/U+FFFF, nor lone surrogates)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml(text: object) -> str:
    """Text for inside an XML element or a quoted attribute: specials escaped, characters XML forbids dropped."""
    return _html.escape(_NOT_XML.sub("", str(text)), quote=True)
