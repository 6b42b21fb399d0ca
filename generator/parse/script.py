"""Which script a plan is written in: a copy in traditional characters is read through a character conversion.

Mirror sites republish plans in traditional characters (牽頭單位 / 責任單位 / 按職責分工負責). The reader's words
(labels, verbs, headers) are simplified, so such a copy read as it stands reads no unit at all. Instead:

1. a text that `looks_traditional` is converted CHARACTER BY CHARACTER (one character to one character, the first
   candidate of OpenCC's TSCharacters table, shipped by `opencc-python-reimplemented`): 市教育局牽頭 -> 市教育局牵头.
   No phrase table: every position of the copy is the same position of the original, so
2. the simplified copy is read as any plan, then every string the reading took from the text (titles, unit names,
   deadlines, task text) is given back AS WRITTEN: the same span of the original (市財政局, not 市财政局). A name is
   never guessed back from the simplified one, which may come from several traditional characters (干: 乾/幹).
   A string the reading composed, found nowhere in the copy, keeps its simplified reading and is counted in the
   reading report, which says that the text was read through a character conversion.

A simplified text (a few traditional names in it included) is not converted: it is read byte for byte as before.
"""
from __future__ import annotations

import dataclasses

from ..model import Plan, PlanText
from ..words.script import Written, looks_traditional, simplified


def to_simplified(pt: PlanText) -> PlanText:
    """The plan text converted when it looks traditional (or the page it came from did), else `pt` itself; the
    copy's `written` is the original text, to give the reading's strings back from."""
    if not pt.written and not looks_traditional("\n".join([pt.title, *pt.lines])):
        return pt
    original = pt.written or "\n".join([pt.title, *pt.notice, *pt.lines])
    # the front matter's title too: it is matched against the text's first line, which is converted (and given
    # back as written with the rest)
    meta = {**pt.meta, "title": simplified(pt.meta["title"])} if isinstance(pt.meta.get("title"), str) else pt.meta
    return dataclasses.replace(pt, title=simplified(pt.title), lines=[simplified(x) for x in pt.lines],
                               notice=[simplified(x) for x in pt.notice], meta=meta, written=original,
                               # the formatted runs are names of the text too, matched against its converted names
                               formatted={line: {kind: [simplified(x) for x in texts] for kind, texts in kinds.items()}
                                          for line, kinds in pt.formatted.items()})


def give_back_as_written(plan: Plan, original: str) -> None:
    """Every string the reading took from the text, as the original writes it; the report says how it was read."""
    written = Written(original)
    back = written.restore
    plan.title, plan.issuer, plan.doc_number = back(plan.title), back(plan.issuer), back(plan.doc_number)
    plan.preamble, plan.closing = back(plan.preamble), back(plan.closing)
    plan.jurisdiction.name = back(plan.jurisdiction.name)
    plan.notes = [back(x) for x in plan.notes]
    plan.unparsed = [back(x) for x in plan.unparsed]
    for section in plan.sections:
        for name in ("title", "heading", "intro", "closing"):
            setattr(section, name, back(getattr(section, name)))
        for group in section.groups:
            group.label, group.title, group.text = back(group.label), back(group.title), back(group.text)
        for task in section.tasks:
            _task_as_written(task, back)
    lost = sorted(set(written.lost))
    plan.note(0, "outline", "the text is in traditional script: it was read through a character-by-character "
              "conversion to simplified script, and every name and text is given as written"
              + (f"; {len(lost)} strings not found in the text are given in simplified script: "
                 + "、".join(x[:20] for x in lost[:5]) if lost else ""))


def _task_as_written(task, back) -> None:
    task.label, task.title, task.text, task.group = back(task.label), back(task.title), back(task.text), back(task.group)
    for note in task.annotations:
        note.text = back(note.text)
    for a in task.assignments:
        a.name = back(a.name)
    for d in task.deadlines:
        d.text = back(d.text)
