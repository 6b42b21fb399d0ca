"""A 任务清单 set as cards (公众号 / 小程序 copies): `任务 N` alone over the card's field lines, emoji before the labels,
bare 落实： and 时间： lines among the unit labels."""
from __future__ import annotations

import pytest

from fixture_plans import I, L, R, S, one_plan
from fixture_plans import units_of as _units


def _one(text: str):
    return one_plan(text, "cards.txt")


@pytest.mark.parametrize("gap", [" ", ""])
def test_card_numbers_alone_on_their_lines_number_the_tasks(gap):
    """任务 1 / 任务1 alone on its line over 具体内容： and unit label lines is the task's number; before, the cards ran
    together as unnumbered paragraphs cut at the wrong lines (任务1 with no space an action heading with no measure)."""
    plan = _one(
        "某镇市场整治任务清单\n"
        f"任务{gap}1\n"
        "具体内容：检查甲景区服务质量，督促落实明码标价。\n"
        "牵头：镇甲办\n"
        "配合：镇乙所、镇丙所\n"
        "——————\n"
        f"任务{gap}2\n"
        "具体内容：检查网吧和歌舞娱乐场所。\n"
        "牵头：镇丁站\n")
    assert [(t.number, t.label, _units(t)) for t in plan.tasks()] == [
        (1, f"任务{gap}1", [("镇甲办", L), ("镇乙所", S), ("镇丙所", S)]),
        (2, f"任务{gap}2", [("镇丁站", L)])]


def test_cards_with_emoji_before_their_labels_are_tasks():
    """👤牵头： / 🤝配合： under 任务 N: the emoji are the copy's dress, the cards are tasks (before: no task at all)."""
    plan = _one(
        "某镇安全保障任务清单\n"
        "▶\n"
        "任务 1\n"
        "📍具体内容：排查景区游乐设施，建立隐患清单。\n"
        "👤牵头：镇甲办\n"
        "🤝配合：镇乙站\n"
        "——————\n"
        "▶\n"
        "任务 2\n"
        "📍具体内容：疏导节假日景区周边交通。\n"
        "👤牵头：镇丙办\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("镇甲办", L), ("镇乙站", S)]), (2, [("镇丙办", L)])]


def test_a_card_word_opening_a_sentence_or_a_lone_card_numbers_nothing():
    """任务 1 alone once, or a card number over no label line, is the text it was."""
    plan = _one(
        "某镇工作方案\n"
        "一、重点工作\n"
        "1.开展景区检查。（镇甲办牵头）\n"
        "任务 1\n"
        "2.开展网吧检查。（镇乙站牵头）\n")
    assert [(t.number, t.label) for t in plan.tasks()] == [(1, "1."), (2, "2.")]


def test_a_bare_implement_label_line_under_the_unit_label_lines_names_the_implementers():
    """落实：Z on a line of its own under 牵头：/ 配合： lines is a label of the block (before: no implement unit; as the
    section's last line it was the closing words, and a 等 closing it ran the next field line into it)."""
    plan = _one(
        "某镇任务清单\n"
        "1.\n"
        "具体内容：摸排民宿底数，建立管理台账。\n"
        "牵头：镇甲队\n"
        "配合：镇乙办\n"
        "落实：各村（社区）\n"
        "2.\n"
        "具体内容：规范景区收费。\n"
        "牵头：镇丙办\n"
        "🏠落实：甲村、乙村等\n"
        "⏰时间：5月底前\n"
        "3.\n"
        "具体内容：检查网吧。\n"
        "牵头：镇丁站\n"
        "落实：甲村、乙社区\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("镇甲队", L), ("镇乙办", S), ("各村（社区）", I)],
        [("镇丙办", L), ("甲村", I), ("乙村", I)],
        [("镇丁站", L), ("甲村", I), ("乙社区", I)]]


def test_a_bare_implement_word_opening_a_sentence_is_no_label():
    """落实：各乡镇要… opening a line under no unit label line is the task's words."""
    plan = _one(
        "某县工作方案\n"
        "1.加强景区检查。（县甲局牵头）\n"
        "2.规范网吧经营。\n"
        "落实：各乡镇要加强日常巡查。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L)], []]


def test_a_content_field_label_opening_the_task_is_no_word_of_its_title():
    """1. / 📍具体内容：开展… : the card's field label (and its emoji) is furniture, as 牵头： is; the title is the work."""
    plan = _one(
        "某镇任务清单\n"
        "任务 1\n"
        "📍具体内容：开展景区设备安全排查，建立隐患清单。\n"
        "👤牵头：镇甲办\n"
        "——————\n"
        "任务 2\n"
        "主要内容：检查网吧。\n"
        "牵头：镇乙站\n")
    assert [t.title for t in plan.tasks()] == ["开展景区设备安全排查，建立隐患清单", "检查网吧"]


def test_separator_lines_between_cards_are_no_words_of_any_text():
    """A copy's separators between blocks (——————, ┈┈┈┈, a lone ▶ opening the next card) hold no word of the plan: no
    task's or section's text takes them (before, each card's text ended in —————— ▶), and nothing of the text is lost."""
    plan = _one(
        "某镇市场整治任务清单\n一、规范经营秩序\n▶\n"
        "任务 1\n具体内容：检查甲景区服务质量。\n牵头：镇甲办\n——————\n▶\n"
        "任务 2\n具体内容：检查网吧和歌舞娱乐场所。\n牵头：镇丁站\n┈┈┈┈\n")
    [section] = plan.sections
    assert section.intro == ""
    assert [t.text for t in plan.tasks()] == ["具体内容：检查甲景区服务质量。\n牵头：镇甲办",
                                              "具体内容：检查网吧和歌舞娱乐场所。\n牵头：镇丁站"]


def test_topic_cards_number_the_tasks():
    """课题 1 alone on its line over the topic's title and its field lines: the card's number, as 任务 1 is."""
    plan = _one(
        "某市重点调研课题\n"
        "课题 1\n"
        "推进城乡融合发展研究\n"
        "牵头单位：市甲办\n"
        "参与单位：市乙局\n"
        "课题 2\n"
        "深化基层治理研究\n"
        "牵头单位：市丙部\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("市甲办", L), ("市乙局", S)]), (2, [("市丙部", L)])]


def test_compound_card_words_over_bracketed_fields_number_and_name_the_tasks():
    """改革任务1 alone (or glued to its first field) over 【改革任务】X / 【牵头单位】X lines: the card's number, a compound
    of the counted word read as the word; 【改革任务】 names the task; a colon after 】 is no part of the unit's name.
    Before: tasks cut at each 【牵头领导】 titled 牵头领导, units shifted, a unit named ：县甲局."""
    plan = _one(
        "某县重点改革任务清单\n"
        "改革任务1\n"
        "【改革任务】深化甲项改革。建立乙机制。\n"
        "【牵头领导】副县长　张某\n"
        "【牵头单位】：县甲局\n"
        "【责任单位】：县乙局、县丙局\n"
        "改革任务2【改革任务】推进丁项整合。组建平台。\n"
        "【牵头单位】县丁中心\n"
        "【责任单位】县甲局\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "深化甲项改革", [("县甲局", L), ("县乙局", R), ("县丙局", R)]),
        (2, "推进丁项整合", [("县丁中心", L), ("县甲局", R)])]


def test_card_numbers_go_on_after_items_numbered_otherwise():
    """A list numbering one field's tasks （3）（4） between runs of 重点任务N cards: 重点任务5 follows （4）, still a card."""
    plan = _one(
        "某县重点任务清单\n"
        "一、甲领域\n"
        "重点任务1\n【重点任务】开展甲项工作。\n【牵头单位】县甲局\n"
        "重点任务2\n【重点任务】开展乙项工作。\n【牵头单位】县乙局\n"
        "二、乙领域\n"
        "（3）\n【重点任务】开展丙项工作。\n【牵头单位】县丙局\n"
        "（4）\n【重点任务】开展丁项工作。\n【牵头单位】县丁局\n"
        "三、丙领域\n"
        "重点任务5\n【重点任务】开展戊项工作。\n【牵头单位】县戊局\n"
        "重点任务6\n【重点任务】开展己项工作。\n【牵头单位】县己局\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (n, f"开展{c}项工作", [(f"县{c}局", L)]) for n, c in enumerate("甲乙丙丁戊己", 1)]


def test_a_bracketed_name_field_opening_a_numbered_task_is_no_title():
    """（1） / 【任务名称】X: the field's label dressed in 【】 is furniture, X the title (before: the title 任务名称)."""
    plan = _one(
        "某县任务清单\n"
        "（1）\n【任务名称】健全甲机制。开展核算。\n【牵头单位】县甲局\n"
        "（2）\n【项目名称】：建设乙中心\n【牵头单位】县乙局\n")
    assert [t.title for t in plan.tasks()] == ["健全甲机制", "建设乙中心"]
