"""The plan page (plans/<plan-id>.md): the whole plan text, every task under a stable anchor with its units, sectors and similar tasks."""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

from ..model import Group, Plan, Section, Task
from ..parse.lines import PART_HEADING
from ..parse.numbering import style_of
from ..parse.provenance import UNNAMED
from . import changes, links
from .escape import md, md_block
from .parts import task_badges, title_lines, task_link, task_name, task_sectors
from .site import Site

_URL_SAFE = ":/?#@!$&'*+,;=%~"  # percent-encode everything else, ( ) and spaces included: they end a Markdown link


def pages(site: Site) -> Iterator[tuple[str, str]]:
    for plan in site.plans:
        yield links.plan_page(plan.id), render(site, plan)


def render(site: Site, plan: Plan) -> str:
    page = links.plan_page(plan.id)
    tasks = plan.tasks()
    units = {a.unit or a.name for t in tasks for a in t.assignments}
    facts = [f"任务 {len(tasks)} 项",
             # a plan whose text names no unit says so, rather than "0 个", and has no empty matrix to link
             f"涉及单位 {len(units)} 个" if units else "涉及单位:原文各项任务均未写明责任单位",
             f"[责任分工矩阵]({links.link(page, links.plan_matrix_page(plan.id))})" if units else "",
             changes.plan_changes_link(site, page, plan.id)]
    out = title_lines(plan.title) + provenance_lines(plan) + [" · ".join(f for f in facts if f), ""]
    parts = _PartHeadings()
    if plan.preamble:
        out += parts.text(plan.preamble)
    for number, section in enumerate(plan.sections, start=1):
        out += _section(site, plan, section, number, parts)
    if plan.closing:
        out += ["---", "", md_block(plan.closing), ""]
    if plan.notes:
        out += ["## 说明 {#notes}", ""] + [f"- {md(n)}" for n in plan.notes] + [""]
    if plan.unparsed:
        # text the parser could not place is still part of the plan as published
        out += ["## 其他文字 {#unparsed}", ""] + [md_block(u) + "\n" for u in plan.unparsed]
    source = _source(plan)
    if source:
        out += [f"**来源**:{source}", "{: .plan-source }", ""]
    return "\n".join(out).rstrip() + "\n"


def provenance_lines(plan: Plan) -> list[str]:
    """Who issued the plan, for which jurisdiction, its number, date and original: the first thing a reader checks."""
    where = plan.jurisdiction
    if where.name != UNNAMED:
        place = where.name
    else:  # xx市: the level is known, the place is not
        place = f"{where.level}级,原文未写明地名" if where.level else "原文未写明"
    original = _original(plan)
    facts = [f"发文单位:{md(plan.issuer)}" if plan.issuer else "",
             f"行政区域:{md(place)}",
             f"文号:{md(plan.doc_number)}" if plan.doc_number else "",
             f"发布日期:{plan.date}" if plan.date else (f"年份:{plan.year}" if plan.year else ""),
             original]
    return [" · ".join(f for f in facts if f), "{: .plan-provenance }", ""]


def _original(plan: Plan) -> str:
    """A link to the published original, when the front matter gives its address (parse keeps only http(s))."""
    return f"[原文]({quote(plan.source_url, safe=_URL_SAFE)})" if plan.source_url else ""


def _source(plan: Plan) -> str:
    """Where the plan text comes from, from the front matter: `source: {url, file, lines}` or a plain text."""
    source = plan.meta.get("source")
    if isinstance(source, str):
        return md(source)
    if not isinstance(source, dict):
        return ""
    parts = [_original(plan)] if plan.source_url else []
    if source.get("file"):
        where = f"第 {md(source['lines'])} 行" if source.get("lines") else ""
        parts.append(f"导入自 {md(source['file'])} {where}".strip())
    return " · ".join(parts)


def _heading_label(label: str) -> str:
    """A section's label as its heading shows it: 一、 runs into the title; a label in words (第三部分, 第二章) is set
    apart from it by a space, as the plan prints it (第三部分　加强自身建设)."""
    label = label.strip()
    return md(label) + " " if label and label[-1] not in "、.．)）:：" else md(label)


class _PartHeadings:
    """Text around the sections with the parts of the document shown as headings of their own.

    A plan in parts (第一部分 妇女发展规划 / 第二部分 儿童发展规划, each over its own 一、 二、 sections) keeps the line
    naming a part in the text before the part's first section: the preamble, or the closing words of the section
    before. Run into that text as one paragraph, the part's name was lost in it, and the second part's 一、 read as a
    repeat of the first's; as a heading (numbered apart from the sections' anchors, which stay as they were) it
    stands over its sections in the page and in its table of contents."""

    def __init__(self) -> None:
        self.count = 0

    def text(self, text: str) -> list[str]:
        out: list[str] = []
        run: list[str] = []
        for line in text.split("\n"):
            if _PART_LINE_MAX >= len(line.strip()) > 0 and PART_HEADING.match(line.strip()):
                if any(r.strip() for r in run):
                    out += [md_block("\n".join(run)), ""]
                run = []
                self.count += 1
                out += [f"## {md(line.strip())} {{#part-{self.count}}}", ""]
            else:
                run.append(line)
        if any(r.strip() for r in run):
            out += [md_block("\n".join(run)), ""]
        return out


# the longest line naming a part (第二部分 儿童发展规划): a longer one starting so is a sentence about the part
_PART_LINE_MAX = 30


def _section(site: Site, plan: Plan, section: Section, number: int, parts: _PartHeadings) -> list[str]:
    out: list[str] = []
    if section.number or section.title:
        out += [f"## {_heading_label(section.label)}{md(section.title)} {{#section-{number}}}", ""]
        rest = section.heading[len(section.title):].lstrip("。 ") if section.heading.startswith(section.title) else ""
        if rest:
            out += [md_block(rest), ""]
    if section.intro:
        # each line its own paragraph: the items read as the section's text (（一）指导思想… / （二）工作目标…) are
        # lines apart, and joined by Markdown's soft breaks they ran on as one paragraph
        out += [_lines_as_paragraphs(section.intro), ""]
    groups = {g.label: g for g in section.groups}
    group_seen = ""

    def heading(g: Group) -> list[str]:
        anchor = f"section-{number}-group-{section.groups.index(g) + 1}"
        rest = g.text[len(g.title):].lstrip("。 ") if g.text.startswith(g.title) else g.text
        # each line its own paragraph, as a box's: a heading's targets (1.到2025年… / 2.到2027年…) are lines apart
        paragraphs = _lines_as_paragraphs(rest) if rest != g.title else ""
        return [f"### {md(g.label)} {md(g.title)} {{#{anchor}}}", ""] + ([paragraphs, ""] if paragraphs else [])

    # the groups no task is under, in their place: the boxes the plan sets between its tasks (专栏, 表 of targets, 注),
    # and headings of its outline whose words hold no task (（一）指导思想 / （二）基本原则 under 一、总体要求)
    boxes = [g for g in section.groups if not any(t.group == g.label for t in section.tasks)]
    for task in section.tasks:
        level = "###"
        opening = task.group and task.group in groups and task.group != group_seen
        out += _boxes_before(boxes, groups[task.group].line if opening else task.line, heading)
        if task.group and task.group in groups:
            level = "####"  # three-level outline: section > (一) group > task
            if task.group != group_seen:
                group_seen = task.group
                out += heading(groups[task.group])
        out += _boxes_before(boxes, task.line, heading)
        out += _task(site, plan, task, level)
    out += _boxes_before(boxes, None, heading)
    if section.closing:
        out += parts.text(section.closing)
    return out


def _boxes_before(boxes: list[Group], line: int | None, heading) -> list[str]:
    """The boxes standing before a source line (all that are left when None), taken off the list as they are shown;
    a group of the outline's own labels (（一）) as `heading` shows a group's heading and words."""
    out: list[str] = []
    while boxes and (line is None or boxes[0].line < line):
        box = boxes.pop(0)
        if style_of(box.label):
            out += heading(box)
            continue
        # the title beside the label when it is the box's whole first line (专栏1 | 数字基础设施重点工程); a note's title
        # is its first sentence cut short (注：1.…分类（2021） | 》口径核算。), so a note shows all its text under the label
        first = box.text.split("\n", 1)[0].lstrip("：: ")
        whole = bool(box.title) and box.title != box.label and first.strip() == box.title.strip()
        rest = box.text.split("\n", 1)[1] if whole and "\n" in box.text else ("" if whole else box.text)
        title = md(box.title) if whole else ""
        # each line of a box its own paragraph: a 专栏 lists its projects and a 表 its rows one a line, and joined into
        # one paragraph (Markdown's soft breaks) they read as one run of text
        paragraphs = _lines_as_paragraphs(rest)
        out += [f"**{md(box.label)}** {title}".rstrip(), ""] + ([paragraphs, ""] if paragraphs else [])
    return out


def _lines_as_paragraphs(text: str) -> str:
    """The text's lines as Markdown paragraphs, one a line ("" when it holds none): a box's rows, a heading's targets
    and a section's items read as its text are lines apart in the plan, and Markdown's soft breaks would run them on."""
    lines = [line for line in text.split("\n") if line.strip()]
    return md_block("\n\n".join(lines)) if lines else ""


def _task(site: Site, plan: Plan, task: Task, level: str) -> list[str]:
    page = links.plan_page(plan.id)
    out = [f"{level} {task_name(task)} {{#{task.id}}}", "", md_block(task.text or task.title), ""]
    if task.assignments:
        out += [f"**责任单位**:{task_badges(site, page, plan.id, task)}", "{: .task-units }", ""]
    else:  # the reader found no units: say so rather than leave the reader to guess (plansite check lists these)
        out += ["**责任单位**:未注明责任单位", "{: .task-units .task-units-none }", ""]
    sectors = task_sectors(site, page, task)
    if sectors:
        out += [f"**领域**:{sectors}", "{: .task-sectors }", ""]
    if task.deadlines:
        out += ["**时限**:" + "、".join(md(d.text) for d in task.deadlines), "{: .task-deadlines }", ""]
    similar = [site.ref[key] for key, _ in site.similar.get((plan.id, task.id), []) if key in site.ref]
    if similar:
        out += ["**其他方案的相似任务**:", "{: .task-similar }", ""]
        out += [f"- {md(ref.plan.title)}:{task_link(page, ref)}" for ref in similar] + [""]
    return out
