"""Numbers read from a markup attribute (a Word, OpenDocument or WordprocessingML 2003 file's w:val, text:start-value …).

One reading for the document readers: a hand-edited or generated file may carry a bad attribute, and the reader reads on
with the default rather than refusing the file.
"""
from __future__ import annotations


def int_attribute(value: str | None, default: int) -> int:
    """The attribute's whole number, or `default` when it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
