"""Open data (issue 3): plans.json, assignments.csv and plansite.xlsx as the built site publishes them (site/data/)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import sitebuild
from generator.model import plan_from_dict


@pytest.fixture(scope="session")
def data_dir(seed_site) -> Path:
    return seed_site.site / "data"


@pytest.fixture(scope="session")
def model(data_dir) -> dict:
    return json.loads((data_dir / "plans.json").read_text(encoding="utf-8"))


def _assignments(model):
    for plan in model["plans"]:
        for section in plan["sections"]:
            for task in section["tasks"]:
                for a in task["assignments"]:
                    yield plan, section, task, a


def test_plans_json_holds_the_model_units_and_sectors(model):
    assert len(model["plans"]) == 7
    assert sum(len(s["tasks"]) for p in model["plans"] for s in p["sections"]) == 215
    plan = plan_from_dict(model["plans"][0])  # the model's own reader takes it back
    assert plan.tasks() and plan.url == f"/plans/{plan.id}/"
    assert all(t.url == f"/plans/{plan.id}/#{t.id}" for t in plan.tasks())
    for unit in model["units"]:
        assert set(unit) >= {"id", "name", "kind", "written_forms", "url"}
        assert unit["url"] == f"/units/{unit['id']}/"
    for sector in model["sectors"]:
        assert set(sector) >= {"id", "name", "kind", "url"} and sector["url"] == f"/sectors/{sector['id']}/"
    units = {u["id"]: u for u in model["units"]}
    for _, _, _, a in _assignments(model):
        assert a["unit"] in units and a["kind"] == units[a["unit"]]["kind"]
        assert a["name"] in units[a["unit"]]["written_forms"]


def test_plans_json_validates_against_the_model_schema(model):
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = Path(__file__).resolve().parent.parent / "generator" / "schema" / "model.json"
    if not schema_file.exists():
        pytest.skip("generator/schema/model.json is not there yet")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.validate({"plans": model["plans"]}, schema)


def test_csv_has_a_bom_and_one_row_per_assignment(data_dir, model):
    raw = (data_dir / "assignments.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    expected = list(_assignments(model))
    assert len(rows) == len(expected) > 1000
    for row, (plan, section, task, a) in zip(rows, expected):
        assert (row["plan"], int(row["task"]), row["title"]) == (plan["id"], task["number"], task["title"])
        assert (row["unit_written"], row["unit"], row["kind"], row["role"]) == (a["name"], a["unit"], a["kind"], a["role"])
        assert row["section"].endswith(section["title"]) and row["url"] == task["url"]
        assert (row["jurisdiction"], row["text"]) == (plan["jurisdiction"]["name"], task["text"])
        assert row["deadlines"] == "、".join(d["text"] for d in task["deadlines"])
        assert row["sheet_url"] == (f"/units/{a['unit']}/{plan['jurisdiction']['id']}/" if a["unit"] else "")


def test_xlsx_opens_with_the_rows_and_one_matrix_sheet_per_plan(data_dir, model):
    from openpyxl import load_workbook

    book = load_workbook(data_dir / "plansite.xlsx", read_only=True)
    assert book.sheetnames[0] == "分工"
    assert book.sheetnames[1:] == [p["id"] for p in model["plans"]]
    rows = list(book["分工"].iter_rows(values_only=True))
    assert len(rows) - 1 == len(list(_assignments(model)))
    for plan in model["plans"]:
        sheet = list(book[plan["id"]].iter_rows(values_only=True))
        tasks = [t for s in plan["sections"] for t in s["tasks"]]
        assert sheet[0][0] == plan["title"] and sheet[1][0] == "任务"
        assert len(sheet) - 2 == len(tasks)
        marks = {v for row in sheet[2:] for v in row[1:] if v}
        assert marks <= {"牵", "责", "协", "落"}
        assert bool(marks) == any(t["assignments"] for t in tasks)


def test_xlsx_headers_are_bold_and_stay_in_view(data_dir, model):
    from openpyxl import load_workbook

    book = load_workbook(data_dir / "plansite.xlsx")
    rows = book["分工"]
    assert rows.freeze_panes == "B2" and all(c.font.b for c in rows[1]) and not any(c.font.b for c in rows[2])
    for plan in model["plans"]:
        sheet = book[plan["id"]]
        assert sheet.freeze_panes == "B3" and sheet.column_dimensions["A"].width == 48
        assert sheet["A1"].font.b and all(c.font.b for c in sheet[2] if c.value) and not sheet["A3"].font.b


def test_open_data_page_links_the_files(data_dir):
    page = sitebuild.soup(data_dir / "index.html")
    hrefs = {a["href"] for a in sitebuild.content_links(data_dir / "index.html")}
    assert {"plans.json", "assignments.csv", "plansite.xlsx"} <= hrefs, hrefs
    assert page.find("article").find("table")
