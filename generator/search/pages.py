"""What the search index knows of each generated page: whether it is indexed, its kind, and its filters.

Pages are keyed by their docs-relative source path (plans/2024-x.md), the key MkDocs gives on_post_page.
Indexed are the pages a reader looks for: plans (each task is a section with its own anchor), unit duty
sheets and sector pages. Matrices, change records, indexes, the home page and the open-data page only
repeat what those pages say, so they stay out (they would push the page that says it down the list).

Filters (Pagefind's data-pagefind-filter): 类型 (page kind), 年份, 地区, 单位, 领域. 地区 is the plan's
jurisdiction: the front matter's `jurisdiction` if a plan has one, else the place its issuer names
(临江市安全生产委员会 -> 临江市); an anonymised issuer (市安全生产委员会) names none. The data model
has no jurisdiction field yet; `jurisdiction_of` is the one place to change when it gets one.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

KIND_PLAN, KIND_UNIT, KIND_SECTOR = "方案", "单位", "领域"
FILTER_KIND, FILTER_YEAR, FILTER_PLACE, FILTER_UNIT, FILTER_SECTOR = "类型", "年份", "地区", "单位", "领域"

# a place at the start of an issuer's name: two or more characters up to its level (省 市 区 县 州 旗 盟)
_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:自治州|自治县|特别行政区|省|市|区|县|州|旗|盟))")
_PART = re.compile(r"^(.+)-(\d+)$")  # units/yingji-2.md: the second part of a long duty sheet


@dataclass
class PageFacts:
    kind: str
    title: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)


def jurisdiction_of(plan) -> str:
    """The place a plan is for: front matter `jurisdiction`, else the place its issuer names ('' if none)."""
    given = str((plan.meta or {}).get("jurisdiction") or "").strip()
    if given:
        return given
    m = _PLACE.match((plan.issuer or "").strip())
    return m.group(1) if m else ""


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
