"""Splitting long pages: <stem>.md, <stem>-2.md, ... and the pager line that links them.

Unit, sector and sector-matrix pages grow with the corpus; past a limit they
go on over several pages so that no HTML page grows without bound (a page of
thousands of rows is slow to load, search and print).
"""
from __future__ import annotations

from typing import TypeVar

from . import links

T = TypeVar("T")


def page_name(first: str, part: int) -> str:
    """'units/yingji.md', 2 -> 'units/yingji-2.md'."""
    return first if part == 1 else f"{first[:-3]}-{part}.md"


def split_groups(groups: list[tuple[str, list[T]]], limit: int) -> list[list[tuple[str, list[T]]]]:
    """Whole groups (a plan's tasks) packed into parts of at most `limit` items; a bigger group is cut."""
    parts: list[list[tuple[str, list[T]]]] = [[]]
    size = 0
    for key, items in groups:
        while items:
            room = limit - size
            if room <= 0 or (size and len(items) > room and len(items) <= limit):
                parts.append([])  # start a new part rather than cut a group that fits one
                size, room = 0, limit
            take = items[:room]
            parts[-1].append((key, take))
            size += len(take)
            items = items[room:]
    return parts


def pager(first: str, part: int, total: int) -> str:
    """'分页:第 1 页 · [第 2 页](x-2.md)' for the page `part` of `total`."""
    here = page_name(first, part)
    items = [f"第 {n} 页" if n == part else f"[第 {n} 页]({links.link(here, page_name(first, n))})"
             for n in range(1, total + 1)]
    return "分页:" + " · ".join(items)
