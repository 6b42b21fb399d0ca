"""The Atom 1.0 feed of plan changes (changes/feed.xml, served at /changes/feed.xml).

One entry per change (a commit touching a plan file), newest first, with id
urn:plansite:change:<commit>:<plan-id>, a link to the change's section on
the plan's change page and a plain-text summary in `plansite diff` terms.
Links are relative to the feed's own address (Atom resolves them against
it), so the feed is right wherever the site is deployed. Every date comes
from git, none from the clock: an unchanged history gives the same bytes.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterator

from ..diff import PlanDiff
from . import changes, links
from .escape import xml
from .site import Site

FEED_ENTRIES = 100  # the newest changes; the change pages hold all of them
SUMMARY_LINES = 30  # items listed in one entry's summary before "……"
FEED_TITLE = "工作方案变更记录"
FEED_ID = "urn:plansite:changes"
_BASE = links.url(links.CHANGES)  # /changes/: hrefs in the feed are relative to it


def pages(site: Site) -> Iterator[tuple[str, str]]:
    if changes.has_history(site):
        yield links.FEED, render(site)


def _href(page: str, anchor: str = "") -> str:
    return links.url(page, anchor)[len(_BASE):] or "./"


def _latest(dates: list[str]) -> str:
    def key(date: str):
        try:
            return datetime.fromisoformat(date.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return 0.0
    return max(dates, key=key)


def render(site: Site) -> str:
    items = changes.entries(site)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
           f"  <id>{FEED_ID}</id>",
           f"  <title>{xml(FEED_TITLE)}</title>",
           f"  <updated>{xml(_latest([e.change.date for e in items]))}</updated>",
           "  <author><name>plansite</name></author>",
           f'  <link rel="alternate" type="text/html" href="{xml(_href(links.CHANGES))}"/>',
           f'  <link rel="self" type="application/atom+xml" href="{xml(links.FEED.rsplit("/", 1)[1])}"/>']
    for entry in items[:FEED_ENTRIES]:
        c = entry.change
        title = f"{c.title} · {changes.describe(c)}"
        out += ["  <entry>",
                f"    <id>{xml(f'urn:plansite:change:{c.commit}:{c.plan_id}')}{_suffix(entry)}</id>",
                f"    <title>{xml(title)}</title>",
                f"    <updated>{xml(c.date)}</updated>",
                f'    <link rel="alternate" type="text/html" href="{xml(_href(entry.page, entry.anchor))}"/>',
                f"    <summary type=\"text\">{xml(summary(site, entry))}</summary>",
                "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


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
