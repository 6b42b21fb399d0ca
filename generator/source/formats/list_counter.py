"""Word's list-numbering counter, one for the .docx reader (w:numbering) and the Word 2003 XML reader (w:lists).

Both formats number a list the same way; only the markup naming a definition, an instance and a level differs. The
readers read the markup and hand the counter plain data: the definition's id, the instance's id, the level, each
level's start and restart limit, and the instance's w:startOverride values.
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping

from ...numerals import format_number
from .blocks import restarts_after

LEVELS = 9  # Word lists have nine levels, 0…8


class ListCounter:
    """The running numbers of a document's lists, advanced paragraph by paragraph."""

    def __init__(self) -> None:
        # counters belong to the definition (.docx abstractNum, Word XML listDef), not to the instance: instances
        # sharing a definition continue each other's numbering, as Word does
        self._counters: dict[Hashable, list[int | None]] = {}
        # the instances met so far: an instance's w:startOverride restarts its levels once, at its first paragraph
        self._seen: set[Hashable] = set()

    def advance(self, definition: Hashable, instance: Hashable, ilvl: int, starts: Mapping[int, int],
                overrides: Mapping[int, int], restart_after: Mapping[int, int | None]) -> list[int] | None:
        """The numbers of levels 0…8 after a paragraph of level `ilvl` of `instance`; None for a level out of range.

        `starts`: the start of each level the definition has (a level it lacks starts at 1, even when overridden,
        as the .docx reader always read it; the Word XML reader passes all nine levels); `overrides`: the instance's
        w:startOverride by level; `restart_after`: each level's restart limit (see blocks.restarts_after)."""
        counters = self._counters.setdefault(definition, [None] * LEVELS)
        if instance not in self._seen:
            self._seen.add(instance)
            for level, start in overrides.items():
                if 0 <= level < LEVELS:
                    counters[level] = start - 1
        # the restart above is applied even for a paragraph of a level out of range, which gets no number
        if not 0 <= ilvl < LEVELS:
            return None
        start_of = {k: overrides.get(k, start) for k, start in starts.items()}
        counters[ilvl] = start_of.get(ilvl, 1) if counters[ilvl] is None else counters[ilvl] + 1
        # a deeper level counts anew under this one, unless its restart limit keeps it running
        for deeper in range(ilvl + 1, LEVELS):
            if restarts_after(restart_after.get(deeper), deeper, ilvl):
                counters[deeper] = None
        # a level not counted yet (or reset) shows its start, as Word shows %2 of a paragraph met before any of level 2
        return [n if n is not None else start_of.get(k, 1) for k, n in enumerate(counters)]


def fill(text: str, numbers: list[int], styles: Mapping[int, str]) -> str:
    """The level text (w:lvlText "%1.%2") with each %n replaced by level n's number in its style (decimal if none)."""
    # a level the definition lacks (or a bad style) reads as decimal: format_number falls back to it, never refuses
    for k in range(LEVELS - 1, -1, -1):
        text = text.replace(f"%{k + 1}", format_number(numbers[k], styles.get(k, "decimal")))
    return text
