"""Plans copied in traditional characters: read through a character-by-character conversion, names kept as written.

Every text here is written for the test (generic offices), in the layouts mirror sites republish plans in.
"""
from __future__ import annotations

from generator.commands.check import reading_lines
from generator.model import to_dict
from generator.source.corpus import parse_file, parse_text

TRADITIONAL = (
    "某市2030年優化營商環境工作要點\n"
    "一、推進審批服務便利化\n"
    "1.全面實施行政許可事項清單管理,編制並公布市、縣兩級清單。(市政府辦公室牽頭,市級各有關部門按職責分工負責)\n"
    "2.深化工程建設項目審批制度改革,2030年6月底前完成。(責任單位:市住房城鄉建設局,市財政局配合)\n"
    "二、優化法治環境\n"
    "3.規範涉企行政檢查。(牽頭單位:市司法局;配合單位:市級各行政執法部門)\n"
)

SIMPLIFIED = (
    "某市2030年优化营商环境工作要点\n"
    "一、推进审批服务便利化\n"
    "1.全面实施行政许可事项清单管理,编制并公布市、县两级清单。(市政府办公室牵头,市级各有关部门按职责分工负责)\n"
    "2.深化工程建设项目审批制度改革,2030年6月底前完成。(责任单位:市住房城乡建设局,市财政局配合)\n"
    "二、优化法治环境\n"
    "3.规范涉企行政检查。(牵头单位:市司法局;配合单位:市级各行政执法部门)\n"
)


def roles(plan):
    return [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()]


def test_a_copy_in_traditional_script_reads_its_units_with_their_roles_as_written():
    [plan] = parse_text(TRADITIONAL)
    assert roles(plan) == [
        [("市政府辦公室", "lead"), ("市級各有關部門", "responsible")],
        [("市住房城鄉建設局", "responsible"), ("市財政局", "support")],
        [("市司法局", "lead"), ("市級各行政執法部門", "support")]]


def test_every_string_of_a_traditional_copy_is_given_back_as_written():
    """Titles, task text, annotations and deadlines are the same spans of the original, in traditional script."""
    [plan] = parse_text(TRADITIONAL)
    assert plan.title == "某市2030年優化營商環境工作要點"
    assert [s.title for s in plan.sections] == ["推進審批服務便利化", "優化法治環境"]
    task = plan.tasks()[1]
    assert task.title == "深化工程建設項目審批制度改革,2030年6月底前完成"
    assert task.text in TRADITIONAL
    assert [n.text for n in task.annotations] == ["責任單位:市住房城鄉建設局,市財政局配合"]
    assert task.text[task.annotations[0].start:task.annotations[0].end] == "(" + task.annotations[0].text + ")"
    assert [d.text for d in task.deadlines] == ["2030年6月底前"]


def test_a_traditional_copy_reads_as_its_simplified_original_does():
    """The same plan in either script: the same outline, roles and ids, only the characters differ."""
    [traditional], [simplified] = parse_text(TRADITIONAL), parse_text(SIMPLIFIED)
    assert [t.id for t in traditional.tasks()] == [t.id for t in simplified.tasks()]
    assert [[r for _, r in task] for task in roles(traditional)] == [[r for _, r in task] for task in roles(simplified)]
    assert traditional.id == simplified.id


def test_the_reading_report_says_the_text_was_read_through_a_conversion():
    [plan] = parse_text(TRADITIONAL)
    report = "\n".join(reading_lines(plan, resolved=False))
    assert "traditional script" in report and "character-by-character conversion" in report
    assert "0 without units" in report


def test_a_simplified_text_is_read_as_it_stands():
    """No conversion, no note: the reading is the one the reader always made."""
    [plan] = parse_text(SIMPLIFIED)
    assert roles(plan)[1] == [("市住房城乡建设局", "responsible"), ("市财政局", "support")]
    assert "traditional" not in "\n".join(reading_lines(plan, resolved=False))


def test_a_simplified_text_naming_a_few_units_in_traditional_script_is_not_converted():
    """A name written in traditional characters inside a simplified plan (a unit that writes itself so) stays as it is."""
    mixed = SIMPLIFIED.replace("市财政局配合", "市財政局配合").replace("市司法局", "市司法局（澳門聯絡處）")
    [plan] = parse_text(mixed)
    assert ("市財政局", "support") in roles(plan)[1]
    assert plan.tasks()[2].text == "规范涉企行政检查。(牵头单位:市司法局（澳門聯絡處）;配合单位:市级各行政执法部门)"
    assert to_dict(plan) == to_dict(parse_text(mixed)[0])
    assert "traditional" not in "\n".join(reading_lines(plan, resolved=False))


def test_a_plan_source_in_traditional_script_is_read_the_same_way():
    """A plan source (front matter) in traditional script: converted when parsed, names as written."""
    [plan] = parse_text("---\ntitle: 某市2030年優化營商環境工作要點\n---\n" + TRADITIONAL)
    assert roles(plan)[2] == [("市司法局", "lead"), ("市級各行政執法部門", "support")]


def test_an_imported_plan_source_in_traditional_script_loses_no_text_to_its_title(tmp_path):
    """`import` writes the title in the front matter and keeps it as the text's first line: the two are matched in
    the converted copy, so the title line is the title (not text before the preamble) and the check finds no text
    missing."""
    from generator.commands.check import lost_text
    from generator.parse import parse_plan
    from generator.source.read import read_file

    source = tmp_path / "plan.md"
    source.write_text("---\ntitle: 某市2030年優化營商環境工作要點\n---\n" + TRADITIONAL.replace(
        "\n一、", "\n爲優化營商環境，制定本要點。\n一、", 1), encoding="utf-8")
    [pt] = read_file(source)
    plan = parse_plan(pt)
    assert plan.title == "某市2030年優化營商環境工作要點"
    assert plan.preamble == "爲優化營商環境，制定本要點。"
    assert lost_text(pt, plan) is None


def test_a_title_set_over_two_lines_is_given_back_as_written():
    """The reading joins a title's lines into one string, which stands in the text across a line break: each
    character is still taken from its own place (not left in simplified script)."""
    [plan] = parse_text("某市關於促進民間投資的\n若干措施實施方案\n" + TRADITIONAL.split("\n", 1)[1])
    assert plan.title == "某市關於促進民間投資的若干措施實施方案"
    assert "not found" not in "\n".join(reading_lines(plan, resolved=False))


def test_a_page_in_traditional_script_keeps_its_text_as_written_and_loses_none(write_file):
    """The page is split converted (title words, table headers), then handed on as written: `import` writes the
    text as published, and the check finds every character of it in the model."""
    from generator.commands.check import lost_text
    from generator.parse import parse_plan
    from generator.source.read import read_file

    page = write_file(TRADITIONAL, "copy.txt")
    [pt] = read_file(page)
    assert pt.title == "某市2030年優化營商環境工作要點" and pt.lines[1] == "一、推進審批服務便利化"
    assert lost_text(pt, parse_plan(pt)) is None


def test_a_task_table_in_traditional_script_reads_its_unit_columns_as_written(tmp_path):
    """A tab-separated table under 牽頭單位 / 配合單位 headers: the columns are known in the converted copy, and the
    line the table reader composes (the task with its units in brackets) is given back piece by piece."""
    page = tmp_path / "table.txt"
    page.write_text("某市2031年重點項目推進責任分工\n序號\t重點任務\t牽頭單位\t配合單位\t完成時限\n"
                    "1\t建設城市綠道30公里\t市城市管理局\t市財政局、市自然資源局\t2031年12月底前\n"
                    "2\t改造老舊小區20個\t市住房城鄉建設局\t各區人民政府\t2031年10月底前\n", encoding="utf-8")
    [plan] = parse_file(page)
    assert roles(plan) == [[("市城市管理局", "lead"), ("市財政局", "support"), ("市自然資源局", "support")],
                           [("市住房城鄉建設局", "lead"), ("各區人民政府", "support")]]
    assert plan.tasks()[0].title.startswith("建設城市綠道")


RADICALS = (
    "某市基层医疗卫⽣服务能⼒提升⼯作⽅案\n"
    "⼀、重点任务\n"
    "1.推进县域医共体建设。（牵头单位：市卫⽣健康委；配合单位：⻓宁县⼈民政府、市⼈⼒资源社会保障局）\n"
    "2.完善村卫⽣室布局。（市卫⽣健康委牵头，城⻄区⼈民政府配合）\n"
    "附件\n"
    "某市基层医疗卫⽣服务能⼒提升重点任务分⼯表\n"
    " 序号     ⼯作任务             牵头单位      配合单位\n"
    "  1       建设远程医疗中⼼     市卫⽣健康委  市数据局\n"
    "  2       培训乡村医⽣         市卫⽣健康委  市⼈⼒资源社会保障局\n"
)


def test_radical_code_points_a_pdf_font_gives_are_read_as_their_characters():
    """A PDF whose font maps characters to Kangxi radicals (⼯ ⽅ ⼀ ⼈) and the supplement's simplified radicals (⻓ ⻄)
    gives them so when copied: the outline's numbers, the labels, the table's header and the names are the plain
    characters a reader of the PDF sees."""
    plan, table = parse_text(RADICALS)
    assert plan.title == "某市基层医疗卫生服务能力提升工作方案"
    assert [s.number for s in plan.sections] == ["一"]
    assert roles(plan) == [
        [("市卫生健康委", "lead"), ("长宁县人民政府", "support"), ("市人力资源社会保障局", "support")],
        [("市卫生健康委", "lead"), ("城西区人民政府", "support")]]
    assert [t.title for t in table.tasks()] == ["建设远程医疗中心", "培训乡村医生"]
    assert roles(table) == [[("市卫生健康委", "lead"), ("市数据局", "support")],
                            [("市卫生健康委", "lead"), ("市人力资源社会保障局", "support")]]
