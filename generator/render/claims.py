"""The page files plans claim by their ids, checked before anything is written: one check that `plansite check`
and the build both run (`page_clashes`), so they name the same plan files as errors.

A page's file name is an id (links.py). A plan's id names plans/<id>.md, matrix/<id>.md and
changes/<id>.md; its jurisdiction's id names the duty sheets of its units, units/<unit>/<jurisdiction>.md,
which go on at <jurisdiction>-2.md … when long (unit_layout.py). A plan that names no place has its own
id as its jurisdiction's (parse/provenance.py). So two plans can want one name in three ways:

- one jurisdiction id for two places: a plan id (or a front-matter `jurisdiction: {id: …}`) equal to the
  pinyin id of a place another plan names (shan3xi1sheng3 for 陕西省), or two places whose toned pinyin
  agrees. Their duty sheets would merge without a word: the sheet of 市应急局 of an unnamed city filed
  under 陕西省;
- a jurisdiction id that is another one's then -N (plan-a-2 beside plan-a), where a sheet of the other
  runs to page N;
- `index`: plans/index.md lists the plans, and units/<unit>/index.md has the URL of units/<unit>.md.
  Front matter refuses such an id (source/frontmatter.py); a title can still spell one.

Registry ids are checked where the registry is loaded, and two plans with one id where plans are read
(source/corpus.py). The plan at fault is named with the line to change and left out; the rest builds.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Plan, PlanText
from ..parse.provenance import UNNAMED
from ..settings import Settings
from ..slug import toned
from ..source.frontmatter import reserved
from . import unit_layout
from .site import Site

@dataclass
class Clash:
    plan: Plan  # the plan left out
    message: str  # "<file>:<line>: what clashes with what; what to do"


def page_clashes(plans: list[Plan], units: list, settings: Settings | None,
                 texts: dict[str, PlanText]) -> list[Clash]:
    """The plans whose ids want a page file of another plan or page (resolved plans: the sheets need units);
    `texts` (plan id -> its text) gives the line to change."""
    found = _reserved(plans, texts) + _shared_places(plans, texts)
    left = {id(c.plan) for c in found}
    rest = [p for p in plans if id(p) not in left]
    return found + _sheet_parts(rest, units, settings or Settings(), texts)


def _reserved(plans: list[Plan], texts) -> list[Clash]:
    found = []
    for plan in plans:
        if reserved(plan.id):
            found.append(Clash(plan, f"{_where(plan, texts, 'id')}: id '{plan.id}' is taken by a page of the site "
                                     f"(plans/index, matrix/sector-…); the build leaves the plan out; give it another id "
                                     f"with 'id:' in its front matter"))
        elif plan.jurisdiction.id == "index":
            found.append(Clash(plan, f"{_where(plan, texts, _id_key(plan))}: jurisdiction id 'index' would put its "
                                     f"duty sheets at the address of the units' own pages; the build leaves the plan out; "
                                     f"give the jurisdiction another id"))
    return found


def _shared_places(plans: list[Plan], texts) -> list[Clash]:
    """Plans whose jurisdiction id is held by another place: the place whose own pinyin the id is keeps it."""
    by_id: dict[str, list[Plan]] = {}
    for plan in plans:
        by_id.setdefault(plan.jurisdiction.id, []).append(plan)
    found = []
    for jid, group in by_id.items():
        names = list(dict.fromkeys(p.jurisdiction.name for p in group))
        if len(names) < 2:
            continue
        owner = next((n for n in names if n != UNNAMED and toned(n) == jid), names[0])
        first = next(p for p in group if p.jurisdiction.name == owner)
        place = _place(first)
        for plan in group:
            if plan.jurisdiction.name == owner:
                continue
            unnamed = plan.jurisdiction.name == UNNAMED
            what = (f"id '{jid}' (a plan that names no place has its id as its place's) is also the id of {place}"
                    if unnamed and jid == plan.id else
                    f"the place {_place(plan)} has the id '{jid}' of {place}")
            fix = (f"give it another id with 'id:' in its front matter, or write 'jurisdiction: {owner}' there "
                   f"if it is a plan of {owner}" if unnamed and jid == plan.id and owner != UNNAMED else
                   f"give its place an id of its own in the front matter: "
                   f"jurisdiction: {{name: {plan.jurisdiction.name}, id: …}}")
            found.append(Clash(plan, f"{_where(plan, texts, _id_key(plan))}: {what} ({first.source}), so their duty "
                                     f"sheets would be one; the build leaves the plan out; {fix}"))
    return found


def _sheet_parts(plans: list[Plan], units: list, settings: Settings, texts) -> list[Clash]:
    """Plans whose jurisdiction id is page N of a duty sheet of another jurisdiction (<id>-N.md)."""
    site = Site(plans, units, [], {}, {}, settings=settings)
    places: dict[str, list[Plan]] = {}  # jurisdiction id -> its plans
    for plan in plans:
        places.setdefault(plan.jurisdiction.id, []).append(plan)
    found: dict[int, Clash] = {}
    for sheet_id, sheet in site.sheets.items():
        pages = len(unit_layout.layout(site, sheet_id))
        for n in range(2, pages + 1):
            other = site.sheets.get(f"{sheet_id}-{n}")
            if other is None:
                continue
            sources = ", ".join(dict.fromkeys(p.source for p in places[sheet.jurisdiction.id]))
            for plan in places[other.jurisdiction.id]:
                if id(plan) not in found:
                    key = _id_key(plan)
                    found[id(plan)] = Clash(plan, (
                        f"{_where(plan, texts, key)}: {'id' if key == 'id' else 'jurisdiction id'} "
                        f"'{plan.jurisdiction.id}' names the file units/{other.id}.md, which is page {n} of the duty "
                        f"sheet of unit '{sheet.unit.id}' in '{sheet.jurisdiction.id}' ({sources}); the build "
                        f"leaves the plan out; give it another id with '{key}:' in its front matter"))
    return [found[id(p)] for p in plans if id(p) in found]


def _id_key(plan: Plan) -> str:
    """The front-matter key that gives the plan's jurisdiction its id: its own id, or `jurisdiction`."""
    return "id" if plan.jurisdiction.id == plan.id else "jurisdiction"


def _place(plan: Plan) -> str:
    name = plan.jurisdiction.name
    return f"the plan '{plan.id}'" if name == UNNAMED else name


def _where(plan: Plan, texts: dict[str, PlanText], key: str) -> str:
    """file:line of the front-matter key, or of the title when the value comes from it."""
    text = texts.get(plan.id)
    if text is None:
        return plan.source
    line = text.key_lines.get(key) or next(
        (text.first_line + i for i, line in enumerate(text.lines) if line.strip()), text.first_line)
    return f"{plan.source}:{line}"
