"""Change history (issue 5): a plan's git history read by `load_history`, shown as change pages, recent-change
lists and an Atom feed, and left out (with one note) where there is no git history.

A throwaway project is made a git repository with one plan committed six
times: added; a unit's role changed (written another way, which is still the
same unit); a task reworded; two tasks swapping numbers; a task added; a task
deleted with the one after it renumbered. `mkdocs build --strict` of it checks
every link and anchor the change pages hold.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sitebuild
from generator.commands.build import build
from generator.parse.provenance import jurisdiction_of
from generator.analysis.history import load_history
from generator.resolve import load_registry

ROOT = Path(__file__).resolve().parent.parent
PLAN_ID = "2024-test"
CITY = jurisdiction_of("测试市安全生产委员会", PLAN_ID).id  # duty sheets are per jurisdiction
ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

V1 = """---
id: 2024-test
title: 测试市安全生产委员会2024年工作要点
year: 2024
issuer: 测试市安全生产委员会
---
测试市安全生产委员会2024年工作要点

一、健全安全生产责任体系

1.加强安全生产统筹协调。推进市安委会办公室工作制度化、规范化建设(牵头责任单位:市安委办,协同责任单位:市应急局)。

2.强化事故调查处理。完善事故调查处理机制,依法开展事故调查(责任单位:市应急局)。

3.加强消防安全风险防控。持续落实政府年度消防工作考核(牵头责任单位:市消防救援支队,协同责任单位:市公安局)。

二、推动重点行业领域专项治理

4.推进燃气安全排查整治。开展城镇燃气安全专项整治,消除重大隐患(责任单位:市住房城乡建设局)。

5.加强道路交通安全风险防控。深化农村道路交通安全治理(责任单位:市公安局、市交通运输局)。
"""
GAS = "推进燃气安全排查整治。开展城镇燃气安全专项整治,消除重大隐患(责任单位:市住房城乡建设局)。"
ROAD = "加强道路交通安全风险防控。深化农村道路交通安全治理(责任单位:市公安局、市交通运输局)。"
CHEM = "加强危险化学品安全风险防控。开展重大危险源企业专项检查(牵头责任单位:市应急局,协同责任单位:市消防救援支队)。"


def _versions() -> list[tuple[str, str]]:
    """(commit subject, plan text), oldest first."""
    v2 = V1.replace("(牵头责任单位:市安委办,协同责任单位:市应急局)", "(牵头责任单位:市安委办、市应急管理局)")
    v3 = v2.replace("持续落实政府年度消防工作考核", "严格落实政府年度消防工作考核和火灾事故调查处理制度")
    v4 = v3.replace(f"4.{GAS}\n\n5.{ROAD}", f"4.{ROAD}\n\n5.{GAS}")
    v5 = v4 + f"\n6.{CHEM}\n"
    v6 = v5.replace(f"5.{GAS}\n", "").replace(f"6.{CHEM}", f"5.{CHEM}")
    assert len({V1, v2, v3, v4, v5, v6}) == 6
    return [("初版:导入工作要点", V1), ("市应急局改为牵头", v2), ("改写消防任务", v3), ("燃气和道路交通两项对调", v4),
            ("新增危险化学品任务", v5), ("删除燃气任务 <b>&amp;</b> *重排*", v6)]


def _git(repo: Path, *args: str, date: str = "") -> str:
    env = dict(os.environ, GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    done = subprocess.run(["git", "-c", "user.name=Plan Editor", "-c", "user.email=editor@example.org",
                           "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                          cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def commit_versions(repo: Path, versions: list[tuple[str, str]]) -> list[str]:
    """Commit each version of content/plans/<id>.md in turn; the commit hashes, oldest first."""
    _git(repo, "init", "-q")
    plan = repo / "content" / "plans" / f"{PLAN_ID}.md"
    plan.parent.mkdir(parents=True, exist_ok=True)
    commits = []
    for day, (subject, text) in enumerate(versions, start=1):
        plan.write_text(text, encoding="utf-8")
        _git(repo, "add", "content")
        _git(repo, "commit", "-q", "-m", subject, date=f"2024-03-{day:02d}T10:00:00+08:00")
        commits.append(_git(repo, "rev-parse", "HEAD"))
    return commits


@pytest.fixture(scope="module")
def project(make_site):
    """A project copy whose content/ is a git history of one plan, built with `mkdocs build --strict`."""
    site = make_site(plans={}, build=False)
    commits = commit_versions(site.root, _versions())
    return site.root, commits, site.build().log


@pytest.fixture(scope="module")
def history(project):
    root, _, _ = project
    return load_history(root, registry=load_registry(root / "content"))


@pytest.fixture(scope="module")
def unit_id():
    registry = load_registry(ROOT / "content")
    return lambda name: registry.unit_for(name).id


def _label_title(task) -> tuple[str, str]:
    return (task.label, task.title)


# --- load_history ---------------------------------------------------------------------------

def test_history_lists_every_commit_newest_first(project, history):
    _, commits, _ = project
    subjects = [s for s, _ in _versions()]
    assert [c.commit for c in history] == commits[::-1]
    assert [c.subject for c in history] == subjects[::-1]
    assert [c.status for c in history] == ["M"] * 5 + ["A"]
    assert {c.plan_id for c in history} == {PLAN_ID}
    assert {c.path for c in history} == {f"content/plans/{PLAN_ID}.md"}
    assert [c.date for c in history] == [f"2024-03-{d:02d}T10:00:00+08:00" for d in range(6, 0, -1)]
    assert history[-1].diff is None  # the plan was added


def test_a_changed_role_is_a_duty_change_of_the_same_unit(history, unit_id):
    d = history[4].diff  # 市应急局 (support) becomes 市应急管理局 (lead): one unit, not a loss and a gain
    assert (d.added, d.removed, d.reworded, d.moved) == ([], [], [], [])
    assert [(c.unit, c.name, c.change, c.old_role, c.new_role, c.task.label) for c in d.duties] == [
        (unit_id("市应急局"), "市应急管理局", "role", "support", "lead", "1.")]


def test_a_reworded_task_keeps_its_duties(history):
    d = history[3].diff
    assert [(_label_title(o), _label_title(n)) for o, n in d.reworded] == [
        (("3.", "加强消防安全风险防控"), ("3.", "加强消防安全风险防控"))]
    assert "火灾事故调查处理制度" in d.reworded[0][1].text
    assert (d.added, d.removed, d.moved, d.duties) == ([], [], [], [])


def test_renumbered_tasks_are_moved(history):
    d = history[2].diff
    assert sorted((o.label, n.label, n.title) for o, n in d.moved) == [
        ("4.", "5.", "推进燃气安全排查整治"), ("5.", "4.", "加强道路交通安全风险防控")]
    assert (d.added, d.removed, d.reworded, d.duties) == ([], [], [], [])


def test_an_added_task_brings_its_duties(history, unit_id):
    d = history[1].diff
    assert [_label_title(t) for t in d.added] == [("6.", "加强危险化学品安全风险防控")]
    assert (d.removed, d.reworded, d.moved) == ([], [], [])
    assert [(c.unit, c.change, c.old_role, c.new_role) for c in d.duties] == [
        (unit_id("市应急局"), "gained", None, "lead"), (unit_id("市消防救援支队"), "gained", None, "support")]


def test_a_deleted_task_loses_its_duties_and_the_next_one_moves_up(history, unit_id):
    d = history[0].diff
    assert [_label_title(t) for t in d.removed] == [("5.", "推进燃气安全排查整治")]
    assert [(o.label, n.label, n.title) for o, n in d.moved] == [("6.", "5.", "加强危险化学品安全风险防控")]
    assert (d.added, d.reworded) == ([], [])
    assert [(c.unit, c.name, c.change, c.old_role, c.new_role) for c in d.duties] == [
        (unit_id("市住房城乡建设局"), "市住房城乡建设局", "lost", "responsible", None)]


def test_without_a_registry_units_are_compared_as_written(project):
    root, _, _ = project
    d = load_history(root)[4].diff  # 市应急局 and 市应急管理局 are two names then
    assert sorted((c.unit, c.change) for c in d.duties) == [("市应急局", "lost"), ("市应急管理局", "gained")]


def test_a_folder_outside_git_has_no_history(tmp_path):
    (tmp_path / "content" / "plans").mkdir(parents=True)
    assert load_history(tmp_path) is None


def test_a_repository_that_never_committed_a_plan_has_no_history(tmp_path):
    _git(tmp_path, "init", "-q")
    (tmp_path / "README").write_text("x", encoding="utf-8")
    _git(tmp_path, "add", "README")
    _git(tmp_path, "commit", "-q", "-m", "readme")
    assert load_history(tmp_path) is None


_PROSE = """---
id: 2025-reading
title: 某县推进全民阅读实施方案
---
某县推进全民阅读实施方案
一、重点任务
1.建设城乡书屋。每个行政村建成一个书屋。
2.开展读书节活动。每年举办一届。
"""
_TABLE = """---
id: 2025-reading-table
part_of: 2025-reading
---
某县推进全民阅读实施方案重点任务分工表
序号\t重点任务\t牵头单位\t配合单位
1\t建设城乡书屋\t县文化和旅游局\t各乡镇人民政府
2\t开展读书节活动\t县委宣传部\t县教育局
"""


def test_an_edit_of_an_attached_tables_source_is_a_change_of_the_plan_it_is_part_of(tmp_path):
    """The table's rows are its plan's duties on the site (part_of), so its edits are listed under that plan."""
    _git(tmp_path, "init", "-q")
    plans = tmp_path / "content" / "plans"
    plans.mkdir(parents=True)
    (plans / "2025-reading.md").write_text(_PROSE, encoding="utf-8")
    for subject, table in [("导入", _TABLE), ("读书节改由县文化和旅游局牵头", _TABLE.replace("县委宣传部", "县文化和旅游局"))]:
        (plans / "2025-reading-table.md").write_text(table, encoding="utf-8")
        _git(tmp_path, "add", "content")
        _git(tmp_path, "commit", "-q", "-m", subject)
    edit = load_history(tmp_path)[0]
    assert (edit.subject, edit.plan_id) == ("读书节改由县文化和旅游局牵头", "2025-reading")
    assert sorted((c.name, c.change) for c in edit.diff.duties) == [("县委宣传部", "lost"), ("县文化和旅游局", "gained")]


# --- the change page --------------------------------------------------------------------------

def _page(project, path: str) -> str:
    root, _, _ = project
    return (root / "docs" / path).read_text(encoding="utf-8")


def _sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, body) of each ## section."""
    parts = re.split(r"^## (.*)$", markdown, flags=re.M)
    return list(zip(parts[1::2], parts[2::2]))


def test_change_page_lists_each_commit_with_its_changes(project, unit_id):
    root, commits, _ = project
    sections = _sections(_page(project, f"changes/{PLAN_ID}.md"))
    # each heading: the date and what changed in the plan, in the reader's terms
    assert [h.rsplit(" ", 1)[0] for h, _ in sections] == [
        "2024-03-06 · 删除任务 1 项,调整序号 1 项,分工变化 1 处", "2024-03-05 · 新增任务 1 项,分工变化 2 处",
        "2024-03-04 · 调整序号 2 项", "2024-03-03 · 改写任务 1 项", "2024-03-02 · 分工变化 1 处", "2024-03-01 · 新增方案"]
    assert [h.rsplit(" ", 1)[1] for h, _ in sections] == [f"{{#c-{c[:7]}}}" for c in commits[::-1]]
    plan = f"../plans/{PLAN_ID}.md"
    deleted, added, moved, reworded, role, first = (body for _, body in sections)
    assert "**删除任务**\n\n- 5\\. 推进燃气安全排查整治\n" in deleted  # gone: no link
    assert f"- 6\\. → [5\\. 加强危险化学品安全风险防控]({plan}#task-5)" in deleted
    # its last duty in this city is gone, and with it its sheet there: the link goes to the unit's page
    assert (f"- [市住房和城乡建设局](../units/{unit_id('市住房城乡建设局')}.md)\n"
            f"    - 不再负责:5\\. 推进燃气安全排查整治") in deleted
    assert f"**新增任务**\n\n- [6\\. 加强危险化学品安全风险防控]({plan}#task-5)" in added  # now task 5
    assert f"    - 新增牵头任务:[6\\. 加强危险化学品安全风险防控]({plan}#task-5)" in added
    assert f"    - 新增配合任务:[6\\. 加强危险化学品安全风险防控]({plan}#task-5)" in added
    assert f"- 5\\. → [4\\. 加强道路交通安全风险防控]({plan}#task-4)" in moved
    assert "- 4\\. → 5\\. 推进燃气安全排查整治" in moved
    assert (f"**改写任务**\n\n- [3\\. 加强消防安全风险防控]({plan}#task-3)\n"
            f"    - 「持续」改为「严格」\n    - 增加「和火灾事故调查处理制度」\n") in reworded
    assert "分工变化 1 处" in role and "改写" not in role
    assert (f"- [市应急管理局](../units/{unit_id('市应急局')}/{CITY}.md)\n"
            f"    - 由配合改为牵头:[1\\. 加强安全生产统筹协调]({plan}#task-1)") in role
    assert first.strip() == ""  # 新增方案 says it all: no repository path
    page = _page(project, f"changes/{PLAN_ID}.md") + _page(project, "changes/index.md") + _page(project, "index.md")
    # no commit message, hash or file path of the repository on a public page
    assert "删除燃气任务" not in page and "content/plans" not in page
    assert not any(f"`{c[:7]}`" in page or f" {c[:7]} " in page for c in commits)


def test_change_pages_are_linked_from_plan_home_and_unit_pages(project, unit_id):
    plan = _page(project, f"plans/{PLAN_ID}.md")
    assert f"[变更记录](../changes/{PLAN_ID}.md)" in plan
    home = _page(project, "index.md")
    recent = home.split("## 最近变更 {#changes}")[1].split("\n## ")[0]
    assert len(re.findall(r"^- 2024-03-", recent, re.M)) == 6
    assert f"(changes/{PLAN_ID}.md#c-" in recent and "(changes/feed.xml)" in recent and "(changes/index.md)" in recent
    yingji = _page(project, f"units/{unit_id('市应急局')}.md")
    mine = yingji.split("## 最近变更 {#changes}")[1].split("\n## ")[0]
    assert [line.split(":", 1)[1].split(":")[0] for line in mine.splitlines() if line.startswith("- ")] == [
        "新增牵头任务", "由配合改为牵头"]
    assert "## 最近变更" not in _page(project, f"units/{unit_id('市交通运输局')}.md")  # its duties never changed
    index = _page(project, "changes/index.md")
    assert len(re.findall(r"^- 2024-03-", index, re.M)) == 6 and f"({PLAN_ID}.md) | 6 | 2024-03-06 |" in index


def test_change_page_html_shows_task_numbers_as_text(project):
    root, commits, _ = project
    page = sitebuild.soup(root / "site" / "changes" / PLAN_ID / "index.html")
    heading = page.find(id=f"c-{commits[-1][:7]}")
    assert heading is not None and heading.get_text().startswith("2024-03-06 · 删除任务 1 项")
    article = page.find("article")
    assert article.find("b") is None
    assert article.find("ol") is None  # '- 5. 标题' is a task number, not a nested ordered list
    items = [li.get_text(" ", strip=True) for li in article.find_all("li")]
    assert "5. 推进燃气安全排查整治" in items and "6. → 5. 加强危险化学品安全风险防控" in items


def test_change_pages_stay_out_of_the_search_index(project):
    root, _, _ = project
    # Pagefind indexes only pages marked as a body (generator/search/markup.py)
    assert "data-pagefind-body" in (root / "site" / "plans" / PLAN_ID / "index.html").read_text(encoding="utf-8")
    changes = [p for p in (root / "site" / "changes").rglob("*.html")]
    assert changes and not [p for p in changes if "data-pagefind-body" in p.read_text(encoding="utf-8")]


# --- the feed ----------------------------------------------------------------------------------

def test_feed_is_atom_with_one_entry_per_change(project):
    root, commits, _ = project
    feed = ET.parse(root / "site" / "changes" / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") and feed.findtext(f"{ATOM}title")
    assert feed.findtext(f"{ATOM}updated") == "2024-03-06T10:00:00+08:00"
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [f"urn:plansite:change:{c}:{PLAN_ID}" for c in commits[::-1]]
    for entry, commit in zip(entries, commits[::-1]):
        assert entry.findtext(f"{ATOM}title") and entry.findtext(f"{ATOM}summary")
        assert re.fullmatch(r"2024-03-0\dT10:00:00\+08:00", entry.findtext(f"{ATOM}updated"))
        href = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        target, anchor = sitebuild.resolve_href(root / "site", root / "site" / "changes" / "feed.xml", href)
        assert target.exists() and anchor == f"c-{commit[:7]}" and anchor in sitebuild.ids(target), href
    assert entries[0].findtext(f"{ATOM}title").endswith(" · 删除任务 1 项,调整序号 1 项,分工变化 1 处")
    assert all(commit[:7] not in e.findtext(f"{ATOM}summary") and "删除燃气任务" not in e.findtext(f"{ATOM}summary")
               for e, commit in zip(entries, commits[::-1]))
    assert "市住房和城乡建设局不再负责:5. 推进燃气安全排查整治" in entries[0].findtext(f"{ATOM}summary")


def test_a_duty_sheet_has_its_own_feed_announced_in_its_head(project, unit_id):
    root, commits, _ = project
    sheet = f"{unit_id('市应急局')}/{CITY}"
    feed = ET.parse(root / "site" / "data" / "units" / f"{sheet}.xml").getroot()
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    # only the changes that moved the emergency bureau's duties in this city: the role change and the new task
    assert len(titles) == 2 and all(t.startswith("测试市安全生产委员会2024年工作要点 · ") for t in titles)
    head = sitebuild.soup(root / "site" / "units" / unit_id("市应急局") / CITY / "index.html").find("head")
    link = head.find("link", type="application/atom+xml")
    assert link["rel"] == ["alternate", "feed"] and link["href"].endswith(f"data/units/{sheet}.xml")
    # not rel="alternate" alone: Material's instant navigation would fetch a sitemap.xml beside it
    assert head.select("link[rel=alternate]") == []


def test_the_feed_is_not_announced_in_head(project):
    # Material's instant navigation fetches sitemap.xml beside every <link rel=alternate> (its
    # language versions), so a feed announced there costs a 404 on every page; pages link it instead
    root, _, _ = project
    assert sitebuild.soup(root / "site" / "index.html").find("head").find("link", rel="alternate") is None


# --- rebuilds and checkouts without history -----------------------------------------------------

def test_a_rebuild_with_nothing_changed_writes_nothing(project):
    root, _, _ = project
    report = build(root / "content", root / "docs")
    assert report.written == [] and report.removed == [] and report.notes == []
    assert "changes/feed.xml" in report.unchanged and f"changes/{PLAN_ID}.md" in report.unchanged


def test_content_outside_git_builds_without_change_pages(tmp_path, make_content):
    content = make_content()
    docs = tmp_path / "docs"
    report = build(content, docs)
    assert report.errors == []
    assert not (docs / "changes").exists()
    assert not any(p.startswith("changes/") for p in report.written)
    assert len(report.notes) == 1 and "git history" in report.notes[0]
    assert "最近变更" not in (docs / "index.md").read_text(encoding="utf-8")
    assert "变更记录" not in (docs / "plans" / "2024-saqscwyh-gzyd-1.md").read_text(encoding="utf-8")


def test_change_pages_go_when_the_history_does(tmp_path):
    commit_versions(tmp_path, _versions()[:2])
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(ROOT / "content" / name, tmp_path / "content" / name)
    docs = tmp_path / "docs"
    first = build(tmp_path / "content", docs)
    assert {"changes/index.md", "changes/feed.xml", f"changes/{PLAN_ID}.md"} <= set(first.written)
    shutil.rmtree(tmp_path / ".git")
    second = build(tmp_path / "content", docs)
    gone = sorted(second.removed)
    assert [p for p in gone if p.startswith("changes/")] == ["changes/2024-test.md", "changes/feed.xml", "changes/index.md"]
    # and the duty sheets' feeds, which only history can fill
    assert all(p.startswith("data/units/") and p.endswith(".xml") for p in gone if not p.startswith("changes/"))
    assert not (docs / "changes").exists()


def test_the_plugin_says_once_that_there_is_no_history(seed_site):
    # the seed site is built outside git: one INFO line, no warning (mkdocs build --strict passes)
    assert len(re.findall(r"no git history of content/plans", seed_site.log)) == 1
    assert not (seed_site.site / "changes").exists()
