"""The build step (issue 3): `build(content, docs)` and `plansite build` on the seed content.

It writes only what changed, removes what it no longer produces (never
docs/.gitignore), reports a bad plan file and builds the rest; similar tasks
come from other plans only.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.commands.build import build
from generator.commands.cli import main
from generator.source.corpus import parse_file
from generator.settings import Settings
from generator.analysis.similar import similar_tasks

ROOT = Path(__file__).resolve().parent.parent
PLAN_1 = "2024-saqscwyh-gzyd-1"


@pytest.fixture
def content(make_content) -> Path:
    return make_content()


@pytest.fixture
def docs(tmp_path) -> Path:
    target = tmp_path / "docs"
    target.mkdir()
    (target / ".gitignore").write_text("*\n!.gitignore\n", encoding="utf-8")
    return target


def _files(docs: Path) -> set[str]:
    return {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file() and not p.name.startswith(".")}


def test_first_build_writes_every_page_and_reports_it(content, docs):
    report = build(content, docs)
    assert report.errors == [] and report.unchanged == [] and report.removed == []
    assert set(report.written) == _files(docs)
    for page in ("index.md", "plans/index.md", "units/index.md", "sectors/index.md", f"plans/{PLAN_1}.md",
                 f"matrix/{PLAN_1}.md", "units/yingji.md", "data/plans.json", "data/assignments.csv",
                 "data/plansite.xlsx"):
        assert page in report.written, page
    assert report.summary() == f"{len(report.written)} pages written, 0 unchanged, 0 removed"


def test_second_build_with_nothing_changed_writes_nothing(content, docs):
    first = build(content, docs)
    mtimes = {p: (docs / p).stat().st_mtime_ns for p in first.written}
    second = build(content, docs)
    assert second.written == [] and second.removed == []
    assert sorted(second.unchanged) == sorted(first.written)
    assert all((docs / p).stat().st_mtime_ns == t for p, t in mtimes.items())


def test_changing_one_annotation_rewrites_only_what_shows_it(content, docs):
    build(content, docs)
    source = content / "plans" / f"{PLAN_1}.md"
    text = source.read_text(encoding="utf-8")
    # task 5 of plan 1: 协同责任单位 市委组织部 becomes 市委宣传部 (both already named in task 1)
    at = text.index("奖励惩处相挂钩")
    at = text.index("市委组织部", at)
    source.write_text(text[:at] + "市委宣传部" + text[at + len("市委组织部"):], encoding="utf-8")

    report = build(content, docs)
    task = next(t for t in parse_file(source)[0].tasks() if t.number == 5)
    data = json.loads((docs / "data" / "plans.json").read_text(encoding="utf-8"))
    sectors = next(t["sectors"] for p in data["plans"] if p["id"] == PLAN_1
                   for s in p["sections"] for t in s["tasks"] if t["number"] == 5)
    assert sectors and task.assignments
    # every unit of the task lists its co-units on its duty sheet in the plan's city (page, CSV, XLSX)
    named = {a["unit"] for p in data["plans"] if p["id"] == PLAN_1 for s in p["sections"] for t in s["tasks"]
             if t["number"] == 5 for a in t["assignments"]} | {"zuzhi"}
    sheets = {f"{where}/{u}/{PLAN_1}.{kind}" for u in named
              for where, kind in (("units", "md"), ("data/units", "csv"), ("data/units", "xlsx"))}
    assert set(report.written) == {
        f"plans/{PLAN_1}.md",  # the task's badges
        "units/zuzhi.md", "units/xuanchuan.md",  # the unit that lost the task and the one that gained it
        *sheets,
        f"matrix/{PLAN_1}.md", *(f"matrix/sector-{s}.md" for s in sectors),  # a cell moved
        "units/index.md",  # the counts
        "data/plans.json", "data/assignments.csv", "data/plansite.xlsx",
    }
    assert report.removed == []


def test_a_removed_plan_takes_its_pages_along_but_not_gitignore(content, docs):
    build(content, docs)
    (content / "plans" / f"{PLAN_1}.md").unlink()
    report = build(content, docs)
    assert {f"plans/{PLAN_1}.md", f"matrix/{PLAN_1}.md"} <= set(report.removed)
    assert not (docs / "plans" / f"{PLAN_1}.md").exists()
    assert (docs / ".gitignore").exists()
    assert set(report.removed).isdisjoint(_files(docs))


def test_a_file_the_build_did_not_write_is_never_removed(content, docs):
    build(content, docs)
    (docs / "units" / "old-unit.md").write_text("# gone\n", encoding="utf-8")
    (docs / "notes.txt").write_text("not ours\n", encoding="utf-8")
    report = build(content, docs)
    assert report.removed == []
    assert (docs / "units" / "old-unit.md").exists()
    assert (docs / "notes.txt").exists()


def test_long_duty_sheets_are_split_and_joined_back(content, docs):
    sheet = "yingji/2024-saqscwyh-gzyd-4"  # the emergency bureau in the city of plan 4: its busiest sheet
    build(content, docs, settings=Settings(unit_page_tasks=10))
    parts = sorted(docs.glob(f"units/{sheet}*.md"))
    assert len(parts) >= 3 and (docs / "units" / f"{sheet}-2.md").exists()
    linked = set()
    for part in parts:
        page = part.read_text(encoding="utf-8")
        assert "分页:" in page
        linked |= set(re.findall(r'href="(?:\.\./)+plans/([^/"#]+)/#(task-[\w-]+)"', page))  # the sheet's raw-HTML rows
    data = json.loads((docs / "data" / "plans.json").read_text(encoding="utf-8"))
    naming = {(p["id"], t["id"]) for p in data["plans"] for s in p["sections"] for t in s["tasks"]
              if p["id"] == "2024-saqscwyh-gzyd-4" and any(a["unit"] == "yingji" for a in t["assignments"])}
    assert linked == naming
    # a badge opens the part holding its list
    plan_page = (docs / "plans" / "2024-saqscwyh-gzyd-4.md").read_text("utf-8")
    badges = re.findall(r"\]\(\.\./units/(yingji/2024-saqscwyh-gzyd-4(?:-\d+)?)\.md#([\w-]+)\)", plan_page)
    assert {part for part, _ in badges} == {p.relative_to(docs / "units").with_suffix("").as_posix() for p in parts}
    for part, anchor in badges:
        assert f'id="{anchor}"' in (docs / "units" / f"{part}.md").read_text(encoding="utf-8"), (part, anchor)
    report = build(content, docs)  # back to one page: the other parts are removed
    assert f"units/{sheet}-2.md" in report.removed and not (docs / "units" / f"{sheet}-2.md").exists()


def test_indexes_go_on_over_pages_so_no_index_grows_with_the_corpus(content, docs):
    build(content, docs, settings=Settings(plans_per_index_page=3, units_per_index_page=25))
    plan_parts = sorted(docs.glob("plans/index*.md"))
    assert [p.name for p in plan_parts] == ["index-2.md", "index-3.md", "index.md"]
    listed = [re.findall(r"\]\(([\w-]+)\.md\)", p.read_text(encoding="utf-8")) for p in plan_parts]
    plan_ids = sorted(p.stem for p in (content / "plans").glob("*.md"))
    assert sorted(i for ids in listed for i in ids if i.startswith("2024-")) == plan_ids
    assert "[第 2 页](index-2.md)" in (docs / "plans" / "index.md").read_text(encoding="utf-8")
    unit_parts = sorted(docs.glob("units/index*.md"))
    assert len(unit_parts) >= 3
    first = (docs / "units" / "index.md").read_text(encoding="utf-8")
    assert "{#collective}" in first and "{#locality}" in first  # the few collectives and localities stay on page 1
    report = build(content, docs)  # back to one page: the other parts are removed
    assert "plans/index-2.md" in report.removed and not (docs / "plans" / "index-3.md").exists()


def test_a_bad_plan_file_is_reported_and_the_rest_built(content, docs):
    (content / "plans" / "00-broken.md").write_text(
        "---\nid: broken\ntitle: 某市2024年工作要点: 修订稿\n---\n某市2024年工作要点\n\n一、总体要求\n\n1.任务。\n",
        encoding="utf-8")
    report = build(content, docs)
    assert len(report.errors) == 1 and "00-broken.md" in report.errors[0]
    assert (docs / "plans" / f"{PLAN_1}.md").exists()
    assert len(list((docs / "plans").glob("2024-*.md"))) == 7


def test_a_duplicate_plan_id_is_an_error_not_an_overwrite(content, docs):
    source = (content / "plans" / f"{PLAN_1}.md").read_text(encoding="utf-8")
    (content / "plans" / "zz-copy.md").write_text(source, encoding="utf-8")
    report = build(content, docs)
    assert len(report.errors) == 1 and "zz-copy.md" in report.errors[0] and PLAN_1 in report.errors[0]


def test_build_refuses_docs_inside_content(content):
    from generator.errors import PlansiteError

    with pytest.raises(PlansiteError):
        build(content, content / "plans")


def test_cli_build_prints_the_counts(content, docs):
    runner = CliRunner()
    first = runner.invoke(main, ["build", "--content", str(content), "--docs", str(docs)])
    assert first.exit_code == 0, first.output
    assert re.search(r"^\d+ pages written, 0 unchanged, 0 removed$", first.output, re.M)
    second = runner.invoke(main, ["build", "--content", str(content), "--docs", str(docs)])
    assert re.search(r"^0 pages written, \d+ unchanged, 0 removed$", second.output, re.M)


def test_cli_build_exits_non_zero_on_a_bad_plan(content, docs):
    (content / "plans" / "00-broken.md").write_text("---\nid: [unclosed\n---\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--docs", str(docs)])
    assert result.exit_code == 1
    assert "00-broken.md" in result.output


# --- similar tasks ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_plans():
    return [p for f in sorted((ROOT / "content" / "plans").glob("*.md")) for p in parse_file(f)]


def test_similar_tasks_come_from_other_plans_best_first(seed_plans):
    similar = similar_tasks(seed_plans)
    assert set(similar) == {(p.id, t.id) for p in seed_plans for t in p.tasks()}
    for (plan_id, _), found in similar.items():
        assert len(found) <= 3
        assert all(other_plan != plan_id for (other_plan, _), _ in found)
        scores = [s for _, s in found]
        assert scores == sorted(scores, reverse=True)
    # plans 1 and 5 open with the same task word for word
    assert similar[(PLAN_1, "task-1")][0][1] > 0.3
    assert any(key == ("2024-saqscwyh-gzyd-5", "task-1") for key, _ in similar[(PLAN_1, "task-1")])


def test_copies_of_a_task_in_other_plans_are_its_best_matches(seed_plans):
    import copy

    from generator.analysis.similar import task_text, words

    plans = []
    for n in range(4):  # the seed four times over, as four cities reusing one template
        for plan in seed_plans:
            clone = copy.deepcopy(plan)
            clone.id = f"{plan.id}-{n}"
            plans.append(clone)
    similar = similar_tasks(plans)
    text = {(p.id, t.id): task_text(t) for p in plans for t in p.tasks()}
    checked = 0
    for key, found in similar.items():
        # plans 1 and 5 share a template: their copies compete with each other's
        if not words(text[key]) or key[0].rsplit("-", 1)[0] in (PLAN_1, "2024-saqscwyh-gzyd-5"):
            continue
        # the three other copies, none of the task's own plan, equally close
        assert len(found) == 3, (key, found)
        assert all(text[other] == text[key] and other[0] != key[0] for other, _ in found), (key, found)
        assert len({score for _, score in found}) == 1, (key, found)
        checked += 1
    assert checked > 500


def test_a_part_heading_standing_as_a_section_keeps_its_label_apart_from_its_title(make_content, docs):
    # 第三部分　加强自身建设 over items numbered through printed sections: its own section, its heading printed as
    # the plan prints it (a label in words set apart from the title; 一、 runs into its title)
    plan = ("---\nid: 2030-part\ntitle: 某市2030年税务工作要点\nyear: 2030\n---\n某市2030年税务工作要点\n一、深化改革\n"
            "1.推进征管改革。完善制度。（责任科室：征管科）\n第三部分　加强自身建设\n"
            "2.加强干部队伍建设。深化数字人事。（责任科室：人事科）\n")
    build(make_content({"2030-part.md": plan}), docs)
    page = (docs / "plans" / "2030-part.md").read_text(encoding="utf-8")
    assert "## 一、深化改革 {#section-1}" in page
    assert "## 第三部分 加强自身建设 {#section-2}" in page


def test_a_part_line_over_sections_is_a_heading_of_its_own(make_content, docs):
    # 第一部分 / 第二部分 over sections each numbered from 一、: the line naming the part stays in the text before the
    # part's first section (the preamble, or the closing words of the section before), and is shown as a heading
    # there, not run into that text's paragraph
    plan = ("---\nid: 2030-parts\ntitle: 某县2030年妇女儿童工作分工方案\nyear: 2030\n---\n某县2030年妇女儿童工作分工方案\n"
            "现就任务分工如下。\n第一部分 妇女发展\n一、妇女与健康\n1.完善服务体系。健全服务网络。（牵头单位：县甲局）\n"
            "第二部分 儿童发展\n一、儿童与健康\n1.加强儿童保健。推进筛查。（牵头单位：县乙局）\n")
    build(make_content({"2030-parts.md": plan}), docs)
    page = (docs / "plans" / "2030-parts.md").read_text(encoding="utf-8")
    assert "现就任务分工如下。\n\n## 第一部分 妇女发展 {#part-1}\n\n## 一、妇女与健康 {#section-1}" in page
    assert "## 第二部分 儿童发展 {#part-2}\n\n## 一、儿童与健康 {#section-2}" in page
    assert page.count("第二部分") == 1
