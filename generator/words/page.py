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
