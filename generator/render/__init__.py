"""Model -> site files: one module per page kind, each yielding (docs-relative path, content).

`outputs` is the one list of what a build produces; adding a page kind means
one module here and one line in PAGE_KINDS.
"""
from __future__ import annotations

from typing import Iterator

from . import changes, data_page, duties, feed, home, indexes, matrix, opendata, plan, sector, timeline, unit
from .site import Site

PAGE_KINDS = (home, indexes, plan, unit, duties, sector, matrix, timeline, data_page, changes, feed, opendata)


def outputs(site: Site) -> Iterator[tuple[str, str | bytes]]:
    for kind in PAGE_KINDS:
        yield from kind.pages(site)
