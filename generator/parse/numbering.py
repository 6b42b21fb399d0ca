"""Outline labels: which numbering style a line starts with (一、 (一) 1. (1) ①) and the number it carries."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..numerals import parse_chinese

_CN = "一二三四五六七八九十百零〇两"

# Ordered from the outermost to the innermost level, as Chinese official documents nest them.
STYLES = ("cn", "cn_paren", "arabic", "arabic_paren", "circled")

_PATTERNS = {
    "cn": re.compile(rf"^([{_CN}]+)\s*[、.．]\s*"),
    "cn_paren": re.compile(rf"^[(（]\s*([{_CN}]+)\s*[)）]\s*[、.．]?\s*"),
    "arabic": re.compile(r"^(\d{1,3})\s*(?:[.．](?!\d)|、)\s*"),
    # (1) and 1) are the same level: documents use one or the other
    "arabic_paren": re.compile(r"^(?:[(（]\s*(\d{1,3})\s*[)）]\s*[、.．]?|(\d{1,3})\s*[)）](?![)）]))\s*"),
    "circled": re.compile(r"^([①-⑳])\s*"),
}


@dataclass
class Label:
    style: str
    number: int
    text: str  # the label as written, e.g. "1." or "(十一)"
    rest: str  # the line after the label


def cn_number(s: str) -> int:
    """Chinese numerals up to the hundreds: 三十五 -> 35, 十一 -> 11."""
    return parse_chinese(s) or 0


def label_of(line: str) -> Label | None:
    """The outline label a (stripped) line starts with, if any, with text following it."""
    for style, pattern in _PATTERNS.items():
        m = pattern.match(line)
        if not m:
            continue
        raw = next(g for g in m.groups() if g is not None)
        if style == "circled":
            number = ord(raw) - ord("①") + 1
        elif style.startswith("cn"):
            number = cn_number(raw)
        else:
            number = int(raw)
        rest = line[m.end():]
        if not rest.strip() or number <= 0:
            return None  # a bare number is a pager or page chunk, not an outline item
        return Label(style, number, m.group(0).strip(), rest)
    return None
