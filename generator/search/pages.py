"""What the search index knows of each generated page: whether it is indexed, its kind, and its filters.

Pages are keyed by their docs-relative source path (plans/2024-x.md), the key MkDocs gives on_post_page.
Indexed are the pages a reader looks for: plans (each task is a section with its own anchor), unit duty
sheets and sector pages. Matrices, change records, indexes, the home page and the open-data page only
repeat what those pages say, so they stay out (they would push the page that says it down the list).

Filters (Pagefind's data-pagefind-filter): 类型 (page kind), 年份, 地区, 单位, 领域. 地区 is the plan's
jurisdiction as the parser read it (Plan.jurisdiction: the front matter's, else the place its issuer
names); an anonymised issuer (市安全生产委员会) names none. A unit's duty sheet in one jurisdiction
(units/<unit>/<jurisdiction>.md) has that place; the unit's own page, every place it is named in.

A duty sheet in one place is indexed row by row (`rows`: each row's task, landing on the row); the
unit's own page and sector pages only by their head (markup.py).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..parse.provenance import UNNAMED

KIND_PLAN, KIND_UNIT, KIND_SECTOR = "方案", "单位", "领域"
FILTER_KIND, FILTER_YEAR, FILTER_PLACE, FILTER_UNIT, FILTER_SECTOR = "类型", "年份", "地区", "单位", "领域"

_PART = re.compile(r"^(.+)-(\d+)$")  # units/yingji-2.md: the second part of a long duty sheet


@dataclass
class PageFacts:
    kind: str
    title: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    rows: bool = False  # a duty sheet whose rows (the unit's tasks in one place) are indexed, each its own hit


def jurisdiction_of(plan) -> str:
    """The place a plan is for, as the parser read it ('' where the text names none)."""
    return "" if plan.jurisdiction.name == UNNAMED else plan.jurisdiction.name


def page_facts(plans: list, registry) -> dict[str, PageFacts]:
    """Source path -> facts, for every page the index takes."""
    units = {u.id: u for u in registry.units}
    sectors = {s.id: s for s in registry.sectors}
    facts: dict[str, PageFacts] = {}
    unit_years: dict[str, set[str]] = defaultdict(set)
    unit_places: dict[str, set[str]] = defaultdict(set)
    for plan in plans:
        year = str(plan.year) if plan.year else ""
        place = jurisdiction_of(plan)
        named_units: dict[str, None] = {}
        named_sectors: dict[str, None] = {}
        for task in plan.tasks():
            for a in task.assignments:
                if a.unit:
                    named_units.setdefault(units[a.unit].name if a.unit in units else a.name)
                    if year:
                        unit_years[a.unit].add(year)
                    if place:
                        unit_places[a.unit].add(place)
            for s in task.sectors:
                if s in sectors:
                    named_sectors.setdefault(sectors[s].name)
        filters = _filters(KIND_PLAN, year=[year], place=[place], unit=list(named_units), sector=list(named_sectors))
        facts[f"plans/{plan.id}.md"] = PageFacts(KIND_PLAN, plan.title, filters)
        for unit_id in {a.unit for t in plan.tasks() for a in t.assignments if a.unit in units}:
            sheet = f"units/{unit_id}/{plan.jurisdiction.id}.md"  # the unit's duty sheet in this place
            if sheet not in facts:
                facts[sheet] = PageFacts(KIND_UNIT, f"{units[unit_id].name} · {place or plan.title}", _filters(
                    KIND_UNIT, year=[year], place=[place], unit=[units[unit_id].name]), rows=True)
            elif year:  # the sheet lists the tasks of every plan of the place: each plan's year is one of its
                years = facts[sheet].filters.setdefault(FILTER_YEAR, [])
                if year not in years:
                    years.append(year)
                    years.sort()
    for unit in registry.units:
        facts[f"units/{unit.id}.md"] = PageFacts(KIND_UNIT, unit.name, _filters(
            KIND_UNIT, year=sorted(unit_years.get(unit.id, ())), place=sorted(unit_places.get(unit.id, ())),
            unit=[unit.name]))
    for sector in registry.sectors:
        facts[f"sectors/{sector.id}.md"] = PageFacts(KIND_SECTOR, sector.name,
                                                     _filters(KIND_SECTOR, sector=[sector.name]))
    return facts


def facts_for(facts: dict[str, PageFacts], src_uri: str) -> PageFacts | None:
    """The facts of a page, the later parts of a long unit or sector page sharing those of the first."""
    found = facts.get(src_uri)
    if found is None and src_uri.endswith(".md"):
        m = _PART.match(src_uri[:-3])
        if m:
            found = facts.get(m.group(1) + ".md")
    return found


def _filters(kind: str, year=(), place=(), unit=(), sector=()) -> dict[str, list[str]]:
    out = {FILTER_KIND: [kind]}
    for name, values in ((FILTER_YEAR, year), (FILTER_PLACE, place), (FILTER_UNIT, unit), (FILTER_SECTOR, sector)):
        values = [v for v in values if v]
        if values:
            out[name] = values
    return out
