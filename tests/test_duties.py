"""Duty sheets (issue 15): one row per task of a unit in one jurisdiction, and the sheet's downloads, read back."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar
import openpyxl
import pytest

from generator.model import Deadline, Plan
from generator.render.duties import COLUMNS, deadline_label, when
from sitebuild import page_file, soup


@pytest.fixture(scope="module")
def site(seed_site) -> Path:
    return seed_site.site


@pytest.fixture(scope="module")
def data(site) -> dict:
    return json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))


def _sheet_tasks(data: dict, unit_id: str, jurisdiction: str) -> list[dict]:
    """The tasks naming the unit in plans of the jurisdiction, read from the open data, in corpus order."""
    return [dict(t, plan=p["id"]) for p in data["plans"] if p["jurisdiction"]["id"] == jurisdiction
            for s in p["sections"] for t in s["tasks"] if any(a["unit"] == unit_id for a in t["assignments"])]


def _download(site: Path, sheet: dict, kind: str) -> Path:
    return site / "data" / "units" / f"{sheet['id']}.{kind}"


def test_the_sheet_has_one_row_per_task_even_where_the_unit_has_two_roles(site, data):
    yingji = next(u for u in data["units"] if u["id"] == "yingji")
    sheet = yingji["sheets"][0]
    tasks = _sheet_tasks(data, "yingji", sheet["jurisdiction"]["id"])
    rows = soup(page_file(site, sheet["url"])).select("table.duty-sheet tbody tr")
    assert [r["id"] for r in rows] == [f"duty-{t['plan']}-{t['id']}" for t in tasks]
    both = [t for t in tasks if len({a["role"] for a in t["assignments"] if a["unit"] == "yingji"}) > 1]
    assert both, "the seed has tasks where the emergency bureau has two roles"
    for task in both:
        row = next(r for r in rows if r["id"].endswith(f"-{task['id']}"))
        roles = [span.get_text() for span in row.select("td.duty-role span.role")]
        assert len(roles) == 2 and row["data-f-role"] == "|".join(roles)


def test_a_row_shows_text_co_units_deadlines_and_sectors(site, data):
    unit = next(u for u in data["units"] if u["id"] == "zhujian")
    sheet = max(unit["sheets"], key=lambda s: s["tasks"])
    tasks = _sheet_tasks(data, "zhujian", sheet["jurisdiction"]["id"])
    rows = soup(page_file(site, sheet["url"])).select("table.duty-sheet tbody tr")
    for task, row in zip(tasks, rows):
        text = row.get_text(" ", strip=True)
        assert task["title"][:8] in text
        assert row.select_one("details.duty-text p").get_text() == task["text"]
        others = {a["name"] for a in task["assignments"] if a["unit"] != "zhujian"}
        assert len(row.select("td")[-3].get_text()) >= len(others)  # every other unit is named with its roles
        for d in task["deadlines"]:
            assert d["text"] in text


def test_csv_xlsx_and_ics_of_a_sheet_parse_and_hold_its_rows(site, data):
    unit = next(u for u in data["units"] if u["id"] == "yingji")
    for sheet in unit["sheets"]:
        tasks = _sheet_tasks(data, "yingji", sheet["jurisdiction"]["id"])
        raw = _download(site, sheet, "csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows[0] == COLUMNS and [r[2] for r in rows[1:]] == [t["title"] for t in tasks]
        book = openpyxl.load_workbook(_download(site, sheet, "xlsx"), read_only=True)
        cells = [list(r) for r in book.active.iter_rows(values_only=True)]
        assert cells[0] == COLUMNS and [r[2] for r in cells[1:]] == [t["title"] for t in tasks]
        calendar = icalendar.Calendar.from_ical(_download(site, sheet, "ics").read_bytes())
        events = list(calendar.walk("VEVENT"))
        dated = [d for t in tasks for d in t["deadlines"] if d["normalized"] not in ("daily", "weekly", "ongoing")]
        assert len(events) <= len(dated)
        for event in events:
            assert event.get("dtstart") and event.get("summary") and event.get("uid")


def test_a_quarterly_deadline_repeats_in_the_calendar():
    plan = Plan(id="p", title="t", year=2024)
    day, rule = when(Deadline("每季度", "quarterly"), plan.year)
    assert str(day) == "2024-03-31" and rule == {"freq": "monthly", "interval": 3, "count": 4, "bymonthday": -1}
    assert when(Deadline("6月底前", "--06"), 2024)[0].isoformat() == "2024-06-30"
    assert when(Deadline("2025年3月15日前", "2025-03-15"), 2024)[0].isoformat() == "2025-03-15"
    assert when(Deadline("5-10月", "--05/--10"), 2024)[0].isoformat() == "2024-10-31"
    assert when(Deadline("6月底前", "--06"), None) == (None, None)  # no year: no date to put in a calendar
    assert when(Deadline("长期坚持", "ongoing"), 2024) == (None, None)
    assert [deadline_label(Deadline(t, n)) for t, n in (("6月底前", "--06"), ("每季度", "quarterly"))] == ["6月", "每季度"]


def test_the_sheet_links_its_downloads_and_the_unit_page_links_every_sheet(site, data):
    unit = next(u for u in data["units"] if u["id"] == "yingji")
    for sheet in unit["sheets"]:
        page = soup(page_file(site, sheet["url"]))
        hrefs = [a["href"] for a in page.select(".duty-downloads a")]
        assert [h.rsplit(".", 1)[1] for h in hrefs] == ["csv", "xlsx", "ics"]  # no feed without git history
    compare = soup(page_file(site, unit["url"]))
    assert len(compare.find(id="sheets").find_next("table").select("tbody tr")) == len(unit["sheets"])
