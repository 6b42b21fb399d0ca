"""Atom 1.0 feeds of plan changes: all of them (changes/feed.xml), and one per duty sheet
(data/units/<unit>/<jurisdiction>.xml: the changes that moved that unit's duties there).

One entry per change (a commit touching a plan file), newest first, with id
urn:plansite:change:<commit>:<plan-id>, a link to the change's section on
the plan's change page and a plain-text summary in `plansite diff` terms.
Links are relative to the feed's own address (Atom resolves them against
it), so the feed is right wherever the site is deployed. Every date comes
from git, none from the clock: an unchanged history gives the same bytes.
"""
from __future__ import annotations

import posixpath
from datetime import datetime
from typing import Iterator

from ..analysis.diff import PlanDiff
from . import changes, links
from .escape import xml
from .site import Site

FEED_ENTRIES = 100  # the newest changes; the change pages hold all of them
SUMMARY_LINES = 30  # items listed in one entry's summary before "……"
FEED_TITLE = "工作方案变更记录"
FEED_ID = "urn:plansite:changes"


def pages(site: Site) -> Iterator[tuple[str, str]]:
    if changes.has_history(site):
        yield links.FEED, render(site)
        touching = sheet_entries(site)
        for sheet_id, sheet in site.sheets.items():  # every sheet announces its feed, so every sheet has one
            items = touching.get(sheet_id, [])
            yield sheet_feed(sheet_id), atom(site, items, sheet_feed(sheet_id), f"{sheet.unit.name}({sheet.place})职责变更",
                                             f"{FEED_ID}:{sheet_id}", links.unit_page(sheet_id))


def sheet_feed(sheet_id: str) -> str:
    """Where a duty sheet's feed lives: beside its downloads."""
    return f"data/units/{sheet_id}.xml"


def sheet_entries(site: Site) -> dict[str, list[changes.Entry]]:
    """sheet id -> the changes that moved the unit's duties in a plan of the sheet's jurisdiction, newest first."""
    found: dict[str, list[changes.Entry]] = {}
    for entry in changes.entries(site):
        plan = site.plan.get(entry.change.plan_id)
        if plan is None or entry.change.diff is None:
            continue
        for unit_id in changes.by_unit(entry.change.diff.duties):
            sheet_id = f"{unit_id}/{plan.jurisdiction.id}"
            if sheet_id in site.sheets and len(found.setdefault(sheet_id, [])) < FEED_ENTRIES:
                found[sheet_id].append(entry)
    return found


def _latest(dates: list[str]) -> str:
    def key(date: str):
        try:
            return datetime.fromisoformat(date.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return 0.0
    return max(dates, key=key)


def render(site: Site) -> str:
    return atom(site, changes.entries(site), links.FEED, FEED_TITLE, FEED_ID, links.CHANGES)


def atom(site: Site, items: list[changes.Entry], path: str, title: str, feed_id: str, alternate: str) -> str:
    """An Atom feed at `path` of the changes `items`, announcing the page `alternate` as its HTML form."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
           f"  <id>{xml(feed_id)}</id>",
           f"  <title>{xml(title)}</title>",
           f"  <updated>{xml(_latest([e.change.date for e in items or changes.entries(site)]))}</updated>",
           "  <author><name>plansite</name></author>",
           f'  <link rel="alternate" type="text/html" href="{xml(_page_href(path, alternate))}"/>',
           f'  <link rel="self" type="application/atom+xml" href="{xml(path.rsplit("/", 1)[1])}"/>']
    for entry in items[:FEED_ENTRIES]:
        c = entry.change
        out += ["  <entry>",
                f"    <id>{xml(f'urn:plansite:change:{c.commit}:{c.plan_id}')}{_suffix(entry)}</id>",
                f"    <title>{xml(f'{c.title} · {changes.describe(c)}')}</title>",
                f"    <updated>{xml(c.date)}</updated>",
                f'    <link rel="alternate" type="text/html" href="{xml(_page_href(path, entry.page, entry.anchor))}"/>',
                f"    <summary type=\"text\">{xml(summary(site, entry))}</summary>",
                "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _page_href(feed_path: str, page: str, anchor: str = "") -> str:
    """A page's built URL relative to the feed's folder (Atom resolves links against the feed's own address,
    so the feed is right wherever the site is deployed)."""
    target = links.url(page)
    relative = posixpath.relpath(target, "/" + posixpath.dirname(feed_path))
    return ("./" if relative == "." else relative + "/") + (f"#{anchor}" if anchor else "")


def _suffix(entry: changes.Entry) -> str:
    """Ids stay unique when one commit touched two files holding the same plan id (a file renamed)."""
    anchor = entry.anchor
    return ":" + anchor.rsplit("-", 1)[1] if anchor.count("-") > 1 else ""


def summary(site: Site, entry: changes.Entry) -> str:
    c = entry.change
    head = c.date[:10]  # the reader's terms: what changed in the plan, not the commit message or file
    if c.status in ("A", "D") or c.diff is None or c.diff.is_empty():
        return f"{head}\n{changes.describe(c)}"
    lines = _items(site, c.diff)
    if len(lines) > SUMMARY_LINES:
        lines = lines[:SUMMARY_LINES] + [f"……另有 {len(lines) - SUMMARY_LINES} 处变化"]
    return "\n".join([head, changes.counts(c.diff)] + lines)


def _items(site: Site, d: PlanDiff) -> list[str]:
    def name(t) -> str:
        return f"{t.label} {t.title}".strip()

    lines = [f"新增任务:{name(t)}" for t in d.added]
    lines += [f"删除任务:{name(t)}" for t in d.removed]
    lines += [f"改写任务:{name(n)}" for _, n in d.reworded]
    lines += [f"调整序号:{o.label} → {name(n)}" for o, n in d.moved]
    lines += [f"{changes.unit_name(site, c)}{changes.duty_words(c)}:{name(c.task)}" for c in d.duties]
    return lines
