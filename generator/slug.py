"""ASCII slugs for URLs from Chinese titles and names (pypinyin: a maintained pinyin table, no hand-made one)."""
from __future__ import annotations

import hashlib
import re

from pypinyin import Style, lazy_pinyin

from .limits import MAX_ID

_CN_ORDINAL = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def initials(text: str) -> str:
    """'工作要点' -> 'gzyd'; ASCII letters and digits are kept as they are."""
    parts = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda s: list(s))
    return re.sub(r"[^a-z0-9]+", "", "".join(parts).lower())


def full(text: str) -> str:
    """'应急管理局' -> 'yingjiguanliju'."""
    parts = lazy_pinyin(text, errors=lambda s: list(s))
    return re.sub(r"[^a-z0-9]+", "", "".join(parts).lower())


def plan_id(title: str, year: int | None) -> str:
    """'市安全生产委员会2024年工作要点一' -> '2024-saqscwyh-gzyd-1'."""
    m = re.search(r"(19|20)\d\d\s*年", title)
    before, after = (title[: m.start()], title[m.end():]) if m else (title, "")
    ordinal = ""
    if after and after[-1] in _CN_ORDINAL:
        ordinal, after = str(_CN_ORDINAL[after[-1]]), after[:-1]
    elif re.search(r"\d+$", after):
        ordinal = re.search(r"\d+$", after).group(0)
        after = after[: -len(ordinal)]
    parts = [str(year) if year else "", initials(before), initials(after), ordinal]
    pid = "-".join(p for p in parts if p) or "plan"
    if len(pid) > MAX_ID:  # a title of hundreds of characters: a bounded id, kept distinct by a hash of the title
        digest = hashlib.sha256(title.encode("utf-8")).hexdigest()[:8]
        pid = f"{pid[: MAX_ID - 9].rstrip('-')}-{digest}"
    return pid
