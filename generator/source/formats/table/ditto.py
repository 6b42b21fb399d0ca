"""A ditto cell (同上, 〃, ″): the cell above, as a sheet's note says, and the changes an office writes after the mark.

Older offices write a unit cell as the cell above changed: 同上，增加X、Y / 同上，另加X配合 (the list above plus X and Y),
同上（X除外） / 同上（不含X） (the list above less X), 同上（牵头） (the list above, its role stressed). `resolve_ditto`
gives the cell's units as a plain list; the row reader keeps that resolved text as the row's cell, so a later ditto of
such a cell (a chain of 同上) carries the resolved list down, never the words 同上，增加."""
from __future__ import annotations

import re

from ....words import lexicon as lx
from ....words.brackets import depth_zero_split

# the mark: 同上 (spaced out to centre it in its cell: 同  上, quoted, closed by 。), or 〃 / ″
_MARK = r"(?:[\"“”]?同[ \u3000]*上[\"“”]?|[〃″]+)"
_BARE = re.compile(rf"^{_MARK}[。.]?$")
_HEAD = re.compile(rf"^{_MARK}\s*")
# what follows the mark: a bracket of its own (（牵头）, （X除外）) or a clause after a comma (，增加X)
_BRACKETED = re.compile(r"^[（(]([^（()）]+)[)）]$")
_CLAUSE_MARKS = ("，", ",", "；", ";", "、")
_CLAUSE = re.compile("^[" + re.escape("".join(_CLAUSE_MARKS)) + r"]\s*(.+)", re.S)
_ADDITION = re.compile("^(?:" + lx.alternation(lx.TABLE_DITTO_ADDITION_WORDS) + r")\s*(.+)", re.S)
_EXCLUSION_OPENING = re.compile("^(?:" + lx.alternation(lx.TABLE_DITTO_EXCLUSION_OPENINGS) + r")\s*(.+)", re.S)
_LIST_SEPARATORS = "、，,；;"


def is_bare_ditto(cell: str) -> bool:
    """Whether a cell is only the mark: the cell above, whatever the column."""
    return bool(_BARE.match(cell))


def opens_with_ditto(cell: str) -> bool:
    return bool(_HEAD.match(cell))


def writes_ditto(cell: str) -> bool:
    """Whether a cell is a ditto: the bare mark, or the mark and its change in a bracket or after a comma (同上（牵头）,
    同上，增加X); a name that merely opens with the two characters (同上级…) is none."""
    head = _HEAD.match(cell)
    return bool(head) and (is_bare_ditto(cell) or cell[head.end():head.end() + 1] in ("（", "(", *_CLAUSE_MARKS))


def resolve_ditto(cell: str, above: str, kind: str | None) -> str | None:
    """The units a unit column's ditto cell stands for, given the resolved cell `above` and the column's `kind`; None
    when the cell is no ditto, or its change is not understood (the caller then says so)."""
    head = _HEAD.match(cell)
    if not head:
        return None
    rest = cell[head.end():].strip().rstrip("。.").strip()
    if not rest:
        return above
    bracketed = _BRACKETED.match(rest)
    if bracketed:
        note = bracketed.group(1).strip()
        if note in _role_words(kind):
            return above  # 同上（牵头）: the role the column already gives
        struck = _excluded(note)
        return _without(above, struck) if struck else None
    clause = _CLAUSE.match(rest)
    if not clause:
        return None
    change = clause.group(1).strip()
    added = _ADDITION.match(change)
    if added:
        return _with(above, _without_role_verb(added.group(1).strip(), kind))
    struck = _excluded(change)
    return _without(above, struck) if struck else None


def _role_words(kind: str | None) -> tuple[str, ...]:
    return lx.TABLE_DITTO_ROLE_WORDS.get(kind or "", ())


def _without_role_verb(added: str, kind: str | None) -> str:
    """The added units less a closing verb naming the column's own role (另加县消防救援大队配合 in a 配合单位 column)."""
    for word in sorted(_role_words(kind), key=len, reverse=True):
        if added.endswith(word) and len(added) > len(word):
            return added[:-len(word)].rstrip("，, ")
    return added


def _excluded(text: str) -> list[str]:
    """The units a 除外 / 不含 clause strikes (县X局除外, 不含县X局、县Y局); empty when it says no such thing."""
    for end in lx.TABLE_DITTO_EXCLUSION_ENDS:
        if text.endswith(end):
            return _units(text[:-len(end)])
    found = _EXCLUSION_OPENING.match(text)
    return _units(found.group(1)) if found else []


def _units(text: str) -> list[str]:
    return [piece.strip() for _, piece in depth_zero_split(text, _LIST_SEPARATORS) if piece.strip()]


def _with(above: str, added: str) -> str:
    """The list above with the added units after it, each unit once."""
    units = _units(above)
    return "、".join(units + [u for u in _units(added) if u not in units])


def _without(above: str, struck: list[str]) -> str | None:
    """The list above less the struck units; None when one struck is not in the list (the change is not understood)."""
    units = _units(above)
    if any(u not in units for u in struck):
        return None
    return "、".join(u for u in units if u not in struck)
