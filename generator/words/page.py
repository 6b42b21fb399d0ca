"""The furniture closing a web page's document (扫一扫在手机打开当前页, 分享到：, 【打印本页】【关闭窗口】).

Shared by the source stage, which ends a plan's text above it (source.read), and the table reader, which ends a
table copied from the page above it (source.formats.table): one test, so the two cannot disagree on where a page ends.
"""
from __future__ import annotations

import re

from . import lexicon as lx

_BUTTONS = (r"[【\[]?(?:" + lx.alternation(lx.PRINT_BUTTONS) + r")[】\]]?\s*"
            r"[【\[]?(?:" + lx.alternation(lx.CLOSE_BUTTONS) + r")[】\]]?$")
# the pattern, for a test that reads more as the page's end (source.read adds the link lists' headings and a 解读)
PAGE_CLOSING_PATTERN = r"^(?:" + lx.alternation(lx.PAGE_END_OPENINGS) + r")|^" + _BUTTONS
PAGE_CLOSING = re.compile(PAGE_CLOSING_PATTERN)


# A printed page's number, unanchored (each reader anchors it as its lines stand): — 4 —, - 4 -, — — 3 —, 第4页,
# — 第 2 页 共 8 页 — (a sharing site sets its pager between dashes), ·4· (公报 and journal layouts: a line of its
# own, never a bullet opening a point). OCR of a scan may read the closing dash as 一
# (— 3 一, lexicon.PAGE_NUMBER_DASH_LOOKALIKES); a PDF's copied text keeps the dashes apart (— — — 3 —).
DOTTED_PAGE_NUMBER = r"[·・‧∙]\s*\d{1,3}\s*[·・‧∙]"
PAGE_NUMBER = (r"(?:[-—–－]+\s*)?第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?(?:\s*[-—–－]+)?"
               r"|(?:[-—–－]\s*)+\d{1,3}(?:(?:\s*[-—–－])+|\s*[" + lx.PAGE_NUMBER_DASH_LOOKALIKES + r"])"
               r"|" + DOTTED_PAGE_NUMBER)
