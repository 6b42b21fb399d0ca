"""The codec to read a declared Chinese charset with, one place for the readers that meet one (HTML pages, RTF's
code page)."""
from __future__ import annotations


def reading_charset(declared: str | None) -> str | None:
    """The codec to read a declared charset with: gb2312 and gbk (Windows code page 936) as gb18030, their superset
    (pages and documents declare gb2312 or 936 and use characters only GBK/GB18030 have); others as declared, lowered."""
    declared = declared.lower() if declared else None
    if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn"):
        return "gb18030"
    return declared
