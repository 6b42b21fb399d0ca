"""Property-based tests: whatever the text, reading and parsing raise nothing but PlansiteError, and nothing is lost.

Inputs start from real seed plan text and from small plan skeletons, then are
mutated: characters, brackets (balanced or not), numbering labels, blank lines,
CR/LF, NUL, U+3000 and random CJK inserted, deleted or duplicated; lines swapped or moved. Bytes go
through `read_file` from a real file, in several encodings, sometimes with
raw bytes spliced in. Every plan that parses must pass the nothing-lost rule
(`lost_text` returns None). derandomize=True keeps CI repeatable.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.commands.check import lost_text
from generator.errors import PlansiteError
from generator.model import to_dict
from generator.parse import parse_plan
from generator.source.corpus import parse_text
from generator.source.read import decode, normalise, read_file, split_page

SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "000_1f896dcc82d4bd9a.txt"

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, print_blob=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def _seed_texts() -> list[str]:
    # the seed is part of the repository (tests/fixtures/seed): a missing file is an error, never fewer examples
    return ["\n".join(pt.lines) for pt in read_file(SEED)]


SEED_TEXTS = _seed_texts()
assert SEED_TEXTS, f"{SEED} holds no plan"

SKELETONS = [
    # two levels, 1. tasks, three annotation styles
    "某市2024年安全生产工作要点\n\n一、总体要求\n\n1.压实责任。落实全员安全生产责任制(责任单位:市应急局)。\n"
    "2.加强监管(牵头责任单位:市公安局,协同责任单位:市应急局、市交通运输局)。\n\n"
    "二、重点任务\n\n3.开展专项整治(市应急局牵头,市自然资源局配合,各县(市、区)落实)。\n\n各地要抓好落实。\n",
    # three levels: 一、 -> (一) -> 1.
    "某县2024年安全生产工作方案\n一、工作目标\n坚决遏制重特大事故。\n二、主要任务\n(一)健全责任体系\n"
    "1.落实属地责任。〔县安委办牵头,有关部门分工负责,各乡镇(街道)落实〕\n2.落实部门责任(县应急局会同县公安局等有关部门负责)。\n"
    "(二)强化专项整治\n3.燃气安全(县住房城乡建设局、县市场监管局分工负责)。\n三、保障措施\n加强组织领导。\n",
    # labelled lines under a task, (1) items
    "某区2024年安全生产任务分工\n一、加强危险化学品安全\n(1)严格危险化学品审批\n牵头单位:区应急局\n配合单位:区公安分局、区消防救援大队\n"
    "完成时限:2024年6月底前\n(2)开展隐患排查\n责任单位:各街道办事处\n",
    # tasks without sections, 、 labels, a non-annotation bracket
    "某镇2024年安全生产工作计划\n1、加强消防安全(含气瓶)管理,落实xx委办〔2020〕158号文件。\n2、开展隐患排查(镇安办负责)。\n",
    # a plan source with front matter
    "---\nid: skel-5\ntitle: 某市2024年工作要点\nyear: 2024\n---\n某市2024年工作要点\n一、总体要求\n1.做好工作(责任单位:市应急局)。\n",
    # a page holding two plans between chrome lines
    "首页 > 政务公开\n某市2024年安全生产工作要点\n一、总体要求\n1.压实责任(责任单位:市应急局)。\n"
    "某县2024年安全生产实施方案\n一、重点任务\n1.加强监管(县应急局牵头)。\n上一篇:无\n版权所有\n",
]

PIECES = [
    "(", ")", "（", "）", "〔", "〕", "【", "】", "〈", "〉", "[", "]", "［", "］", "｛", "｝", "《", "》",
    "一、", "二、", "十一、", "(一)", "（二）", "1.", "2、", "3．", "12.", "(1)", "（2）", "①", "⑳", "0.", "999.",
    "\n", "\n\n", "\r", "\r\n", "\x00", "\u3000", "\t", "\u00a0", "\u2002", "\ufeff", "\u200b", "\u2028", "\x85",
    "\x1c", "\x0b", "\x0c", " ",
    "责任单位:", "牵头责任单位：", "协同责任单位:", "牵头单位:", "完成时限:", "牵头", "配合", "负责", "落实", "会同",
    "分工负责", "等有关部门", "、", ",", "，", "。", "；", ";", ":", "：", "和", "及",
    "市应急局", "各乡镇(街道)", "各县(市、区)", "有关部门", "市安委会各成员单位",
    "---\n", "---", "id: x\n", "title: [\n", "工作要点", "实施方案", "2024年", "第3页", "上一页 下一页", "版权所有",
    "以下各项工作均需各县(市、区)落实,不再列出", "6月30日前", "每季度",
]

cjk = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12)
payload = st.one_of(st.sampled_from(PIECES), cjk, st.text(max_size=4),
                    st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join))
mutation = st.tuples(st.sampled_from(["insert", "delete", "duplicate", "replace", "swap lines", "move line"]),
                     st.integers(0, 10**6), st.integers(0, 60), payload)


@st.composite
def base_text(draw) -> str:
    sources = ["skeleton", "seed slice", "seed whole"]
    kind = draw(st.sampled_from(sources), label="base")
    if kind == "skeleton":
        return draw(st.sampled_from(SKELETONS), label="skeleton")
    if kind == "seed whole":
        return draw(st.sampled_from(SEED_TEXTS), label="seed plan")
    text = draw(st.sampled_from(SEED_TEXTS), label="seed plan")
    lines = text.split("\n")
    start = draw(st.integers(0, len(lines) - 1), label="from line")
    count = draw(st.integers(1, 25), label="lines")
    title = lines[0]  # keep the title so the slice still reads as a plan
    return "\n".join([title] + lines[start:start + count])


def mutate(text: str, mutations: list[tuple[str, int, int, str]]) -> str:
    for op, at, length, piece in mutations:
        at = at % (len(text) + 1)
        if op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + length:]
        elif op == "duplicate":
            text = text[:at] + text[at:at + length] * 2 + text[at + length:]
        elif op in ("swap lines", "move line"):  # the outline out of order: a task before its heading ...
            lines = text.split("\n")
            i, j = at % len(lines), (at + length) % len(lines)
            if op == "swap lines":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines.insert(j, lines.pop(i))
            text = "\n".join(lines)
        else:
            text = text[:at] + piece + text[at + length:]
    return text


@st.composite
def mutated_text(draw) -> str:
    return mutate(draw(base_text()), draw(st.lists(mutation, max_size=8), label="mutations"))


random_text = st.text(
    st.one_of(st.sampled_from([p for p in PIECES if len(p) == 1]), st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
              st.characters()),
    max_size=400,
) | st.lists(st.one_of(st.sampled_from(PIECES), cjk), max_size=80).map("".join)


def assert_parsed_plans_lose_nothing(text: str, source: str = "<text>") -> None:
    """split_page + parse_plan (what parse_text does): only PlansiteError; every plan loses nothing."""
    try:
        pts = split_page(normalise(text), source)
    except PlansiteError:
        return
    for pt in pts:
        plan = parse_plan(pt)
        lost = lost_text(pt, plan)
        assert lost is None, lost
        json.dumps(to_dict(plan), ensure_ascii=False)  # the model is plain data


def assert_parse_text_raises_only_plansite_error(text: str) -> None:
    try:
        plans = parse_text(text, source="<text>")
    except PlansiteError as e:
        assert e.message
        return
    for plan in plans:
        for task in plan.tasks():
            for note in task.annotations:
                # a span of the task's text, or (model.Annotation) a heading's annotation covering the task, zero-width
                # at the end of its text
                assert 0 <= note.start < note.end <= len(task.text) or note.start == note.end == len(task.text)
        assert len({t.id for t in plan.tasks()}) == len(plan.tasks()), "task anchors must be unique"


# --- text ------------------------------------------------------------------------------

@SETTINGS
@given(mutated_text())
def test_mutated_plan_text_parses_or_raises_plansite_error(text):
    assert_parse_text_raises_only_plansite_error(text)


@SETTINGS
@given(mutated_text())
def test_mutated_plan_text_loses_nothing(text):
    assert_parsed_plans_lose_nothing(text)


@SETTINGS
@given(random_text)
def test_random_text_parses_or_raises_plansite_error_and_loses_nothing(text):
    assert_parse_text_raises_only_plansite_error(text)
    assert_parsed_plans_lose_nothing(text)


# --- bytes through a real file ---------------------------------------------------------

ENCODE = {
    "utf-8": lambda s: s.encode("utf-8", "surrogatepass"),
    "utf-8-sig": lambda s: s.encode("utf-8-sig", "surrogatepass"),
    "gb18030": lambda s: s.encode("gb18030", "replace"),
    "utf-16": lambda s: s.encode("utf-16", "surrogatepass"),
    "utf-16-le": lambda s: s.encode("utf-16-le", "surrogatepass"),
}
byte_splice = st.tuples(st.integers(0, 10**6), st.integers(0, 8), st.binary(max_size=8))


@SETTINGS
@given(text=mutated_text(), encoding=st.sampled_from(list(ENCODE)), suffix=st.sampled_from([".md", ".txt"]),
       splices=st.lists(byte_splice, max_size=3))
def test_mutated_bytes_read_from_a_file_raise_only_plansite_error_and_lose_nothing(
        tmp_path, text, encoding, suffix, splices):
    data = ENCODE[encoding](text)
    for at, cut, raw in splices:
        at = at % (len(data) + 1)
        data = data[:at] + raw + data[at + cut:]
    path = tmp_path / f"plan{suffix}"
    path.write_bytes(data)
    try:
        pts = read_file(path)
    except PlansiteError as e:
        assert e.path == str(path), "the error must name the file"
        assert "\n" not in str(e), "the error must fit on one line"
        return
    source_lines = normalise(decode(data, str(path))).split("\n")
    for pt in pts:
        plan = parse_plan(pt)
        assert lost_text(pt, plan) is None, lost_text(pt, plan)
        assert_locations_are_right(plan, str(path), source_lines)


def assert_locations_are_right(plan, path: str, source_lines: list[str]) -> None:
    """Every warning names the file and a line of it; every task's line is the line its label is on."""
    for warning in plan.warnings:
        m = re.match(rf"{re.escape(path)}:(\d+): ", warning)
        assert m, f"warning without file and line: {warning}"
        assert 1 <= int(m.group(1)) <= len(source_lines), warning
    for task in plan.tasks():
        assert 1 <= task.line <= len(source_lines), (task.label, task.line)
        assert source_lines[task.line - 1].strip().startswith(task.label), (
            f"task {task.label} is said to be on line {task.line}: {source_lines[task.line - 1][:40]!r}")
    for section in plan.sections:
        if section.label:
            assert source_lines[section.line - 1].strip().startswith(section.label), (section.label, section.line)


@SETTINGS
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_only_plansite_error(tmp_path, data):
    path = tmp_path / "plan.md"
    path.write_bytes(data)
    try:
        pts = read_file(path)
    except PlansiteError as e:
        assert e.path == str(path)
        return
    for pt in pts:
        plan = parse_plan(pt)
        assert lost_text(pt, plan) is None


def _model(path: Path):
    try:
        plans = [parse_plan(pt) for pt in read_file(path)]
    except PlansiteError:
        return "refused"  # the wording may differ (an empty file, a file holding only a BOM): refused is refused
    out = []
    for plan in plans:
        d = to_dict(plan)
        d["warnings"] = [w.replace(str(path), "<file>") for w in d["warnings"]]
        d.pop("source")
        out.append(d)
    return out


def _same_model_after_encoding(tmp_path: Path, text: str, encode, newline: str) -> None:
    assume("\x00" not in text and "\r" not in text)
    try:
        encoded = encode(text.replace("\n", newline))
    except UnicodeEncodeError:
        assume(False)
    # one file name in two folders: a text with no title line is titled by its file's name
    ref, other = tmp_path / "ref" / "plan.md", tmp_path / "other" / "plan.md"
    for path in (ref, other):
        path.parent.mkdir(exist_ok=True)
    ref.write_bytes(text.encode("utf-8"))
    other.write_bytes(encoded)
    assert _model(other) == _model(ref)


WITH_BOM = {
    "utf-8-sig": lambda s: s.encode("utf-8-sig"),
    "utf-16": lambda s: s.encode("utf-16"),
    "utf-16-be with BOM": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
}
WITHOUT_BOM = {
    "gb18030": lambda s: s.encode("gb18030"),
    "utf-16-le": lambda s: s.encode("utf-16-le"),
    "utf-16-be": lambda s: s.encode("utf-16-be"),
}


@SETTINGS
@given(text=mutated_text(), encoding=st.sampled_from(list(WITH_BOM)), newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_a_bom_and_line_ends_do_not_change_the_model(tmp_path, text, encoding, newline):
    """Any text with a byte-order mark, any line ends: the same model as its UTF-8 form."""
    _same_model_after_encoding(tmp_path, text, WITH_BOM[encoding], newline)


@st.composite
def seed_like_text(draw) -> str:
    """Seed text of ten lines or more, mutated: what a real plan file holds."""
    text = draw(st.sampled_from(SEED_TEXTS), label="seed plan")
    lines = text.split("\n")
    start = draw(st.integers(0, max(0, len(lines) - 10)), label="from line")
    count = draw(st.integers(10, len(lines)), label="lines")
    base = "\n".join([lines[0]] + lines[start:start + count])
    return mutate(base, draw(st.lists(mutation, max_size=8), label="mutations"))


@SETTINGS
@given(data=st.data(), encoding=st.sampled_from(list(WITHOUT_BOM)), newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_real_plan_text_without_a_bom_reads_the_same_in_every_encoding(tmp_path, data, encoding, newline):
    """Without a BOM the encoding is guessed; for text the size and shape of a real plan the guess is right."""
    _same_model_after_encoding(tmp_path, data.draw(seed_like_text()), WITHOUT_BOM[encoding], newline)


# --- front matter ----------------------------------------------------------------------

YAML_VALUES = ["2024", "'2024'", "二〇二四", "2024-03-01", "[2024]", "{a: 1}", "null", "~", "0", "-5", "1e9", "true",
               "某市2024年工作要点", "'2024-xx'", "|\n  多行\n  文本", "[a, b]", "''", "x" * 80, "2024.5"]
front_matter = st.dictionaries(st.sampled_from(["id", "title", "year", "issuer", "url", "source", "published", "tags"]),
                               st.sampled_from(YAML_VALUES), max_size=6)


@SETTINGS
@given(fm=front_matter, body=mutated_text())
def test_any_front_matter_raises_only_plansite_error_and_the_model_is_json(tmp_path, fm, body):
    """Whatever the front matter holds, a plan source is read or refused with a PlansiteError naming the file;
    a plan that is read loses nothing and its model is plain JSON data (`plansite parse --json`)."""
    path = tmp_path / "plan.md"
    path.write_text("---\n" + "".join(f"{k}: {v}\n" for k, v in fm.items()) + "---\n" + body, encoding="utf-8")
    try:
        plans = [(pt, parse_plan(pt)) for pt in read_file(path)]
    except PlansiteError as e:
        assert e.path == str(path)
        return
    for pt, plan in plans:
        assert lost_text(pt, plan) is None
        json.dumps(to_dict(plan), ensure_ascii=False)


# --- well-formed generated plans -------------------------------------------------------

CN = "一二三四五六七八九十"
UNITS = ["市应急局", "市公安局", "市交通运输局", "市住房城乡建设局", "市市场监管局", "市消防救援支队", "市教育局"]
SENTENCES = ["加强危险化学品安全管理", "开展燃气安全专项整治", "强化消防安全监管", "推进隐患排查治理", "完善安全监管机制"]
PARAGRAPHS = ["各部门要加强协作,形成工作合力。", "要坚持问题导向,强化责任落实。", "以上工作要结合实际抓好推进。"]
# not 保障措施: its items naming no unit are the section's text, not tasks (test_outline.py, safeguard sections)
HEADINGS = ["总体要求", "重点任务", "组织领导体系", "健全责任体系", "强化专项整治"]


def annotation(style: str, units: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """An annotation in one of the seed's styles, and the (name, role) pairs DESIGN.md says it holds."""
    first, rest = units[0], units[1:]
    if style == "label":
        return f"(责任单位:{'、'.join(units)})", [(u, "responsible") for u in units]
    if style == "lead label":
        note = f"(牵头责任单位:{first}" + (f",协同责任单位:{'、'.join(rest)})" if rest else ")")
        return note, [(first, "lead")] + [(u, "support") for u in rest]
    if style == "verbs":
        note = f"({first}牵头" + (f",{'、'.join(rest)}配合)" if rest else ")")
        return note, [(first, "lead")] + [(u, "support") for u in rest]
    if style == "tortoise":
        note = f"〔{first}牵头" + (f",{'、'.join(rest)}分工负责〕" if rest else "〕")
        return note, [(first, "lead")] + [(u, "responsible") for u in rest]
    return "", []


task_spec = st.tuples(
    st.sampled_from(SENTENCES), st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
    st.sampled_from(["label", "lead label", "verbs", "tortoise", "none"]),
    st.booleans(),  # the source broke the task's line mid-sentence
    st.booleans(),  # an unnumbered paragraph follows the task (not the last of its group)
)
paragraph = st.none() | st.sampled_from(PARAGRAPHS)
group_spec = st.tuples(st.sampled_from(HEADINGS), paragraph, st.lists(task_spec, min_size=1, max_size=4), paragraph)
section_spec = st.tuples(st.sampled_from(HEADINGS), paragraph,
                         st.lists(group_spec, min_size=1, max_size=3), paragraph)


@st.composite
def generated_plan(draw):
    """A plan in the commonest house styles (一、 -> 1., or 一、 -> (一) -> 1.), with paragraphs where plans
    put them: a preamble, section intros, group intros, paragraphs after tasks and groups, a closing;
    and what it holds: (number, title, [(name, role)]) per task."""
    three_levels = draw(st.booleans(), label="three levels")
    sections = draw(st.lists(section_spec, min_size=1, max_size=4), label="outline")
    lines = ["某市2024年安全生产工作要点"]
    lines += draw(st.lists(st.sampled_from(PARAGRAPHS), max_size=2), label="preamble")
    expected, n = [], 0
    for s, (heading, intro, groups, closing) in enumerate(sections):
        lines.append(f"{CN[s]}、{heading}")
        if intro:
            lines.append(intro)
        if not three_levels:  # two levels: the groups' tasks, one after another
            groups = [("", None, [t for g in groups for t in g[2]], None)]
        for g, (group_heading, group_intro, tasks, group_closing) in enumerate(groups):
            if three_levels:
                lines.append(f"({CN[g]}){group_heading}")
                if group_intro:
                    lines.append(group_intro)
            for k, (title, body, units, style, broken, after) in enumerate(tasks):
                n += 1
                note, pairs = annotation(style, units)
                text = f"{title}。{body}{note}。"
                if broken:
                    text = text[: len(title) + 3] + "\n" + text[len(title) + 3 :]
                lines.append(f"{n}.{text}")
                if after and k < len(tasks) - 1:
                    lines.append(draw(st.sampled_from(PARAGRAPHS)))
                expected.append((n, title, pairs))
            if group_closing:
                lines.append(group_closing)
        if closing:
            lines.append(closing)
    lines += draw(st.lists(st.sampled_from(PARAGRAPHS), max_size=2), label="closing")
    blank = draw(st.sampled_from(["\n", "\n\n"]), label="line end")
    return blank.join(lines) + "\n", expected


@SETTINGS
@given(generated_plan())
def test_generated_plans_parse_to_what_was_written_and_lose_nothing(tmp_path, plan_and_expected):
    text, expected = plan_and_expected
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    (pt,) = read_file(path)
    plan = parse_plan(pt)
    assert lost_text(pt, plan) is None
    got = [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()]
    assert got == expected
    assert plan.warnings == []
    assert_locations_are_right(plan, str(path), text.split("\n"))


# --- regressions: minimal examples hypothesis found, kept as plain tests ----------------

def test_a_paragraph_closing_one_group_keeps_its_place_before_the_next_group():
    """Found by test_mutated_bytes_read_from_a_file_...: text after the last task of a (一) group, before (二),
    is stored as the section's closing, which the model puts after (二) and its tasks."""
    text = (
        "某县2024年安全生产工作方案\n"
        "一、主要任务\n"
        "(一)健全责任体系\n"
        "1.落实属地责任(县安委办负责)。\n"
        "2.落实部门责任(县应急局负责)。\n"
        "各部门要加强协作。\n"  # line 6
        "(二)强化专项整治\n"
        "3.燃气安全(县住房城乡建设局负责)。\n"
    )
    (pt,) = split_page(normalise(text), "x.txt")
    plan = parse_plan(pt)
    assert lost_text(pt, plan) is None


def test_a_front_matter_year_in_chinese_numerals_raises_only_plansite_error(tmp_path):
    """Found by fuzzing the bytes path: `year: 《2024` (and `year: 二〇二四`) crash parse_plan with ValueError."""
    for year in ["《2024", "二〇二四", "[2024]"]:
        path = tmp_path / "plan.md"
        path.write_text(f"---\nid: p\nyear: {year}\n---\n某市2024年工作要点\n一、总体要求\n1.做好工作(责任单位:市应急局)。\n",
                        encoding="utf-8")
        try:
            [parse_plan(pt) for pt in read_file(path)]
        except PlansiteError as e:
            assert (e.path, e.line) == (str(path), 3)


def test_whether_a_file_is_text_does_not_depend_on_its_line_ends(tmp_path):
    """Found by test_a_bom_and_line_ends_do_not_change_the_model (non-derandomized run): the binary guess counts
    the CRs of CRLF as text characters, so the same text is refused with LF line ends and read with CRLF."""
    text = "\x1b\x1b局牵头)。\n上一篇:无\n版权所有\n"
    outcomes = set()
    for newline in ["\n", "\r\n", "\r"]:
        path = tmp_path / "plan.md"
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
        try:
            read_file(path)
            outcomes.add("read")
        except PlansiteError:
            outcomes.add("refused")
    assert len(outcomes) == 1, outcomes


# --- hostile plans, registries and documents (issue 14) ---------------------------------------
#
# Fragments from the cases that once crashed a build, hung it or leaked into the site: runs that made a
# scan quadratic, brackets a thousand deep, bidirectional controls, cells that start like a formula,
# front matter nested deep or full of aliases, ids that are too long or taken by a page of the site.

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
HOSTILE_FRAGMENTS = {
    "spaces in a bracket": lambda n: "(责任单位:" + " " * n + "市应急局)",
    "mismatched brackets": lambda n: "（" * n + "市应急局" + "】" * n,
    "和 run": lambda n: "(责任单位:" + "和" * n + ")",
    "units joined by 和": lambda n: "(" + "市应急局和" * n + "市公安局)",
    "trailing brackets on a unit": lambda n: "(责任单位:市应急局" + "（）" * n + ")",
    "bidi controls": lambda n: BIDI * (1 + n // 50),
    "formula start": lambda n: '\n=HYPERLINK("http://x")' + "+-@"[n % 3] + "市应急局",
    "short lines": lambda n: "\n工作\n任务" * (1 + n // 10),
    "indent": lambda n: "\n" + " " * n,
    "持续 clauses": lambda n: "，持续" * (1 + n // 5),
}
HOSTILE_FRONT_MATTER = [
    "id: " + "a" * 200, "id: index", "id: sector-x", "title: " + "[" * 500 + "]" * 500,
    "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c]",
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "\n".join(
        f"{k}: &{k} [" + ", ".join([f"*{p}"] * 10) + "]" for p, k in zip("abcdef", "bcdefg")),
    "a: &a [*a]", "title: 某市\u202e2024年工作要点",
]


@st.composite
def hostile_plan(draw) -> str:
    """A plan skeleton with hostile fragments put into its text, perhaps behind hostile front matter."""
    text = draw(st.sampled_from(SKELETONS[:4]))
    for _ in range(draw(st.integers(1, 3))):
        fragment = HOSTILE_FRAGMENTS[draw(st.sampled_from(sorted(HOSTILE_FRAGMENTS)))](draw(st.integers(0, 1500)))
        at = draw(st.integers(0, len(text)))
        text = text[:at] + fragment + text[at:]
    if draw(st.booleans()):
        text = "---\n" + draw(st.sampled_from(HOSTILE_FRONT_MATTER)) + "\n---\n" + text
    return text


@SETTINGS
@given(text=hostile_plan())
def test_hostile_plan_text_raises_only_plansite_error_and_publishes_no_bidi_control(tmp_path, text):
    path = tmp_path / "hostile.md"
    path.write_text(text, encoding="utf-8")
    try:
        plans = [(pt, parse_plan(pt)) for pt in read_file(path)]
    except PlansiteError as e:
        assert e.path == str(path) and "\n" not in e.message
        return
    for pt, plan in plans:
        assert lost_text(pt, plan) is None
        model = json.dumps(to_dict(plan), ensure_ascii=False)
        assert not any(ch in model for ch in BIDI)
        assert len(plan.id) <= 80


def _files_outside(root: Path, docs: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and docs not in p.parents}


BUILD_SETTINGS = settings(SETTINGS, max_examples=8)
GOOD_PLAN = Path(__file__).resolve().parent.parent / "content" / "plans" / "2024-saqscwyh-gzyd-1.md"
REGISTRIES = Path(__file__).resolve().parent.parent / "content"


@BUILD_SETTINGS
@given(plans=st.lists(hostile_plan(), min_size=1, max_size=3), registry_tail=st.sampled_from([
    "", "- id: deep\n  name: " + "[" * 600 + "]" * 600 + "\n  kind: department\n",
    "- id: bidi\n  name: 市\u202e测试局\n  kind: department\n",
]))
def test_a_build_with_hostile_plans_publishes_the_others_and_writes_only_docs(tmp_path_factory, plans, registry_tail):
    import shutil

    from generator.commands.build import build
    from generator.commands.check import check

    root = tmp_path_factory.mktemp("hostile")
    content, docs = root / "content", root / "docs"
    (content / "plans").mkdir(parents=True)
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(REGISTRIES / name, content / name)
    (content / "departments.yml").write_text((content / "departments.yml").read_text(encoding="utf-8") + registry_tail,
                                             encoding="utf-8")
    shutil.copy(GOOD_PLAN, content / "plans")
    for n, text in enumerate(plans):
        (content / "plans" / f"hostile-{n}.md").write_text(text, encoding="utf-8")
    before = _files_outside(root, docs)
    report = build(content, docs)
    checked = check(content)
    if report.stopped:  # only a broken registry stops the build: it names the registry, as check does
        assert "deep" in registry_tail and any("departments.yml" in e for e in report.errors)
        assert not docs.exists() or not any(docs.rglob("*.md"))  # nothing written
        assert sorted(report.errors) == sorted(e.replace(str(content), "content") for e in checked.errors)
        assert _files_outside(root, docs) == before
        return
    assert _files_outside(root, docs) == before  # nothing written outside docs/
    assert (docs / "plans" / GOOD_PLAN.name).is_file()  # the good plan is published whatever the others hold
    assert all(re.search(r"hostile-\d\.md", e) for e in report.errors), report.errors
    # the build and check report the same errors in the same words (the build shows paths from the repository)
    assert sorted(report.errors) == sorted(e.replace(str(content), "content") for e in checked.errors)
    for page in docs.rglob("*.md"):
        assert not any(ch in page.read_text(encoding="utf-8") for ch in BIDI), page


@BUILD_SETTINGS
@given(plans=st.lists(hostile_plan(), min_size=1, max_size=3))
def test_importing_hostile_pages_twice_changes_nothing_and_ids_stay_distinct(tmp_path_factory, plans):
    from generator.commands.importer import import_file

    root = tmp_path_factory.mktemp("import")
    page = root / "page.txt"
    page.write_text("\n".join(p.split("---\n")[-1] for p in plans), encoding="utf-8")
    into = root / "plans"
    try:
        first = import_file(page, into)
    except PlansiteError as e:
        assert e.path == str(page)
        return
    assert len({d.path for d in first}) == len(first)  # no two plans share a file
    assert all(len(d.path.name.encode()) <= 255 for d in first)
    second = import_file(page, into)
    assert [d.status for d in second] == ["unchanged"] * len(first)
    assert {p.parent for p in root.rglob("*") if p.is_file()} <= {root, into}
