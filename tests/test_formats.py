"""Reading plans published as .docx, .doc, .html, .pdf and task tables into plain plan text.

Every binary fixture is made here, into tmp_path: python-docx writes the Word
files, reportlab the PDFs. The pasted-table fixtures are small text files in
tests/fixtures/formats/, with the Word 97-2003 .doc files (made by make_doc_fixtures.py there).
"""
from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest

from generator.errors import PlansiteError
from generator.source.corpus import parse_file
from generator.source.formats import to_text
from generator.source.formats.table import find_pasted_tables, rows_to_text
from word_support import numbered_paragraph, word_numbering

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def annotation(line: str) -> dict[str, list[str]]:
    """The trailing (牵头单位:X、Y;配合单位:Z;完成时限:…) of a table line, clause label -> values."""
    match = re.search(r"\(((?:[^()]|\([^()]*\))*)\)[。]?$", line)
    assert match, f"no annotation in {line!r}"
    clauses = {}
    for clause in match.group(1).split(";"):
        label, _, values = clause.partition(":")
        clauses[label] = values.split("、")
    return clauses


# ---------------------------------------------------------------- .docx


def _task_table(document):
    """序号 | 工作任务 | 责任分工 (牵头单位 | 配合单位) | 完成时限, with a section row and merged cells."""
    rows = [
        ["序号", "工作任务", "责任分工", "", "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
        ["四、强化安全生产执法", "", "", "", ""],
        ["5", "严格精准安全生产监管执法", "市应急局", "市公安局、市市场监管局", "6月30日前"],
        ["6", "贯彻落实安全生产举报奖励工作", "", "各相关部门", "每季度"],
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3))  # 责任分工 spans 牵头单位 | 配合单位
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))  # the other headers span both header rows
    table.cell(2, 0).merge(table.cell(2, 4))  # the section row spans the table
    table.cell(3, 2).merge(table.cell(4, 2))  # 市应急局 leads both tasks: one merged cell
    return table


DOCX_TEXT = """市安全生产委员会2024年工作要点
一、统筹发展和安全
1.深入学习贯彻党的二十大精神(责任单位:市安委办)。
2.推动各级党委政府落实安全生产属地责任(牵头责任单位:市安委办,协同责任单位:市委编办)。
二、排查风险隐患
(一)加强矿山安全风险防控
1.推进隐蔽致灾因素普查治理(责任单位:市自然资源和规划局、市应急局)。
2.加强尾矿库安全生产治理(责任单位:市应急局)。
(二)加强消防安全风险防控
1.持续落实政府年度消防工作考核(牵头责任单位:市消防救援支队)。
三、夯实安全生产基础
四、强化安全生产执法
5.严格精准安全生产监管执法(牵头单位:市应急局;配合单位:市公安局、市市场监管局;完成时限:6月30日前)
6.贯彻落实安全生产举报奖励工作(牵头单位:市应急局;配合单位:各相关部门;完成时限:每季度)
五、工作要求
1.各地各部门要抓好落实。
2.每半年报送一次进展。"""


@pytest.fixture
def plan_docx(tmp_path) -> Path:
    import docx

    document = docx.Document()
    word_numbering(document, 90, [("chineseCounting", "%1、"), ("chineseCounting", "(%2)"), ("decimal", "%3.")])
    word_numbering(document, 91, [("decimal", "%1.")])
    # typed numbering, as most offices write it
    document.add_paragraph("市安全生产委员会2024年工作要点")
    document.add_paragraph("一、统筹发展和安全")
    document.add_paragraph("1.深入学习贯彻党的二十大精神(责任单位:市安委办)。")
    document.add_paragraph("2.推动各级党委政府落实安全生产属地责任(牵头责任单位:市安委办,协同责任单位:市委编办)。")
    # Word's numbering: 二、 continues after a typed 一、 only because the list starts at 2
    numbering = document.part.numbering_part.element
    from docx.oxml.ns import qn
    for lvl in numbering.iter(qn("w:lvl")):
        if lvl.getparent().get(qn("w:abstractNumId")) == "90" and lvl.get(qn("w:ilvl")) == "0":
            lvl.find(qn("w:start")).set(qn("w:val"), "2")
    numbered_paragraph(document, "排查风险隐患", 90, 0)
    numbered_paragraph(document, "加强矿山安全风险防控", 90, 1)
    numbered_paragraph(document, "推进隐蔽致灾因素普查治理(责任单位:市自然资源和规划局、市应急局)。", 90, 2)
    numbered_paragraph(document, "加强尾矿库安全生产治理(责任单位:市应急局)。", 90, 2)
    numbered_paragraph(document, "加强消防安全风险防控", 90, 1)
    numbered_paragraph(document, "持续落实政府年度消防工作考核(牵头责任单位:市消防救援支队)。", 90, 2)
    numbered_paragraph(document, "夯实安全生产基础", 90, 0)
    document.add_paragraph("")  # an empty paragraph is no line
    _task_table(document)
    document.add_paragraph("五、工作要求")
    numbered_paragraph(document, "各地各部门要抓好落实。", 91, 0)
    numbered_paragraph(document, "每半年报送一次进展。", 91, 0)
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_docx_typed_and_word_numbering_and_table_in_document_order(plan_docx):
    assert to_text(plan_docx) == DOCX_TEXT


def test_docx_table_units_per_row(plan_docx):
    rows = [line for line in to_text(plan_docx).split("\n") if "完成时限" in line]
    assert [annotation(line)["牵头单位"] for line in rows] == [["市应急局"], ["市应急局"]]  # the merged cell
    assert [annotation(line)["配合单位"] for line in rows] == [["市公安局", "市市场监管局"], ["各相关部门"]]
    assert [annotation(line)["完成时限"] for line in rows] == [["6月30日前"], ["每季度"]]


def test_docx_start_override_restarts_a_list(tmp_path):
    import docx

    document = docx.Document()
    word_numbering(document, 91, [("decimal", "%1.")])
    word_numbering(document, 92, [], restart_of=91)
    numbered_paragraph(document, "甲项", 91, 0)
    numbered_paragraph(document, "乙项", 91, 0)
    numbered_paragraph(document, "丙项", 92, 0)  # a new w:num over the same list, restarting at 1
    numbered_paragraph(document, "丁项", 92, 0)
    path = tmp_path / "restart.docx"
    document.save(path)
    assert to_text(path).split("\n") == ["1.甲项", "2.乙项", "1.丙项", "2.丁项"]


@pytest.mark.parametrize("restart, expected", [
    ("0", ["一、重点任务", "(一)推进多式联运", "1.推进公转铁。", "2.发展铁水联运。", "(二)提升货运效率",
           "3.推广甩挂运输。", "二、保障措施", "(一)加强组织领导", "4.压实工作责任。"]),
    ("1", ["一、重点任务", "(一)推进多式联运", "1.推进公转铁。", "2.发展铁水联运。", "(二)提升货运效率",
           "3.推广甩挂运输。", "二、保障措施", "(一)加强组织领导", "1.压实工作责任。"]),
])
def test_docx_level_restart_limit_keeps_tasks_counting_through_groups(tmp_path, restart, expected):
    """w:lvlRestart 0: the task level never restarts (1…N through every （一）); 1: only under a new 一、."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    word_numbering(document, 96, [("chineseCounting", "%1、"), ("chineseCounting", "(%2)"), ("decimal", "%3.")])
    for lvl in document.part.numbering_part.element.iter(qn("w:lvl")):
        if lvl.getparent().get(qn("w:abstractNumId")) == "96" and lvl.get(qn("w:ilvl")) == "2":
            lvl.append(parse_xml(f'<w:lvlRestart {nsdecls("w")} w:val="{restart}"/>'))
    for text, ilvl in [("重点任务", 0), ("推进多式联运", 1), ("推进公转铁。", 2), ("发展铁水联运。", 2),
                       ("提升货运效率", 1), ("推广甩挂运输。", 2), ("保障措施", 0), ("加强组织领导", 1),
                       ("压实工作责任。", 2)]:
        numbered_paragraph(document, text, 96, ilvl)
    path = tmp_path / "no_restart.docx"
    document.save(path)
    assert to_text(path).split("\n") == expected


def test_docx_numbered_sequence_column(tmp_path):
    """A 序号 column numbered by Word (empty cells with w:numPr) still numbers the rows."""
    import docx

    document = docx.Document()
    word_numbering(document, 93, [("decimal", "%1")])
    table = document.add_table(rows=3, cols=3)
    for c, text in enumerate(["序号", "主要任务", "责任单位"]):
        table.cell(0, c).text = text
    for r, (task, unit) in enumerate([("加强宣传教育", "市委宣传部"), ("加强执法检查", "市应急局")], start=1):
        cell_p = table.cell(r, 0).paragraphs[0]
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        cell_p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="93"/></w:numPr>'))
        table.cell(r, 1).text = task
        table.cell(r, 2).text = unit
    path = tmp_path / "numbered-column.docx"
    document.save(path)
    assert to_text(path).split("\n") == ["1.加强宣传教育(责任单位:市委宣传部)", "2.加强执法检查(责任单位:市应急局)"]


def _tracked(paragraph, change: str, mark_too: bool = True) -> None:
    """Put the paragraph's runs inside a tracked w:del / w:moveFrom (their w:t as w:delText for a deletion);
    with `mark_too`, its paragraph mark too (w:pPr/w:rPr/w:del): Word's record of a paragraph taken out whole."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    attrs = f'{nsdecls("w")} w:id="7" w:author="某科" w:date="2025-01-02T09:00:00Z"'
    wrapper = parse_xml(f"<w:{change} {attrs}/>")
    for run in list(paragraph._p.iter(qn("w:r"))):
        if change == "del":
            for t in run.iter(qn("w:t")):
                t.tag = qn("w:delText")
        wrapper.append(run)
    paragraph._p.append(wrapper)
    if mark_too:
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {nsdecls("w")}><w:{change} {attrs}/></w:rPr>'))


def test_docx_item_deleted_or_moved_with_track_changes_takes_no_number(tmp_path):
    """A draft circulated with track changes (征求意见稿 with 修订) strikes one Word-numbered task and moves
    another away: Word numbers the accepted text 1. 2. 3., as if they were gone. A paragraph whose mark alone
    is deleted keeps its text (it joins the next line) and its number. (Before: 1. 3. 5. 6.)"""
    import docx

    document = docx.Document()
    word_numbering(document, 94, [("decimal", "%1.")])
    document.add_paragraph("一、重点任务")
    numbered_paragraph(document, "规范摊点经营。(甲市城管局牵头)", 94, 0)
    _tracked(numbered_paragraph(document, "取缔夜间集市。(甲市商务局牵头)", 94, 0), "del")
    _tracked(numbered_paragraph(document, "治理噪声扰民。(甲市环境局负责)", 94, 0), "moveFrom")
    joined = numbered_paragraph(document, "整治空中线缆。", 94, 0)
    _tracked(joined, "del")
    joined.add_run("健全巡查机制。")  # text kept after the deleted mark: still the item's own
    document.add_paragraph("(甲市工信局牵头)")
    numbered_paragraph(document, "规范公厕管理。(甲市城管局负责)", 94, 0)
    path = tmp_path / "tracked.docx"
    document.save(path)
    assert to_text(path).split("\n") == [
        "一、重点任务", "1.规范摊点经营。(甲市城管局牵头)", "2.健全巡查机制。", "(甲市工信局牵头)",
        "3.规范公厕管理。(甲市城管局负责)"]


def test_docx_table_row_deleted_with_track_changes_takes_no_number(tmp_path):
    """A row deleted with track changes (w:trPr/w:del) is gone from the accepted table: its Word-numbered
    序号 cell advances no counter and the rows below keep Word's numbers. (Before: rows 1, 3.)"""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    word_numbering(document, 95, [("decimal", "%1")])
    table = document.add_table(rows=4, cols=3)
    for c, text in enumerate(["序号", "主要任务", "责任单位"]):
        table.cell(0, c).text = text
    rows = [("加强安全宣传", "乙县宣传部"), ("开展夜间巡逻", "乙县公安局"), ("加强执法检查", "乙县应急局")]
    for r, (task, unit) in enumerate(rows, start=1):
        table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="95"/></w:numPr>'))
        table.cell(r, 1).text = task
        table.cell(r, 2).text = unit
    struck = table.rows[2]
    struck._tr.get_or_add_trPr().append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="9" w:author="某科" w:date="2025-01-02T09:00:00Z"/>'))
    for cell in struck.cells:
        for paragraph in cell.paragraphs:
            _tracked(paragraph, "del", mark_too=False)  # the row's mark alone says it is gone
    path = tmp_path / "tracked-row.docx"
    document.save(path)
    assert to_text(path).split("\n") == ["1.加强安全宣传(责任单位:乙县宣传部)", "2.加强执法检查(责任单位:乙县应急局)"]


def test_docx_hidden_text_is_dropped_and_line_breaks_kept(tmp_path):
    import docx

    document = docx.Document()
    p = document.add_paragraph("一、统筹发展")
    p.add_run("(草稿批注)").font.hidden = True
    p.add_run("和安全")
    p = document.add_paragraph("1.加强宣传(责任单位:市委宣传部)。")
    p.add_run().add_break()  # a soft line break ends a line, as <br> does
    p.add_run("2.加强执法(责任单位:市应急局)。")
    path = tmp_path / "hidden.docx"
    document.save(path)
    assert to_text(path).split("\n") == ["一、统筹发展和安全", "1.加强宣传(责任单位:市委宣传部)。", "2.加强执法(责任单位:市应急局)。"]


_WORD_NAMESPACES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                    'xmlns:v="urn:schemas-microsoft-com:vml"')
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _hand_written_docx(path: Path, body: str, notes: dict[str, str] | None = None) -> Path:
    """A .docx zipped from hand-written XML: `body` inside w:body; `notes` maps a part (footnotes, endnotes) to its
    w:footnote / w:endnote elements. Word templates' content controls, notes and text boxes, which python-docx does
    not write."""
    notes = notes or {}
    overrides = "".join(
        f'<Override PartName="/word/{part}.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.{part}+xml"/>' for part in notes)
    relations = "".join(f'<Relationship Id="rId{i}" Type="{_RELATIONSHIPS}/{part}" Target="{part}.xml"/>'
                        for i, part in enumerate(notes, 1))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   f'wordprocessingml.document.main+xml"/>{overrides}</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" '
                   'Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships">{relations}</Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {_WORD_NAMESPACES}>'
                                        f"<w:body>{body}</w:body></w:document>")
        for part, elements in notes.items():
            z.writestr(f"word/{part}.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:{part} {_WORD_NAMESPACES}>'
                                           f"{elements}</w:{part}>")
    return path


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(f"<w:p>{p}</w:p>" for p in paragraphs) + "</w:tc>"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _task_table_xml(*rows: tuple[str, str, str, str]) -> str:
    """序号 | 重点任务 | 牵头单位 | 配合单位 over task rows, each cell's XML given."""
    header = "<w:tr>" + "".join(_cell(_run(h)) for h in ("序号", "重点任务", "牵头单位", "配合单位")) + "</w:tr>"
    return "<w:tbl>" + header + "".join("<w:tr>" + "".join(cells) + "</w:tr>" for cells in rows) + "</w:tbl>"


def test_docx_content_control_showing_its_placeholder_prompt_is_no_text(tmp_path):
    prompt = ('<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
              '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r>'
              '</w:sdtContent></w:sdt>')
    filled = '<w:sdt><w:sdtPr><w:showingPlcHdr w:val="0"/><w:text/></w:sdtPr><w:sdtContent>' + _run("乙县商务局") + \
             '</w:sdtContent></w:sdt>'
    body = (f'<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>{_run("单击此处输入文字。")}</w:p>'
            '</w:sdtContent></w:sdt>'
            + _task_table_xml((_cell(_run("1")), _cell(_run("整治废旧家电非法拆解")), _cell(_run("乙县环保局")),
                               _cell(_run("乙县公安局、") + filled, prompt))))
    text = to_text(_hand_written_docx(tmp_path / "template.docx", body))
    assert "输入文字" not in text
    assert annotation(text.split("\n")[-1])["配合单位"] == ["乙县公安局", "乙县商务局"]


def _units_by_task(path: Path) -> dict[int, list[tuple[str, str]]]:
    from generator.parse import parse_plan
    from generator.source.read import read_file

    return {t.number: [(a.name, a.role) for a in t.assignments] for t in parse_plan(read_file(path)[0]).tasks()}


def _note(kind: str, number: int, text: str) -> str:
    mark = "footnoteRef" if kind == "footnote" else "endnoteRef"
    return f'<w:{kind} w:id="{number}"><w:p><w:r><w:{mark}/></w:r>{_run(" " + text)}</w:p></w:{kind}>'


def _reference(kind: str, number: int) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{number}"/></w:r>'


def test_docx_footnote_giving_a_task_part_to_units_is_read_where_its_mark_stands(tmp_path):
    footnotes = (_note("footnote", 1, "丙县数据局即丙县政务服务和数据管理局，下同。")
                 + _note("footnote", 2, "其中，适老化改造部分由丙县民政局牵头，丙县残联配合。")
                 + _note("footnote", 3, "其中新建站点20个，各乡镇配合。"))
    body = (f"<w:p>{_run('丙县居家消费更新工作分工方案')}</w:p>"
            + _task_table_xml(
                (_cell(_run("1")), _cell(_run("推动旧房装修、厨卫改造。") + _reference("footnote", 2)),
                 _cell(_run("丙县住建局")), _cell(_run("丙县市场监管局"))),
                (_cell(_run("2")), _cell(_run("开通补贴申领一件事服务。")),
                 _cell(_run("丙县数据局") + _reference("footnote", 1)), _cell(_run("丙县财政局"))),
                (_cell(_run("3")), _cell(_run("完善回收站点") + _reference("footnote", 3) + _run("网络。")),
                 _cell(_run("丙县商务局")), _cell(_run("丙县财政局")))))
    path = _hand_written_docx(tmp_path / "notes.docx", body, {"footnotes": footnotes})
    lines = to_text(path).split("\n")
    assert lines[1].startswith("1.推动旧房装修、厨卫改造。（适老化改造部分由丙县民政局牵头，丙县残联配合）")
    assert "政务服务" not in lines[2] and "新建站点" not in lines[3]  # a short name's note, a figure's: no units
    assert _units_by_task(path) == {
        1: [("丙县民政局", "lead"), ("丙县残联", "support"), ("丙县住建局", "lead"), ("丙县市场监管局", "support")],
        2: [("丙县数据局", "lead"), ("丙县财政局", "support")],
        3: [("丙县商务局", "lead"), ("丙县财政局", "support")]}


def test_docx_endnote_inside_a_sentence_is_read_after_the_sentence(tmp_path):
    endnotes = _note("endnote", 1, "丁县交通局牵头，丁县公安局配合。")
    body = (f"<w:p>{_run('丁县2025年交通工作要点')}</w:p><w:p>{_run('一、畅通城乡路网')}</w:p>"
            f"<w:p>{_run('1.实施“四好农村路”')}{_reference('endnote', 1)}{_run('提升工程。完成年度任务。')}</w:p>")
    path = _hand_written_docx(tmp_path / "endnote.docx", body, {"endnotes": endnotes})
    assert to_text(path).split("\n")[-1] == "1.实施“四好农村路”提升工程。（丁县交通局牵头，丁县公安局配合）完成年度任务。"
    assert _units_by_task(path)[1] == [("丁县交通局", "lead"), ("丁县公安局", "support")]


def test_docx_title_in_a_text_box_is_read_once_where_it_is_anchored(tmp_path):
    from generator.parse import parse_plan
    from generator.source.read import read_file

    box = "".join(f"<w:p>{_run(line)}</w:p>" for line in ("戊县2025年农村供水保障", "工作方案"))
    anchored = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
                f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>"
                f"<w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>"
                "</mc:Fallback></mc:AlternateContent></w:r></w:p>")
    body = anchored + "".join(f"<w:p>{_run(line)}</w:p>" for line in (
        "一、重点任务", "1.改造老旧供水管网30公里(牵头单位:戊县水利局)。", "2.开展水质检测(牵头单位:戊县卫健局)。"))
    path = _hand_written_docx(tmp_path / "box.docx", body)
    assert to_text(path).split("\n")[:3] == ["戊县2025年农村供水保障", "工作方案", "一、重点任务"]
    assert parse_plan(read_file(path)[0]).title == "戊县2025年农村供水保障工作方案"
    # further down, boxes draw a flow chart (受理 → 交办) beside the text: no words of a task
    chart = anchored.replace("戊县2025年农村供水保障", "受理").replace("工作方案", "交办")
    below = _hand_written_docx(tmp_path / "chart.docx", "".join(f"<w:p>{_run(line)}</w:p>" for line in (
        "戊县2025年农村供水保障工作方案", "一、重点任务", "1.改造老旧供水管网30公里(牵头单位:戊县水利局)。")) + chart)
    assert "受理" not in to_text(below) and "交办" not in to_text(below)


def _field(instruction: str, result: str = "") -> str:
    """A complex field (fldChar begin, instrText, [separate, result], end); Word saves AUTONUM and LISTNUM with no
    result."""
    stored = f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(result)}' if result else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{instruction}'
            f'</w:instrText></w:r>{stored}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _paragraphs(*paragraphs: str) -> str:
    return "".join(f"<w:p>{p}</w:p>" for p in paragraphs)


def test_docx_autonum_items_get_the_numbers_word_draws_and_a_second_paragraph_stays_with_its_item(tmp_path):
    autonum = '<w:fldSimple w:instr=" AUTONUM "/>'
    body = _paragraphs(_run("某县2026年市容管理工作要点"), _run("一、市容整治"),
                       autonum + _run(" 整治背街小巷。全年整治30条。"),
                       _run("其中城关镇完成10条。（县城管局牵头，县住建局配合）"),
                       autonum + _run(" 规范户外广告。（县城管局负责）"),
                       autonum + _run(" 推进公厕改造。（县城管局、各乡镇人民政府负责）"))
    path = _hand_written_docx(tmp_path / "autonum.docx", body)
    assert to_text(path).split("\n")[2:] == ["1. 整治背街小巷。全年整治30条。", "其中城关镇完成10条。（县城管局牵头，县住建局配合）",
                                            "2. 规范户外广告。（县城管局负责）", "3. 推进公厕改造。（县城管局、各乡镇人民政府负责）"]
    assert _units_by_task(path) == {1: [("县城管局", "lead"), ("县住建局", "support")],
                                    2: [("县城管局", "responsible")],
                                    3: [("县城管局", "responsible"), ("各乡镇人民政府", "responsible")]}


def test_docx_listnum_numbers_from_its_start_value_and_a_seq_saved_without_result_counts_on(tmp_path):
    body = _paragraphs(_run("一、市容整治"), _run("1．整治背街小巷。（县城管局负责）"), _run("2．规范户外广告。（县城管局负责）"),
                       _run("二、智慧城管"),
                       _field(" LISTNUM LegalDefault \\l 1 \\s 11 ") + _run(" 建设数字城管平台。（县数据局负责）"),
                       _field(" LISTNUM LegalDefault ") + _run(" 推进非现场执法。（县城管局负责）"),
                       _run("三、队伍建设"),
                       _field(" SEQ 任务 \\r 21 \\* ARABIC ", "21") + _run("．开展执法培训。（县城管局负责）"),
                       _field(" SEQ 任务 \\* ARABIC ") + _run("．推行包容审慎监管。（县司法局负责）"))
    lines = to_text(_hand_written_docx(tmp_path / "listnum.docx", body)).split("\n")
    assert lines[4:6] == ["11. 建设数字城管平台。（县数据局负责）", "12. 推进非现场执法。（县城管局负责）"]
    assert lines[7:] == ["21．开展执法培训。（县城管局负责）", "22．推行包容审慎监管。（县司法局负责）"]


@pytest.mark.parametrize("instructions, drawn", [
    ((" LISTNUM ", " LISTNUM "), ["1)", "2)"]),  # NumberDefault
    ((" LISTNUM OutlineDefault ", " LISTNUM OutlineDefault \\l 2 "), ["I.", "A."]),
    ((" AUTONUMLGL ", " AUTONUMLGL \\e "), ["1.", "2"]),
    ((" AUTONUM \\s : ", " AUTONUM \\s : "), ["1:", "2:"]),
])
def test_docx_numbering_fields_draw_the_default_formats_of_their_lists(tmp_path, instructions, drawn):
    body = _paragraphs(*(_field(instruction) + _run("开展执法培训") for instruction in instructions))
    lines = to_text(_hand_written_docx(tmp_path / "formats.docx", body)).split("\n")
    assert lines == [number + "开展执法培训" for number in drawn]


def test_corrupt_docx_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert str(path) in str(err.value)
    assert "docx" in str(err.value)


def test_zip_that_is_not_a_docx_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "not-word.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert str(path) in str(err.value)


def test_unknown_suffix_and_missing_file_are_refused(tmp_path):
    pages = tmp_path / "plan.pages"
    pages.write_bytes(b"PK\x03\x04rest")
    with pytest.raises(PlansiteError, match="unsupported format '.pages'"):
        to_text(pages)
    with pytest.raises(PlansiteError, match="cannot be opened"):
        to_text(tmp_path / "missing.pdf")


# ---------------------------------------------------------------- OpenDocument text (.odt, .fodt)
# LibreOffice is not in the test environment: each .odt is zipped here from hand-written XML

_ODF_NAMESPACES = " ".join(f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"' for prefix, name in (
    ("office", "office"), ("style", "style"), ("text", "text"), ("table", "table"), ("draw", "drawing"),
    ("fo", "xsl-fo-compatible")))
# a list style as 永中/WPS/LibreOffice write the plan's outline: 一、 over （一） over 1.
_ODF_OUTLINE_STYLE = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>'
    '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" '
    'style:num-format="一, 二, 三, ..."/>'
    '<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>'
    '</text:list-style>')


def _odt(path: Path, body: str, styles: str = _ODF_OUTLINE_STYLE, mimetype: str = "text") -> Path:
    """An .odt package: `body` in office:text of content.xml, `styles` (list styles) in styles.xml."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", f"application/vnd.oasis.opendocument.{mimetype}")
        z.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODF_NAMESPACES}>'
                                 f"<office:styles>{styles}</office:styles></office:document-styles>")
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                                  f"{_ODF_NAMESPACES}><office:body><office:text>{body}</office:text></office:body>"
                                  "</office:document-content>")
    return path


def _odf_p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def _odf_list(*items: str, attributes: str = "") -> str:
    """A text:list of items, each a paragraph or (starting with <) the item's own XML."""
    return (f"<text:list {attributes}>"
            + "".join(f"<text:list-item>{i if i.startswith('<') else _odf_p(i)}</text:list-item>" for i in items)
            + "</text:list>")


def test_odt_list_numbering_drawn_as_labels_continuing_across_groups(tmp_path):
    body = (_odf_p("己县2025年供水工作方案")
            + _odf_list(_odf_p("重点任务") + _odf_list(
                _odf_p("强化水源保障") + _odf_list("建设水源工程。", "划定保护区。"),
                _odf_p("完善管网") + _odf_list(attributes='text:continue-numbering="true"')), attributes='text:style-name="L1"')
            + _odf_list(_odf_p("实施管网改造。"), attributes='text:style-name="L1"'))
    lines = to_text(_odt(tmp_path / "plan.odt", body)).split("\n")
    assert lines == ["己县2025年供水工作方案", "一、重点任务", "（一）强化水源保障", "1.建设水源工程。", "2.划定保护区。",
                     "（二）完善管网", "一、实施管网改造。"]
    # tasks 1.…N running on through the （一） groups: each group's list continues the last of its style
    groups = (_odf_p("（一）强化水源保障") + _odf_list("建设水源工程。", "划定保护区。", attributes='text:style-name="L2"')
              + _odf_p("（二）完善管网") + _odf_list("实施管网改造。", attributes='text:style-name="L2" '
                                                                   'text:continue-numbering="true"')
              + _odf_p("（三）提升水质") + _odf_list(
                  '<text:p>新建检测中心。</text:p>', attributes='text:style-name="L2"'))
    decimal = '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." ' \
              'style:num-format="1"/></text:list-style>'
    lines = to_text(_odt(tmp_path / "groups.odt", groups, decimal)).split("\n")
    assert lines == ["（一）强化水源保障", "1.建设水源工程。", "2.划定保护区。", "（二）完善管网", "3.实施管网改造。",
                     "（三）提升水质", "1.新建检测中心。"]  # no continue-numbering: a list of its own


def _odf_cell(text: str = "", covered: bool = False, **spans: int) -> str:
    if covered:
        return "<table:covered-table-cell/>"
    attributes = "".join(f' table:number-{kind}-spanned="{n}"' for kind, n in spans.items())
    return f"<table:table-cell{attributes}>{_odf_p(text)}</table:table-cell>"


def test_odt_table_merged_cells_read_as_word_merges(tmp_path):
    """A two-row header (责任单位 spanning 牵头单位 | 配合单位, the others merged down) and a lead merged down two
    rows, numbered by a list in the 序号 column."""
    numbered = '<text:list text:style-name="L2"><text:list-item><text:p/></text:list-item></text:list>'
    continued = numbered.replace("<text:list ", '<text:list text:continue-numbering="true" ')
    rows = [
        [_odf_cell("序号", rows=2), _odf_cell("重点任务", rows=2), _odf_cell("责任单位", columns=2), _odf_cell(covered=True)],
        [_odf_cell(covered=True), _odf_cell(covered=True), _odf_cell("牵头单位"), _odf_cell("配合单位")],
        [f"<table:table-cell>{numbered}</table:table-cell>", _odf_cell("改造老旧管网"), _odf_cell("庚县住建局", rows=2),
         _odf_cell("庚县财政局")],
        [f"<table:table-cell>{continued}</table:table-cell>", _odf_cell("建设水质检测中心"), _odf_cell(covered=True), _odf_cell("庚县卫健局")],
    ]
    table = ("<table:table>" + "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
             + "</table:table>")
    decimal = '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/>' \
              "</text:list-style>"
    path = _odt(tmp_path / "table.odt", _odf_p("庚县供水任务分工表") + table, decimal)
    lines = to_text(path).split("\n")
    assert [annotation(line) for line in lines[-2:]] == [
        {"牵头单位": ["庚县住建局"], "配合单位": ["庚县财政局"]},
        {"牵头单位": ["庚县住建局"], "配合单位": ["庚县卫健局"]}]
    assert lines[-1].startswith("2.建设水质检测中心")


def test_odt_footnote_and_tracked_deletion_read_as_in_word(tmp_path):
    note = ('<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
            "<text:p>辛县民政局牵头，辛县残联配合。</text:p></text:note-body></text:note>")
    deleted = '<text:p><text:change text:change-id="ct1"/></text:p>'
    body = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
            "<text:p>删去的任务。</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            + _odf_p("辛县养老服务工作方案") + _odf_p("一、重点任务")
            + _odf_list(deleted, f"<text:p>推进居家适老化改造。{note}</text:p>", "建设社区食堂<text:s text:c=\"2\"/>网点。",
                        attributes='text:style-name="L2"'))
    decimal = '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." ' \
              'style:num-format="1"/></text:list-style>'
    path = _odt(tmp_path / "notes.odt", body, decimal)
    lines = to_text(path).split("\n")
    assert lines[2:] == ["1.推进居家适老化改造。（辛县民政局牵头，辛县残联配合）", "2.建设社区食堂  网点。"]
    assert "删去" not in to_text(path)
    assert _units_by_task(path)[1] == [("辛县民政局", "lead"), ("辛县残联", "support")]


def test_odt_routed_by_its_mimetype_and_fodt_by_its_root(tmp_path):
    body = _odf_p("壬县2025年工作要点") + _odf_p("一、重点任务") + _odf_list("开展河道清淤（壬县水利局负责）。",
                                                                    attributes='text:style-name="L1"')
    # an OpenDocument text served under .doc is read as one
    assert to_text(_odt(tmp_path / "served.doc", body)).split("\n")[-1] == "一、开展河道清淤（壬县水利局负责）。"
    with pytest.raises(PlansiteError, match="OpenDocument presentation"):
        to_text(_odt(tmp_path / "slides.odt", body, mimetype="presentation"))
    flat = tmp_path / "plan.fodt"
    flat.write_text(f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NAMESPACES} '
                    'office:mimetype="application/vnd.oasis.opendocument.text">'
                    f"<office:styles>{_ODF_OUTLINE_STYLE}</office:styles>"
                    f"<office:body><office:text>{body}</office:text></office:body></office:document>", "utf-8")
    plans = parse_file(flat)
    assert plans[0].title == "壬县2025年工作要点" and "<" not in to_text(flat)
    hostile = tmp_path / "entities.fodt"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document/>', "utf-8")
    with pytest.raises(PlansiteError, match="DOCTYPE"):
        to_text(hostile)


def test_fodt_found_by_its_root_only_under_a_text_documents_suffix(tmp_path):
    """A flat ODF text served as .doc is read as one; a page quoting its root's mimetype attribute stays a page."""
    body = _odf_p("癸县工作要点") + _odf_p("一、开展河道清淤（癸县水利局负责）。")
    flat = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NAMESPACES} '
            f'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>{body}'
            "</office:text></office:body></office:document>")
    served = tmp_path / "served.doc"
    served.write_text(flat, "utf-8")
    assert to_text(served).split("\n") == ["癸县工作要点", "一、开展河道清淤（癸县水利局负责）。"]
    page = tmp_path / "help.html"
    page.write_text("<html><body><p>癸县说明：平面文档的根元素写作 "
                    + html.escape('<office:document office:mimetype="application/vnd.oasis.opendocument.text">', quote=False)
                    + "。</p></body></html>", "utf-8")
    assert "根元素" in to_text(page)


def test_fodt_is_read_under_the_input_checks_of_every_plan_file(tmp_path, monkeypatch):
    """A .fodt over the size limit is refused by its size (not as damaged XML), a link to a device as no file."""
    import generator.source.limits as limits

    flat = tmp_path / "big.fodt"
    flat.write_text(f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NAMESPACES} '
                    'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
                    + _odf_p("癸县工作要点") * 50 + "</office:text></office:body></office:document>", "utf-8")
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(PlansiteError, match="over the limit"):
        to_text(flat)
    if Path("/dev/zero").exists():
        device = tmp_path / "zero.fodt"
        device.symlink_to("/dev/zero")
        with pytest.raises(PlansiteError, match="not a regular file"):
            to_text(device)


def test_odt_nesting_thousands_deep_is_refused_naming_the_file(tmp_path):
    """Lists 3000 deep, or 200000 spans in spans, are a damaged file: refused with a message, not a crash."""
    lists = "<text:list><text:list-item>" * 3000 + _odf_p("甲") + "</text:list-item></text:list>" * 3000
    with pytest.raises(PlansiteError, match="nest over") as refused:
        to_text(_odt(tmp_path / "lists.odt", lists))
    assert "lists.odt" in str(refused.value)
    flat = tmp_path / "spans.fodt"
    flat.write_text(f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NAMESPACES} '
                    'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>'
                    + "<text:span>" * 200_000 + "x" + "</text:span>" * 200_000
                    + "</text:p></office:text></office:body></office:document>", "utf-8")
    with pytest.raises(PlansiteError, match="nest over"):
        to_text(flat)
    # a plan's own nesting (three list levels, a table in a cell) is read
    body = _odf_list(_odf_p("重点任务") + _odf_list(_odf_p("强化保障") + _odf_list("建设水源工程。")),
                     attributes='text:style-name="L1"')
    assert to_text(_odt(tmp_path / "plan.odt", body)).split("\n")[-1] == "1.建设水源工程。"


# ---------------------------------------------------------------- Word XML (Flat OPC "Word XML 文档", Word 2003 "XML 文档")

_FLAT_OPC_HEAD = ('<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>'
                  '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">')
_WORD_2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _flat_opc_part(name: str, content_type: str, xml: str) -> str:
    return (f'<pkg:part pkg:name="{name}" pkg:contentType="{content_type}"><pkg:xmlData>{xml}</pkg:xmlData>'
            "</pkg:part>")


def _flat_opc(body: str, main_type: str = "wordprocessingml.document.main+xml") -> str:
    """A Flat OPC Word document: the package relationships, and `body` as word/document.xml's w:body."""
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    document = f'<w:document xmlns:w="{_WORD_2006}"><w:body>{body}</w:body></w:document>'
    return (_FLAT_OPC_HEAD
            + _flat_opc_part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", rels)
            + _flat_opc_part("/word/document.xml", f"application/vnd.openxmlformats-officedocument.{main_type}",
                             document)
            + "</pkg:package>")


def _w_p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _units_in_order(path: Path) -> list[list[tuple[str, str]]]:
    """Each task's (unit, role) pairs, tasks in reading order (a table after the text numbers its rows anew)."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    return [[(a.name, a.role) for a in t.assignments] for t in parse_plan(read_file(path)[0]).tasks()]


def _w_cell(text: str, merge: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{merge}</w:tcPr>' if merge else ''}{_w_p(text) if text else '<w:p/>'}</w:tc>"


def test_flat_opc_word_xml_is_read_as_the_docx_package_it_holds(tmp_path):
    """Word's "Word XML 文档" (pkg:package) under .xml, or served as .doc, reads as the .docx its parts make."""
    table = ("<w:tbl>" + "<w:tr>" + _w_cell("序号") + _w_cell("工作任务") + _w_cell("牵头单位") + "</w:tr>"
             + "<w:tr>" + _w_cell("1") + _w_cell("推进计量器具检定") + _w_cell("卯县计量所", '<w:vMerge w:val="restart"/>')
             + "</w:tr><w:tr>" + _w_cell("2") + _w_cell("开展能效标识抽查") + _w_cell("", "<w:vMerge/>")
             + "</w:tr></w:tbl>")
    body = (_w_p("卯县2026年质量工作要点") + _w_p("一、重点任务")
            + _w_p("1.加强计量建设。（牵头单位：卯县市场监管局；配合单位：卯县统计局）") + table)
    for name in ("plan.xml", "served.doc"):
        path = tmp_path / name
        path.write_text(_flat_opc(body), "utf-8")
        assert to_text(path).split("\n")[:3] == ["卯县2026年质量工作要点", "一、重点任务",
                                                 "1.加强计量建设。（牵头单位：卯县市场监管局；配合单位：卯县统计局）"]
        assert _units_in_order(path) == [[("卯县市场监管局", "lead"), ("卯县统计局", "support")],
                                         *[[("卯县计量所", "lead")]] * 2]  # (the merged cell read down)
    slides = tmp_path / "slides.xml"
    slides.write_text(_flat_opc(_w_p("甲"), main_type="presentationml.presentation.main+xml"), "utf-8")
    with pytest.raises(PlansiteError, match="no Word document") as refused:
        to_text(slides)
    assert str(slides) in str(refused.value)


_WORD_2003_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>'
                   '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
                   'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">')
# two lists: 1. numbering the tasks, and a bare number (%1) numbering a table's 序号 column
_WORD_2003_LISTS = ('<w:lists><w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                    '<w:lvlText w:val="%1."/></w:lvl></w:listDef><w:listDef w:listDefId="1"><w:lvl w:ilvl="0">'
                    '<w:start w:val="1"/><w:lvlText w:val="%1"/></w:lvl></w:listDef>'
                    '<w:list w:ilfo="1"><w:ilst w:val="0"/></w:list><w:list w:ilfo="2"><w:ilst w:val="1"/></w:list>'
                    '</w:lists>')


def _w2003_item(ilfo: int, runs: list[str], hint: str | None = None) -> str:
    """A numbered paragraph; `hint`: the label Word wrote beside it (wx:t), None when the file keeps none."""
    drawn = f'<wx:t wx:val="{hint}"/>' if hint is not None else ""
    return (f'<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="{ilfo}"/>{drawn}</w:listPr></w:pPr>'
            + "".join(f"<w:r><w:t>{run}</w:t></w:r>" for run in runs) + "</w:p>")


def test_word_2003_xml_document_reads_its_lists_and_its_table(tmp_path):
    """Word 2003's "XML 文档" (w:wordDocument): runs joined, list labels from Word's hint or counted from the list,
    a footer and deleted text left out, a 序号 column Word numbers, a lead cell merged down (w:vmerge) read in each
    row; the same under .xml, served as .doc and under .txt."""
    table = ('<w:tbl><w:tblGrid><w:gridCol w:w="800"/></w:tblGrid><w:tr>' + _w_cell("序号") + _w_cell("重点项目")
             + _w_cell("牵头单位") + "</w:tr>"
             + "<w:tr><w:tc>" + _w2003_item(2, []) + "</w:tc>" + _w_cell("建设检验检测平台")
             + _w_cell("辰县质检所", '<w:vmerge w:val="restart"/>') + "</w:tr>"
             + "<w:tr><w:tc>" + _w2003_item(2, []) + "</w:tc>" + _w_cell("培育品牌示范企业") + _w_cell("", "<w:vmerge/>")
             + "</w:tr></w:tbl>")
    body = ("<w:body><wx:sect>" + _w_p("辰县2026年质量工作要点") + _w_p("一、重点任务")
            + _w2003_item(1, ["加强计量建设。（牵头单位：辰县", "市场监管局；配合单位：辰县统计局）"], hint="1.")
            + _w2003_item(1, ["推进标准实施。（责任单位：辰县标准化所）"])
            + '<w:p><w:r><w:t>二、重点项目</w:t></w:r><w:r><w:delText>草稿</w:delText></w:r></w:p>' + table
            + '<w:sectPr><w:ftr w:type="odd"><w:p><w:r><w:t>— 1 —</w:t></w:r></w:p></w:ftr></w:sectPr>'
            + "</wx:sect></w:body></w:wordDocument>")
    for name in ("plan.xml", "served.doc", "saved.txt"):
        path = tmp_path / name
        path.write_text(_WORD_2003_HEAD + _WORD_2003_LISTS + body, "utf-8")
        lines = to_text(path).split("\n")
        assert lines[:5] == ["辰县2026年质量工作要点", "一、重点任务",
                             "1.加强计量建设。（牵头单位：辰县市场监管局；配合单位：辰县统计局）",
                             "2.推进标准实施。（责任单位：辰县标准化所）", "二、重点项目"]
        assert "草稿" not in lines and "— 1 —" not in lines
        assert lines[-2:] == ["1.建设检验检测平台(牵头单位:辰县质检所)", "2.培育品牌示范企业(牵头单位:辰县质检所)"]
        assert _units_in_order(path) == [[("辰县市场监管局", "lead"), ("辰县统计局", "support")],
                                         [("辰县标准化所", "responsible")], *[[("辰县质检所", "lead")]] * 2]


def test_xml_file_of_no_kind_read_is_refused_naming_the_file(tmp_path):
    """An .xml that is no Word XML document (a feed, a sitemap) is refused naming the file; no XML at all too."""
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss><channel><title>巳县动态</title></channel></rss>', "utf-8")
    with pytest.raises(PlansiteError, match="Word XML") as refused:
        to_text(feed)
    assert str(feed) in str(refused.value)
    words = tmp_path / "words.xml"
    words.write_text("巳县工作要点", "utf-8")
    with pytest.raises(PlansiteError, match="no XML document"):
        to_text(words)
    hostile = tmp_path / "entities.xml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                       '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>', "utf-8")
    with pytest.raises(PlansiteError, match="DOCTYPE"):
        to_text(hostile)


# ---------------------------------------------------------------- OpenDocument spreadsheet (.ods, .fods)
# each sheet as LibreOffice writes it: columns (one hidden), a title merged across, a lead merged down, a hidden row,
# every row closed by its empty cell repeated to the last column and the sheet by empty rows repeated to its last row

def _ods_cell(text: str = "", **attributes: str) -> str:
    extra = "".join(f' table:{name.replace("_", "-")}="{value}"' for name, value in attributes.items())
    return f"<table:table-cell{extra}>{_odf_p(text) if text else ''}</table:table-cell>"


def _ods_row(*cells: str, hidden: bool = False) -> str:
    visibility = ' table:visibility="collapse"' if hidden else ""
    return (f"<table:table-row{visibility}>" + "".join(cells)
            + '<table:table-cell table:number-columns-repeated="16379"/></table:table-row>')


_ODS_SHEET = (
    '<table:table table:name="分工"><table:table-column table:number-columns-repeated="4"/>'
    '<table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="16379"/>'
    + _ods_row(_ods_cell("甲县老年助餐工作分工表", number_columns_spanned="4"),
               '<table:covered-table-cell table:number-columns-repeated="3"/>')
    + _ods_row(*map(_ods_cell, ("序号", "重点任务", "牵头单位", "配合单位", "内部编码")))
    + _ods_row(_ods_cell("1"), _ods_cell("建设老年食堂"), _ods_cell("甲县民政局", number_rows_spanned="3"),
               _ods_cell("甲县财政局"), _ods_cell("A01"))
    + _ods_row(_ods_cell("2"), _ods_cell("撤回的任务"), "<table:covered-table-cell/>", _ods_cell("甲县商务局"),
               hidden=True)
    + _ods_row(_ods_cell("2"), _ods_cell("推广智能终端"), "<table:covered-table-cell/>", _ods_cell("甲县工信局"),
               _ods_cell("A02"))
    + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/>'
    "</table:table-row></table:table>")
# a sheet the workbook hides (its table style's table:display="false"): no part of what it shows
_ODS_HIDDEN_SHEET = ('<table:table table:name="旧表" table:style-name="ta2">'
                     + _ods_row(_ods_cell("9"), _ods_cell("旧任务"), _ods_cell("甲县旧局")) + "</table:table>")
_ODS_STYLES = ('<office:automatic-styles><style:style style:name="ta2" style:family="table">'
               '<style:table-properties table:display="false"/></style:style></office:automatic-styles>')


def _ods(path: Path, sheets: str = _ODS_SHEET + _ODS_HIDDEN_SHEET, mimetype: str = "spreadsheet") -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", f"application/vnd.oasis.opendocument.{mimetype}")
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                                  f"{_ODF_NAMESPACES}>{_ODS_STYLES}<office:body><office:spreadsheet>{sheets}"
                                  "</office:spreadsheet></office:body></office:document-content>")
    return path


def _fods(sheets: str = _ODS_SHEET) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_ODF_NAMESPACES} '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{_ODS_STYLES}'
            f"<office:body><office:spreadsheet>{sheets}</office:spreadsheet></office:body></office:document>")


def test_ods_sheet_read_as_the_same_sheet_saved_as_xlsx(tmp_path):
    """An .ods reads as Excel's .xlsx of the same sheet: the title a line, the lead merged down written on each row it
    covers, the hidden row, column and sheet left out, the unused columns and rows dropped."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "分工"
    for row in (["甲县老年助餐工作分工表"], ["序号", "重点任务", "牵头单位", "配合单位", "内部编码"],
                [1, "建设老年食堂", "甲县民政局", "甲县财政局", "A01"], [2, "撤回的任务", None, "甲县商务局"],
                [2, "推广智能终端", None, "甲县工信局", "A02"]):
        sheet.append(row)
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("C3:C5")
    sheet.row_dimensions[4].hidden = True
    sheet.column_dimensions["E"].hidden = True
    book.create_sheet("旧表").append([9, "旧任务", "甲县旧局"])
    book["旧表"].sheet_state = "hidden"
    book.save(tmp_path / "same.xlsx")
    ods = _ods(tmp_path / "plan.ods")
    assert to_text(ods) == to_text(tmp_path / "same.xlsx")
    assert "撤回" not in to_text(ods) and "A01" not in to_text(ods) and "旧任务" not in to_text(ods)
    assert _units_by_task(ods) == {1: [("甲县民政局", "lead"), ("甲县财政局", "support")],
                                   2: [("甲县民政局", "lead"), ("甲县工信局", "support")]}


def test_ods_routed_by_its_mimetype_and_fods_by_its_root(tmp_path):
    """A spreadsheet package is read as one whatever it is named (an .ods saved as .odt); a flat .fods, and a flat
    ODF file under a text's name, by its root; other XML under a text's name is refused, not read as prose."""
    expected = to_text(_ods(tmp_path / "plan.ods"))
    assert to_text(_ods(tmp_path / "renamed.odt")) == expected
    assert to_text(_ods(tmp_path / "plan.ots", mimetype="spreadsheet-template")) == expected
    flat = tmp_path / "plan.fods"
    flat.write_text(_fods(), "utf-8")
    assert to_text(flat) == expected
    saved_as_text = tmp_path / "plan.txt"
    saved_as_text.write_text(_fods(), "utf-8")
    assert _units_by_task(saved_as_text)[2] == [("甲县民政局", "lead"), ("甲县工信局", "support")]
    other = tmp_path / "export.txt"
    other.write_text('<?xml version="1.0"?>\n<rows><row>1.建设老年食堂（甲县民政局负责）</row></rows>', "utf-8")
    with pytest.raises(PlansiteError, match="holds XML") as refused:
        parse_file(other)
    assert "export.txt" in str(refused.value)


def test_hostile_ods_refused_naming_the_file(tmp_path):
    """Entities, nesting thousands deep and a cell repeated past the cell limit are refused with a message naming the
    file; the repeats a real sheet writes (each row to column 16384, empty rows to row 1048576) are read."""
    flat = tmp_path / "entities.fods"
    flat.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document/>', "utf-8")
    with pytest.raises(PlansiteError, match="DOCTYPE"):
        to_text(flat)
    deep = "<table:table><table:table-row><table:table-cell>" + "<text:span>" * 3000 + "x" \
           + "</text:span>" * 3000 + "</table:table-cell></table:table-row></table:table>"
    with pytest.raises(PlansiteError, match="nest over") as refused:
        to_text(_ods(tmp_path / "deep.ods", deep))
    assert "deep.ods" in str(refused.value)
    repeated = ('<table:table><table:table-row table:number-rows-repeated="1000000000">'
                '<table:table-cell table:number-columns-repeated="1000000000"><text:p>甲</text:p></table:table-cell>'
                "</table:table-row></table:table>")
    with pytest.raises(PlansiteError, match="cells") as refused:
        to_text(_ods(tmp_path / "repeated.ods", repeated))
    assert "repeated.ods" in str(refused.value)


def test_ods_run_of_repeated_empty_cells_refused_before_it_is_laid_down(tmp_path):
    """A flat sheet row of 30,000 empty cells each repeated 1024 times, then one text cell, is refused as over the cell
    limit without building the 30 million cells (once about 1 GB of memory before the refusal)."""
    import tracemalloc

    flat = tmp_path / "empty.fods"
    flat.write_text(_fods('<table:table table:name="分工"><table:table-row>'
                          + '<table:table-cell table:number-columns-repeated="1024"/>' * 30_000
                          + _ods_cell("甲县民政局") + "</table:table-row></table:table>"), "utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(PlansiteError, match="cells"):
            to_text(flat)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100_000_000, peak


def test_ods_rows_hidden_by_a_filter_or_a_folded_group_are_read_as_xlsx_reads_them(tmp_path):
    """Rows a filter hides and the rows of an outline group saved folded are still the sheet's rows (as in .xlsx); a
    row hidden on its own, or hidden in a group not saved as folded, stays hidden."""
    def task(number: str, name: str, unit: str, visibility: str = "") -> str:
        row = _ods_row(_ods_cell(number), _ods_cell(name), _ods_cell(unit))
        return row.replace("<table:table-row>", f'<table:table-row table:visibility="{visibility}">') if visibility \
            else row
    sheet = ('<table:table table:name="台账">' + _ods_row(*map(_ods_cell, ("序号", "重点任务", "牵头单位")))
             + task("1", "建设老年食堂", "甲县民政局") + task("2", "推广智能终端", "甲县工信局", "filter")
             + task("3", "撤回的任务", "甲县商务局", "collapse")
             + '<table:table-row-group table:display="false">' + task("5", "培训助餐人员", "甲县人社局", "collapse")
             + "</table:table-row-group>" + task("4", "改造社区食堂", "甲县住建局")
             + '<table:table-row-group>' + task("6", "撤回的第二项", "甲县文旅局", "collapse")
             + task("7", "开展助餐补贴", "甲县财政局") + "</table:table-row-group>"
             + "</table:table>")
    text = to_text(_ods(tmp_path / "filter.ods", sheet))
    assert all(name in text for name in ("建设老年食堂", "推广智能终端", "改造社区食堂", "培训助餐人员", "开展助餐补贴"))
    assert "撤回" not in text


def _ods_date(shown: str, value: str) -> str:
    return (f'<table:table-cell office:value-type="date" office:date-value="{value}">{_odf_p(shown)}'
            "</table:table-cell>")


def test_ods_date_cells_keep_the_deadline_the_sheet_shows(tmp_path):
    """A 完成时限 typed as a date reads as the sheet shows it (2024年6月, 2024年12月底前), not as the day behind it
    (June 1st, December 31st); only a date shown in digits with its day is written as the .xlsx reader writes one."""
    sheet = ('<table:table table:name="分工">'
             + _ods_row(*map(_ods_cell, ("序号", "重点任务", "牵头单位", "完成时限")))
             + _ods_row(_ods_cell("1"), _ods_cell("建设老年食堂"), _ods_cell("甲县民政局"),
                        _ods_date("2024年6月", "2024-06-01"))
             + _ods_row(_ods_cell("2"), _ods_cell("推广智能终端"), _ods_cell("甲县工信局"),
                        _ods_date("2024年12月底前", "2024-12-31"))
             + _ods_row(_ods_cell("3"), _ods_cell("改造社区食堂"), _ods_cell("甲县商务局"),
                        _ods_date("2024/9/30", "2024-09-30"))
             + "</table:table>")
    text = to_text(_ods(tmp_path / "dates.ods", sheet))
    assert "2024年6月1日" not in text and "2024年12月31日" not in text
    assert "完成时限:2024年6月" in text and "完成时限:2024年12月底前" in text
    assert "完成时限:2024年9月30日" in text


# ---------------------------------------------------------------- .doc (Word 97-2003)
# the fixtures: tests/fixtures/formats/make_doc_fixtures.py (python-docx, then LibreOffice saves them as .doc)


def _read_tasks(path: Path) -> list[tuple[str, int, str, list[tuple[str, str]]]]:
    from generator.source.corpus import parse_file

    return [(s.number, t.number, t.text.split("(")[0], [(a.name, a.role) for a in t.assignments])
            for plan in parse_file(path) for s in plan.sections for t in s.tasks]


def test_doc_paragraphs_annotations_field_results_and_a_task_table_with_merged_cells():
    path = FIXTURES / "plan.doc"
    lines = to_text(path).split("\n")
    assert lines[:6] == [
        "某县2025年安全生产工作要点",
        "一、强化责任落实",
        "1.压实属地责任。(牵头单位:县应急局;配合单位:各乡镇;完成时限:2025年6月底前)",
        "2.开展隐患排查整治，见排查清单。(牵头单位:县住建局)",  # a link's field: its shown text, no instruction
        "Annex 1: Work Plan 2025",
        "附件：重点任务分工表",
    ]
    assert lines[-1] == "二、加强宣传教育"  # the paragraph after the table, after its rows
    assert _read_tasks(path) == [
        ("一", 1, "压实属地责任。", [("县应急局", "lead"), ("各乡镇", "support")]),
        ("一", 2, "开展隐患排查整治，见排查清单。", [("县住建局", "lead")]),
        # a row one cell spans (a section), an empty 配合单位 cell, a 牵头单位 cell merged over two rows
        ("一", 1, "加强道路交通安全管理", [("县公安局", "lead"), ("县交通局", "support")]),
        ("一", 2, "推进消防设施建设", [("县应急局", "lead")]),
        ("一", 3, "整治危险化学品隐患", [("县应急局", "lead"), ("各乡镇", "support")]),
    ]


def test_doc_word_numbering_typed_out_level_by_level():
    path = FIXTURES / "numbered.doc"  # 一、 over （一） over 1.: labels only in the list tables
    assert to_text(path).split("\n")[1:4] == ["一、组织领导", "（一）成立指挥部", "1.明确职责分工。(牵头单位:镇应急办)"]
    assert _read_tasks(path) == [("一", 1, "明确职责分工。", [("镇应急办", "lead")]),
                                 ("一", 2, "建立值班制度。", [("镇党政办", "lead")]),
                                 ("二", 1, "排查河道堤防。", [("镇水利站", "lead")])]


def _doc_task_level_restarting_only_after(data: bytes, limit: int) -> bytes:
    """numbered.doc with its task level (label text: the level-3 number, then .) set as Word writes "Restart list
    after" unticked: the LVLF's fNoRestart flag, and ilvlRestartLim the levels above `limit` that restart it."""
    data = bytearray(data)
    label = "\x02.".encode("utf-16-le")
    at = data.find(len("\x02.").to_bytes(2, "little") + label)
    patched = 0
    while at >= 0:
        # the LVLF (28 bytes: start 1, decimal, the number first in the label) and its two property lists stand
        # right before the label text
        for start in range(at - 28, max(at - 28 - 510, -1), -1):
            if (start + 28 + data[start + 24] + data[start + 25] == at and data[start:start + 5] == b"\x01\0\0\0\0"
                    and data[start + 6] == 1):
                data[start + 5] |= 0x08
                data[start + 26] = limit
                patched += 1
                break
        at = data.find(len("\x02.").to_bytes(2, "little") + label, at + 1)
    assert patched
    return bytes(data)


@pytest.mark.parametrize("limit, last", [(0, "3.排查河道堤防。"), (1, "1.排查河道堤防。")])
def test_doc_task_level_restart_limit_keeps_tasks_counting_through_groups(tmp_path, limit, last):
    """ilvlRestartLim 0: the tasks run on through every （一） and 一、; 1: they start again only under a new 一、."""
    path = tmp_path / "no_restart.doc"
    path.write_bytes(_doc_task_level_restarting_only_after((FIXTURES / "numbered.doc").read_bytes(), limit))
    lines = to_text(path).split("\n")
    assert lines[3:5] == ["1.明确职责分工。(牵头单位:镇应急办)", "2.建立值班制度。(牵头单位:镇党政办)"]
    assert lines[-1].split("(")[0] == last


def test_doc_bordered_wide_table_rows_whose_properties_stand_in_the_data_stream_read_as_rows():
    """wide_table.doc: a bordered 分解表 of six columns, its rows' properties (row end, cell borders) too big for the
    paragraph page and stored in the Data stream (sprmPHugePapx), as Word and LibreOffice write wide 分解表: read as
    the rows they are (before: no table, one cell per line, no task)."""
    path = FIXTURES / "wide_table.doc"
    assert to_text(path).split("\n")[0] == "某镇任务分解表"
    assert to_text(path).split("\n")[-1] == "二、加强宣传教育"
    assert [(number, text, units) for _, number, text, units in _read_tasks(path)] == [
        (1, "燃气安全整治。责任领导:副镇长", [("镇城建办", "lead"), ("镇市场监管所", "support"), ("各村", "support")]),
        (2, "道路交通安全。责任领导:所长", [("镇交管站", "lead"), ("镇派出所", "support")]),
    ]


def test_doc_compressed_piece_reads_as_8_bit_text():
    assert to_text(FIXTURES / "ascii.doc") == "Annex 2: Safety Plan\n1. Check the bridges. (Lead: Roads Office)"


def test_doc_truncated_or_not_a_word_document_is_refused_naming_the_file(tmp_path):
    from generator.source.read import read_file

    truncated = tmp_path / "分工表.doc"
    truncated.write_bytes((FIXTURES / "plan.doc").read_bytes()[:3000])
    with pytest.raises(PlansiteError, match="damaged Word 97-2003") as err:
        read_file(truncated)
    assert err.value.path == str(truncated)
    header_only = tmp_path / "plan.doc"
    header_only.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(PlansiteError, match="damaged Word 97-2003"):
        to_text(header_only)
    workbook = tmp_path / "方案.doc"  # an Excel 97-2003 workbook named .doc
    workbook.write_bytes((FIXTURES / "sheet.xls").read_bytes())
    with pytest.raises(PlansiteError, match="not a Word document") as err:
        read_file(workbook)
    assert err.value.path == str(workbook)


def test_a_workbook_whose_strings_hold_a_table_tag_is_read_as_a_workbook(tmp_path):
    """An Excel 97-2003 workbook is told by its compound-file signature before its head is searched for <table or
    <html: a cell's string holding the tag (a pasted web cell) makes no web page of it. Here the compound file is
    damaged, so the xls reader reports it (before: read as a web page of one cell)."""
    sheet = tmp_path / "台账.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + b"<table><tr><td>1</td></tr></table>")
    with pytest.raises(PlansiteError, match="damaged Excel 97-2003"):
        to_text(sheet)


# ---------------------------------------------------------------- .html

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>市安全生产委员会2024年工作要点_xx市人民政府</title>
<style>.TRS_Editor p {{ text-indent: 2em; }}</style>
<script>var nav = "首页 政务公开 政民互动 办事服务";</script></head>
<body>
<div class="top"><h1 class="logo">xx市人民政府门户网站</h1></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hd/">政民互动</a></li></ul></nav>
<div class="crumbs">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="article">
  <h1>市安全生产委员会2024年工作要点</h1>
  <div class="info">发布时间:2024-01-05 10:00 来源:市应急局 【字体:大 中 小】</div>
  <div class="TRS_Editor" id="zoom">
    <p>&nbsp;&nbsp;&nbsp;&nbsp;一、统筹发展和安全,进一步健全安全生产责任体系</p>
    <p>　　1.深入学习贯彻党的二十大精神和习近平总书记关于
    安全生产重要论述(牵头责任单位:市安委办,协同责任单位:市委组织部、市委宣传部)。</p>
    <p>2.推动各级党委政府落实安全生产属地责任(责任单位:市安委办)。<br>
    3.加强安全生产统筹协调推动工作(责任单位:市安委办)。</p>
    <span style="display:none">本文来自达达文档网</span>
    <table border="1" cellspacing="0">
      <tr><td rowspan="2">序号</td><td rowspan="2">主要任务</td><td colspan="2">责任分工</td><td rowspan="2">时间节点</td></tr>
      <tr><td>牵头部门</td><td>参与部门</td></tr>
      <tr><td colspan="5">二、排查风险隐患,推动重点行业领域安全生产专项治理</td></tr>
      <tr><td>4</td><td>加强矿山安全风险防控</td><td rowspan="2">市应急局</td><td>市自然资源和规划局<br>市公安局</td><td>{deadline}</td></tr>
      <tr><td>5</td><td>加强危险化学品安全风险防控</td><td>市消防救援支队</td><td>每半年</td></tr>
    </table>
    <ul><li>6.加强消防安全风险防控(牵头责任单位:市消防救援支队)。</li></ul>
  </div>
  <div class="share">分享到:<a href="#">微信</a> <a href="#">微博</a> 【打印本页】【关闭窗口】</div>
</div>
<footer><p>主办:xx市人民政府办公室 地址:xx市人民路1号 ICP备案号:皖ICP备0000000号</p></footer>
</body></html>"""

HTML_TEXT = """市安全生产委员会2024年工作要点
一、统筹发展和安全,进一步健全安全生产责任体系
1.深入学习贯彻党的二十大精神和习近平总书记关于安全生产重要论述(牵头责任单位:市安委办,协同责任单位:市委组织部、市委宣传部)。
2.推动各级党委政府落实安全生产属地责任(责任单位:市安委办)。
3.加强安全生产统筹协调推动工作(责任单位:市安委办)。
二、排查风险隐患,推动重点行业领域安全生产专项治理
4.加强矿山安全风险防控(牵头单位:市应急局;配合单位:市自然资源和规划局、市公安局;完成时限:2024年12月31日前)
5.加强危险化学品安全风险防控(牵头单位:市应急局;配合单位:市消防救援支队;完成时限:每半年)
6.加强消防安全风险防控(牵头责任单位:市消防救援支队)。"""


def test_html_article_without_chrome_and_rowspan_table(tmp_path):
    path = tmp_path / "plan.html"
    # gb2312 declared, and written in its superset as real sites do
    path.write_bytes(HTML_PAGE.format(deadline="2024年12月31日前").encode("gb18030"))
    text = to_text(path)
    assert text == HTML_TEXT
    rows = [line for line in text.split("\n") if "完成时限" in line]
    assert [annotation(line)["牵头单位"] for line in rows] == [["市应急局"], ["市应急局"]]  # rowspan
    assert [annotation(line)["配合单位"] for line in rows] == [["市自然资源和规划局", "市公安局"], ["市消防救援支队"]]


def test_html_without_named_container_takes_the_block_with_most_chinese_text(write_file):
    page = """<html><body>
    <div><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/gk">信息公开</a></div>
    <div><div>
      <p>一、统筹发展和安全</p>
      <p>1.深入学习贯彻党的二十大精神(责任单位:市安委办)。</p>
      <p>2.推动各级党委政府落实安全生产属地责任(责任单位:市安委办)。</p>
    </div></div>
    <div>版权所有 xx市应急管理局</div>
    </body></html>"""
    path = write_file(page, "page.htm")
    assert to_text(path).split("\n") == [
        "一、统筹发展和安全",
        "1.深入学习贯彻党的二十大精神(责任单位:市安委办)。",
        "2.推动各级党委政府落实安全生产属地责任(责任单位:市安委办)。",
    ]


def test_html_laid_out_with_tables(tmp_path):
    """Older county sites: the page is a table, the title a bold line, the text a cell of <br>-ended lines."""
    page = """<html><body><table width="100%">
    <tr><td><a href="/">首页</a> <a href="/a">机构概况</a> <a href="/b">政务公开</a></td></tr>
    <tr><td align="center"><font size="5"><b>xx县2024年安全生产工作要点</b></font></td></tr>
    <tr><td>
    一、压实安全生产责任<br>
    1.落实党政领导干部安全生产责任制(责任单位:县安委办)。<br>
    2.强化部门监管责任(责任单位:县安委会各成员单位)。<br>
    </td></tr>
    <tr><td>版权所有:xx县人民政府 技术支持:某某网络公司</td></tr></table></body></html>"""
    path = tmp_path / "county.doc"  # served as .doc, really a web page
    path.write_text(page, encoding="utf-8")
    assert to_text(path).split("\n") == [
        "xx县2024年安全生产工作要点",
        "一、压实安全生产责任",
        "1.落实党政领导干部安全生产责任制(责任单位:县安委办)。",
        "2.强化部门监管责任(责任单位:县安委会各成员单位)。",
    ]


def test_html_lists_carry_the_numbers_a_browser_draws(write_file):
    """An editor's outline as <ol>: the numbers are drawn by the browser (一、 from cjk-ideographic, 1. restarting in
    each list, start=, value=, type=), so the converter writes them into the text; a number typed in stays alone."""
    page = """<div id="zoom"><p>某镇供水保障工作方案</p>
    <ol style="list-style-type: cjk-ideographic;"><li><p>管网改造</p>
      <ol style="list-style-type: decimal;"><li><p>更换老旧管道。（责任单位：镇建设办）</p></li>
      <li><p>新建加压泵站。</p><ul><li>东片区一座；</li><li>西片区一座。</li></ul></li></ol>
      <ol start="5"><li>修复漏点。</li><li value="9">巡查管网。</li></ol></li>
    <li><p>水质监测</p><ol type="a"><li>每月抽检。</li><li>3.公布结果。</li></ol></li></ol></div>"""
    path = write_file(page)
    assert to_text(path).split("\n") == [
        "某镇供水保障工作方案",
        "一、管网改造",
        "1.更换老旧管道。（责任单位：镇建设办）",
        "2.新建加压泵站。",
        "○东片区一座；",
        "○西片区一座。",
        "5.修复漏点。",
        "9.巡查管网。",
        "二、水质监测",
        "a.每月抽检。",
        "3.公布结果。",
    ]


def test_a_definition_list_whose_descriptions_are_left_unclosed_keeps_every_task(write_file):
    """Each unclosed <dd> ends at the next, as a browser ends it: the list, not its first <dd>, is the page's text."""
    page = "<dl><dt>一、目标<dd>1. 甲（牵头单位：县财政局）<dd>2. 乙（牵头单位：县审计局）</dl>"
    assert to_text(write_file(page)).split("\n") == ["一、目标：1. 甲（牵头单位：县财政局）", "2. 乙（牵头单位：县审计局）"]


def test_an_item_left_unclosed_in_a_div_is_closed_by_the_next_item_as_browsers_do(write_file):
    """HTML5: a <div> does not keep an <li> open, so the next <li> is the list's second item, numbered 2
    (libxml2, an HTML4 parser, nests it in the div and draws no number)."""
    assert to_text(write_file("<ol><li>甲<div>说明<li>乙</div></ol>")).split("\n") == ["1.甲", "说明", "2.乙"]


def test_html_end_tags_left_out_are_closed_where_a_browser_closes_them(write_file):
    """HTML 4 pages and LibreOffice's export leave </li>, </td>, </tr>, </dd> and </p> out: the next item, cell, row or
    block ends the open one, so every item keeps its own number and every cell its own column."""
    from generator.source.corpus import parse_text

    page = """<div id="zoom"><p>某镇防汛工作方案<p>一、重点任务
    <ol start="3">
      <li><p>疏通排水管渠。清理淤积河段（镇水务站牵头，镇财政所配合）。
      <li><p>加固病险堤坝。（责任单位：镇建设办）
      <li>储备抢险物资。（责任单位：镇应急办）
    </ol>
    <table><tr><th>序号<th>工作任务<th>牵头单位
    <tr><td>1<td>巡查水库<td>镇水务站
    <tr><td>2<td>转移群众<td>镇民政办</table>
    <dl><dt>联系人<dd>张某<dt>电话<dd>1234567</dl></div>"""
    text = to_text(write_file(page))
    assert text.split("\n")[:6] == [
        "某镇防汛工作方案",
        "一、重点任务",
        "3.疏通排水管渠。清理淤积河段（镇水务站牵头，镇财政所配合）。",
        "4.加固病险堤坝。（责任单位：镇建设办）",
        "5.储备抢险物资。（责任单位：镇应急办）",
        "1.巡查水库(牵头单位:镇水务站)",
    ]
    assert "联系人：张某" in text and "电话：1234567" in text
    (plan,) = parse_text(text, "page.html")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()][:3] == [
        (3, [("镇水务站", "lead"), ("镇财政所", "support")]),
        (4, [("镇建设办", "responsible")]),
        (5, [("镇应急办", "responsible")]),
    ]


def test_html_list_outline_read_as_sections_and_tasks(write_file):
    from generator.source.corpus import parse_text

    page = """<div id="zoom"><p style="text-align:center"><strong>某县供暖保障实施方案</strong></p>
    <ol style="list-style-type: cjk-ideographic;"><li><p>热源建设</p>
    <ol style="list-style-type: decimal;"><li><p>扩建城区热电厂。（责任单位：县发展改革局）</p></li>
    <li><p>改造老旧锅炉。（县住房城乡建设局牵头，县市场监管局配合）</p></li></ol></li>
    <li><p>管网维护</p><ol style="list-style-type: decimal;"><li><p>更新供热管网。（责任单位：县城市管理局）</p></li>
    </ol></li></ol></div>"""
    path = write_file(page)
    (plan,) = parse_text(to_text(path), str(path))
    assert [s.number for s in plan.sections] == ["一", "二"]
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "扩建城区热电厂", [("县发展改革局", "responsible")]),
        (2, "改造老旧锅炉", [("县住房城乡建设局", "lead"), ("县市场监管局", "support")]),
        (1, "更新供热管网", [("县城市管理局", "responsible")]),
    ]


def test_html_editor_list_class_is_no_site_chrome(write_file):
    """UEditor's class="list-paddingleft-2" on a short list inside a long article: the plan's list, not a link list."""
    long_text = "统筹推进城乡供水一体化建设，完善水源工程、净水设施和输配水管网，提升农村供水保障水平和应急能力。" * 3
    page = f"""<div id="zoom"><p>一、重点任务</p>
    <p>1.扩建城区水厂。{long_text}（责任单位：镇建设办）</p>
    <p>2.改造供水管网。{long_text}（镇水务站牵头，镇财政所配合）</p>
    <ol class=" list-paddingleft-2" start="3"><li><p>建立巡查制度。（责任单位：镇水务站）</p></li></ol>
    <div class="share-bar">分享到：微信</div></div>"""
    path = write_file(page)
    lines = to_text(path).split("\n")
    assert lines[-1] == "3.建立巡查制度。（责任单位：镇水务站）"
    assert not any("分享" in line for line in lines)  # chrome named so is still dropped


def test_html_field_name_and_value_blocks_written_as_one_line(write_file):
    """Card layouts: <dt>name</dt><dd>value</dd>, or a label <div> beside its value <div>, make one line name：value,
    so the units keep their role; a <dt> with no <dd> and a label-less pair stay as they were."""
    from generator.source.corpus import parse_text

    page = """<div id="zoom"><p>某市2025年民生实事项目清单</p><p>一、养老服务</p>
    <p>1.新建社区养老服务中心20个</p>
    <dl><dt>主要内容</dt><dd><p>每个街道建成1个。</p><p>年底前投入使用。</p></dd>
    <dt>牵头单位</dt><dd>市民政局</dd><dt>责任单位</dt>
    <dd>市财政局、各县（市、区）人民政府</dd></dl>
    <p>2.新增普惠托位2000个</p>
    <div class="row"><div class="label">牵头单位</div><div class="value">市卫生健康委</div></div>
    <div class="row"><div class="label">工作安排</div><div class="value">分两批建设。</div></div>
    <dl><dt>备注</dt></dl></div>"""
    path = write_file(page)
    text = to_text(path)
    assert text.split("\n")[3:] == [
        "主要内容：每个街道建成1个。",
        "年底前投入使用。",
        "牵头单位：市民政局",
        "责任单位：市财政局、各县（市、区）人民政府",
        "2.新增普惠托位2000个",
        "牵头单位：市卫生健康委",
        "工作安排",  # no field label the reader knows: two blocks as they stand
        "分两批建设。",
        "备注",
    ]
    (plan,) = parse_text(text, str(path))
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市民政局", "lead"), ("市财政局", "responsible"), ("各县（市、区）人民政府", "responsible")],
        [("市卫生健康委", "lead")],
    ]


def test_html_card_number_badge_stays_with_its_title(write_file):
    """A card's number in its own <span> before the title heading opens the title's line, as the item's number; a
    number before a heading that carries its own, or before a plain paragraph, stays where it was."""
    from generator.source.corpus import parse_text

    page = """<div id="zoom"><p>某市2025年民生实事项目清单</p><p>一、养老服务</p>
    <div class="card"><div class="hd"><span class="xh">01</span><h4>新建社区养老服务中心20个</h4></div>
    <p>牵头单位：市民政局</p></div>
    <div class="card"><div class="hd"><span class="xh">02</span>
    <div class="title">新增普惠托位2000个</div></div><p>牵头单位：市卫生健康委</p></div>
    <div><span>3</span><h4>4.改造老旧小区管网</h4><p>牵头单位：市住房城乡建设局</p></div>
    <div><span>15</span><p>个街道完成改造。</p></div></div>"""
    path = write_file(page)
    text = to_text(path)
    assert text.split("\n")[2:] == [
        "01.新建社区养老服务中心20个", "牵头单位：市民政局",
        "02.新增普惠托位2000个", "牵头单位：市卫生健康委",
        "3", "4.改造老旧小区管网", "牵头单位：市住房城乡建设局",
        "15", "个街道完成改造。",
    ]
    (plan,) = parse_text(text, str(path))
    assert [(t.number, t.title, [a.name for a in t.assignments]) for t in plan.tasks()][:2] == [
        (1, "新建社区养老服务中心20个", ["市民政局"]),
        (2, "新增普惠托位2000个", ["市卫生健康委"]),
    ]


def test_html_unit_tags_parted_by_enumeration_comma(write_file):
    """Units printed as tags (<span class="dw">) with only blank source text between them make a list parted by 、;
    spans without a class, or whose text ends in a mark, still run on as one text."""
    from generator.source.corpus import parse_text

    page = """<div id="zoom"><p>某市2025年民生实事项目清单</p><p>一、养老服务</p>
    <p>1.新建社区养老服务中心20个</p><p>牵头单位：市民政局</p>
    <p>责任单位：<span class="dw">市财政局</span>
      <span class="dw">各县（市、区）人民政府</span>
      <span class="dw">国网某市供电公司</span></p>
    <p><span>加快推进</span>
    <span>项目建设。</span></p><p><span class="x">完成。</span>
    <span class="x">验收</span></p></div>"""
    path = write_file(page)
    text = to_text(path)
    assert text.split("\n")[4:] == [
        "责任单位：市财政局、各县（市、区）人民政府、国网某市供电公司", "加快推进项目建设。", "完成。验收"]
    (plan,) = parse_text(text, str(path))
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [
        ("市民政局", "lead"), ("市财政局", "responsible"), ("各县（市、区）人民政府", "responsible"),
        ("国网某市供电公司", "responsible")]


def test_html_table_with_role_tables_in_its_cells_is_read_whole(write_file):
    """A 分工表 whose unit cells each hold a small table of roles (牵头 | 配合 over the units) is a data table, not a
    page layout: its rows are read, each nested grid as one labelled line, as the .docx reader does."""
    from generator.source.corpus import parse_text

    page = """<html><body><p>某县2025年重点工作任务分解表</p><table border="1">
    <tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>
    <tr><td>1</td><td>新建农村公路30公里</td><td><table><tr><td>牵头</td><td>配合</td></tr>
      <tr><td>县交通运输局</td><td>县财政局、县自然资源局、县林业局、各乡镇人民政府</td></tr></table></td>
      <td>2025年底</td></tr>
    <tr><td>2</td><td>改造农村危房100户</td><td><table><tr><td>牵头</td><td>配合</td></tr>
      <tr><td>县住房城乡建设局</td><td>县民政局、县财政局、县乡村振兴局、各乡镇人民政府</td></tr></table></td>
      <td>2025年10月</td></tr></table></body></html>"""
    path = write_file(page)
    (plan,) = parse_text(to_text(path), str(path))
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments][:2]) for t in plan.tasks()] == [
        (1, "新建农村公路30公里", [("县交通运输局", "lead"), ("县财政局", "support")]),
        (2, "改造农村危房100户", [("县住房城乡建设局", "lead"), ("县民政局", "support")]),
    ]
    # a page laid out by a table that places the article's table: still the article alone
    layout = """<html><body><table><tr><td><a href="/">首页</a></td><td><table>
    <tr><td>一、压实安全生产责任<br>1.落实党政领导干部安全生产责任制(责任单位:县安委办)。</td></tr>
    </table></td></tr><tr><td>版权</td><td>所有</td></tr></table></body></html>"""
    path.write_text(layout, encoding="utf-8")
    assert to_text(path).split("\n") == ["一、压实安全生产责任", "1.落实党政领导干部安全生产责任制(责任单位:县安委办)。"]


def test_html_status_badge_after_a_title_is_left_out(write_file):
    """A status badge (<span class="badge">新增</span>) ending a card's title heading is no word of the title; a span
    of another class, or a badge with title text after it, stays in."""
    page = """<div id="zoom"><p>某市2025年民生实事项目清单</p>
    <h4>1.建设社区书房10家<span class="badge">新增</span></h4>
    <h4>2.改造农贸市场<span class="hl">5个</span></h4>
    <h4>3.新建<span class="tag">口袋</span>公园8个</h4>
    <h4>4.改造老旧小区<span class="tag">县住建局</span></h4>
    <h4>5.建设城市书房<span class="statement">年度目标</span></h4>
    <h4>6.建设口袋公园<span class="item-badge">续建</span></h4></div>"""
    path = write_file(page)
    # (a unit drawn as a tag names who does it, and a class holding a badge word inside another word names no badge)
    assert to_text(path).split("\n")[1:] == ["1.建设社区书房10家", "2.改造农贸市场5个", "3.新建口袋公园8个",
                                             "4.改造老旧小区县住建局", "5.建设城市书房年度目标", "6.建设口袋公园"]


def test_html_filter_buttons_over_cards_are_page_controls_not_plan_text(write_file):
    """A card page's row of filter buttons (全部 教育 医疗 …, a <ul> of tabs, whatever its class) is no line of the
    plan; a short list of the plan's own, not led by 全部, stays."""
    page = """<div id="zoom"><p>某市2025年民生实事项目清单</p>
    <ul class="group"><li class="on">全部</li><li>教育事业</li><li>医疗卫生</li><li>养老托育</li></ul>
    <h4>1.建设社区书房10家</h4><p>牵头单位：市文广旅局</p>
    <ul><li>东区三家</li><li>西区四家</li><li>南区三家</li></ul></div>"""
    assert to_text(write_file(page)).split("\n") == [
        "某市2025年民生实事项目清单", "1.建设社区书房10家", "牵头单位：市文广旅局", "●东区三家", "●西区四家", "●南区三家"]


def test_html_block_assigning_units_is_no_chrome_whatever_its_class(write_file):
    """A group of cards in <div class="xm-list"> (a class chrome's "list" names) holding 牵头单位 is the plan's;
    a share bar as small beside it still goes."""
    long_text = "统筹推进城乡供水一体化建设，完善水源工程、净水设施和输配水管网，提升农村供水保障水平和应急能力。" * 3
    page = f"""<div id="zoom"><p>一、重点任务</p>
    <p>1.扩建城区水厂。{long_text}（责任单位：镇建设办）</p>
    <p>2.改造供水管网。{long_text}（镇水务站牵头，镇财政所配合）</p>
    <div class="xm-list"><p>3.建立巡查制度</p><dl><dt>牵头单位</dt><dd>镇水务站</dd></dl></div>
    <div class="share-list">分享到：微信</div></div>"""
    path = write_file(page)
    lines = to_text(path).split("\n")
    assert lines[-2:] == ["3.建立巡查制度", "牵头单位：镇水务站"]
    assert not any("分享" in line for line in lines)


WORD_SECTIONS_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=ProgId content=Word.Document></head><body lang=ZH-CN>
<div class={first}><p class=MsoNormal>青河县2025年农业工作要点</p><p class=MsoNormal>一、重点任务</p>
<p class=MsoNormal>1.推进良田建设。建设高标准农田。（牵头单位：县农业局；配合单位：县财政局）</p></div>
<span lang=EN-US><br clear=all style='mso-break-type:section-break;page-break-before:always'></span>
<div class={second}><p class=MsoNormal>附件</p><p class=MsoNormal>青河县重点项目分工表</p>
<table class=MsoTableGrid border=1><tr><td>序号</td><td>项目名称</td><td>牵头单位</td></tr>
<tr><td>1</td><td>灌区改造</td><td>县水利局</td></tr></table></div></body></html>"""


@pytest.mark.parametrize("first, second", [("WordSection1", "WordSection2"),  # Word
                                           ("Section0", "Section1")])  # WPS, Word 97
def test_html_saved_by_word_reads_every_section_in_order(tmp_path, first, second):
    """Word writes each section of the document (the landscape 附件 table its own) as a sibling block: all are read."""
    from generator.source.read import read_file

    path = tmp_path / "要点.htm"
    path.write_text(WORD_SECTIONS_PAGE.format(first=first, second=second), encoding="utf-8")
    plans = read_file(path)
    assert [plan.title for plan in plans] == ["青河县2025年农业工作要点", "青河县重点项目分工表"]
    assert _tasks(plans[:1]) == [("一", 1, [("县农业局", "lead"), ("县财政局", "support")])]
    assert [task for *_, task in _tasks(plans[1:])] == [[("县水利局", "lead")]]


def test_html_section_classes_of_a_site_are_no_word_sections(write_file):
    """A portal's blocks named section1, section2 (no Word page) are read as before: the block with most text."""
    page = """<html><body>
    <div class="Section1"><a href="/">首页</a> <a href="/b">政务公开</a> 通知公告 最新动态 专题专栏</div>
    <div class="Section2"><p>一、统筹发展和安全</p>
      <p>1.深入学习贯彻党的二十大精神(责任单位:市安委办)。</p></div>
    </body></html>"""
    assert to_text(write_file(page)).split("\n") == ["一、统筹发展和安全", "1.深入学习贯彻党的二十大精神(责任单位:市安委办)。"]


# ---------------------------------------------------------------- .pdf


def _pdf(path: Path, pages: list[list[str]], header: str | None = None, numbers: str | None = None,
         body: int = 14, title: int = 14, centred: tuple[str, ...] = ()) -> Path:
    """A PDF drawing each page's lines top-down in the STSong-Light CID font reportlab ships: a line ending in 要点
    (or among `centred`) centred over the text at `title` points, the others from the left margin at `body` points, one starting with
    two ideographic spaces indented two characters (as a paragraph's first line is, by position, not by spaces)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    measure = max(pdfmetrics.stringWidth(line, "STSong-Light", body) for lines in pages for line in lines)
    for n, lines in enumerate(pages, start=1):
        c.setFont("STSong-Light", 10)
        if header:
            c.drawCentredString(width / 2, height - 40, header)
        y = height - 80
        for line in lines:
            centre = line.endswith("要点") or line in centred
            size = title if centre else body
            c.setFont("STSong-Light", size)
            if centre:
                x = 60 + (measure - pdfmetrics.stringWidth(line, "STSong-Light", size)) / 2
            else:
                x = 60 + 2 * size if line.startswith("\u3000\u3000") else 60
            c.drawString(x, y, line.lstrip("\u3000"))
            y -= 24 if size == body else 36
        if numbers:
            c.setFont("STSong-Light", 10)
            c.drawCentredString(width / 2, 40, numbers.format(n=n))
        c.showPage()
    c.save()
    return path


# about 33 characters to a full line at 14pt between the margins
PDF_PAGES = [
    [
        "市安全生产委员会2024年工作要点",
        "为深入贯彻落实党中央国务院和省委省政府关于安全生产的决策部署,有效",
        "防范化解重大安全风险,现提出如下工作要点。",
        "一、统筹发展和安全,进一步健全安全生产责任体系",
        "1.深入学习贯彻党的二十大精神和习近平总书记关于安全生产重要论述,研",
        "究出台贯彻落实举措,将学习习近平总书记关于安全生产重要论述作为各级",
        "党委宣传工作重点(牵头责任单位:市安委办,协同责任单位:市委宣传部)。",
        "2.推动各级党委政府落实安全生产属地责任。推动各级政府主要负责人每季",
    ],
    [
        "度至少组织研究1次安全生产和消防突出问题,定期研判重大安全风险(责",
        "任单位:市安委办)。",
        "二、排查风险隐患,推动重点行业领域安全生产专项治理",
        "3.加强重大安全隐患治理。开展岁末年初安全生产重大隐患专项整治和督导",
        "检查(牵头责任单位:市安委办,协同责任单位:市应急局)。",
    ],
    [
        "4.加强矿山安全风险防控。推进隐蔽致灾因素普查治理,6月底前完成全面",
        "摸排(责任单位:市应急局)。",
    ],
]

PDF_TEXT = """市安全生产委员会2024年工作要点
为深入贯彻落实党中央国务院和省委省政府关于安全生产的决策部署,有效防范化解重大安全风险,现提出如下工作要点。
一、统筹发展和安全,进一步健全安全生产责任体系
1.深入学习贯彻党的二十大精神和习近平总书记关于安全生产重要论述,研究出台贯彻落实举措,将学习习近平总书记关于安全生产重要论述作为各级党委宣传工作重点(牵头责任单位:市安委办,协同责任单位:市委宣传部)。
2.推动各级党委政府落实安全生产属地责任。推动各级政府主要负责人每季度至少组织研究1次安全生产和消防突出问题,定期研判重大安全风险(责任单位:市安委办)。
二、排查风险隐患,推动重点行业领域安全生产专项治理
3.加强重大安全隐患治理。开展岁末年初安全生产重大隐患专项整治和督导检查(牵头责任单位:市安委办,协同责任单位:市应急局)。
4.加强矿山安全风险防控。推进隐蔽致灾因素普查治理,6月底前完成全面摸排(责任单位:市应急局)。"""


@pytest.mark.parametrize("numbers", ["- {n} -", "第 {n} 页", "第 {n} 页，共 9 页", "{n}"])
def test_pdf_joins_broken_lines_and_drops_page_numbers_and_running_header(tmp_path, numbers):
    path = _pdf(tmp_path / "plan.pdf", PDF_PAGES, header="xx市安全生产委员会办公室文件", numbers=numbers)
    assert to_text(path) == PDF_TEXT


# a 公文's plan title, centred at 22pt straight over the first paragraph (16pt, 28 characters a line, its first line
# indented two characters): counted in characters the title is long enough to be a wrapped line
TITLED_LINES = [
    "某县2025年县域商业体系建设工作要点",
    "\u3000\u30002025年是推进县域商业体系建设三年行动的收官之年。为深",
    "入贯彻落实党中央、国务院决策部署，结合我县实际，制定本工",
    "作要点。",
    "\u3000\u3000一、健全县域商业网络",
    "\u3000\u30001.改造提升县城商业设施。推动城北商业街区提质改造，完",
    "善停车、休憩等配套设施，力争培育一条省级示范步行街（县商",
    "务局牵头，县住房和城乡建设局配合）。",
    "\u3000\u30002.建设乡镇商贸中心。改造提升乡镇商贸中心三个（各乡镇",
    "人民政府负责）。",
]

# the same at one size, its paragraphs not indented
UNINDENTED_LINES = [
    "某县2025年县域商业体系建设工作要点",
    "2025年是推进县域商业体系建设三年行动的收官之年。为深入贯",
    "彻落实党中央、国务院决策部署，结合我县实际，制定本工作",
    "要点。",
    "一、健全县域商业网络",
    "1.改造提升县城商业设施。推动城北商业街区提质改造，完善停",
    "车、休憩等配套设施，力争培育一条省级示范步行街（县商务局",
    "牵头，县住房和城乡建设局配合）。",
    "2.建设乡镇商贸中心。改造提升乡镇商贸中心三个（各乡镇人民",
    "政府负责）。",
]


@pytest.mark.parametrize("title, lines, expected", [
    # the title over an indented paragraph: it stops short of the right margin and the next line opens a paragraph
    (22, TITLED_LINES, ["某县2025年县域商业体系建设工作要点", "2025年是推进县域商业体系建设三年行动的收官之年。为深入贯彻"]),
    # a title drawn centred at the body's size, over a paragraph not indented: centred, it is a line of its own
    (16, UNINDENTED_LINES,
     ["某县2025年县域商业体系建设工作要点", "2025年是推进县域商业体系建设三年行动的收官之年。为深入贯彻"]),
])
def test_pdf_title_centred_over_a_paragraph_stays_a_line_of_its_own(tmp_path, title, lines, expected):
    text = to_text(_pdf(tmp_path / "plan.pdf", [lines], body=16, title=title)).split("\n")
    assert [line[:len(start)] for line, start in zip(text, expected)] == expected
    assert text[2:] == ["一、健全县域商业网络",
                        "1.改造提升县城商业设施。推动城北商业街区提质改造，完善停车、休憩等配套设施，力争培育一条省级示范"
                        "步行街（县商务局牵头，县住房和城乡建设局配合）。",
                        "2.建设乡镇商贸中心。改造提升乡镇商贸中心三个（各乡镇人民政府负责）。"]


def test_pdf_title_centred_over_two_lines_is_joined(tmp_path):
    # both lines drawn centred: a title wrapped, not a title over a paragraph (its first line stops short)
    lines = ["某县2025年县域商业体系建设和农村消费", "提升三年行动工作要点", *TITLED_LINES[1:]]
    pdf = _pdf(tmp_path / "plan.pdf", [lines], body=16, title=22, centred=(lines[0],))
    assert to_text(pdf).split("\n")[0] == "某县2025年县域商业体系建设和农村消费提升三年行动工作要点"


def test_pdf_code_points_a_font_shares_one_glyph_between_are_read_as_the_simplified_one(tmp_path):
    """A PDF's subset font maps the glyph it draws for 户 back to 戶 (the two share one glyph in a simplified-Chinese
    style): a simplified plan's text reads 用户 whichever code point the map gave; a plan in traditional script keeps
    its own 戶."""
    simplified = ["某市供水保障工作方案", "1.保障重点用戶供水安全。稅费减免落实到戶（市水务局牵头）。"]
    assert to_text(_pdf(tmp_path / "s.pdf", [simplified])).split("\n")[1] == "1.保障重点用户供水安全。税费减免落实到户（市水务局牵头）。"
    traditional = ["某市供水保障工作方案", "1.保障重點用戶供水安全。協調各區縣鄉鎮機構落實門戶責任（市水務局牽頭，各區縣政府負責實施）。"]
    assert "用戶" in to_text(_pdf(tmp_path / "t.pdf", [traditional]))


def _ruled_pdf(path: Path, pages: list[list], widths: list, row_rules: bool = True, page_clip: bool = False,
               stamp: bool = False) -> Path:
    """A PDF whose pages hold plain lines (str) and rows of a table ruled cell by cell: a row is a list of cells, each
    cell a list of its printed lines (wrapped as a narrow column wraps it), or one str spanning the whole row. The
    columns' widths are the same on every page, or given page by page (a list of lists). `page_clip` opens each
    page with a page-sized clip rectangle that paints nothing (re W* n), as LibreOffice and Word write their PDFs.
    `stamp` draws over each page, last, what an office stamps on it (`_stamped`)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.pdfgen.canvas import FILL_EVEN_ODD

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n, items in enumerate(pages, start=1):
        page_widths = widths[n - 1] if isinstance(widths[0], list) else widths
        edges = [50 + sum(page_widths[:k]) for k in range(len(page_widths) + 1)]
        if page_clip:
            clip = c.beginPath()
            clip.rect(0, 0, width, height)
            c.clipPath(clip, stroke=0, fill=0, fillMode=FILL_EVEN_ODD)
        c.setFont("STSong-Light", 10)
        y = height - 60
        for item in items:
            if isinstance(item, str):
                c.drawString(50, y, item)
                y -= 20
                continue
            tall = max(len(cell) for cell in item) if isinstance(item, list) and not isinstance(item[0], str) else 1
            top, bottom = y + 12, y + 12 - 14 * tall - 6
            if row_rules or item is RULED_HEADER:
                c.line(edges[0], top, edges[-1], top)
                c.line(edges[0], bottom, edges[-1], bottom)
            spanning = isinstance(item[0], str)
            for k, x in enumerate(edges):
                if not spanning or k in (0, len(edges) - 1):
                    c.line(x, top, x, bottom)
            if spanning:
                c.drawString(edges[0] + 3, y, item[0])
            else:
                for k, cell in enumerate(item):
                    for m, text in enumerate(cell):
                        c.drawString(edges[k] + 3, y - 14 * m, text)
            y = bottom - 12
        if not row_rules:
            c.line(edges[0], y + 12, edges[-1], y + 12)  # the table's bottom rule, under its last row
        c.drawCentredString(width / 2, 40, f"— {n} —")
        if stamp:
            _stamped(c, height)
        c.showPage()
    c.save()
    return path


WATERMARK = "某县人民政府办公室\u3000仅供公开"
SEAL_RING = "某县人民政府办公"  # set round the seal's upper arc, 20° apart: none upright, none at a right angle


def _stamped(c, height: float) -> None:
    """A diagonal watermark repeated down the page at 35° (crossing the text and the table's rows, as offices stamp
    PDFs they publish), and a seal whose ring characters each stand at their own angle round its centre."""
    import math

    c.saveState()
    c.setFont("STSong-Light", 20)
    c.setFillGray(0.8)
    for k in range(4):
        c.saveState()
        c.translate(40, height - 330 - 180 * k)
        c.rotate(35)
        c.drawString(0, 0, WATERMARK)
        c.restoreState()
    c.setFont("STSong-Light", 12)
    centre_x, centre_y, radius = 420, height - 140, 40
    for k, character in enumerate(SEAL_RING):
        angle = 70 - 20 * k  # 70° left of the top … 70° right of it
        c.saveState()
        c.translate(centre_x - radius * math.sin(math.radians(angle)), centre_y + radius * math.cos(math.radians(angle)))
        c.rotate(angle)
        c.drawCentredString(0, 0, character)
        c.restoreState()
    c.restoreState()


# a 分工表 ruled cell by cell: narrow columns wrap the header (责任市领 / 导) and the cells, cutting a unit's name
# (市工业和信息 / 化局) and a deadline (持续推 / 进); a group row spans the table; the header is printed again on page 2
RULED_HEADER = [["序号"], ["重点工作"], ["责任市领", "导"], ["牵头单位"], ["责任单位"], ["完成时", "限"]]
RULED_WIDTHS = [30, 130, 45, 65, 85, 45]


def test_pdf_ruled_table_with_wrapped_cells_over_two_pages_is_read_by_where_its_text_sits(tmp_path):
    pages = [
        ["附件", "某市重点工作分工表", RULED_HEADER, ["一、扩大有效投资"],
         [["1"], ["推进老旧小区改造，改造城", "镇老旧小区50个"], ["王某某"], ["市住房城乡建", "设局"],
          ["市财政局、市自然资源", "局"], ["2025年", "底前"]]],
        [RULED_HEADER,
         [["2"], ["实施制造业提升行动，规上", "工业增加值增长7%以上"], ["李某某"], ["市工业和信", "息化局"],
          ["市发展改革委、市科技", "局"], ["持续推", "进"]]],
    ]
    text = to_text(_ruled_pdf(tmp_path / "plan.pdf", pages, RULED_WIDTHS))
    # (附件 and the title run together as join_broken_lines joins any lines of a text too short to measure)
    assert text.split("\n")[1:] == [
        "一、扩大有效投资",
        "1.推进老旧小区改造，改造城镇老旧小区50个。责任市领导:王某某(牵头单位:市住房城乡建设局;"
        "责任单位:市财政局、市自然资源局;完成时限:2025年底前)",
        "2.实施制造业提升行动，规上工业增加值增长7%以上。责任市领导:李某某(牵头单位:市工业和信息化局;"
        "责任单位:市发展改革委、市科技局;完成时限:持续推进)",
    ]


def test_pdf_text_drawn_at_a_slant_is_set_aside_as_a_watermark_or_a_seal(tmp_path):
    # a watermark at 35° crosses the prose and the table's rows, a seal's ring stands over the text: none of their
    # characters joins a cell or a line, and the document reads as it does unstamped; the reading report says how
    # many characters were set aside
    header = [["序号"], ["重点任务"], ["牵头单位"], ["配合单位"]]
    pages = [["某县护河行动方案", "一、重点任务", "1.清理河道垃圾。", "2.整治沿河排口。具体分工见附件。"],
             ["附件", "某县护河行动任务分工表", header,
              [["1"], ["清理河道垃圾"], ["县水利局"], ["县城管局、各乡镇人民政府"]],
              [["2"], ["整治沿河排口"], ["县生态环境局"], ["县住房城乡建设局"]]]]
    plain = _ruled_pdf(tmp_path / "plain.pdf", pages, [30, 110, 90, 150])
    stamped = _ruled_pdf(tmp_path / "stamped.pdf", pages, [30, 110, 90, 150], stamp=True)
    assert to_text(stamped) == to_text(plain)
    (plan,) = parse_file(stamped)
    units = {(a.name, a.role) for s in plan.sections for t in s.tasks for a in t.assignments}
    assert units == {("县水利局", "lead"), ("县城管局", "support"), ("各乡镇人民政府", "support"),
                     ("县生态环境局", "lead"), ("县住房城乡建设局", "support")}
    slanted = 2 * (4 * len(WATERMARK.replace("\u3000", "")) + len(SEAL_RING))  # two pages, four watermarks each
    assert [note.text for note in plan.readings] == [
        f"{slanted} characters drawn at a slant (a watermark, a seal's ring) set aside as no text of the document"]


def test_pdf_clip_rectangle_that_paints_nothing_is_no_table_rule(tmp_path):
    # a page-sized clip path (re W* n) bounds what is drawn but draws no line: the table's grid is its own rules, so
    # the caption above it and the page number under it stay out of its cells
    pages = [["附件", "某县重点任务分工表", BROKEN_HEADER,
              [["1"], ["推进甲项"], ["内容甲。"], ["县财政局"], ["县审计局"]]],
             [BROKEN_HEADER, [["2"], ["推进乙项"], ["内容乙。"], ["县商务局"], ["县公安局"]]]]
    path = _ruled_pdf(tmp_path / "clipped.pdf", pages, BROKEN_WIDTHS, page_clip=True)
    from pypdf import PdfReader

    assert b"re W* n" in PdfReader(path).pages[1].get_contents().get_data()
    assert to_text(path).split("\n")[1:] == ["1.推进甲项。内容甲(牵头单位:县财政局;配合单位:县审计局)。",
                                             "2.推进乙项。内容乙(牵头单位:县商务局;配合单位:县公安局)。"]


def test_pdf_text_before_a_ruled_table_is_joined_by_its_own_line_width(tmp_path):
    # the table's rows, one long line each, are left out of the measure of a full printed line: the head lines stay
    # apart, the title's two lines and the paragraph's lines join
    pages = [
        ["某市人民政府办公室文件", "某政办发〔2025〕3号", "某市人民政府办公室关于印发某市2025年重点", "工作分工方案的通知",
         "各县（市、区）人民政府：", "《某市2025年重点工作分工方案》已经市政府同意，现印发给你",
         "们，请结合本地实际认真抓好贯彻落实，确保各项任务按期完成，",
         "取得实效。", "某市人民政府办公室", "2025年3月1日"],
        ["附件", "某市重点工作分工表", RULED_HEADER,
         [["1"], ["推进老旧小区改造，改造城", "镇老旧小区50个"], ["王某某"], ["市住房城乡建", "设局"],
          ["市财政局"], ["2025年", "底前"]],
         [["2"], ["稳定粮食播种面积"], ["赵某某"], ["市农业农村局"], ["市水利局"], ["10月底前"]],
         [["3"], ["新建改扩建中小学5所"], ["李某某"], ["市教育局"], ["市财政局"], ["8月底前"]]],
    ]
    text = to_text(_ruled_pdf(tmp_path / "plan.pdf", pages, RULED_WIDTHS))
    assert text.split("\n")[:8] == [
        "某市人民政府办公室文件",
        "某政办发〔2025〕3号",
        "某市人民政府办公室关于印发某市2025年重点工作分工方案的通知",
        "各县（市、区）人民政府：",
        "《某市2025年重点工作分工方案》已经市政府同意，现印发给你们，请结合本地实际认真抓好贯彻落实，确保各项任务按期完成，"
        "取得实效。",
        "某市人民政府办公室",
        "2025年3月1日",
        "附件",
    ]


def test_pdf_table_ruled_into_columns_but_not_into_rows_is_read_from_its_text_as_before(tmp_path):
    # only the header is ruled off: the body's rows are not drawn, so the grid cannot tell them apart
    rows = [[["1"], ["稳定粮食播种面积"], ["赵某某"], ["市农业农村局"], ["市水利局"], ["10月底前"]],
            [["2"], ["新建改扩建中小学5所"], ["李某某"], ["市教育局"], ["市财政局"], ["8月底前"]],
            [["3"], ["新建养老服务设施3个"], ["李某某"], ["市民政局"], ["市财政局"], ["9月底前"]]]
    pages = [["附件", "某市重点工作分工表", RULED_HEADER, *rows]]
    ruled_off = to_text(_ruled_pdf(tmp_path / "header.pdf", pages, RULED_WIDTHS, row_rules=False))
    # read as the text's lines (as before): no one task holding the three rows, each row's cells still there
    assert "稳定粮食播种面积新建改扩建中小学5所" not in ruled_off and "10月底前8月底前" not in ruled_off
    assert all(cell[0] in ruled_off for row in rows for cell in row)
    assert "2.新建改扩建中小学5所。责任市领导:李某某(牵头单位:市教育局;责任单位:市财政局;完成时限:8月底前)" in ruled_off


def test_pdf_ruled_form_after_a_table_page_is_no_continuation_of_the_table(tmp_path):
    # a table broken over pages goes on at its column edges; a contact box ruled into three columns of its own is
    # no rows of the 分工表 that ended on the page before
    pages = [["附件", "某市重点工作分工表", RULED_HEADER,
              [["1"], ["推进老旧小区改造"], ["王某某"], ["市住房城乡建设局"], ["市财政局"], ["2025年底前"]]],
             [[["联系人"], ["电话"], ["邮箱"]], [["张某某"], ["1234567"], ["ab@cd.cn"]]]]
    text = to_text(_ruled_pdf(tmp_path / "form.pdf", pages, [RULED_WIDTHS, [80, 80, 80]])).split("\n")
    assert text[-7:] == ["1.推进老旧小区改造。责任市领导:王某某(牵头单位:市住房城乡建设局;责任单位:市财政局;完成时限:2025年底前)",
                         "联系人", "电话", "邮箱", "张某某", "1234567", "ab@cd.cn"]


def test_pdf_ruled_table_continued_on_the_next_page_without_its_header_goes_on(tmp_path):
    # the same column edges on the next page, no header printed again: the rows go on with the table
    pages = [["附件", "某市重点工作分工表", RULED_HEADER,
              [["1"], ["推进老旧小区改造"], ["王某某"], ["市住房城乡建设局"], ["市财政局"], ["2025年底前"]]],
             [[["2"], ["稳定粮食播种面积"], ["赵某某"], ["市农业农村局"], ["市水利局"], ["10月底前"]],
              [["3"], ["新建改扩建中小学5所"], ["李某某"], ["市教育局"], ["市财政局"], ["8月底前"]]]]
    text = to_text(_ruled_pdf(tmp_path / "plan.pdf", pages, RULED_WIDTHS)).split("\n")
    assert text[2:] == ["2.稳定粮食播种面积。责任市领导:赵某某(牵头单位:市农业农村局;责任单位:市水利局;完成时限:10月底前)",
                        "3.新建改扩建中小学5所。责任市领导:李某某(牵头单位:市教育局;责任单位:市财政局;完成时限:8月底前)"]


BROKEN_HEADER = [["序号"], ["重点任务"], ["具体措施"], ["牵头单位"], ["配合单位"]]
BROKEN_WIDTHS = [30, 60, 110, 90, 120]


def test_pdf_ruled_row_broken_across_a_page_break_is_one_row(tmp_path):
    # Word lets a row break across pages: its tail goes on under the repeated header with an empty 序号, a name cut at
    # the page edge (县自然资 / 源局) is one name again
    pages = [["附件", "某县重点任务分工表", BROKEN_HEADER,
              [["1"], ["推进甲项"], ["内容甲。"], ["县财政局"], ["县审计局"]],
              [["2"], ["加装电梯"], ["对符合条件的住宅加装"], ["县住房城乡建设局"], ["县市场监管局、县自然资"]]],
             [BROKEN_HEADER,
              [[], [], ["电梯。"], [], ["源局、县财政局"]],
              [["3"], ["推进丙项"], ["内容丙。"], ["县商务局"], ["县公安局"]]]]
    text = to_text(_ruled_pdf(tmp_path / "broken.pdf", pages, BROKEN_WIDTHS)).split("\n")
    assert text[1:] == ["1.推进甲项。内容甲(牵头单位:县财政局;配合单位:县审计局)。",
                        "2.加装电梯。对符合条件的住宅加装电梯(牵头单位:县住房城乡建设局;"
                        "配合单位:县市场监管局、县自然资源局、县财政局)。",
                        "3.推进丙项。内容丙(牵头单位:县商务局;配合单位:县公安局)。"]
    # a unit cell listing one name a line, the break between two whole names: two names, not one run together
    pages[0][4][4] = ["县市场监管局"]
    pages[1][1][4] = ["县财政局"]
    text = to_text(_ruled_pdf(tmp_path / "names.pdf", pages, BROKEN_WIDTHS)).split("\n")
    assert text[2].endswith("(牵头单位:县住房城乡建设局;配合单位:县市场监管局、县财政局)。")


def test_pdf_table_header_printed_again_at_each_page_top_is_no_running_head(tmp_path):
    # a table read as text, one cell a line, its header printed again on every page: 序号 / 重点任务 open most pages
    # but are the header's cells, not a running head (dropped, every row's cells shifted by two)
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位"]
    pages = [[*header, "1", "推进甲项", "内容甲。", "县财政局", "县审计局"],
             [*header, "2", "推进乙项", "内容乙。", "县商务局", "县公安局"],
             [*header, "3", "推进丙项", "内容丙。", "县教育局", "县民政局"]]
    assert to_text(_pdf(tmp_path / "plan.pdf", pages, numbers="- {n} -")).split("\n") == [
        "1.推进甲项。内容甲(牵头单位:县财政局;配合单位:县审计局)。",
        "2.推进乙项。内容乙(牵头单位:县商务局;配合单位:县公安局)。",
        "3.推进丙项。内容丙(牵头单位:县教育局;配合单位:县民政局)。"]


def test_pdf_path_operand_that_is_no_number_is_passed_over(tmp_path):
    # an odd content stream (a name where a coordinate belongs) that pypdf's text extraction passes over: the page
    # is read as its text, not refused
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "odd.pdf"
    c = canvas.Canvas(str(path), pageCompression=0)
    c.setFont("STSong-Light", 12)
    c.drawString(60, 780, "一、重点任务")
    c.drawString(60, 760, "1.推进项目建设。（责任单位：县发改局）")
    c.line(60, 700, 300, 700)
    c.showPage()
    c.save()
    data = path.read_bytes()
    assert data.count(b"60 700 m") == 1
    path.write_bytes(data.replace(b"60 700 m", b"/X 700 m"))  # the same length: the cross-reference still holds
    assert to_text(path).split("\n") == ["一、重点任务", "1.推进项目建设。（责任单位：县发改局）"]


def test_pdf_words_each_in_a_text_object_reset_to_the_origin_keep_their_lines(tmp_path):
    """A text layer drawing each word in a text object of its own, the matrix set to the origin before the word's
    place (reportlab's beginText + setTextOrigin, an OCR tool's word boxes), makes pypdf break the line at every
    word: the words' baselines give the printed lines (before: each word a line, the tasks' units cut apart)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "words.pdf"
    c = canvas.Canvas(str(path), pageCompression=0)
    lines = [["某县", "工作", "要点"], ["一、", "重点", "任务"], ["1.推进", "网络", "建设。", "（牵头单位：", "县甲局）"],
             ["2.发展", "农村", "电商。", "（县乙局", "负责）"]]
    for n, words in enumerate(lines):
        x = 60.0
        for word in words:
            text = c.beginText()
            text.setFont("STSong-Light", 12)
            text.setTextOrigin(x, 780 - 24 * n)
            text.textOut(word)
            c.drawText(text)
            x += pdfmetrics.stringWidth(word, "STSong-Light", 12)
    c.showPage()
    c.save()
    assert b"1 0 0 1 0 0 Tm" in path.read_bytes()
    assert to_text(path).split("\n") == [
        "某县工作要点", "一、重点任务", "1.推进网络建设。（牵头单位：县甲局）", "2.发展农村电商。（县乙局负责）"]
    assert [[(a.name, a.role) for a in t.assignments] for t in parse_file(path)[0].tasks()] == [
        [("县甲局", "lead")], [("县乙局", "responsible")]]


def test_pdf_ruled_grid_without_a_table_header_stays_plain_text(tmp_path):
    pages = [["某市工作安排", [["姓名"], ["电话"], ["地址"], ["备注"]], [["王某某"], ["1234"], ["某路1号"], ["无"]]]]
    text = to_text(_ruled_pdf(tmp_path / "box.pdf", pages, [60, 60, 60, 60]))
    assert text.startswith("某市工作安排") and "姓名" in text and "某路1号" in text


def _landscape_pdf(path: Path, pages: list[list], edges: list[float], rotation: int = 0,
                   says_rotate: bool = True) -> Path:
    """A PDF of landscape pages (842 x 595 as shown) holding plain lines (str) and table rows ruled cell by cell (a
    row is a list of cells, each a list of its printed lines). `rotation` 90 or 270 draws them as a landscape 附件
    printed to PDF does: a portrait MediaBox with /Rotate and the content turned into it; with `says_rotate` False
    as a print driver putting the landscape sheet on portrait paper does: the content turned, and no /Rotate."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    # (reportlab writes a turned page's MediaBox portrait)
    c = canvas.Canvas(str(path), pagesize=(842, 595) if says_rotate else (595, 842))
    for items in pages:
        if rotation and says_rotate:
            c.setPageRotation(rotation)
        if rotation:
            # the page as shown, (x, y), drawn where /Rotate will show it
            c.transform(*((0, 1, -1, 0, 595, 0) if rotation == 90 else (0, -1, 1, 0, 0, 842)))
        c.setFont("STSong-Light", 10)
        y = 540
        for item in items:
            if isinstance(item, str):
                c.drawString(edges[0], y, item)
                y -= 20
                continue
            top, bottom = y + 12, y + 12 - 14 * max(len(cell) for cell in item) - 6
            c.line(edges[0], top, edges[-1], top)
            c.line(edges[0], bottom, edges[-1], bottom)
            for x in edges:
                c.line(x, top, x, bottom)
            for k, cell in enumerate(item):
                for m, text in enumerate(cell):
                    c.drawString(edges[k] + 3, y - 14 * m, text)
            y = bottom - 12
        c.showPage()
    c.save()
    return path


LANDSCAPE_EDGES = [50, 90, 220, 480, 566, 740]
LANDSCAPE_HEADER = [["序号"], ["重点任务"], ["具体措施"], ["牵头单位"], ["配合单位"]]


@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_pdf_ruled_table_on_a_page_turned_by_rotate_is_read_by_where_its_text_sits(tmp_path, rotation):
    # a landscape 附件 as a portrait page with /Rotate 90 or 270: its rows are read across the page as shown, so the
    # lead cut over two lines (某县水务集团有限 / 公司) is one name, the support cell's two lines two names
    pages = [["某县重点任务分工表", LANDSCAPE_HEADER,
              [["1"], ["推进甲项工作"], ["内容甲。"], ["县财政局"], ["县审计局"]],
              [["2"], ["实施供水管网改造"], ["更换老化供水管道。"], ["某县水务集团有限", "公司"],
               ["县住房城乡建设局、", "县卫生健康局"]]]]
    text = to_text(_landscape_pdf(tmp_path / "turned.pdf", pages, LANDSCAPE_EDGES, rotation)).split("\n")
    assert text[1:] == ["1.推进甲项工作。内容甲(牵头单位:县财政局;配合单位:县审计局)。",
                        "2.实施供水管网改造。更换老化供水管道(牵头单位:某县水务集团有限公司;"
                        "配合单位:县住房城乡建设局、县卫生健康局)。"]


@pytest.mark.parametrize("rotation", [90, 270])
def test_pdf_ruled_table_on_a_page_turned_by_its_matrix_alone_is_read_upright_by_its_text(tmp_path, rotation):
    # a print driver puts the landscape sheet on portrait paper turned by the content's matrix, with no /Rotate: the
    # page's text runs up (or down) it, and the page is read turned as its text runs, as a /Rotate page is; the
    # support cell wrapped before its 、 keeps its three names apart from the lead
    pages = [["某县重点任务分工表", LANDSCAPE_HEADER,
              [["1"], ["建立运维经费保障机制"], ["落实运维经费。"], ["县财政局"],
               ["县发展改革局、县生态环境局", "、县住房城乡建设局"]],
              [["2"], ["实施供水管网改造"], ["更换老化供水管道。"], ["某县水务集团有限", "公司"], ["县卫生健康局"]]]]
    path = _landscape_pdf(tmp_path / "turned.pdf", pages, LANDSCAPE_EDGES, rotation, says_rotate=False)
    from pypdf import PdfReader

    assert PdfReader(path).pages[0].rotation == 0
    assert to_text(path).split("\n")[1:] == [
        "1.建立运维经费保障机制。落实运维经费(牵头单位:县财政局;配合单位:县发展改革局、县生态环境局、县住房城乡建设局)。",
        "2.实施供水管网改造。更换老化供水管道(牵头单位:某县水务集团有限公司;配合单位:县卫生健康局)。"]


def test_pdf_without_text_layer_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(72, 72, 300, 500, fill=1)  # what a scanned page looks like to a text extractor: no text at all
    c.showPage()
    c.save()
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert "no text layer (a scanned image?); OCR it first" in str(err.value)
    assert str(path) in str(err.value)


def test_file_that_is_not_a_pdf_is_refused(write_file):
    path = write_file("这不是PDF", "fake.pdf")
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert str(path) in str(err.value)


# ---------------------------------------------------------------- xlsx

# an office's 责任分解表 as the sheet's copy pastes it (Ctrl+C in Excel): tabs, merged cells empty but the top-left one,
# a cell holding a line break quoted
BREAKDOWN_COPY = """某县2025年重点工作责任分解表
序号\t工作任务\t牵头单位\t配合单位\t完成时限
一、项目建设
1\t建设产业园标准厂房\t县发展改革局\t县自然资源局、县财政局\t2025年6月30日
2\t完成园区道路改造\t\t县交通运输局\t2025年9月底前
二、民生保障
3\t新建乡镇卫生院\t县卫生健康局\t"县财政局
各乡镇人民政府"\t2025年12月底前
备注：牵头单位排在第一位的为主要负责单位。"""


def _breakdown_workbook(path: Path) -> Path:
    """BREAKDOWN_COPY as a workbook: title, group and 备注 rows merged across, 牵头单位 of 1 and 2 merged, a date cell."""
    import datetime

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某县2025年重点工作责任分解表"])
    sheet.append(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    sheet.append(["一、项目建设"])
    sheet.append([1, "建设产业园标准厂房", "县发展改革局", "县自然资源局、县财政局", datetime.datetime(2025, 6, 30)])
    sheet.append([2.0, "完成园区道路改造", None, "县交通运输局", "2025年9月底前"])
    sheet.append(["二、民生保障"])
    sheet.append([3, "新建乡镇卫生院", "县卫生健康局", "县财政局\n各乡镇人民政府", "2025年12月底前"])
    sheet.append(["备注：牵头单位排在第一位的为主要负责单位。"])
    for row in (1, 3, 6, 8):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    sheet.merge_cells("C4:C5")
    hidden = book.create_sheet("说明")
    hidden.append(["仅供内部核对"])
    hidden.sheet_state = "hidden"
    book.save(path)
    return path


def _tasks(plan_texts) -> list[tuple[str, str, list[tuple[str, str]]]]:
    from generator.parse import parse_plan

    (plan_text,) = plan_texts
    plan = parse_plan(plan_text)
    return [(s.number, t.number, [(a.name, a.role) for a in t.assignments]) for s in plan.sections for t in s.tasks]


def test_xlsx_breakdown_reads_as_its_tab_separated_copy(tmp_path):
    from generator.source.read import read_bytes, read_file

    path = _breakdown_workbook(tmp_path / "分解表.xlsx")
    from_sheet = _tasks(read_file(path))
    assert from_sheet == _tasks(read_bytes(BREAKDOWN_COPY.encode("utf-8"), "copy.txt"))
    assert from_sheet == [
        ("一", 1, [("县发展改革局", "lead"), ("县自然资源局", "support"), ("县财政局", "support")]),
        ("一", 2, [("县发展改革局", "lead"), ("县交通运输局", "support")]),  # the merged 牵头单位 carried down
        ("二", 3, [("县卫生健康局", "lead"), ("县财政局", "support"), ("各乡镇人民政府", "support")]),
    ]
    text = to_text(path)
    assert "2025年6月30日" in text and "2.完成园区道路改造" in text  # a date as plans write it, 2.0 shown as 2
    assert "仅供内部核对" not in text  # a hidden sheet is not part of what the office published


def test_xlsx_project_cell_merged_down_over_unnumbered_standards_names_their_section(tmp_path):
    """项目 | 标准内容 | 牵头单位 | 配合单位 with no 序号 and the 项目 cell merged down its standards: the sheet's reader
    writes it on each row it spans; it is the section, each standard a task of its own (rows of one lead not folded)."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某区卫生创建任务分工表"])
    sheet.append(["项目", "标准内容", "牵头单位", "配合单位"])
    sheet.append(["一、健康教育", "建立健康教育网络。", "区卫健局", "区教育局"])
    sheet.append([None, "公共场所全面禁烟。", None, "区市场监管局"])
    sheet.append(["二、环境卫生", "道路清扫保洁到位。", "区城管局", "各街道办事处"])
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("C3:C4")
    book.save(tmp_path / "分工表.xlsx")
    assert _tasks(read_file(tmp_path / "分工表.xlsx")) == [
        ("一", 1, [("区卫健局", "lead"), ("区教育局", "support")]),
        ("一", 2, [("区卫健局", "lead"), ("区市场监管局", "support")]),
        ("二", 3, [("区城管局", "lead"), ("各街道办事处", "support")]),
    ]


def test_xlsx_group_item_number_excel_made_a_date_reads_as_the_sheet_shows_it(tmp_path):
    """A 序号 typed 3-2 in a cell not set to text is stored by Excel as a date shown by a month-day format (m-d): it is
    read as the sheet shows it, the row's number in its group, while a date shown with its year stays a full date."""
    import datetime

    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "责任单位", "完成时限"])
    sheet.append(["一、夯实算力底座"])
    sheet.append(["1-1", "建设算力中心", "某市发展改革委", "2026年8月底前"])
    sheet.append(["1-2", "发放算力券", "某市工业和信息化局", "2026年8月底前"])
    sheet.append(["二、拓展应用场景"])
    sheet.append(["2-1", "推进智慧教育", "某市教育局", "2026年8月底前"])
    sheet.append([datetime.datetime(2026, 2, 2), "推进智慧医疗", "某市卫生健康委", datetime.datetime(2026, 6, 30)])
    sheet.append(["2-3", "推进智慧政务", "某市数据局", "2026年10月底前"])
    sheet["A7"].number_format = "m-d"
    sheet["D7"].number_format = 'yyyy"年"m"月"d"日"'
    path = tmp_path / "台账.xlsx"
    book.save(path)
    assert [t[:2] for t in _tasks(read_file(path))] == [("一", 1), ("一", 2), ("二", 1), ("二", 2), ("二", 3)]
    assert "2026年6月30日" in to_text(path)  # a date shown with its year stays a full date


@pytest.mark.parametrize("labelled, tasks", [(True, 4), (False, 2)])
def test_a_sheet_named_as_notes_whose_lines_assign_units_holds_tasks(tmp_path, labelled, tasks):
    """A tab named 说明 of numbered lines is the notes on filling the workbook, set aside; but lines naming their units
    (（责任单位：各乡镇）, （县财政局）) are the workbook's further tasks written as a list, read (before: dropped)."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "任务清单"
    for row in (["某县秸秆禁烧工作任务清单"], ["序号", "工作任务", "牵头单位"], ["1", "划定禁烧区域", "县生态环境分局"],
                ["2", "建设收储站点", "县农业农村局"]):
        book.active.append(row)
    notes = book.create_sheet("说明")
    notes.append(["工作要求"])
    notes.append(["1.各乡镇要于3月底前排查火点。" + ("（责任单位：各乡镇）" if labelled else "")])
    notes.append(["2.落实禁烧奖补资金。" + ("（县财政局）" if labelled else "")])
    path = tmp_path / "清单.xlsx"
    book.save(path)
    [plan] = read_file(path)
    assert len(_tasks([plan])) == tasks


def _two_list_workbook(path: Path, tabs: tuple[str, str]) -> Path:
    """Two lists, one a sheet, the header in row 1 and each list's title on its tab only."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    first = book.active
    first.title = tabs[0]
    for row in (["序号", "重点任务", "责任单位"], [1, "汽车补贴", "某市商务局"], [2, "家电补贴", "某市财政局"]):
        first.append(row)
    second = book.create_sheet(tabs[1])
    for row in (["序号", "政策名称", "牵头单位", "配合单位"], [1, "汽车细则", "某市商务局", "某市公安局"],
                [2, "家电细则", "某市财政局", "某市商务局"]):
        second.append(row)
    book.save(path)
    return path


def test_xlsx_sheets_titled_on_their_tabs_read_as_a_plan_each(tmp_path):
    """Offices post a plan's attached lists as one workbook, a sheet each, the title on the tab only: each tab's list
    is a plan of its own under the tab's title (an attachment mark on the tab marks it, not the title); the second
    list's numbering restarting at 1 does not run on in the first."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    path = _two_list_workbook(tmp_path / "分工.xlsx", ("附件1 重点任务分工", "附件2：配套政策清单"))
    plans = read_file(path)
    assert [p.title for p in plans] == ["重点任务分工", "配套政策清单"]
    tasks = [[(t.number, [(a.name, a.role) for a in t.assignments]) for s in parse_plan(p).sections for t in s.tasks]
             for p in plans]
    assert tasks == [[(1, [("某市商务局", "responsible")]), (2, [("某市财政局", "responsible")])],
                     [(1, [("某市商务局", "lead"), ("某市公安局", "support")]),
                      (2, [("某市财政局", "lead"), ("某市商务局", "support")])]]
    plain = _two_list_workbook(tmp_path / "清单.xlsx", ("重点任务分工", "配套政策清单"))
    assert [p.title for p in read_file(plain)] == ["重点任务分工", "配套政策清单"]


def test_xlsx_tabs_a_program_named_give_no_title(tmp_path):
    """A tab left as the program named it (Sheet1, 工作表2) titles nothing: its sheet's text is read as it is."""
    path = _two_list_workbook(tmp_path / "分工.xlsx", ("Sheet1", "工作表2"))
    text = to_text(path)
    assert "Sheet1" not in text and "工作表2" not in text
    assert text.startswith("1.汽车补贴")


def _summary_and_views_workbook(path: Path, views_titled: bool = True, note: bool = False) -> Path:
    """A 台账: every task on a 汇总 sheet (类别 on each row), then one sheet per 类别 repeating its rows, renumbered
    from 1, with a 进展情况 column of its own."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    for row in (["序号", "类别", "任务名称", "牵头单位", "责任单位"],
                [1, "产业发展", "建设标准化厂房", "某县工信局", "某县自然资源局"],
                [2, "产业发展", "培育规上企业", "某县工信局", "各乡镇人民政府"],
                [3, "民生保障", "新建托育机构", "某县卫健局", "某县教育局"]):
        summary.append(row)
    if note:
        summary.append(["注：任务编号以本表为准。"])
        summary.merge_cells("A5:E5")
    views = {"产业发展": [[1, "建设标准化厂房", "某县工信局", "某县自然资源局", "主体封顶"],
                      [2, "培育规上企业", "某县工信局", "各乡镇人民政府", "入库2家"]],
             "民生保障": [[1, "新建托育机构", "某县卫健局", "某县教育局", "已备案"]]}
    for name, rows in views.items():
        sheet = book.create_sheet(name)
        if views_titled:
            sheet.append([f"{name}类重点任务推进情况"])
            sheet.merge_cells("A1:E1")
        for row in (["序号", "任务名称", "牵头单位", "责任单位", "进展情况"], *rows):
            sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("views_titled", [True, False])
def test_xlsx_sheets_repeating_an_earlier_sheets_rows_are_set_aside(tmp_path, views_titled):
    """A 台账 lists its tasks on a 汇总 sheet and again on a sheet per 类别 (renumbered, a 进展情况 column added):
    those sheets are views of the rows read already, set aside, each named in the reading report; the tasks read once,
    numbered as the 汇总 numbers them."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    path = _summary_and_views_workbook(tmp_path / "台账.xlsx", views_titled)
    (plan_text,) = read_file(path)
    plan = parse_plan(plan_text)
    assert [(s.title, t.number, [(a.name, a.role) for a in t.assignments]) for s in plan.sections for t in s.tasks] == [
        ("产业发展", 1, [("某县工信局", "lead"), ("某县自然资源局", "responsible")]),
        ("产业发展", 2, [("某县工信局", "lead"), ("各乡镇人民政府", "responsible")]),
        ("民生保障", 3, [("某县卫健局", "lead"), ("某县教育局", "responsible")])]
    said = [note.text for note in plan.readings]
    assert any("'产业发展'" in text and "set aside" in text for text in said)
    assert any("'民生保障'" in text and "set aside" in text for text in said)
    assert "主体封顶" not in to_text(path)


def test_xlsx_count_sheet_and_notes_sheet_beside_a_ledger_are_set_aside(tmp_path):
    """A 督办 system's export adds a per-unit count sheet (牵头任务数 …, a 合计 row) and a 填报说明 sheet of numbered
    notes beside its 台账: neither holds a task, each is set aside and named in the reading report (before: the count
    rows read as tasks numbered by their figures, the notes as tasks 1. 2.)."""
    openpyxl = pytest.importorskip("openpyxl")
    from generator.parse import parse_plan
    from generator.source.read import read_file

    book = openpyxl.Workbook()
    ledger = book.active
    ledger.title = "督办台账"
    for row in (["序号", "重点任务", "牵头单位", "配合单位"], [1, "建设标准化厂房", "某县工信局", "某县财政局"],
                [2, "新建托育机构", "某县卫健局", "某县教育局"]):
        ledger.append(row)
    counts = book.create_sheet("统计汇总")
    for row in (["责任单位任务统计"], ["责任单位", "牵头任务数", "配合任务数", "进度滞后"], ["某县工信局", 1, 0, 0],
                ["某县财政局", 0, 1, 1], ["合计", 2, 2, 1]):
        counts.append(row)
    notes = book.create_sheet("填报说明")
    for row in (["填报说明"], ["1.同一任务涉及多个责任单位的，按一单位一行导出。"], ["2.各责任单位应于每月25日前填报进展。"]):
        notes.append(row)
    book.save(tmp_path / "台账.xlsx")
    (plan_text,) = read_file(tmp_path / "台账.xlsx")
    plan = parse_plan(plan_text)
    tasks = [t for s in plan.sections for t in s.tasks]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in tasks] == [
        (1, [("某县工信局", "lead"), ("某县财政局", "support")]),
        (2, [("某县卫健局", "lead"), ("某县教育局", "support")])]
    said = [note.text for note in plan.readings]
    assert any("'统计汇总'" in text and "set aside" in text for text in said)
    assert any("'填报说明'" in text and "set aside" in text for text in said)


@pytest.mark.parametrize("signoff", [["联系人：王某某　电话：0000-1234567"], ["制表人：刘某", "审核人：陈某"], []])
def test_xlsx_notes_sheet_closed_by_its_signoff_is_set_aside(tmp_path, signoff):
    """A 说明 sheet of numbered 填表说明 points may close with its sign-off, unnumbered (联系人：… 电话：…, or 制表人 |
    审核人 a cell each): still the notes on filling the workbook, set aside (before: its points read as tasks 1. 2.,
    hiding the table's own tasks 1 and 2)."""
    openpyxl = pytest.importorskip("openpyxl")
    from generator.parse import parse_plan
    from generator.source.read import read_file

    book = openpyxl.Workbook()
    book.active.title = "分解表"
    for row in (["某市重点任务分解表"], ["序号", "重点任务", "牵头单位", "配合单位"], [1, "实施老旧小区改造", "某市住建局", "某市财政局"],
                [2, "推进城中村改造", "某市自然资源局", "某市财政局"], [3, "加强管网建设", "某市城管局", "某市水务局"]):
        book.active.append(row)
    notes = book.create_sheet("说明")
    for row in (["填表说明"], ["1.本表由某市发展改革委负责汇总。"], ["2.各牵头单位每季度报送进展。"], signoff):
        notes.append(row)
    book.save(tmp_path / "分解表.xlsx")
    (plan_text,) = read_file(tmp_path / "分解表.xlsx")
    plan = parse_plan(plan_text)
    tasks = [t for s in plan.sections for t in s.tasks]
    assert [(t.number, [a.name for a in t.assignments]) for t in tasks] == [
        (1, ["某市住建局", "某市财政局"]), (2, ["某市自然资源局", "某市财政局"]), (3, ["某市城管局", "某市水务局"])]
    assert any("'说明'" in note.text and "set aside" in note.text for note in plan.readings)


def test_xlsx_notes_sheet_naming_a_contact_office_with_its_other_name_is_set_aside(tmp_path):
    """A 填报说明 point giving the office to contact with its other name in brackets (请联系县营商办（县发展和改革局）)
    names no unit doing the point: the sheet is still the notes, set aside, and the table's tasks 1 and 2 stay its own
    (before: the bracket read as a closing bracket of units, the notes read as tasks hiding 1 and 2). A point closing
    with a bracket of units after its work still makes the sheet tasks (the test above)."""
    openpyxl = pytest.importorskip("openpyxl")
    from generator.parse import parse_plan
    from generator.source.read import read_file

    book = openpyxl.Workbook()
    book.active.title = "分解表"
    for row in (["某县重点任务分解表"], ["序号", "重点任务", "牵头单位"], [1, "压减审批时限", "县行政审批局"],
                [2, "推进证照分离", "县市场监管局"]):
        book.active.append(row)
    notes = book.create_sheet("填报说明")
    for row in (["1.请按季度填报进展。"], ["2.如有疑问请联系县营商办（县发展和改革局）。"]):
        notes.append(row)
    book.save(tmp_path / "分解表.xlsx")
    (plan_text,) = read_file(tmp_path / "分解表.xlsx")
    tasks = [t for s in parse_plan(plan_text).sections for t in s.tasks]
    assert [(t.number, [a.name for a in t.assignments]) for t in tasks] == [(1, ["县行政审批局"]), (2, ["县市场监管局"])]
    # points whose work ends in a facility's name, then their units' bracket, are tasks: no verb of contacting before it
    book.remove(notes)
    projects = book.create_sheet("说明")
    for row in (["3.新建县第二中学（县教育局）"], ["4.改扩建县人民医院（县卫健局）"]):
        projects.append(row)
    book.save(tmp_path / "项目.xlsx")
    assert any("县卫健局" in line for line in read_file(tmp_path / "项目.xlsx")[0].lines)


def test_xlsx_sheet_of_figures_beside_task_names_is_read(tmp_path):
    """A sheet whose rows hold figures beside a task column (重点项目 | 年度投资 | 形象进度) is a task table: read."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["说明"])
    book.active.append(["本表由县发展改革局汇总。"])
    sheet = book.create_sheet("项目")
    for row in (["序号", "重点任务", "牵头单位", "计划投资"], [1, "建设标准化厂房", "某县工信局", 500]):
        sheet.append(row)
    book.save(tmp_path / "项目.xlsx")
    assert "建设标准化厂房" in to_text(tmp_path / "项目.xlsx")


def test_xlsx_sheet_sharing_some_rows_with_an_earlier_one_is_read(tmp_path):
    """A sheet holding a row of its own beside rows an earlier sheet holds is no view of it: every row is read."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    first = book.active
    for row in (["序号", "重点任务", "牵头单位"], [1, "汽车补贴", "某市商务局"], [2, "家电补贴", "某市财政局"]):
        first.append(row)
    second = book.create_sheet("第二批")
    for row in (["序号", "重点任务", "牵头单位"], [1, "汽车补贴", "某市商务局"], [2, "餐饮补贴", "某市商务局"]):
        second.append(row)
    book.save(tmp_path / "清单.xlsx")
    text = to_text(tmp_path / "清单.xlsx")
    assert text.count("汽车补贴") == 2 and "餐饮补贴" in text


def test_xlsx_sheet_naming_other_units_for_the_same_tasks_is_read(tmp_path):
    """The same tasks with other units (牵头单位 on the 市直 sheet, 责任单位 on the 县区 sheet) are each sheet's share of
    the work, no view of the first: both are read."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    first = book.active
    first.title = "市直部门"
    for row in (["序号", "重点任务", "牵头单位", "完成时限"], [1, "汽车补贴", "某市商务局", "6月"], [2, "家电补贴", "某市财政局", "9月"]):
        first.append(row)
    second = book.create_sheet("县区")
    for row in (["序号", "重点任务", "责任单位", "完成时限"], [1, "汽车补贴", "各县（市、区）人民政府", "6月"],
                [2, "家电补贴", "各县（市、区）人民政府", "9月"]):
        second.append(row)
    book.save(tmp_path / "分工.xlsx")
    text = to_text(tmp_path / "分工.xlsx")
    assert text.count("汽车补贴") == 2 and "各县（市、区）人民政府" in text


# a 要点 kept in a workbook's column A, a paragraph a row, as Excel's copy pastes it: a paragraph holding an ASCII quote
# (Excel does not curl them) or an in-cell line break quoted, its own quotes doubled
POINTS_COPY = """某局2026年工作要点
一、优化营商环境
1．推进登记便利化改革。（责任科室：登记注册科）
"2．支持""名特优新""个体工商户发展。（责任科室：信用监督管理科）"
"3．推进电梯按需维保试点。
（责任科室：特种设备安全监察科）"
二、加强价格监管
"4．开展""双随机""检查。（责任科室：价格监督检查科）"
5．规范涉企收费。（责任科室：价格监督检查科）"""


def test_xlsx_one_column_paragraphs_quoted_by_the_copy_read_as_their_text(tmp_path):
    """A one-column sheet's rows are paragraphs: a task written with a quote or an in-cell break keeps its number and
    its own units (not merged into the task above, nor lost after a heading), from the workbook and from its copy."""
    from generator.source.read import read_bytes, read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for cell in ["某局2026年工作要点", "一、优化营商环境", "1．推进登记便利化改革。（责任科室：登记注册科）",
                 '2．支持"名特优新"个体工商户发展。（责任科室：信用监督管理科）',
                 "3．推进电梯按需维保试点。\n（责任科室：特种设备安全监察科）", "二、加强价格监管",
                 '4．开展"双随机"检查。（责任科室：价格监督检查科）', "5．规范涉企收费。（责任科室：价格监督检查科）"]:
        book.active.append([cell])
    path = tmp_path / "要点.xlsx"
    book.save(path)
    from_sheet = _tasks(read_file(path))
    assert from_sheet == _tasks(read_bytes(POINTS_COPY.encode("utf-8"), "copy.txt"))
    assert from_sheet == [("一", 1, [("登记注册科", "responsible")]), ("一", 2, [("信用监督管理科", "responsible")]),
                          ("一", 3, [("特种设备安全监察科", "responsible")]),
                          ("二", 4, [("价格监督检查科", "responsible")]), ("二", 5, [("价格监督检查科", "responsible")])]
    assert '\n2．支持"名特优新"个体工商户发展' in to_text(path)  # the text the cell holds, its quotes single


def _web_export_workbook(path: Path, cells: list[list[str]]) -> Path:
    """A 督办 system's export: a title row, the header 任务编号 | 任务名称 | 牵头单位 | 协办单位 | 责任人, the rows given."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某市重点任务督办清单"])
    sheet.append(["任务编号", "任务名称", "牵头单位", "协办单位", "责任人"])
    for row in cells:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_a_pipe_inside_a_cell_is_the_cells_text(tmp_path):
    """A system joins 姓名|电话 in one cell: the row is still the workbook's row of cells (before: read as a pipe-table
    line and glued onto the task above, task 2 lost)."""
    from generator.source.read import read_file

    path = _web_export_workbook(tmp_path / "督办.xlsx", [
        ["2026-001", "扩大有效投资", "市甲局", "市乙局", "李某某"],
        ["2026-002", "促进消费", "市丙局", "市丁局", "赵某某|13805710021"],
        ["2026-003", "稳定粮食生产", "市戊局", "市己局", "沈某某"]])
    assert _tasks(read_file(path)) == [("", 1, [("市甲局", "lead"), ("市乙局", "support")]),
                                       ("", 2, [("市丙局", "lead"), ("市丁局", "support")]),
                                       ("", 3, [("市戊局", "lead"), ("市己局", "support")])]


def test_xlsx_the_carriage_return_escape_of_a_cell_typed_a_unit_a_line_is_decoded(tmp_path):
    """A unit cell typed one unit a line in a web form (CRLF) is stored with OOXML's escape of the carriage return,
    市甲局_x000D_ and a line break: the escape is the character it stands for, so each line is a unit (before:
    市甲局_x000D_ one name, or the two glued). _x005F_ escapes a literal underscore the same way."""
    from generator.source.read import read_file

    path = _web_export_workbook(tmp_path / "督办.xlsx", [
        ["2026-001", "扩大有效投资", "市甲局", "市乙局_x000D_\n市丙局", "李某某"],
        ["2026-002", "促进消费", "市丁局", "市戊局_x000D_\n各县（市、区）人民政府", "赵某某"]])
    assert _tasks(read_file(path)) == [
        ("", 1, [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
        ("", 2, [("市丁局", "lead"), ("市戊局", "support"), ("各县（市、区）人民政府", "support")])]
    assert "_x000D_" not in to_text(path)


def test_xlsx_html_left_in_a_web_systems_cell_is_read_as_the_page_showed_it(tmp_path):
    """A web system stores a rich-text field's HTML and exports it as typed: <br> a line break inside the cell,
    &nbsp; a space, &amp; an ampersand (before: 市乙局<br>市丙局 one name, &nbsp read as a unit)."""
    from generator.source.read import read_file

    path = _web_export_workbook(tmp_path / "督办.xlsx", [
        ["2026-001", "扩大有效投资", "市甲局", "市乙局<br>市丙局", "李某某"],
        ["2026-002", "促进消费", "市丁局", "市戊局、&nbsp;市己局", "赵某某"]])
    assert _tasks(read_file(path)) == [
        ("", 1, [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
        ("", 2, [("市丁局", "lead"), ("市戊局", "support"), ("市己局", "support")])]
    assert "&nbsp" not in to_text(path) and "<br>" not in to_text(path)


def test_xlsx_header_cells_wrapped_with_alt_enter_head_the_table(tmp_path):
    """Header cells wrapped inside the cell (责任 / 部门, 完成 / 时限), as Excel users wrap narrow columns: the header is
    read whole and each wrapped name is one column, so every row is a task with its unit."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in [["某县农业工作任务表"], ["序号", "工作任务", "责任\n部门", "完成\n时限"],
                [1, "建设高标准农田", "县农业农村局", "2026年10月底"],
                [2, "整治农村人居环境", "县住房城乡建设局", "2026年12月底"]]:
        book.active.append(row)
    assert _tasks(read_file(_saved(book, tmp_path / "任务.xlsx"))) == [
        ("", 1, [("县农业农村局", "responsible")]), ("", 2, [("县住房城乡建设局", "responsible")])]


def _saved(book, path: Path) -> Path:
    book.save(path)
    return path


def test_xlsx_hidden_columns_are_no_part_of_the_table(tmp_path):
    """A column the sheet hides (last year's 牵头单位, an 内部编码 for the office's own system) is not read: its units
    are no leads, its empty cells carry no unit down. A group row merged across the table from a hidden first
    column shows in the first shown one, as Excel draws it."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某县供水任务分解表"])
    sheet.append(["内部编码", "序号", "重点任务", "原牵头单位", "牵头单位", "配合单位", "完成时限"])
    sheet.append(["一、水源保障"])
    sheet.append(["GS-01", 1, "新建城东水厂", "县建设局", "县水利局", "县财政局", "2026年底"])
    sheet.append(["GS-02", 2, "改造老旧管网", None, "县住房城乡建设局", "县城管局", "2026年底"])
    sheet.merge_cells("A3:G3")
    for column in ("A", "D"):
        sheet.column_dimensions[column].hidden = True
    plan = _tasks(read_file(_saved(book, tmp_path / "分解表.xlsx")))
    assert plan == [("一", 1, [("县水利局", "lead"), ("县财政局", "support")]),
                    ("一", 2, [("县住房城乡建设局", "lead"), ("县城管局", "support")])]


def test_xlsx_hidden_rows_are_no_part_of_the_table(tmp_path):
    """A row the sheet hides (a row of an import system's field codes under the header, a task withdrawn and hidden
    rather than renumbered) is not read: neither is a task."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["某县供水任务分解表"], ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
                ["xh", "rwmc", "qtdw", "phdw", "wcsx"], [1, "新建城东水厂", "县水利局", "县财政局", "2026年底"],
                [2, "开展管网普查", "县住房城乡建设局", "县供水公司", "删除"],
                [3, "改造老旧管网", "县住房城乡建设局", "县城管局", "2026年底"]):
        sheet.append(row)
    for row in (3, 5):
        sheet.row_dimensions[row].hidden = True
    plan = _tasks(read_file(_saved(book, tmp_path / "分解表.xlsx")))
    assert plan == [("", 1, [("县水利局", "lead"), ("县财政局", "support")]),
                    ("", 3, [("县住房城乡建设局", "lead"), ("县城管局", "support")])]


def _grouped_ledger():
    """A 督办台账: each 重点任务 a summary row above its measure rows, the measures grouped at outline level 1."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["序号", "重点任务", "具体措施", "牵头单位", "责任单位", "完成时限"], ["一", "优化审批"],
                [1, None, "推行拿地即开工", "市住房和城乡建设局", "市自然资源和规划局", "2025年底"],
                [2, None, "推行联合验收", "市住房和城乡建设局", "市消防救援支队", "2025年底"], ["二", "规范执法"],
                [3, None, "推行综合查一次", "市司法局", "市应急管理局", "2025年底"]):
        sheet.append(row)
    sheet.sheet_properties.outlinePr.summaryBelow = False
    return book, sheet


LEDGER_TASKS = [("一", 1, [("市住房和城乡建设局", "lead"), ("市自然资源和规划局", "responsible")]),
                ("一", 2, [("市住房和城乡建设局", "lead"), ("市消防救援支队", "responsible")]),
                ("二", 3, [("市司法局", "lead"), ("市应急管理局", "responsible")])]


def test_xlsx_rows_of_a_collapsed_outline_group_are_read(tmp_path):
    """A 台账 saved with a 重点任务's group folded (分级显示, a + beside it) hides its measure rows from view only:
    they are read. A row hidden by hand inside an open group (the group's other rows shown) stays unread."""
    from generator.source.read import read_file

    book, sheet = _grouped_ledger()
    for row in (3, 4, 6):
        sheet.row_dimensions[row].outlineLevel = 1
    for row in (3, 4):
        sheet.row_dimensions[row].hidden = True
    sheet.row_dimensions[2].collapsed = True
    assert _tasks(read_file(_saved(book, tmp_path / "台账.xlsx"))) == LEDGER_TASKS
    sheet.row_dimensions[2].collapsed = False
    sheet.row_dimensions[3].hidden = False  # the group open, task 2 hidden by hand within it: withdrawn
    assert _tasks(read_file(_saved(book, tmp_path / "台账2.xlsx"))) == [LEDGER_TASKS[0], LEDGER_TASKS[2]]


def test_xlsx_a_row_hidden_alone_at_outline_level_1_is_no_folded_group_without_its_summary_rows_mark(tmp_path):
    """Task 2 hidden by hand at outline level 1 between shown rows is all its "group": with no collapsed mark on the
    summary row beside it (above here, summaryBelow off) it is withdrawn and stays unread; marked, it is folded."""
    from generator.source.read import read_file

    book, sheet = _grouped_ledger()
    sheet.row_dimensions[4].outlineLevel = 1
    sheet.row_dimensions[4].hidden = True
    assert _tasks(read_file(_saved(book, tmp_path / "台账.xlsx"))) == [LEDGER_TASKS[0], LEDGER_TASKS[2]]
    sheet.row_dimensions[3].collapsed = True
    assert _tasks(read_file(_saved(book, tmp_path / "台账2.xlsx"))) == LEDGER_TASKS


def test_xls_outline_rows_fold_with_the_collapsed_mark_or_as_a_group_of_two_rows():
    """An .xls from LibreOffice drops the collapsed mark: a group of two hidden rows is folded; one row hidden alone
    at level 1 is folded only when a row beside it carries the mark. Rows: (number, level, hidden, collapsed)."""
    from generator.source.formats.xlsx import folded_rows

    two = [(1, 0, False, False), (2, 1, True, False), (3, 1, True, False), (4, 0, False, False)]
    one = [(1, 0, False, False), (2, 1, True, False), (3, 0, False, False)]
    assert folded_rows(two, summary_below=None) == {2, 3}
    assert folded_rows(one, summary_below=None) == set()
    assert folded_rows([*one[:2], (3, 0, False, True)], summary_below=None) == {2}
    assert folded_rows(two, summary_below=True) == set()  # an .xlsx asks for the mark


def test_xlsx_rows_hidden_by_an_autofilter_criterion_are_read(tmp_path):
    """A 台账 saved filtered (only 市司法局's rows shown) still publishes every row; under a filter holding no
    criterion (its buttons only) a hidden row is hidden by hand, and stays unread."""
    from openpyxl.worksheet.filters import FilterColumn, Filters

    from generator.source.read import read_file

    book, sheet = _grouped_ledger()
    for row in (3, 4):
        sheet.row_dimensions[row].hidden = True
    sheet.auto_filter.ref = "A1:F6"
    assert _tasks(read_file(_saved(book, tmp_path / "台账.xlsx"))) == [LEDGER_TASKS[2]]
    sheet.auto_filter.filterColumn.append(FilterColumn(colId=3, filters=Filters(filter=["市司法局"])))
    assert _tasks(read_file(_saved(book, tmp_path / "台账2.xlsx"))) == LEDGER_TASKS


def test_xlsx_a_row_hidden_by_hand_under_a_filter_its_cells_pass_stays_unread(tmp_path):
    """Under a filter showing 市住房和城乡建设局's rows, task 2 (that office's too) is hidden by hand, not by the
    filter: withdrawn, unread; task 3 (市司法局) the filter hides: read. A custom filter (市住*) is judged alike; a
    criterion the reader does not judge (top 10) leaves its hidden rows unread."""
    from openpyxl.worksheet.filters import CustomFilter, CustomFilters, FilterColumn, Filters, Top10

    from generator.source.read import read_file

    book, sheet = _grouped_ledger()
    for row in (4, 6):
        sheet.row_dimensions[row].hidden = True
    sheet.auto_filter.ref = "A1:F6"
    sheet.auto_filter.filterColumn.append(FilterColumn(colId=3, filters=Filters(filter=["市住房和城乡建设局"], blank=True)))
    assert _tasks(read_file(_saved(book, tmp_path / "台账.xlsx"))) == [LEDGER_TASKS[0], LEDGER_TASKS[2]]
    sheet.auto_filter.filterColumn[0] = FilterColumn(
        colId=3, customFilters=CustomFilters(customFilter=[CustomFilter(operator="equal", val="市住*")]))
    assert _tasks(read_file(_saved(book, tmp_path / "台账2.xlsx"))) == [LEDGER_TASKS[0], LEDGER_TASKS[2]]
    sheet.auto_filter.filterColumn[0] = FilterColumn(colId=0, top10=Top10(top=True, val=2))
    assert _tasks(read_file(_saved(book, tmp_path / "台账3.xlsx"))) == [LEDGER_TASKS[0]]


def test_xlsx_merge_from_a_hidden_row_shows_in_its_first_shown_row_and_a_column_of_no_width_is_hidden(tmp_path):
    """A 牵头单位 merged down from a withdrawn task's hidden row shows, as Excel draws it, in the merge's first shown
    row, and so leads the tasks under it; a column set to width 0 (an exporter's way of hiding it) is not read."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["某县供水任务分解表"], ["序号", "重点任务", "牵头单位", "配合单位", "旧牵头单位"],
                [1, "开展管网普查", "县住房城乡建设局", "县供水公司", "县水利局"],
                [2, "改造老旧管网", None, "县城管局", "县水利局"], [3, "新建加压泵站", None, "县财政局", "县水利局"]):
        sheet.append(row)
    sheet.merge_cells("C3:C5")
    sheet.row_dimensions[3].hidden = True
    path = _saved(book, tmp_path / "分解表.xlsx")
    with zipfile.ZipFile(path) as saved:  # openpyxl writes no width of 0: set one in the sheet's XML as WPS does
        parts = {name: saved.read(name) for name in saved.namelist()}
    sheet_xml = "xl/worksheets/sheet1.xml"
    parts[sheet_xml] = parts[sheet_xml].replace(b"<sheetData>",
                                                b'<cols><col min="5" max="5" width="0" customWidth="1"/></cols><sheetData>')
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in parts.items():
            rewritten.writestr(name, data)
    plan = _tasks(read_file(path))
    assert plan == [("", 2, [("县住房城乡建设局", "lead"), ("县城管局", "support")]),
                    ("", 3, [("县住房城乡建设局", "lead"), ("县财政局", "support")])]


def test_xlsx_row_with_empty_trailing_cells_keeps_its_columns(tmp_path):
    """A row whose last cells are empty (a merged 完成时限 under its first row, the last column left blank) keeps
    them up to the header's width: its 备注 stays a 备注, not slid right onto the unit column after it."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["序号", "重点任务", "牵头单位", "阶段目标", "完成时限", "备注", "督办单位"],
                [1, "新建城东水厂", "县水利局", "6月底前开工", "2026年底", "县重点项目", "县督查室"],
                [2, "改造老旧管网", "县住房城乡建设局", "上半年完成清单", None, "列入民生实事"],
                [3, "规范道路挖掘", "县城管局", "/", None, None, "县督查室"]):
        sheet.append(row)
    sheet.merge_cells("E2:E4")
    path = _saved(book, tmp_path / "分解表.xlsx")
    names = [[name for name, _ in units] for _, _, units in _tasks(read_file(path))]
    assert names == [["县水利局", "县督查室"], ["县住房城乡建设局"], ["县城管局", "县督查室"]]


def test_xlsx_task_cell_merged_down_over_measure_rows_groups_them_on_every_sheet(tmp_path):
    """A 重点任务 cell merged over two numbered 具体措施 rows (B3:B4) beside single-row ones: the merge is read from the
    file, so the column groups the rows (each row titled by its measure) however few cells it merges, never a mix of
    rows titled by their heading and rows titled by their measure; the 牵头单位 merged with it leads both rows."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["某县工作推进台账"], ["序号", "重点任务", "具体措施", "牵头单位", "配合单位"],
                [1, "开展汽车以旧换新", "落实汽车报废更新补贴政策。", "县商务局", "县财政局"],
                [2, None, "组织开展汽车促消费活动。", None, "县工商联"],
                [3, "加强宣传引导", "开展政策宣传解读。", "县委宣传部", "县融媒体中心"],
                [4, "打击骗补行为", "加强补贴资金监督检查。", "县财政局", "县审计局"]):
        sheet.append(row)
    sheet.merge_cells("A1:E1")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("D3:D4")
    (plan_text,) = read_file(_saved(book, tmp_path / "台账.xlsx"))
    plan = parse_plan(plan_text)
    tasks = [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for s in plan.sections for t in s.tasks]
    assert [s.title for s in plan.sections] == ["开展汽车以旧换新", "加强宣传引导", "打击骗补行为"]
    assert tasks == [(1, "落实汽车报废更新补贴政策", [("县商务局", "lead"), ("县财政局", "support")]),
                     (2, "组织开展汽车促消费活动", [("县商务局", "lead"), ("县工商联", "support")]),
                     (3, "开展政策宣传解读", [("县委宣传部", "lead"), ("县融媒体中心", "support")]),
                     (4, "加强补贴资金监督检查", [("县财政局", "lead"), ("县审计局", "support")])]


def _one_column_sheet(tmp_path, rows, *merges: str) -> list[str]:
    """The plan texts of a sheet written from `rows` (a row a list of cell values) with `merges`."""
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for merged in merges:
        sheet.merge_cells(merged)
    return read_file(_saved(book, tmp_path / "要点.xlsx"))


def test_xlsx_one_column_task_merged_down_to_make_it_taller_is_read_once(tmp_path):
    """A one-column 要点 sheet whose long task line is merged down over the empty row under it (A3:A4): the covered
    row holds nothing of its own, so it is no table row and stays blank; the task is read once, numbered as before."""
    from generator.parse import parse_plan

    (plan_text,) = _one_column_sheet(tmp_path, (["某县2025年重点工作要点"], ["一、推进产业升级"],
                                                ["1.建设先进制造业集群，培育一批产业集群。（县工信局牵头）"], [None],
                                                ["2.培育专精特新企业。（县科技局牵头）"]), "A3:A4")
    plan = parse_plan(plan_text)
    assert [(t.number, t.id) for s in plan.sections for t in s.tasks] == [(1, "task-1"), (2, "task-2")]
    assert "\n".join(plan_text.lines).count("建设先进制造业集群") == 1


def test_xlsx_title_merged_down_over_a_blank_row_is_written_once(tmp_path):
    """A title merged down two rows (A1:A2) over a one-column sheet: the covered row holds no cell of its own, so
    the sheet's copy keeps it blank, as Excel's does, rather than writing the title again under itself."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["某县2025年重点工作要点"], [None], ["一、推进产业升级"], ["1.建设城东水厂。（县水利局牵头）"]):
        sheet.append(row)
    sheet.merge_cells("A1:A2")
    text = to_text(_saved(book, tmp_path / "要点.xlsx"))
    assert text.splitlines()[:3] == ["某县2025年重点工作要点", "", "一、推进产业升级"]


def test_xlsx_note_merged_down_under_a_table_is_written_once(tmp_path):
    """A 注 merged down two rows (A6:A7) under a task table: the covered row holds no cell of its own, so the note is
    one line, not a second 注 read into the plan."""
    (plan_text,) = _one_column_sheet(tmp_path, (["某县2025年重点工作任务分工表"], ["序号", "工作任务", "牵头单位"],
                                                [1, "建设城东水厂", "县水利局"], [2, "改造老旧管网", "县住建局"],
                                                [None], ["注：各乡镇负责落实。"], [None]), "A6:A7")
    assert "\n".join(plan_text.lines).count("注：各乡镇负责落实。") == 1


def test_xlsx_sheets_under_one_title_keep_the_bracketed_line_naming_what_each_covers(tmp_path):
    """Two sheets repeating one ledger title, each naming its 行动 on a bracketed line under it: the line completes
    each plan's title (as （2024—2026年） under a title does), so the two plans are told apart; it is no task."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheets = {"回收": ("（回收循环利用行动）", [[1, "完善废旧产品回收网络", "县商务局", "县供销合作社联合社"],
                                           [2, "落实回收企业税收政策", "县税务局", "县财政局"]]),
              "标准": ("（标准提升行动）", [[1, "开展产品质量抽查", "县市场监督管理局", "县商务局"],
                                       [2, "宣贯能效标准", "县发展改革局", "县工业和信息化局"]])}
    for n, (name, (scope, rows)) in enumerate(sheets.items()):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = name
        for row in (["某县工作推进台账"], [scope], ["序号", "重点任务", "牵头单位", "配合单位"], *rows):
            sheet.append(row)
        sheet.merge_cells("A1:D1")
        sheet.merge_cells("A2:D2")
    plans = [parse_plan(text) for text in read_file(_saved(book, tmp_path / "台账.xlsx"))]
    assert [p.title for p in plans] == ["某县工作推进台账（回收循环利用行动）", "某县工作推进台账（标准提升行动）"]
    assert [[t.title for s in p.sections for t in s.tasks] for p in plans] == [
        ["完善废旧产品回收网络", "落实回收企业税收政策"], ["开展产品质量抽查", "宣贯能效标准"]]


def _ledger_book(scopes: list[str]):
    """A workbook whose sheets repeat one ledger title, each with its bracketed line under it and two task rows."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for n, scope in enumerate(scopes):
        sheet = book.active if n == 0 else book.create_sheet()
        for row in (["某县工作推进台账"], [scope], ["序号", "重点任务", "牵头单位", "配合单位"],
                    [1, f"推进第{n + 1}批项目建设", "县发展改革局", "县财政局"],
                    [2, f"开展第{n + 1}轮督导检查", "县商务局", "县审计局"]):
            sheet.append(row)
    return book


@pytest.mark.parametrize("summary", ["（十大重点工程）", "（各重点领域）", "（三项行动）", "（重点领域）", "（设备更新等行动）"])
def test_xlsx_sheets_under_one_title_leave_a_summing_bracketed_line_out_of_the_title(tmp_path, summary):
    """A bracketed line under a repeated ledger title that counts or gathers the programme's parts (（十大重点工程）,
    （各重点领域）) names no part a sheet covers: the title (and so the plan's id) stays the title; a naming line on the
    other sheet still completes its own."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    book = _ledger_book([summary, "（标准提升行动）"])
    plans = [parse_plan(text) for text in read_file(_saved(book, tmp_path / "台账.xlsx"))]
    assert [p.title for p in plans] == ["某县工作推进台账", "某县工作推进台账（标准提升行动）"]


@pytest.mark.parametrize("part", ["（公共领域）", "（共享经济领域）", "（共同富裕行动）"])
def test_xlsx_sheets_under_one_title_keep_a_part_whose_name_holds_gong(tmp_path, part):
    """共 sums a programme up only as a total opening the line before a number (（共五个领域）): in 公共领域, 共享经济领域 or
    共同富裕行动 it is a letter of the part's name, and the line completes the sheet's title like any other part."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    book = _ledger_book([part, "（标准提升行动）"])
    plans = [parse_plan(text) for text in read_file(_saved(book, tmp_path / "台账.xlsx"))]
    assert [p.title for p in plans] == [f"某县工作推进台账{part}", "某县工作推进台账（标准提升行动）"]


def test_xlsx_sheets_whose_summing_lines_are_both_left_out_keep_them_and_their_own_ids(tmp_path):
    """Two sheets under one ledger title whose bracketed lines both sum the programme up (（重点工程）, （各重点领域）):
    left out of both titles they would read as one title and one plan id, and the site would drop one plan. The lines
    stay in those titles, so every sheet keeps an id of its own."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    book = _ledger_book(["（重点工程）", "（各重点领域）", "（标准提升行动）"])
    plans = [parse_plan(text) for text in read_file(_saved(book, tmp_path / "台账.xlsx"))]
    assert [p.title for p in plans] == ["某县工作推进台账（重点工程）", "某县工作推进台账（各重点领域）",
                                        "某县工作推进台账（标准提升行动）"]
    assert len({p.id for p in plans}) == 3


def test_a_bracketed_part_under_a_title_of_its_own_leaves_the_title_and_id_as_they_are():
    """Under a title no other plan on the page repeats, a bracketed （…行动） line tells no plans apart: the title stays as
    written, so the plan's id (and URL) does not change with the line."""
    from generator.parse import parse_plan
    from generator.source.read import split_page

    text = "某县推动设备更新工作方案\n（设备更新行动）\n一、重点任务\n（一）推进工业设备更新。牵头单位：县工信局\n"
    plans = [parse_plan(p) for p in split_page(text, "<test>")]
    assert [p.title for p in plans] == ["某县推动设备更新工作方案"]


def test_xlsx_time_of_day_cell_reads_as_the_sheet_shows_it(tmp_path):
    """A cell holding a time of day only (a meeting's 9:30 under the format h:mm) reads as the sheet shows it, not as
    a damaged workbook."""
    import datetime

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "工作任务", "牵头单位", "完成时限"])
    sheet.append([1, "召开调度会", "县政府办", datetime.time(9, 30)])
    sheet["D2"].number_format = "h:mm"
    text = to_text(_saved(book, tmp_path / "调度.xlsx"))
    assert "完成时限:9:30" in text


def test_xlsx_past_the_unpacking_limit_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    import generator.source.formats.xlsx as xlsx_format

    path = _breakdown_workbook(tmp_path / "分解表.xlsx")
    monkeypatch.setattr(xlsx_format, "MAX_ARCHIVE_BYTES", 1000)
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert "unpacks to" in err.value.message and err.value.path == str(path)


def test_corrupt_xlsx_is_refused_naming_the_file(tmp_path):
    from generator.source.read import read_file

    path = tmp_path / "任务清单.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert err.value.path == str(path) and "xlsx" in err.value.message


# ---------------------------------------------------------------- xls (Excel 97-2003)

# Fixtures saved by LibreOffice (soffice --convert-to xls / xlsx) from one workbook written with openpyxl, so the
# .xls and the .xlsx hold the same content: breakdown.* has a title and a 备注 merged across, a 类别 cell merged down
# over its group's rows, a date (format yyyy/m/d), 序号 computed by formulas (=A3+1), a hidden row (task 3, withdrawn)
# and a hidden sheet; legend_red.* has unit cells whose lead is printed in red and a 注 saying so.


def test_xls_reads_as_the_xlsx_of_the_same_content():
    """An Excel 97-2003 workbook is read as the .xlsx holding the same sheets: the same text, cell for cell."""
    assert to_text(FIXTURES / "breakdown.xls") == to_text(FIXTURES / "breakdown.xlsx")
    assert to_text(FIXTURES / "legend_red.xls") == to_text(FIXTURES / "legend_red.xlsx")


def test_xls_breakdown_merges_dates_formulas_and_hidden_parts():
    """A merged 类别 groups its rows, a date cell reads as plans write dates, a formula's 序号 is the value the file
    keeps, and what the workbook hides (a withdrawn task's row, a sheet of notes) is not read."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    (plan_text,) = read_file(FIXTURES / "breakdown.xls")
    plan = parse_plan(plan_text)
    assert [(s.number, s.title) for s in plan.sections] == [("一", "项目建设"), ("二", "民生保障")]
    assert _tasks([plan_text]) == [
        ("一", 1, [("县发展改革局", "lead"), ("县自然资源局", "support"), ("县财政局", "support")]),
        ("一", 2, [("县交通运输局", "lead"), ("县住房城乡建设局", "support")]),
        ("二", 4, [("县卫生健康局", "lead"), ("县财政局", "support"), ("各乡镇人民政府", "support")]),
    ]
    text = to_text(FIXTURES / "breakdown.xls")
    assert "完成时限:2025年6月30日" in text
    assert "开展管网普查" not in text and "仅供内部核对" not in text


def test_xls_rows_of_a_collapsed_outline_group_are_read():
    """outline.xls (make_doc_fixtures.py): group 一 folded, its measure rows read as in an .xlsx; in the open group
    二 a row hidden by hand (task 4, withdrawn) stays unread."""
    from generator.source.read import read_file

    assert _tasks(read_file(FIXTURES / "outline.xls")) == LEDGER_TASKS + OUTLINE_TASKS_4_5[1:]


# tasks 4 and 5 of the ledger of outline.xls and filtered.xls (make_doc_fixtures._ledger)
OUTLINE_TASKS_4_5 = [("二", 4, [("市市场监督管理局", "lead"), ("市司法局", "responsible")]),
                     ("二", 5, [("市发展和改革委员会", "lead"), ("市财政局", "responsible")])]


def test_xls_rows_hidden_by_an_autofilter_criterion_are_read_and_a_row_hidden_by_hand_is_not():
    """filtered.xls (make_doc_fixtures.py): a 台账 saved under a filter showing 市住房和城乡建设局's rows and blank ones,
    kept in its AUTOFILTER record: tasks 3-5 (other offices) the filter hides are read, as from an .xlsx; task 2
    (that office's, passing the filter) hidden by hand stays unread."""
    from generator.source.read import read_file

    assert _tasks(read_file(FIXTURES / "filtered.xls")) == [LEDGER_TASKS[0], LEDGER_TASKS[2], *OUTLINE_TASKS_4_5]


def test_xls_unit_printed_red_leads_where_the_legend_says_so():
    """The runs of a unit cell printed in red reach the legend rule from an .xls as from an .xlsx."""
    from generator.source.read import read_file

    (plan_text,) = read_file(FIXTURES / "legend_red.xls")
    assert _tasks([plan_text]) == [("", 1, [("县水利局", "lead"), ("县财政局", "support")]),
                                   ("", 2, [("县财政局", "support"), ("县城管局", "lead")])]


def test_corrupt_xls_is_refused_naming_the_file(tmp_path):
    from generator.source.read import read_file

    old = tmp_path / "任务清单.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(PlansiteError) as err:
        read_file(old)
    assert err.value.path == str(old) and "damaged Excel 97-2003 .xls" in err.value.message
    truncated = tmp_path / "分解表.xls"
    truncated.write_bytes((FIXTURES / "breakdown.xls").read_bytes()[:3000])
    with pytest.raises(PlansiteError) as err:
        read_file(truncated)
    assert err.value.path == str(truncated) and ".xls" in err.value.message


def test_a_word_97_document_with_nothing_in_it_is_refused_naming_the_file(tmp_path):
    from generator.source.read import read_file

    old = tmp_path / "实施方案.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(PlansiteError, match="Word 97-2003") as err:
        read_file(old)
    assert err.value.path == str(old)


# ---------------------------------------------------------------- WPS Office (.wps, .et)
# WPS Office saves a text document as .wps and a sheet as .et (templates .wpt, .ett): since WPS 2005 the bytes of a
# Word 97-2003 .doc and an Excel 97-2003 .xls, so the .doc/.xls fixtures under those names are the files WPS writes.


def test_wps_text_and_sheet_files_read_as_the_word_and_excel_files_they_hold(tmp_path):
    from generator.source.read import read_file

    for suffix in (".wps", ".wpt", ".WPS"):
        document = tmp_path / f"实施方案{suffix}"
        document.write_bytes((FIXTURES / "plan.doc").read_bytes())
        assert to_text(document) == to_text(FIXTURES / "plan.doc")
    for suffix in (".et", ".ett"):
        sheet = tmp_path / f"分解表{suffix}"
        sheet.write_bytes((FIXTURES / "breakdown.xls").read_bytes())
        assert to_text(sheet) == to_text(FIXTURES / "breakdown.xls")
    assert _tasks(read_file(tmp_path / "分解表.et"))[0] == (
        "一", 1, [("县发展改革局", "lead"), ("县自然资源局", "support"), ("县财政局", "support")])
    for name in ("清单.et", "清单.xls"):  # a sheet saved as .xlsx under the older name
        package = tmp_path / name
        package.write_bytes((FIXTURES / "breakdown.xlsx").read_bytes())
        assert to_text(package) == to_text(FIXTURES / "breakdown.xlsx")


def test_wps_file_holding_no_office_97_document_is_refused_naming_the_file(tmp_path):
    from generator.source.read import read_file

    older = tmp_path / "通知.wps"  # a compound file with neither a WordDocument nor a Workbook stream
    older.write_bytes(_ole_holding_neither_a_document_nor_a_workbook())
    with pytest.raises(PlansiteError, match=r"holds no Office 97-2003 Word document .*save it as \.docx") as err:
        read_file(older)
    assert err.value.path == str(older)
    dos = tmp_path / "要点.wps"  # no compound file at all: a WPS of before 2005
    dos.write_bytes(b"\xff\x00WPS" + bytes(200))
    with pytest.raises(PlansiteError, match=r"older WPS Office.*save it as \.docx"):
        to_text(dos)
    older_sheet = tmp_path / "清单.et"
    older_sheet.write_bytes(_ole_holding_neither_a_document_nor_a_workbook())
    with pytest.raises(PlansiteError, match=r"holds no Office 97-2003 Excel workbook .*save it as \.xlsx"):
        to_text(older_sheet)
    pages = tmp_path / "plan.pages"
    pages.write_bytes(b"PK\x03\x04rest")
    with pytest.raises(PlansiteError, match=r"\.wps.*\.et.*\.odt"):  # the formats read, named when one is not
        to_text(pages)


def _ole_holding_neither_a_document_nor_a_workbook() -> bytes:
    """plan.doc with its WordDocument stream renamed in the compound file's directory: an OLE file of another kind."""
    name = "WordDocument".encode("utf-16-le")
    return (FIXTURES / "plan.doc").read_bytes().replace(name, "WordDocumenX".encode("utf-16-le"))


@pytest.mark.parametrize("name, fixture, holds, rename", [
    ("通知.wps", "sheet.xls", "an Excel 97-2003 workbook", r"name it \.xls"),
    ("通知.doc", "sheet.xls", "an Excel 97-2003 workbook", r"name it \.xls"),
    ("清单.et", "plan.doc", "a Word 97-2003 document", r"name it \.doc"),
    ("清单.xls", "plan.doc", "a Word 97-2003 document", r"name it \.doc")])
def test_an_office_97_file_under_the_other_kinds_name_is_refused_saying_what_it_holds(tmp_path, name, fixture, holds,
                                                                                      rename):
    """Sites swap the names of documents and sheets (.wps/.et, .doc/.xls): the compound file's streams tell which it
    holds, and the refusal says so and names the file, under WPS's names as under Office's; not "damaged", and no
    library's error text (before: an .xls holding a document was "damaged … (XLRDError: …)", a .wps holding a
    workbook "a file of an older WPS Office")."""
    from generator.source.read import read_file

    path = tmp_path / name
    path.write_bytes((FIXTURES / fixture).read_bytes())
    with pytest.raises(PlansiteError, match=f"is named {path.suffix} but holds {holds}.*{rename}") as err:
        read_file(path)
    assert err.value.path == str(path)
    assert "damaged" not in err.value.message and "Error" not in err.value.message


def test_an_office_97_file_named_xls_holding_no_workbook_is_refused_as_no_workbook(tmp_path):
    path = tmp_path / "清单.xls"
    path.write_bytes(_ole_holding_neither_a_document_nor_a_workbook())
    with pytest.raises(PlansiteError, match=r"not an Excel workbook \(no Workbook stream") as err:
        to_text(path)
    assert "damaged" not in err.value.message and "Error" not in err.value.message


def test_the_table_header_reader_the_pdf_reader_uses_is_public():
    """The PDF reader asks the table package where a ruled grid's header is (header_at) and which columns name units
    (UNIT_COLUMN_KINDS): public names, not a module's private ones."""
    from generator.source.formats.table.header import UNIT_COLUMN_KINDS, header_at

    rows = [["序号", "重点任务", "牵头单位", "配合单位"], ["1", "推进老旧小区改造", "县住建局", "县财政局"]]
    columns, first_row = header_at(rows, 0)
    assert (columns.kinds, first_row) == (["number", "task", "lead", "support"], 1)
    assert header_at(rows, 1) is None
    assert {"lead", "support"} <= set(UNIT_COLUMN_KINDS) and "task" not in UNIT_COLUMN_KINDS


# ---------------------------------------------------------------- task tables


def test_rows_to_text_two_row_header_sections_and_merged_cells():
    rows = [
        ["重点任务分工表"] * 5,
        ["序号", "工作任务", "责任分工", "责任分工", "完成时限"],
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["一", "强化安全生产责任", "强化安全生产责任", "强化安全生产责任", "强化安全生产责任"],
        ["1", "落实属地责任", "市安委办", "市委组织部\n市委宣传部", "6月30日前"],
        ["2", "加强督查。", "市安委办", "", "每季度"],
        ["二、排查风险隐患"] * 5,
        ["3", "加强矿山治理", "市应急局", "各县(市、区)人民政府", "年底前"],
        ["3", "加强矿山治理", "市自然资源和规划局", "市公安局", "年底前"],  # one task merged over two rows
    ]
    assert rows_to_text(rows).split("\n") == [
        "重点任务分工表",
        "一、强化安全生产责任",
        "1.落实属地责任(牵头单位:市安委办;配合单位:市委组织部、市委宣传部;完成时限:6月30日前)",
        "2.加强督查(牵头单位:市安委办;完成时限:每季度)。",
        "二、排查风险隐患",
        "3.加强矿山治理(牵头单位:市应急局;配合单位:各县(市、区)人民政府;完成时限:年底前)"
        "(牵头单位:市自然资源和规划局;配合单位:市公安局)",  # the merged deadline once
    ]


def test_rows_to_text_without_number_column_numbers_sequentially():
    rows = [
        ["重点任务", "责任单位", "协同单位", "完成时间"],
        ["健全安全生产责任体系", "市安委办", "", "长期坚持"],
        ["加强执法", "市应急局 市公安局", "各县区", "2024年12月31日前"],
        ["强化宣传", "同上", "", "同上"],
    ]
    # 责任单位 stays 责任单位: the design reads it as `responsible`, not `lead`
    assert rows_to_text(rows).split("\n") == [
        "1.健全安全生产责任体系(责任单位:市安委办;完成时限:长期坚持)",
        "2.加强执法(责任单位:市应急局、市公安局;配合单位:各县区;完成时限:2024年12月31日前)",
        "3.强化宣传(责任单位:市应急局、市公安局;完成时限:2024年12月31日前)",
    ]


def test_a_ditto_mark_or_a_spaced_tong_shang_is_the_cell_above():
    """Sheets exported from Excel write a merged cell's later rows as 〃 (or ″) or as 同上 spaced out to centre it
    (同  上), as their notes say: the cell above, never a unit named 〃."""
    rows = [
        ["序号", "整改措施", "牵头单位", "配合单位"],
        ["1", "清理合同", "镇经管站", "镇财政所"],
        ["2", "收回欠款", "〃", "″"],
        ["3", "公开账目", "同\u3000\u3000上", "镇纪委"],
    ]
    assert rows_to_text(rows).split("\n") == [
        "1.清理合同(牵头单位:镇经管站;配合单位:镇财政所)",
        "2.收回欠款(牵头单位:镇经管站;配合单位:镇财政所)",
        "3.公开账目(牵头单位:镇经管站;配合单位:镇纪委)",
    ]


def test_rows_to_text_header_variants():
    rows = [["编号", "具体措施", "牵头责任部门", "主要参与部门", "时限要求"],
            ["1", "开展隐患排查", "市应急局", "市公安局", "三季度末"]]
    assert rows_to_text(rows) == "1.开展隐患排查(牵头单位:市应急局;配合单位:市公安局;完成时限:三季度末)"


def test_rows_to_text_skips_the_header_repeated_on_the_next_page():
    header = [["序号", "工作任务", "责任分工", "责任分工", "完成时限"], ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]]
    rows = header + [["1", "加强督查", "市安委办", "市应急局", "每季度"]] + header + [
        ["2", "强化执法", "市应急局", "", "每月"]]
    assert rows_to_text(rows).split("\n") == [
        "1.加强督查(牵头单位:市安委办;配合单位:市应急局;完成时限:每季度)",
        "2.强化执法(牵头单位:市应急局;完成时限:每月)",
    ]


def test_a_table_that_is_not_a_task_table_keeps_its_text():
    rows = [["发文机关", "xx市安全生产委员会"], ["发文日期", "2024年1月5日"]]
    assert rows_to_text(rows).split("\n") == ["发文机关", "xx市安全生产委员会", "发文日期", "2024年1月5日"]


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_pasted_table_with_bars():
    assert find_pasted_tables(_fixture("pasted_pipe.txt")).split("\n") == [
        "附件",
        "重点任务分工表",
        "一、强化安全生产责任",
        "1.落实安全生产属地责任(牵头单位:市安委办;配合单位:市委组织部、市委宣传部;完成时限:6月30日前)",
        "2.每季度组织一次安全生产综合督查(牵头单位:市安委办;配合单位:市应急局、市公安局;完成时限:每季度)",
        "二、排查风险隐患",
        "3.加强矿山安全风险防控(牵头单位:市应急局;配合单位:市自然资源和规划局;完成时限:年底前)",
        # pasted from merged cells: the empty lead and deadline cells take the value above
        "4.加强危险化学品安全风险防控(牵头单位:市应急局;配合单位:各县(市、区)人民政府;完成时限:年底前)",
        "以上任务请各单位于12月15日前报送完成情况。",
        "",
    ]


def test_pasted_table_with_tabs_and_two_row_header():
    lines = find_pasted_tables(_fixture("pasted_tabs.txt")).split("\n")
    assert lines == [
        "各单位要对照下表抓好落实。",
        "一、强化安全生产责任",
        "1.落实安全生产属地责任(牵头单位:市安委办;配合单位:市委组织部;完成时限:6月30日前)",
        "2.加强安全生产统筹协调(牵头单位:市安委办;完成时限:每季度)",  # no 配合单位: not carried down
        "二、排查风险隐患",
        "3.加强矿山安全风险防控(牵头单位:市应急局;配合单位:市自然资源和规划局、市公安局;完成时限:2024年12月31日前)",
        "",
    ]
    assert annotation(lines[5])["配合单位"] == ["市自然资源和规划局", "市公安局"]


def test_pasted_table_one_cell_per_line():
    assert find_pasted_tables(_fixture("pasted_cells.txt")).split("\n") == [
        "二、重点任务",
        "1.推进燃气安全排查整治(牵头单位:市住房城乡建设局;配合单位:市市场监管局、市应急局;完成时限:6月底前)",
        "2.加强消防安全风险防控(牵头单位:市消防救援支队;配合单位:市消安委会成员单位;完成时限:长期坚持)",
        "3.强化对电梯、气瓶等特种设备的安全监管(牵头单位:市市场监管局;完成时限:每季度)",
        "",
        "三、保障措施",
        "",
    ]


def test_pasted_table_with_a_line_break_inside_a_cell():
    text = "序号\t工作任务\t牵头单位\t完成时限\n1\t加强督查,每季度组织一次\n综合督查\t市应急局\t每季度\n" \
           "2\t强化执法\t市公安局\t年底前\n这是正文。"
    assert find_pasted_tables(text).split("\n") == [
        "1.加强督查,每季度组织一次综合督查(牵头单位:市应急局;完成时限:每季度)",
        "2.强化执法(牵头单位:市公安局;完成时限:年底前)",
        "这是正文。",
    ]


def test_pasted_two_row_header_one_cell_per_line():
    cells = ["序号", "工作任务", "责任分工", "完成时限", "牵头单位", "配合单位",
             "1", "落实属地责任", "市安委办", "市委组织部", "6月30日前",
             "2", "加强督查", "市应急局", "市公安局", "每季度"]
    assert find_pasted_tables("\n".join(cells)).split("\n") == [
        "1.落实属地责任(牵头单位:市安委办;配合单位:市委组织部;完成时限:6月30日前)",
        "2.加强督查(牵头单位:市应急局;配合单位:市公安局;完成时限:每季度)",
    ]


def test_text_without_tables_is_left_alone(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    assert find_pasted_tables(text) == text


# ---------------------------------------------------------------- through the parser


def test_table_lines_read_by_the_plan_parser(plan_docx):
    from generator.source.corpus import parse_text

    (plan,) = parse_text(to_text(plan_docx), str(plan_docx))
    tasks = {t.title: t for t in plan.tasks()}
    enforcement = tasks["严格精准安全生产监管执法"]
    assert [(a.name, a.role) for a in enforcement.assignments] == [
        ("市应急局", "lead"), ("市公安局", "support"), ("市市场监管局", "support")]
    assert [(d.text, d.normalized) for d in enforcement.deadlines] == [("6月30日前", "--06-30")]
    reporting = tasks["贯彻落实安全生产举报奖励工作"]
    assert [(a.name, a.role) for a in reporting.assignments] == [("市应急局", "lead"), ("各相关部门", "support")]
    assert [s.number for s in plan.sections] == ["一", "二", "三", "四", "五"]


# ---------------------------------------------------------------- the seed, round trip


@pytest.fixture(scope="module")
def seed_plan_lines(seed_path) -> list[str]:
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    stripped = [line.strip() for line in lines]
    start = stripped.index("市安全生产委员会2024年工作要点一")
    end = stripped.index("市安全生产委员会2024年工作要点二")
    return [line for line in stripped[start:end] if line]


def test_seed_plan_round_trips_through_docx(tmp_path, seed_plan_lines):
    import docx

    document = docx.Document()
    for line in seed_plan_lines:
        document.add_paragraph(line)
    path = tmp_path / "seed.docx"
    document.save(path)
    assert [ln.strip() for ln in to_text(path).split("\n") if ln.strip()] == seed_plan_lines


def test_seed_plan_round_trips_through_html(write_file, seed_plan_lines):
    paragraphs = "\n".join(f"      <p>{html.escape(line)}</p>" for line in seed_plan_lines)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>市安全生产委员会2024年工作要点7篇 - 达达文档网</title></head>
<body>
  <div class="header"><a href="/">达达文档网</a> <a href="/m/">手机站</a></div>
  <ul class="menu"><li><a href="/zj/">工作总结</a></li><li><a href="/jh/">工作计划</a></li><li><a href="/xd/">心得体会</a></li></ul>
  <div class="position">当前位置: <a href="/">达达文档网</a> &gt; <a href="/jh/">工作计划</a> &gt; 正文</div>
  <div class="main">
    <div class="content" id="content">
{paragraphs}
    </div>
    <div class="related"><h3>相关文章</h3><ul><li><a href="/1">2024年安全生产工作计划</a></li></ul></div>
  </div>
  <div class="footer">Copyright 达达文档网 版权所有</div>
</body></html>"""
    path = write_file(page, "seed.html")
    assert [ln.strip() for ln in to_text(path).split("\n") if ln.strip()] == seed_plan_lines


def test_html_emoji_images_standing_for_numbers_are_written_as_their_characters(write_file):
    """A 公众号 page holds the emoji of its editor as images with the character in the alt: items numbered only by
    keycap images (<img class="emoji" alt="1️⃣">) keep their numbers; any other emoji (🔶 before a heading, 🔹 bullets,
    ✔️ after a name) is decoration, and so is a keycap before the text's own label (1️⃣一、…); a photo's alt (图片) is
    a caption, not text."""
    from generator.source.corpus import parse_text

    page = """<div id="js_content"><p>某镇庭院整治实施方案</p><p><img alt="图片" src="a.png"></p>
    <p><img class="emoji" alt="🔶"><strong>一、整治项目</strong></p>
    <p><img class="emoji" alt="1️⃣"><strong>清理杂物堆</strong>，腾出公共空间。</p>
    <p>责任单位：镇建设办</p>
    <p><img class="emoji" alt="2️⃣"><strong>修补破损路面</strong>，方便出行。</p>
    <p>责任单位：镇交通站、各村委会</p></div>"""
    path = write_file(page)
    text = to_text(path)
    assert text.split("\n")[:3] == ["某镇庭院整治实施方案", "一、整治项目", "1️⃣清理杂物堆，腾出公共空间。"]
    (plan,) = parse_text(text, str(path))
    assert [(t.number, t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, "清理杂物堆，腾出公共空间", ["镇建设办"]), (2, "修补破损路面，方便出行", ["镇交通站", "各村委会"])]
    decorated = """<div id="js_content"><p>某区文明城市创建工作方案</p>
    <p><img class="emoji" alt="1️⃣">一、主要任务</p>
    <p><img class="emoji" alt="🔹">整治背街小巷环境。（责任单位：区城管局<img class="emoji" alt="✔️">）</p>
    <p><img class="emoji" alt="2️⃣">二、保障措施</p><p>加强组织领导。</p></div>"""
    text = to_text(write_file(decorated, "decorated.html"))
    assert text.split("\n")[1:3] == ["一、主要任务", "整治背街小巷环境。（责任单位：区城管局）"]


def _roles_by_task(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(t.title, [(a.name, a.role) for a in t.assignments]) for plan in parse_file(path) for t in plan.tasks()]


def test_html_matrix_marks_drawn_as_images_are_read_by_alt_title_or_the_legend(write_file):
    """An old portal draws a responsibility matrix's marks as images alone in the unit cells: the role is the image's
    alt, else its title, or only a legend line showing the same image before its role (说明：表中<img>为牵头单位)."""
    described = """<p align="center">某县文明创建任务分工表</p>
    <table border="1"><tr><td>序号</td><td>工作任务</td><td>县文明办</td><td>县教育局</td><td>各乡镇人民政府</td></tr>
    <tr><td>1</td><td>开展文明家庭评选</td><td><img src="/i/a.gif" alt="牵头"></td><td>&nbsp;</td>
    <td><img src="/i/b.gif" title="配合"></td></tr>
    <tr><td>2</td><td>推进文明校园创建</td><td><img src="/i/b.gif" title="配合"></td><td><img src="/i/a.gif" alt="牵头"></td>
    <td>&nbsp;</td></tr></table>"""
    assert _roles_by_task(write_file(described)) == [
        ("开展文明家庭评选", [("县文明办", "lead"), ("各乡镇人民政府", "support")]),
        ("推进文明校园创建", [("县教育局", "lead"), ("县文明办", "support")])]
    legend_only = """<p align="center">某县重点项目责任表</p>
    <table border="1"><tr><td>序号</td><td>项目名称</td><td>县商务局</td><td>县供销社</td><td>白沙镇人民政府</td></tr>
    <tr><td>1</td><td>商贸中心项目</td><td><img src="/up/zz.gif"></td><td>&nbsp;</td><td><img src="/up/xz.gif"></td></tr>
    <tr><td>2</td><td>村级站点提升项目</td><td><img src="/up/xz.gif"></td><td><img src="/up/zz.gif"></td><td>&nbsp;</td></tr>
    </table><p>说明：表中<img src="/up/zz.gif">为项目牵头单位，<img src="/up/xz.gif">为项目配合单位。</p>"""
    assert _roles_by_task(write_file(legend_only, "legend.html")) == [
        ("商贸中心项目", [("县商务局", "lead"), ("白沙镇人民政府", "support")]),
        ("村级站点提升项目", [("县供销社", "lead"), ("县商务局", "support")])]


def test_html_images_no_legend_explains_stay_dropped(write_file):
    """A logo whose alt names an office, a mark drawn in a sentence, an image in a cell beside text and an image no
    legend explains are no marks: the page reads as without them."""
    page = """<p><img src="/logo.png" alt="县文明办"></p><p align="center">某县文明创建任务分工表</p>
    <p>★<img src="/i/star.gif" alt="★">重点任务请各单位抓好落实。</p>
    <table border="1"><tr><td>序号</td><td>工作任务</td><td>县文明办</td><td>县教育局</td></tr>
    <tr><td>1</td><td>开展文明家庭评选<img src="/i/new.gif" alt="●"></td><td><img src="/i/x.gif"></td><td>●</td></tr>
    <tr><td>2</td><td>推进文明校园创建</td><td>○</td><td><img src="/i/x.gif"></td></tr></table>
    <p>说明：<img src="/i/y.gif">为牵头单位。</p>"""
    path = write_file(page)
    assert to_text(path).split("\n") == [
        "某县文明创建任务分工表", "★重点任务请各单位抓好落实。", "1.开展文明家庭评选(牵头单位:县教育局)",
        "2.推进文明校园创建(配合单位:县文明办)", "说明：为牵头单位。"]
    assert _roles_by_task(path) == [("开展文明家庭评选", [("县教育局", "lead")]),
                                    ("推进文明校园创建", [("县文明办", "support")])]


def _shared_strings_workbook(path: Path, rows: list[list]) -> Path:
    """A one-sheet workbook written as Excel writes one: every text a shared string. A cell is a number, a text, or a
    list of runs (text, the run's font as <rPr> children: '<color rgb="FFFF0000"/>', '<b/>', '' for the plain font)."""
    from xml.sax.saxutils import escape

    strings: list[str] = []
    cells_xml = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                continue
            if isinstance(value, list):
                runs = "".join(f'<r><rPr>{font}<sz val="11"/></rPr><t xml:space="preserve">{escape(text)}</t></r>'
                               for text, font in value)
                strings.append(f"<si>{runs}</si>")
            else:
                strings.append(f"<si><t>{escape(value)}</t></si>")
            cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="分解表" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{"".join(cells_xml)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}">{"".join(strings)}</sst>',
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return path


RED, BOLD, PLAIN = '<color rgb="FFFF0000"/>', "<b/>", ""


def test_xlsx_unit_printed_red_leads_where_the_legend_says_so(tmp_path):
    """A 分解表 kept in Excel marks the lead inside a shared 责任单位 cell by a red run, a 注 saying 标红的为牵头单位，其余为
    配合单位: the red unit leads wherever it stands in the cell, the others support, a unit listed alone keeps its role
    (只列一个单位的，由该单位负责). The text is the cell's as printed: no 牵头 written in."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    path = _shared_strings_workbook(tmp_path / "分解表.xlsx", [
        ["某县重点任务分解表"],
        ["序号", "重点任务", "责任单位", "完成时限"],
        [1, "推进财源建设", [("县甲局", RED), ("、县乙局", PLAIN)], "2025年底前"],
        [2, "提升市容管理", [("县丙局、", PLAIN), ("县丁局", RED)], "长期坚持"],
        [3, "深化河湖长制", [("县戊局、县己", RED), ("分局", RED), ("、各乡镇人民政府", PLAIN)], "长期坚持"],
        [4, "做好森林防火", [("县庚局", RED)], "长期坚持"],
        ["注：责任单位栏中标红的为牵头单位，其余为配合单位；只列一个单位的，由该单位负责。"],
    ])
    (plan_text,) = read_file(path)
    plan = parse_plan(plan_text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", "lead"), ("县乙局", "support")],
        [("县丙局", "support"), ("县丁局", "lead")],  # the colour marks the lead, not the order
        [("县戊局", "lead"), ("县己分局", "lead"), ("各乡镇人民政府", "support")],  # a name split over two runs
        [("县庚局", "responsible")],
    ]
    assert "牵头" not in plan.tasks()[1].text and "县丙局、县丁局" in plan.tasks()[1].text
    assert not [w for w in plan.warnings if "formatting" in w]
    assert any("printed red" in rule for rule in plan.rules)


def test_xlsx_formatting_legend_with_no_run_so_printed_still_warns(tmp_path):
    """加粗的为牵头单位 over a workbook whose cells print no bold run (or a red run the legend does not speak of):
    nothing to apply, the units keep their column's role and the legend is reported as pointing at lost formatting."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    path = _shared_strings_workbook(tmp_path / "分解表.xlsx", [
        ["序号", "重点任务", "责任单位", "完成时限"],
        [1, "推进财源建设", [("县甲局", RED), ("、县乙局", PLAIN)], "2025年底前"],
        [2, "提升市容管理", "县丙局、县丁局", "长期坚持"],
        ["注：责任单位栏中加粗的为牵头单位，其余为配合单位。"],
    ])
    (plan_text,) = read_file(path)
    plan = parse_plan(plan_text)
    assert {a.role for t in plan.tasks() for a in t.assignments} == {"responsible"}
    assert any("no longer shows" in w for w in plan.warnings)


def test_an_imported_workbook_keeps_its_formatted_runs_for_the_legend(tmp_path):
    """`plansite import` writes the plan text without formatting; the runs a legend points at (a red lead in a
    shared 责任单位 cell) go into the source's front matter with their line's text, so the site's reading of the
    source is the workbook's. A line an editor rewrote loses its runs; a malformed key is an error at its line."""
    from generator.commands.importer import import_file
    from generator.errors import PlansiteError
    from generator.source.corpus import parse_file

    path = _shared_strings_workbook(tmp_path / "分解表.xlsx", [
        ["序号", "重点任务", "责任单位", "完成时限"],
        [1, "推进财源建设", [("县乙局、", PLAIN), ("县甲局", RED)], "2025年底前"],
        [2, "提升市容管理", [("县丙局", RED), ("、县丁局", PLAIN)], "长期坚持"],
        ["注：责任单位栏中标红的为牵头单位，其余为配合单位。"],
    ])
    roles = [[(a.name, a.role) for a in t.assignments] for t in parse_file(path)[0].tasks()]
    assert roles == [[("县乙局", "support"), ("县甲局", "lead")], [("县丙局", "lead"), ("县丁局", "support")]]
    (imported,) = import_file(path, tmp_path / "plans")
    source = imported.path.read_text(encoding="utf-8")
    assert "formatted:" in source and "牵头" not in source.split("---", 2)[2].split("注")[0]
    assert [[(a.name, a.role) for a in t.assignments] for t in parse_file(imported.path)[0].tasks()] == roles

    edited = imported.path.with_name("edited.md")
    edited.write_text(source.replace("县乙局、县甲局", "县甲局、县乙局", 1).replace("id: ", "id: edited-", 1),
                      encoding="utf-8")
    assert parse_file(edited)[0].tasks()[0].assignments[0].role == "responsible"

    broken = imported.path.with_name("broken.md")
    broken.write_text(source.replace("formatted:\n", "formatted: 县甲局\nx_formatted:\n", 1), encoding="utf-8")
    with pytest.raises(PlansiteError) as e:
        parse_file(broken)
    assert "formatted" in str(e.value) and "broken.md" in str(e.value)


def test_xlsx_legend_whose_only_red_run_is_its_own_word_still_warns(tmp_path):
    """注：…[标红]的为牵头单位 with the word 标红 itself printed red and no unit so printed: the legend marks no unit,
    so nothing is applied and the legend is reported as pointing at formatting the cells do not show."""
    from generator.parse import parse_plan
    from generator.source.read import read_file

    path = _shared_strings_workbook(tmp_path / "分解表.xlsx", [
        ["序号", "重点任务", "责任单位", "完成时限"],
        [1, "推进财源建设", "县甲局、县乙局", "2025年底前"],
        [[("注：责任单位栏中", PLAIN), ("标红", RED), ("的为牵头单位，其余为配合单位。", PLAIN)]],
    ])
    plan = parse_plan(read_file(path)[0])
    assert {a.role for t in plan.tasks() for a in t.assignments} == {"responsible"}
    assert any("no longer shows" in w for w in plan.warnings)
    assert not any("printed red" in rule for rule in plan.rules)


UNDERLINE = "<u/>"


def _roles(path: Path) -> list[list[tuple[str, str]]]:
    from generator.parse import parse_plan
    from generator.source.read import read_file

    return [[(a.name, a.role) for a in t.assignments] for t in parse_plan(read_file(path)[0]).tasks()]


def test_xlsx_legend_naming_an_alternative_formatting_in_brackets_reads_both(tmp_path):
    """注：…加粗字体（或带下划线）的为牵头单位: the legend names a second look in brackets, and a unit printed in either
    leads (the first look alone was all the pattern knew, and the bracket hid the legend from it, silently)."""
    path = _shared_strings_workbook(tmp_path / "分解表.xlsx", [
        ["序号", "项目名称", "责任单位"],
        [1, "冷链物流园", [("县甲局", BOLD), ("、县乙局", PLAIN)]],
        [2, "应急储备中心", [("县丙局", UNDERLINE), ("、县丁局", PLAIN)]],
        ["注：责任单位栏中加粗字体（或带下划线）的为牵头单位，其余为配合单位。"],
    ])
    assert _roles(path) == [[("县甲局", "lead"), ("县乙局", "support")], [("县丙局", "lead"), ("县丁局", "support")]]


def test_xlsx_legend_naming_two_looks_together_needs_both_and_one_with_or_takes_either(tmp_path):
    """加粗标红的为牵头单位 names one look, bold and red: a unit printed bold only or red only does not lead; 加粗或标红
    names two, and a unit printed in either leads."""
    def workbook(name: str, legend: str) -> Path:
        return _shared_strings_workbook(tmp_path / name, [
            ["序号", "项目名称", "责任单位"],
            [1, "冷链物流园", [("县甲局", BOLD), ("、", PLAIN), ("县乙局", RED), ("、", PLAIN), ("县丙局", BOLD + RED)]],
            [f"注：责任单位栏中{legend}的为牵头单位，其余为配合单位。"],
        ])
    assert _roles(workbook("together.xlsx", "加粗标红")) == [
        [("县甲局", "support"), ("县乙局", "support"), ("县丙局", "lead")]]
    assert _roles(workbook("either.xlsx", "加粗或标红")) == [
        [("县甲局", "lead"), ("县乙局", "lead"), ("县丙局", "lead")]]


def test_a_lost_formatting_legend_with_an_alternative_look_is_still_reported():
    """加粗或带下划线的为牵头单位 / 标红（加粗）的为牵头单位 over plain text: recognised as legends pointing at lost formatting."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县物流工作方案\n一、重点任务（加粗或带下划线的为牵头单位）\n1.建设物流园。（县甲局、县乙局）\n"
                         "二、保障措施（标红（加粗）的为牵头单位）\n2.落实资金。（县丙局、县丁局）\n", "p.txt")
    assert len([w for w in plan.warnings if "no longer shows" in w]) == 2


def _bold_marked_docx(path: Path) -> Path:
    """[b]…[/b] and [u]…[/u] in each paragraph (or a table cell's paragraphs, parted by |) become runs so printed."""
    import docx

    def write(paragraph, text: str) -> None:
        for part in re.split(r"(\[[bu]\].*?\[/[bu]\])", text):
            look = re.match(r"\[([bu])\](.*)\[/\1\]", part)
            run = paragraph.add_run(look.group(2) if look else part)
            run.bold = bool(look) and look.group(1) == "b"
            run.underline = bool(look) and look.group(1) == "u"

    document = docx.Document()
    for text in ["二、重点任务（注：加粗字体的为牵头单位，其余为配合单位）",
                 "1.建设物流枢纽。推动公路港协同布局。（[b]县甲局[/b]、县乙局）",
                 "2.规范货车通行。（县丙局、[b]县丁[/b][b]局[/b]、）",
                 "3.加强金融支持。开发供应链产品（[b]县戊局[/b]、县己分局）；设立专项资金（[b]县庚局[/b]、县甲局）。",
                 "[b]4.做好应急保障。（县辛局、县壬局）[/b]",
                 "三、重点项目"]:
        write(document.add_paragraph(), text)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["[b]序号[/b]", "[b]项目名称[/b]", "[b]责任单位[/b]"],
                             ["1", "冷链物流园", "县乙局|[u]县甲局[/u]|县丙局"],
                             ["2", "应急储备中心", "[u]县丁局[/u]、县戊局"]]):
        for c, text in enumerate(row):
            first, *more = text.split("|")
            write(table.cell(r, c).paragraphs[0], first)
            for line in more:
                write(table.cell(r, c).add_paragraph(), line)
    write(document.add_paragraph(), "注：责任单位栏中加粗字体（或带下划线）的为牵头单位，其余为配合单位。")
    document.save(path)
    return path


def test_docx_units_printed_bold_or_underlined_lead_where_a_legend_says_so(tmp_path):
    """A plan drafted in Word marks the lead by formatting only (（[b]县甲局[/b]、县乙局）, a cell's lead underlined) under
    a legend: the marked unit leads wherever it stands, the others support, a name split over two bold runs is one;
    a paragraph set wholly in bold (a heading's look) and the bold header row mark nothing."""
    assert _roles(_bold_marked_docx(tmp_path / "方案.docx")) == [
        [("县甲局", "lead"), ("县乙局", "support")],
        [("县丙局", "support"), ("县丁局", "lead")],
        [("县戊局", "lead"), ("县己分局", "support"), ("县庚局", "lead"), ("县甲局", "support")],
        [("县辛局", "responsible"), ("县壬局", "responsible")],
        [("县乙局", "support"), ("县甲局", "lead"), ("县丙局", "support")],  # a cell of three paragraphs
        [("县丁局", "lead"), ("县戊局", "support")],
    ]


def test_docx_bold_units_with_no_legend_keep_their_roles(tmp_path):
    """Bold runs say nothing where no legend names them: the units keep their list's reading, and nothing is warned."""
    import docx

    document = docx.Document()
    document.add_paragraph("二、重点任务")
    paragraph = document.add_paragraph("1.建设物流枢纽。（")
    paragraph.add_run("县甲局").bold = True
    paragraph.add_run("、县乙局）")
    document.save(tmp_path / "方案.docx")
    assert _roles(tmp_path / "方案.docx") == [[("县甲局", "responsible"), ("县乙局", "responsible")]]


def test_html_units_in_strong_or_underlined_lead_where_a_legend_says_so(tmp_path):
    """A portal keeps the Word file's bold and underline as <strong>/<b>, <u> or an inline style: read as the Word
    file's runs are (a name split over two <strong>, a cell's lines parted by <br>); a bold heading marks nothing."""
    path = tmp_path / "方案.html"
    path.write_text(
        "<html><body><div class='content'>"
        "<p><strong>二、重点任务</strong></p><p>（注：加粗字体（或带下划线）的为牵头单位，其余为配合单位）</p>"
        "<p>1.建设物流枢纽。（<strong>县甲局</strong>、县乙局）</p>"
        "<p>2.规范货车通行。（县丙局、<b>县丁</b><b>局</b>）</p>"
        "<p>3.加强金融支持。（<span style='font-weight: bold'>县戊局</span>、县己分局）</p>"
        "<p><strong>4.做好应急保障。（县辛局、县壬局）</strong></p>"
        "<table><tr><th><strong>序号</strong></th><th>项目名称</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>冷链物流园</td><td>县乙局<br><u>县甲局</u><br>县丙局</td></tr></table>"
        "</div></body></html>", encoding="utf-8")
    assert _roles(path) == [
        [("县甲局", "lead"), ("县乙局", "support")],
        [("县丙局", "support"), ("县丁局", "lead")],
        [("县戊局", "lead"), ("县己分局", "support")],
        [("县辛局", "responsible"), ("县壬局", "responsible")],
        [("县乙局", "support"), ("县甲局", "lead"), ("县丙局", "support")],
    ]


@pytest.mark.parametrize("name, data, what", [
    ("方案.doc", "一、总体要求\n1.推进项目\n".encode("gb18030"), "text or another format"),
    ("方案.wps", "一、总体要求\n1.推进项目\n".encode("gb18030"), "text or another format"),
    ("方案.wps", "一、总体要求\n1.推进项目\n".encode("utf-8"), "text or another format")])
def test_a_file_named_doc_or_xls_holding_no_office_97_file_says_what_it_holds(tmp_path, name, data, what):
    """Sites serve text as .doc: not a damaged Office 97-2003 file, but none at all; the refusal names the file and
    says so (RTF served so is read: test_rtf_served_under_another_name_is_read_as_rtf)."""
    from generator.source.read import read_file

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PlansiteError, match=f"holds no Office 97-2003 file \\({what}\\)") as err:
        read_file(path)
    assert err.value.path == str(path)


def test_a_sheet_exported_as_tab_separated_text_under_xls_reads_as_its_table(tmp_path):
    """Sites export "Excel" as tab-separated text under .xls (or .et): read as the text table it is, in the encoding
    it was saved in (GBK, or UTF-16 with its BOM as Excel's Unicode text)."""
    from generator.source.read import read_file

    sheet = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
             "1\t推进老旧小区改造\t县住建局\t县财政局\t2025年底\n"
             "2\t开展河道清淤\t县水利局\t\t6月底前\n")
    for name, data in (("任务清单.xls", sheet.encode("gbk")), ("分工.et", sheet.encode("utf-16"))):
        path = tmp_path / name
        path.write_bytes(data)
        assert _tasks(read_file(path)) == [("", 1, [("县住建局", "lead"), ("县财政局", "support")]),
                                           ("", 2, [("县水利局", "lead")])]


def _tables_over_pages(tmp_path, between: list[str], page_break: bool, name: str) -> str:
    """A 分工表 printed one Word table a page, the header row again on the next page, the row 2 broken across the
    break (its 序号 empty on the next page, its cells' tails), the paragraphs `between` the two tables."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for text in ["某县燃具整治方案", "一、重点任务", "1.排查企业。（责任单位：县市场监管局）", "附件", "某县燃具整治任务分工表"]:
        document.add_paragraph(text)
    header = ["序号", "重点任务", "牵头单位", "配合单位"]

    def table(rows):
        t = document.add_table(rows=0, cols=4)
        for row in [header] + rows:
            for cell, text in zip(t.add_row().cells, row):
                cell.text = text

    table([["1", "建立企业名录", "县市场监管局", "县工信局"], ["2", "开展燃具市场", "县商务局", "县公安局、县生"]])
    for n, text in enumerate(between):
        p = document.add_paragraph()
        if page_break and n == len(between) - 1:
            p.add_run().add_break(WD_BREAK.PAGE)
        p.add_run(text)
    table([["", "抽查", "", "态环境局"], ["3", "查处违法行为", "县公安局", "县市场监管局"]])
    path = tmp_path / name
    document.save(path)
    return to_text(path)


@pytest.mark.parametrize("between, page_break", [
    (["— 8 —", "某县燃具整治方案"], True),  # the page number, then the running head on the next page
    (["— 8 —"], False),  # the page number alone
    ([""], True),  # nothing but Word's page break
])
def test_docx_one_table_a_page_under_its_header_again_is_one_table_its_broken_row_joined(tmp_path, between, page_break):
    """A table over pages converted one Word table a page: the pieces after page furniture are one table, the
    row the page broke (开展燃具市场 / 抽查, 县生 / 态环境局) one row. (Before: the running head started a plan of its
    own and the tail was an unnumbered row of its own.)"""
    lines = _tables_over_pages(tmp_path, between, page_break, "over-pages.docx").split("\n")
    rows = lines[lines.index("某县燃具整治任务分工表") + 1:]
    assert rows == ["1.建立企业名录(牵头单位:县市场监管局;配合单位:县工信局)",
                    "2.开展燃具市场抽查(牵头单位:县商务局;配合单位:县公安局、县生态环境局)",
                    "3.查处违法行为(牵头单位:县公安局;配合单位:县市场监管局)"]


def test_docx_two_tables_under_one_header_with_a_caption_between_stay_two(tmp_path):
    """A caption between two tables with the same header on one page (二、农村) is no page furniture: two tables."""
    text = _tables_over_pages(tmp_path, ["二、农村"], False, "two-tables.docx")
    assert "二、农村" in text.split("\n")
    assert "县公安局、县生态环境局" not in text


def _two_lists_under_one_header(tmp_path, between: list[str], second_numbers: tuple[str, str]) -> str:
    """Two task lists with the same header row, a page break and the lines `between` them, the second list's rows
    numbered `second_numbers`."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for text in ["某县安全生产工作要点", "附件1", "县直部门重点任务清单"]:
        document.add_paragraph(text)

    def table(rows):
        t = document.add_table(rows=0, cols=3)
        for row in [["序号", "重点任务", "牵头单位"]] + rows:
            for cell, text in zip(t.add_row().cells, row):
                cell.text = text

    table([["1", "开展燃气安全整治", "县应急局"], ["2", "推进老旧小区改造", "县住建局"]])
    for n, text in enumerate(between):
        p = document.add_paragraph()
        if n == 0:
            p.add_run().add_break(WD_BREAK.PAGE)
        p.add_run(text)
    first, second = second_numbers
    table([[first, "排查农村自建房", "各乡镇"], [second, "落实网格化监管", "各乡镇人民政府"]])
    path = tmp_path / "two-lists.docx"
    document.save(path)
    return path


def test_docx_a_second_attachment_under_the_same_header_is_a_plan_of_its_own(tmp_path):
    """Two attachments' lists under the same header row, a page apart: the 附件2 line and its title between them
    are no page furniture, and the second list is a plan of its own (before: one plan of four tasks, the second
    attachment's mark and title dropped)."""
    path = _two_lists_under_one_header(tmp_path, ["附件2", "各乡镇重点任务清单"], ("1", "2"))
    assert [(plan.title, [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()])
            for plan in parse_file(path)] == [
        ("县直部门重点任务清单", [(1, ["县应急局"]), (2, ["县住建局"])]),
        ("各乡镇重点任务清单", [(1, ["各乡镇"]), (2, ["各乡镇人民政府"])])]


@pytest.mark.parametrize("between, numbers", [
    (["附件2", "各乡镇重点任务清单"], ("3", "4")),  # an attachment's mark, however the rows are numbered
    (["各乡镇重点任务清单"], ("1", "2")),  # a short title, but the rows count from 1 again
])
def test_docx_a_list_after_a_page_break_is_no_continued_table_where_a_mark_or_its_numbering_says_so(
        tmp_path, between, numbers):
    """A table goes on over a page only under page furniture and counting on: the lines between two lists under
    one header stay in the text, the second list's rows its own (before: those lines were passed over as a running
    head and the rows run on under the first list's title)."""
    lines = to_text(_two_lists_under_one_header(tmp_path, between, numbers)).split("\n")
    assert lines[lines.index("2.推进老旧小区改造(牵头单位:县住建局)") + 1:] == between + [
        f"{numbers[0]}.排查农村自建房(牵头单位:各乡镇)", f"{numbers[1]}.落实网格化监管(牵头单位:各乡镇人民政府)"]


_LONG_PREAMBLE = "<!-- " + "样式 " * 300 + "-->\n"  # comments and styles pushing the markup past the first 512 bytes


def test_an_excel_2003_xml_spreadsheet_under_xls_is_refused_saying_what_it_is(tmp_path):
    """Sites serve Excel 2003's XML spreadsheet under .xls, its <Workbook> namespace after a long preamble: no plan
    text (before: read as text, the plan titled <?xml version="1.0"?>), but refused, naming the file and the format."""
    from generator.source.read import read_file

    path = tmp_path / "任务清单.xls"
    path.write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' + _LONG_PREAMBLE
                    + '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\n<Worksheet><Table>\n'
                    '<Row><Cell><Data>序号</Data></Cell><Cell><Data>重点任务</Data></Cell></Row>\n'
                    '</Table></Worksheet></Workbook>\n', encoding="utf-8")
    with pytest.raises(PlansiteError, match="holds an Excel 2003 XML spreadsheet") as err:
        read_file(path)
    assert err.value.path == str(path)


def test_a_web_page_under_xls_is_read_as_a_page_though_its_table_starts_past_the_first_lines(tmp_path):
    """A sheet a site exports as a web page under .xls, its <html> and <table> after a long XML preamble: read as the
    page's table (before: the markup read as text, the plan titled <?xml version="1.0" encoding="utf-8"?>)."""
    from generator.source.read import read_file

    path = tmp_path / "任务清单.xls"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + _LONG_PREAMBLE + "<html><body><table>"
                    "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
                    "<tr><td>1</td><td>推进老旧小区改造</td><td>县住建局</td><td>县财政局</td></tr>"
                    "</table></body></html>\n", encoding="utf-8")
    [plan] = read_file(path)
    assert plan.lines == ["1.推进老旧小区改造(牵头单位:县住建局;配合单位:县财政局)"]


def test_markup_under_xls_holding_no_table_is_refused_not_read_as_text(tmp_path):
    """A file under .xls opening with markup (an XML declaration) but holding neither a page's table nor a
    spreadsheet is no sheet saved as text: refused as holding no Office 97-2003 file."""
    from generator.source.read import read_file

    path = tmp_path / "清单.xls"
    path.write_bytes("\ufeff  <?xml version=\"1.0\"?>\n<data><item>推进项目</item></data>\n".encode("utf-8"))
    with pytest.raises(PlansiteError, match=r"holds no Office 97-2003 file \(text or another format\)"):
        read_file(path)


def test_the_word_reader_loads_no_pdf_reader():
    """The Word reader joins a table row the page broke by the rules the PDF reader uses too, from a module of their
    own (formats/page_rows.py): importing it loads neither the PDF reader nor pypdf (before: docx imported the PDF
    reader's private _joined_row and _row_goes_on)."""
    import subprocess
    import sys

    docx_file = next((Path(__file__).parent / "fixtures" / "styles" / "docs").glob("*.docx"))
    # routing a zip (is it an OFD?) and reading the .docx load neither either
    script = ("import sys\nfrom generator.source.formats import to_text\n"
              f"to_text({str(docx_file)!r})\n"
              "print('generator.source.formats.pdf' in sys.modules, 'pypdf' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.split() == ["False", "False"]


# ---------------------------------------------------------------- RTF (Word / WPS 另存为 RTF)


def _gbk(text: str) -> str:
    """Text as Word and WPS write it in RTF under \\ansicpg936: each byte outside ASCII as \\'xx."""
    return "".join(ch if ch.isascii() else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def _unicode(text: str) -> str:
    """Text as LibreOffice writes it: \\uN for each character outside ASCII, a `?` for readers without Unicode."""
    return "".join(ch if ch.isascii() else f"\\u{ord(ch) if ord(ch) < 0x8000 else ord(ch) - 0x10000}?" for ch in text)


def _rtf(body: str) -> bytes:
    head = (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 " + _gbk("宋体") + r";}}"
            r"{\stylesheet{\s0 Normal;}}{\info{\title " + _gbk("不是正文") + r"}}")
    return (head + body + "}").encode("ascii")


def _rtf_row(cells: list[tuple[str, str]], rights: list[int]) -> str:
    """One table row: its definition (merge flags before each right edge), then each cell's text and \\cell."""
    definition = r"\trowd\trleft0" + "".join(flags + rf"\cellx{right}" for (flags, _), right in zip(cells, rights))
    return definition + "".join(r"\pard\intbl " + _gbk(text) + r"\cell" for _, text in cells) + r"\row"


def test_rtf_paragraphs_in_the_document_code_page_and_unicode_skipping_what_is_not_text(tmp_path):
    path = tmp_path / "要点.rtf"
    path.write_bytes(_rtf(
        r"{\header\pard " + _gbk("页眉文字") + r"\par}"
        r"\pard\qc\f0 " + _gbk("某县工作要点") + r"\par"
        r"{\*\generator Writer;}{\pict\picw10\pich10\bin6 }}{{{\par}"  # binary picture bytes, braces in them
        r"\pard 1." + _gbk("做好某事（县甲局牵头）。") + r"\par"
        r"\pard " + _unicode("2.推进某项工作") + r"\line " + _unicode("（县乙局负责）") + r"\par"))
    assert to_text(path).split("\n") == ["某县工作要点", "1.做好某事（县甲局牵头）。", "2.推进某项工作", "（县乙局负责）"]
    plan = parse_file(path)[0]
    assert plan.title == "某县工作要点"
    assert _units_by_task(path)[1] == [("县甲局", "lead")]


def test_rtf_task_table_reads_merged_cells_as_word_merges_them(tmp_path):
    """A 分工表 saved as RTF: a group row merged across the columns (\\clmgf/\\clmrg, Word 97's way), a 牵头单位
    cell merged down over two tasks (\\clvmgf/\\clvmrg), a cell of two paragraphs, an empty 配合单位 cell."""
    rights = [800, 4000, 6000, 8000]
    path = tmp_path / "分工表.rtf"
    path.write_bytes(_rtf(
        r"\pard " + _gbk("某县工作任务分工表") + r"\par"
        + _rtf_row([("", "序号"), ("", "工作任务"), ("", "牵头单位"), ("", "配合单位")], rights)
        + _rtf_row([(r"\clmgf", "一、加强道路管护"), (r"\clmrg", ""), (r"\clmrg", ""), (r"\clmrg", "")], rights)
        + _rtf_row([("", "1"), ("", "推进道路养护"), (r"\clvmgf", "县交通局"), ("", "县财政局")], rights)
        + _rtf_row([("", "2"), ("", "整治沿线环境"), (r"\clvmrg", ""), ("", "")], rights)
        + r"\trowd\trleft0\cellx800\cellx4000\cellx6000\cellx8000"
        + r"\pard\intbl 3\cell\pard\intbl " + _gbk("完善应急预案") + r"\cell\pard\intbl " + _gbk("县应急局")
        + r"\cell\pard\intbl " + _gbk("甲镇") + r"\par\pard\intbl " + _gbk("乙镇") + r"\cell\row"
        + r"\pard " + _gbk("注：各单位按季度报送进展。") + r"\par"))
    assert _read_tasks(path) == [
        ("一", 1, "推进道路养护", [("县交通局", "lead"), ("县财政局", "support")]),
        ("一", 2, "整治沿线环境", [("县交通局", "lead")]),
        ("一", 3, "完善应急预案", [("县应急局", "lead"), ("甲镇", "support"), ("乙镇", "support")]),
    ]


@pytest.mark.parametrize("name", ["要点.doc", "要点.wps", "要点.xls", "要点.txt"])
def test_rtf_served_under_another_name_is_read_as_rtf(tmp_path, name):
    """Sites serve Word's RTF as .doc or .wps (WPS keeps the name it is given), even as .xls or .txt: the `{\\rtf`
    opening says what it is, and it is read as the .rtf, not refused nor read as markup."""
    from generator.source.read import read_file

    data = _rtf(r"\pard " + _gbk("某县工作要点") + r"\par\pard 1." + _gbk("做好某事（县甲局牵头）。") + r"\par")
    (tmp_path / "要点.rtf").write_bytes(data)
    (tmp_path / name).write_bytes(data)
    assert read_file(tmp_path / name)[0].title == "某县工作要点"
    assert _units_by_task(tmp_path / name) == _units_by_task(tmp_path / "要点.rtf") == {1: [("县甲局", "lead")]}


@pytest.mark.parametrize("data, message", [
    (b"{\\rtf1\\ansi " + b"{" * 100_000 + b"}" * 100_000 + b"}", "deeper than 200 levels"),
    (b"{\\rtf1\\ansi {\\pict\\bin999999999 \x00\x01}}", "damaged RTF"),
    ("一、总体要求\n".encode("gbk"), "does not open as an RTF document"),
])
def test_hostile_or_foreign_rtf_is_refused_naming_the_file(tmp_path, data, message):
    path = tmp_path / "要点.rtf"
    path.write_bytes(data)
    with pytest.raises(PlansiteError, match=message) as err:
        to_text(path)
    assert err.value.path == str(path)


def test_rtf_bytes_outside_the_document_group_are_no_text(tmp_path):
    """A UTF-8 BOM and blank space before `{\\rtf`, NULs a site padded the download with after its `}`: no text."""
    path = tmp_path / "要点.rtf"
    path.write_bytes(b"\xef\xbb\xbf  \n" + _rtf(r"\pard " + _gbk("某县工作要点") + r"\par\pard 1."
                                               + _gbk("做好某事。") + r"\par") + b"\0\0\0\0")
    assert to_text(path).split("\n") == ["某县工作要点", "1.做好某事。"]
    assert parse_file(path)[0].title == "某县工作要点"


def test_rtf_tracked_deletions_and_hidden_text_are_not_read_as_the_docx_reader_drops_them(tmp_path):
    """A 征求意见 draft saved with its tracked changes: the deleted words (\\deleted) and hidden text (\\v … \\v0) are
    not the document's text, as w:del and w:vanish are not in a .docx; \\plain ends hidden text too."""
    path = tmp_path / "要点.rtf"
    path.write_bytes(_rtf(
        r"\pard " + _gbk("一、推进") + r"{\deleted " + _gbk("旧任务") + r"}{\revised " + _gbk("新任务") + r"}\par"
        r"\pard " + _gbk("二、推进") + r"{\v " + _gbk("隐藏") + r"}" + _gbk("改革") + r"\par"
        r"\pard " + _gbk("三、做好") + r"\v " + _gbk("注释") + r"\v0 " + _gbk("甲事") + r"\v " + _gbk("乙")
        + r"\plain " + _gbk("丙事") + r"\par"))
    assert to_text(path).split("\n") == ["一、推进新任务", "二、推进改革", "三、做好甲事丙事"]


def test_rtf_blank_space_before_row_end_is_no_cell_so_the_merged_lead_unit_is_kept(tmp_path):
    """A converter writes `\\cell  \\row`: the space after the delimiter is no fourth cell; the row keeps its three
    \\cellx edges, so the 牵头单位 merged down (\\clvmgf/\\clvmrg) reaches the second task."""
    rights = [800, 5000, 8000]

    def row(cells: list[tuple[str, str]]) -> str:
        return _rtf_row(cells, rights).removesuffix(r"\row") + r"  \row"

    path = tmp_path / "分工表.rtf"
    path.write_bytes(_rtf(
        r"\pard " + _gbk("某县工作任务分工表") + r"\par"
        + row([("", "序号"), ("", "工作任务"), ("", "牵头单位")])
        + row([("", "1"), ("", "建设工业互联网平台"), (r"\clvmgf", "县工信局")])
        + row([("", "2"), ("", "培育专精特新企业"), (r"\clvmrg", "")])
        + r"\pard\par"))
    assert _units_by_task(path) == {1: [("县工信局", "lead")], 2: [("县工信局", "lead")]}


def test_rtf_symbol_font_bullet_reads_as_a_bullet_not_in_the_code_page(tmp_path):
    """Word 95-2003 writes a bullet list's label in the Symbol font (\\fcharset2) as `{\\pntext\\f2\\'b7\\tab}`: a
    symbol, not a GBK byte; it reads as the bullet the Word readers give, an unknown symbol as nothing."""
    path = tmp_path / "要点.rtf"
    path.write_bytes((r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}"
                      r"{\f2\fnil\fcharset2 Symbol;}}"
                      r"\pard " + _gbk("某县工作要点") + r"\par"
                      r"\pard{\pntext\f2\'b7\tab}" + _gbk("推进改革") + r"\par"
                      r"\pard{\pntext\f2\'e0\tab}" + _gbk("做好服务") + r"\par}").encode("ascii"))
    assert to_text(path).split("\n") == ["某县工作要点", "\u2022 推进改革", "做好服务"]


def test_rtf_text_with_no_font_of_its_own_is_read_in_the_default_font(tmp_path):
    """A converter writes \\ansicpg1252 and leaves the charset to the default font (\\deff0, GB2312 \\fcharset134):
    text with no \\f, and text after \\plain, is read in that font's code page."""
    path = tmp_path / "要点.rtf"
    path.write_bytes((r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}{\f1\fnil Arial;}}"
                      r"\pard " + _gbk("一、总体要求") + r"\par"
                      r"\pard\f1 2024\plain " + _gbk("年任务") + r"\par}").encode("ascii"))
    assert to_text(path).split("\n") == ["一、总体要求", "2024年任务"]


def test_rtf_unicode_outside_the_signed_16_bit_range_or_a_control_character_is_no_text(tmp_path):
    """\\uN is a signed 16-bit number: \\u0, \\u65536, \\u-2147483648 and control characters are damage, not text
    (a paragraph of them once made the whole file read as binary)."""
    path = tmp_path / "要点.rtf"
    path.write_bytes(_rtf(r"\pard\uc0 " + _gbk("某县工作要点") + r"\par\pard\uc0 A\u0 B\u65536 C\u-2147483648 D\u7 E"
                          r"\u-28752 \par"))
    assert to_text(path).split("\n") == ["某县工作要点", "ABCDE\u8fb0"]


def test_rtf_under_a_text_name_is_read_from_the_bytes_read_once_and_at_a_git_revision(tmp_path, monkeypatch):
    """An RTF under .txt is read from the bytes read_file read (with its link check), not opened a second time; and
    the same bytes at a git revision (versions.read_bytes) read as the same document, not as markup."""
    import generator.source.formats.rtf as rtf
    from generator.source.read import read_bytes, read_file

    data = _rtf(r"\pard " + _gbk("某县工作要点") + r"\par\pard 1." + _gbk("做好某事（县甲局牵头）。") + r"\par")
    (tmp_path / "要点.txt").write_bytes(data)

    def second_open(*args, **kwargs):
        raise AssertionError("the RTF file was opened a second time")

    monkeypatch.setattr(rtf, "read_input", second_open)
    assert read_file(tmp_path / "要点.txt", inside=tmp_path)[0].title == "某县工作要点"
    at_revision = read_bytes(data, "HEAD:要点.txt")
    assert [p.title for p in at_revision] == ["某县工作要点"]
    assert any("做好某事" in line for line in at_revision[0].lines)


# ---------------------------------------------------------------- MHTML (单个文件网页: .mht, .mhtml, Word's as .doc)


def _mhtml(page: str, charset: str = "utf-8", cte: str = "quoted-printable", image_first: bool = False) -> bytes:
    """A single-file web page as IE, Word and Chrome save it: a multipart/related MIME message holding the page's
    HTML (in `charset`, encoded by `cte`) and an image; with `image_first`, the image comes first and the message's
    `start` parameter names the page by its Content-ID."""
    from email.message import EmailMessage
    from email.policy import SMTP

    html_part = EmailMessage()
    html_part.set_content(page.encode("gbk" if charset == "gb2312" else charset), "text", "html", cte=cte,
                          params={"charset": charset})
    html_part["Content-ID"] = "<page@saved>"
    image = EmailMessage()
    image.set_content(b"\x89PNG\r\n\x1a\n" + bytes(range(64)), "image", "png", cid="<logo@saved>")
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["MIME-Version"] = "1.0"
    message.set_type("multipart/related")
    message.set_param("type", "text/html")
    if image_first:
        message.set_param("start", "<page@saved>")
    for part in ((image, html_part) if image_first else (html_part, image)):
        message.attach(part)
    return message.as_bytes(policy=SMTP)


_MHTML_PAGE = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><body><div class=\"nav\">首页 &gt; 政务公开</div>"
               "<div class=\"content\"><p>某县职业教育工作要点</p>"
               "<p>1.建设实训基地，推进喆园校区改造（牵头单位：县教育局）</p></div></body></html>")


@pytest.mark.parametrize("name", ["要点.mht", "要点.mhtml", "要点.doc", "要点.xls"])
@pytest.mark.parametrize("charset, cte, image_first", [
    ("utf-8", "quoted-printable", False),  # Chrome's .mhtml; every CJK byte =XX, soft breaks inside characters
    ("gb2312", "base64", True),  # declared gb2312 holding a character only GBK has (喆); the page named by start=
])
def test_single_file_web_page_is_read_as_the_page_its_html_part_holds(tmp_path, name, charset, cte, image_first):
    """A portal page saved as a single-file web page (MHTML), under .mht/.mhtml or Word's and Excel's as .doc/.xls:
    its HTML part, decoded by its transfer encoding and charset, is read as the saved page is; the image is left."""
    path = tmp_path / name
    path.write_bytes(_mhtml(_MHTML_PAGE, charset, cte, image_first))
    assert b"=E5=BB=BA" in path.read_bytes() or cte == "base64"  # the page is encoded, not readable as it stands
    page = tmp_path / "要点.html"
    page.write_text(_MHTML_PAGE, encoding="utf-8")
    assert to_text(path) == to_text(page)
    assert to_text(path).split("\n") == ["某县职业教育工作要点", "1.建设实训基地，推进喆园校区改造（牵头单位：县教育局）"]
    assert _units_by_task(path) == {1: [("县教育局", "lead")]}


def test_single_file_web_page_whose_part_declares_a_western_charset_is_read_in_its_pages_own(tmp_path):
    """Word may declare the page's part windows-1252 over GB18030 bytes its <meta charset=gb2312> names: a Western
    single-byte charset decodes any bytes, so the page's own charset is taken."""
    import base64

    page = ('<html><head><meta charset="gb2312"></head><body><p>某县2024年重点工作</p>'
            "<p>1.建设实训基地（牵头单位：县教育局）</p></body></html>").encode("gb18030")
    path = tmp_path / "要点.mht"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                     b"Content-Type: text/html; charset=\"windows-1252\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                     + base64.encodebytes(page).replace(b"\n", b"\r\n") + b"\r\n--b--\r\n")
    assert to_text(path).split("\n") == ["某县2024年重点工作", "1.建设实训基地（牵头单位：县教育局）"]


def test_single_file_web_page_with_no_html_part_is_refused_naming_the_file(tmp_path):
    from email.message import EmailMessage

    message = EmailMessage()
    message["MIME-Version"] = "1.0"
    message.set_content(b"\x89PNG\r\n\x1a\n", "image", "png")
    message.make_related()
    path = tmp_path / "要点.mht"
    path.write_bytes(message.as_bytes())
    with pytest.raises(PlansiteError, match="holds no HTML part") as err:
        to_text(path)
    assert err.value.path == str(path)


def test_single_file_web_page_nesting_its_parts_thousands_deep_is_refused_naming_the_file(tmp_path):
    head = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b0\"\r\n\r\n"
    nested = b"".join(b"--b%d\r\nContent-Type: multipart/related; boundary=\"b%d\"\r\n\r\n" % (level - 1, level)
                      for level in range(1, 5000))
    path = tmp_path / "要点.mhtml"
    path.write_bytes(head + nested)
    with pytest.raises(PlansiteError, match="nest too deeply") as err:
        to_text(path)
    assert err.value.path == str(path)


def test_docx_enclosed_number_formats_are_drawn_as_word_draws_them(tmp_path):
    """decimalEnclosedParen / decimalEnclosedFullstop with lvlText %1: Word draws ⑴ ⑵ and ⒈ ⒉, which read as the
    （1） and 1. labels; a bare decimal %1 is set apart from its text as Word's tab sets it (1 推进…, not 1推进…)."""
    import docx

    document = docx.Document()
    word_numbering(document, 97, [("decimalEnclosedParen", "%1")])
    word_numbering(document, 98, [("decimalEnclosedFullstop", "%1")])
    word_numbering(document, 99, [("decimal", "%1")])
    numbered_paragraph(document, "推进县域统一管理。（市水利局牵头）", 97, 0)
    numbered_paragraph(document, "完善水价机制。（市发展改革委负责）", 97, 0)
    numbered_paragraph(document, "建设应急水源。", 98, 0)
    numbered_paragraph(document, "改造老旧管网。", 99, 0)
    path = tmp_path / "enclosed.docx"
    document.save(path)
    assert to_text(path).split("\n") == ["⑴推进县域统一管理。（市水利局牵头）", "⑵完善水价机制。（市发展改革委负责）",
                                         "⒈建设应急水源。", "1 改造老旧管网。"]


# Word's and Excel's less usual package flavours (formats/flavours.py): Strict Open XML, macro-enabled, templates

_TRANSITIONAL_TO_STRICT = tuple(
    (f"http://schemas.openxmlformats.org/{transitional}", f"http://purl.oclc.org/ooxml/{strict}")
    for transitional, strict in (("officeDocument/2006/relationships", "officeDocument/relationships"),
                                 ("wordprocessingml/2006/main", "wordprocessingml/main"),
                                 ("spreadsheetml/2006/main", "spreadsheetml/main"),
                                 ("drawingml/2006/main", "drawingml/main")))
_ORDINARY_MAIN = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}


def _repackaged(source: Path, path: Path, replacements) -> Path:
    """`source`'s package saved as `path`, each (old, new) string replaced in its XML parts and relationships."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in original.infolist():
            data = original.read(member)
            if member.filename.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for old, new in replacements:
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            copy.writestr(member.filename, data)
    return path


def _water_notice_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("（一）强化水源保障")
    document.add_paragraph("1.推进水源工程建设。（牵头单位：甲市水利局；配合单位：甲市生态环境局、甲市财政局）")
    document.save(path)
    return path


def _service_sheet_xlsx(path: Path) -> Path:
    book = pytest.importorskip("openpyxl").Workbook()
    book.active.append(["序号", "重点任务", "牵头单位", "配合单位"])
    book.active.append([1, "推行帮办代办", "乙县政务服务中心", "乙县人力资源社会保障局、乙县司法局"])
    return _saved(book, path)


_WATER_TASK = {1: [("甲市水利局", "lead"), ("甲市生态环境局", "support"), ("甲市财政局", "support")]}
_SERVICE_TASK = [("", 1, [("乙县政务服务中心", "lead"), ("乙县人力资源社会保障局", "support"), ("乙县司法局", "support")])]


def test_docx_saved_as_strict_open_xml_reads_as_the_ordinary_docx(tmp_path):
    """Word's 另存为 "Strict Open XML 文档" keeps .docx but writes every namespace and relationship type under
    purl.oclc.org/ooxml; the document is the same and is read the same, not refused as damaged."""
    plain = _water_notice_docx(tmp_path / "plain.docx")
    strict = _repackaged(plain, tmp_path / "方案.docx", _TRANSITIONAL_TO_STRICT)
    assert _units_by_task(strict) == _units_by_task(plain) == _WATER_TASK


def test_xlsx_saved_as_strict_open_xml_reads_as_the_ordinary_xlsx(tmp_path):
    """Excel's "Strict Open XML 电子表格": the cells in the Strict spreadsheetml namespace are read, not an empty book."""
    from generator.source.read import read_file

    plain = _service_sheet_xlsx(tmp_path / "plain.xlsx")
    strict = _repackaged(plain, tmp_path / "分工表.xlsx", _TRANSITIONAL_TO_STRICT)
    assert _tasks(read_file(strict)) == _tasks(read_file(plain)) == _SERVICE_TASK


@pytest.mark.parametrize("suffix, content_type", [
    (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    (".dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    (".dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
])
def test_macro_enabled_and_template_word_packages_read_as_docx(tmp_path, suffix, content_type):
    """A .docm/.dotx/.dotm is a .docx package naming its main part with another content type (which python-docx
    refuses): read by the docx reader by its suffix, whatever that content type."""
    plain = _water_notice_docx(tmp_path / "plain.docx")
    other = _repackaged(plain, tmp_path / f"方案{suffix}", [(_ORDINARY_MAIN["docx"], content_type)])
    assert _units_by_task(other) == _WATER_TASK


@pytest.mark.parametrize("suffix, content_type", [
    (".xlsm", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
    (".xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
    (".xltm", "application/vnd.ms-excel.template.macroEnabled.main+xml"),
])
def test_macro_enabled_and_template_workbooks_read_as_xlsx(tmp_path, suffix, content_type):
    """启用宏的工作簿 (.xlsm: a 分工表 with a 汇总 macro) and templates are read by the xlsx reader by their suffix."""
    from generator.source.read import read_file

    plain = _service_sheet_xlsx(tmp_path / "plain.xlsx")
    other = _repackaged(plain, tmp_path / f"分工表{suffix}", [(_ORDINARY_MAIN["xlsx"], content_type)])
    assert _tasks(read_file(other)) == _SERVICE_TASK


# ---------------------------------------------------------------- .html front-end table components (web_tables)


def _page_tasks(write_file, page: str) -> list[tuple[int, str, list[tuple[str, str]]]]:
    from generator.source.corpus import parse_text

    path = write_file(page, "plan.html")
    plans = parse_text(to_text(path), str(path))
    return [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for plan in plans for t in plan.tasks()]


_COMPONENT_HEAD = "<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>配合单位</th></tr>"
_COMPONENT_ROWS = ("<tr><td>1</td><td>疏浚河道</td><td>丙镇水利站</td><td>丙镇财政所、丙镇农业站</td></tr>"
                   "<tr><td>2</td><td>建设雨量监测点</td><td>丙镇应急办</td><td>丙镇气象站</td></tr>")
_COMPONENT_TASKS = [(1, "疏浚河道", [("丙镇水利站", "lead"), ("丙镇财政所", "support"), ("丙镇农业站", "support")]),
                    (2, "建设雨量监测点", [("丙镇应急办", "lead"), ("丙镇气象站", "support")])]


def test_html_component_table_with_its_header_row_in_a_table_of_its_own_is_one_table(write_file):
    """A table component keeps its header in view by writing the header row in one <table> and the body rows in the
    next: a table of column names alone followed by a table of as many columns is the one table the page shows."""
    page = ("<html><body><p>丙镇2025年防汛重点任务分工表</p><div class=\"grid\"><div class=\"grid-head\"><table>"
            f"<colgroup><col><col><col><col></colgroup><thead>{_COMPONENT_HEAD.replace('</tr>', '<th></th></tr>')}"
            "</thead></table></div><div class=\"grid-body\"><table><colgroup><col><col><col><col></colgroup>"
            f"<tbody>{_COMPONENT_ROWS}</tbody></table></div></div></body></html>")
    assert _page_tasks(write_file, page) == _COMPONENT_TASKS
    # a header table followed by a table of another width is no header of it: its rows stay unread as tasks
    narrow = page.replace("<td>丙镇财政所、丙镇农业站</td>", "").replace("<td>丙镇气象站</td>", "")
    assert _page_tasks(write_file, narrow) == []


def test_html_component_two_row_header_in_a_table_of_its_own_is_joined_to_its_body(write_file):
    """A grouped header split off by its component: 序号 and 任务 span both header rows (rowspan), 责任单位 spans
    牵头单位 | 配合单位 below (colspan). The lower row holds two cells, yet with the cells merged down into it covers all
    four columns, as the body's rows do: one table, the sub-columns naming the roles."""
    head = ("<tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">任务</th><th colspan=\"2\">责任单位</th>"
            "<th class=\"gutter\"></th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>")
    page = ("<html><body><p>丙镇2025年防汛重点任务分工表</p><div class=\"grid\"><div class=\"grid-head\"><table>"
            f"<thead>{head}</thead></table></div><div class=\"grid-body\"><table>"
            f"<tbody>{_COMPONENT_ROWS}</tbody></table></div></div></body></html>")
    assert _page_tasks(write_file, page) == _COMPONENT_TASKS
    # counted with its merged cells the header is four columns wide: a body of three is still no body of it
    narrow = page.replace("<td>丙镇财政所、丙镇农业站</td>", "").replace("<td>丙镇气象站</td>", "")
    assert _page_tasks(write_file, narrow) == []


def test_html_component_copy_of_a_table_over_its_fixed_columns_adds_nothing(write_file):
    """The copy of the whole table a component lays over its fixed columns (el-table__fixed) is dropped: read, it
    repeated every task and glued its cells to the list after it."""
    table = f"<table>{_COMPONENT_HEAD}{_COMPONENT_ROWS}</table>"
    page = ("<html><body><p>丙镇2025年防汛重点任务分工表</p><div class=\"el-table\">"
            f"{table}<div class=\"el-table__fixed\">{table}</div></div><p>附件2</p><p>丙镇2025年防汛物资清单</p>"
            "<p>储备编织袋5000条。</p></body></html>")
    assert _page_tasks(write_file, page) == _COMPONENT_TASKS


def test_html_grid_of_divs_with_table_roles_is_read_as_a_table_without_its_phone_labels(write_file):
    """A <div role=table> grid is a table; each cell's leading copy of its column's name (shown on phones only) is
    dropped, a label with other text, or the value alone, kept."""
    def cell(label, value):
        return f'<div role="cell"><span class="m-label">{label}</span><span>{value}</span></div>'
    rows = "".join(f'<div role="row">{cell("序号", n)}{cell("项目名称", name)}{cell("责任单位", unit)}</div>'
                   for n, name, unit in ((1, "新建排涝泵站", "丙镇水利站"), (2, "改造积水路段", "丙镇城建办")))
    page = ('<html><body><p>丙镇2025年防汛重点项目清单</p><div role="table"><div role="rowgroup"><div role="row">'
            '<div role="columnheader">序号</div><div role="columnheader">项目名称</div>'
            f'<div role="columnheader">责任单位</div></div></div><div role="rowgroup">{rows}</div></div></body></html>')
    assert _page_tasks(write_file, page) == [(1, "新建排涝泵站", [("丙镇水利站", "responsible")]),
                                             (2, "改造积水路段", [("丙镇城建办", "responsible")])]


def test_html_cell_marked_to_show_its_text_on_hover_is_no_tool_bar(write_file):
    """class="cell el-tooltip" marks a cell whose text shows whole on hover: the page's text, kept, where the chrome
    word "tool" deleted it; a tool bar inside the article is still dropped."""
    long_text = "汛前对辖区内河道、沟渠开展全面排查，清除淤积和阻水障碍，确保行洪通畅。" * 3
    rows = _COMPONENT_ROWS.replace("<td>丙镇水利站</td>", '<td><div class="cell el-tooltip">丙镇水利站</div></td>')
    rows = rows.replace("<td>丙镇气象站</td>", '<td><div class="cell el-tooltip">丙镇气象站</div></td>')
    page = (f"<html><body><div class=\"content\"><p>丙镇2025年防汛重点任务分工表</p><p>{long_text}</p>"
            f"<table>{_COMPONENT_HEAD}{rows}</table><div class=\"toolbar\">打印本页 关闭窗口</div></div></body></html>")
    assert _page_tasks(write_file, page) == _COMPONENT_TASKS
    assert "打印本页" not in to_text(write_file(page, "plan.html"))


@pytest.mark.parametrize("popup", ["tooltip fade", "ant-tooltip"])
def test_html_hover_popup_saved_with_the_page_stays_chrome(write_file, popup):
    """The popup a hover shows (Bootstrap's class="tooltip", Ant Design's ant-tooltip) is a copy of a cell's text saved
    with the page: chrome, dropped, unlike the cell marked to show it (el-tooltip)."""
    long_text = "汛前对辖区内河道、沟渠开展全面排查，清除淤积和阻水障碍，确保行洪通畅。" * 3
    page = (f"<html><body><div class=\"content\"><p>丙镇2025年防汛重点任务分工表</p><p>{long_text}</p>"
            f"<table>{_COMPONENT_HEAD}{_COMPONENT_ROWS}</table>"
            f"<div class=\"{popup}\" role=\"tooltip\"><div class=\"inner\">丙镇财政所、丙镇农业站</div></div></div>"
            "</body></html>")
    assert _page_tasks(write_file, page) == _COMPONENT_TASKS
    assert to_text(write_file(page, "plan.html")).count("丙镇农业站") == 1


def test_html_an_image_before_a_sentence_holding_the_letter_zhu_is_no_legend(write_file):
    """注重 / 关注 inside a sentence introduce no legend: a bullet image before 牵头单位要注重… explains no mark, and
    the same image alone in the matrix's cells stays no unit; 说明： before that sentence makes it a legend."""
    def page(intro: str) -> str:
        return f"""<p align="center">某县2030年工作任务分工表</p>
        <p>{intro}<img src="/i/dot.gif">牵头单位要注重统筹协调，关注进度。</p>
        <table border="1"><tr><td>序号</td><td>工作任务</td><td>县甲局</td><td>县乙局</td></tr>
        <tr><td>1</td><td>推进河道整治</td><td><img src="/i/dot.gif"></td><td>&nbsp;</td></tr>
        <tr><td>2</td><td>完善防汛预案</td><td>&nbsp;</td><td><img src="/i/dot.gif"></td></tr></table>"""
    assert all(not units for _, units in _roles_by_task(write_file(page(""), "a.html")))
    assert _roles_by_task(write_file(page("说明："), "b.html")) == [
        ("推进河道整治", [("县甲局", "lead")]), ("完善防汛预案", [("县乙局", "lead")])]
