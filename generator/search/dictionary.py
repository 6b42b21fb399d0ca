"""The jieba user dictionary of Material's search, generated from the registries and the plans.

Used only with the plugin option `search: engine: material` (generator/search/material.py writes it
when `jieba_dictionary` is on); the default engine, Pagefind (generator/search/), cuts Chinese itself
and needs no dictionary. It borrows one function from here: `short_name` (市应急管理局 -> 应急管理局)
gives the name table (generator/search/names.py) the forms of a name without its level.

Material's search plugin cuts Chinese text with jieba when it builds the
index; the browser then matches each query word against the index's words,
as a prefix (应急* matches 应急管理局). So a name a reader types must come out
of jieba as one word, or as the start of one: 市应急管理局 must be cut
市 | 应急管理局 (not 应急 | 管理局, and not one word 市应急管理局, which the
query 应急管理局 is no prefix of), and 城镇燃气 must be cut 城镇 | 燃气 (the
query 燃气 is no prefix of 城镇燃气).

The dictionary therefore holds
- whole words, at a frequency high enough to win over jieba's own cuts:
  department names without their level prefix (应急管理局, 消防救援支队),
  their aliases, sector and theme names and words, the plans' quoted key terms
  (“三管三必须”), and a few terms of the trade (KEY_TERMS);
- split words, at frequency 0 (jieba drops them): every word of jieba's own
  dictionary that holds one of the whole words after its first character
  (城镇燃气, 国家应急管理局), so the whole word stands on its own.
A whole word that holds another one after its first character is left out for
the same reason (经营性自建房 -> 经营性 | 自建房), unless it is a name the
reader types as such (a department, a KEY_TERM).

`write_user_dict` writes it in jieba's format, one `word freq` a line.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..resolve.wordpattern import words_pattern

# terms a reader types that must stay one word; the five of the issue first
KEY_TERMS = (
    "应急管理局", "燃气", "消防救援", "自建房", "危险化学品",
    "应急管理", "安全生产", "安委会", "安委办", "隐患排查", "专项整治", "治本攻坚", "三年行动",
    "危化品", "特种设备", "道路交通", "烟花爆竹", "有限空间", "粉尘涉爆", "电动自行车",
)
WHOLE = 300_000  # frequency of a whole word: above every word of jieba's dictionary but 的
SPLIT = 0  # jieba drops a word of frequency 0 from its cuts

_HAN = re.compile(r"^[\u4e00-\u9fff]{2,16}$")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』\n]{2,24})[”\"」』]")
_LEVEL = re.compile(r"^(?:本|全)?[市县区]级?(?!场|域|政(?!府|协))")
_PARTY = re.compile(r"^(?:本|全)?[市县区]委(?!员)")  # 市委组织部; not 市委员会
_GENERIC = {"办公室", "委员会", "部门", "单位"}
_PLACEHOLDER = re.compile(r"[xX]{2,}")


def short_name(name: str) -> str:
    """A department name as a reader types it: 市应急管理局 -> 应急管理局, 市委组织部 -> 组织部.

    The level (市/县/区, 本市, 市级) and a place ("xx") go; the 市委 of a party
    organ goes too unless what is left says nothing alone (市委办公室 stays).
    """
    s = _PLACEHOLDER.sub("", name.strip())
    party = _PARTY.match(s)
    if party:
        rest = s[party.end():]
        return rest if len(rest) >= 2 and rest not in _GENERIC else s
    rest = _LEVEL.sub("", s, count=1)
    return rest if len(rest) >= 2 and rest not in _GENERIC else s


def quoted_terms(texts: Iterable[str]) -> list[str]:
    """The plans' key terms: what they put in quotes (“三管三必须”, “打非治违”), split at 、 and ,."""
    found: dict[str, None] = {}
    for text in texts:
        for m in _QUOTED.finditer(text):
            for part in re.split(r"[、,，;；]", m.group(1)):
                if _HAN.match(part) and len(part) <= 8:
                    found.setdefault(part)
    return list(found)


def _han(words: Iterable[str]) -> list[str]:
    out: dict[str, None] = {}
    for w in words:
        w = str(w).strip()
        if _HAN.match(w):
            out.setdefault(w)
    return list(out)


def whole_words(registry, plans: Iterable = (), texts: Iterable[str] = ()) -> list[str]:
    """The words to keep whole, in a stable order (see the module docstring)."""
    names: list[str] = list(KEY_TERMS)
    for unit in registry.units:
        if unit.kind != "department":
            continue
        names += [short_name(unit.name), *(short_name(a) for a in unit.aliases)]
    for plan in plans:  # written forms: 市应急局 -> 应急局
        for task in plan.tasks():
            for a in task.assignments:
                if a.kind == "department":
                    names.append(short_name(a.name))
    protected = _han(names)
    rest = []
    for sector in registry.sectors:
        rest += [sector.name, *sector.words]
    rest += quoted_terms(texts)
    rest = [w for w in _han(rest) if w not in set(protected)]
    every = protected + rest
    inside = re.compile(words_pattern(every))  # searched from a word's second character on
    return protected + [w for w in rest if not inside.search(w, 1)]


def split_words(words: Iterable[str], dictionary: Path | None = None) -> list[str]:
    """Words of jieba's main dictionary that hold one of `words` after their first character."""
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return []
    inside = re.compile(words_pattern(words))  # searched from the second character on
    keep = set(words)
    out = []
    with open(dictionary or _jieba_dictionary(), encoding="utf-8") as f:
        for line in f:
            word = line.split(" ", 1)[0]
            if len(word) > 2 and word not in keep and inside.search(word, 1):
                out.append(word)
    return out


def _jieba_dictionary() -> Path:
    # found, not imported: importing jieba costs a third of a second (pkg_resources)
    from importlib.util import find_spec

    return Path(find_spec("jieba").origin).parent / "dict.txt"


def entries(registry, plans: Iterable = (), texts: Iterable[str] = (),
            dictionary: Path | None = None) -> list[tuple[str, int]]:
    """(word, frequency) pairs of the user dictionary: whole words, then split words at 0."""
    whole = whole_words(registry, plans, texts)
    return [(w, WHOLE) for w in whole] + [(w, SPLIT) for w in split_words(whole, dictionary)]


def render(pairs: Iterable[tuple[str, int]]) -> str:
    return "".join(f"{word} {freq}\n" for word, freq in pairs)


def write_user_dict(path: Path, registry, plans: Iterable = (), texts: Iterable[str] = (),
                    dictionary: Path | None = None) -> Path:
    """Write the dictionary to `path` (atomically: a concurrent build never reads half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = render(entries(registry, plans, texts, dictionary))
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(data)
    os.replace(tmp, path)
    return path
