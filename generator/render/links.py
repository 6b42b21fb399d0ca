"""The URL scheme: where each page lives in docs/, its site-absolute URL, and relative links between pages.

    index.md                      /
    plans/index.md                /plans/
    plans/<plan-id>.md            /plans/<plan-id>/            tasks at #<task-id>
    units/index.md                /units/
    units/<unit-id>.md            /units/<unit-id>/            the unit compared across jurisdictions
    units/<unit-id>/<jur-id>.md   /units/<unit-id>/<jur-id>/   its duty sheet in one jurisdiction; long ones go on at <jur-id>-2.md ...
    sectors/index.md              /sectors/
    sectors/<sector-id>.md        /sectors/<sector-id>/        likewise <sector-id>-2.md ...
    matrix/<plan-id>.md           /matrix/<plan-id>/
    matrix/sector-<sector-id>.md  /matrix/sector-<sector-id>/  likewise sector-<sector-id>-2.md ...
    data/index.md                 /data/                       what the downloads hold
    data/plans.json, data/assignments.csv, data/plansite.xlsx
    changes/index.md              /changes/                    only with git history of the plans
    changes/<plan-id>.md          /changes/<plan-id>/          one commit at #c-<short hash>
    changes/feed.xml              /changes/feed.xml            Atom feed of the changes
    timeline/index.md             /timeline/                   every deadline by month; long ones go on at index-2.md ...
    data/timeline.ics             /data/timeline.ics           the same deadlines as a calendar

Every id is an ASCII slug that does not depend on any other page, so a URL
stays put when pages are added. Markdown links point at .md files (MkDocs
checks and rewrites them); links inside raw HTML (matrices, sortable tables)
are not rewritten by MkDocs, so `href` computes what MkDocs would, for its
default use_directory_urls.
"""
from __future__ import annotations

import posixpath

HOME = "index.md"
PLANS = "plans/index.md"
UNITS = "units/index.md"
SECTORS = "sectors/index.md"
CHANGES = "changes/index.md"
FEED = "changes/feed.xml"
TIMELINE = "timeline/index.md"
TIMELINE_ICS = "data/timeline.ics"


def plan_page(plan_id: str) -> str:
    return f"plans/{plan_id}.md"


def unit_page(unit_id: str, part: int = 1) -> str:
    return f"units/{unit_id}.md" if part == 1 else f"units/{unit_id}-{part}.md"


def sector_page(sector_id: str, part: int = 1) -> str:
    return f"sectors/{sector_id}.md" if part == 1 else f"sectors/{sector_id}-{part}.md"


def changes_page(plan_id: str) -> str:
    return f"changes/{plan_id}.md"


MATRIX_FOLDER = "matrix"


def plan_matrix_page(plan_id: str) -> str:
    return f"{MATRIX_FOLDER}/{plan_id}.md"


def sector_matrix_page(sector_id: str, part: int = 1) -> str:
    stem = f"{MATRIX_FOLDER}/sector-{sector_id}"
    return f"{stem}.md" if part == 1 else f"{stem}-{part}.md"


def _directory_url(page: str) -> str:
    """docs-relative .md path -> its URL path as MkDocs builds it ('' for the home page)."""
    stem = page[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def url(page: str, anchor: str = "") -> str:
    """Site-absolute URL of a page (and anchor): /plans/2024-x/#task-3; for the open data."""
    return "/" + _directory_url(page) + (f"#{anchor}" if anchor else "")


def url_of_file(path: str) -> str:
    """Site-absolute URL of a file that is not a page (a download): /data/units/yingji/x.csv."""
    return "/" + path


def link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A Markdown link target: the .md file relative to the linking page."""
    target = "" if to_page == from_page else _relative(to_page, posixpath.dirname(from_page))
    return target + (f"#{anchor}" if anchor else "")


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """A raw-HTML link target: the built URL relative to the linking page's built URL."""
    here = _directory_url(from_page)
    there = _directory_url(to_page)
    target = "" if here == there else _relative(there, here) + "/"  # every page is a directory URL
    return target + (f"#{anchor}" if anchor else "")


def _relative(path: str, start: str) -> str:
    """posixpath.relpath for the site's own paths (relative, '/'-separated, no '.' or '..' parts).

    Why not relpath itself: it makes both paths absolute against the working directory first, and
    with a few links per task that was 17% of the build's generate step at 200 plans (benchmarks/README.md).
    """
    to, base = [p for p in path.split("/") if p], [p for p in start.split("/") if p]
    common = 0
    for a, b in zip(to, base):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."
