"""Tests of the registries and the resolve stage, on the seed's real unit names and task texts.

The seed reading (tests/fixtures/seed/seed-reading.json) gives every unit mention of
the seven seed plans; the raw page gives each task's text. The plans are built
here directly from those, so these tests do not depend on the parser.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.errors import PlansiteError
from generator.model import Assignment, Plan, Section, Task
from generator.resolve import Registry, load_registry, normalize, resolve, sectors_for, written_forms

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
SEEDS = ROOT / "tests" / "fixtures" / "seed"
FIXTURES = Path(__file__).parent / "fixtures" / "registry"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(CONTENT)


@pytest.fixture(scope="module")
def reading() -> dict:
    path = SEEDS / "seed-reading.json"
    return json.loads(path.read_text(encoding="utf-8"))


def seed_names(reading: dict) -> set[str]:
    return {a["name"] for p in reading["plans"] for t in p["tasks"] for a in t["assignments"]}


def plans_from_reading(reading: dict, with_text: bool = True) -> list[Plan]:
    """Plan / Section / Task / Assignment objects from the seed reading.

    With `with_text`, each task's text is its line of the raw page from the
    heading sentence on (tasks appear in reading order, so a cursor finds them).
    """
    lines = (SEEDS / reading["source"]).read_text(encoding="utf-8").splitlines()
    cursor, plans = 0, []
    for p in reading["plans"]:
        plan = Plan(id=f"seed-{p['index']}", title=p["title"], source=f"seed-{p['index']}.md")
        sections = {s["number"]: Section(number=s["number"], title=s["title"]) for s in p["sections"]}
        plan.sections = list(sections.values())
        for t in p["tasks"]:
            while t["title"] not in lines[cursor]:
                cursor += 1
            line = lines[cursor]
            task = Task(id=f"task-{t['number']}", number=t["number"], label=f"{t['number']}.",
                        title=t["title"], text=line[line.index(t["title"]):].strip() if with_text else "",
                        line=cursor + 1,
                        assignments=[Assignment(a["name"], a["role"], 0) for a in t["assignments"]])
            sections[t["section"]].tasks.append(task)
        plans.append(plan)
    return plans


# --- units -------------------------------------------------------------------------

def test_the_seed_names_212_units_and_every_one_resolves(registry, reading):
    names = seed_names(reading)
    assert len(names) == 212
    unresolved = sorted(n for n in names if registry.unit_for(n) is None)
    assert unresolved == []


def test_resolve_fills_every_assignment_and_reports_nothing_on_the_seed(registry, reading):
    plans = plans_from_reading(reading)
    assert resolve(plans, registry) == []
    assignments = [a for p in plans for t in p.tasks() for a in t.assignments]
    assert assignments and all(a.unit and a.kind for a in assignments)
    ids = {u.id: u for u in registry.units}
    assert all(ids[a.unit].kind == a.kind for a in assignments)


@pytest.mark.parametrize("forms", [
    ["市应急局", "市应急管理局", "应急管理局", "应急管理部门", "应急局"],
    ["市安委办", "市安委会办公室", "市安办", "安办"],
    ["市住房城乡建设局", "市住建局", "住房和城乡建设局", "住建局"],
    ["市发展改革委", "市发展改革局", "市发改局", "发展和改革局", "市发改委", "发改局", "市发改委(能源局)"],
    ["市文化和旅游局", "文化和旅游局", "市文广旅局", "市文旅局", "市文旅广体局", "文体旅局"],
    ["市消防救援支队", "市消防救援大队", "消防救援大队", "市消防救援总队", "消防救援部门"],
    ["市经济和信息化局", "市工业和信息化局", "工信局", "市工信局"],
    ["市市场监管局", "市场监管局", "市场监督管理局", "市市场管理局"],
    ["市人力资源社会保障局", "人力资源和社会保障局", "市人社局", "人社局"],
    ["市卫健委", "市卫生健康局", "卫生健康局", "卫健局"],
    ["市自然资源和规划局", "市自然资源局", "自然资源局"],
    ["市水利局", "水利局", "市城乡水务局", "水务局"],
    ["市财政局", "财政局", "市财政局(国资委)", "市财政局〈国资办〉", "财政局〈国资办〉"],
    ["市委组织部", "组织部"],
    ["市委党校(行政学院)", "党校"],
    ["市委编办", "编办", "市委编办(市绩效办)"],
    ["市公安局交警支队", "公安局交警大队", "交警大队", "市交警大队"],
    ["市人民检察院", "市检察院"],
    ["市生态环境局", "生态环境局", "市生态环境局xx分局"],
    ["xx银保监分局", "xx银保监分局xx监管组"],
])
def test_written_forms_of_one_function_land_on_one_unit(registry, forms):
    units = {form: registry.unit_for(form) for form in forms}
    assert None not in units.values(), units
    assert len({u.id for u in units.values()}) == 1, {f: u.id for f, u in units.items()}


def test_industry_bureau_is_one_unit_and_the_organisation_department_another(registry):
    gongxin = registry.unit_for("市经济和信息化局")
    assert registry.unit_for("市工业和信息化局") is gongxin
    assert registry.unit_for("工信局") is gongxin
    assert registry.unit_for("市委组织部") is not gongxin
    assert registry.unit_for("市委组织部").kind == "department"


@pytest.mark.parametrize("forms", [
    # every "负有安全(生产)监(督)管(理)职责的..." wording
    ["负有安全生产监管职责的部门", "各负有安全生产监督管理职责的部门", "负有安全监管职责部门",
     "各负有安全监管职责的各有关部门", "市负有安全生产监督管理职责部门", "其他负有安全生产监管职责的部门",
     "各负有安全生产监督管理职责的安委会成员单位", "市安委会各负有安全监管职责成员单位"],
    ["市安委会各成员单位", "市安委会成员单位", "各成员单位", "市安委会其他成员单位", "市安委会有关成员单位",
     "安委会有关成员单位", "市安委会各有关成员单位"],
    ["有关部门", "各有关部门", "相关部门", "各相关部门", "市有关部门", "其他有关部门", "市其他有关部门",
     "有关部门单位", "各有关部门单位", "有关单位"],
    ["行业领域主管部门", "各行业主管部门", "其他有关行业主管部门"],
])
def test_collectives_are_grouped(registry, forms):
    units = {form: registry.unit_for(form) for form in forms}
    assert None not in units.values(), units
    assert {u.kind for u in units.values()} == {"collective"}
    assert len({u.id for u in units.values()}) == 1, {f: u.id for f, u in units.items()}


def test_the_groups_of_collectives_stay_apart(registry):
    ids = {registry.unit_for(n).id for n in ["负有安全监管职责的部门", "市安委会成员单位", "有关部门", "行业主管部门"]}
    assert len(ids) == 4


@pytest.mark.parametrize("name, kind", [
    ("各乡镇(街道)", "locality"), ("各乡镇〈街道〉", "locality"), ("乡镇(街道)", "locality"),
    ("各县(市、区)", "locality"), ("开发区", "locality"), ("各地", "locality"),
    ("xx经济技术开发区管委会", "locality"), ("鲁南高科技化工园区", "locality"),
    ("各有关部门", "collective"), ("市安委会各成员单位", "collective"), ("各专委会", "collective"),
    ("市应急局", "department"), ("市安委会", "department"),
])
def test_kinds(registry, name, kind):
    assert registry.unit_for(name).kind == kind


def test_township_forms_are_one_locality(registry):
    assert registry.unit_for("各乡镇(街道)") is registry.unit_for("各乡镇〈街道〉") is registry.unit_for("乡镇(街道)")
    assert registry.unit_for("各乡镇(街道)") is not registry.unit_for("各县(市、区)")


def test_an_unknown_unit_is_reported_with_plan_and_line(registry):
    task = Task(id="task-1", number=1, label="1.", title="加强火星安全", text="加强火星安全。(市火星探测局负责)",
                line=42, assignments=[Assignment("市火星探测局", "responsible", 0), Assignment("市应急局", "support", 0)])
    plan = Plan(id="p", title="t", source="content/plans/mars.md", sections=[Section("一", "x", tasks=[task])])
    messages = resolve([plan], registry)
    assert messages == ["content/plans/mars.md:42: unit '市火星探测局' resolves to no department; "
                        "add it to content/departments.yml"]
    assert task.assignments[0].unit is None and task.assignments[0].kind is None
    assert task.assignments[1].unit == "yingji" and task.assignments[1].kind == "department"


def test_an_unknown_name_is_reported_once_however_often_written(registry):
    tasks = [Task(id=f"task-{i}", number=i, label=f"{i}.", title="x", text="x", line=i,
                  assignments=[Assignment("市火星探测局", "lead", 0)]) for i in (1, 2)]
    plan = Plan(id="p", title="t", source="mars.md", sections=[Section("一", "x", tasks=tasks)])
    assert resolve([plan], registry) == [
        "mars.md:1: unit '市火星探测局' resolves to no department; add it to content/departments.yml"]


def test_written_forms_lists_what_the_plans_wrote(registry, reading):
    forms = written_forms(plans_from_reading(reading, with_text=False), registry)
    assert {"市应急局", "市应急管理局", "应急管理局", "应急管理部门", "应急局"} <= forms["yingji"]
    assert sum(len(v) for v in forms.values()) == 212


# --- normalize -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("市市场监管局", "市场监管局"),  # the 市 of 市场 is not the level prefix
    ("市市政园林局", "市政园林局"),
    ("市政府办公室", "县政府办公室"),
    ("本市应急管理局", "应急局"),
    ("各乡镇〈街道〉", "各乡镇(街道)"),
    ("市场监督管理局", "市场监管局"),
    ("住房和城乡建设局", "住房城乡建设局"),
    ("消防救援支队", "消防救援大队"),
    ("xx海事局", "海事局"),
    ("市委宣传部", "宣传部"),
    ("市人民检察院", "检察院"),
])
def test_normalize_by_rule(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("a, b", [
    ("市委办公室", "市政府办公室"),
    ("各地", "地"),
    ("各级有关部门", "有关部门"),
    ("市场监管局", "场监管局"),
    ("市邮政管理局", "市邮政公司"),
])
def test_normalize_keeps_apart(a, b):
    assert normalize(a) != normalize(b)


def test_aliases_are_only_what_the_rules_cannot_reach(registry):
    for unit in registry.units:
        keys = [normalize(f) for f in [unit.name, *unit.aliases]]
        redundant = [f for f, k in zip(unit.aliases, keys[1:]) if keys.count(k) > 1]
        assert redundant == [], f"{unit.id}: aliases the rules already catch: {redundant}"


def test_registry_ids_are_ascii_slugs_and_unique(registry):
    for items in (registry.units, registry.sectors):
        ids = [x.id for x in items]
        assert len(ids) == len(set(ids))
        assert all(i.isascii() and i == i.lower() for i in ids)


# --- bad registries --------------------------------------------------------------------

GOOD_SECTORS = "- id: kuangshan\n  name: 矿山\n  kind: sector\n  words: [矿山]\n"
GOOD_UNITS = "- id: yingji\n  name: 市应急管理局\n  kind: department\n"


@pytest.mark.parametrize("fixture, line, says", [
    ("broken-yaml.departments.yml", 7, "not valid YAML"),
    ("duplicate-id.departments.yml", 9, "id 'yingji' is already used on line 2"),
    ("claimed-twice.departments.yml", 10, "'安办' of unit 'yingji' is already claimed by unit 'anweiban'"),
    ("claimed-by-rule.departments.yml", 6, "already claimed by unit 'yingji'"),
    ("non-ascii-id.departments.yml", 6, "not an ASCII slug"),
    ("bad-kind.departments.yml", 5, "kind 'group' is not one of"),
    ("english-description.departments.yml", 5, "must be written in Chinese; put a note for maintainers under 'note:'"),
    ("no-words.sectors.yml", 9, "sector 'ranqi' has no words"),
    ("uppercase-id.sectors.yml", 2, "not an ASCII slug"),
])
def test_a_bad_registry_names_file_line_and_fix(tmp_path, fixture, line, says):
    target = "sectors.yml" if fixture.endswith(".sectors.yml") else "departments.yml"
    (tmp_path / "departments.yml").write_text(GOOD_UNITS, encoding="utf-8")
    (tmp_path / "sectors.yml").write_text(GOOD_SECTORS, encoding="utf-8")
    shutil.copy(FIXTURES / fixture, tmp_path / target)
    with pytest.raises(PlansiteError) as caught:
        load_registry(tmp_path)
    err = caught.value
    assert err.line == line
    assert f"{target}:{line}: " in str(err)
    assert says in str(err)


def test_maintainer_notes_never_reach_the_model_or_a_page(registry, tmp_path):
    """content/departments.yml keeps English notes for maintainers under note:; only Chinese descriptions are public."""
    raw = (CONTENT / "departments.yml").read_text(encoding="utf-8")
    assert "  note: " in raw
    published = [u.description for u in registry.units if u.description]
    assert published and all(re.search(r"[\u4e00-\u9fff]", d) and not re.search(r"[A-Za-z]{3,}", d) for d in published)
    (tmp_path / "departments.yml").write_text(GOOD_UNITS + "  note: The emergency bureau.\n", encoding="utf-8")
    (tmp_path / "sectors.yml").write_text(GOOD_SECTORS, encoding="utf-8")
    assert load_registry(tmp_path).units[0].description == ""


def test_a_missing_registry_file_is_a_plansite_error(tmp_path):
    (tmp_path / "departments.yml").write_text(GOOD_UNITS, encoding="utf-8")
    with pytest.raises(PlansiteError, match="sectors.yml: registry file is missing"):
        load_registry(tmp_path)


# --- sectors -------------------------------------------------------------------------------

def _task(title: str, text: str = "") -> Task:
    return Task(id="task-1", number=1, label="1.", title=title, text=text)


@pytest.mark.parametrize("title, first", [
    ("推进燃气安全排查整治工作", "ranqi"),
    ("加强矿山安全风险防控", "kuangshan"),
    ("加强危险化学品安全风险防控", "weihua"),
    ("强化工贸等行业领域安全专项整治", "gongmao"),  # 强化 + 工贸, not 强 + 化工
    ("加强水上交通安全风险防控", "shuishang"),
    ("强化交通安全专项整治", "daolu"),
    ("加强校园安全整治", "xiaoyuan"),
    ("强化事故调查处理", "shigu"),
])
def test_the_heading_decides_the_first_sector(registry, title, first):
    assert sectors_for(_task(title), registry.sectors)[0] == first


def test_a_sector_named_in_the_heading_comes_before_a_theme(registry):
    assert sectors_for(_task("加强矿山安全风险防控"), registry.sectors)[:2] == ["kuangshan", "fengxian"]


def test_unit_names_do_not_count_as_sector_words(registry):
    # 市教育局 and 市文化和旅游局 are who does it, not what it is about
    task = _task("加强安全生产教育培训", "加强安全生产教育培训。开展培训(责任单位:市教育局、市文化和旅游局)。")
    task.assignments = [Assignment("市教育局", "responsible", 0), Assignment("市文化和旅游局", "responsible", 0)]
    chosen = sectors_for(task, registry.sectors)
    assert "xiaoyuan" not in chosen and "wenlv" not in chosen
    assert chosen[0] == "xuanjiao"


def test_every_seed_task_gets_a_sector_from_its_title(registry, reading):
    plans = plans_from_reading(reading, with_text=False)
    resolve(plans, registry)
    bare = [(p.id, t.title) for p in plans for t in p.tasks() if not t.sectors]
    assert bare == []


def test_every_seed_task_gets_a_sector_from_its_text(registry, reading):
    plans = plans_from_reading(reading)
    resolve(plans, registry)
    known = {s.id for s in registry.sectors}
    tasks = [t for p in plans for t in p.tasks()]
    assert len(tasks) == sum(len(p["tasks"]) for p in reading["plans"])
    assert all(t.sectors and set(t.sectors) <= known for t in tasks)
    # the special-campaign tasks name their sector in the heading and get it first
    firsts = {t.title: t.sectors[0] for t in tasks}
    assert firsts["强化烟花爆竹安全整治"] == "yanhua"
    assert firsts["加强特种设备安全专项整治"] == "tezhong"
    assert firsts["加强学生安全专项整治"] == "xiaoyuan"
    assert firsts["深化危险废物及辐射安全专项整治"] == "huanbao"


def test_a_task_with_no_words_falls_back_to_its_sections_theme(registry):
    task = _task("做好有关工作", "做好有关工作。")
    assert sectors_for(task, registry.sectors) == []
    assert sectors_for(task, registry.sectors, context="统筹发展和安全,进一步健全安全生产责任体系") == ["zerentixi"]


def test_the_real_parser_output_resolves_too(registry):
    from generator.source.corpus import parse_file

    plans = parse_file(SEEDS / "000_1f896dcc82d4bd9a.txt")
    assert resolve(plans, registry) == []
    assert all(t.sectors for p in plans for t in p.tasks())
