"""ASCII slugs for URLs from Chinese titles and names (pypinyin: a maintained pinyin table, no hand-made one)."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from pypinyin import Style, lazy_pinyin

from .source.limits import MAX_ID

_CN_ORDINAL = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}

# an id a source gives (a plan's, a unit's, a sector's, a jurisdiction's): it becomes a file name and a
# URL segment, so lowercase ASCII words joined by single hyphens, nothing else
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_slug(value: object) -> bool:
    """Is `value` an id that can be a URL segment as it is ('2024-saqscwyh-gzyd-1', 'yingji')?"""
    return isinstance(value, str) and SLUG.fullmatch(value) is not None


def initials(text: str) -> str:
    """'工作要点' -> 'gzyd'; ASCII letters and digits are kept as they are."""
    parts = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda s: list(s))
    return re.sub(r"[^a-z0-9]+", "", "".join(parts).lower())


def full(text: str) -> str:
    """'应急管理局' -> 'yingjiguanliju'."""
    parts = lazy_pinyin(text, errors=lambda s: list(s))
    return re.sub(r"[^a-z0-9]+", "", "".join(parts).lower())


def toned(text: str) -> str:
    """'陕西省' -> 'shan3xi1sheng3': pinyin with tone numbers, so places whose plain pinyin agrees
    (陕西省 and 山西省 are both shanxisheng) still get two URLs."""
    parts = lazy_pinyin(text, style=Style.TONE3, errors=lambda s: list(s))
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


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(value: str, separator: str = "-") -> str:
    """An ASCII id for a heading that has none of its own: '一、统筹发展和安全' -> 'yi-tong-chou-fa-zhan-he-an-quan'.

    mkdocs.yml names it as the toc extension's slugify. Pinyin keeps Chinese headings apart where
    Markdown's default slugify would drop every character; ids are cut at 64 characters on a
    syllable boundary.
    """
    text = unicodedata.normalize("NFKC", str(value)).lower()
    parts = []
    for part in lazy_pinyin(text):
        parts += [p for p in _NON_SLUG.split(part.lower()) if p]
    slug = ""
    for part in parts:
        if slug and len(slug) + len(separator) + len(part) > 64:
            break
        slug = f"{slug}{separator}{part}" if slug else part
    return slug or "section"
