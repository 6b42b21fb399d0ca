"""`plansite check` reports every problem of the content at once, each naming file and line; --strict fails on warnings.

The content folders are made in tmp_path from tests/fixtures/bad/ (each fixture
says in a comment what is wrong with it and on which line).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.commands.check import check, lost_text
from generator.commands.cli import main
from generator.source.corpus import load_corpus
from generator.errors import PlansiteError
from sitebuild import write_content

BAD = Path(__file__).resolve().parent / "fixtures" / "bad"


def make_content(tmp_path: Path, plans: list[str] | None = None, departments: str = "good.departments.yml",
                 sectors: str = "good.sectors.yml") -> Path:
    """content/ with the named plans of tests/fixtures/bad/plans (all when None) and the named registry files."""
    names = plans if plans is not None else sorted(p.name for p in (BAD / "plans").glob("*.md"))
    return write_content(tmp_path / "content", [BAD / "plans" / name for name in names],
                         departments=departments and BAD / "registry" / departments,
                         sectors=sectors and BAD / "registry" / sectors)


def run_check(content: Path, *args: str):
    result = CliRunner().invoke(main, ["check", "--content", str(content), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def stderr_lines(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


def plan_path(content: Path, name: str) -> str:
    return str(content / "plans" / name)


# --- the clean case ------------------------------------------------------------------

def test_a_clean_content_folder_passes_even_strict(tmp_path):
    content = make_content(tmp_path, ["good.md"])
    report = check(content)
    assert report.errors == [] and report.warnings == [], (report.errors, report.warnings)
    result = run_check(content, "--strict")
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.stdout


# --- every plan problem in one run ---------------------------------------------------

def test_check_reports_every_plan_problem_in_one_run(tmp_path):
    content = make_content(tmp_path)
    result = run_check(content)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = stderr_lines(result)
    errors = [ln for ln in lines if ln.startswith("error: ")]
    warnings = [ln for ln in lines if ln.startswith("warning: ")]

    # broken YAML front matter: the file and the line of the YAML problem, and what to fix
    broken = [e for e in errors if plan_path(content, "00-broken-yaml.md") in e]
    assert len(broken) == 1 and f"{plan_path(content, '00-broken-yaml.md')}:4:" in broken[0], errors
    assert "front matter" in broken[0] and "fix" in broken[0]

    # a plan id used twice: names both files and the line of the second one's id
    twice = [e for e in errors if "'good'" in e]
    assert len(twice) == 1, errors
    assert f"{plan_path(content, 'zz-duplicate-id.md')}:3:" in twice[0]
    assert plan_path(content, "good.md") in twice[0]

    # an unclosed annotation bracket: a warning with the line of the task
    bracket = [w for w in warnings if "never closed" in w]
    assert len(bracket) == 1 and f"{plan_path(content, 'unclosed-bracket.md')}:13:" in bracket[0], warnings

    # a plan in which no task was found
    no_task = [w for w in warnings if "no numbered task" in w]
    assert len(no_task) == 1 and plan_path(content, "no-task.md") in no_task[0], warnings

    # nothing else: the good plans are not blamed for the bad ones
    assert len(errors) == 2, errors
    assert len(warnings) == 2, warnings
    assert "2 errors, 2 warnings" in result.stdout


def test_one_bad_plan_does_not_stop_the_others(tmp_path):
    """The broken file sorts first; the plans after it are still parsed, checked and returned."""
    content = make_content(tmp_path)
    corpus = load_corpus(content)
    assert sorted(p.id for p in corpus.plans) == ["good", "no-task", "unclosed-bracket"]
    assert all(isinstance(e, PlansiteError) for e in corpus.errors)
    assert sorted((Path(e.path).name, e.line) for e in corpus.errors) == [
        ("00-broken-yaml.md", 4), ("zz-duplicate-id.md", 3)]
    good = next(p for p in corpus.plans if p.id == "good")
    assert good.source == plan_path(content, "good.md")  # the first file keeps the id
    assert [t.number for t in good.tasks()] == [1, 2, 3]
    for plan in corpus.plans:
        assert lost_text(corpus.texts[plan.id], plan) is None, plan.id


def test_an_undecodable_plan_file_is_one_error_and_the_rest_are_checked(tmp_path):
    content = make_content(tmp_path, ["good.md", "unclosed-bracket.md"])
    (content / "plans" / "0-picture.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (content / "plans" / "1-empty.md").write_bytes(b"")
    (content / "plans" / "2-undecodable.txt").write_bytes(b"\x80\x80\xff abc \xff\x80")
    report = check(content)
    assert len(report.errors) == 3, report.errors
    for name, error in zip(["0-picture.md", "1-empty.md", "2-undecodable.txt"], sorted(report.errors)):
        assert error.startswith(plan_path(content, name) + ":"), error
    assert any("never closed" in w and "unclosed-bracket.md:13:" in w for w in report.warnings), report.warnings
    assert sorted(p.id for p in load_corpus(content).plans) == ["good", "unclosed-bracket"]


def test_every_error_and_warning_names_a_file_and_line(tmp_path):
    content = make_content(tmp_path)
    report = check(content)
    for message in report.errors + report.warnings:
        assert re.match(rf"{re.escape(str(content))}/plans/[^:]+\.md:\d+: ", message), message


def test_front_matter_without_its_closing_line_is_reported(tmp_path):
    content = make_content(tmp_path, ["good.md"])
    shutil.copy(BAD / "unclosed-front-matter.md", content / "plans" / "unclosed-front-matter.md")
    report = check(content)
    assert any(plan_path(content, "unclosed-front-matter.md") + ":1:" in e for e in report.errors), (
        report.errors, report.warnings)


# --- --strict ---------------------------------------------------------------------------

def test_warnings_alone_pass_but_fail_with_strict(tmp_path):
    content = make_content(tmp_path, ["good.md", "unclosed-bracket.md", "no-task.md"])
    plain = run_check(content)
    assert plain.exit_code == 0, plain.output
    assert "0 errors, 2 warnings" in plain.stdout
    strict = run_check(content, "--strict")
    assert strict.exit_code != 0
    assert stderr_lines(strict) == stderr_lines(plain)  # the same report, only the exit differs


def test_errors_fail_with_and_without_strict(tmp_path):
    content = make_content(tmp_path, ["good.md", "zz-duplicate-id.md"])
    assert run_check(content).exit_code != 0
    assert run_check(content, "--strict").exit_code != 0


def test_check_through_the_installed_command(tmp_path):
    script = Path(sys.executable).with_name("plansite")
    command = [str(script)] if script.exists() else [shutil.which("plansite") or pytest.skip("plansite not installed")]
    content = make_content(tmp_path)
    result = subprocess.run(command + ["check", "--content", str(content), "--strict"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len([ln for ln in result.stderr.splitlines() if ln.strip()]) == 4, result.stderr


# --- registries --------------------------------------------------------------------------

def test_a_written_form_claimed_by_two_departments_is_an_error_with_its_line(tmp_path):
    content = make_content(tmp_path, ["good.md"], departments="claimed-twice.departments.yml")
    report = check(content)
    claimed = [e for e in report.errors if "departments.yml" in e]
    assert len(claimed) == 1, report.errors
    assert claimed[0].startswith(f"{content / 'departments.yml'}:9:"), claimed
    assert "yingji" in claimed[0] and "gongan" in claimed[0]  # names both units


def test_a_sector_with_no_words_is_an_error_with_its_line(tmp_path):
    content = make_content(tmp_path, ["good.md"], sectors="no-words.sectors.yml")
    report = check(content)
    empty = [e for e in report.errors if "sectors.yml" in e]
    assert len(empty) == 1, report.errors
    assert empty[0].startswith(f"{content / 'sectors.yml'}:9:"), empty
    assert "ranqi" in empty[0] and "words" in empty[0]


def test_broken_registry_yaml_is_an_error_with_its_line(tmp_path):
    content = make_content(tmp_path, ["good.md"], departments="broken-yaml.departments.yml")
    report = check(content)
    broken = [e for e in report.errors if "departments.yml" in e]
    assert len(broken) == 1 and re.match(rf"{re.escape(str(content / 'departments.yml'))}:[45]: ", broken[0]), broken


def test_a_missing_registry_is_an_error_naming_it(tmp_path):
    content = make_content(tmp_path, ["good.md"], departments="")
    report = check(content)
    assert any(str(content / "departments.yml") in e for e in report.errors), report.errors


def test_registry_problems_are_reported_with_every_plan_problem_in_one_run(tmp_path):
    """Both registries bad and the plans bad: one `plansite check` run lists all of it."""
    content = make_content(tmp_path, departments="claimed-twice.departments.yml", sectors="no-words.sectors.yml")
    result = run_check(content)
    assert result.exit_code != 0
    errors = [ln for ln in stderr_lines(result) if ln.startswith("error: ")]
    assert any(f"{content / 'departments.yml'}:9:" in e for e in errors), errors
    assert any(f"{content / 'sectors.yml'}:9:" in e for e in errors), errors
    assert any("00-broken-yaml.md:4:" in e for e in errors), errors
    assert any("zz-duplicate-id.md:3:" in e for e in errors), errors
    warnings = [ln for ln in stderr_lines(result) if ln.startswith("warning: ")]
    assert any("unclosed-bracket.md:13:" in w for w in warnings), warnings
    assert any("no-task.md" in w and "no numbered task" in w for w in warnings), warnings


def test_an_unknown_unit_is_a_warning_with_its_line(tmp_path):
    content = make_content(tmp_path, ["good.md"])
    plan = content / "plans" / "good.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("协同责任单位:市应急局", "协同责任单位:市气象局"),
                    encoding="utf-8")
    report = check(content)
    unknown = [w for w in report.warnings if "市气象局" in w]
    assert len(unknown) == 1 and unknown[0].startswith(f"{plan}:13:"), report.warnings
    assert run_check(content).exit_code == 0
    assert run_check(content, "--strict").exit_code != 0


def test_a_plan_with_a_bad_front_matter_value_does_not_stop_the_check(tmp_path):
    """`year: 二〇二四` cannot be a year: one error naming the file and line; the other plans are still checked."""
    content = make_content(tmp_path, ["good.md", "unclosed-bracket.md"])
    (content / "plans" / "0-year.md").write_text(
        "---\nid: bad-year\nyear: 二〇二四\n---\n某市2024年安全生产工作要点\n一、总体要求\n1.落实责任(责任单位:市应急局)。\n",
        encoding="utf-8")
    result = run_check(content)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code != 0
    lines = stderr_lines(result)
    assert any(ln.startswith(f"error: {plan_path(content, '0-year.md')}:3:") for ln in lines), lines
    assert any("unclosed-bracket.md:13:" in ln for ln in lines), lines


def test_a_plan_id_used_twice_without_front_matter_names_a_line(tmp_path):
    """Two plans whose ids both come from the same title: the error points at the second plan's title line."""
    content = make_content(tmp_path, [])
    plan = "某市2024年安全生产工作要点\n一、总体要求\n1.压实企业安全生产主体责任(责任单位:市应急局)。\n"
    (content / "plans" / "a-page.txt").write_text(plan + "\n" + plan, encoding="utf-8")  # second title on line 5
    (content / "plans" / "b-plan.md").write_text("\n\n" + plan, encoding="utf-8")  # title on line 3
    report = check(content)
    assert len(report.errors) == 2, report.errors
    a, b = sorted(report.errors)
    assert a.startswith(f"{plan_path(content, 'a-page.txt')}:5: "), a
    assert b.startswith(f"{plan_path(content, 'b-plan.md')}:3: "), b
    assert plan_path(content, "a-page.txt") in b.split(": ", 1)[1]  # names the file that has the id first


def test_a_content_folder_without_plans_is_an_error_naming_the_folder(tmp_path):
    content = make_content(tmp_path, [])
    (content / "plans").rmdir()
    result = run_check(content)
    assert result.exit_code != 0, result.output
    assert str(content / "plans") in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "gb18030", "utf-8-sig"])
def test_a_duplicate_id_in_a_plan_source_of_any_encoding_names_the_id_line(tmp_path, encoding):
    content = make_content(tmp_path, ["good.md"])
    source = (BAD / "plans" / "zz-duplicate-id.md").read_text(encoding="utf-8")
    (content / "plans" / "zz-duplicate-id.md").write_bytes(source.replace("\n", "\r\n").encode(encoding))
    report = check(content)
    assert len(report.errors) == 1, report.errors
    assert report.errors[0].startswith(f"{plan_path(content, 'zz-duplicate-id.md')}:3: "), report.errors


# --- what the reader made of each plan --------------------------------------------------

READING_PLAN = """---
id: reading
title: 某市2024年防汛工作要点
year: 2024
---
某市2024年防汛工作要点

一、压实防汛责任

1.健全防汛责任体系。（责任单位：市应急局、市公安局，排在第一位的为牵头单位，下同）

2.开展汛前检查。组织全面排查(按要求落实)。

4.加强预警发布。（市气象服务中心负责）
"""


def test_check_says_per_plan_what_was_read_and_what_was_not(tmp_path):
    content = make_content(tmp_path, ["good.md"])
    (content / "plans" / "reading.md").write_text(READING_PLAN, encoding="utf-8")
    result = run_check(content)
    lines = result.stdout.splitlines()
    summary = next(ln for ln in lines if ln.startswith("reading ") and "(reading)" in ln)
    assert "3 tasks; 1 without units; 1 units not in the registry" in summary
    assert "1 numbering anomalies" in summary and "1 document rules applied" in summary
    detail = "\n".join(lines)
    assert "tasks without units (shown as 未注明责任单位): 2. (line 12)" in detail
    assert "units not in the registry: 市气象服务中心" in detail
    assert "numbering: " in detail and "4." in detail
    assert "1 annotations not understood" in summary and "not understood: '按要求落实'" in detail
    assert "rule applied: first listed unit leads, from line 10: '排在第一位的为牵头单位'" in detail
    good = next(ln for ln in lines if "(good)" in ln)
    assert ("3 tasks; 0 without units; 0 units not in the registry; no text left unread; numbering regular; "
            "every annotation read; no document rule") in good


def import_page(tmp_path, plan_source: str, name: str = "page.txt"):
    """Write a plan source's body (front matter dropped) as a published page, import it into an empty
    content folder; returns (the command's result, the content folder)."""
    page = tmp_path / name
    page.write_text(plan_source.split("---\n", 2)[2], encoding="utf-8")
    content = make_content(tmp_path, [])
    result = CliRunner().invoke(main, ["import", str(page), "--into", str(content / "plans")])
    assert result.exit_code == 0, result.output
    return result, content


def test_import_says_what_it_read_under_each_file(tmp_path):
    result, _ = import_page(tmp_path, READING_PLAN)
    lines = result.output.splitlines()
    assert lines[0].startswith("wrote ")
    assert lines[1].startswith("  reading ") and "3 tasks; 1 without units; 1 units not in the registry" in lines[1]
    assert any(ln.startswith("    rule applied: first listed unit leads") for ln in lines)


TABLE_PLAN = """---
id: fenbiao
title: 某县2025年防汛任务分工
---
某县2025年防汛任务分工
序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t清理排水管网\t县住建局\t县城管局\t5月底前\t另附清单
2\t\t县水利局\t无\t6月
3\t加强巡堤查险\t全年推进\t各乡镇\t汛期
"""


def test_check_says_which_table_cells_it_could_not_place(tmp_path):
    """A cell beyond the header's columns, a row with no task text, a unit cell naming no unit: each
    is kept in the text and said in the reading report, at the line of the task that holds it (rows 1
    and 2 are one task: row 2 has units and no task text, as under a merged task cell)."""
    content = make_content(tmp_path, [])
    (content / "plans" / "fenbiao.md").write_text(TABLE_PLAN, encoding="utf-8")
    lines = run_check(content).stdout.splitlines()
    summary = next(ln for ln in lines if ln.startswith("reading ") and "(fenbiao)" in ln)
    assert "3 table cells not placed" in summary
    detail = "\n".join(lines)
    # task 1 stands on the line of its row (7), where 另附清单 is; row 2 is read as more of it
    assert "table: line 7: cell '另附清单' stands beyond the header's 5 columns" in detail
    assert "table: line 7: row 2 has no text under the task column: read as more of task 1." in detail
    assert "table: line 9: cell '全年推进' under 牵头单位 does not read as a unit name" in detail


def test_the_reading_report_lists_every_reading_note_in_one_list(tmp_path):
    """How the outline was read and the rules the document states are one list of notes, all printed."""
    content = make_content(tmp_path, [])
    (content / "plans" / "outline.md").write_text("""---
id: outline
title: 某区2025年消防工作要点
---
某区2025年消防工作要点
一、总体要求
（一）指导思想。坚持预防为主。
二、重点任务
（一）排查沿街商铺（区消防救援大队、区应急局，排在第一位的为牵头单位）。
（二）清理楼道杂物（区消防救援大队负责）。
""", encoding="utf-8")
    plan = load_corpus(content).plans[0]
    kinds = [(note.kind, note.line) for note in plan.readings]
    assert kinds == [("outline", 7), ("rule", 9)], plan.readings
    detail = run_check(content).stdout
    for note in plan.readings:
        assert note.text in detail
    assert "outline: line 7: item （一） (指导思想) names no unit" in detail
    assert "rule applied: first listed unit leads, from line 9" in detail


def test_the_reading_report_says_an_attached_table_gave_the_units_of_a_plan_naming_none(tmp_path):
    """A page holding a plan whose prose names no unit and its 附件 分工表 repeating the tasks: one plan in the
    corpus, its tasks with units, and the report saying where the units came from."""
    content = make_content(tmp_path, [])
    (content / "plans" / "jianshen.txt").write_text(
        "某县推进全民健身实施方案\n一、重点任务\n1.建设社区健身步道。新建步道十条。\n2.开展群众赛事活动。举办运动会。\n"
        "附件\n某县推进全民健身实施方案重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t建设社区健身步道\t县住建局\t县体育局\n2\t开展群众赛事活动\t县体育局\t县总工会\n", encoding="utf-8")
    [plan] = load_corpus(content).plans
    assert [[a.name for a in t.assignments] for t in plan.tasks()] == [["县住建局", "县体育局"], ["县体育局", "县总工会"]]
    detail = run_check(content).stdout
    assert "0 without units" in detail
    assert "the units of 2 tasks are read from the attached table '某县推进全民健身实施方案重点任务分工表'" in detail


def test_import_says_which_table_cells_of_the_document_it_could_not_place(tmp_path):
    """The table is read from the document; its notes name the lines of the plan source written from it."""
    result, content = import_page(tmp_path, TABLE_PLAN, "fenbiao.txt")
    (source,) = (content / "plans").glob("*.md")
    lines = source.read_text(encoding="utf-8").split("\n")
    note = next(ln for ln in result.output.splitlines() if "does not read as a unit name" in ln)
    number = int(re.search(r"table: line (\d+):", note).group(1))
    assert "全年推进" in note and "加强巡堤查险" in lines[number - 1]
    assert "3 table cells not placed" in result.output


# --- nothing of a plan's text lost: every character of it is somewhere in the model, in its order -----------------

def read_pairs(text: str):
    """(PlanText, Plan) of each plan in a text, as the build reads a plan source."""
    from generator.parse import parse_plans
    from generator.source.read import read_page

    return parse_plans(read_page(text, "plan.txt"))


def test_a_notice_whose_number_stands_under_its_title_keeps_its_issuer_lines_first():
    # the issuing offices over 关于印发…的通知 (the plan printing no title of its own under the notice), the 文号 printed
    # under it: the preamble holds the notice's title line, then the 文号, as printed
    text = ("某县委办公室\n某县人民政府办公室关于印发《某县2030年护林工作方案》的通知\n某办发〔2030〕7号\n"
            "各乡镇：\n现将《某县2030年护林工作方案》印发给你们，请认真贯彻落实。\n"
            "一、重点任务\n1.开展林区巡查。每月巡查一次。（县林业局负责）\n")
    ((pt, plan),) = read_pairs(text)
    assert plan.title == "某县2030年护林工作方案"
    assert plan.preamble.startswith("某县委办公室某县人民政府办公室关于印发《某县2030年护林工作方案》的通知\n某办发〔2030〕7号\n")
    assert lost_text(pt, plan) is None


def test_a_part_heading_between_a_sections_articles_stays_in_its_place():
    # articles numbered through a document in parts: 第二部分's heading stands between 第二条 and 第三条, not after 第四条
    text = ("某县2030年减负措施\n第一部分　精简会议\n第一条　控制会议数量。（责任单位：县委办）\n"
            "第二条　压缩会议时长。（责任单位：县政府办）\n第二部分　规范检查\n"
            "第三条　实行计划管理。（责任单位：县督查室）\n第四条　合并同类检查。（责任单位：县督查室）\n")
    ((pt, plan),) = read_pairs(text)
    assert [t.label for t in plan.tasks()] == ["第一条", "第二条", "第三条", "第四条"]
    (section,) = plan.sections
    assert [(g.label, g.title) for g in section.groups] == [("第二部分", "规范检查")]
    assert section.groups[0].line == 5 and section.closing == ""
    assert lost_text(pt, plan) is None


def test_a_table_between_items_read_as_text_joins_the_intro_in_its_place():
    # 表1 of the targets between （二）工作目标 and （三）基本原则, items read as the section's text: the table in between
    text = ("某县2030年交通工作方案\n一、总体要求\n（一）指导思想\n坚持人民至上。\n（二）工作目标\n到2030年，主要指标见表1。\n"
            "表1　主要指标\n序号\n指标\n1\n公路里程\n（三）基本原则\n坚持统筹推进。\n"
            "二、重点任务\n（一）完善路网\n1.改造县道。年内改造20公里。（县交通局负责）\n")
    ((pt, plan),) = read_pairs(text)
    intro = plan.sections[0].intro
    assert intro.index("表1") < intro.index("（三）基本原则") and plan.sections[0].groups == []
    assert lost_text(pt, plan) is None


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_every_fixture_plan_keeps_all_its_text():
    # a rule dropping or moving a plan's text fails here, not in a user's strict build
    from generator.parse import parse_plans
    from generator.source.read import read_file

    folders = [FIXTURES / "styles" / "docs", FIXTURES / "real" / "docs", FIXTURES / "seed"]
    paths = [p for folder in folders for p in sorted(folder.iterdir())
             if p.is_file() and not p.name.startswith(".") and p.suffix != ".json" and p.name != "README.md"]
    assert len(paths) > 100
    lost = [report for path in paths for pt, plan in parse_plans(read_file(path))
            for report in [lost_text(pt, plan)] if report]
    assert lost == []


def test_a_section_label_whose_stop_ocr_read_as_its_look_alike_keeps_the_text_in_order():
    # 三丶时间安排: OCR of a scan returned the heading's 、 as 丶. Unread as a label, the heading ran on into the last
    # task above and its (一)/(二) paragraphs fell back into the section before, (一) ahead of that section's own
    # (一) group: the check lost the group line. Read as 三、 (the label kept as printed), nothing is lost.
    text = ("某街道2030年环境整治工作方案\n一、指导思想\n坚持问题导向。\n二、重点任务\n(一)路面整治\n"
            "1.修复破损路面。修补坑洼。(责任单位:街道城管办)\n2.清理废弃设施。恢复原貌。(责任单位:街道执法队)\n"
            "三丶时间安排\n(一)动员部署阶段(3月底前)。召开动员会。\n(二)集中整治阶段(4月至9月)。组织整治。\n"
            "四、保障措施\n(一)加强组织领导。成立领导小组。\n")
    ((pt, plan),) = read_pairs(text)
    assert [(s.number, s.label, s.heading) for s in plan.sections] == [
        ("一", "一、", "指导思想"), ("二", "二、", "重点任务"), ("三", "三丶", "时间安排"), ("四", "四、", "保障措施")]
    assert [t.text for t in plan.tasks()] == ["修复破损路面。修补坑洼。(责任单位:街道城管办)",
                                              "清理废弃设施。恢复原貌。(责任单位:街道执法队)"]
    assert lost_text(pt, plan) is None


def test_a_sender_line_opening_the_titles_words_is_no_title_line_of_the_check():
    # the sender 某县市场监督管理局 on a line over 关于印发《某县市场监督管理局2030年 / 工作要点》的通知, the title
    # 某县市场监督管理局2030年工作要点 printed further down: the check cut the sender as the title's head and then
    # missed it in the model (which keeps the notice in the plan's preamble)
    text = ("某县市场监督管理局文件\n\n某市监发〔2030〕5号\n\n某县市场监督管理局\n关于印发《某县市场监督管理局2030年\n"
            "工作要点》的通知\n\n局机关各科室、各市场监管所：\n    现将《某县市场监督管理局2030年工作要点》印发给你们，请结合"
            "工作实际，确保各项任务落到实处。\n\n某县市场监督管理局\n2030年2月18日\n\n（此件主动公开）\n\n"
            "某县市场监督管理局2030年工作要点\n\n总体要求\n全年工作的总体思路是稳中求进。\n强化监管\n"
            "●开展食品安全检查。全年检查200家。（责任单位：食品科）\n●开展特种设备检查。全年检查100家。（责任单位：特设科）\n"
            "优化服务\n●推进登记便利化。压缩办理时间。（责任单位：登记科）\n")
    # (the reader now starts the plan at the title its notice names, read._named_whole_above: the notice is the text
    # before the plan, and the check finds every line of the plan's text in the model)
    ((pt, plan),) = read_pairs(text)
    assert plan.title == "某县市场监督管理局2030年工作要点" and pt.first_line == 17
    assert lost_text(pt, plan) is None


def test_a_part_printing_no_section_of_its_own_is_the_section_of_its_items():
    # items numbered through printed sections (一、 二、); 第三部分 prints no 一、: its items are its own section, not 二's
    text = ("某市2030年税务工作要点\n第二部分　重点工作\n一、深化改革\n1.推进征管改革。完善制度。（责任科室：征管科）\n"
            "二、优化服务\n2.深化便民办税。推出便民措施。（责任科室：纳税服务科）\n第三部分　加强自身建设\n"
            "全面从严治党。\n3.加强干部队伍建设。深化数字人事。（责任科室：人事科）\n"
            "4.加强党风廉政建设。落实责任。（责任科室：机关党委）\n")
    ((pt, plan),) = read_pairs(text)
    assert [(s.label, s.title, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("一、", "深化改革", [1]), ("二、", "优化服务", [2]), ("第三部分　", "加强自身建设", [3, 4])]
    assert plan.sections[2].line == 7 and plan.sections[2].intro == "全面从严治党。"
    assert plan.sections[1].groups == [] and plan.sections[1].closing == ""
    assert lost_text(pt, plan) is None


def test_a_labels_dress_is_no_text_the_model_lost():
    # a 公众号 copy's dress around its labels (【一、…】, ▶ 三、, 🌱（一）) is furniture: the model keeps the labels bare
    text = ("某县2030年春耕方案\n【一、总体目标】\n稳定粮食面积。\n▶ 二、重点任务\n🌱（一）稳定面积\n"
            "1.分解面积任务。（责任单位：县农业农村局）\n")
    ((pt, plan),) = read_pairs(text)
    assert [s.label for s in plan.sections] == ["一、", "二、"] and plan.sections[1].groups[0].label == "（一）"
    assert lost_text(pt, plan) is None


def test_a_closing_parts_item_set_aside_as_text_keeps_its_place_in_a_text_that_lost_its_line_breaks():
    # a run-on copy broken anywhere (inside （三）'s heading), its closing part on one line: （四） and （六） name no unit
    # and are the part's text; （四） stands before the kept task （五） on the same line, so it is the intro, not the closing
    text = ("某县人民政府关于加快发展乡村旅游的实施意见 一、重点任务（一）建设旅游步道。年内建成步道20公里。（县文旅局负责）"
            "（二）培育民宿集群。扶持民宿提质。（县农业农村局负责）（三）推行乡村旅游\n"
            "消费券制度。向游客发放电子消费券。（县商务局负责）二、强化组织实施（四）加强组织领导。各乡镇要把乡村旅游纳入工作考核。"
            "（五）强化督促落实。县文旅局要定期通报进展。（县文旅局牵头，县财政局参与）（六）做好宣传推广。及时总结好经验。\n")
    ((pt, plan),) = read_pairs(text)
    assert plan.sections[0].tasks[2].text.startswith("推行乡村旅游消费券制度。")
    closing_part = plan.sections[1]
    assert [t.label for t in closing_part.tasks] == ["（五）"]
    assert closing_part.intro.startswith("（四）加强组织领导") and closing_part.closing.startswith("（六）做好宣传推广")
    assert lost_text(pt, plan) is None


def test_a_table_of_targets_without_a_number_column_keeps_its_rows_as_its_text():
    # 表1 重点指标 (指标 | 2025年基数 | 2030年目标 | 责任单位, no 序号 column) inside 主要目标: the table reader counts its rows
    # 1. 2. itself; the box holds the rows without that count (no ink of the document), its units named in the reading
    # report, no task read from it, and the plan's tasks as before
    text = ("某县2030年仓储行动方案\n一、总体要求\n（一）主要目标。主要指标见下表。\n表1　重点指标\n"
            "指标\t2025年基数\t2030年目标\t责任单位\n冷库容量（万吨）\t12\t15左右\t县商务局\n"
            "仓储用地（亩）\t30\t45\t县自然资源局\n二、重点任务\n1.建设冷库。新增库容3万吨。（县商务局牵头）\n")
    ((pt, plan),) = read_pairs(text)
    assert lost_text(pt, plan) is None
    (box,) = plan.sections[0].groups
    assert box.label == "表1" and box.text.split("\n") == [
        "重点指标", "冷库容量（万吨）。2025年基数:12。2030年目标:15左右(责任单位:县商务局)",
        "仓储用地（亩）。2025年基数:30。2030年目标:45(责任单位:县自然资源局)"]
    assert [(t.label, t.number, t.text) for t in plan.tasks()] == [("1.", 1, "建设冷库。新增库容3万吨。（县商务局牵头）")]
    assert any("县商务局、县自然资源局" in n.text for n in plan.readings)


def test_check_warns_of_a_table_column_of_bodies_under_a_header_it_does_not_know(tmp_path):
    """A column of bodies no header word names (储运单位): its units are not read, and `plansite check` says so with
    the file, the column and the line of the first row naming them (its task's line, as the tasks list it)."""
    content = make_content(tmp_path, [])
    (content / "plans" / "wuzi.txt").write_text(
        "某县2026年防汛物资安排\n序号\t物资名称\t数量\t储运单位\t完成时限\n1\t编织袋\t5000条\t县甲储运公司\t5月底前\n"
        "2\t救生衣\t300件\t县乙物流有限公司\t6月底前\n", encoding="utf-8")
    output = run_check(content).stderr
    assert re.search(r"wuzi\.txt:2: table column '储运单位' names bodies \('县甲储运公司' …\) under a header the reader "
                     r"does not know: their units are not read", output), output
