"""The 时间表 (issue 15 point 4): every deadline of the seed's plans by month, recurring ones apart, and its calendar.

Read back from the built seed site and its plans.json; the calendar is parsed with icalendar.
Also the old role anchors of unit pages (#plan-<plan>-lead), which must still lead to the unit's rows.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import icalendar
import pytest

import sitebuild
from generator.commands.build import build
from generator.settings import Settings
from sitebuild import page_file, resolve_href, soup

PERIODS = {"daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly", "ongoing"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return sitebuild.seed_site(tmp_path_factory) / "site"


@pytest.fixture(scope="module")
def data(site) -> dict:
    return json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def timeline(site):
    return soup(site / "timeline" / "index.html")


def _deadlines(data: dict):
    """(plan, task, deadline) of every distinct deadline of every task, in corpus order."""
    for plan in data["plans"]:
        for section in plan["sections"]:
            for task in section["tasks"]:
                seen = set()
                for d in task["deadlines"]:
                    if d["normalized"] not in seen:
                        seen.add(d["normalized"])
                        yield plan, task, d


def _task_of(site: Path, row) -> tuple[Path, str]:
    href = row.select_one("td.timeline-task a")["href"]
    return resolve_href(site, site / "timeline" / "index.html", href)


def test_every_deadline_is_one_row_linked_to_its_task(site, data, timeline):
    rows = timeline.select("table.timeline-table tbody tr")
    expected = list(_deadlines(data))
    assert len(expected) > 40 and len(rows) == len(expected)
    found = sorted((_task_of(site, r)[0].parent.name, _task_of(site, r)[1], r.select_one("td").get_text())
                   for r in rows)
    assert found == sorted((p["id"], t["id"], d["text"]) for p, t, d in expected)
    for row in rows:  # the link lands on the task's anchor of its plan page
        target, anchor = _task_of(site, row)
        assert anchor in sitebuild.ids(target)


def test_dated_deadlines_sit_under_their_month_in_date_order(data, timeline):
    dated = [(p, t, d) for p, t, d in _deadlines(data) if d["normalized"] not in PERIODS]
    assert len(dated) >= 10
    days = []
    for section in timeline.select(".timeline section[data-filter-group]"):
        month = section.find(re.compile("^h[2-4]$"))
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月¶?", month.get_text())
        if not m or not section.find("table"):
            continue
        for row in section.find("table").select("tbody tr"):
            written, day = [td.get_text() for td in row.select("td.timeline-when")]
            parsed = date.fromisoformat(day)
            assert (parsed.year, parsed.month) == (int(m.group(1)), int(m.group(2))), (written, month.get_text())
            days.append(parsed)
    assert len(days) == len(dated) and days == sorted(days)
    # 6月底前 in a 2024 plan: the plan's year is filled in; 5-10月份 ends in October
    texts = {row.select_one("td").get_text(): row.select("td.timeline-when")[1].get_text()
             for row in timeline.select("table.timeline-table tbody tr") if len(row.select("td.timeline-when")) == 2}
    assert texts["6月底前"] == "2024-06-30" and texts["5-10月份"] == "2024-10-31"
    # year > quarter > month headings
    heads = [h.get_text().rstrip("¶") for h in timeline.select("article h2, article h3, article h4")]
    assert heads[:4] == ["2024年", "第二季度", "2024年4月", "2024年6月"]


def test_recurring_deadlines_are_grouped_by_frequency_without_a_date(data, timeline):
    recurring = timeline.find(id="recurring").find_parent("section")
    quarterly = recurring.find(id="every-quarterly").find_parent("section")
    rows = quarterly.select("tbody tr")
    expected = [d for _, _, d in _deadlines(data) if d["normalized"] == "quarterly"]
    assert len(rows) == len(expected) >= 10
    assert [th.get_text() for th in quarterly.select("thead th")] == ["时限(原文)", "方案", "任务", "单位"]
    assert not re.search(r"\d{4}-\d\d-\d\d", recurring.get_text())  # shown as 每季度, not as a date
    monthly = recurring.find(id="every-monthly").find_parent("section")
    assert {r.select_one("td").get_text() for r in monthly.select("tbody tr")} >= {"每月", "一月一"}


def test_rows_carry_their_units_with_roles_and_the_place_to_filter_by(data, timeline):
    by_task = {(p["id"], t["id"]): (p, t) for p, t, _ in _deadlines(data)}
    names = {u["id"]: u["name"] for u in data["units"]}
    for row in timeline.select("table.timeline-table tbody tr"):
        plan_id, task_id = re.search(r"plans/([^/]+)/#(.+)$", row.select_one("td.timeline-task a")["href"]).groups()
        plan, task = by_task[plan_id, task_id]
        units = {names.get(a["unit"], a["name"]) for a in task["assignments"]}
        assert set(row["data-f-unit"].split("|")) == (units or {"未写明单位"})
        for a in task["assignments"]:
            assert names.get(a["unit"], a["name"]) in row.select("td")[-1].get_text()
        assert row["data-f-place"].startswith("未具名市") and plan["title"] in row["data-f-place"]
    box = timeline.select_one(".timeline[data-filters]")
    assert box["data-filters"] == "unit place" and box["data-filter-labels"] == "单位 地区"


def test_the_calendar_holds_every_dated_deadline_and_repeats_the_recurring_ones(site, data, timeline):
    link = timeline.select_one(".duty-downloads a")
    target, _ = resolve_href(site, site / "timeline" / "index.html", link["href"])
    assert target == site / "data" / "timeline.ics"
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(cal.walk("VEVENT"))
    # no year, no date: the seed's plans all name 2024; daily, weekly and ongoing have no calendar form
    expected = [d for p, t, d in (x for plan in data["plans"] for s in plan["sections"] for t in s["tasks"]
                                  for x in [(plan, t, d) for d in t["deadlines"]])
                if d["normalized"] not in ("daily", "weekly", "ongoing")]
    assert len(events) == len(expected) > 30
    assert len({e["uid"] for e in events}) == len(events)
    quarterly = [e for e in events if str(e["summary"]).startswith("每季度")]
    assert quarterly and all(e["rrule"]["FREQ"] == ["MONTHLY"] and e["rrule"]["INTERVAL"] == [3] for e in quarterly)
    assert all(e.decoded("dtstart") == date(2024, 3, 31) for e in quarterly)
    june = next(e for e in events if str(e["summary"]).startswith("6月底前"))
    assert june.decoded("dtstart") == date(2024, 6, 30) and "rrule" not in june
    titles = {p["title"] for p in data["plans"]}
    assert all(str(e["description"]) in titles for e in events)  # a calendar of many plans says which


def test_home_page_and_nav_link_the_timeline(site):
    home = site / "index.html"
    targets = {resolve_href(site, home, a["href"])[0] for a in soup(home).select("article a[href]")}
    assert site / "timeline" / "index.html" in targets
    tabs = [a.get_text(strip=True) for a in soup(site / "plans" / "index.html").select(".md-tabs a")]
    assert "时间表" in tabs


def test_a_long_timeline_goes_on_over_pages_with_every_row_once(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    build(sitebuild.CONTENT, docs, settings=Settings(timeline_page_rows=8))
    pages = sorted((docs / "timeline").glob("*.md"), key=lambda p: (len(p.name), p.name))
    assert [p.name for p in pages[:2]] == ["index.md", "index-2.md"] and len(pages) >= 5
    rows = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        mine = re.findall(r'<tr data-f-unit="[^"]*" data-f-place="[^"]*">.*?href="([^"]+)"', text)
        assert 0 < len(mine) <= 8, page.name
        assert "分页:" in text
        rows += mine
    first = pages[0].read_text(encoding="utf-8")
    assert "**目录**" in first and "(index-" in first  # where each year and the recurring group start
    build(sitebuild.CONTENT, docs)  # the default size: one page; the build removes the parts it no longer writes
    assert [p.name for p in (docs / "timeline").glob("*.md")] == ["index.md"]
    one = (docs / "timeline" / "index.md").read_text(encoding="utf-8")
    assert len(rows) == len(re.findall(r"<tr data-f-unit=", one))


# --- old anchors of unit pages ------------------------------------------------------------------

def test_a_sheet_keeps_the_old_role_anchors_on_the_first_row_of_that_role(site, data):
    unit = next(u for u in data["units"] if u["id"] == "yingji")
    for sheet in unit["sheets"]:
        rows = soup(page_file(site, sheet["url"])).select("table.duty-sheet tbody tr")
        for role in ("lead", "responsible", "support", "implement"):
            mine = [r for r in rows if re.search(r"\b" + {"lead": "牵头", "responsible": "负责", "support": "配合",
                                                         "implement": "落实"}[role], r["data-f-role"])]
            anchored = [r for r in rows if r.find(id=f"plan-{sheet['jurisdiction']['id']}-{role}")]
            # the seed's places are its plans: a sheet holds one plan, whose id is the place's
            assert anchored == mine[:1], (sheet["id"], role)


def test_the_unit_page_says_where_each_plans_rows_went(site, data):
    unit = next(u for u in data["units"] if u["id"] == "yingji")
    page = page_file(site, unit["url"])
    moved = json.loads(soup(page).select_one("[data-moved-anchors]")["data-moved-anchors"])
    plans = {p["id"] for p in data["plans"] for s in p["sections"] for t in s["tasks"]
             if any(a["unit"] == "yingji" for a in t["assignments"])}
    assert set(moved) == plans
    for plan_id, href in moved.items():
        target, _ = resolve_href(site, page, href)
        assert f"plan-{plan_id}" in sitebuild.ids(target)
