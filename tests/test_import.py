"""`plansite import`: a page or document -> one plan source per plan, idempotent, the same model whatever the format."""
from __future__ import annotations

import html
import re
from pathlib import Path

from click.testing import CliRunner

from generator.commands.cli import main
from generator.model import to_dict
from generator.source.corpus import parse_file

ROOT = Path(__file__).resolve().parent.parent


def _import(*args: str):
    result = CliRunner().invoke(main, ["import", *args])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if not line.startswith(" ")]  # indented: the reading report


def _comparable(plan) -> dict:
    """The model without where it was read from: source paths and warning prefixes differ by file, nothing else may."""
    d = to_dict(plan)
    d.pop("source")
    d["meta"] = {k: v for k, v in d["meta"].items() if k != "source"}
    d["warnings"] = [re.sub(r"^.*?:(\d+): ", "", w) for w in d["warnings"]]
    return d


def test_import_writes_one_source_per_plan_and_a_second_import_changes_nothing(tmp_path, seed_path):
    into = tmp_path / "plans"
    first = _import(str(seed_path), "--into", str(into))
    assert len(first) == 7 and all(line.startswith("wrote ") for line in first)
    mtimes = {p: p.stat().st_mtime_ns for p in into.iterdir()}
    second = _import(str(seed_path), "--into", str(into))
    assert all(line.startswith("unchanged ") for line in second)
    assert {p: p.stat().st_mtime_ns for p in into.iterdir()} == mtimes


def test_committed_plan_sources_are_what_import_writes(tmp_path, seed_path):
    into = tmp_path / "plans"
    _import(str(seed_path), "--into", str(into))
    committed = ROOT / "content" / "plans"
    assert sorted(p.name for p in into.glob("*.md")) == sorted(p.name for p in committed.glob("*.md"))
    for path in into.glob("*.md"):
        # `accepted:` (defects of the published text, generator/source/accepted.py) is written by hand, not by import
        committed_text = re.sub(r"^accepted:\n(?:  .*\n)+", "", (committed / path.name).read_text(encoding="utf-8"),
                                count=1, flags=re.M)
        assert path.read_text(encoding="utf-8") == committed_text, path.name


def test_front_matter_says_where_the_plan_stood(tmp_path, seed_path):
    into = tmp_path / "plans"
    _import(str(seed_path), "--into", str(into))
    (plan,) = parse_file(into / "2024-saqscwyh-gzyd-3.md")
    assert plan.year == 2024 and plan.issuer == "市安全生产委员会"
    first, last = map(int, plan.meta["source"]["lines"].split("-"))
    page = seed_path.read_text(encoding="utf-8").split("\n")
    assert page[first - 1].strip() == "市安全生产委员会2024年工作要点三"
    assert page[last - 1].strip().startswith("25.加强安全生产宣传培训")


def test_a_source_parses_to_the_model_of_the_plan_on_the_page(tmp_path, seed_path):
    into = tmp_path / "plans"
    _import(str(seed_path), "--into", str(into))
    for on_page in parse_file(seed_path):
        (imported,) = parse_file(into / f"{on_page.id}.md")
        a, b = _comparable(on_page), _comparable(imported)
        a.pop("meta"), b.pop("meta")
        # line numbers of tasks differ (the source starts at its title); everything else is the same
        for d in (a, b):
            for s in d["sections"]:
                s["line"] = 0
                for t in s["tasks"]:
                    t["line"] = 0
                for g in s["groups"]:
                    g["line"] = 0
        assert a == b, on_page.id


def _page_lines(seed_path: Path) -> list[str]:
    return [ln.strip() for ln in seed_path.read_text(encoding="utf-8").split("\n") if ln.strip()]


def _models(path: Path) -> list[dict]:
    out = []
    for plan in parse_file(path):
        d = _comparable(plan)
        for s in d["sections"]:  # a document has no blank lines between paragraphs, so lines differ
            s["line"] = 0
            for t in s["tasks"]:
                t["line"] = 0
            for g in s["groups"]:
                g["line"] = 0
        # a document has no indentation, so a warning's column moves with it
        d["warnings"] = [re.sub(r"column \d+", "column N", w) for w in d["warnings"]]
        out.append(d)
    return out


def test_the_seed_as_docx_imports_to_the_same_models(tmp_path, seed_path):
    import docx

    document = docx.Document()
    for line in _page_lines(seed_path):
        document.add_paragraph(line)
    path = tmp_path / "seed.docx"
    document.save(path)
    assert _models(path) == _models(seed_path)


def test_the_seed_as_html_imports_to_the_same_models(write_file, seed_path):
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in _page_lines(seed_path))
    page = (f"<html><head><meta charset='utf-8'><title>工作要点</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> &gt; <a href='/gz'>工作计划</a></div>"
            f"<div class='article-content'>{body}</div>"
            f"<div class='footer'>版权所有 © 达达文档网</div></body></html>")
    path = write_file(page, "seed.html")
    assert _models(path) == _models(seed_path)


# A prose plan naming no unit and its attached 分工表 repeating its tasks (parse/attached_table.py): import writes each
# as published, the table's source naming the plan it is part of; the site reads the two as one plan.
_PROSE_AND_ITS_TABLE = """某县推进全民阅读实施方案
一、重点任务
1.建设城乡书屋。每个行政村建成一个书屋。
2.开展读书节活动。每年举办一届。
二、保障措施
加强组织领导，确保各项任务落到实处。
附件
某县推进全民阅读实施方案重点任务分工表
序号\t重点任务\t牵头单位\t配合单位
1\t建设城乡书屋\t县文化和旅游局\t各乡镇人民政府
2\t开展读书节活动\t县委宣传部\t县教育局、团县委
"""


def _units(plan) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in task.assignments] for task in plan.tasks()]


def _import_page(tmp_path, text: str):
    """Import a page holding a plan and its attached table: (the command's result, the plan's source, the table's)."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    into = tmp_path / "content" / "plans"
    result = CliRunner().invoke(main, ["import", str(page), "--into", str(into)])
    assert result.exit_code == 0, result.output
    prose_file, table_file = sorted(into.glob("*.md"), key=lambda p: len(p.name))
    return result, prose_file, table_file


def test_an_attached_table_imported_as_its_own_source_is_read_into_its_plan(tmp_path):
    from generator.source.corpus import load_corpus

    result, prose_file, table_file = _import_page(tmp_path, _PROSE_AND_ITS_TABLE)
    page, into = tmp_path / "page.txt", tmp_path / "content" / "plans"
    assert "part_of:" not in prose_file.read_text(encoding="utf-8")
    assert f"part_of: {prose_file.stem}\n" in table_file.read_text(encoding="utf-8")
    assert "1\t建设城乡书屋" not in table_file.read_text(encoding="utf-8")  # (the rows as the table reader wrote them)
    assert f"part of plan '{prose_file.stem}'" in result.output
    assert "2 tasks; 0 without units" in result.output  # the report reads the two sources as the site does

    corpus = load_corpus(tmp_path / "content")
    assert corpus.errors == []
    [plan] = corpus.plans
    assert plan.id == prose_file.stem
    assert _units(plan) == [[("县文化和旅游局", "lead"), ("各乡镇人民政府", "support")],
                            [("县委宣传部", "lead"), ("县教育局", "support"), ("团县委", "support")]]
    assert any(table_file.name in n.text for n in plan.readings)  # the note says which file gave the units
    assert _units(plan) == _units(parse_file(page)[0])  # as the page itself is read

    second = _import(str(page), "--into", str(into))
    assert all(line.startswith("unchanged ") for line in second)


def test_a_table_naming_a_plan_it_does_not_belong_to_stays_a_plan_and_says_why(tmp_path):
    from generator.source.corpus import load_corpus

    _, prose_file, table_file = _import_page(tmp_path, _PROSE_AND_ITS_TABLE)
    table_file.write_text(table_file.read_text(encoding="utf-8").replace(
        f"part_of: {prose_file.stem}", "part_of: no-such-plan"), encoding="utf-8")
    corpus = load_corpus(tmp_path / "content")
    assert len(corpus.plans) == 2
    [table] = [p for p in corpus.plans if p.id == table_file.stem]
    assert any("part_of: no-such-plan: no plan has the id 'no-such-plan'; read as a plan of its own" in w
               for w in table.warnings)
    assert all(not task.assignments for task in next(p for p in corpus.plans if p is not table).tasks())


# An activity plan keeping no task in its text (安排2项活动（详见附件）) and its attached 活动安排表: import writes each as
# published, the table's source naming the plan; the site reads one plan whose tasks are the rows, and the check finds
# every line of the plan's own source in its model (the rows' text is the table's).
_PLAN_AND_ITS_ACTIVITY_TABLE = """某县读书月活动方案
一、活动时间
2025年4月。
二、活动安排
共安排2项活动（详见附件）。
三、工作要求
（一）加强组织。各地要精心组织。
（二）注重实效。坚持务实节俭。
附件
某县读书月活动安排表
序号\t活动名称\t主办单位\t承办单位
1\t读书月启动仪式\t县委宣传部\t县图书馆
2\t亲子共读活动\t县教育局\t各乡镇人民政府
"""


def test_a_plan_keeping_its_activities_in_its_attached_table_is_one_plan_on_the_site(tmp_path):
    from generator.commands.check import lost_text
    from generator.source.corpus import load_corpus

    _, prose_file, table_file = _import_page(tmp_path, _PLAN_AND_ITS_ACTIVITY_TABLE)
    assert f"part_of: {prose_file.stem}\n" in table_file.read_text(encoding="utf-8")
    corpus = load_corpus(tmp_path / "content")
    assert corpus.errors == []
    [plan] = corpus.plans
    assert plan.title == "某县读书月活动方案"
    assert _units(plan) == [[("县委宣传部", "lead"), ("县图书馆", "responsible")],
                            [("县教育局", "lead"), ("各乡镇人民政府", "responsible")]]
    assert lost_text(corpus.texts[plan.id], plan) is None


def test_a_part_of_that_is_no_plan_id_is_an_error_naming_its_line(tmp_path):
    from generator.source.corpus import load_corpus

    plans = tmp_path / "content" / "plans"
    plans.mkdir(parents=True)
    (plans / "table.md").write_text("---\nid: table\npart_of: 某县方案\n---\n某县分工表\n1.建设书屋（县文旅局牵头）\n",
                                    encoding="utf-8")
    [error] = load_corpus(tmp_path / "content").errors
    assert "part_of '某县方案' is not a plan id" in str(error)
    assert error.line == 3


def test_a_rule_the_covering_notice_states_reads_the_plan_from_its_source_too(tmp_path):
    """A notice issuing a plan may state once how its lists read (排在第一位的为牵头单位，其他为配合单位); the plan
    source import writes holds the plan, not the notice, so it keeps the notice's rule lines in its front matter and
    the site reads each list as the whole document does (before: every unit of a bare list read responsible)."""
    document = tmp_path / "notice.txt"
    document.write_text(
        "关于印发《某县促进消费若干措施》的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县促进消费若干措施》印发给你们。各项措施所列责任单位中，排在第一位的为牵头单位，其他为配合单位。\n"
        "某县人民政府办公室\n"
        "2025年3月1日\n"
        "某县促进消费若干措施\n"
        "一、扩大商品消费\n"
        "1.开展汽车以旧换新。对报废旧车并购买新车的给予补贴。\n"
        "县商务局　县财政局　县公安局\n"
        "2.促进家电更新。组织家电企业开展以旧换新活动。\n"
        "县商务局　县市场监管局\n"
        "二、保障措施\n"
        "各单位要加强组织领导。\n", encoding="utf-8")
    into = tmp_path / "plans"
    _import(str(document), "--into", str(into))
    [source] = into.glob("*.md")
    from_document = [_comparable(plan) for plan in parse_file(document)]
    from_source = [_comparable(plan) for plan in parse_file(source)]

    def roles(plans: list[dict]) -> list[list[tuple[str, str]]]:
        return [[(a["name"], a["role"]) for t in p["sections"][0]["tasks"] for a in t["assignments"]] for p in plans]

    assert roles(from_source) == [[("县商务局", "lead"), ("县财政局", "support"), ("县公安局", "support"),
                                   ("县商务局", "lead"), ("县市场监管局", "support")]]
    assert roles(from_source) == roles(from_document)[-1:]
    # its reading report names where the rule was read: the notice kept in front matter, not a line of the plan
    notice_line = source.read_text(encoding="utf-8").split("\n").index("notice:") + 1
    [plan] = parse_file(source)
    [rule] = [n for n in plan.readings if n.kind == "rule"]
    assert rule.line == notice_line
    assert f"for the whole plan (covering notice, kept in front matter line {notice_line})" in rule.text
