"""Which content a page file of docs/ comes from: for the message when two pages want the same file.

A file name is an id, or an id then `-N` for page N of a long page (links.py,
paging.py), so `units/yingji/plan-a-2.md` is the duty sheet of a plan with id
plan-a-2 and also page 2 of the sheet of plan-a. Every reading that names
something of the site is listed, with the file it comes from, so the editor
knows which id to change.
"""
from __future__ import annotations

import re

from .site import Site

_PART = re.compile(r"(?P<id>.+)-(?P<part>[2-9]|[1-9]\d+)")
_INDEXES = {"plans": "方案目录 (the plan index)", "units": "单位目录 (the unit index)",
            "sectors": "领域目录 (the sector index)", "changes": "变更记录 (the change index)",
            "data": "数据下载 (the data page)"}


def owners(site: Site, path: str) -> list[str]:
    """What in the content wants the docs-relative `path`: one entry per reading of its name, with its source."""
    folder, _, name = path.rpartition("/")
    stem = name.rsplit(".", 1)[0]
    readings = [(stem, 1)]
    part = _PART.fullmatch(stem)
    if part:
        readings.append((part["id"], int(part["part"])))
    found = []
    for page_id, n in readings:
        what = _owner(site, folder, page_id)
        if what:
            found.append(what if n == 1 else f"page {n} of {what}")
    return found


def _owner(site: Site, folder: str, page_id: str) -> str:
    top, _, rest = folder.partition("/")
    if page_id == "index" and folder in _INDEXES:
        return _INDEXES[folder]
    if top == "matrix" and page_id.startswith("sector-") and page_id[len("sector-"):] in site.sector:
        return _sector(page_id[len("sector-"):])
    if top in ("plans", "matrix", "changes") and page_id in site.plan:
        return _plan(site, page_id)
    if top == "sectors" and page_id in site.sector:
        return _sector(page_id)
    if folder == "units" and page_id in site.unit:
        return f"unit '{page_id}' (departments.yml)"
    sheet = site.sheets.get(f"{rest}/{page_id}" if top == "units" else f"{rest.partition('/')[2]}/{page_id}")
    if sheet and (top == "units" or rest.startswith("units/")):
        plans = [p for p in site.plans if p.jurisdiction.id == sheet.jurisdiction.id]
        return (f"the duty sheet of unit '{sheet.unit.id}' in jurisdiction '{sheet.jurisdiction.id}' ("
                + ", ".join(_plan(site, p.id) for p in plans[:3]) + (", …" if len(plans) > 3 else "") + ")")
    return ""


def _plan(site: Site, plan_id: str) -> str:
    return f"plan '{plan_id}' ({site.plan[plan_id].source})"


def _sector(sector_id: str) -> str:
    return f"sector '{sector_id}' (sectors.yml)"
