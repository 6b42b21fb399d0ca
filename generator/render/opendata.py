"""Open data (docs/data/): plans.json (the model plus units and sectors), assignments.csv, plansite.xlsx.

Every file is byte-for-byte reproducible from the same input (no timestamps,
fixed zip dates), so an unchanged corpus rewrites nothing and CI diffs stay quiet.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Iterator

from ..model import ROLE_CELLS, ROLE_LABELS, to_dict
from . import duties, feed, links, xlsx
from .site import Site, roles_by_unit

JSON_PAGE = "data/plans.json"
CSV_PAGE = "data/assignments.csv"
XLSX_PAGE = "data/plansite.xlsx"
SCHEMA_PAGE = "data/model.schema.json"  # the JSON Schema of the plans in plans.json

COLUMNS = ["plan", "plan_title", "jurisdiction", "jurisdiction_level", "section", "task", "task_label", "title",
           "unit_written", "unit", "unit_name", "kind", "role", "role_label", "annotation", "deadlines", "text", "url",
           "sheet_url"]
_FIXED_TIME = datetime(2000, 1, 1)  # stands in for "now" in the xlsx, which would make every build differ


def pages(site: Site) -> Iterator[tuple[str, bytes]]:
    """The data files (a page kind of generator.render.outputs, though no page)."""
    yield JSON_PAGE, plans_json(site)
    yield CSV_PAGE, assignments_csv(site)
    yield SCHEMA_PAGE, (Path(__file__).resolve().parent.parent / "schema" / "model.json").read_bytes()
    yield XLSX_PAGE, workbook(site)


def _sheet(site: Site, sheet_id: str) -> dict:
    """A unit's duties in one jurisdiction: which jurisdiction, where its sheet is and its downloads."""
    sheet = site.sheets[sheet_id]
    downloads = {kind: links.url_of_file(duties.download_page(sheet_id, kind)) for kind in duties.DOWNLOADS}
    if site.history:
        downloads["atom"] = links.url_of_file(feed.sheet_feed(sheet_id))
    return {"id": sheet_id, "jurisdiction": to_dict(sheet.jurisdiction), "place": sheet.place,
            "tasks": len(site.sheet_tasks[sheet_id]), "url": links.url(links.unit_page(sheet_id)),
            "downloads": downloads}


def plans_json(site: Site) -> bytes:
    data = {
        "plans": [to_dict(p) for p in site.plans],
        "units": [{"id": u.id, "name": u.name, "kind": u.kind, "description": u.description,
                   "written_forms": sorted(site.forms.get(u.id, ())), "url": links.url(links.unit_page(u.id)),
                   "sheets": [_sheet(site, sheet_id) for sheet_id in site.unit_sheets.get(u.id, [])]}
                  for u in site.units],
        "sectors": [{"id": s.id, "name": s.name, "kind": s.kind, "url": links.url(links.sector_page(s.id))}
                    for s in site.sectors],
    }
    # compact: a third smaller than indented, and json's C encoder only runs without indent
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def rows(site: Site) -> Iterator[list]:
    """One row per assignment (a unit named twice in a task has two rows, told apart by `annotation`)."""
    for ref in site.refs:
        section = f"{ref.section.label}{ref.section.title}"
        where = ref.plan.jurisdiction
        deadlines = "、".join(d.text for d in ref.task.deadlines)
        for a in ref.task.assignments:
            unit = site.unit.get(a.unit or "")
            sheet = links.url(links.unit_page(site.sheet_id(unit.id, ref.plan.id))) if unit else ""
            yield [ref.plan.id, ref.plan.title, where.name, where.level, section, ref.task.number, ref.task.label,
                   ref.task.title, a.name, a.unit or "", unit.name if unit else "", a.kind or "", a.role,
                   ROLE_LABELS.get(a.role, a.role), a.annotation, deadlines, ref.task.text, ref.task.url or "", sheet]


# What makes a spreadsheet read a cell as a formula (=HYPERLINK(…) runs when the CSV is opened in Excel)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """A CSV cell as OWASP recommends against formula injection: text starting like a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def assignments_csv(site: Site) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows([_cell(v) for v in row] for row in rows(site))
    # the BOM tells Excel the file is UTF-8; without it Chinese text opens garbled
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def workbook(site: Site) -> bytes:
    # our own small writer (xlsx.py): openpyxl took 7 s at 350 plans, XlsxWriter 5 s, this well under 1 s
    book = xlsx.Workbook("plansite", _FIXED_TIME)
    sheet = book.add_sheet("分工", freeze=(1, 1))
    sheet.append(COLUMNS, bold=True)
    for row in rows(site):
        sheet.append(row)
    used: set[str] = {"分工"}
    for plan in site.plans:
        _matrix_sheet(site, book.add_sheet(_sheet_name(plan.id, used), freeze=(2, 1), widths={0: 48}), plan)
    return book.save()


def _sheet_name(plan_id: str, used: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique."""
    base = "".join(c for c in plan_id if c not in "[]:*?/\\")[:31] or "plan"
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base[:28]}-{n}"
    used.add(name)
    return name


def _matrix_sheet(site: Site, sheet: xlsx.Sheet, plan) -> None:
    """One plan's matrix: a row per task, a column per unit, cells 牵 / 责 / 协 / 落."""
    refs = site.plan_refs.get(plan.id, [])
    columns = list(dict.fromkeys(key for r in refs for key in roles_by_unit(r.task)))
    sheet.append([plan.title], bold=True)
    sheet.append(["任务"] + [site.unit_name(k) for k in columns], bold=True)
    for ref in refs:
        roles = roles_by_unit(ref.task)
        sheet.append([f"{ref.task.label} {ref.task.title}".strip()]
                     + [ROLE_CELLS[roles[k][0]] if k in roles else None for k in columns])
