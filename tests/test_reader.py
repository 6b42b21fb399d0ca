"""The reader: bytes -> text (encodings, BOMs, line ends, spaces), refusing empty and binary files, splitting a page into plans."""
from __future__ import annotations

import codecs
import re
import struct
import zlib
from pathlib import Path

import pytest

from generator.errors import PlansiteError
from generator.model import to_dict
from generator.source.corpus import parse_file, parse_text
from generator.source.read import decode, normalise, read_file, split_page

PLANS = Path(__file__).resolve().parent / "fixtures" / "plans"

TEXT = (
    "某市2025年安全生产工作要点\n"
    "一、健全安全生产责任体系\n"
    "1.压实部门监管责任。严格落实“三管三必须”要求（责任单位：市安委办、市应急局）。\n"
    "2. 加强重大危险源管控(牵头责任单位:市应急局,协同责任单位:市公安局)。\n"
)

ENCODINGS = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 BOM": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "gb18030": TEXT.encode("gb18030"),
    "utf-16 LE BOM": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16 BE BOM": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf-16 LE no BOM": TEXT.encode("utf-16-le"),
    "utf-16 BE no BOM": TEXT.encode("utf-16-be"),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_every_encoding_decodes_to_the_same_string(name):
    assert decode(ENCODINGS[name], f"plan-{name}.txt") == TEXT


@pytest.mark.parametrize("name", ENCODINGS)
def test_every_encoding_reads_to_the_same_plan(name, tmp_path):
    reference = tmp_path / "reference.txt"
    reference.write_bytes(ENCODINGS["utf-8"])
    path = tmp_path / "variant.txt"
    path.write_bytes(ENCODINGS[name])
    [got], [want] = read_file(path), read_file(reference)
    assert (got.title, got.lines, got.first_line) == (want.title, want.lines, want.first_line)
    assert got.source == str(path)


def test_line_ends_are_unified():
    assert normalise("甲\r\n乙\r丙\n丁") == "甲\n乙\n丙\n丁"
    assert normalise("甲\r\n\r\n乙") == "甲\n\n乙"


@pytest.mark.parametrize("space", ["\u3000", "\t", "\u2002", "\u00a0"],
                         ids=["full-width space", "tab", "en space", "no-break space"])
def test_odd_spaces_become_plain_spaces(space):
    """Each odd space is a plain one; a tab after a word is a tab stop's wide gap (two spaces), as a 清单 typed with
    a right tab sets its units apart (1.推进X工作<TAB>市甲局); a tab after a list's mark stays one space."""
    gap = "  " if space == "\t" else " "
    assert normalise(f"{space}{space}1.加强监管{space}(责任单位:市应急局)") == f"  1.加强监管{gap}(责任单位:市应急局)"
    assert normalise(f"●{space}加强监管") == "● 加强监管"
    # a row of cells parted by tabs is a table's: its tabs stay single spaces
    assert normalise(f"1{space}县甲局{space}王某{space}科长") == "1 县甲局 王某 科长"


def test_zero_width_characters_are_dropped():
    assert normalise("市应\u200b急局\ufeff") == "市应急局"
    assert normalise("市科\u00ad技局") == "市科技局"  # Word's optional hyphen, invisible where no line breaks


def test_a_label_colon_typed_as_a_look_alike_is_a_colon_and_a_ratio_stays_a_ratio():
    """牵头单位∶X (the ratio sign U+2236), 牵头单位︰X (vertical form U+FE30), 责任单位﹕X (U+FE55): input methods and
    Word/PDF copies type the label's colon so; the label is read as with ：. Between two digits ∶ is a ratio and stays."""
    [plan] = parse_text("某县2030年禁毒工作要点\n一、压实禁毒责任\n1.健全责任体系。签订责任书。\n牵头单位∶县甲办\n"
                        "责任单位∶县禁毒委各成员单位\n2.完善考评机制。修订细则。（牵头单位︰县乙局；责任单位︰县丙委）\n"
                        "3.落实配套资金。按1∶1比例配套。（责任单位﹕县丁局）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲办", "lead"), ("县禁毒委各成员单位", "responsible")],
        [("县乙局", "lead"), ("县丙委", "responsible")],
        [("县丁局", "responsible")]]
    assert "1∶1" in plan.tasks()[2].text


def test_a_dash_typed_as_a_look_alike_is_the_dash_before_labels_and_units():
    """Older office systems and GBK exports write the dash —— before a task's labels or units as －－ (U+FF0D twice),
    ―― (U+2015) or ━━ (U+2501); each is read as ——, so the label behind it is found and no dash stays in a name.
    A single － is a hyphen (a phone number, a range) and stays; a box-drawn table's rule keeps its strokes."""
    [plan] = parse_text("某县2030年教育工作要点\n一．促进学前教育普惠发展\n(一)扩大普惠资源\n"
                        "１．新建公办幼儿园。－－责任单位：县甲局、县乙局\n"
                        "２．实施质量提升行动。━━责任单位：县甲局、县丙局\n"
                        "３．推进托幼一体化。――牵头单位：县丁局；配合单位：县甲局\n"
                        "４．规范民办园管理，咨询电话0791－8625。－－县甲局牵头，县戊局配合\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", "responsible"), ("县乙局", "responsible")],
        [("县甲局", "responsible"), ("县丙局", "responsible")],
        [("县丁局", "lead"), ("县甲局", "support")],
        [("县甲局", "lead"), ("县戊局", "support")]]
    assert "0791－8625" in plan.tasks()[3].text
    assert normalise("┏━━┳━━┓\n1－3月") == "┏━━┳━━┓\n1－3月"


def test_odd_spaces_and_line_ends_do_not_change_the_reading(tmp_path):
    plain = TEXT.replace("\n", "\r\n")
    spaced = (
        "\u3000\u3000某市2025年安全生产工作要点\r"
        "\t一、健全安全生产责任体系\r"
        "\u2002\u20021.压实部门监管责任。严格落实“三管三必须”要求（责任单位：市安委办、市应急局）。\r"
        "\u00a02. 加强重大危险源管控(牵头责任单位:市应急局,协同责任单位:市公安局)。\r"
    )
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(plain.encode("utf-8"))
    b.write_bytes(spaced.encode("utf-8"))
    pa, pb = parse_file(a), parse_file(b)
    units = lambda plans: [[(x.name, x.role) for x in t.assignments] for p in plans for t in p.tasks()]  # noqa: E731
    assert units(pa) == units(pb) == [
        [("市安委办", "responsible"), ("市应急局", "responsible")],
        [("市应急局", "lead"), ("市公安局", "support")],
    ]
    assert [(t.number, t.title) for t in pb[0].tasks()] == [(1, "压实部门监管责任"), (2, "加强重大危险源管控")]
    assert pb[0].title == "某市2025年安全生产工作要点"


# ---- files that are not plan text ---------------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 16, 16, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"".join(b"\x00" + b"\x00\x00\x00\xff" * 16 for _ in range(16)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


NOT_TEXT = {
    "empty": b"",
    "blank lines": b"\n\n  \r\n",
    "png": _png(),
    "png header only": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
}


@pytest.mark.parametrize("name", NOT_TEXT)
def test_empty_and_binary_files_raise_an_error_naming_the_file(name, tmp_path):
    path = tmp_path / f"{name.replace(' ', '-')}.txt"
    path.write_bytes(NOT_TEXT[name])
    with pytest.raises(PlansiteError) as info:
        read_file(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    with pytest.raises(PlansiteError):
        parse_file(path)


# ---- the seed page ------------------------------------------------------------------------------------


def test_split_page_on_the_seed_gives_seven_plans(seed_path):
    text = normalise(decode(seed_path.read_bytes(), str(seed_path)))
    plans = split_page(text, str(seed_path))
    assert len(plans) == 7
    assert [p.title[-1] for p in plans] == list("一二三四五六七")
    assert all(p.title.startswith("市安全生产委员会2024年工作要点") for p in plans)
    assert all(p.source == str(seed_path) for p in plans)


def test_navigation_bullets_are_in_no_plan(seed_path):
    raw = seed_path.read_text(encoding="utf-8").split("\n")
    bullets = [ln.strip() for ln in raw if ln.strip().startswith("•")]
    assert len(bullets) > 20  # the page has navigation above and below the plans
    plans = split_page(normalise(seed_path.read_text(encoding="utf-8")), str(seed_path))
    for plan in plans:
        kept = {ln.strip() for ln in plan.lines}
        assert not kept & set(bullets), plan.title
        assert not any(ln.startswith(("当前位置", "时间:")) for ln in kept), plan.title
    # and none of them reaches the parsed model
    for plan in parse_file(seed_path):
        words = [plan.preamble, plan.closing] + [s.intro + s.closing for s in plan.sections]
        words += [t.text for t in plan.tasks()]
        assert not any("•" in w for w in words), plan.title


def _comparable(plans, path: Path) -> list[dict]:
    """to_dict of the plans without their source, and with the path taken out of the warnings."""
    out = []
    for plan in plans:
        d = to_dict(plan)
        d.pop("source")
        d["warnings"] = [w.replace(str(path), "<source>") for w in d["warnings"]]
        out.append(d)
    return out


SEED_VARIANTS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-16": lambda t: t.encode("utf-16"),  # with a BOM, in the machine's byte order
    "utf-16-le BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-8 BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "CRLF": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "CR": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "gb18030 CRLF": lambda t: t.replace("\n", "\r\n").encode("gb18030"),
}


@pytest.mark.parametrize("variant", SEED_VARIANTS)
def test_seed_re_encoded_parses_to_the_same_model(variant, seed_path, tmp_path):
    text = seed_path.read_bytes().decode("utf-8")
    original = tmp_path / "original.txt"
    original.write_bytes(text.encode("utf-8"))
    path = tmp_path / f"seed-{variant.replace(' ', '-')}.txt"
    path.write_bytes(SEED_VARIANTS[variant](text))
    want = _comparable(parse_file(original), original)
    got = _comparable(parse_file(path), path)
    assert len(got) == 7
    assert got == want


def test_a_title_like_subheading_inside_a_plan_does_not_start_another_plan():
    from generator.source.read import split_page

    text = ("某市2025年安全生产工作方案\n一、重点任务\n1.加强燃气安全。（市住建局负责）\n"
            "重点任务清单\n2.加强消防安全。（市消防救援支队负责）\n"
            "某县2025年安全生产工作要点\n一、压实责任\n1.落实党政责任。（县委办负责）\n")
    plans = split_page(text, "page.txt")
    assert [p.title for p in plans] == ["某市2025年安全生产工作方案", "某县2025年安全生产工作要点"]
    assert "重点任务清单" in plans[0].lines


def test_a_positional_rule_stated_in_the_covering_notice_applies_to_the_plan():
    """关于印发…的通知 says 列第一位的责任单位为牵头单位 before the plan's own title line: the rule holds."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市人民政府办公厅关于印发2020年重点工作分工方案的通知\n"
        "各区、县（市）人民政府，市政府各部门：\n"
        "现将《2020年重点工作分工方案》印发给你们，请认真贯彻执行。\n"
        "分工方案中，列第一位的责任单位为牵头单位。\n"
        "某市人民政府办公厅\n"
        "2020年5月20日\n"
        "2020年重点工作分工方案\n"
        "一、稳增长\n"
        "1.地区生产总值增长6%。（市发改委、市统计局）\n"
        "2.深化国企改革。（市国资委、市财政局）\n")
    assert plan.title == "2020年重点工作分工方案"
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市发改委", "lead"), ("市统计局", "responsible")], [("市国资委", "lead"), ("市财政局", "responsible")]]
    assert plan.rules and "列第一位" in plan.rules[0]


def test_units_and_their_verbs_opening_a_tasks_sentence_before_what_they_do_are_its_annotation():
    """（一）医疗救护。县卫生健康局牵头，县红十字会配合，负责伤员救治。: two clauses of units and their verbs or more open
    the task's sentence, then what they do: its units, as if bracketed. One such clause alone (市X局负责，…) and a
    principle's words (坚持政府主导，社会参与) name no unit."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县地质灾害应急预案\n"
        "一、应急处置\n"
        "（一）医疗救护。县卫生健康局牵头，县红十字会配合，负责伤员救治和卫生防疫。\n"
        "（二）转移安置。县应急管理局牵头，县民政局、县住房城乡建设局配合，各乡镇人民政府落实，做好群众转移安置。\n"
        "（三）宣传引导。坚持政府主导，社会参与，营造良好氛围。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县卫生健康局", "lead"), ("县红十字会", "support")],
        [("县应急管理局", "lead"), ("县民政局", "support"), ("县住房城乡建设局", "support"), ("各乡镇人民政府", "implement")],
        []]


def test_working_groups_named_by_their_work_are_made_of_the_units_their_text_names():
    """An event plan's 工作组 heading over `由X牵头，A、B，C参加。`: the comma parts kinds of members (departments,
    hospitals, localities, companies) inside the one list before 参加; the group's name (市容环境组, 气象服务组, though
    it opens as a place or a sector might) is no body. A body's own group (县公安局督导组：负责…) still heads its duty."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县运动会保障工作方案\n"
        "一、工作组及职责\n"
        "（一）医疗卫生组\n"
        "由县卫生健康局牵头，县红十字会、县人民医院，各乡镇人民政府参加。\n"
        "主要职责：负责运动会医疗救护保障。\n"
        "（二）市容环境组\n"
        "由县城市管理局牵头，县生态环境局参加。\n"
        "主要职责：负责市容保障。\n"
        "（三）气象服务组\n"
        "由县气象局负责。\n"
        "（四）县公安局督导组：负责督导检查。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县卫生健康局", "lead"), ("县红十字会", "support"), ("县人民医院", "support"), ("各乡镇人民政府", "support")],
        [("县城市管理局", "lead"), ("县生态环境局", "support")], [("县气象局", "responsible")],
        [("县公安局督导组", "responsible")]]


@pytest.mark.parametrize("pointer", ["重点任务详见下表。", "重点任务分解如下。"])
def test_a_tables_caption_inside_a_plan_starts_no_plan_of_its_own(pointer):
    """二、任务分解 / 重点任务详见下表。 / 某镇…分解表 / the rows / 三、保障措施: the caption heads a table inside the plan,
    known by the text pointing at the table below or by the plan's outline going on after it (三、 after 二、)."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某镇2025年重点工作任务分解方案\n一、工作目标\n全镇地区生产总值增长6%。\n二、任务分解\n"
        f"{pointer}\n某镇2025年重点工作任务分解表\n"
        "序号\t重点工作任务\t责任站所\t完成时限\n"
        "1\t抓好招商引资。\t镇经济发展办公室\t全年\n"
        "2\t做好森林防火。\t镇林业站\t全年\n"
        "三、保障措施\n加强组织领导。\n")
    assert [p.title for p in plans] == ["某镇2025年重点工作任务分解方案"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("镇经济发展办公室", "responsible")]), (2, [("镇林业站", "responsible")])]


def test_a_pointer_at_the_table_below_a_pdfs_page_broke_keeps_its_caption_inside_the_plan():
    """A PDF's text wraps the paragraph pointing at the table (…详见下表。表中责任单位排在 / 第一位的为牵头单位…):
    the pointer is in the paragraph above the caption, not on its last printed line, and the caption still heads a
    table inside the plan, whose rows are its tasks read by the rule the paragraph states."""
    plans = parse_text(
        "某县河道保洁考核方案\n一、考核对象\n各乡镇人民政府，县水利局、县城管局等有关部门。\n二、考核任务分解\n"
        "考核指标、分值和责任单位详见下表。表中责任单位排在\n第一位的为牵头单位，其他为配合单位。\n"
        "某县河道保洁考核任务分解表\n"
        "+------+----------------+------+--------------------------+\n"
        "| 序号 | 考核指标       | 分值 | 责任单位                 |\n"
        "+======+================+======+==========================+\n"
        "| 1    | 河面无漂浮垃圾 | 10   | 县水利局、各乡镇人民政府 |\n"
        "+------+----------------+------+--------------------------+\n"
        "| 2    | 岸线无乱堆乱放 | 10   | 县城管局、县水利局       |\n"
        "+------+----------------+------+--------------------------+\n")
    assert [p.title for p in plans] == ["某县河道保洁考核方案"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("县水利局", "lead"), ("各乡镇人民政府", "support")]), (2, [("县城管局", "lead"), ("县水利局", "support")])]


def test_a_page_number_between_the_pointer_and_the_caption_is_no_text_above_it():
    """…重点任务详见下表。 / — 1 — / 某镇…分解表: the page ended between the pointer and the table's caption; the pointer
    is still the text above the caption, which heads a table inside the plan."""
    plans = parse_text(
        "某镇2031年重点工作任务分解方案\n一、工作目标\n全镇地区生产总值增长6%。\n二、任务分解\n"
        "重点任务详见下表。\n— 1 —\n某镇2031年重点工作任务分解表\n"
        "序号\t重点工作任务\t责任站所\t完成时限\n"
        "1\t抓好招商引资。\t镇经济发展办公室\t全年\n"
        "2\t做好森林防火。\t镇林业站\t全年\n")
    assert [p.title for p in plans] == ["某镇2031年重点工作任务分解方案"]
    assert [t.number for t in plans[0].tasks()] == [1, 2]


def test_a_caption_under_a_sentence_introducing_it_stays_in_the_plan_though_its_group_rows_number_again():
    """二、问题清单 / …具体如下： / 某县…整改清单 / a sheet whose group rows number 一、 二、 again / 三、整改要求: the
    sentence ending in 如下： introduces the table inside the plan, so its caption starts no plan of its own."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某县林业局党组巡察整改方案\n一、整改目标\n按期销号。\n二、问题清单及整改措施\n逐项制定整改措施，具体如下：\n"
        "某县林业局党组巡察反馈问题整改清单\n序号\t存在问题\t整改措施\t责任股室\t整改时限\n一、政治建设方面\t\t\t\t\n"
        "1\t理论学习不深入。\t制定学习计划。\t办公室牵头，人事股配合\t6月底前\n"
        "二、作风建设方面\t\t\t\t\n2\t公车管理不规范。\t完善制度。\t办公室\t立行立改\n"
        "三、整改要求\n各股室要按时完成整改任务。\n")
    assert [p.title for p in plans] == ["某县林业局党组巡察整改方案"]
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        ("理论学习不深入", [("办公室", "lead"), ("人事股", "support")]), ("公车管理不规范", [("办公室", "responsible")])]
    assert ("三", "整改要求") in [(s.number, s.title) for s in plans[0].sections]


@pytest.mark.parametrize("pointer", ["分河段明确治理任务，具体见表2。", "治理任务详见表2。", "治理任务如表2所示。"])
def test_a_caption_the_text_points_at_by_its_number_stays_in_the_plan_though_its_group_rows_number_again(pointer):
    """一、任务清单 / …具体见表2。 / 表2　某河治理保护任务清单 / group rows 一、上游段 二、下游段 / 二、保障措施: the text
    names the caption's own number, so the caption heads a table inside the plan, though the group rows restart 一、."""
    plans = parse_text(
        "某河一河一策实施方案\n一、任务清单\n"
        f"{pointer}\n表2　某河治理保护任务清单\n"
        "序号\t治理任务\t责任单位\t完成时限\n一、上游段\n1\t治理水土流失8平方公里\t县水利局\t2026年底前\n"
        "二、下游段\n2\t清理河道垃圾\t甲镇人民政府\t2025年底前\n"
        "二、保障措施\n加强组织领导。\n")
    assert [p.title for p in plans] == ["某河一河一策实施方案"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("县水利局", "responsible")]), (2, [("甲镇人民政府", "responsible")])]


def test_a_caption_under_a_section_head_naming_it_stays_in_the_plan_though_its_group_rows_number_again():
    """附件 / 某镇…分解 / 一、指导思想 / 二、重点工作任务分解表 / 某镇…重点工作任务分解表 / group rows 一、…（1项） /
    三、保障措施: the section's head names the table, and its caption follows with no 详见下表; the caption heads a
    table inside the plan (before: it started a plan of its own, the head a task with no unit, 三、 in the table's plan)."""
    plans = parse_text(
        "某镇人民政府关于印发《某镇2031年度重点工作任务分解》的通知\n各村（社区），镇属各站所：\n"
        "现将《某镇2031年度重点工作任务分解》印发给你们，请认真抓好落实。\n附件：某镇2031年度重点工作任务分解表\n"
        "附件\n某镇2031年度重点工作任务分解\n一、指导思想\n　　坚持稳中求进，狠抓工作落实。\n"
        "二、重点工作任务分解表\n某镇2031年度重点工作任务分解表\n序号\t工作任务\t目标要求\t责任站所\t完成时限\n"
        "一、经济发展（1项）\n1\t招商引资\t全年引进项目8个。\t经济发展办\t2031年12月底\n二、乡村振兴（1项）\n"
        "2\t粮食生产\t播种面积5万亩。\t农业综合服务中心\t2031年9月底\n三、保障措施\n　　加强组织领导。\n")
    assert [p.title for p in plans] == ["某镇2031年度重点工作任务分解"]
    assert [(t.number, t.title, [a.name for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, "招商引资", ["经济发展办"]), (2, "粮食生产", ["农业综合服务中心"])]
    assert ("三", "保障措施") in [(s.number, s.title) for s in plans[0].sections]


def test_a_section_head_names_the_caption_only_by_words_the_caption_holds():
    """二、重点工作任务分解表 names 某镇…重点工作任务分解表; a head of other words (二、工作目标), a mere 表, or a line
    that is no head says nothing of the caption below it."""
    from generator.source.read import _head_names_caption

    assert _head_names_caption("二、重点工作任务分解表", "某镇2031年度重点工作任务分解表")
    assert _head_names_caption("第三章　重点项目清单", "某县2031年重点项目清单")
    assert not _head_names_caption("二、工作目标", "某镇2031年度重点工作任务分解表")
    assert not _head_names_caption("二、表", "某镇2031年度重点工作任务分解表")
    assert not _head_names_caption("重点工作任务分解表", "某镇2031年度重点工作任务分解表")


def test_a_caption_pointed_at_by_another_number_is_no_cue():
    """…见表1。 / 表2　某河治理保护任务清单: the text points at another table, so it says nothing of this caption."""
    from generator.source.read import _points_at_caption

    assert _points_at_caption("具体见表2。", "表2　某河治理保护任务清单")
    assert not _points_at_caption("具体见表1。", "表2　某河治理保护任务清单")
    assert not _points_at_caption("具体见表12。", "表1　某河治理保护任务清单")


def test_a_numbered_tables_caption_inside_a_plan_starts_no_plan_of_its_own():
    """三、民生实事分工 / 表1　某县…任务分工表 / the rows, the plan's last section: nothing points at the table and no
    head follows it, but a numbered caption is a table set in the plan's text (a plan attached to another is numbered
    by its 附件 mark, not as a 表), so its rows are the plan's and the caption, though it ends in 分工表, no title."""
    plans = parse_text(
        "某县2031年民生工作方案\n一、工作目标\n全年新增就业5000人。\n二、重点任务\n1.开展技能培训。（县人社局负责）\n"
        "2.落实创业担保贷款。（县人社局牵头，县财政局配合）\n三、民生实事分工\n表1　某县2031年民生实事任务分工表\n"
        "序号\t实事项目\t责任单位\n1\t新建城区公厕10座。\t县城管局\n2\t改造老旧小区5个。\t县住建局\n")
    assert [p.title for p in plans] == ["某县2031年民生工作方案"]
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()][2:] == [
        ("新建城区公厕10座", [("县城管局", "responsible")]), ("改造老旧小区5个", [("县住建局", "responsible")])]


def test_a_caption_under_a_chapter_stays_in_a_plan_outlined_in_chapters():
    """第一章 / 表1　某市…指标分解表 / the indicator rows / 第二章 / 1.…（牵头单位：…）: a plan outlined in chapters goes on
    after the table (第二章 after 第一章), so the caption heads a table inside the plan, not a plan of its own."""
    plans = parse_text(
        "某市“十五五”规划纲要目标任务分解方案\n第一章　主要指标\n表1　某市“十五五”主要指标分解表\n"
        "指标\t2030年目标\t属性\t责任单位\n地区生产总值年均增长（%）\t5左右\t预期性\t市发展改革委\n"
        "第二章　科技创新\n1.建设创新平台。新建市级重点实验室10家。（牵头单位：市科技局；责任单位：市财政局）\n"
        "2.培育科技企业。（牵头单位：市科技局；责任单位：市工业和信息化局）\n")
    assert [p.title for p in plans] == ["某市“十五五”规划纲要目标任务分解方案"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("市科技局", "lead"), ("市财政局", "responsible")]),
        (2, [("市科技局", "lead"), ("市工业和信息化局", "responsible")])]


@pytest.mark.parametrize("roster", [
    "附件\n某县专项行动领导小组\n成员单位名单\n成员单位：\n县应急管理局\n县公安局\n领导小组办公室设在县应急管理局。\n",
    "附件1：某县专项行动领导小组成员名单\n组长：张某某\n1.县应急管理局\n2.县公安局\n"], ids=["one body a line", "numbered"])
def test_an_attached_roster_after_the_plan_is_no_plan_and_no_part_of_its_last_item(roster):
    """附件 / …领导小组成员单位名单 / 成员单位： / one body a line: who sits in the group, printed after the plan; it ends
    the plan's text (its bodies are no units of the last 保障措施 item) and, numbered, is no plan of its own."""
    plans = parse_text(
        "某县安全生产专项行动方案\n一、重点任务\n1.整治非法采矿行为。（县自然资源局牵头，县公安局配合）\n"
        "2.整治非法经营燃气。（县住建局牵头，县市场监管局配合）\n二、保障措施\n（一）加强组织领导。各单位要高度重视。\n"
        "（二）强化督导考核。对工作不力的予以通报。\n" + roster)
    assert [p.title for p in plans] == ["某县安全生产专项行动方案"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("县自然资源局", "lead"), ("县公安局", "support")]), (2, [("县住建局", "lead"), ("县市场监管局", "support")])]


def test_an_attached_report_outline_is_no_plan_of_its_own():
    """附件2 / 自查报告提纲 / 一、…情况 二、存在的问题…: the headings of a report the units are to write, numbered like a
    plan's parts and naming no one: no plan, and no part of the plan above."""
    plans = parse_text(
        "某县人大常委会执法检查工作方案\n一、工作分工\n（一）检查工作的组织实施。（县人大农业委负责）\n"
        "（二）检查报告的起草。（县人大研究室负责）\n附件2\n\n自查报告提纲\n\n一、法律宣传和配套制度建设情况\n"
        "二、存在的主要问题及原因分析\n三、下一步工作打算\n")
    assert [p.title for p in plans] == ["某县人大常委会执法检查工作方案"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("县人大农业委", "responsible")]), (2, [("县人大研究室", "responsible")])]


def test_a_positional_rule_reads_a_list_before_the_bodies_carrying_the_work_out():
    """Under 列第一位的为牵头处室，其他为配合处室，下同, an annotation naming a list, then after ；or ，the bodies carrying
    the work out by their verb (…；各市交通运输局具体实施 / …，各市人民政府落实): the rule reads the list, the
    implementers keep their verb; a list with its own lead verb keeps its reading."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某省交通运输厅2025年工作要点\n"
        "一、加快项目建设\n"
        "（一）推进国省道改造。（公路管理处牵头，财务审计处配合。列第一位的为牵头处室，其他为配合处室，下同）\n"
        "（二）推进农村公路提档升级。（省公路中心、公路管理处、财务审计处；各市交通运输局具体实施）\n"
        "（三）推进危桥改造。（责任单位：规划处、建设处，各市人民政府落实）\n"
        "（四）推进站场建设。（建设处牵头，规划处负责，各市人民政府落实）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()[1:]] == [
        [("省公路中心", "lead"), ("公路管理处", "support"), ("财务审计处", "support"), ("各市交通运输局", "implement")],
        [("规划处", "lead"), ("建设处", "support"), ("各市人民政府", "implement")],
        [("建设处", "lead"), ("规划处", "responsible"), ("各市人民政府", "implement")]]
    # A、B分别负责: each answers for its own part, the exception such rules name
    [plan] = parse_text(
        "某省交通运输厅2025年工作要点\n一、加快项目建设\n"
        "（一）推进国省道改造。（公路管理处、财务审计处。列第一位的为牵头处室，其他为配合处室，下同）\n"
        "（二）推进国企党建。（组织一科、市国资委党委分别负责）\n")
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [
        ("组织一科", "responsible"), ("市国资委党委", "responsible")]
    # beside a support list: a 责任单位 list is read by the rule; a unit whose own verb says its role keeps it
    [plan] = parse_text(
        "某市2025年考核指标分解\n"
        "排名第一的为牵头单位。\n"
        "1.地区生产总值增长6%。（责任单位：市发展改革委、市统计局；配合单位：市财政局）\n"
        "2.规上工业增加值增长8%。（市工业和信息化局负责，市统计局配合）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市发展改革委", "lead"), ("市统计局", "responsible"), ("市财政局", "support")],
        [("市工业和信息化局", "responsible"), ("市统计局", "support")]]


def test_a_rule_in_a_notice_issuing_several_lists_reads_every_one_of_them():
    """A notice issuing two 整改清单 states once 清单中排在第一位的为整改牵头单位，其他为配合单位 (the list's own word
    before 牵头单位): the rule reads the lists of both attachments."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某县审计委员会办公室关于印发两个整改清单的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将两个清单印发给你们。清单中排在第一位的为整改牵头单位，其他为配合单位。\n"
        "附件：1.某县财政审计整改清单\n"
        "2.某县部门审计整改清单\n"
        "某县审计委员会办公室\n"
        "2025年5月6日\n"
        "附件1\n"
        "某县财政审计整改清单\n"
        "1.非税收入未及时缴库。（县财政局、县税务局）\n"
        "附件2\n"
        "某县部门审计整改清单\n"
        "1.食堂收入未纳入预算。（县教育局、县财政局）\n")
    assert [[(a.name, a.role) for t in p.tasks() for a in t.assignments] for p in plans] == [
        [("县财政局", "lead"), ("县税务局", "support")], [("县教育局", "lead"), ("县财政局", "support")]]


def test_a_positional_rule_for_lists_of_several_units_leaves_a_unit_named_alone_responsible():
    """多个单位起草的，排在第一位的为牵头单位…，下同: the rule speaks of lists of several units; a bill with one drafter
    names it responsible, lists of several read by the rule from there on."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市人民政府2025年度立法工作计划\n"
        "一、规章项目\n"
        "1.某市物业管理办法（市住房城乡建设局、市市场监管局起草。多个单位起草的，排在第一位的为牵头单位，其他为配合单位，下同）\n"
        "2.某市湿地保护办法（市林业局起草）\n"
        "3.某市燃气管理办法（市城市管理局、市应急管理局起草）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市住房城乡建设局", "lead"), ("市市场监管局", "support")], [("市林业局", "responsible")],
        [("市城市管理局", "lead"), ("市应急管理局", "support")]]
    assert "多个单位起草的" in plan.rules[0]
    # the same rule without its condition covers a unit named alone too (it is the first of its list of one)
    [plan] = parse_text("某市人民政府2025年度立法工作计划\n一、规章项目\n"
                        "1.某市物业管理办法（市住房城乡建设局、市市场监管局起草，排在第一位的为牵头单位，下同）\n"
                        "2.某市湿地保护办法（市林业局起草）\n")
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [("市林业局", "lead")]


def test_a_positional_rules_trailing_exception_leaves_a_unit_named_alone_responsible():
    """…排在第一位的为牵头单位，其他为配合单位；只列一个单位的为责任单位: the exception written after the rule reads as
    the condition before it does; lists of several read by the rule, a unit named alone stays responsible."""
    [plan] = parse_text(
        "某县粮食安全考核任务分解表\n"
        "表中责任单位排在第一位的为牵头单位，其他为配合单位；只列一个单位的为责任单位。\n"
        "| 序号 | 考核指标 | 分值 | 评分标准 | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 稳定粮食播种面积 | 5 | 每低1%扣1分 | 县甲局、县乙局 |\n"
        "| 2 | 提高农机化水平 | 3 | 每低1个百分点扣0.5分 | 县甲局 |\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", "lead"), ("县乙局", "support")], [("县甲局", "responsible")]]
    assert "只列一个单位的为责任单位" in plan.rules[0]
    # inside an annotation, parted by commas (仅有一个单位的，为责任单位): no clause of it is read as a unit
    [plan] = parse_text(
        "某市人民政府2025年度立法工作计划\n一、规章项目\n"
        "1.某市物业管理办法（市甲局、市乙局起草。排在第一位的为牵头单位，其他为配合单位，仅有一个单位的，为责任单位，下同）\n"
        "2.某市湿地保护办法（市丙局起草）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "lead"), ("市乙局", "support")], [("市丙局", "responsible")]]


def test_a_positional_rule_leaves_the_unit_a_duty_item_is_written_under_responsible():
    """A 职责分工 part writes some duties with no colon or 。 after the unit (（二）省财政厅负责做好经费保障…) beside
    `（一）省医保局。负责…`: the unit the duty is written under answers for it; the document's 下同 rule reads the lists
    of its annotations, not that unit, nor two units heading an item."""
    [plan] = parse_text(
        "某省专项整治方案\n一、集中整治\n"
        "1.开展联合检查。组建检查组开展交叉检查。（责任单位：省医保局、省卫生健康委，排在第一位的为牵头单位，下同）\n"
        "2.开展专项抽查。抽查定点药店。（省医保局、省市场监管局）\n"
        "二、职责分工\n"
        "（一）省医保局。负责组织协调和督促指导。\n"
        "（二）省财政厅负责做好经费保障，配合做好基金监督管理。\n"
        "（三）省卫生健康委、省市场监管局负责规范医疗服务行为。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省医保局", "lead"), ("省卫生健康委", "responsible")],
        [("省医保局", "lead"), ("省市场监管局", "responsible")],
        [("省医保局", "responsible")], [("省财政厅", "responsible")],
        [("省卫生健康委", "responsible"), ("省市场监管局", "responsible")]]


def test_an_event_plans_working_groups_are_read_with_their_head_and_member_units():
    """活动方案 set up an 组委会 whose 工作组 (综合组, 宣传组, 安保组) are headed by a 组长单位 with 成员单位 and 主要职责 on
    lines under the group's heading: each group is a duty of its units (head leads, members support); the 主办 / 承办 /
    协办单位 of the whole event in the section's opening lines are no task's units."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市茶文化节活动方案\n"
        "一、组织机构\n"
        "主办单位：某市人民政府\n"
        "承办单位：市X局\n"
        "（一）综合组\n"
        "组长单位：市政府办公室\n"
        "成员单位：市财政局、市Y中心\n"
        "主要职责：负责会务保障。\n"
        "（二）安保组\n"
        "组长单位：市公安局　　成员单位：市应急管理局\n"
        "主要职责：负责安全保卫。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市政府办公室", "lead"), ("市财政局", "support"), ("市Y中心", "support")],
        [("市公安局", "lead"), ("市应急管理局", "support")]]


def test_a_notice_saying_the_responsible_units_lead_where_no_lead_is_named():
    """关于印发…的通知 says 无牵头单位的，责任单位即为牵头单位，下同: a task naming only its 责任单位 has them lead; a task
    naming its 牵头单位 keeps its reading (its 责任单位 stay responsible)."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市人民政府办公厅关于印发2023年目标任务责任分解方案的通知\n"
        "各区人民政府，市人民政府各部门：\n"
        "现将方案印发给你们。各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要制订办理方案。\n"
        "某市人民政府办公厅\n"
        "2023年1月12日\n"
        "2023年目标任务责任分解方案\n"
        "一、推动绿色转型\n"
        "1.开展长江保护行动。（牵头单位：市生态环境局；责任单位：市水务局）\n"
        "2.推进排污口整治。（责任单位：市生态环境局）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市生态环境局", "lead"), ("市水务局", "responsible")], [("市生态环境局", "lead")]]
    assert plan.rules and "无牵头单位的" in plan.rules[0]


def test_a_plan_saying_its_responsible_units_lead_lifts_only_the_units_under_that_label():
    """保障措施 says 责任单位为牵头单位，配合单位要主动配合 (no condition, no rank): the units under the 责任单位 label lead;
    the 配合单位 support, a place after a comma in the 配合 cell keeps its own ground's duty, and a unit named by a
    verb, with no label, keeps its reading."""
    [plan] = parse_text(
        "某县乡村清洁行动方案\n"
        "一、重点任务\n"
        "1.开展村庄清洁行动。（责任单位：县农业农村局；配合单位：县财政局，各乡镇人民政府）\n"
        "2.整治农村黑臭水体。（责任单位：县水利局；配合单位：县生态环境分局）\n"
        "3.开展文明宣传。（县委宣传部负责）\n"
        "二、保障措施\n"
        "责任单位为牵头单位，配合单位要主动配合。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县农业农村局", "lead"), ("县财政局", "support"), ("各乡镇人民政府", "responsible")],
        [("县水利局", "lead"), ("县生态环境分局", "support")],
        [("县委宣传部", "responsible")]]
    assert any("责任单位为牵头单位" in rule for rule in plan.rules)


def test_a_ranked_responsible_unit_lead_is_not_the_plain_column_rule():
    """排名第一的责任单位为牵头单位 is the first-listed rule: the second unit under the label stays responsible."""
    [plan] = parse_text(
        "某县乡村清洁行动方案\n"
        "排名第一的责任单位为牵头单位。\n"
        "一、重点任务\n"
        "1.开展村庄清洁行动。（责任单位：县农业农村局、县住建局）\n")
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [
        ("县农业农村局", "lead"), ("县住建局", "responsible")]


def test_a_plan_stating_in_its_prose_how_to_read_its_attached_tables_units():
    """A plan whose prose holds no task says in its 保障措施 that the 责任单位 lead, and its attached 分解表 gives the
    tasks: the rows become its tasks, and the rule its prose states reads their units."""
    [plan] = parse_text(
        "某县全域旅游工作方案\n"
        "一、重点任务\n"
        "实施2项重点任务（详见附件）。\n"
        "二、保障措施\n"
        "（一）加强组织领导。成立工作专班。\n"
        "（二）压实工作责任。责任单位为牵头单位，配合单位要主动履职。\n"
        "附件\n"
        "某县全域旅游重点工作任务分解表\n"
        "序号\t工作任务\t责任单位\t配合单位\n"
        "1\t建设旅游公路\t县交通局\t县财政局\n"
        "2\t培育乡村民宿\t县文旅局\t县农业农村局\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县交通局", "lead"), ("县财政局", "support")], [("县文旅局", "lead"), ("县农业农村局", "support")]]
    assert plan.rules == ["the units under the 责任单位 label lead, from line 6: '责任单位为牵头单位' (2 annotations)"]


# a 创建 方案 whose body holds no task, its whole work the 分解表 after its bare 附件 mark ({pointer}: no 见附件)
_BODY_WITH_NO_TASK = ("某县创建卫生模范县工作方案\n一、工作目标\n确保年底前通过省级考评。\n二、组织领导\n"
                      "成立创建工作领导小组，办公室设在县卫生健康局。\n三、工作步骤\n"
                      "（一）动员部署阶段（3月）。召开动员大会。\n（二）组织实施阶段（4月—10月）。{pointer}\n"
                      "附件\n某县创建卫生模范县工作{caption}\n序号\t测评内容\t牵头单位\t责任单位\n"
                      "1\t建立健全爱国卫生工作机制\t县卫生健康局\t各乡镇人民政府\n"
                      "2\t开展农贸市场环境整治\t县市场监管局\t县商务局\n")


def test_a_plans_body_holding_no_task_and_its_task_table_after_a_bare_attachment_mark_are_one_plan():
    """A 创建 方案 whose body is target, leading group and stages, no task of its own, gives its whole work in the
    分解表 after its bare 附件 mark, pointing at it only as 对照任务分解表 (no 见附件): one plan, the 方案's title over the
    table's rows as its tasks."""
    [plan] = parse_text(_BODY_WITH_NO_TASK.format(pointer="各责任单位对照任务分解表抓好落实。", caption="任务分解表"))
    assert plan.title == "某县创建卫生模范县工作方案"
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("建立健全爱国卫生工作机制", [("县卫生健康局", "lead"), ("各乡镇人民政府", "responsible")]),
        ("开展农贸市场环境整治", [("县市场监管局", "lead"), ("县商务局", "responsible")])]
    assert [s.title for s in plan.sections][:3] == ["工作目标", "组织领导", "工作步骤"]
    # the table's rows stand under its caption, not under the plan's last heading as if they were its items
    assert plan.sections[-1].tasks == plan.tasks() and plan.sections[-1].title == "某县创建卫生模范县工作任务分解表"


def test_a_bare_attachment_mark_joins_no_table_that_assigns_no_task():
    """The bare mark is a pointer only at a table giving out tasks (分解表 / 分工表): a plan holding no task and
    attaching a 测评标准表 stays apart from it, as before."""
    plans = parse_text(_BODY_WITH_NO_TASK.format(pointer="各单位抓好落实。", caption="测评标准表"))
    assert [p.title for p in plans] == ["某县创建卫生模范县工作方案", "某县创建卫生模范县工作测评标准表"]


# a 工作方案 summing its work up in run-in items naming no unit, a sentence pointing to its 分工表, and the table
_CLEARING_PLAN = ("某市河湖清淤工作方案\n一、重点任务\n"
                  "（一）全面开展河道排查。摸清淤积河段底数。\n（二）集中实施清淤疏浚。分段推进清淤作业。\n"
                  "{pointer}\n附件\n某市河湖清淤重点任务分工表\n序号\t工作任务\t牵头单位\t配合单位\n"
                  "一、河道排查\n1\t淤积河段摸底\t市水利局\t各县人民政府\n"
                  "二、清淤疏浚\n2\t主河道清淤\t各县人民政府\t市财政局\n")


def test_run_in_items_naming_no_unit_that_head_the_attached_tables_parts_are_no_tasks():
    """A 工作方案 sums its work up in run-in items naming no unit, sends to its 分工表 for measures, units and dates
    (详见附件), and the table's group rows repeat the items' titles, shortened: one plan, whose tasks are the rows
    under the group rows' sections; the items stay the plan's text."""
    [plan] = parse_text(_CLEARING_PLAN.format(pointer="各项任务的具体措施、责任单位和完成时限详见附件。")
                        + "3\t淤泥安全处置\t市生态环境局\t市水利局\n")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("淤积河段摸底", [("市水利局", "lead"), ("各县人民政府", "support")]),
        ("主河道清淤", [("各县人民政府", "lead"), ("市财政局", "support")]),
        ("淤泥安全处置", [("市生态环境局", "lead"), ("市水利局", "support")])]
    assert [s.title for s in plan.sections] == ["重点任务", "河道排查", "清淤疏浚"]
    assert "（一）全面开展河道排查。摸清淤积河段底数。" in plan.sections[0].intro


def test_run_in_items_heading_the_tables_parts_are_no_tasks_whatever_the_pointer_sends():
    """The same items pointing at the table for their units alone (各项重点任务的责任分工见附件 / 具体分工见附件): the
    table's group rows repeat them all the same, so they are its outline and the rows the plan's tasks — one plan."""
    for pointer in ("各项重点任务的责任分工见附件。", "各项任务具体分工见附件。"):
        [plan] = parse_text(_CLEARING_PLAN.format(pointer=pointer))
        assert [t.title for t in plan.tasks()] == ["淤积河段摸底", "主河道清淤"]
        assert [s.title for s in plan.sections] == ["重点任务", "河道排查", "清淤疏浚"]


# a 实施方案 listing its 重点任务 as bare headings and closing the list with one line sending to its 分工表
_BARE_HEADINGS_PLAN = ("某县绩效管理实施方案\n一、重点任务\n"
                       "（一）强化事前绩效评估\n（二）做好运行监控\n{pointer}\n二、保障措施\n加强组织领导。\n"
                       "附件{mark}\n某县绩效管理重点任务分工表\n序号\t重点任务\t牵头单位\t责任单位\n"
                       "一、强化事前绩效评估\n1\t建立事前评估机制\t县财政局\t各预算部门（单位）\n"
                       "二、做好运行监控\n2\t开展双监控\t县财政局预算股\t县审计局\n3\t纠偏问效\t县财政局\t各乡镇人民政府\n")


def test_a_pointer_line_after_bare_heading_items_points_for_the_whole_list():
    """Bare heading items (（一）X alone on its line) closed by one line sending to the 分工表 (…详见附件。): the outline
    makes that line the last heading's body, yet it is the list's pointer, so the headings are the table's outline
    and its rows the plan's tasks — one plan. A line pointing at another attachment (见附件2, the table marked 附件1)
    does not: the headings stay tasks and the table a plan."""
    pointer = "各项任务的牵头单位、责任单位和完成时限详见附件。"
    [plan] = parse_text(_BARE_HEADINGS_PLAN.format(pointer=pointer, mark=""))
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("建立事前评估机制", [("县财政局", "lead"), ("各预算部门（单位）", "responsible")]),
        ("开展双监控", [("县财政局预算股", "lead"), ("县审计局", "responsible")]),
        ("纠偏问效", [("县财政局", "lead"), ("各乡镇人民政府", "responsible")])]
    assert [s.title for s in plan.sections] == ["重点任务", "保障措施", "强化事前绩效评估", "做好运行监控"]
    assert plan.sections[0].intro.endswith("（二）做好运行监控\n" + pointer)
    [plan] = parse_text(_BARE_HEADINGS_PLAN.format(pointer="具体分工见附件1。", mark="1"))
    assert len(plan.tasks()) == 3
    plans = parse_text(_BARE_HEADINGS_PLAN.format(pointer="进展情况报送表见附件2。", mark="1"))
    assert [[t.title for t in p.tasks()] for p in plans] == [
        ["强化事前绩效评估", "做好运行监控"], ["建立事前评估机制", "开展双监控", "纠偏问效"]]


def test_an_items_own_date_goes_to_the_rows_of_the_part_it_heads():
    """An item heading a part of the table carries its own date (…，2030年6月底前完成。): the rows of its part with no
    date of their own take it (a reading note says so); a row with its own date keeps it."""
    [plan] = parse_text(_CLEARING_PLAN.format(pointer="各项任务具体分工见附件。")
                        .replace("摸清淤积河段底数。", "摸清淤积河段底数，2030年6月底前完成。")
                        .replace("分段推进清淤作业。", "分段推进清淤作业，2030年10月底前完成。")
                        .replace("1\t淤积河段摸底\t市水利局\t各县人民政府\n",
                                 "1\t淤积河段摸底\t市水利局\t各县人民政府\n3\t建立淤积台账\t市水利局\t市统计局\t2030年3月底前\n")
                        .replace("序号\t工作任务\t牵头单位\t配合单位\n", "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"))
    assert [(t.title, [d.text for d in t.deadlines]) for t in plan.tasks()] == [
        ("淤积河段摸底", ["2030年6月底前"]), ("建立淤积台账", ["2030年3月底前"]), ("主河道清淤", ["2030年10月底前"])]
    assert any("take it" in n.text and "（一）全面开展河道排查" in n.text for n in plan.readings)


def test_an_items_date_set_on_one_of_its_clauses_goes_to_no_row():
    """The item's date governs one clause of two (2030年6月底前完成淤积河段摸底，建立长效巡查机制): it is not the whole
    item's, so the undated 巡查机制 row of the part gets no date (a note says why); the dated row keeps its own. One
    clause after the title (2030年6月底前完成淤积河段摸底。) is the whole item: its date goes to the undated row."""
    def plan_with(item: str):
        return parse_text(_CLEARING_PLAN.format(pointer="各项任务具体分工见附件。")
                          .replace("摸清淤积河段底数。", item)
                          .replace("1\t淤积河段摸底\t市水利局\t各县人民政府\n",
                                   "1\t建立河道日常巡查机制\t市水利局\t各县人民政府\t\n"
                                   "3\t淤积河段摸底\t市水利局\t各县人民政府\t2030年6月底前\n")
                          .replace("序号\t工作任务\t牵头单位\t配合单位\n", "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"))
    [plan] = plan_with("2030年6月底前完成淤积河段摸底，建立长效巡查机制。")
    assert [(t.title, [d.text for d in t.deadlines]) for t in plan.tasks()][:2] == [
        ("建立河道日常巡查机制", []), ("淤积河段摸底", ["2030年6月底前"])]
    assert any("not on the whole item" in n.text for n in plan.readings)
    [plan] = plan_with("2030年6月底前完成淤积河段摸底。")
    assert [d.text for d in plan.tasks()[0].deadlines] == ["2030年6月底前"]


def test_a_pointer_naming_another_attachment_is_not_the_tables():
    """The plan's only pointer names another attachment (报送表见附件2 / 见附表3 / 见附件《…月报表》) than the table's own
    mark (附件1) and caption: it points elsewhere, so the items stay the plan's tasks and the table a plan of its own;
    a pointer naming the table's number (具体分工见附件1), its caption, or none (见附件) is the table's."""
    def numbered(pointer: str) -> str:
        return _CLEARING_PLAN.format(pointer=pointer).replace("\n附件\n", "\n附件1\n")
    for other in ("各单位每月报送工作进展（报送表见附件2）。", "进度安排见附表3。", "进展情况按要求填报（详见附件《某市清淤进展月报表》）。"):
        plans = parse_text(numbered(other))
        assert [[t.title for t in plan.tasks()] for plan in plans] == [
            ["全面开展河道排查", "集中实施清淤疏浚"], ["淤积河段摸底", "主河道清淤"]]
    for own in ("具体分工见附件1。", "具体分工见附件一。", "具体分工见附件。", "具体分工见附件《某市河湖清淤重点任务分工表》。"):
        [plan] = parse_text(numbered(own))
        assert [t.title for t in plan.tasks()] == ["淤积河段摸底", "主河道清淤"]


def test_a_pointer_naming_several_attachments_or_a_table_number_points_at_the_table():
    """A plan sends its targets and its 分工表 to two attachments at once (详见附件1、2 / 附件1至附件2 / 附件1—2): the
    pointer names the 分工表's number too, so the table (附件2) still folds. A 附表 number counts tables, not
    attachments: 详见附表1 may name the table marked 附件2 (附件1 being prose), while 见附表3 names no 附件1."""
    targets = "\n附件1\n某市河湖清淤主要指标\n序号\t指标名称\t目标值\t责任单位\n1\t清淤河道长度（公里）\t120\t市水利局\n附件2\n"
    for pointer in ("主要指标和任务分工详见附件1、2。", "主要指标和任务分工详见附件1至附件2。", "主要指标和任务分工详见附件1—2。"):
        [plan] = parse_text(_CLEARING_PLAN.format(pointer=pointer).replace("\n附件\n", targets))
        assert [t.title for t in plan.tasks()] == ["淤积河段摸底", "主河道清淤"]
    [plan] = parse_text(_CLEARING_PLAN.format(pointer="各项任务的具体分工详见附表1。").replace("\n附件\n", "\n附件2\n"))
    assert [t.title for t in plan.tasks()] == ["淤积河段摸底", "主河道清淤"]
    plans = parse_text(_CLEARING_PLAN.format(pointer="具体分工详见附件1、3。").replace("\n附件\n", "\n附件2\n"))
    assert len(plans) == 2  # 1 and 3 named, not 2


def test_a_second_attached_table_is_numbered_by_the_mark_after_the_first():
    """附件1 (the 分工表 giving the plan's numbered tasks their units) and 附件2 (the targets) follow the plan: 附件2's
    mark closes the first table, not the plan's text, so the second table's number is read from the text right
    before its caption — and 主要指标见附件2 points at it, its targets kept as the plan's text, no plan of their own."""
    [plan] = parse_text(
        "某市河湖清淤工作方案\n一、重点任务\n1.开展河道排查。摸清淤积河段底数。\n2.实施清淤疏浚。分段推进清淤作业。\n"
        "到2030年清淤河道120公里（主要指标见附件2）。\n"
        "附件1\n某市河湖清淤重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t开展河道排查\t市水利局\t各县人民政府\n2\t实施清淤疏浚\t各县人民政府\t市财政局\n"
        "附件2\n某市河湖清淤主要指标\n序号\t指标名称\t目标值\t责任单位\n1\t清淤河道长度（公里）\t120\t市水利局\n")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("开展河道排查", [("市水利局", "lead"), ("各县人民政府", "support")]),
        ("实施清淤疏浚", [("各县人民政府", "lead"), ("市财政局", "support")])]
    assert any("清淤河道长度" in group.text for section in plan.sections for group in section.groups)


# a 实施方案 whose numbered tasks name no unit, and its 分工表 under 附件1 retyping their titles
_REWORDED_TABLE = ("某县耕地保护行动实施方案\n一、重点任务\n　　1.开展耕地卫片执法。全面核查图斑。\n"
                   "　　2.推进撂荒地整治。分类复耕复种。\n　　3.加强高标准农田管护。落实管护主体。{pointer}\n"
                   "附件1\n某县耕地保护行动重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n"
                   "1\t开展耕地卫片执法检查\t县自然资源局\t各乡镇人民政府\n2\t推进撂荒地复耕复种\t县农业农村局\t各乡镇人民政府\n"
                   "{third}\t加强高标准农田建后管护\t县农业农村局\t县财政局\n")


def test_a_table_pointed_at_by_its_number_whose_rows_run_as_the_tasks_folds_though_it_rewords_them():
    """The 分工表 retypes the prose titles (开展耕地卫片执法 / 开展耕地卫片执法检查), so too few rows repeat their task by
    title; but the prose points at it by its number (具体分工见附件1) and its 序号 run as the tasks' numbers: one plan,
    the tasks keeping their prose titles and taking the units of the row of the same number, a note per reworded row.
    A bare pointer (见附件) or a 序号 run otherwise (1, 2, 4) keeps the title check: two plans."""
    [plan] = parse_text(_REWORDED_TABLE.format(pointer="具体分工见附件1。", third="3"))
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("开展耕地卫片执法", [("县自然资源局", "lead"), ("各乡镇人民政府", "support")]),
        ("推进撂荒地整治", [("县农业农村局", "lead"), ("各乡镇人民政府", "support")]),
        ("加强高标准农田管护", [("县农业农村局", "lead"), ("县财政局", "support")])]
    assert sum("按序号对应" in note.text for note in plan.readings) == 2
    for pointer, third in (("具体分工见附件。", "3"), ("具体分工见附件1。", "4")):
        plans = parse_text(_REWORDED_TABLE.format(pointer=pointer, third=third))
        assert [len(plan.tasks()) for plan in plans] == [3, 3]
        assert not any(t.assignments for t in plans[0].tasks())


# a 实施方案 with tasks of its own, its 分工表 and its month-by-month schedule, each under its numbered mark
_PLAN_WITH_ITS_SCHEDULE = "某县耕地保护行动实施方案\n一、重点任务\n　　1.开展耕地卫片执法。全面核查图斑。\n　　2.推进撂荒地整治。分类复耕复种。{pointer}\n"
_ITS_DIVISION = ("附件{n}\n某县耕地保护行动重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n"
                 "1\t开展耕地卫片执法\t县自然资源局\t各乡镇人民政府\n2\t推进撂荒地整治\t县农业农村局\t各乡镇人民政府\n")
_ITS_SCHEDULE = ("附件{n}\n某县耕地保护行动{caption}\n时间节点\t工作内容\t责任单位\n"
                 "2025年4月\t印发方案，召开部署会\t县农业农村局\n2025年5月—9月\t集中开展整治\t各乡镇人民政府\n")
_DIVIDED_UNITS = [("开展耕地卫片执法", [("县自然资源局", "lead"), ("各乡镇人民政府", "support")]),
                  ("推进撂荒地整治", [("县农业农村局", "lead"), ("各乡镇人民政府", "support")])]


@pytest.mark.parametrize("caption", ["进度安排表", "工作进度安排表", "时间安排表"])
def test_an_attached_schedule_of_a_plan_with_its_own_tasks_is_the_plans_text(caption):
    """A 实施方案 points at its 分工表 (附件1) and its schedule by stage (进度安排见附件2: 时间节点 | 工作内容 | 责任单位):
    the schedule restates the plan's work by month, no tasks — one plan, the table's rows kept as its text and a note
    saying so, as a table of its targets is."""
    [plan] = parse_text(_PLAN_WITH_ITS_SCHEDULE.format(pointer="具体分工见附件1，进度安排见附件2。")
                        + _ITS_DIVISION.format(n=1) + _ITS_SCHEDULE.format(n=2, caption=caption))
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == _DIVIDED_UNITS
    assert any("集中开展整治" in group.text for section in plan.sections for group in section.groups)
    assert any("附件所列为进度安排" in note.text for note in plan.readings)


_RESTATING_SCHEDULE = ("附件1\n某县耕地保护行动{caption}\n时间节点\t工作内容\t责任单位\n"
                       "2025年4月\t开展耕地卫片执法\t县自然资源局\n2025年5月—9月\t推进撂荒地整治\t县农业农村局\n")


def test_an_unpointed_attached_schedule_restating_steps_that_name_their_units_is_the_plans_text():
    """No 进度安排见附件 in the prose, but its steps name their units (县农业农村局负责…): an attached 进度安排表
    restating them (its 工作内容 the steps' titles) restates work already assigned — one plan, the rows its text. Steps
    naming no unit keep the unpointed table a plan of its own (its rows the only word on who does what)."""
    prose = ("某县耕地保护行动实施方案\n一、重点任务\n　　1.开展耕地卫片执法。县自然资源局负责全面核查图斑。\n"
             "　　2.推进撂荒地整治。县农业农村局负责分类复耕复种。\n")
    [plan] = parse_text(prose + _RESTATING_SCHEDULE.format(caption="进度安排表"))
    assert [t.title for t in plan.tasks()] == ["开展耕地卫片执法", "推进撂荒地整治"]
    assert any("附件所列为进度安排" in note.text for note in plan.readings)
    bare = prose.replace("县自然资源局负责全面核查图斑", "全面核查图斑").replace("县农业农村局负责分类复耕复种", "分类复耕复种")
    assert [len(p.tasks()) for p in parse_text(bare + _RESTATING_SCHEDULE.format(caption="进度安排表"))] == [2, 2]


def test_an_unpointed_attached_project_schedule_naming_no_step_stays_a_plan():
    """附件 某县重点项目建设进度安排表 (项目名称 | 3月 | 6月 | 责任单位) after steps naming their units, its rows projects
    no step names: work of its own, not the steps restated — a plan of its own, its projects tasks."""
    prose = ("某县耕地保护行动实施方案\n一、重点任务\n　　1.开展耕地卫片执法。县自然资源局负责全面核查图斑。\n"
             "　　2.推进撂荒地整治。县农业农村局负责分类复耕复种。\n")
    table = ("附件\n某县重点项目建设进度安排表\n项目名称\t3月\t6月\t责任单位\n"
             "高标准农田建设项目\t完成设计\t开工建设\t县农业农村局\n灌区续建配套项目\t完成招标\t竣工验收\t县水利局\n")
    plans = parse_text(prose + table)
    assert [[t.title for t in p.tasks()] for p in plans] == [
        ["开展耕地卫片执法", "推进撂荒地整治"], ["高标准农田建设项目", "灌区续建配套项目"]]


def test_run_in_items_the_tables_parts_do_not_repeat_stay_the_plans_tasks():
    """Items naming no unit whose titles the table's group rows do not repeat are tasks of their own: the plan keeps
    them, and the table, pointed at for its 分工, stays a plan of its own."""
    plans = parse_text(_CLEARING_PLAN.format(pointer="各项重点任务的责任分工见附件。")
                       .replace("一、河道排查", "一、水质监测").replace("二、清淤疏浚", "二、岸线整治"))
    assert [[t.title for t in plan.tasks()] for plan in plans] == [
        ["全面开展河道排查", "集中实施清淤疏浚"], ["淤积河段摸底", "主河道清淤"]]


def test_an_addressee_line_is_no_title():
    """A copy that starts at the notice's addressees (its title line not copied): the line 各…: is not the plan's
    title; the plan takes its file's name, and the addressees stay in the preamble."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "各乡镇人民政府,县直各部门:\n"
        "为做好今年防汛工作,现提出以下措施。\n"
        "一、压实防汛责任\n"
        "1.落实防汛行政首长负责制(责任单位:县水利局)。\n", "防汛措施.txt")
    assert plan.title == "防汛措施"
    assert plan.preamble.startswith("各乡镇人民政府,县直各部门:")
    assert [t.number for t in plan.tasks()] == [1]


def test_a_division_notice_whose_items_close_with_who_acts():
    """A 国办函-style 分工 notice: each `（一）` item is "关于“…”的问题,由X会同Y…研究提出落实意见。" or "分别由A、B负责落实。";
    the item's title is the question without the comma the closing clause leaves, and the notice's `工作要求` items name
    no unit and are no tasks."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某办公厅关于落实某若干意见有关政策措施分工的通知\n"
        "某部委、各直属机构：\n"
        "经同意，现就有关事项通知如下：\n"
        "一、工作分工\n"
        "（一）关于“实施粮食安全战略”的问题，由某发展改革委会同某农业部、某粮食局等部门研究提出落实意见。\n"
        "（二）关于“建立长效机制”的问题，分别由某农业部、某水利部负责落实。\n"
        "二、工作要求\n"
        "（一）各有关部门要高度重视，按照分工抓紧研究提出具体落实措施。\n"
        "（二）牵头部门要加强协调，参与部门要积极配合。\n")
    tasks = plan.tasks()
    assert [t.title for t in tasks] == ["关于“实施粮食安全战略”的问题", "关于“建立长效机制”的问题"]
    assert [[(a.name, a.role) for a in t.assignments] for t in tasks] == [
        [("某发展改革委", "lead"), ("某农业部", "support"), ("某粮食局", "support")],
        [("某农业部", "implement"), ("某水利部", "implement")]]


def test_an_attached_plan_of_a_kind_no_title_word_names_starts_under_its_mark():
    """A county notice prints its plans under 附件1 / 附件2; the second may be a …重点任务责任分解 or a …工作台账,
    a kind no title word names. The line under the bare mark is its title: its tasks are its own, and the
    first plan's closing 工作要求 items stay that plan's text."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某县人民政府办公室关于印发某县城乡环境整治工作方案的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "现将《某县城乡环境整治工作方案》印发给你们，请认真贯彻落实。\n"
        "附件1\n"
        "某县城乡环境整治工作方案\n"
        "一、重点任务\n"
        "（一）整治农村垃圾。全面清理。（县住建局牵头，各乡镇人民政府负责）\n"
        "二、工作要求\n"
        "（一）加强领导。各乡镇要高度重视。\n"
        "附件2\n"
        "\n"
        "某县城乡环境整治重点任务责任分解\n"
        "一、垃圾治理\n"
        "1.建设垃圾中转站。\n"
        "责任单位：县住建局\n"
        "2.配齐保洁员。\n"
        "责任单位：各乡镇人民政府\n")
    assert [p.title for p in plans] == ["某县城乡环境整治工作方案", "某县城乡环境整治重点任务责任分解"]
    assert [[(t.number, [a.name for a in t.assignments]) for t in p.tasks()] for p in plans] == [
        [(1, ["县住建局", "各乡镇人民政府"])], [(1, ["县住建局"]), (2, ["各乡镇人民政府"])]]
    # the notice's list of attachments (附件：1.… 2.…) marks no attachment: no plan starts there
    plans = parse_text(
        "某镇工作方案\n一、任务\n1.开展排查。（镇应急办负责）\n二、要求\n附件：1.安全隐患排查整治台账\n")
    assert [p.title for p in plans] == ["某镇工作方案"]



@pytest.mark.parametrize("gap", [" ", "\u3000", "：", "\n"])
def test_an_attachment_mark_and_its_title_parted_by_a_space_start_the_attached_plan(gap):
    """A portal's copy (or a workbook's tab) writes the attachment's mark and its title on one line parted by a space
    (附件1 重点任务分工), as others write a colon or a line break: each starts its attached plan, and the mark under a
    table's last row ends that table (before: the space form opened no plan, and a mark with its title under a row
    was read as the table's group row, the second list's items running on under the first's)."""
    plans = parse_text(
        "某市人民政府办公室关于印发某市促消费实施细则的通知\n"
        "各县（市、区）人民政府，市直各单位：\n"
        "现将细则印发给你们，请认真贯彻执行。\n"
        "附件：1.重点任务分工\n"
        "2.配套政策清单\n"
        "某市人民政府办公室\n"
        "2025年3月1日\n"
        f"附件1{gap}重点任务分工\n"
        "序号\t重点任务\t牵头单位\n"
        "1\t开展汽车报废更新\t市商务局\n"
        f"附件2{gap}配套政策清单\n"
        "序号\t政策名称\t牵头单位\n"
        "1\t汽车报废补贴政策\t市财政局\n")
    assert [(p.title, [t.title for t in p.tasks()]) for p in plans] == [
        ("重点任务分工", ["开展汽车报废更新"]), ("配套政策清单", ["汽车报废补贴政策"])]


def test_an_attached_plan_title_set_over_two_lines_under_its_mark_is_the_title_the_notice_lists():
    """A notice attaches one list (附件：某县…问题隐患和整改措施“两张清单”) and prints it under its bare mark with its title
    set over two lines, a title kind ending neither (…三年行动问题隐患 / 和整改措施“两张清单”): the two lines are the one
    title the notice names (before: the first line alone titled the plan)."""
    plans = parse_text(
        "某县安委办关于印发某县消防安全三年行动问题隐患和整改措施“两张清单”的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "现将两张清单印发给你们，请认真抓好落实。\n"
        "附件：某县消防安全三年行动问题隐患和整改措施“两张清单”\n"
        "附件\n"
        "某县消防安全三年行动问题隐患\n"
        "和整改措施“两张清单”\n"
        "一、问题隐患\n"
        "1.开展消防通道排查。（县消防救援大队负责）\n"
        "2.整治电动自行车违规充电。（县住建局负责）\n")
    assert [p.title for p in plans] == ["某县消防安全三年行动问题隐患和整改措施“两张清单”"]
    assert [[a.name for a in t.assignments] for t in plans[0].tasks()] == [["县消防救援大队"], ["县住建局"]]


def test_an_opinion_whose_attachment_is_a_task_table_is_the_first_of_two_plans():
    """A 实施意见 is published as itself, no covering notice: its title (over two lines) heads its measures, each
    closed by its units, and its 附件 is a 重点任务分工表. The 意见 is a plan of its own kind, the first of two; it
    is not a notice to drop before the attached table."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某部办公厅关于提升县域服务能力\n"
        "促进消费的实施意见\n"
        "各省级主管部门：\n"
        "为提升县域服务能力，现提出以下意见。\n"
        "一、总体要求\n"
        "到2027年，基本建成县域服务体系。\n"
        "二、重点任务\n"
        "（一）改造县城设施。建设服务中心。（甲司、乙司按职责分工负责）\n"
        "（二）补齐乡镇短板。改造乡镇商贸中心。（甲司牵头，丙司参与）\n"
        "附件\n"
        "提升县域服务能力重点任务分工表\n"
        "序号\t重点任务\t牵头单位\t参与单位\t时间进度\n"
        "1\t制定建设指南。\t甲司\t乙司\t年底前\n"
        "2\t开展评估。\t丙司\t\t每年\n")
    assert [p.title for p in plans] == ["某部办公厅关于提升县域服务能力促进消费的实施意见", "提升县域服务能力重点任务分工表"]
    assert [[(t.number, [(a.name, a.role) for a in t.assignments]) for t in p.tasks()] for p in plans] == [
        [(1, [("甲司", "responsible"), ("乙司", "responsible")]), (2, [("甲司", "lead"), ("丙司", "support")])],
        [(1, [("甲司", "lead"), ("乙司", "support")]), (2, [("丙司", "lead")])]]


def test_a_work_report_split_titled_by_what_it_does_is_the_plan_under_its_notice():
    """A district's split of its work report names itself …重点工作责任分解 (no 方案): its title line starts the plan,
    and the covering notice (with its own 一、二、 requirements) stays above it."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某区人民政府办公室关于印发2024年政府工作报告重点工作责任分解的通知\n"
        "各街道办事处，区政府各部门：\n"
        "现印发给你们，并就有关事项通知如下：\n"
        "一、各责任单位要高度重视，制订工作方案。\n"
        "二、区政府办公室要加强跟踪督办。\n"
        "某区人民政府办公室\n"
        "2024年2月7日\n"
        "2024年政府工作报告重点工作责任分解\n"
        "一、经济发展\n"
        "1.地区生产总值增长6%左右。\n"
        "责任单位：区发改局\n")
    assert plan.title == "2024年政府工作报告重点工作责任分解"
    assert [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()] == [(1, ["区发改局"])]


def test_a_word_saved_pages_tags_wrapped_over_lines_or_long_keep_its_table():
    """HTML saved by Word and pasted as text wraps a tag's attributes over lines (<td width=46 style='…; / padding:…'>)
    and writes a <table> tag of hundreds of characters: each tag is still one tag, and the table is read whole
    (before: no task was read)."""
    from generator.source.corpus import parse_text

    td = "  <td width=46 style='width:34.5pt;border:solid windowtext 1.0pt;\n  padding:0cm 5.4pt'>"
    style = ";".join(f"mso-prop-{k}:{k}pt" for k in range(30))
    text = "\n".join([
        "<p>某市推进企业服务工作任务清单</p>", "<p>清单中责任单位排在第一位的为牵头单位，其他为配合单位。</p>",
        f"<table class=MsoNormalTable border=1 cellspacing=0 style='{style}'>",
        f" <tr>\n{td}<p>序号</p></td>\n  <td><p>工作任务</p></td><td><p>责任单位</p></td>\n </tr>",
        f" <tr>\n{td}<p>1</p></td>\n  <td><p>建立企业服务专员制度。</p></td><td><p>市甲委<br>市乙局</p></td>\n </tr>",
        f" <tr>\n{td}<p>2</p></td>\n  <td><p>开展涉企收费专项检查。</p></td><td><p>市丙局<br>市丁局</p></td>\n </tr>",
        "</table>"])
    [plan] = parse_text(text, "page.txt")
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "建立企业服务专员制度", [("市甲委", "lead"), ("市乙局", "support")]),
        (2, "开展涉企收费专项检查", [("市丙局", "lead"), ("市丁局", "support")])]


_RAW_TABLE_HEAD = "## 某区助餐服务分工方案\n\n<table>\n<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>\n"
_RAW_TABLE_SECOND_ROW = "<tr><td>2</td><td>培训助餐服务人员。</td><td>区人社局</td><td>区商务局</td></tr>\n</table>\n"


@pytest.mark.parametrize("first_row", [
    "<tr><td>1</td><td>新建社区食堂。\n每个街道建成2个，\n覆盖老年人5000名。</td><td>区民政局</td><td>区卫健委</td></tr>\n",
    "<tr><td>1</td><td>新建社区食堂。</td><td>区民政局</td><td>区卫健委</td></tr>\n\n",
], ids=["cell wrapped over a tagless line", "blank line between rows"])
def test_a_raw_html_table_in_a_text_reads_whole_past_tagless_and_blank_lines(first_row):
    """A Markdown page holding a raw HTML 分工表: a cell's text wrapped over a source line without a tag, or a blank
    line an exporter put between two rows, is still inside the table (before: the table was cut there and the rows
    after it dissolved into loose text)."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(_RAW_TABLE_HEAD + first_row + _RAW_TABLE_SECOND_ROW, "page.md")
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "新建社区食堂", [("区民政局", "lead"), ("区卫健委", "support")]),
        (2, "培训助餐服务人员", [("区人社局", "lead"), ("区商务局", "support")])]


def test_an_html_table_never_closed_leaves_the_plain_lines_after_it_as_they_are():
    """Only a </table> later in the text keeps a run of markup open: lines after a table never closed are plain."""
    from generator.source.read import _without_markup

    text = "<table><tr><td>甲</td><td>乙</td></tr>\n一、总体要求\n\n二、重点任务\n"
    assert _without_markup(text).split("\n")[-4:] == ["一、总体要求", "", "二、重点任务", ""]


def test_a_text_copied_with_its_pages_markup_reads_as_the_text():
    """A plan copied from a page's source: plain metadata lines, then <p>…</p> paragraphs; the tags are no text."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "文号 :某政发〔2030〕3号\n"
        "<p>各县人民政府:</p><p>现将方案印发给你们。</p><p style=\"text-align: center;\"><strong>某市增收实施方案</strong></p>"
        "<p><strong> 一、指导思想</strong></p><p><br/></p><p> 以新发展理念为引领。</p>"
        "<p><strong> 二、重点任务</strong></p><p> 1.扩大就业。落实就业补贴。(责任单位:市人社局)</p>"
        "<p> 2.提高收入。完善工资机制。(市人社局牵头,市财政局配合)</p>\n", "增收.txt")
    assert plan.title == "某市增收实施方案"
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "扩大就业"), (2, "提高收入")]
    assert "<" not in "".join(t.text for t in plan.tasks()) + plan.preamble
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [("市人社局", "lead"), ("市财政局", "support")]



def test_a_lone_br_in_a_plain_text_breaks_its_line_and_one_the_text_speaks_of_stays():
    """A web editor's Markdown keeps a hard break inside a paragraph as a literal <br> (甲科<br>配合单位：乙科): with too
    few tags to read the text as HTML, the tag stayed and glued the 配合 label into the first unit's name. It breaks
    the line; a <br> the text speaks of (quoted, named a tag, in a code span, written &lt;br&gt;) stays as written."""
    [plan] = parse_text(
        "某区非遗保护工作要点\n一、重点任务\n"
        "1.建设非遗工坊。新建工坊5家。\n责任科室：甲科<br>配合单位：乙科、区丙局\n"
        "2.办好非遗展演。举办展演3场。\n责任科室：丁科<BR />配合单位：区戊局\n", "p.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("甲科", "responsible"), ("乙科", "support"), ("区丙局", "support")],
        [("丁科", "responsible"), ("区戊局", "support")]]
    [plan] = parse_text(
        "某区政务网站改版工作要点\n一、重点任务\n"
        "1.统一页面代码。将“<br>”、`<br/>`和&lt;br&gt;标签换为段落。（责任单位：区甲中心）\n"
        "2.规范栏目设置。合并栏目10个。（责任单位：区乙办）\n", "p.txt")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "统一页面代码"), (2, "规范栏目设置")]
    assert "将“<br>”、`<br/>`和<br>标签换为段落" in plan.tasks()[0].text


def test_a_br_named_by_what_it_does_stays_in_the_text():
    """不得用<br>换行代替段落 / 将<br >替换为<p>: a <br> spoken of without quotes, by the break it makes or what replaces
    it, is text about the tag; it stays in the title, while a <br> before a label still breaks the line."""
    [plan] = parse_text(
        "某区网站改版工作要点\n一、重点任务\n"
        "1.规范网页排版，不得用<br>换行代替段落。责任单位：区甲办\n"
        "2.加强网站监管。牵头单位：区乙中心<br>配合单位：区丙局\n", "p.txt")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("规范网页排版，不得用<br>换行代替段落", [("区甲办", "responsible")]),
        ("加强网站监管", [("区乙中心", "lead"), ("区丙局", "support")])]
    [plan] = parse_text(
        "某区网站改版工作要点\n一、重点任务\n"
        "1.统一页面模板，在模板中将<br >替换为<p>（责任单位：区丁中心）\n", "p.txt")
    assert [t.title for t in plan.tasks()] == ["统一页面模板，在模板中将<br >替换为<p>"]


def test_a_markdown_backslash_hard_break_is_no_character_of_the_unit_before_it():
    """Editors writing CommonMark (prosemirror-markdown, pandoc -t gfm) set a break inside a paragraph as a backslash
    at the line's end (责任科室：甲科\\): the backslash is the break's, no character of the unit's name."""
    [plan] = parse_text(
        "某区非遗保护工作要点\n**一、重点任务**\n"
        "1\\. **建设非遗工坊。**新建工坊5家。\n责任科室：甲科\\\n配合单位：乙科、区丙局\n"
        "2\\. **办好非遗展演。**举办展演3场。\n责任科室：丁科\n", "p.md")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("甲科", "responsible"), ("乙科", "support"), ("区丙局", "support")], [("丁科", "responsible")]]


def test_character_references_left_as_text_in_a_copy_are_read_as_the_characters_they_stand_for():
    """A cached snapshot keeps the page's references as text: `&nbsp;` for the indent before a number, after a name
    before the closing bracket, `&mdash;` and `&ldquo;&rdquo;` in titles; each is read as its character."""
    [plan] = parse_text(
        "某市2030&mdash;2031年供暖季保障工作方案\n"
        "二、重点任务\n"
        "　　1.落实&ldquo;压非保民&rdquo;措施。督促供暖企业储备燃料。（责任单位：市发展改革委）\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;2.开展室温监测。布设监测点。（牵头单位：市城市管理局；配合单位：市应急局、市消防支队&nbsp;）\n"
        "　　3.做好采暖救助。按时发放补贴。（责任单位：市民政局&#160;、市财政局）\n", "供暖.txt")
    assert plan.title == "某市2030—2031年供暖季保障工作方案"
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "落实“压非保民”措施"), (2, "开展室温监测"), (3, "做好采暖救助")]
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市发展改革委", "responsible")],
        [("市城市管理局", "lead"), ("市应急局", "support"), ("市消防支队", "support")],
        [("市民政局", "responsible"), ("市财政局", "responsible")]]


def test_a_reference_quoted_in_a_code_span_or_escaped_once_stays_as_written():
    """`&nbsp;` in a Markdown code span, and `&amp;nbsp;` (a text about the reference), are no space."""
    from generator.source.read import plain_references

    assert plain_references("写作`&nbsp;`或&amp;nbsp;，R&D;不变") == "写作`&nbsp;`或&nbsp;，R&D;不变"
    assert plain_references("一&ensp;二&#x3000;三&#8212;") == "一\u2002二\u3000三\u2014"


def test_a_reference_to_a_line_break_reads_as_a_space_and_moves_no_line():
    """A CMS writes the break inside a title as `&#10;` (and `&#13;` at a line's end): decoded as a break it would cut
    the task's title and shift every later line number by one; it reads as a space."""
    [plan] = parse_text(
        "某县推进节水工作方案&#13;\n"
        "一、重点任务&#13;\n"
        "1.建设节水&#10;示范园区。（责任单位：县水利局）\n"
        "2.推广&#x2028;节水器具。（责任单位：县住建局）\n"
        "3.开展节水宣传。（责任单位：县融媒体中心）\n", "节水.txt")
    assert [(t.number, t.title, t.line) for t in plan.tasks()] == [
        (1, "建设节水 示范园区", 3), (2, "推广 节水器具", 4), (3, "开展节水宣传", 5)]



def test_a_text_browsers_closing_link_list_and_its_link_marks_are_no_part_of_the_page():
    """lynx -dump ends a page with `References` and its numbered addresses, marking each link [N] in the text: no
    cell of the table's last row, no tasks; a [N] the list does not number is the text's own and stays."""
    [plan] = parse_text(
        "某项工作重点事项清单\n"
        "   序号 重点事项 牵头部门 配合部门 完成时限\n"
        "   1 校外供餐安全监管 [3]某某总局 教育部、公安部 2030年底前\n"
        "   2 种子市场秩序监管 农业农村部 某某总局、公安部 持续推进\n"
        "\n"
        "   [4]网站地图 | [5]联系我们\n"
        "   主办单位：某某总局　版权所有\n"
        "\n"
        "References\n"
        "\n"
        "   3. https://www.example.gov.cn/b/\n"
        "   4. https://www.example.gov.cn/wzdt/\n"
        "   5. javascript:void(0)\n", "清单.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("某某总局", "lead"), ("教育部", "support"), ("公安部", "support")],
        [("农业农村部", "lead"), ("某某总局", "support"), ("公安部", "support")]]
    from generator.source.read import _link_list_set_aside

    assert _link_list_set_aside("见附件[1]。\nReferences\n\n   2. https://a.example/\n").split("\n")[0] == "见附件[1]。"
    assert _link_list_set_aside("见注[1]。\nReferences\n") == "见注[1]。\nReferences\n"


RUN_ON_NOTICE = (
    "某县人民政府办公室关于印发某县2025年防汛工作要点的通知某政办〔2025〕8号各乡镇人民政府，县直各单位："
    "《某县2025年防汛工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。一、提高认识。各单位要充分认识防汛工作的"
    "重要性。二、压实责任。要层层落实防汛责任。三、加强督查。县防指办要定期调度。某县人民政府办公室2025年4月1日"
    "附件{mark}某县2025年防汛工作要点为做好今年防汛工作，制定本要点。一、落实责任1.压实防汛责任。落实行政首长负责制。"
    "（责任单位：县防指办，各乡镇人民政府）2.完善预案体系。修订县级防汛应急预案。（县水利局牵头，县应急局配合）"
    "二、排查隐患3.开展汛前检查。检查河道堤防和水库。（县水利局、县自然资源局按职责分工负责）"
)


@pytest.mark.parametrize("mark", ["", "1"])
def test_an_attached_plan_in_a_text_without_line_breaks_starts_at_its_mark(mark):
    """A notice and its attached plan copied with every line break lost: the notice's own 一、二、三、 are its
    text, the plan begins at the bare 附件 mark with its title, and its tasks keep their units."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(RUN_ON_NOTICE.format(mark=mark), "p.txt")
    assert plan.title == "某县2025年防汛工作要点"
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2, 3]
    assert [(a.name, a.role) for a in tasks[1].assignments] == [("县水利局", "lead"), ("县应急局", "support")]
    assert [(a.name, a.role) for a in tasks[2].assignments] == [("县水利局", "responsible"), ("县自然资源局", "responsible")]


def test_a_run_on_notice_that_only_mentions_its_attachment_is_not_cut_there():
    """（见附件） and the notice's list 附件：1.… name an attachment without starting one."""
    from generator.source.read import _attachments_apart

    text = ("为做好防汛工作，现将《某县2025年防汛工作要点》（见附件某县2025年防汛工作要点）印发给你们。" * 6
            + "附件：1.某县2025年防汛工作要点2.某县防汛责任人名单")
    assert _attachments_apart(text) == text


def test_a_task_quoting_the_report_takes_its_title_without_the_quote_marks():
    """Splits of a government work report often quote the report's own sentences as the task: 1.“全年实施重点项目
    300个，完成投资1200亿元。” The title is the first sentence without the opening quote mark (its closing mark
    comes later); a title wholly in quotes loses both marks; a quoted phrase inside the title stays."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某市2030年政府工作报告重点工作责任分解\n"
        "一、扩大有效投资\n"
        "1.“全力抓项目扩投资。全年实施重点项目300个。”\n"
        "责任单位：市发展改革委\n"
        "2.“新建学校10所”。\n"
        "责任单位：市教育局\n"
        "3.“十大工程”全部开工。\n"
        "责任单位：市重点项目服务中心\n")
    assert [t.title for t in plan.tasks()] == ["全力抓项目扩投资", "新建学校10所", "“十大工程”全部开工"]


def test_paragraph_marks_a_sharing_site_printed_as_a_cyrillic_er_are_line_breaks():
    """A text copied from a document-sharing page keeps each paragraph mark as Р (U+0420), all on one line."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县2030年燃气安全专项整治工作方案Р为排查整治燃气隐患，制定本方案。Р"
        "一、开展燃气企业排查。对燃气经营企业逐一检查。（县住建局牵头，县市场监管局配合）Р"
        "二、加强宣传教育。开展燃气安全进社区活动。（县委宣传部负责）", "燃气.txt")
    assert plan.title == "某县2030年燃气安全专项整治工作方案"
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开展燃气企业排查"), (2, "加强宣传教育")]


def test_a_text_beginning_mid_document_with_a_sentence_is_not_titled_by_it():
    """A copy that starts in the middle of a plan (…措施到位。) has no title line: the sentence is its text."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "确保任务明确，措施到位。\n"
        "一、开展燃气企业排查。对燃气经营企业逐一检查。（县住建局负责）\n", "片段.txt")
    assert plan.title == "片段"
    assert [t.number for t in plan.tasks()] == [1]


def test_an_opinion_run_on_into_its_text_is_titled_by_its_head_and_a_line_with_no_head_is_text():
    """A 实施意见 / 指导意见 / 关于…的意见 copied without its line breaks runs its title on into its 文号 and addressees:
    the title is the head ending in its kind. A line with no title head that runs on into an outline (…若干措施 各乡镇：
    …。一、…（一）…) is the text, however short, and its items are read (the plan is titled by its file)."""
    [plan] = parse_text(
        "某省人民政府办公厅关于推进技能培训的实施意见 某政办发〔2030〕9号 各市人民政府，省政府各部门：现提出以下意见。"
        "一、重点任务（一）扩大培训供给。支持建设实训基地。（省人社厅牵头，各市按职责分工负责）（二）加强资金监管。"
        "规范资金使用。（省财政厅负责）某省人民政府办公厅 2030年4月18日\n", "意见.txt")
    assert plan.title == "某省人民政府办公厅关于推进技能培训的实施意见"
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "扩大培训供给"), (2, "加强资金监管")]
    [plan] = parse_text(
        "某县推进职业培训若干措施 各乡镇人民政府，县直各单位：现提出以下措施。一、重点任务（一）扩大培训供给。"
        "支持建设实训基地。（县人社局负责）（二）加强资金监管。规范资金使用。（县财政局负责）\n", "措施.txt")
    assert plan.title == "措施"
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "扩大培训供给"), (2, "加强资金监管")]


def test_a_running_head_beside_a_page_number_is_no_part_of_the_task_it_breaks():
    """The office's name printed at the foot of each page, then — 2 —: furniture, not the words of the task above."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县2030年防汛工作方案\n"
        "某县防汛抗旱指挥部\n"
        "一、压实防汛责任。落实防汛责任制。（县防指办负责）\n"
        "二、加强水库管理。病险水库汛期空库运行。（县水利局负责）\n"
        "某县防汛抗旱指挥部\n"
        "— 2 —\n"
        "三、充实抢险力量。组建抢险队伍。（县应急管理局负责）\n", "防汛.txt")
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert plan.tasks()[1].text.endswith("（县水利局负责）")


def test_a_running_head_set_apart_from_its_page_number_by_blank_lines_is_no_part_of_a_name():
    """OCR and PDF text set each page's furniture on lines of their own with blank lines around them (— 4 —, blank,
    某政办发〔2030〕18号, blank): the head beside its page number past the blank lines is furniture too (before: a page
    broken inside an annotation glued it into a unit's name)."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县2030年建设实施方案\n某政办发〔2030〕18号\n一、重点任务\n"
        "1.规范物业服务。依法查处违规行为。（县甲局负责，县乙\n\n— 4 —\n\n某政办发〔2030〕18号\n\n监管局配合）\n"
        "2.探索统建统营。开展试点。（县丙集团负责）\n", "方案.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", "responsible"), ("县乙监管局", "support")], [("县丙集团", "responsible")]]


def test_the_documents_masthead_printed_once_under_a_page_number_is_no_part_of_a_name():
    """A PDF of a 红头文件 prints its masthead (某县甲乙委员会文件) as the head of the next page; at a notice's only
    page break it is seen once, below the page number, and the issuer is the one named in the title: furniture, not
    the middle of the unit's name the page broke (before: 县发展改革某县甲乙委员会文件委)."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县甲乙委员会2030年重点任务分工\n一、重点任务\n"
        "1.落实基层投入政策，稳妥化解长期债务。（责任单位：县财政局、县发展改革\n\n— 4 —\n\n"
        "某县甲乙委员会文件\n委、委财务科）\n"
        "2.加强人才培养。（责任单位：委人事科）\n", "分工.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县财政局", "responsible"), ("县发展改革委", "responsible"), ("委财务科", "responsible")],
        [("委人事科", "responsible")]]


def test_a_table_copied_with_a_paragraph_mark_between_its_cells_is_text_not_binary(write_file):
    """A sharing site's copy of a table puts its paragraph mark Р between every two short cells: a tenth of the
    characters or more are Р, and the file is still a plan's text, read with its marks as line breaks."""
    from generator.source.corpus import parse_file

    cells = ["某县2030年燃气安全整治任务清单", "序号", "重点任务", "责任单位", "完成时限",
             "1", "排查燃气经营企业", "县住建局", "6月底前", "2", "开展燃气安全宣传", "县委宣传部", "9月底前",
             "3", "整治餐饮场所燃气隐患", "县市场监管局", "10月底前"]
    path = write_file("Р".join(cells), "清单.txt")
    [plan] = parse_file(path)
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, [("县住建局", "responsible")]), (2, [("县委宣传部", "responsible")]), (3, [("县市场监管局", "responsible")])]


def test_an_attached_drafting_note_whose_title_breaks_in_its_book_title_is_no_plan():
    """A draft sent for comment attaches its 起草说明 (附件2 / 关于《…实施方案（征求意见稿）》的起草说明), the long
    title broken inside its 《》; the note restates the plan's parts as （一）（二） naming units here and there: no plan
    of its own, its items no tasks."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某市2031年社区服务设施建设实施方案（征求意见稿）\n"
        "一、重点任务\n"
        "（一）科学规划布局。编制设施布局专项规划。（市自然资源局牵头，各区人民政府配合）\n"
        "（二）丰富服务功能。拓展养老托育服务。（市民政局负责）\n"
        "附件2\n"
        "关于《某市2031年社区服务设施建设\n"
        "实施方案（征求意见稿）》的起草说明\n"
        "一、起草过程\n"
        "市发展改革委牵头组建起草小组，征求了有关部门意见。\n"
        "二、需要说明的问题\n"
        "（一）关于责任分工。涉及各区的任务明确由各区人民政府落实。\n"
        "（二）关于建设目标。与省定目标相衔接。\n")
    assert [(p.title, [t.number for t in p.tasks()]) for p in plans] == [
        ("某市2031年社区服务设施建设实施方案（征求意见稿）", [1, 2])]


@pytest.mark.parametrize("heading", ["政策解读", "《某县2030年河道保洁工作方案》政策解读", "图解：某县2030年河道保洁工作方案",
                                     "一图读懂某县2030年河道保洁工作方案", "关于《某县2030年河道保洁工作方案》的解读",
                                     "【政策解读】《某县2030年河道保洁工作方案》", "某县2030年河道保洁工作方案起草说明",
                                     "扫一扫在手机打开当前页", "[打印本页] [关闭窗口]",
                                     "政策解读\n某县2030年河道保洁工作方案",
                                     "附件2：某县河道保洁工作台账.docx\n扫一扫在手机打开当前页\n政策解读",
                                     "近日，县政府办公室印发了《某县2030年河道保洁工作方案》（以下简称《方案》）。"
                                     "现就有关内容解读如下：",
                                     "县水利局负责人就《某县2030年河道保洁工作方案》答记者问"])
def test_a_reading_of_the_plan_printed_after_it_on_the_page_is_no_part_of_the_plan(heading):
    """A government page prints the plan's 政策解读 / 图解 after it, restating its sections as （一）（二） with a unit
    here and there: the plan ends at the 解读's heading (or at the page's closing furniture before it), so the
    解读's items are not tasks that would overwrite the plan's tasks 1 and 2."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县2030年河道保洁工作方案\n"
        "一、重点任务\n"
        "（一）清理河道垃圾。每周巡查一次。（县水利局牵头，各镇配合）\n"
        "（二）整治入河排口。年底前完成。（县生态环境局负责）\n"
        f"{heading}\n"
        "一、主要内容\n"
        "（一）清理河道垃圾。由县城管局牵头推进。\n"
        "（二）整治入河排口。（县农业农村局负责）\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2]
    assert [(a.name, a.role) for a in tasks[0].assignments] == [("县水利局", "lead"), ("各镇", "support")]
    assert [(a.name, a.role) for a in tasks[1].assignments] == [("县生态环境局", "responsible")]


@pytest.mark.parametrize("heading", ["《某县农村供水保障实施方案》政策问答", "《某县农村供水保障实施方案》问答",
                                     "《某县农村供水保障实施方案》政策解答", "《某县农村供水保障实施方案》文字解读",
                                     "【文字解读】《某县农村供水保障实施方案》", "《某县农村供水保障实施方案》解读稿",
                                     "《某县农村供水保障实施方案》解读材料", "《某县农村供水保障实施方案》政策解读（文字版）",
                                     "《某县农村供水保障实施方案》 政策解读", "某县农村供水保障三年行动解读",
                                     "关于《某县农村供水保障实施方案》的说明", "政策解读 > 正文", "首页 > 政策解读 > 正文",
                                     "《某县农村供水保障实施方案》政策解读发布时间：2030-04-24 来源：县水利局"])
def test_a_reading_of_the_plan_headed_in_any_of_the_portals_wordings_ends_the_plan(heading):
    """Portals title the plan's 解读 in many wordings: the plan's title then 问答 / 政策解答 / 文字解读 / 解读稿 / 的说明,
    a version note after the word （文字版）, a space after 》, the plan by its short name (…三年行动解读), the 解读 tab's
    breadcrumb, or the 解读's publishing line glued to its heading. With no page furniture before it, the heading alone
    ends the plan: the 解读's 一、二、 are no sections of the plan and its （一）（二） no tasks."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县农村供水保障实施方案\n"
        "一、重点任务\n"
        "1.实施水源提升工程。（县水利局牵头，县自然资源局配合）\n"
        "2.推进管网延伸改造。（县水利局负责，各乡镇人民政府落实）\n"
        "二、保障措施\n"
        "加强组织领导。\n"
        f"{heading}\n"
        "一、出台背景\n"
        "为补齐农村供水短板，制定本方案。\n"
        "二、主要任务\n"
        "（一）实施水源提升工程。（县水利局牵头，县财政局配合）\n"
        "（二）推进管网延伸改造。（县水利局负责）\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2]
    assert [(a.name, a.role) for a in tasks[0].assignments] == [("县水利局", "lead"), ("县自然资源局", "support")]


def test_a_plans_own_note_or_task_list_explanation_ends_nothing():
    """说明 opens a plan's own note (说明：…) and closes a caption (任务清单说明): only after the plan's title, as its
    的说明, does it head a reading of the plan; nor does a plan's own 专项行动 line with no 解读 word end anything."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县农村供水保障实施方案\n"
        "一、重点任务\n"
        "1.实施水源提升工程。（县水利局牵头，县自然资源局配合）\n"
        "说明：本方案所列工程以年度计划为准。\n"
        "重点任务清单说明\n"
        "开展饮水安全专项行动\n"
        "2.推进管网延伸改造。（县水利局负责，各乡镇人民政府落实）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_a_question_answered_after_the_plan_ends_it():
    """A 解读 in questions and answers (问：…？ / 答：…) printed right after the plan, with no heading: a plan asks
    nothing, so the question ends the plan, and the answer's 1. 2. restating the tasks with other units are no tasks
    that would overwrite the plan's."""
    from generator.source.corpus import parse_text

    plan_text = ("某县农村供水保障实施方案\n"
                 "一、重点任务\n"
                 "1.实施水源提升工程。（县水利局牵头，县自然资源局配合）\n"
                 "2.推进管网延伸改造。（县水利局负责，各乡镇人民政府落实）\n"
                 "二、保障措施\n"
                 "加强组织领导。\n")
    for question in ("问：方案有哪些重点任务？", "1.问：方案有哪些重点任务？", "问一：方案有哪些重点任务？"):
        (plan,) = parse_text(plan_text + question + "\n答：主要有两项：\n"
                             "1.实施水源提升工程。由县水利局牵头，县财政局配合。\n"
                             "2.推进管网延伸改造。（县财政局负责）\n")
        tasks = plan.tasks()
        assert [t.number for t in tasks] == [1, 2], question
        assert [(a.name, a.role) for a in tasks[1].assignments] == [("县水利局", "responsible"),
                                                                     ("各乡镇人民政府", "implement")]


def test_a_question_in_a_plan_with_no_answer_under_it_ends_nothing():
    """问： with no 答： under it is no 解读 (a plan's item may quote what residents ask): the plan goes on."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县农村供水保障实施方案\n"
                         "一、重点任务\n"
                         "1.实施水源提升工程。（县水利局牵头）\n"
                         "问：群众反映的水质问题要逐一回应。\n"
                         "加强水质监测。\n"
                         "2.推进管网延伸改造。（县水利局负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_the_readings_publishing_line_ends_the_plan():
    """Under a 解读 heading the page leaves out, the 解读's publishing line (发布时间：2030-04-24 09:30　来源：县水利局)
    ends the plan: page furniture never stands inside a plan. A plan's own label 发布时间：每月10日前 does not."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县农村供水信息公开实施方案\n"
        "一、重点任务\n"
        "1.公开水质检测结果。（县水利局负责）\n"
        "发布时间：每月10日前\n"
        "2.公开水费标准。（县发展改革委负责）\n"
        "发布时间：2030-04-24 09:30　来源：县水利局　浏览次数：312\n"
        "一、出台背景\n"
        "为做好供水信息公开，制定本方案。\n"
        "二、主要内容\n"
        "（一）公开水质检测结果。（县卫生健康委负责）\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2]
    assert [(a.name, a.role) for a in tasks[0].assignments] == [("县水利局", "responsible")]


def test_a_plan_that_only_mentions_interpreting_itself_is_read_whole():
    """解读 inside a plan's own items (（二）做好政策解读。, 二、政策解读 as a numbered heading, a wrapped line ending in
    政策解读) ends nothing, nor do an item's own 主办单位： line or a sentence opening with 相关文件."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县2030年政务公开工作要点\n"
        "一、政策解读\n"
        "（一）做好政策解读。围绕重要政策文件，各部门要加强政策宣传和\n"
        "政策解读\n"
        "（县政府办负责）\n"
        "（二）规范图解发布。（县融媒体中心负责）\n"
        "主办单位：县政府办\n"
        "相关文件要求见附件。\n"
        "二、平台建设\n"
        "（三）优化政府网站。（县政府办负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_attached_file_names_listed_for_download_are_not_tasks():
    """Under 附件下载 a page lists the attached files by name, numbered (1.某县…方案.docx 2.…清单.xlsx（26KB）):
    links, not tasks 1 and 2 of the plan above them, and the footer's 主办：/承办： names no unit."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县2030年河道保洁工作方案\n"
        "一、重点任务\n"
        "1.清理河道垃圾。（县水利局负责）\n"
        "2.整治入河排口。（县生态环境局负责）\n"
        "3.建立长效机制。（县水利局牵头，各镇配合）\n"
        "附件下载：\n"
        "1.某县2030年河道保洁工作方案.docx\n"
        "2.某县河道保洁任务清单.xlsx（26KB）\n"
        "主办：某县人民政府办公室　承办：某县融媒体中心\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2, 3]
    assert [(a.name, a.role) for a in tasks[0].assignments] == [("县水利局", "responsible")]
    assert [(a.name, a.role) for a in tasks[1].assignments] == [("县生态环境局", "responsible")]


def test_a_page_holding_only_the_notice_of_a_plan_reads_no_task_and_says_the_plan_is_not_there():
    """A portal page may print only the covering notice (关于印发…的通知, its own 一、提高思想认识 二、加强组织领导
    requirements) and offer the plan as a file to download: no task is read, and the warning says the plan is not on
    the page rather than that the plan has no numbered task."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "首页 > 政务公开 > 通知公告\n"
        "某县人民政府办公室关于印发某县2030年河道保洁工作方案的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "现将《某县2030年河道保洁工作方案》印发给你们，并提出以下要求。\n"
        "一、提高思想认识。各乡镇要把河道保洁作为重要任务。\n"
        "二、加强组织领导。县水利局要建立调度机制。\n"
        "三、强化督导检查。县政府督查室要定期通报进展。\n"
        "附件：某县2030年河道保洁工作方案.docx\n"
        "某县人民政府办公室\n"
        "2030年5月6日\n"
        "扫一扫在手机打开当前页\n", "page.txt")
    assert plan.tasks() == []
    assert any("'某县2030年河道保洁工作方案' is not on the page" in w for w in plan.warnings)


@pytest.mark.parametrize("mark", ["【附件：2.任务清单.xls】", "【附件：任务清单.xlsx】", "附件：任务清单",
                                  "附件2：任务清单.xls"])
def test_an_attachment_marker_naming_a_file_over_its_tables_header_starts_the_attached_plan(mark):
    """An e-document system's text export prints each attached file under a marker naming it (【附件：2.…xls】, 附件：…
    alone), with no title line of its own: the table's header comes next. The marker starts the attached plan, titled
    by the file's name (before: the rows ran on as items 1–2 of the body's last part, their numbers colliding)."""
    plans = parse_text(
        "某镇河道保洁工作方案\n"
        "一、重点任务\n"
        "1.清理河道垃圾。（镇水利站牵头，各村配合）\n"
        "2.整治入河排口。（镇环保办负责）\n"
        "二、保障措施\n"
        "加强组织领导，强化经费保障。\n"
        f"{mark}\n"
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t南河清淤\t镇水利站\t南村村委会\t2030年6月底前\n"
        "2\t北河护岸\t镇城建办\t镇水利站\t2030年9月底前\n")
    assert [(p.title, [(t.number, t.title) for t in p.tasks()]) for p in plans] == [
        ("某镇河道保洁工作方案", [(1, "清理河道垃圾"), (2, "整治入河排口")]),
        ("任务清单", [(1, "南河清淤"), (2, "北河护岸")])]
    assert [(a.name, a.role) for a in plans[1].tasks()[1].assignments] == [("镇城建办", "lead"), ("镇水利站", "support")]


def test_an_attachment_marker_under_the_notice_naming_its_document_in_full_keeps_the_fuller_title():
    """关于印发某镇2030年河道保洁任务分解表的通知 … 附件：河道保洁任务分解表 over the table's header: the marker gives
    the document's short name; the notice names it in full, with its place and year, and titles the plan."""
    (plan,) = parse_text(
        "关于印发某镇2030年河道保洁任务分解表的通知\n"
        "各村委会：\n"
        "现将《某镇2030年河道保洁任务分解表》印发给你们，请认真抓好落实。\n"
        "某镇人民政府\n"
        "2030年3月1日\n"
        "附件：河道保洁任务分解表\n"
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t南河清淤\t镇水利站\t南村村委会\t2030年6月底前\n"
        "2\t北河护岸\t镇城建办\t镇水利站\t2030年9月底前\n")
    assert (plan.title, [t.title for t in plan.tasks()]) == ("某镇2030年河道保洁任务分解表", ["南河清淤", "北河护岸"])


def test_attachment_markers_under_a_plans_own_title_line_leave_it_the_title():
    """某镇2030年民生实事 / 附件1：项目表.docx / its table / 附件2：任务表.docx / its table: the title line heads the
    plan the attached tables make up; the first file's name does not replace it, nor is the second marker a section."""
    (plan,) = parse_text(
        "某镇2030年民生实事\n"
        "附件1：民生项目表.docx\n"
        "序号\t项目名称\t责任单位\t完成时限\n"
        "1\t新建幼儿园1所\t镇教育办\t12月底\n"
        "附件2：重点任务表.docx\n"
        "序号\t工作任务\t牵头单位\t配合单位\n"
        "1\t整治集镇环境\t镇城建办\t各村委会\n")
    assert plan.title == "某镇2030年民生实事"
    assert len(plan.sections) == 1
    assert [t.title for t in plan.tasks()] == ["新建幼儿园1所", "整治集镇环境"]


def test_an_attachment_marker_naming_a_file_over_no_table_is_a_link_and_starts_no_plan():
    """The same marker over anything but a table's header (a page's footer, the signature) is a download link or the
    notice's list of what it attaches: the plan above keeps its last part, and no plan starts there."""
    (plan,) = parse_text(
        "某镇河道保洁工作方案\n"
        "一、重点任务\n"
        "1.清理河道垃圾。（镇水利站牵头，各村配合）\n"
        "2.整治入河排口。（镇环保办负责）\n"
        "附件：任务清单.xls\n"
        "扫一扫在手机打开当前页\n")
    assert [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, ["镇水利站", "各村"]), (2, ["镇环保办"])]


@pytest.mark.parametrize("metadata", [
    "[ 索引号 ] 000014349/2030-00005 [ 发文字号 ] 某镇府发〔2030〕21号\n[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n"
    "[ 发布机构 ] 某镇人民政府\n[ 成文日期 ] 2030-06-03 [ 发布日期 ] 2030-06-03\n",
    "索引号：000014349/2030-00005 主题分类：应急管理 发布机构：某镇人民政府 成文日期：2030-06-03 发文字号：某镇府发〔2030〕21号\n",
    "【索引号】000014349/2030-00005\n【有 效 性】有效\n文　　号：某镇府发〔2030〕21号\n",
    "  • 索引号:\n\n    000014349/2030-00005\n  • 发文机构:\n\n    县政府网站\n"])
def test_a_pages_metadata_block_and_breadcrumbs_are_no_title(metadata):
    """A page's breadcrumbs (您当前的位置：首页 > …), 返回顶部, 归档时间, its 信息公开 metadata (a field a line, two a
    line with [ ] marks, run together, 【】 marks, a bulleted field over its value) and reading controls (字号：大 中 小, 视力保护色, 访问量) stand above a document whose kind no title
    word names: the first line of the document, not of the page, is its title."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "返回顶部\n归档时间：2030-11-21\n您当前的位置：首页 > 政务公开 > 应急预案\n" + metadata
        + "字号：大 中 小\n视力保护色：\n访问量：\n"
        "某镇人民政府关于河道保洁的意见\n"
        "一、巡查河道。每日巡查。（镇水利站负责）\n"
        "二、清理垃圾。（镇环卫所负责）\n", "page.txt")
    assert plan.title == "某镇人民政府关于河道保洁的意见"
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_a_whole_page_copied_without_line_breaks_is_read_up_to_its_closing_furniture():
    """A portal page copied with no line breaks is one line from its navigation (首页 > …, 索引号：…) to its footer
    (…网站标识码…ICP备…): the line is the document, not furniture (it was dropped whole: "no plan text found"), and
    its downloads, 扫一扫 and 分享到 and what follows them (a 解读 naming units) are no part of the last task."""
    from generator.source.corpus import parse_text

    page = ("首页 > 政务公开 > 通知公告 索引号：000014349/2030-00005 主题分类：水利 "
            "某县2030年河道保洁工作方案 为做好河道保洁工作，制定本方案。一、重点任务 "
            + "".join(f"（{n}）清理第{n}段河道垃圾，做到河面无漂浮物、河岸无垃圾堆放。（县水利局牵头，各镇配合） "
                      for n in "一二三四五六")
            + "附件下载： 1.某县2030年河道保洁工作方案.docx 扫一扫在手机打开当前页 分享到： "
            "政策解读 （一）清理河道垃圾。（县城管局牵头） 网站标识码：3412210003 某ICP备10012345号")
    (plan,) = parse_text(page, "page.txt")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2, 3, 4, 5, 6]
    assert [(a.name, a.role) for a in tasks[-1].assignments] == [("县水利局", "lead"), ("各镇", "support")]


def test_a_page_that_is_only_the_reading_of_a_plan_reads_no_task():
    """A page holding the 政策解读 of a plan and not the plan (《X》政策解读, 一、出台背景 二、主要内容 restating the tasks,
    a unit named here and there) has no task: the reading is not the plan."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "首页 > 政务公开 > 政策解读\n"
        "《某县2030年河道保洁工作方案》政策解读\n"
        "一、出台背景\n"
        "为改善河道环境，县水利局起草了《方案》。\n"
        "二、主要内容\n"
        "（一）清理河道垃圾。（县水利局牵头）\n"
        "（二）整治入河排口。（县生态环境局负责）\n", "page.txt")
    assert plan.tasks() == []
    assert plan.warnings


def test_a_title_printed_under_an_empty_summary_field_is_the_title():
    """Metadata lists often end with an empty 内容概述 (summary) field, the document's title and text printed under it:
    that line is the document's title, not the field's value."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "返回顶部\n  • 索引号:\n\n    000014349/2030-00005\n  • 内容概述:\n\n"
        "某镇人民政府关于河道保洁的意见\n"
        "一、巡查河道。每日巡查。（镇水利站负责）\n", "page.txt")
    assert plan.title == "某镇人民政府关于河道保洁的意见"


def test_a_multi_year_plan_is_of_its_first_year_and_its_title_names_no_issuer():
    """某市…三年行动方案（2024—2026年）: the years close the title in brackets, so what stands before them is the title,
    not the issuing body (it was shown as 发文单位 cut at the year), and the plan's year is the range's first (it was
    the last, the only year followed by 年); the jurisdiction is read from the places the title opens with."""
    (plan,) = parse_text("南京市数字经济高质量发展三年行动方案（2024—2026年）\n一、重点任务\n1.建设算力中心。（市数据局负责）\n")
    assert (plan.year, plan.issuer, plan.jurisdiction.name) == (2024, "", "南京市")
    (plan,) = parse_text("某县2024-2026年农村人居环境整治提升方案\n一、重点任务\n1.改造农村厕所。（县农业农村局负责）\n")
    assert (plan.year, plan.issuer) == (2024, "某县")
    (plan,) = parse_text("某市应急管理局2025年工作要点\n一、重点任务\n1.开展隐患排查。（执法支队负责）\n")
    assert (plan.year, plan.issuer) == (2025, "某市应急管理局")


def test_a_word_processors_page_footer_is_no_part_of_the_text():
    """第 2 页 共 4 页 on a line of its own (a .docx's footer converted to text) is furniture, never glued to the units
    line above it."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县乡村振兴重点任务清单\n一、产业振兴\n1.发展特色产业。培育龙头企业。\n责任单位：县农业农村局、县工商业联合会\n"
        "第 2 页 共 4 页\n2.壮大村集体经济。\n责任单位：县农业农村局\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县农业农村局", "responsible"), ("县工商业联合会", "responsible")], [("县农业农村局", "responsible")]]


def test_a_page_number_run_on_before_the_next_items_number_leaves_the_item():
    """Text that lost its line breaks keeps a printed page number where the page broke: `…配合）— 4 —3.强化…` — the
    page number goes, and the 3. after it is the next item, not a digit that makes the dashes a range."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市2025年营商环境攻坚行动实施方案 一、重点任务 1.深化商事制度改革。推行企业开办一日办结，全面推广电子营业执照应用。"
        "（市市场监管局牵头，市政务服务管理局配合） 2.优化纳税服务。压缩办税时间，推行非接触式办税缴费。（市税务局负责）— 4 —"
        "3.强化执法监管。推行包容审慎监管，规范涉企行政检查。（市司法局牵头，市市场监管局配合）\n")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, [("市市场监管局", "lead"), ("市政务服务管理局", "support")]), (2, [("市税务局", "responsible")]),
        (3, [("市司法局", "lead"), ("市市场监管局", "support")])]


def test_a_page_number_run_on_before_an_item_numbered_ten_or_more_leaves_the_item():
    """The same with a two-digit item number (`…配合）— 3 —11.推进…`): the whole number is the next item's label, not
    its first digit against the dashes of a range; the page number goes and item 11 keeps its own units."""
    [plan] = parse_text(
        "某县2025年农业农村工作要点一、重点任务1.稳定粮食生产。（县甲局负责）2.建设高标准农田。（县乙局负责）"
        "3.发展设施农业。（县丙局负责）4.壮大村集体经济。（县丁局负责）5.培育新型经营主体。（县戊局负责）"
        "6.推进农村电商。（县己局负责）7.整治人居环境。（县庚局负责）8.加强乡村治理。（县辛局负责）"
        "9.深化农村改革。（县壬局负责）10.发展特色产业。培育县级龙头企业5家。（县农业农村局牵头，县财政局配合）— 3 —"
        "11.推进农村改厕。新建改造户厕800户。（县乡村振兴局牵头，县卫生健康局配合）\n")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()][-2:] == [
        (10, [("县农业农村局", "lead"), ("县财政局", "support")]),
        (11, [("县乡村振兴局", "lead"), ("县卫生健康局", "support")])]


MINUTES = ("某区人民政府专题会议纪要\n"
           "会议议定事项如下：\n"
           "一、关于企业帮扶。请区甲局牵头，会同区乙局、区丙局建立帮扶机制，6月底前完成首轮走访。\n"
           "二、关于排水防涝。会议要求，区丁局、区戊局要在汛前完成易涝点整治，区己局负责管网清淤，区庚局做好物资准备。\n"
           "三、关于办法修订。由区辛局会同区壬局根据会议意见修改完善后公布施行。\n"
           "四、关于审计整改。责成区癸局督促相关部门于5月底前整改到位。\n"
           "五、关于资金拨付。请区子局于5月底前拨付首期资金，区丑公司共同负责资金筹措。\n"
           "六、关于拆除安全。拆除施工安全由区寅局负责监管，区卯局配合。\n"
           "七、关于入户调查。区辰街道办事处要完成入户调查，区巳中心做好业务指导。\n"
           "责任单位：区辰街道办事处\n"
           "配合单位：区巳中心\n")


def test_minutes_assign_their_work_to_the_bodies_their_sentences_open_with():
    """A meeting's minutes write who acts as the subject of the agreed items' clauses (请X牵头，会同Y… / X、Y要… /
    Z负责… / 责成W… / …由V负责…): those bodies are the items' units, the one before 会同 leading; a unit an annotation
    names keeps the annotation's role. The plan's notes say the rule was applied."""
    [plan] = parse_text(MINUTES)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("区甲局", "lead"), ("区乙局", "support"), ("区丙局", "support")],
        [("区丁局", "responsible"), ("区戊局", "responsible"), ("区己局", "responsible"), ("区庚局", "responsible")],
        [("区辛局", "lead"), ("区壬局", "support")],
        [("区癸局", "responsible")],
        [("区子局", "responsible"), ("区丑公司", "responsible")],
        [("区寅局", "responsible"), ("区卯局", "support")],
        [("区辰街道办事处", "responsible"), ("区巳中心", "support")]]
    assert any("minutes" in r.text for r in plan.readings)


def test_a_minutes_oversight_list_takes_the_roles_its_items_clauses_give():
    """A 议定事项督办清单 lists beside each agreed item its 责任单位 bare, while the item says who leads and who helps
    (请A牵头，会同B、C… / X要会同Y…): the bare list's units take the roles the clauses give them; a unit the
    clauses do not name stays responsible, and a unit the item's own units' sentence already names with that role is one
    pair, not two. A list of another kind keeps its column's roles."""
    text = ("某市政府常务会议议定事项督办清单\n"
            "序号\t议定事项\t责任单位\t完成时限\n"
            "1\t请市甲局牵头，会同市乙局、市丙局修改完善方案后印发实施。\t市甲局、市乙局、市丙局\t4月底前\n"
            "2\t会议要求，市丁局要会同市戊局加快推进项目建设。\t市丁局、市戊局、市己局\t6月底前\n"
            "3\t会议决定，由市庚局牵头推进整合，市辛局、市壬局配合。\t市庚局、市辛局、市壬局\t9月底前\n")
    [plan] = parse_text(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")],
        [("市丁局", "lead"), ("市戊局", "support"), ("市己局", "responsible")],
        [("市庚局", "lead"), ("市辛局", "support"), ("市壬局", "support")]]
    [plan] = parse_text(text.replace("常务会议议定事项督办清单", "2025年重点任务清单"))
    assert {a.role for t in plan.tasks() for a in t.assignments} == {"responsible"}


def test_the_partners_after_huitong_end_where_their_action_begins_though_a_body_closes_the_clause():
    """请X会同Y、Z公司抓紧对接省A厅，…: the clause ends in a body's name (省A厅), but the partners end at 抓紧, what they
    do; the body they turn to is no partner. The request (请) opening the sentence is no word of the first name."""
    [plan] = parse_text("某市政府常务会议纪要\n"
                        "一、关于码头用海。请市甲局会同市乙局、某港务集团有限公司抓紧对接省丙厅，力争6月底前取得批复。\n"
                        "二、关于码头用海问题，请市甲局会同市乙局、某港务集团有限公司抓紧对接省丙厅。\n")
    for task in plan.tasks():
        assert [(a.name, a.role) for a in task.assignments] == [
            ("市甲局", "lead"), ("市乙局", "support"), ("某港务集团有限公司", "support")]


def test_a_plans_sentences_naming_bodies_are_no_annotation():
    """The same items in a plan of another kind: a body its sentence names after other words (会议要求，区丁局…) is
    read as no annotation, as the development corpus reads such text. Only where most items open their duty sentence
    with the body doing it (请X牵头… / 由X会同Y… / 责成X…) is that opening body the item's unit, as the house reads an
    实施意见 written so (opening_subjects); the written-apart units count as ever."""
    [plan] = parse_text(MINUTES.replace("专题会议纪要", "2025年重点工作安排"))
    got = [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()]
    assert got[1] == []
    assert got[0] == [("区甲局", "lead"), ("区乙局", "support"), ("区丙局", "support")]
    assert got[3] == [("区癸局", "responsible")]
    assert got[6] == [("区辰街道办事处", "responsible"), ("区巳中心", "support")]


def test_rules_in_articles_assign_their_work_to_the_bodies_their_sentences_open_with():
    """A 实施细则 / 管理办法 writes no bracket: each article says who acts as the subject of its clauses, a modal or a
    preposition often before the verb (X应当…, X依法对…, Y在10个工作日内…), a list closed by the kind it stands for
    (…等行业主管部门负责), 由X + its own act (由X汇总后推送Y), X、Y按照各自职责，配合做好… (they support). A clause
    opening with an act on a body (移送公安机关依法处理) names none; an article of plain rules names none."""
    [plan] = parse_text(
        "某市农机购置补贴实施细则\n"
        "第一章　总则\n"
        "第一条　为规范补贴资金管理，制定本细则。\n"
        "第二章　职责分工\n"
        "第二条　市甲局牵头，市乙局配合，建立补贴资金发放台账。\n"
        "第三条　补贴标准由市甲局会同市乙局、市丙局确定，每三年调整一次。\n"
        "第四条　市丁局依法对补贴资金使用情况进行审计监督。\n"
        "第五条　市戊局、市己局等行业主管部门负责本行业的组织动员。\n"
        "第六条　市庚局、市辛局按照各自职责，配合做好信息共享核验。\n"
        "第七条　公示无异议的，由市甲局汇总后推送市壬中心，市壬中心在10个工作日内拨付资金；涉嫌犯罪的，移送公安机关依法处理。\n"
        "第八条　补贴资金实行专款专用。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "lead"), ("市乙局", "support")],
        [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")],
        [("市丁局", "responsible")],
        [("市戊局", "responsible"), ("市己局", "responsible")],
        [("市庚局", "support"), ("市辛局", "support")],
        [("市甲局", "responsible"), ("市壬中心", "responsible")],
        []]


@pytest.mark.parametrize("kind", ["实施细则", "分工方案"])
def test_a_measures_implementing_rules_closing_each_measure_with_its_units_are_read_by_them(kind):
    """A 若干措施 implemented by a …实施细则 closes its measures with their units' bracket like a 分工方案: the brackets
    decide, and a body a measure's sentence opens with (某财政厅对…给予补助, 各市人民政府要…) is its wording."""
    [plan] = parse_text(
        f"某省稳外贸若干措施{kind}\n"
        "一、稳定外贸主体\n"
        "（一）加大信用保险支持。某财政厅对小微企业保费给予补助。（责任单位：某商务厅、某保险分公司）\n"
        "（二）加快出口退税办理。各市人民政府要优化办税服务。（责任单位：某税务局）\n"
        "（三）稳定外贸订单。支持企业参加境外展会。（责任单位：某商务厅）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("某商务厅", "responsible"), ("某保险分公司", "responsible")],
        [("某税务局", "responsible")],
        [("某商务厅", "responsible")]]


def test_rules_in_articles_with_a_stray_bracket_are_still_read_by_their_subjects():
    """One article of a 实施细则 closing with a bracket does not make the document one that names its units apart:
    the other articles' subjects are still read."""
    [plan] = parse_text(
        "某市农机购置补贴实施细则\n"
        "第一条　市甲局牵头，市乙局配合，建立补贴资金发放台账。\n"
        "第二条　市丁局依法对补贴资金使用情况进行审计监督。\n"
        "第三条　补贴资金实行专款专用。（责任单位：市戊局）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "lead"), ("市乙局", "support")],
        [("市丁局", "responsible")],
        [("市戊局", "responsible")]]


def test_a_sharing_sites_banner_lines_between_two_pages_are_no_part_of_the_name_the_page_cut():
    """A document-sharing site's preview prints its banner (下载文档, 原创力文档, 【VIP专享】…) under each page's pager,
    wherever the page fell: inside an annotation too, where the banner is furniture and the unit's halves meet again."""
    [plan] = parse_text(
        "某县河务局2030年工作要点\n一、重点工作\n"
        "1.加强堤防巡查。落实巡堤制度。（责任科室：堤防科；配合单位：县河\n"
        "第 1 页 共 3 页\n下载文档\n原创力文档\n【VIP专享】本文档限时8折，立即下载\n"
        "道养护中心、各乡镇人民政府）\n"
        "2.推进节水创建。开展节水单位创建。（节水科负责）\n", "要点.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("堤防科", "responsible"), ("县河道养护中心", "support"), ("各乡镇人民政府", "support")],
        [("节水科", "responsible")]]


def test_footnotes_at_a_pages_foot_inside_a_broken_annotation_are_no_units():
    """A PDF prints the note of a mark (“两区”①) at the page's foot, above the page number: copied as text, the note
    stands between the halves of an annotation the page broke, and is no unit of it."""
    [plan] = parse_text(
        "某省推进农业发展重点任务分工方案\n一、重点任务\n"
        "1.实施“两区”①建设工程。建成高标准农田50万亩。（省甲厅牵头，省乙厅、\n\n"
        "① “两区”：指粮食生产功能区、重要农产品生产保护区。\n\n— 2 —\n\n"
        "省丙厅配合，各设区市人民政府落实）\n", "方案.txt")
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [
        ("省甲厅", "lead"), ("省乙厅", "support"), ("省丙厅", "support"), ("各设区市人民政府", "implement")]
    # the reader says what it set aside, at the note's line
    assert [(r.line, r.kind) for r in plan.readings if "footnote" in r.text] == [(5, "outline")]
    assert any("① “两区”：指粮食生产功能区" in r.text for r in plan.readings)


def test_page_foot_notes_naming_a_tasks_units_are_read_as_its_annotation():
    """A PDF plan may give its tasks' units in page-foot notes (任务的牵头和配合单位见页下注): the mark after the task's
    words, the note at the page's foot, marks restarting on every page. Each note naming units is read as the
    annotation of the task carrying its mark: two marks give both notes, 同① repeats note ①, a definition names none."""
    [plan] = parse_text(
        "某省推进乡村数字化实施方案\n一、重点任务\n"
        "1.推进“双千兆”①网络建设。加快千兆光网向行政村延伸。②\n"
        "2.发展农村电子商务。培育县域电商中心③，推动快递进村④。\n\n"
        "①“双千兆”：指千兆光网和千兆5G网络。\n②省甲局牵头，省乙厅、省丙厅配合。\n"
        "③省丁厅牵头，省乙厅配合。\n④省戊局负责。\n\n— 3 —\n\n"
        "3.建设农业大数据平台。整合涉农数据资源。①\n4.完善县域物流体系。建设县级物流中心。②\n\n"
        "①省己厅牵头，省甲局配合。\n②同①。\n\n— 4 —\n\n"
        "5.加强人才培养。开展数字技能培训。（省庚厅负责）\n", "方案.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省甲局", "lead"), ("省乙厅", "support"), ("省丙厅", "support")],
        [("省丁厅", "lead"), ("省乙厅", "support"), ("省戊局", "responsible")],
        [("省己厅", "lead"), ("省甲局", "support")], [("省己厅", "lead"), ("省甲局", "support")],
        [("省庚厅", "responsible")]]
    assert plan.tasks()[0].title == "推进“双千兆”网络建设"


def test_page_foot_notes_defining_a_term_or_qualifying_a_figure_name_no_units_and_a_mid_sentence_mark_keeps_the_title():
    """A note defining a term (①“首问负责制”：指…首位接待的工作人员负责。) or qualifying a figure (②其中中心城区20家，
    各区政府配合。) ends in a role verb but names no task's units: the task keeps its own; a note naming units whose
    mark stands inside the sentence (实施“四好农村路”③建设，…。) is read after that sentence, its words whole."""
    [plan] = parse_text(
        "某市基层治理工作方案\n一、重点任务\n"
        "1.推行“首问负责制”①，提升窗口服务。（市政务服务局负责）\n"
        "2.建设社区食堂30家②。（市民政局负责）\n"
        "3.实施“四好农村路”③建设，新改建农村公路100公里。（市交通运输局负责）\n\n"
        "①“首问负责制”：指企业群众到机关办事，首位接待的工作人员负责。\n②其中中心城区20家，各区政府配合。\n"
        "③市公路中心配合。\n\n— 1 —\n\n"
        "4.加强网格员队伍建设。（市委社会工作部负责）\n", "方案.txt")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("推行“首问负责制”，提升窗口服务", [("市政务服务局", "responsible")]),
        ("建设社区食堂30家", [("市民政局", "responsible")]),
        ("实施“四好农村路”建设，新改建农村公路100公里",
         [("市公路中心", "support"), ("市交通运输局", "responsible")]),
        ("加强网格员队伍建设", [("市委社会工作部", "responsible")])]


def test_bracketed_footnotes_running_through_the_document_are_page_foot_notes_too():
    """A PDF printed from Word numbers its footnotes through the document, [1] [2] … after the words, the notes at each
    page's foot opening with their number: the same notes as ① ②. A note naming units is the task's annotation; a
    definition's mark is taken off the title; [4]同[3] repeats note [3]."""
    [plan] = parse_text(
        "某省推进乡村数字化实施方案\n一、重点任务\n"
        "1.推进“双千兆”[1]网络建设。加快千兆光网向行政村延伸。[2]\n"
        "2.发展农村电子商务。培育县域电商服务中心。（省丁厅负责）\n\n"
        "[1]“双千兆”：指千兆光网和千兆5G网络。\n[2]省甲局牵头，省乙厅、省丙厅配合。\n\n— 3 —\n\n"
        "3.建设农业大数据平台。整合涉农数据资源。[3]\n4.完善县域物流体系。建设县级物流中心。[4]\n\n"
        "[3]省己厅牵头，省甲局配合。\n[4]同[3]。\n\n— 4 —\n\n"
        "5.加强人才培养。开展数字技能培训。（省庚厅负责）\n", "方案.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省甲局", "lead"), ("省乙厅", "support"), ("省丙厅", "support")], [("省丁厅", "responsible")],
        [("省己厅", "lead"), ("省甲局", "support")], [("省己厅", "lead"), ("省甲局", "support")],
        [("省庚厅", "responsible")]]
    assert plan.tasks()[0].title == "推进“双千兆”网络建设"


def test_a_page_foot_note_on_a_group_heading_gives_the_units_of_its_items_naming_none():
    """A mark on a group heading whose note rules the group (本部分任务…由X牵头，Y配合) gives its units to the items
    under it without a note of their own; an item with its own mark keeps its note."""
    [plan] = parse_text(
        "某省降低物流成本实施方案\n一、重点任务\n（一）规范物流收费①\n"
        "1.清理港口收费。严格执行目录清单制度。\n2.深化差异化收费。推广分时段优惠。②\n\n"
        "①本部分任务由省甲局牵头，省乙厅配合。\n②省丙厅牵头，省丁厅配合。\n\n— 5 —\n\n"
        "（二）推进数字赋能\n3.建设物流信息平台。整合物流数据。（省戊局负责）\n", "方案.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省甲局", "lead"), ("省乙厅", "support")], [("省丙厅", "lead"), ("省丁厅", "support")],
        [("省戊局", "responsible")]]


def test_points_marked_at_a_pages_foot_that_no_line_references_stay_the_tasks_text():
    """Points ①… ②… set on lines of their own before a page number are the task's words: no line refers to them."""
    [plan] = parse_text(
        "某县农业发展工作方案\n一、重点任务\n"
        "1.建设高标准农田。重点做好以下工作：\n①开展土地平整；\n②完善灌溉设施。\n\n— 2 —\n\n"
        "（县农业农村局负责）\n", "方案.txt")
    assert "②完善灌溉设施" in plan.tasks()[0].text
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [("县农业农村局", "responsible")]


def test_points_one_a_line_before_the_outlines_next_item_are_no_footnotes_though_a_mark_is_referenced_above():
    """Footnotes at a page's foot explain marks; they never hold the outline's next item or a heading. Points ①… ②…
    set one a line, followed by the next item （三） before the page number, stay the plan's text even when a line
    higher up references ① and ② inside a sentence."""
    [plan] = parse_text(
        "某省数字政府建设工作要点\n一、夯实基础底座\n"
        "（一）推进“一网”①“两端”②建设。（省甲局负责）\n"
        "（二）提升外网支撑能力。\n①推动外网向乡镇延伸；\n②完成改造试点。（省乙局负责）\n"
        "（三）健全数据目录。（省丙局负责）\n二、强化保障\n（四）加强人才培养。（省丁厅负责）\n\n— 2 —\n\n"
        "（五）推进数据开放。（省戊厅负责）\n", "要点.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省甲局", "responsible")], [("省乙局", "responsible")], [("省丙局", "responsible")],
        [("省丁厅", "responsible")], [("省戊厅", "responsible")]]
    assert "②完成改造试点" in plan.tasks()[1].text
    assert not any("footnote" in r.text for r in plan.readings)


def test_an_items_inline_points_after_a_stop_are_no_references_to_points_set_one_a_line_before_a_page_number():
    """An item writing its points inline (…建设。①完善…；②推进…) opens each point after a stop: no reference to a
    footnote. Another item's points set one a line right above the page number are its text, with its annotation."""
    [plan] = parse_text(
        "某省数字政府建设工作要点\n一、夯实基础底座\n"
        "（一）推进政务云建设。①完善政务云体系；②推进系统上云。（省甲局牵头，省乙厅配合）\n"
        "（二）提升外网支撑能力。\n①推动外网向乡镇延伸；\n②完成改造试点。（省丙局负责）\n\n— 2 —\n\n"
        "（三）健全数据目录。（省丁局负责）\n", "要点.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省甲局", "lead"), ("省乙厅", "support")], [("省丙局", "responsible")], [("省丁局", "responsible")]]
    assert "①推动外网向乡镇延伸" in plan.tasks()[1].text
    assert not any("footnote" in r.text for r in plan.readings)


def test_a_page_number_between_the_two_lines_of_a_wrapped_heading_leaves_the_title_whole():
    """A PDF's page may end on a task's first line, its heading going on after the page number (…总分馆 / — 7 — /
    制建设。…): the halves meet again and the title is whole (before: the blank left by the page number ended the
    heading mid-word). A heading whose paragraph starts indented after the page number stays a line of its own."""
    [plan] = parse_text(
        "某区图书馆服务提升方案\n一、重点任务\n"
        "　　1.推进街道分馆和社区图书室、农家书屋互联互通的总分馆\n\n— 7 —\n\n制建设。实现通借通还，年内覆盖全部街道。\n"
        "　　责任单位：区文旅局、区教育局\n"
        "　　2.推进社区图书室和农家书屋数字化改造提升工作\n— 8 —\n　　接入区图书馆平台，实现资源共享。\n"
        "　　责任单位：区文旅局\n", "方案.txt")
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        ("推进街道分馆和社区图书室、农家书屋互联互通的总分馆制建设", ["区文旅局", "区教育局"]),
        ("推进社区图书室和农家书屋数字化改造提升工作", ["区文旅局"])]
    assert "实现资源共享" in plan.tasks()[1].text


def test_a_page_number_printed_between_middle_dots_is_furniture_not_a_bullet():
    """Some printed series number their pages ·7· or · 8 · instead of — 7 —: a page number on its own line, never a
    bullet (·) opening a point of its own (before: read as tasks titled 7· and 8·, the printed items lost)."""
    [plan] = parse_text(
        "某区图书馆服务提升方案\n一、重点任务\n"
        "　　1.推进数字阅读。建设数字图书馆平台，接入街道分馆和社区图书室\n·7·\n资源。\n　　责任单位：区文旅局\n"
        "　　2.开展全民阅读活动。每年举办读书会30场，打造品牌阅读活动\n· 8 ·\n10个以上。\n"
        "　　责任单位：区文旅局、区教育局\n", "方案.txt")
    assert [(t.number, t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, "推进数字阅读", ["区文旅局"]), (2, "开展全民阅读活动", ["区文旅局", "区教育局"])]
    assert "打造品牌阅读活动10个以上" in plan.tasks()[1].text
    assert not any("·" in t.text for t in plan.tasks())


def test_a_page_number_whose_closing_dash_ocr_read_as_yi_is_furniture():
    """— 3 一: OCR of a scanned plan may read the dash closing a page number as 一; on a line of its own it is the page
    number still, not words glued to the last name of the label line above. A heading keeps its 、 (一、…)."""
    [plan] = parse_text(
        "某县饮水安全工作方案\n一、重点任务\n"
        "1.建设信息平台。整合工程信息。\n牵头单位:县甲局  配合单位:县乙局\n\n— 3 一\n\n"
        "2.安装监测设备。数据实时接入平台。\n责任单位：县丙公司\n-4ー\n"
        "3.开展水质抽检。每月抽检一次。\n责任单位：县丁局\n", "方案.txt")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("建设信息平台", [("县甲局", "lead"), ("县乙局", "support")]), ("安装监测设备", [("县丙公司", "responsible")]),
        ("开展水质抽检", [("县丁局", "responsible")])]
    assert not any("3 一" in t.text or "4ー" in t.text for t in plan.tasks())


def test_a_page_number_whose_both_dashes_ocr_read_as_yi_is_furniture():
    """一 3 一: OCR may read both dashes of a page number as 一; cutting a label, the line is the page number still
    (before: 配合单一3一位:… read as a name). A line opening 一、 or a sentence holding 一 3 stays text."""
    [plan] = parse_text(
        "某镇道路养护工作方案\n一、重点任务\n"
        "1.修补破损路面。对坑洼路面进行修补。(牵头单位:镇甲办;配合单\n一 3 一\n位:县乙局、各村)\n"
        "2.规范井盖管理。建立台账,每月巡查一 3 次。(责任单位:镇丙办)\n一4—\n"
        "3.清理路边杂物。集中清理。(责任单位:镇丁办)\n", "方案.txt")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("修补破损路面", [("镇甲办", "lead"), ("县乙局", "support"), ("各村", "support")]),
        ("规范井盖管理", [("镇丙办", "responsible")]), ("清理路边杂物", [("镇丁办", "responsible")])]
    assert "每月巡查一 3 次" in plan.tasks()[1].text
    assert not any("一4" in t.text for t in plan.tasks())


def test_a_space_a_scan_set_inside_a_units_name_is_dropped_so_one_body_is_one_name():
    """街道城 管办: OCR of a scan (or a PDF's line) may set a space between two characters of a body's name. No name holds
    one, and the body is the one its other tasks name without it: read so, the site gives it one department page."""
    [plan] = parse_text("某街道环境整治方案\n一、重点任务\n1.规范井盖管理。(责任单位:街道城 管办、区住 建局)\n"
                        "2.清理垃圾。(责任单位:街道城管办)\n", "scan.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("街道城管办", "responsible"), ("区住建局", "responsible")], [("街道城管办", "responsible")]]


def test_an_ocr_dash_read_for_the_numeral_of_the_first_heading_still_opens_the_plan():
    """—、指导思想 … 二、重点任务: OCR of a scanned plan may return the 一 of its first heading as a dash. Where the next
    top-level label is 二、 the dash before 、 is that numeral: the plan under its title starts there (before, no plan
    start was found and the notice's masthead, 某某街道办事处文件, became the plan's title), the section counted 一 with
    its label kept as printed; a dash before 、 after 一、 is no heading."""
    text = ("某某街道办事处文件\n某办发〔2030〕2号\n关于印发《某某街道2030年环境整治工作方案》的通知\n各社区：\n"
            "现将方案印发给你们,请认真贯彻落实。\n某某街道办事处\n2030年3月1日\n"
            "某某街道2030年环境整治工作方案\n—、指导思想\n坚持问题导向。\n二、重点任务\n"
            "1.清理垃圾。(责任单位:街道城管办)\n2.整治河道。(责任单位:街道水利站)\n")
    [plan] = parse_text(text, "ocr.txt")
    assert plan.title == "某某街道2030年环境整治工作方案"
    assert [(s.number, s.label, s.heading) for s in plan.sections] == [("一", "—、", "指导思想"), ("二", "二、", "重点任务")]
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "清理垃圾", [("街道城管办", "responsible")]), (2, "整治河道", [("街道水利站", "responsible")])]
    [plan] = parse_text("某街道工作方案\n一、重点任务\n1.清理垃圾。(责任单位:街道城管办)\n—、每周巡查一次\n"
                        "二、保障措施\n加强领导。\n", "ocr.txt")
    assert [(s.number, s.label) for s in plan.sections] == [("一", "一、"), ("二", "二、")]


def test_numerals_parted_by_the_look_alike_stop_on_a_wrapped_line_are_no_section():
    """三丶四月份 / 一丶是 / 五丶六个 / 十丶百丶千: OCR's 丶 for 、 parts numerals of a sentence a page broke before (or an
    一是 list) as it does a heading's numeral. Before 是, another numeral or a measure word, and where the numeral is
    not the one the 一、 count expects next, it is no label: the line is the wrapped text it is, the task keeps its
    unit; 三丶保障措施 after 二、 is the section it reads."""
    [plan] = parse_text("某镇2030年春耕工作方案\n一、工作目标\n保障春耕。\n二、重点任务\n1. 做好农资储备，\n"
                        "三丶四月份集中开展农资打假（责任单位：镇农办）\n2. 抓好技术指导，其中重点在四\n"
                        "五丶六个村开展培训（责任单位：镇农技站）\n3. 加强政治学习。\n一丶是坚持集中学习；\n"
                        "二丶是开展专题研讨。\n（责任单位：镇党委）\n三丶保障措施\n加强领导。\n", "ocr.txt")
    assert [(s.number, s.label, s.heading) for s in plan.sections] == [
        ("一", "一、", "工作目标"), ("二", "二、", "重点任务"), ("三", "三丶", "保障措施")]
    assert [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, ["镇农办"]), (2, ["镇农技站"]), (3, ["镇党委"])]
    assert "三丶四月份集中开展农资打假" in plan.tasks()[0].text
    [plan] = parse_text("某县2030年人才工作方案\n一、重点任务\n1. 实施人才引育工程，\n"
                        "十丶百丶千人才计划全面推进（责任单位：县委组织部）\n二、保障措施\n加强领导。\n", "ocr.txt")
    assert [s.number for s in plan.sections] == ["一", "二"]
    assert [[a.name for a in t.assignments] for t in plan.tasks()] == [["县委组织部"]]


def test_a_plan_whose_every_stop_ocr_read_as_the_look_alike_starts_at_its_first_heading():
    """一丶总体要求 … 三丶保障措施: a scan whose every 、 OCR returned as 丶; the plan starts under its title at 一丶 (not
    titled by its second heading) and reads the three sections."""
    [plan] = parse_text("某镇2030年环境整治实施方案\n一丶总体要求\n改善环境。\n二丶重点任务\n"
                        "1. 开展清洁行动（责任单位：镇农办）\n三丶保障措施\n落实责任。\n", "ocr.txt")
    assert plan.title == "某镇2030年环境整治实施方案"
    assert [(s.number, s.heading) for s in plan.sections] == [("一", "总体要求"), ("二", "重点任务"), ("三", "保障措施")]
    assert [[a.name for a in t.assignments] for t in plan.tasks()] == [["镇农办"]]


def test_dash_bullets_listed_before_the_second_heading_are_no_first_heading():
    """—、坚持生态优先； / —、坚持系统治理。 above 二、: a list's bullets (a sentence's end, a dash line next to
    another) are no heading whose 一 OCR read as a dash; they stay the text above the outline."""
    [plan] = parse_text("某镇2030年生态保护工作方案\n为改善环境，制定本方案。主要原则：\n—、坚持生态优先\n"
                        "—、坚持系统治理\n二、重点任务\n1. 治理污水（责任单位：镇环保办）\n三、保障措施\n略。\n", "ocr.txt")
    assert [s.number for s in plan.sections] == ["二", "三"]
    [plan] = parse_text("某县2030年供水保障方案\n工作安排如下：\n—、二季度完成工程招标；\n二、重点任务\n"
                        "1. 新建水厂（责任单位：县水利局）\n", "ocr.txt")
    assert "一" not in [s.number for s in plan.sections]
    assert [[a.name for a in t.assignments] for t in plan.tasks()] == [["县水利局"]]


def test_a_middle_dot_page_number_run_on_inside_a_line_is_cut_out():
    """A text that lost its line breaks keeps ·4· where the page broke: cut out as — 4 — is, a date's 5·12 kept."""
    [plan] = parse_text(
        "某县应急科普工作要点\n一、重点工作。1.开展科普宣传。结合“5·12”防灾减灾日开展应急避险演练，每个乡镇举办"
        "宣传活动2场以上。（县应急局负责）·4·2.建设科普场馆。建成应急科普体验馆1个，推动学校、社区配建科普"
        "·5·角。（县科协负责）3.培育志愿队伍。每个乡镇组建应急志愿服务队。（县民政局负责）\n", "要点.txt")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开展科普宣传"), (2, "建设科普场馆"), (3, "培育志愿队伍")]
    assert "“5·12”" in plan.tasks()[0].text
    assert not any("·4·" in t.text or "·5·" in t.text for t in plan.tasks())


def test_an_items_heading_a_sharing_sites_page_cut_is_whole_again():
    """A sharing site cuts its preview into pages by length, inside an item's heading too (1.加快发展跨境 / pager /
    banner / 电商。…): where the plan sets each item's heading and text on one line, the halves are one line again."""
    [plan] = parse_text("某市商务局2030年工作要点\n一、重点工作\n1.加快发展跨境\n第 1 页 共 3 页\n原创力文档\n下载文档\n"
                        "电商。建设产业园。（外贸科负责）\n2.促进消费提质。举办消费季活动。（市场科负责）\n", "要点.txt")
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        ("加快发展跨境电商", ["外贸科"]), ("促进消费提质", ["市场科"])]


def test_a_heading_set_on_its_own_line_before_a_sharing_sites_page_cut_stays_whole():
    """Where the plan sets its items' headings on lines of their own, a heading before the page's banner is whole."""
    [plan] = parse_text("某市商务局2030年工作要点\n一、重点工作\n1.加快发展跨境电商\n第 1 页 共 3 页\n原创力文档\n"
                        "建设产业园。（外贸科负责）\n2.促进消费提质\n举办消费季活动。（市场科负责）\n", "要点.txt")
    assert [t.title for t in plan.tasks()] == ["加快发展跨境电商", "促进消费提质"]


def test_a_sharing_sites_recommendation_between_two_pages_does_not_end_the_plan():
    """A sharing site stacks, among its lines at a page break, one other document it recommends (相关推荐：title)
    under its pager: the plan goes on after it (before: taken for the page's closing 相关推荐 list, the rest dropped).
    The page's own 相关推荐 after the plan's last words still ends it."""
    [plan] = parse_text(
        "某市安全生产委员会2030年工作要点\n一、压实安全生产责任\n（一）严格落实责任制。制定职责清单。（市甲办负责）\n"
        "第 2 页 共 8 页\n相关推荐：2030年安全生产工作要点范文（通用10篇）\n"
        "（二）压实企业责任。开展履职检查。（市乙局负责）\n第 8 页 共 8 页\n相关推荐：某县2029年安全生产工作要点\n"
        "某县关于开展安全检查的通知\n", "要点.txt")
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        ("严格落实责任制", ["市甲办"]), ("压实企业责任", ["市乙局"])]
    assert not any("相关推荐" in t.text or "通知" in t.text for t in plan.tasks())


def test_a_sharing_sites_pager_between_dashes_and_its_toolbar_are_no_part_of_the_name_the_page_cut():
    """A site may set its pager between dashes (— 第 2 页 共 8 页 —) and print its toolbar (立即下载 | 收藏 | 分享)
    under it: furniture both, inside a unit's name the page cut too, whose halves meet again."""
    [plan] = parse_text(
        "某市安全生产委员会2030年工作要点\n一、压实安全生产责任\n"
        "（一）严格落实责任制。制定职责清单。（市甲局、市住房城乡建\n— 第 2 页 共 8 页 —\n立即下载 | 收藏 | 分享\n"
        "设局按职责分工负责）\n（二）压实企业责任。开展履职检查。（市乙局负责）\n", "要点.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "responsible"), ("市住房城乡建设局", "responsible")], [("市乙局", "responsible")]]


def test_a_task_number_a_sharing_sites_page_cut_is_whole_again():
    """The page may cut a task's number (（十 / pager / the uploader notice 本文由用户上传…！ / 一）…): the halves are one
    number again, the task its own (before: its units went to the task above)."""
    [plan] = parse_text(
        "某市安全生产委员会2030年工作要点\n三、夯实基础\n（九）规范社会化服务。加强机构监管。（市甲局负责）\n"
        "（十\n第 6 页 共 8 页\n本文由用户上传，如有侵权请联系删除！\n一）健全举报机制。畅通举报渠道。（市乙局牵头，市丙局配合）\n"
        "（十二）推进标准化建设。推动达标升级。（市丁局负责）\n", "要点.txt")
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("规范社会化服务", [("市甲局", "responsible")]),
        ("健全举报机制", [("市乙局", "lead"), ("市丙局", "support")]),
        ("推进标准化建设", [("市丁局", "responsible")])]


def test_a_paragraph_a_sharing_sites_preview_shows_again_at_the_next_pages_top_is_read_once():
    """A preview's pages overlap: the page's last paragraph is printed again under the pager and the site's lines.
    The copy is no second task (before: the task read twice, the outline said it repeats)."""
    [plan] = parse_text(
        "某市安全生产委员会2030年工作要点\n一、压实安全生产责任\n（一）严格落实责任制。制定职责清单。（市甲办负责）\n"
        "第 2 页 共 8 页\n展开阅读全文\n（一）严格落实责任制。制定职责清单。（市甲办负责）\n"
        "（二）厘清监管职责。修订成员单位职责。（市甲办牵头，市乙办配合）\n", "要点.txt")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "严格落实责任制"), (2, "厘清监管职责")]
    assert not any("repeats" in r.text for r in plan.readings)


def test_an_annotation_line_a_sharing_sites_preview_shows_again_is_kept_once():
    """An annotation set on its own line at a page's foot, shown again at the next page's top, is the task's
    (before: both copies taken for a running head beside the pagers and blanked, the task left with no unit)."""
    [plan] = parse_text(
        "某市安全生产委员会2030年工作要点\n一、提升应急能力\n（一）完善应急预案体系。修订预案。\n"
        "（市甲局牵头，市安委会各成员单位按职责分工负责）\n第 6 页 共 8 页\n下载文档\n"
        "（市甲局牵头，市安委会各成员单位按职责分工负责）\n（二）加强救援队伍建设。建立联动机制。（市乙支队负责）\n"
        "第 7 页 共 8 页\n下载文档\n（三）提升监测预警能力。及时发布预警。（市丙局负责）\n", "要点.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "lead"), ("市安委会各成员单位", "responsible")], [("市乙支队", "responsible")],
        [("市丙局", "responsible")]]


def test_a_line_inside_a_sharing_sites_stack_at_its_only_page_break_is_the_sites():
    """A line standing between the site's pager and its toolbar is the site's though the document breaks once (a
    slogan with no 【】, seen at no other break): no part of the unit's name the page cut."""
    [plan] = parse_text(
        "某市安全生产委员会2030年工作要点\n一、压实安全生产责任\n"
        "（一）严格落实责任制。制定职责清单。（市甲局、市住房城乡建\n— 第 1 页 共 2 页 —\n某某文库 海量文档免费阅读\n"
        "立即下载 | 收藏 | 分享\n设局按职责分工负责）\n（二）压实企业责任。开展履职检查。（市乙局负责）\n", "要点.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "responsible"), ("市住房城乡建设局", "responsible")], [("市乙局", "responsible")]]


def test_a_page_published_with_a_sites_front_matter_is_read_as_a_page(tmp_path):
    """A plan copied from a static site or a wiki opens with the site's front matter (title, date, tags,
    categories): none of plansite's keys, so the body is a page as published, its notice and Markdown read as any
    page's (before: taken for an editor's plan source, no task read). A plan source keeps its front matter."""
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: \"某市人民政府办公室关于印发某市数字政府建设工作要点的通知\"\ndate: 2030-03-18\n"
                    "tags: [数字政府]\ncategories: [政府文件]\n---\n# 某市数字政府建设工作要点\n## 一、重点任务\n"
                    "- 1. **推进政务云集约化建设。**完成扩容。（市甲局牵头，市乙局配合）\n", encoding="utf-8")
    [plan] = parse_file(page)
    assert plan.title == "某市数字政府建设工作要点"
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "推进政务云集约化建设", [("市甲局", "lead"), ("市乙局", "support")])]
    source = tmp_path / "source.md"
    source.write_text("---\nid: shuzi\ntitle: 某市数字政府建设工作要点\ntags: [数字政府]\n---\n一、重点任务\n"
                      "1.推进政务云集约化建设。（市甲局负责）\n", encoding="utf-8")
    [plan] = parse_file(source)
    assert plan.id == "shuzi" and plan.meta["tags"] == ["数字政府"]


CLIPPED_BODY = ("# 某省推进某某工作实施方案\n## 一、\n\n总体要求\n\n到2027年，建成体系。\n\n## 二、\n\n重点任务\n\n"
                "1\\. **加强设施建设。**建设一批冷库。（省甲厅牵头，省乙厅配合）\n"
                "2\\. **强化质量监管。**完善追溯平台。（省丙局负责）\n")


@pytest.mark.parametrize("header", [
    'title: "某省某方案"\nsource: "https://www.example.gov.cn/a.html"\ncreated: 2025-05-06\n',
    'title: "某省某方案"\nsource: "https://www.example.gov.cn/a.html"\npublished: 2025-04-18\ncreated: 2025-05-06\n',
    'title: "某省某方案"\nurl: https://www.example.gov.cn/a.html\nclipped: 2025-05-06\n',
    'title: "某省某方案"\nlink: https://www.example.gov.cn/a.html\nlastmod: 2025-05-06\n',  # a site generator's
    'title: "某省某方案"\nsource_url: https://www.example.gov.cn/a.html\nupdated: 2025-05-06\n',
])
def test_a_page_saved_by_a_web_clipper_is_read_as_a_page_though_its_header_has_no_tags(tmp_path, header):
    """A web clipper heads the page it saves with the page's title, address and dates (source/url, published,
    created/clipped), often no tags: no key plansite writes or reads of a plan, so the body is a page, its Markdown
    read as any page's (before: taken for a plan source, `##` and `1\\.` left raw, no task numbered)."""
    page = tmp_path / "clipped.md"
    page.write_text("---\n" + header + "---\n" + CLIPPED_BODY, encoding="utf-8")
    [plan] = parse_file(page)
    assert plan.title == "某省推进某某工作实施方案"
    assert [(s.label, s.title) for s in plan.sections] == [("一、", "总体要求"), ("二、", "重点任务")]
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "加强设施建设", [("省甲厅", "lead"), ("省乙厅", "support")]),
        (2, "强化质量监管", [("省丙局", "responsible")])]


@pytest.mark.parametrize("header, role", [
    ("title: 某省某方案\ndate: 2025-05-06\nsource: 省政府门户网站\n", "responsible"),  # what any header has
    ("title: 某省某方案\ncreated: 2025-05-06\nsource: {file: a.docx, lines: 1-9}\n", "responsible"),  # import's source
    ("title: 某省某方案\npublished: 2025-04-18\nlead: first\n", "lead"),  # a key of plansite's own, applied
    ("title: 某省某方案\nnote: 从省政府网站复制，2025-03-01\n", "responsible"),  # a key of the editor's own
    ("title: 某省某方案\nsource: https://www.example.gov.cn/a.html\n", "responsible"),  # where the text comes from
])
def test_a_plan_source_stays_a_plan_source_whatever_other_keys_it_holds(tmp_path, header, role):
    """Front matter holding only what any page's holds (title, date, a source as text or an address), any key
    plansite writes or reads of a plan, or a key of the editor's own (note), is an editor's plan source: its title
    and the id made of it are the plan's, its keys kept and applied (before: a `note:` made it a saved page's
    header, the plan named after the file)."""
    source = tmp_path / "source.md"
    source.write_text("---\n" + header + "---\n一、重点任务\n1.加强设施建设。（省甲厅负责）\n", encoding="utf-8")
    [plan] = parse_file(source)
    assert (plan.title, plan.id) == ("某省某方案", "msmfa")
    assert set(plan.meta) == {line.split(":")[0] for line in header.splitlines()} - {"title", "date"}
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [(1, [("省甲厅", role)])]


def test_a_sharing_sites_own_lines_repeated_at_every_page_break_are_furniture_whatever_their_words():
    """A sharing site stacks its own lines under each pager (阅读全文 / an offer / its banner), words no list holds:
    a short line standing next to the pager, or to a line so found, at two page breaks or more is the site's, and
    the unit names the pages cut meet again."""
    [plan] = parse_text(
        "某县无障碍设施提升方案\n一、重点任务\n"
        "1、改造人行道。对主干道盲道进行改造。（县甲局牵头，县乙局、县丙建\n"
        "第2页 共9页\n继续阅读全文\n【某某文档站】好文共享 尽在本站\n"
        "设局配合）\n"
        "2、改造公园。对公园出入口进行改造。（县丁局牵头，县戊\n"
        "第3页 共9页\n继续阅读全文\n【某某文档站】好文共享 尽在本站\n"
        "管理局配合）\n"
        "3、推进手语播出。（县己中心负责）\n", "方案.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", "lead"), ("县乙局", "support"), ("县丙建设局", "support")],
        [("县丁局", "lead"), ("县戊管理局", "support")],
        [("县己中心", "responsible")]]


def test_a_sharing_sites_slogan_in_brackets_at_a_documents_only_page_break_is_furniture():
    """At a document's only page break the site's banner cannot repeat: a line there opening with the site's name in
    【】 and holding a slogan's words (海量文档, 免费在线阅读) is the site's, not part of the unit name the page cut."""
    [plan] = parse_text(
        "某县无障碍设施提升方案\n一、重点任务\n"
        "1、设置专用停车位。设置标志。（县甲大队牵头，县乙局、县丙建\n"
        "第2页 共9页\n【某某文库】海量文档 免费在线阅读\n"
        "设局配合）\n"
        "2、改造公园。（县丁局负责）\n", "方案.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲大队", "lead"), ("县乙局", "support"), ("县丙建设局", "support")], [("县丁局", "responsible")]]


def test_minutes_subjects_before_a_duty_manner_and_the_units_addressed_all_at_once_are_read():
    """Minutes write a list straight before how it acts, no modal (A、B按照职责分工做好…), and address every unit given
    work at once before the meeting's modal (各责任单位要于每月25日前报送…): both are the items' subjects. In a plan of
    another kind the same sentences name no unit (a closing exhortation's 各有关单位要… is no body's duty)."""
    text = ("某市政府常务会议纪要\n"
            "一、关于医院项目。请市甲局抓紧完成设计批复，市乙局、市丙局按照职责分工做好概算审核工作。\n"
            "二、关于信息报送。各责任单位要于每月25日前将落实情况报市丁局汇总。\n")
    [plan] = parse_text(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "responsible"), ("市乙局", "responsible"), ("市丙局", "responsible")],
        [("各责任单位", "responsible")]]
    [plan] = parse_text(text.replace("常务会议纪要", "2025年重点工作安排"))
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [[], []]


def test_a_minutes_subject_parted_from_its_modal_by_what_it_acts_as_is_read():
    """X作为项目业主，要倒排工期…: minutes set the body apart from its modal by the capacity it acts in; the next clause's
    modal is the subject's. In a plan of another kind the sentence names no unit."""
    text = ("某市政府常务会议纪要\n"
            "一、关于快速路项目。市甲集团作为项目业主，要倒排工期，确保年底前贯通。\n"
            "二、关于园区项目。市乙公司作为项目业主，牵头做好施工组织。\n")
    [plan] = parse_text(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲集团", "responsible")], [("市乙公司", "lead")]]
    [plan] = parse_text(text.replace("常务会议纪要", "2025年重点工作安排"))
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [[], []]


def test_a_minutes_body_guiding_the_others_supports_and_one_strengthening_its_work_answers_for_it():
    """请A加快建设进度，B加强业务指导: in minutes the body guiding those who do the work supports them (as 指导 after a
    name does); a body strengthening its own work (C加强巡查) answers for it."""
    [plan] = parse_text("某市政府专题会议纪要\n"
                        "一、关于安置房。请甲区人民政府加快建设进度，市乙局加强业务指导。\n"
                        "二、关于河道保洁。市丙局加强日常巡查，发现问题及时处置。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("甲区人民政府", "responsible"), ("市乙局", "support")], [("市丙局", "responsible")]]


def test_a_minutes_body_carrying_out_what_another_coordinates_implements_it():
    """由X负责…的统筹协调，Y具体实施: a long object after 负责 does not end the item's reading; the body carrying the work
    out on the ground after the coordinating one implements it."""
    [plan] = parse_text("某市政府专题会议纪要\n"
                        "一、关于配套学校。由市甲局负责新建小区配套学校建设的统筹协调，乙区人民政府具体实施。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "responsible"), ("乙区人民政府", "implement")]]


TONGBAO = ("某市人民政府办公室文件\n"
           "某市人民政府办公室\n"
           "关于重点工作督查情况的通报\n"
           "二、发现的主要问题\n"
           "（一）项目建设方面。部分项目开工率偏低。\n"
           "三、整改要求\n"
           "1.市甲局要会同市乙局、市丙局，于5月15日前梳理要素需求清单。\n"
           "2.市丁局负责指导各县（市、区）做好项目入库工作，各县（市、区）人民政府落实，确保应入尽入。\n"
           "3.市己局、市庚局要督促餐饮场所于5月底前安装报警装置，市辛支队配合开展检查。\n"
           "4.市壬局要督促各县加快改造项目开工（各县（市、区）人民政府落实）。\n"
           "四、有关要求\n"
           "（一）压实整改责任。各责任单位要对通报指出的问题立行立改。\n")


def test_an_inspection_reports_demands_name_who_acts_as_their_subjects():
    """A 督查 通报 makes its demands as minutes record agreed items, each naming who acts as its sentence's subject
    (X要会同Y、Z… / A负责…，B落实 / C、D要…，E配合… / F要…（G落实）): those are its units beside any it names apart,
    read so where the demands mostly name none apart, whether the title read is the 通报's or only the masthead over
    it. A plan of another kind reads only the units named apart where there are some, and so does a 通报 whose demands
    mostly close with their units' bracket."""
    [plan] = parse_text(TONGBAO)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")],
        [("市丁局", "responsible"), ("各县（市、区）人民政府", "implement")],
        [("市己局", "responsible"), ("市庚局", "responsible"), ("市辛支队", "support")],
        [("市壬局", "responsible"), ("各县（市、区）人民政府", "implement")]]
    [plan] = parse_text(TONGBAO.replace("督查情况的通报", "督查整改工作安排"))
    # a units' clause of the demand's own sentence (市辛支队配合…) is no naming apart: the bodies opening its other
    # clauses are read beside it (opening_subjects, fixes_v373b.md); a bracket (（G落实）) is, and stands alone
    assert [[a.name for a in t.assignments] for t in plan.tasks()][2:] == [["市辛支队", "市己局", "市庚局"],
                                                                           ["各县（市、区）人民政府"]]
    bracketed = TONGBAO.replace("清单。\n", "清单。（责任单位：市子局）\n").replace("尽入。\n", "尽入。（责任单位：市子局）\n")
    [plan] = parse_text(bracketed.replace("检查。\n", "检查。（责任单位：市子局）\n"))
    names = [[a.name for a in t.assignments] for t in plan.tasks()]
    assert (names[0], names[3]) == (["市子局"], ["各县（市、区）人民政府"])


def test_places_listed_before_the_government_closing_the_list_are_asked_to_act():
    """请甲县、乙县人民政府于…前… / 请东区、西区、丙县人民政府立即…: places named bare before a place's government share
    its head; each is asked to act, named as written. A list whose last name is no government takes no bare place."""
    [plan] = parse_text("某市政府专题会议纪要\n"
                        "一、关于项目开工。请甲县、乙县人民政府于5月31日前制定开工计划。\n"
                        "二、关于环境整治。请东区、西区、丙县人民政府立即开展专项整治，市丁局负责督导。\n"
                        "三、关于园区建设。请戊县、市己局于6月底前完成规划编制。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()][:2] == [
        [("甲县", "responsible"), ("乙县人民政府", "responsible")],
        [("东区", "responsible"), ("西区", "responsible"), ("丙县人民政府", "responsible"), ("市丁局", "responsible")]]
    assert "戊县" not in [a.name for a in plan.tasks()[2].assignments]


def test_a_symbol_a_copy_sets_before_the_plans_title_is_no_part_of_it():
    """A 公众号 copy sets an emoji before the plan's title (📖青禾街道2025年工作要点): the title, and the issuer read from
    it, are the words alone; the title line is still the title, not the preamble, and nothing of the text is lost."""
    from generator.commands.check import lost_text
    from generator.parse import parse_plans
    from generator.source.read import read_bytes
    text = "📖青禾街道2025年工作要点\n2025年是收官之年。\n一、聚力经济发展\n1.抓好招商引资。（经济发展办负责）\n"
    ((pt, plan),) = parse_plans(read_bytes(text.encode("utf-8"), "page.txt"))
    assert (plan.title, plan.issuer) == ("青禾街道2025年工作要点", "青禾街道")
    assert "📖" not in plan.preamble and plan.preamble.startswith("2025年是收官之年")
    assert lost_text(pt, plan) is None


ISSUING_NOTICE = (
    "某市人民政府办公室关于印发2025年某市群众文化活动安排的通知\n"
    "各区县人民政府，市直有关部门：\n"
    "　　现将《2025年某市群众文化活动安排表》印发给你们，并就有关事项通知如下。\n"
    "{items}"
    "某市人民政府办公室\n"
    "2025年2月18日\n"
    "附件\n"
    "2025年某市群众文化活动安排表\n"
    "序号\t活动名称\t时间\t主办单位\t承办单位\t协办单位\n"
    "1\t广场舞大赛\t8月\t市文化广电旅游局\t市文化馆\t市体育局\n"
    "2\t戏曲进乡村\t全年\t市文化广电旅游局\t市演艺集团\t各区县人民政府\n")


def test_a_notice_giving_out_work_before_the_plan_it_issues_is_a_plan_of_its_own():
    """关于印发…的通知 whose own 一、二、 name the units carrying them out, before the issued table's title: the notice
    is read as a plan (titled by its own title) before the table, its requirement naming no unit its closing."""
    items = ("　　一、强化统筹。统筹全年活动安排。（市文化广电旅游局牵头，市财政局配合）\n"
             "　　二、压实责任。细化活动方案。（各区县人民政府负责）\n"
             "　　三、厉行节约。不搞铺张浪费。\n")
    notice, table = parse_text(ISSUING_NOTICE.format(items=items))
    assert notice.title == "某市人民政府办公室关于印发2025年某市群众文化活动安排的通知"
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in notice.tasks()] == [
        ("强化统筹", [("市文化广电旅游局", "lead"), ("市财政局", "support")]),
        ("压实责任", [("各区县人民政府", "responsible")])]
    assert notice.closing.startswith("三、厉行节约")
    assert table.title == "2025年某市群众文化活动安排表"
    assert [[(a.name, a.role) for a in t.assignments] for t in table.tasks()] == [
        [("市文化广电旅游局", "lead"), ("市文化馆", "responsible"), ("市体育局", "support")],
        [("市文化广电旅游局", "lead"), ("市演艺集团", "responsible"), ("各区县人民政府", "support")]]


@pytest.mark.parametrize("items", [
    "　　一、提高认识。把活动办好。\n　　二、厉行节约。不搞铺张浪费。\n",
    # one requirement naming the office overseeing the rest: the notice asks, it gives out no work
    "　　一、提高认识。把活动办好。\n　　二、厉行节约。不搞铺张浪费。\n　　三、加强督查。（市政府督查室负责）\n",
])
def test_a_notice_asking_only_before_the_plan_it_issues_stays_its_front_matter(items):
    [table] = parse_text(ISSUING_NOTICE.format(items=items))
    assert table.title == "2025年某市群众文化活动安排表"
    assert [t.title for t in table.tasks()] == ["广场舞大赛", "戏曲进乡村"]


CAMPAIGN_NOTICE = (
    "{head}关于开展2030年农田灌溉设施排查专项行动的通知\n"
    "各省、自治区、直辖市农业农村厅，水利厅：\n"
    "一、重点任务\n"
    "{items}"
    "二、工作要求\n"
    "（三）加强组织领导。要细化工作措施，确保取得实效。\n"
    "附件\n"
    "2030年农田灌溉设施排查专项行动重点任务分工\n"
    "序号\t重点任务\t责任单位\t完成时间\n"
    "1\t制定排查技术指南\t农机部\t2030年6月底前\n"
    "2\t推进灌区改造\t水务部、农机部\t2030年12月底前\n")
CAMPAIGN_ITEMS = ("（一）摸清设施底数。农机部要制定排查技术指南。各省级农机部门负责组织排查。\n"
                  "（二）加快修复改造。水务部会同农机部推进灌区改造，各省级水务部门要建立台账。\n")


@pytest.mark.parametrize("head", [
    "农机部办公厅 水务部办公厅",
    # a portal page prints a joint title on one line however many its senders: the title proper is from 关于
    "农机部办公厅 水务部办公厅 丙总局办公厅 丁局办公室 戊部办公厅",
])
def test_a_campaign_notice_naming_its_bodies_as_subjects_before_its_attached_table_is_a_plan_of_its_own(head):
    """关于开展…专项行动的通知 whose items name the bodies acting as their sentences' subjects (农机部要…, 水务部会同农机部…),
    no bracket, before its attached 分工 table: the notice is a plan of its own, read by those subjects, then the table
    (before: the notice was the table's front matter, its items lost)."""
    notice, table = parse_text(CAMPAIGN_NOTICE.format(head=head, items=CAMPAIGN_ITEMS))
    assert notice.title == head + "关于开展2030年农田灌溉设施排查专项行动的通知"
    assert [[(a.name, a.role) for a in t.assignments] for t in notice.tasks()] == [
        [("农机部", "responsible"), ("各省级农机部门", "responsible")],
        [("水务部", "lead"), ("农机部", "support"), ("各省级水务部门", "responsible")]]
    assert table.title == "2030年农田灌溉设施排查专项行动重点任务分工"
    assert [t.title for t in table.tasks()] == ["制定排查技术指南", "推进灌区改造"]


def test_a_campaign_notice_whose_items_name_no_body_stays_the_tables_front_matter():
    """The same notice asking only (要…, no body its items' subject): its attached table is the one plan."""
    items = ("（一）摸清设施底数。要制定排查技术指南，组织开展排查。\n"
             "（二）加快修复改造。要推进灌区改造，建立台账。\n")
    [table] = parse_text(CAMPAIGN_NOTICE.format(head="农机部办公厅 水务部办公厅", items=items))
    assert table.title == "2030年农田灌溉设施排查专项行动重点任务分工"


def test_a_notice_title_a_pdfs_page_broke_inside_its_quote_is_no_plan_and_names_the_attached_one():
    """关于印发《某县…责任分解 / 表》的通知: the printed line ends inside the 《》, with the quoted document's kind (…分解);
    that half is no plan's title, and the notice's own requirements (一、…) no plan. The notice, its quote broken too
    (…《某县创建省级文明 / 城市…分解表》), names the attached title printed over two lines: one title."""
    text = ("某县人民政府办公室\n"
            "关于印发《某县创建省级文明城市测评指标责任分解\n"
            "表》的通知\n"
            "各乡镇人民政府，县直各单位：现将《某县创建省级文明\n"
            "城市测评指标责任分解表》印发给你们，并通知如下。\n"
            "一、提高认识。各单位要把创建工作作为重点任务抓紧抓实。\n"
            "二、压实责任。牵头单位对所牵头的指标负总责。\n"
            "附件\n"
            "某县创建省级文明城市\n"
            "测评指标责任分解表\n"
            "一、公共秩序\n"
            "1.规范道路交通秩序。（牵头单位：县甲局）\n"
            "2.整治占道经营行为。（牵头单位：县乙局）\n")
    [plan] = parse_text(text, "notice.txt")
    assert plan.title == "某县创建省级文明城市测评指标责任分解表"
    assert [t.title for t in plan.tasks()] == ["规范道路交通秩序", "整治占道经营行为"]


def test_a_notice_giving_work_whose_brackets_a_pdfs_page_broke_is_a_plan_of_its_own():
    """一、…（市甲局 / 牵头，市乙局配合）: the notice's requirements name their units in brackets the printed line broke;
    looked for in each requirement's lines joined, they make the notice the plan it is, before the attached one."""
    text = ("某市人民政府办公室\n"
            "关于印发2030年某市节庆活动安排的通知\n"
            "各区县人民政府，市直有关部门：现将《2030年某市节庆活动安排表》印发\n"
            "给你们，并就有关事项通知如下。\n"
            "一、强化统筹协调。建立全市节庆活动联席工作机制，避免扎堆办节。（市甲局\n"
            "牵头，市乙局配合）\n"
            "二、严格安全管理。落实大型群众性活动安全许可制度。（市丙局牵头，市丁局\n"
            "配合）\n"
            "附件\n"
            "2030年某市节庆活动安排表\n"
            "一、节庆活动\n"
            "1.举办山水文化旅游节。（牵头单位：市甲局）\n"
            "2.举办龙舟赛。（牵头单位：市戊局）\n")
    notice, table = parse_text(text, "notice.txt")
    assert notice.title == "某市人民政府办公室关于印发2030年某市节庆活动安排的通知"
    assert [t.title for t in notice.tasks()] == ["强化统筹协调", "严格安全管理"]
    assert [t.title for t in table.tasks()] == ["举办山水文化旅游节", "举办龙舟赛"]


ASKING_LETTER = (
    "{head}"
    "某市甲局关于商请协助做好2030年度参保缴费工作的函\n"
    "市乙局、市丙局、市丁委：\n"
    "一、商请协助事项\n"
    "{items}"
    "二、有关要求\n"
    "（一）加强协同配合。建立部门信息共享机制。\n"
    "附件\n"
    "2030年度参保缴费工作任务分工表\n"
    "序号\t工作任务\t责任单位\t配合单位\t完成时限\n"
    "1\t户籍人口数据比对\t市甲局\t市乙局\t9月30日前\n"
    "2\t学生参保动员\t市丙局\t市丁委\t10月31日前\n"
    "3\t死亡人员信息清理\t市甲局\t市乙局\t11月30日前\n")


def test_a_letter_asking_bodies_for_their_share_before_its_attached_table_is_a_plan_of_its_own():
    """关于商请协助做好…工作的函 whose items ask bodies by name (请市乙局于…提供…, 请市丙局牵头，会同…, 请X、Y分别于…):
    the letter gives out work as a work notice does, each request's body its subject; it is a plan of its own before
    its attached 分工表 (before: the 函 was the table's front matter, its requests lost)."""
    items = ("（一）请市乙局于9月15日前提供户籍人口数据。\n"
             "（二）请市丙局牵头，会同市丁委做好在校学生参保动员。\n"
             "（三）请市戊局、市己局分别于9月10日前提供困难人员名单。\n")
    letter, table = parse_text(ASKING_LETTER.format(head="", items=items))
    assert letter.title == "某市甲局关于商请协助做好2030年度参保缴费工作的函"
    assert [[(a.name, a.role) for a in t.assignments] for t in letter.tasks()] == [
        [("市乙局", "responsible")], [("市丙局", "lead"), ("市丁委", "support")],
        [("市戊局", "responsible"), ("市己局", "responsible")]]
    assert table.title == "2030年度参保缴费工作任务分工表"
    assert [t.title for t in table.tasks()] == ["户籍人口数据比对", "学生参保动员", "死亡人员信息清理"]


def test_a_letter_whose_requests_name_no_body_stays_the_tables_front_matter():
    """The same letter asking its addressees themselves (请将…报送市甲局, 请于…前…: no body after 请, the body the
    sentence ends with is where the data go): it covers its attachment, and the table is the one plan."""
    items = ("（一）请将户籍人口数据推送市甲局。\n"
             "（二）请于月底前将学生参保人数统计表报送市甲局。\n")
    [table] = parse_text(ASKING_LETTER.format(head="", items=items))
    assert table.title == "2030年度参保缴费工作任务分工表"


def test_a_letter_asking_only_groups_of_its_addressees_stays_the_tables_front_matter():
    """The same letter asking groups of its addressees (请各成员单位于…完成…, 请县直各单位于…报送…, 请有关单位…): no
    particular body is given work, as under a notice asking its addressees; the table is the one plan (before: the
    letter was a plan of its own whose tasks named no unit)."""
    items = ("（一）请各成员单位于9月15日前完成本单位资料整理。\n"
             "（二）请市直各单位于9月20日前报送本部门参保数据。\n"
             "（三）请有关单位指定一名联络员。\n")
    [table] = parse_text(ASKING_LETTER.format(head="", items=items))
    assert table.title == "2030年度参保缴费工作任务分工表"


def test_a_letters_title_under_its_letterhead_and_number_is_read_over_its_two_lines():
    """A 函 prints its sender as letterhead, then its 文号, then its title broken over two lines, which repeats the
    sender at its head: the title is the two lines joined, the letterhead not prefixed twice, the 文号 no part of it
    (before: the letterhead alone was the title)."""
    text = ("某市甲局\n\n某甲函〔2030〕5号\n\n"
            "某市甲局关于商请协助做好2030年度参保\n缴费工作的函\n\n"
            "市乙局、市丙局：\n"
            "一、请市乙局于9月15日前提供户籍人口数据。\n"
            "二、请市丙局牵头，会同市丁委做好在校学生参保动员。\n")
    [letter] = parse_text(text)
    assert letter.title == "某市甲局关于商请协助做好2030年度参保缴费工作的函"
    assert [[a.name for a in t.assignments] for t in letter.tasks()] == [["市乙局"], ["市丙局", "市丁委"]]


def test_a_campaign_notice_whose_subject_is_a_name_opening_with_deng_is_a_plan_of_its_own():
    """等 closes a list of subjects (A、B等有关单位要…) and is dropped with the group after it as the reader drops it;
    a name whose letters open with 等 (等离子体研究所) is kept whole, so items naming it still make the notice a plan of
    its own (before: the name was cut at its 等 and named no body, the notice left as the table's front matter)."""
    items = ("（一）摸清设施底数。等离子体研究所要制定排查技术指南。\n"
             "（二）加快修复改造。农机部、等离子体研究所等有关单位要推进灌区改造。\n")
    notice, table = parse_text(CAMPAIGN_NOTICE.format(head="农机部办公厅 水务部办公厅", items=items))
    assert notice.title == "农机部办公厅 水务部办公厅关于开展2030年农田灌溉设施排查专项行动的通知"
    assert [[a.name for a in t.assignments] for t in notice.tasks()] == [
        ["等离子体研究所"], ["农机部", "等离子体研究所"]]
    assert table.title == "2030年农田灌溉设施排查专项行动重点任务分工"


def test_the_document_a_notice_issues_starts_where_its_title_stands_though_no_numbered_outline_follows():
    # 关于印发《某局2030年工作要点》的通知 … 某局2030年工作要点 alone on its line, then a plan outlined by bullets and
    # plain headings (no 一、 or 1.): the plan starts at its own title, the notice is no part of its title
    text = ("某县市场监督管理局\n关于印发《某县市场监督管理局2030年\n工作要点》的通知\n\n局机关各科室：\n"
            "    现将《某县市场监督管理局2030年工作要点》印发给你们，请认真贯彻落实。\n\n某县市场监督管理局\n2030年2月18日\n\n"
            "某县市场监督管理局2030年工作要点\n\n总体要求\n全年工作稳中求进。\n强化监管\n"
            "●开展食品安全检查。全年检查200家。（责任单位：食品科）\n●开展特种设备检查。（责任单位：特设科）\n")
    plans = split_page(text, "page.txt")
    assert [(p.title, p.first_line) for p in plans] == [("某县市场监督管理局2030年工作要点", 11)]


def test_a_title_whose_first_line_quotes_the_plan_it_divides_is_one_title():
    """《某省…规划纲要》 / 主要目标任务分工方案: a 分工方案 of a 纲要 sets the document it divides, quoted whole, on the
    title's first line and its own kind on the second; the two lines are the plan's one title (before: the second
    line alone)."""
    plans = parse_text("《某省国民经济和社会发展第十五个五年规划纲要》\n主要目标任务分工方案\n\n一、总体要求\n坚持稳中求进。\n"
                       "二、重点任务\n1.建设创新平台。（牵头单位：省科技厅）\n")
    assert [p.title for p in plans] == ["《某省国民经济和社会发展第十五个五年规划纲要》主要目标任务分工方案"]


def _side_by_side(rows: list[tuple[str, str]], edge: int = 44) -> str:
    """A page as pdftotext -layout prints two columns: each row's left line, spaces up to `edge`, its right line."""
    return "\n".join((left.ljust(edge) + right).rstrip() if right else left for left, right in rows) + "\n"


def _units(plan) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()]


def test_a_page_set_in_two_columns_is_read_down_the_left_column_then_the_right():
    """A 公报 page copied with its layout puts a line of each column on one line, the right column at one character
    column: read down the left column, then the right (before: the right column's words were glued into the left's
    sentences, and tasks opening a right-column line were not found)."""
    page = "某县2030年农业工作要点\n\n" + _side_by_side([
        ("  一、稳定粮食生产", "  定，推进农产品出村进城。（县商务"),
        ("  1.落实耕地保护制度。严格耕地占补平", "局牵头，县农业农村局配合）"),
        ("衡，遏制耕地非农化。（县自然资源局牵", "  3.改善农村人居环境。推进农村户厕改"),
        ("头，县农业农村局配合）", "造，整治村庄环境。（县农业农村局、县"),
        ("  2.发展农产品电商。培育电商主体，建", "卫生健康局负责）"),
        ("立县乡村三级物流体系，构建稳", ""),
    ])
    [plan] = parse_text(page)
    assert plan.title == "某县2030年农业工作要点"
    assert [t.title for t in plan.tasks()] == ["落实耕地保护制度", "发展农产品电商", "改善农村人居环境"]
    assert _units(plan) == [[("县自然资源局", "lead"), ("县农业农村局", "support")],
                            [("县商务局", "lead"), ("县农业农村局", "support")],
                            [("县农业农村局", "responsible"), ("县卫生健康局", "responsible")]]


def test_a_running_head_across_both_columns_stays_the_pages_and_the_columns_below_it_are_read_apart():
    """The running head (某县人民政府公报 … 2030年第2期) runs across both columns at the page's top: it is read before
    the columns, not cut into their tops, and a name a page break cut (县 / 财政局) is whole again across it."""
    page = _side_by_side([
        ("  一、扩大有效投资", "  2.推进园区扩容。完成园区道路建设，"),
        ("  1.加快项目建设。开工重点项目二十个，", "新增标准厂房十万平方米。（县工业园区"),
        ("完成投资五十亿元，推进前期工作。（县", "管委会牵头，县自然资源局配合）"),
        ("发展改革局牵头，县住房城乡建设局、县", "  3.盘活存量资产。清理闲置土地，建立"),
        ("交通运输局配合）", "台账，年内处置完毕。（县自然资源局牵头，县"),
    ]) + "\n" + " " * 40 + "— 3 —\n\f某县人民政府公报" + " " * 50 + "2030年第2期\n\n" + _side_by_side([
        ("财政局配合）", "  5.优化营商环境。压缩审批时限，推行"),
        ("  4.强化要素保障。统筹用地指标，保障", "一网通办，办事时间再减一半。（县政务"),
        ("重点项目用地需求，做到应保尽保。（县", "服务中心牵头，县市场监管局配合）"),
        ("自然资源局负责）", "  6.加强督促检查。建立月调度机制，"),
        ("  二、做好服务保障", "定期通报进度，确保落实。（县政府办负责）"),
    ])
    [plan] = parse_text("某县2030年扩大投资工作要点\n\n" + page)
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4, 5, 6]
    assert _units(plan)[2] == [("县自然资源局", "lead"), ("县财政局", "support")]
    assert _units(plan)[4] == [("县政务服务中心", "lead"), ("县市场监管局", "support")]


def test_a_table_laid_out_with_spaces_and_a_spaced_signature_are_no_two_columns():
    """Rows of a table laid out with spaces part into several runs and its unit cells hold no sentence; a one-column
    text's signatures and dates stand alone at the right: neither page is read as two columns."""
    from generator.source.formats.two_columns import columns_read_apart

    table = ("序号  工作任务                                牵头单位          配合单位\n"
             + "".join(f"{n}     推进第{n}项重点工作，按期完成年度目标。      县发展改革局      县财政局\n"
                       for n in range(1, 8)))
    prose_and_units = _side_by_side([(f"  {n}.推进第{n}项重点工作，按期完成年度", "县发展改革局、县财政局")
                                     for n in range(1, 8)])
    signed = ("一、工作要求\n各乡镇要按照本方案，认真组织实施，确保取得实效。\n\n"
              + _side_by_side([("  某县发展和改革局", "某县财政局"), ("  2030年3月1日", "2030年3月1日")] * 3))
    for text in (table, prose_and_units, signed):
        assert columns_read_apart(text) == text


def test_a_task_table_laid_out_with_spaces_is_no_two_columns_of_prose():
    """Task left, its units right after a run of spaces, row by row: each row's task ends its sentence on its line
    and the cell beside a numbered task is bodies with role verbs, where a column of prose runs its paragraphs on
    and goes on with its text (before: read as two columns, 1 task with all 12 units pooled)."""
    from generator.source.formats.two_columns import columns_read_apart

    rows = [("1.加强农村供水设施建设，提升供水保障能力。", "县水利局牵头，县财政局配合"),
            ("2.推进城乡供水一体化，扩大管网覆盖范围。", "县水利局牵头，县发展改革局配合"),
            ("3.加强水源地保护，开展水源地环境整治。", "县生态环境局牵头，县水利局配合"),
            ("4.强化水质检测，建立水质定期检测制度。", "县卫生健康局牵头，县水利局配合"),
            ("5.完善供水工程运行管护机制，落实管护责任。", "县水利局牵头，各乡镇人民政府配合"),
            ("6.加强应急供水保障，制定应急供水预案。", "县应急管理局牵头，县水利局配合")]
    table = "一、加强供水保障\n" + "".join(f"{task}{' ' * (48 - len(task))}{units}\n" for task, units in rows)
    assert columns_read_apart(table) == table
    [plan] = parse_text("某县2030年农村供水保障工作要点\n\n" + table)
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4, 5, 6]
    assert _units(plan)[0] == [("县水利局", "lead"), ("县财政局", "support")]
    assert _units(plan)[5] == [("县应急管理局", "lead"), ("县水利局", "support")]
    # the task cell wrapped in its column, its lines running on: the units cells beside the numbered lines tell
    wrapped = "一、加强供水保障\n" + "".join(
        f"{task[:14]}{' ' * 34}{units}\n  {task[14:]}\n" for task, units in rows)
    assert columns_read_apart(wrapped) == wrapped


@pytest.mark.parametrize("kind", ["工作措施", "具体措施"])
def test_measures_a_notice_issues_without_book_title_marks_are_titled_by_their_own_title_line(kind):
    """A county notice issues its measures named …工作措施 / …具体措施, often without 《》 (关于印发某县…工作措施的通知),
    and the measures print their own title line: that line titles the plan, as …若干措施 does (before: the kind named no
    title, and the notice's title line became the plan's)."""
    (plan,) = parse_text(
        f"某县人民政府办公室关于印发某县基层减负{kind}的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现印发给你们，请认真贯彻落实。\n"
        f"某县基层减负{kind}\n"
        "一、精简文件\n"
        "1.严控发文。严控发文数量。（县委办负责）\n", "page.txt")
    assert plan.title == f"某县基层减负{kind}"
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("严控发文", [("县委办", "responsible")])]


@pytest.mark.parametrize("heading", ["主要工作措施", "具体工作措施", "重点保障措施", "防汛工作措施", "森林防火具体措施"])
def test_a_plans_unnumbered_measures_heading_starts_no_plan(heading):
    """主要工作措施 or 防汛工作措施 on a line of its own inside a plan outlined by plain headings is a section's heading:
    naming no place and no year, it says whose measures they are not, so the plan above keeps its title and its
    items (only 某县…工作措施 titles a plan)."""
    (plan,) = parse_text(
        "某县河道保洁工作方案\n"
        "总体要求\n"
        "坚持问题导向。\n"
        f"{heading}\n"
        "1.巡查河道。每日巡查。（县水利局负责）\n"
        "2.清理垃圾。（县城管局负责）\n", "page.txt")
    assert plan.title == "某县河道保洁工作方案"
    assert [t.title for t in plan.tasks()] == ["巡查河道", "清理垃圾"]


@pytest.mark.parametrize("field", ["标　　题：某县防汛工作要点", "标题：某县防汛工作要点\t发布日期：2030-05-01",
                                   "【标题】某县防汛工作要点", "标 题: 某县防汛工作要点    发布机构：某县应急局"])
def test_a_pages_title_field_gives_the_title_without_its_label(field):
    """A 政府信息公开 page's metadata holds the document's title as a field (标　　题：X, 【标题】X, beside another field
    on its line): where no other title line is printed, its value is the plan's title, never its label nor the field
    after it (before: 标　　题：… was the title, and the plan's id was made from the label too)."""
    (plan,) = parse_text(
        "索引号：0144/2030-00219\n"
        f"{field}\n"
        "一、压实责任\n"
        "1.做好值守。（县应急局负责）\n", "page.txt")
    assert plan.title == "某县防汛工作要点"
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [("做好值守", ["县应急局"])]


def test_a_notices_title_field_wrapped_over_two_lines_is_the_whole_title():
    """The title field wraps where the page's column runs out (标　　题：某县…关于做好2030年汛期 / 防汛工作的通知): the
    two lines are the notice's one title, without the label, as a notice's title set over two lines is read (before:
    the label and the first half alone were the title)."""
    (plan,) = parse_text(
        "索引号：0144/2030-00219\n"
        "标　　题：某县人民政府办公室关于做好2030年汛期\n"
        "防汛工作的通知\n"
        "各乡镇人民政府：\n"
        "一、压实责任。县应急局要牵头做好值守。\n"
        "二、加强巡查。县水利局负责巡查堤防。\n", "page.txt")
    assert plan.title == "某县人民政府办公室关于做好2030年汛期防汛工作的通知"
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        ("压实责任", ["县应急局"]), ("加强巡查", ["县水利局"])]


def test_a_bilingual_pages_english_translation_of_each_item_is_no_task():
    """A bilingual page prints each Chinese item and then its English translation, numbered again (1.… / 1. Deepen…,
    points （1） / (1), the units' bracket in English): the translation is no task, so each number is read once, with
    the Chinese item's units (before: 4 tasks, the English ones with no units hiding the Chinese)."""
    (plan,) = parse_text(
        "某区2030年开放创新任务清单\n"
        "Open Innovation Task List of XX District for 2030\n"
        "二、重点任务\n"
        "II. Key Tasks\n"
        "1.深化单一窗口建设。拓展跨境电商功能。（牵头单位：区口岸局；配合单位：某海关）\n"
        "1. Deepen the single window. Expand cross-border functions. (Lead: Port Bureau; Support: XX Customs)\n"
        "2.推进通关模式创新。\n"
        "（1）推广提前申报；\n"
        "（2）试点先放后检。\n"
        "（责任单位：区商务局）\n"
        "2. Promote innovation of clearance models.\n"
        "(1) Promote advance declaration;\n"
        "(2) Pilot release before inspection.\n"
        "(Responsible: District Commerce Bureau)\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert _units(plan) == [[("区口岸局", "lead"), ("某海关", "support")], [("区商务局", "responsible")]]
    assert not any("Deepen" in t.title or "Promote" in t.title for t in plan.tasks())


# A 民汉双语 page: each Chinese item followed by its translation, numbered the same (Uyghur in Arabic script, Tibetan).
UYGHUR_TASKS = (
    "某县2030年庭院经济工作方案\n"
    "一、重点任务\n"
    "1.推广小菜园种植。（牵头单位：县农业农村局；配合单位：县妇联）\n"
    "1. كىچىك كۆكتاتلىق تېرىشنى ئومۇملاشتۇرۇش. (باشلامچى ئورۇن: ناھىيەلىك يېزا ئىگىلىك ئىدارىسى؛ ماسلاشقۇچى ئورۇن: ناھىيەلىك ئاياللار بىرلەشمىسى)\n"
    "2.发展庭院林果业。（责任单位：县林草局）\n"
    "2. ھويلا ئورمان-مېۋىچىلىكىنى تەرەققىي قىلدۇرۇش. (مەسئۇل ئورۇن: ناھىيەلىك ئورمانچىلىق ئىدارىسى)\n")
TIBETAN_TASKS = (
    "某县2030年庭院经济工作方案\n"
    "一、重点任务\n"
    "1.推广小菜园种植。（牵头单位：县农业农村局；配合单位：县妇联）\n"
    "1. ཁྱིམ་ར་ཚལ་ལྡུམ་འདེབས་འཛུགས་ཁྱབ་སྤེལ་བྱ་རྒྱུ།\n"
    "2.发展庭院林果业。（责任单位：县林草局）\n"
    "2. ཁྱིམ་གྱི་ཤིང་ཏོག་སྤེལ་རྒྱུ།\n")  # (syllables of letters with vowel signs and subjoined letters)


@pytest.mark.parametrize("text", [UYGHUR_TASKS, TIBETAN_TASKS], ids=["uyghur", "tibetan"])
def test_a_page_translated_into_another_script_is_text_not_binary(text):
    """Half the characters of a 民汉双语 page are letters of another script (Arabic, Tibetan): the page is text, read
    as it is (before: refused as binary, for want of CJK and ASCII)."""
    assert decode(text.encode("utf-8"), "page.txt") == text


def test_characters_of_no_script_are_still_binary():
    """Letters of any script are text, but what random bytes decode to is not: a page half of private-use characters
    and symbols of no script is refused as binary."""
    junk = "\ue000\ue1a2\uf8ff\u2603\u2318\u0007" * 40
    with pytest.raises(PlansiteError, match="binary"):
        decode(("某县2030年庭院经济工作方案\n" + junk + "\n").encode("utf-8"), "page.txt")


@pytest.mark.parametrize("text", [UYGHUR_TASKS, TIBETAN_TASKS], ids=["uyghur", "tibetan"])
def test_a_translation_in_another_script_of_each_item_is_no_task(text):
    """A 民汉双语 page prints each Chinese item and then its Uyghur (Arabic script) or Tibetan translation, numbered
    again: the translation is no task, so each number is read once, with the Chinese item's units (before: 4 tasks,
    the translated ones with no units hiding the Chinese)."""
    (plan,) = parse_text(text)
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert _units(plan) == [[("县农业农村局", "lead"), ("县妇联", "support")], [("县林草局", "responsible")]]


@pytest.mark.parametrize("heading", ["1. Key Tasks", "1. ئاساسلىق ۋەزىپە", "1. ལས་གཙོ།"],
                         ids=["english", "uyghur", "tibetan"])
def test_a_short_translated_heading_numbered_as_its_chinese_heading_is_no_task(heading):
    """On a bilingual page the heading 一、重点任务 is translated in a line of two words numbered in digits (1. Key
    Tasks): fewer words than prose, it is still the Chinese heading's translation, no task (before: an extra task 1
    with no unit)."""
    (plan,) = parse_text(
        "某区2030年改革创新任务清单\n"
        "一、重点任务\n"
        f"{heading}\n"
        "1.深化商事登记改革。（牵头单位：区市场监管局；配合单位：区政务服务中心）\n"
        "1. Deepen the reform of business registration. (Lead: District Market Regulation Bureau)\n"
        "2.优化跨境贸易服务。（责任单位：区商务局）\n"
        "2. Optimize cross-border trade services. (Responsible: District Commerce Bureau)\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert _units(plan) == [[("区市场监管局", "lead"), ("区政务服务中心", "support")], [("区商务局", "responsible")]]


def test_latin_lines_of_a_chinese_plan_are_kept_where_no_item_is_translated():
    """Latin-only lines count as translations only on a page that repeats a Chinese item's number in English prose: in
    a Chinese plan a line of English words (a product's name, an address) goes on as the item's text, and a
    Chinese item numbered in ASCII with English abbreviations in it is an item."""
    (plan,) = parse_text(
        "某县2030年数字乡村工作要点\n"
        "一、重点任务\n"
        "1.推进5G和Wi-Fi网络覆盖，新建5G基站120个。（县工信局负责）\n"
        "Smart Village Cloud Platform Phase II\n"
        "2.建设农产品溯源平台，接入GB/T标准的企业20家。（县农业农村局负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert "Smart Village Cloud Platform" in plan.tasks()[0].text
    assert _units(plan) == [[("县工信局", "responsible")], [("县农业农村局", "responsible")]]


@pytest.mark.parametrize("buttons", ["【打印本页】【关闭窗口】 [Print] [Close]", "[打印] [关闭] Print Close"])
def test_closing_buttons_captioned_again_in_english_end_the_page(buttons):
    """A bilingual page captions its print and close buttons in English after the Chinese ones: the line is still the
    page's closing furniture, and the site's footer under it names no unit of the last item (before: the footer's
    主办：/承办： offices were read as the last item's lead units)."""
    (plan,) = parse_text(
        "某区2030年开放创新任务清单\n"
        "二、重点任务\n"
        "1.优化出口退税服务。压缩办理时间。（责任单位：区税务局）\n"
        "三、保障措施\n"
        "（一）加强组织领导。各牵头单位要细化工作举措。\n"
        "（二）营造良好氛围。加强改革成果宣传。\n"
        f"{buttons}\n"
        "主办：某片区管委会　承办：片区管委会综合协调局\n")
    assert _units(plan) == [[("区税务局", "responsible")]]


def test_a_portal_articles_long_title_repeated_at_each_page_head_is_no_text():
    """A portal splitting a long article into pages prints the article's whole title (a notice's, over 40 characters)
    and its breadcrumb at the head of each page; a copy made page after page keeps them where the cut fell, here
    inside an annotation's brackets. They are the page's furniture: the bracket's names join across them."""
    title = "某区人民政府关于印发某区城镇老旧小区改造提升三年行动实施方案（2025—2027年）的通知"
    assert len(title) > 40
    (plan,) = parse_text(
        f"{title}\n"
        "发布时间：2025-04-11　来源：区住建局　浏览次数：873\n"
        "一、重点任务\n"
        "1.加装电梯。简化审批流程。（区住建局牵头，区财政局、区市场\n"
        "首页 上一页 1 2 下一页 尾页　共2页　第1页\n"
        "当前位置：首页 > 政务公开 > 通知公告\n"
        f"{title}\n"
        "发布时间：2025-04-11　来源：区住建局　浏览次数：873\n"
        "监管局配合，各街道办事处落实）\n"
        "2.改造燃气管道。开展入户检查。（区住建局负责）\n")
    first, second = plan.tasks()
    assert [(a.name, a.role) for a in first.assignments] == [
        ("区住建局", "lead"), ("区财政局", "support"), ("区市场监管局", "support"), ("各街道办事处", "implement")]
    assert "当前位置" not in first.text and "关于印发" not in first.text
    assert [(a.name, a.role) for a in second.assignments] == [("区住建局", "responsible")]


def test_a_tasks_annotation_line_repeated_beside_a_page_number_stays_its_text():
    """Two tasks of the same units each close with the same annotation line, the second just above a page number
    (— 2 —): a line the task before gave is no page head, as a portal's repeated title is; its units stay."""
    note = "（县农业农村局牵头，县财政局、县自然资源局、县水利局、县发展改革局、县乡村振兴局配合）"
    assert len(note) > 40
    (plan,) = parse_text(
        "某县2025年乡村振兴重点工作任务\n一、产业发展\n"
        f"（一）推进高标准农田建设。新建高标准农田2万亩。\n{note}\n"
        f"（二）发展特色种养业。建设标准化养殖场10个。\n{note}\n"
        "— 2 —\n二、乡村建设\n（一）改善农村人居环境。完成户厕改造3000户。\n（县农业农村局牵头，县卫生健康局配合）\n")
    assert [len(t.assignments) for t in plan.tasks()] == [6, 6, 2]


def test_a_plan_with_no_title_line_after_its_notice_s_date_is_the_plan_the_notice_issues_before_its_attachment():
    """A PDF converted to Word leaves the plan's title in a text box: the notice (joint senders two to a line, its
    title broken inside 《》) closes with its date, the plan's outline follows with no title line, then 附件 and a
    分工表. The outline after the date, its items naming units, is the issued plan, not the notice of the attachment
    (before: only the attached table was read)."""
    plans = parse_text(
        "某市市场监督管理局  某市商务局\n"
        "关于印发《某市燃气具质量\n"
        "整治行动方案》的通知\n"
        "各县（市、区）市场监管局：\n"
        "现将《某市燃气具质量整治行动方案》印发给你们，请认真落实。\n"
        "某市市场监督管理局  某市商务局\n"
        "2025年3月1日\n"
        "一、重点任务\n"
        "1.排查生产企业。建立名录。（责任单位：市市场监管局）\n"
        "2.整治销售市场。开展抽查。（牵头单位：市商务局；配合单位：市公安局）\n"
        "附件\n"
        "某市燃气具质量整治任务分工表\n"
        "序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t建立企业名录\t市市场监管局\t市工业和信息化局\n")
    assert [p.title for p in plans] == ["某市燃气具质量整治行动方案", "某市燃气具质量整治任务分工表"]
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plans[0].tasks()] == [
        (1, [("市市场监管局", "responsible")]), (2, [("市商务局", "lead"), ("市公安局", "support")])]


def test_a_notice_s_own_requirements_after_its_date_naming_no_units_stay_the_notice_s():
    """Numbered lines after a notice's date that name no units (a list of what it attaches) start no plan."""
    plans = parse_text(
        "关于印发《某市燃气具质量整治行动方案》的通知\n"
        "各县（市、区）市场监管局：\n"
        "现将《某市燃气具质量整治行动方案》印发给你们，请认真落实。\n"
        "某市市场监督管理局\n"
        "2025年3月1日\n"
        "一、请于3月底前报送联络员名单。\n"
        "二、请于6月底前报送工作进展。\n"
        "附件\n"
        "某市燃气具质量整治任务分工表\n"
        "序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t建立企业名录\t市市场监管局\t市工业和信息化局\n")
    assert [p.title for p in plans] == ["某市燃气具质量整治任务分工表"]


@pytest.mark.parametrize("head,tail,title", [
    ("某县2026年食品、药品、农产品安全", "专项整治工作方案", "某县2026年食品、药品、农产品安全专项整治工作方案"),
    ("某县水、电、气保障", "工作方案", "某县水、电、气保障工作方案"),
])
def test_a_title_broken_after_a_list_of_fields_keeps_its_first_half(head, tail, title):
    """某市药品、医疗器械、化妆品安全 / 专项整治工作方案: a title naming several fields lists them with 、 and is broken by
    hand; the 、 between two words is no sentence's mark, so the first half is joined to the second."""
    (plan,) = parse_text(f"{head}\n{tail}\n一、重点任务\n1.开展风险排查。对全县企业开展检查。（县甲局负责）\n")
    assert plan.title == title


@pytest.mark.parametrize("head,tail", [("某县甲局2031年工作总结和", "2032年工作计划"),
                                       ("某镇2031年工作总结暨", "2032年工作要点")])
def test_a_title_broken_after_the_conjunction_joining_two_kinds_keeps_its_first_half(head, tail):
    """某县X局2031年工作总结和 / 2032年工作计划: a 总结和计划 title broken by hand after its joining word; the first line
    cannot stand alone, though the second holds a year of its own (before: the title was the second line only)."""
    (plan,) = parse_text(f"某县甲局\n{head}\n{tail}\n\n一、2031年工作总结\n1.经营主体活力释放。甲股牵头完成了改革。\n"
                         "二、2032年工作计划\n1.深化改革。推进全程电子化。（责任股室：甲股）\n")
    assert plan.title == head + tail


def test_a_list_of_issuers_above_a_years_title_is_not_joined_to_it():
    """某县甲局、某县乙局 / 2026年…工作要点: bodies listed with 、 above a title of the year are its signers, no half of it."""
    (plan,) = parse_text("某县甲局、某县乙局\n2026年食品安全工作要点\n一、重点任务\n1.开展风险排查。对全县企业开展检查。（县甲局负责）\n")
    assert plan.title == "2026年食品安全工作要点"


@pytest.mark.parametrize("head", ["某省人民政府公报 2026年第5期", "某市人民政府公报　第12期", "国务院公报2026年第5期 总第123期",
                                  "2026年第5期 某市政报"])
def test_a_gazettes_name_and_issue_on_the_first_line_is_its_running_head_not_the_plans_title(head):
    """A 公报 page copied column by column opens with its running head, the gazette's name and issue one space apart
    or none; nothing beside it on the first page marks it as furniture (before: it became the plan's title, and its
    name the issuer, while its later copies were dropped as running heads)."""
    text = (f"{head}\n某省人民政府办公厅关于印发某省促进消费\n10条措施的通知\n某政办发〔2026〕3号\n"
            "1.开展以旧换新。组织家电以旧换新活动。（省商务\n厅，各市（州）人民政府按职责分工负责）\n— 17 —\n"
            f"\f{head}\n2.强化宣传。（省委宣传部负责）\n")
    [plan] = parse_text(text)
    assert plan.title == "某省人民政府办公厅关于印发某省促进消费10条措施的通知"
    assert "公报" not in plan.issuer and "政报" not in plan.issuer
    assert _units(plan) == [[("省商务厅", "responsible"), ("各市（州）人民政府", "responsible")],
                            [("省委宣传部", "responsible")]]


def test_a_plan_about_a_gazette_keeps_its_title():
    """Only a gazette's name WITH its issue is a running head: a plan titled after the gazette it works on is read."""
    [plan] = parse_text("某市人民政府公报编印工作方案\n1.按期编印。每月编印第1期。（市政府办负责）\n"
                        "2.做好发行。（市邮政分公司负责）\n")
    assert plan.title == "某市人民政府公报编印工作方案"
    assert len(plan.tasks()) == 2


@pytest.mark.parametrize("item", ["2.编发政府公报第12期", "2.编发县政府公报第12期"])
def test_an_item_naming_a_gazettes_issue_is_kept_not_dropped_as_its_running_head(item):
    """Only a body's gazette (某市人民政府公报, 国务院公报, 某市政报) with its issue is a running head: a plan's item that
    names an issue it puts out (2.编发政府公报第12期) opens with a label or a verb, not an issuer (before: dropped silently)."""
    [plan] = parse_text("某县2026年政务公开工作要点\n一、加强政策发布\n1.办好政府公报。按期编发。（县政府办负责）\n"
                        f"{item}\n3.做好解读。（县政府办负责）\n")
    assert any(item[2:] in t.text for t in plan.tasks()), [t.text for t in plan.tasks()]


def test_a_list_of_issuers_above_a_title_without_a_year_is_not_joined_to_it():
    """某县甲局、某县乙局 / 防汛应急工作方案: a line that only lists bodies with 、 is the plan's signers, year or no year
    below (before: glued into the title, 某县甲局、某县乙局防汛应急工作方案)."""
    (plan,) = parse_text("某县甲局、某县乙局、某县丙局\n防汛应急工作方案\n一、重点任务\n1.开展隐患排查。对全县河道开展检查。（县甲局负责）\n")
    assert plan.title == "防汛应急工作方案"


# a draft for comment printed with line numbering (征求意见稿), copied from the PDF: each line's margin number first,
# counting each page's lines from 1 (the page number between pages not counted)
_MARGIN_NUMBERED_DRAFT = """1 某市推进社区服务设施建设实施方案
2 （征求意见稿）
3 一、重点任务
4 1.编制专项规划。合理确定设施规模和布局，2030年6月底前完成
5 规划编制。（市规划局牵头，市民政局配合）

— 1 —

1 2.开展摸底评估。建立“一社区一清单”。（市民政局负责）
2 二、保障措施
3 （一）加强组织领导。建立工作专班。
"""


def _tasks_read(text: str) -> list[tuple[int, str, list[tuple[str, str]]]]:
    [plan] = parse_text(text)
    return [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()]


def _margin_notes(text: str) -> list[str]:
    return [n.text for plan in parse_text(text) for n in plan.readings if "left margin" in n.text]


def test_margin_line_numbers_of_a_draft_are_taken_off_its_lines():
    """A margin number on every line, starting again on each page, is no part of the text: the title, the sections
    and the tasks read as without it (not task 41 out of `4 1.`), and a note says the numbers were taken off."""
    [plan] = parse_text(_MARGIN_NUMBERED_DRAFT)
    assert plan.title == "某市推进社区服务设施建设实施方案（征求意见稿）"
    assert [(s.number, s.title) for s in plan.sections] == [("一", "重点任务"), ("二", "保障措施")]
    assert _tasks_read(_MARGIN_NUMBERED_DRAFT) == [
        (1, "编制专项规划", [("市规划局", "lead"), ("市民政局", "support")]),
        (2, "开展摸底评估", [("市民政局", "responsible")])]
    assert _margin_notes(_MARGIN_NUMBERED_DRAFT) == [
        "line numbers printed in the left margin (every line) taken off 8 lines between lines 1 and 11"]


def test_margin_line_numbers_running_through_with_the_indent_kept_are_taken_off():
    """Numbers running on over the page break, the first-line indent kept after each: the number goes, the indent stays
    an indent (no `4   1.编制…` title)."""
    text = re.sub(r"(?m)^(\d+) ", lambda m: f"{m[1]} 　　", _MARGIN_NUMBERED_DRAFT
                  .replace("1 2.开展", "6 2.开展").replace("2 二、", "7 二、").replace("3 （一）", "8 （一）"))
    assert [t for t in _tasks_read(text)] == _tasks_read(_MARGIN_NUMBERED_DRAFT)


def test_margin_numbers_on_every_fifth_line_are_taken_off_wrapped_lines():
    """Numbering every fifth line (5, 10 … counted from the page's first line): the number leaves a wrapped line's unit
    name (not 市自然5 规划局) and a task's own number (not task 104 out of `10 4.`)."""
    text = ("某市推进社区服务设施建设实施方案\n（征求意见稿）\n一、重点任务\n1.编制专项规划。合理确定设施规模和布局。（市自然和\n"
            "5 规划局牵头，市民政局配合）\n2.开展摸底评估。摸清现有设施和居民需求，\n建立清单。（市民政局负责）\n3.统筹存量空间。推动闲置房产用于设施建设。（市机关\n"
            "事务局牵头，市国资委配合）\n10 4.明确建设标准。制定建设导则。（市住建局负责）\n5.完善衔接机制。纳入详细规划。（市规划局负责）\n")
    assert _tasks_read(text) == [
        (1, "编制专项规划", [("市自然和规划局", "lead"), ("市民政局", "support")]),
        (2, "开展摸底评估", [("市民政局", "responsible")]),
        (3, "统筹存量空间", [("市机关事务局", "lead"), ("市国资委", "support")]),
        (4, "明确建设标准", [("市住建局", "responsible")]),
        (5, "完善衔接机制", [("市规划局", "responsible")])]
    assert _margin_notes(text) == ["line numbers printed in the left margin (every few lines) taken off 2 lines "
                                   "between lines 5 and 10"]


@pytest.mark.parametrize("text, numbers", [
    # a plan numbering its own tasks `1 ` `2 ` …: its numbers, not a margin's (they start below the title)
    ("某县供水保障工作方案\n一、重点任务\n1 完善供水设施。新建管网。（县水利局负责）\n2 加强水质检测。按季检测。（县卫健局负责）\n"
    "3 健全管护机制。落实经费。（县财政局负责）\n4 推进城乡一体。扩大覆盖。（县住建局负责）\n5 强化应急保障。完善预案。（县应急局负责）\n",
    [1, 2, 3, 4, 5]),
    # a table's rows numbered under its 序号 header, their names opening with an outline label
    ("某县重点项目推进表\n序号 项目名称 牵头单位\n1 一、城区管网改造 县水利局\n2 二、乡镇污水处理 县住建局\n3 三、农村公路提升 县交通局\n"
    "4 四、中心学校扩建 县教育局\n5 五、县医院门诊楼 县卫健局\n6 六、文化中心 县文旅局\n", [1, 2, 3, 4, 5, 6]),
    # figures opening wrapped lines
    (("某县工作方案\n一、工作目标\n到2030年，建成服务设施\n100 个以上，覆盖率达到\n40 %。\n二、重点任务\n1.建设设施。（县民政局负责）\n"), [1]),
])
def test_a_texts_own_numbers_at_its_lines_heads_are_no_margin_column(text, numbers):
    """Numbers a text prints itself at its lines' heads stay: no margin note, its tasks numbered as it numbers them."""
    assert _margin_notes(text) == []
    assert [t.number for t in parse_text(text)[0].tasks()] == numbers


@pytest.mark.parametrize("issue", ["2025 年第 8 期", "第8期", "2025年第8期（总第120期）"])
def test_a_gazettes_issue_alone_on_the_first_line_is_no_plans_title(issue):
    """A two-column 公报 copied down the page in rows (plain pdftotext) sets its running head's issue on a line of its
    own, the gazette's name on another (before: the issue became the plan's title)."""
    [plan] = parse_text(f"{issue}\n\n某省人民政府公报\n\n1.加快航道建设。推进某江航道扩能。（县交通运输局负责）\n"
                        "2.推进航道养护。（县水利局负责）\n")
    assert "期" not in plan.title
    assert _units(plan) == [[("县交通运输局", "responsible")], [("县水利局", "responsible")]]


_ROWS_OF_TWO_COLUMNS = ("某县航道建设实施方案\n\n1.拓宽甲江航道。推进甲江航道扩能升\n\n3.打通乙河航道。加强与邻县规划衔\n\n"
                        "级。（牵头单位：县交通运输局；责任单\n\n接。（牵头单位：县发展改革委；责任单\n\n位：县财政局）\n\n"
                        "位：县水利局）\n\n2.疏浚丙湖航道。清淤疏浚。（牵头单\n\n4.整治碍航闸坝。拆除废弃闸坝。（牵\n\n"
                        "位：县水利局；责任单位：县农业农村局）\n\n头单位：县水利局；责任单位：县应急局）\n")


def _columns_warnings(text: str) -> list[str]:
    return [w for plan in parse_text(text) for w in plan.warnings if "two columns" in w]


def test_lines_alternating_between_two_columns_are_warned_of():
    """Plain pdftotext of a two-column page may write its rows: the left column's line, then the right's, each alone
    between blank lines, so a unit label cut at a line's end (（牵头单 / 位：) goes on two lines further down. Which
    column a line is cannot be told safely, so the lines are not reordered; a warning says the units may cross."""
    [warning] = _columns_warnings(_ROWS_OF_TWO_COLUMNS)
    assert "3 unit labels cut at a line's end go on two lines further down, 0 on the next line" in warning


def test_a_column_of_prose_with_labels_cut_at_its_line_ends_is_no_two_columns():
    """One column's annotations cut at a line's end go on on the next line, a page number between them aside."""
    text = ("某县航道建设实施方案\n1.拓宽甲江航道。推进甲江航道扩能升级。（牵头单\n位：县交通运输局；责任单\n位：县财政局）\n"
            "2.疏浚丙湖航道。清淤疏浚。（牵头单\n— 2 —\n位：县水利局；责任单位：县农业农村局）\n"
            "3.整治碍航闸坝。拆除废弃闸坝。（牵\n头单位：县水利局；责任单位：县应急局）\n")
    assert _columns_warnings(text) == []
    assert [[(a.name, a.role) for a in t.assignments] for t in parse_text(text)[0].tasks()] == [
        [("县交通运输局", "lead"), ("县财政局", "responsible")], [("县水利局", "lead"), ("县农业农村局", "responsible")],
        [("县水利局", "lead"), ("县应急局", "responsible")]]


@pytest.mark.parametrize("years", ["（2021—2030年）", ""])
def test_a_notice_title_broken_after_the_plan_it_divides_is_the_notices_title_not_a_plan(years):
    """关于印发某县…发展规划（2021—2030年） / 主要目标和策略措施分工方案的通知: the first half ends in a plan's kind and
    reads as a whole title, and the notice's own 一、 二、 requirements as its outline; the two lines are the notice's
    title, and the plan is the 分工方案 printed after the signature (before: an empty plan titled by the first half)."""
    from generator.source.corpus import parse_text

    plans = parse_text(
        "某县人民政府办公室\n"
        f"关于印发某县青少年发展规划{years}\n"
        "主要目标和策略措施分工方案的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        f"现将《某县青少年发展规划{years}主要目标和策略措施分工方案》印发给你们，并提出如下要求。\n"
        "一、提高思想认识。各地各部门要统筹推进。\n"
        "二、加强监测评估。各牵头单位于每年11月底前将完成情况报送县青工委办。\n"
        "某县人民政府办公室\n"
        "2022年6月15日\n"
        f"某县青少年发展规划{years}\n"
        "主要目标和策略措施分工方案\n"
        "一、青少年与健康\n"
        "1.改善青少年营养状况。推广营养餐。（牵头单位：县卫健局；责任单位：县教育局、团县委）\n")
    assert [p.title for p in plans] == [f"某县青少年发展规划{years}主要目标和策略措施分工方案"]
    assert [[(a.name, a.role) for a in t.assignments] for t in plans[0].tasks()] == [
        [("县卫健局", "lead"), ("县教育局", "responsible"), ("团县委", "responsible")]]


@pytest.mark.parametrize("below", ["转发市政府关于项目包联的通知", "\n县甲局关于印发实施意见的通知"],
                         ids=["passed-on", "own-title"])
def test_a_plans_own_title_opening_guanyu_is_no_notice_titles_first_half(below):
    """关于建立健全…的实施办法 / 转发…的通知, 关于加强…的实施意见 / 县甲局关于印发实施意见的通知: a plan's own title opening
    关于 issues nothing, and a line naming its own subject or passing on a document is a title of its own; neither
    closes a notice's title broken by hand, so the plan keeps its whole title (review AL: the note was glued on, or the
    title cut to 实施意见)."""
    from generator.source.corpus import parse_text

    title = "关于建立健全县级领导包联重点项目制度的实施办法"
    (plan,) = parse_text(f"{title}\n{below}\n一、包联范围\n1.确定年度包联项目。（责任单位：县发改局）\n"
                         "2.建立包联台账。（责任单位：县统计局）\n")
    assert plan.title == title
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县发改局", "responsible")], [("县统计局", "responsible")]]
