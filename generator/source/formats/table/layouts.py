"""The registry of the layouts a table pasted into text comes in, and the plain data a layout reader returns.

Each layout is one reader function `(lines, start) -> Found | None` in a module of its own, registered
once in `pasted.build_layouts`, which says the order they are tried in; the first reader that finds
something at a line wins, as Python-Markdown's block processors do (`build_block_parser`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """What a layout reader read from its start line up to `end` (the index of the first line after it).

    `rows` is the table, its header row first, each row a list of cell texts (a cell's lines joined by
    newlines); None when the lines hold no task table and are to be passed over as written (a run of
    |-separated cells holding no table is not scanned again from each of its lines). `before` holds lines
    written as they stand ahead of the table (title cells of such a run); `cut` says the text ended inside
    the last row, so its missing cells are unknown, not merged.
    """

    end: int
    rows: list[list[str]] | None
    before: tuple[str, ...] = ()
    cut: bool = False


Reader = Callable[[list[str], int], "Found | None"]


def columns_of(rows: list[list[str]], width: int = 0) -> list[list[str]]:
    """The rows read down, a column a list (at least `width` of them), a short row's missing cells empty: the shared
    step of the layouts laid on their side (`field_rows`, `transposed`), turned back to a row a task."""
    width = max([width, *(len(r) for r in rows)])
    return [[r[k] if k < len(r) else "" for r in rows] for k in range(width)]


class Layouts:
    """Layout readers in the order they were registered, which is the order they are tried in."""

    def __init__(self) -> None:
        self._readers: list[tuple[str, Reader]] = []

    def register(self, reader: Reader, name: str) -> None:
        """Add a layout after those registered before it; `name` says which in messages and tests."""
        if name in self.names():
            raise ValueError(f"layout {name!r} is registered already")
        self._readers.append((name, reader))

    def names(self) -> list[str]:
        return [name for name, _ in self._readers]

    def __iter__(self) -> Iterator[tuple[str, Reader]]:
        return iter(self._readers)

    def read(self, lines: list[str], start: int) -> Found | None:
        """What the first layout that reads lines[start] finds there; None when none does."""
        for _, reader in self._readers:
            found = reader(lines, start)
            if found is not None:
                return found
        return None


def rows_found(table: tuple[list[list[str]], int] | None) -> Found | None:
    """A reader's (rows, index after them) as a Found; None stays None."""
    return None if table is None else Found(table[1], table[0])
