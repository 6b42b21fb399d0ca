"""`plansite check` and the build agree on every error, and a bad file never costs another plan its pages (issue 14).

Each case of the table is a content folder: the registries, one good plan of content/plans and the hostile
files of the case (from the issue: crashes, ids that want another page's file, bad registries, links out of
content). Check and build run on the same folder; the test asserts the files they name as errors are the
files the case expects, that the two say the same words about them, and that every plan of a file that is
not in error has its page. Run through the library (one process, fast) and, for the cases taken together,
through the `plansite` command, which must print no traceback.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.commands.build import build
from generator.commands.check import check
from generator.settings import Settings
from generator.source.corpus import load_corpus

from test_bad_input import plansite_command

ROOT = Path(__file__).resolve().parent.parent
GOOD = "2024-saqscwyh-gzyd-1.md"  # a real plan of content/plans, kept beside each case
HEAD = "某市2024年安全生产工作要点\n一、总体要求\n"
XX = "xx市2024年安全生产工作要点\n一、总体要求\n" + "".join(f"{i}.做好第{i}项工作(市应急局牵头)。\n" for i in range(1, 4))
PROVINCE = ("陕西省安全生产委员会2024年工作要点\n一、总体要求\n"
            + "".join(f"{i}.做好第{i}项工作(省应急厅牵头,市应急局配合)。\n" for i in range(1, 4)))


def _front(text: str, **keys: str) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in keys.items()) + "---\n" + text


def _aliases() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{n}: &{n} [" + ", ".join([f"*{p}"] * 9) + "]" for p, n in zip("abcdefg", "bcdefgh")]
    return "\n".join(lines)


# name -> (plan files, registry tails {file: text appended}, page sizes, the files both must name as errors)
CASES = {
    # built: hostile but readable
    "no task": ({"a.md": "某区2024年安全生产工作安排\n\n全区各部门要坚持安全第一。\n"}, {}, None, set()),
    "brackets after a unit": ({"a.md": HEAD + "1.做好工作(责任单位:市应急局" + "（）" * 1000 + ")。\n"}, {}, None, set()),
    "long title": ({"a.txt": "某市2024年" + "安全生产" * 80 + "工作要点\n一、总体要求\n1.做好工作。\n"}, {}, None, set()),
    "bidi and formulas": ({"a.md": HEAD + "1.=HYPERLINK(\"x\")做好\u202e工作(责任单位:@市应急局)。\n"}, {}, None, set()),
    "same ids, one page each": ({"a.md": _front(XX, id="plan-a"), "b.md": _front(XX, id="plan-a-2")},
                                {}, None, set()),
    "no registry at all": ({"a.md": XX}, None, None, set()),
    # refused: the file itself
    "front matter 1000 deep": ({"a.md": _front(HEAD + "1.做好工作。\n", title="[" * 1000 + "]" * 1000)},
                               {}, None, {"a.md"}),
    "alias bomb": ({"a.md": "---\n" + _aliases() + "\n---\n" + HEAD + "1.做好工作。\n"}, {}, None, {"a.md"}),
    "random bytes": ({"a.txt": bytes(range(256)) * 3}, {}, None, {"a.txt"}),
    "id too long": ({"a.md": _front(XX, id="a" * 300)}, {}, None, {"a.md"}),
    "accepted entry malformed": ({"a.md": _front(XX, accepted="[{line: x}]")}, {}, None, {"a.md"}),
    "unclosed front matter": ({"a.md": "---\nid: x\n" + XX}, {}, None, {"a.md"}),
    # refused: ids that want another page's file, by front matter or by title
    "id index": ({"a.md": _front(XX, id="index")}, {}, None, {"a.md"}),
    "id index-2": ({"a.md": _front(XX, id="index-2")}, {}, None, {"a.md"}),
    "id sector-": ({"a.md": _front(XX, id="sector-kuangshan")}, {}, None, {"a.md"}),
    "title that is index": ({"a.md": "index\n一、总体要求\n1.做好工作(市应急局牵头)。\n"}, {}, None, {"a.md"}),
    "jurisdiction id index": ({"a.md": _front(XX, jurisdiction="{id: index}")}, {}, None, {"a.md"}),
    "one id twice": ({"a.md": _front(XX, id="same"), "b.md": _front(XX, id="same")}, {}, None, {"b.md"}),
    "plan id of a place": ({"a.md": PROVINCE, "b.md": _front(XX, id="shan3xi1sheng3")}, {}, None, {"b.md"}),
    "place id of another place": ({"a.md": PROVINCE, "b.md": _front(XX, jurisdiction="{name: 山西省, id: shan3xi1sheng3}")},
                                  {}, None, {"b.md"}),
    "plan id of a place, no registry": ({"a.md": PROVINCE, "b.md": _front(XX, id="shan3xi1sheng3")},
                                        None, None, {"b.md"}),
    "id of a sheet's page 2": ({"a.md": _front(XX, id="plan-a"), "b.md": _front(XX, id="plan-a-2")},
                               {}, Settings(unit_page_tasks=1), {"b.md"}),
    # refused: a registry (the build then writes nothing, and names the plans' errors too)
    "registry 1000 deep": ({"a.md": _front(XX, id="index")},
                           {"departments.yml": "- id: deep\n  name: " + "[" * 1000 + "]" * 1000 + "\n  kind: department\n"},
                           None, {"departments.yml", "a.md"}),
    "both registries broken": ({"a.md": XX}, {"departments.yml": "- id: [\n", "sectors.yml": "- {\n"}, None,
                               {"departments.yml", "sectors.yml"}),
    "registry id too long": ({}, {"departments.yml": "- id: " + "x" * 100 + "\n  name: 某局\n  kind: department\n"},
                             None, {"departments.yml"}),
    "only one registry": ({"a.md": XX}, {"sectors.yml": None}, None, {"sectors.yml"}),
}


def _content(root: Path, case: str) -> tuple[Path, Settings | None, set[str]]:
    plans, registries, sizes, expected = CASES[case]
    content = root / "content"
    (content / "plans").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "plans" / GOOD, content / "plans")
    for name, data in plans.items():
        (content / "plans" / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if registries is not None:
        for name in ("departments.yml", "sectors.yml"):
            if name in registries and registries[name] is None:
                continue  # this one left out
            text = (ROOT / "content" / name).read_text(encoding="utf-8") + (registries.get(name) or "")
            (content / name).write_text(text, encoding="utf-8")
    return content, sizes, expected


def _named(errors: list[str]) -> set[str]:
    """The file each error starts with (its name only)."""
    return {re.match(r"[^:]*", e).group(0).rsplit("/", 1)[-1] for e in errors}


def _published(content: Path, docs: Path, in_error: set[str]) -> None:
    """Every plan of a file that is not in error has its page (and the good plan whatever the others hold)."""
    assert (docs / "plans" / GOOD).is_file()
    for plan in load_corpus(content).plans:
        if Path(plan.source).name not in in_error:
            assert (docs / "plans" / f"{plan.id}.md").is_file(), plan.source


@pytest.mark.parametrize("case", list(CASES))
def test_check_and_build_name_the_same_files_and_publish_the_rest(tmp_path, case):
    content, sizes, expected = _content(tmp_path, case)
    docs = tmp_path / "docs"
    built = build(content, docs, settings=sizes)
    checked = check(content, sizes)
    assert _named(built.errors) == expected, built.errors
    # the same words; the build shows paths from the repository's root
    assert sorted(built.errors) == sorted(e.replace(str(content), "content") for e in checked.errors)
    if any(name.endswith(".yml") for name in expected):
        assert built.stopped and not list(docs.rglob("*.md"))  # a registry not usable: nothing written
        return
    _published(content, docs, expected)


def test_a_content_folder_without_plans_stops_the_build_before_it_empties_the_site(tmp_path):
    content, _, _ = _content(tmp_path, "no task")
    docs = tmp_path / "docs"
    assert build(content, docs).errors == [] and (docs / "plans" / GOOD).is_file()
    shutil.rmtree(content / "plans")
    built = build(content, docs)
    assert built.stopped and _named(built.errors) == {"plans"} == _named(check(content).errors)
    assert (docs / "plans" / GOOD).is_file()  # the last site is kept


def test_an_unnamed_plan_with_a_place_id_does_not_fill_the_place_s_duty_sheets(tmp_path):
    """The case this check was made for: 市应急局 of an anonymised city was filed under 陕西省 without a word."""
    content, _, _ = _content(tmp_path, "plan id of a place")
    docs = tmp_path / "docs"
    (error,) = build(content, docs).errors
    assert error.startswith("content/plans/b.md:2: id 'shan3xi1sheng3'") and "陕西省 (content/plans/a.md)" in error
    assert "jurisdiction: 陕西省" in error  # what to do, if it is a plan of that place
    sheet = (docs / "units" / "yingji" / "shan3xi1sheng3.md").read_text(encoding="utf-8")
    assert "陕西省安全生产委员会2024年工作要点" in sheet and "xx市" not in sheet
    assert not (docs / "plans" / "shan3xi1sheng3.md").exists()


def test_a_second_build_after_fixing_the_id_publishes_the_plan(tmp_path):
    content, _, _ = _content(tmp_path, "plan id of a place")
    docs = tmp_path / "docs"
    assert build(content, docs).errors
    (content / "plans" / "b.md").write_text(_front(XX, id="xx-2024-aqsc"), encoding="utf-8")
    again = build(content, docs)
    assert again.errors == [] and check(content).errors == []
    assert (docs / "plans" / "xx-2024-aqsc.md").is_file() and (docs / "units" / "yingji" / "xx-2024-aqsc.md").is_file()


def test_the_command_line_agrees_and_prints_no_traceback(tmp_path):
    """The clash cases together, through `plansite check` and `plansite build` as an editor runs them."""
    content = tmp_path / "content"
    (content / "plans").mkdir(parents=True)
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    shutil.copy(ROOT / "content" / "plans" / GOOD, content / "plans")
    files = {"a-province.md": PROVINCE, "b-place-id.md": _front(XX, id="shan3xi1sheng3"),
             "c-index.md": "index\n一、总体要求\n1.做好工作(市应急局牵头)。\n",
             "d-jur-index.md": _front(XX, id="d-plan", jurisdiction="{id: index}"),
             "e-accepted.md": _front(XX, id="e-plan", accepted="oops")}
    for name, text in files.items():
        (content / "plans" / name).write_text(text, encoding="utf-8")
    run = lambda *args: subprocess.run(["timeout", "120", *plansite_command(), *args], capture_output=True,
                                       text=True, cwd=tmp_path)
    built = run("build", "--content", "content", "--docs", "docs")
    checked = run("check", "--content", "content")
    errors = {}
    for result in (built, checked):
        assert "Traceback" not in result.stderr and result.returncode == 1, result.stderr[-2000:]
        errors[result is built] = sorted(ln for ln in result.stderr.splitlines() if ln.startswith("error:"))
    assert errors[True] == errors[False]
    assert {ln.split(":")[1].strip().rsplit("/", 1)[-1] for ln in errors[True]} == {
        "b-place-id.md", "c-index.md", "d-jur-index.md", "e-accepted.md"}
    assert (tmp_path / "docs" / "plans" / "2024-sxsaqscwyh-gzyd.md").is_file()


def test_with_git_history_a_plan_left_out_keeps_the_build_and_check_in_step(tmp_path):
    """The history still holds the versions of a plan the build leaves out; its duty changes once broke the
    change pages (the plan has no sheet on the site), and a title reading `index` would take changes/index.md."""
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    content, _, _ = _content(tmp_path, "plan id of a place")
    index_plan = content / "plans" / "c.md"
    index_plan.write_text("index\n一、总体要求\n1.做好工作(市应急局牵头)。\n", encoding="utf-8")
    git = lambda *args: subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                                       cwd=tmp_path, check=True, capture_output=True)
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "first")
    for name in ("b.md", "c.md"):  # a duty change in each plan the build leaves out
        path = content / "plans" / name
        path.write_text(path.read_text(encoding="utf-8").replace("市应急局牵头", "市公安局牵头"), encoding="utf-8")
    git("commit", "-qam", "second")
    docs = tmp_path / "docs"
    built = build(content, docs)
    assert _named(built.errors) == {"b.md", "c.md"}
    assert sorted(built.errors) == sorted(e.replace(str(content), "content") for e in check(content).errors)
    assert "# 变更记录" in (docs / "changes" / "index.md").read_text(encoding="utf-8")
    assert "该方案已不在本站" in (docs / "changes" / "shan3xi1sheng3.md").read_text(encoding="utf-8")


# --- generated: ids, places and page sizes drawn from the ones that clash ---------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

IDS = [None, "p", "p-2", "p-3", "index", "sector-x", "shan3xi1sheng3", "shan1xi1sheng3"]
PLACES = ["xx市", "陕西省", "山西省", "市"]
JURISDICTIONS = [None, "{id: p}", "{name: 陕西省}", "{name: 山西省, id: shan3xi1sheng3}", "{id: index}", "{id: p-2}"]


@st.composite
def generated_plan(draw) -> str:
    place = draw(st.sampled_from(PLACES))
    unit = "省应急厅" if place.endswith("省") else "市应急局"
    tasks = draw(st.integers(1, 3))
    text = (f"{place}安全生产委员会2024年工作要点\n一、总体要求\n"
            + "".join(f"{i}.做好第{i}项工作({unit}牵头,市公安局配合)。\n" for i in range(1, tasks + 1)))
    keys = {k: v for k, v in (("id", draw(st.sampled_from(IDS))),
                              ("jurisdiction", draw(st.sampled_from(JURISDICTIONS)))) if v}
    return _front(text, **keys) if keys else text


@settings(max_examples=30, deadline=None, derandomize=True, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(plans=st.lists(generated_plan(), min_size=2, max_size=4), page=st.sampled_from([1, 2, 200]))
def test_generated_ids_and_places_check_and_build_agree_and_publish_the_rest(tmp_path_factory, plans, page):
    root = tmp_path_factory.mktemp("ids")
    content = root / "content"
    (content / "plans").mkdir(parents=True)
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    for n, text in enumerate(plans):
        (content / "plans" / f"plan{n}.md").write_text(text, encoding="utf-8")
    sizes = Settings(unit_page_tasks=page)
    docs = root / "docs"
    built = build(content, docs, settings=sizes)
    checked = check(content, sizes)
    assert sorted(built.errors) == sorted(e.replace(str(content), "content") for e in checked.errors)
    assert not any("want this file" in e for e in built.errors)  # every clash found before writing
    in_error = _named(built.errors)
    published = [p for p in load_corpus(content).plans if Path(p.source).name not in in_error]
    for plan in published:
        assert (docs / "plans" / f"{plan.id}.md").is_file(), plan.source
    # no two places share a duty sheet: each sheet page names the places of its plans only
    places = {}
    for plan in published:
        places.setdefault(plan.jurisdiction.id, set()).add(plan.jurisdiction.name)
    assert all(len(names) == 1 for names in places.values()), places
