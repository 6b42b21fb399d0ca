"""The data model: Plan, Section, Task, Assignment and their JSON form.

Every stage after `parse` passes these plain dataclasses around; only
`to_dict` / `from_dict` know the JSON shape, which `schema/model.json`
describes and the tests validate against.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

# strongest first: a unit named twice in one task holds the first of its roles in this order (the
# matrix cell, the changes of a unit's duties); pages list roles in this order too
ROLES = ("lead", "responsible", "support", "implement")
ROLE_LABELS = {"lead": "牵头", "responsible": "负责", "support": "配合", "implement": "落实"}
ROLE_CELLS = {"lead": "牵", "responsible": "责", "support": "协", "implement": "落"}
UNIT_KINDS = ("department", "collective", "locality")


def strongest_role(roles) -> str:
    """The strongest of the roles (ROLES order)."""
    return min(roles, key=ROLES.index)


@dataclass
class PlanText:
    """The text of one plan, with where it came from: what the source stage hands the parse stage."""

    title: str
    lines: list[str]  # normalised lines, the title line first when the source had one
    source: str
    first_line: int = 1  # source line number of lines[0]
    meta: dict = field(default_factory=dict)  # front matter of a plan source
    key_lines: dict = field(default_factory=dict)  # front matter key -> its source line
    notes: list = field(default_factory=list)  # (source line, text): table cells the table reader could not place
    # the lines before the first plan's title (a covering notice): read for the rules it states about the plan
    # ("列第一位的责任单位为牵头单位"), never published as the plan's text
    notice: list[str] = field(default_factory=list)
    # this text is a covering notice read as a plan of its own, the plan it issues following it on the page (its
    # requirements name units, source/read.py): its requirements naming no unit only ask, they are no tasks
    notice_before_plan: bool = False
    # a copy in traditional script is read converted to simplified, character for character: its original text,
    # to give the reading's strings back as written (generator/parse/script.py); "" for a text read as it stands
    written: str = ""
    # the display width a PDF's text was wrapped at, measured over the whole document (an attachment's few
    # lines are too few to show it); 0 when the text is not wrapped so (generator/parse/printed_width.py)
    printed_width: int = 0
    # source lines of table rows whose number the table reader counted (no 序号 printed): numbered by place (outline.py)
    unprinted: set = field(default_factory=set)
    # source line -> {kind of formatting: the texts printed so on that line}: the runs of a cell or paragraph in red,
    # bold, underline or italic (source/formats/runs.py), read by a legend naming the lead by its formatting
    # (标红的为牵头单位, parse.rules.apply_formatting_legends); empty for a plain text, which has lost its formatting
    formatted: dict = field(default_factory=dict)


@dataclass
class Assignment:
    name: str  # exactly as written, trailing 等/等有关部门 qualifier dropped
    role: str  # one of ROLES
    annotation: int  # index of the annotation within the task
    unit: str | None = None  # unit id, filled by resolve
    kind: str | None = None  # department | collective | locality, filled by resolve


@dataclass
class Deadline:
    text: str  # as written: 6月30日前, 每季度, 年底前 ...
    normalized: str  # ISO date (--06-30 when no year), a month range --05/--10, or a period: quarterly, half-yearly, monthly, yearly, ongoing


@dataclass
class Annotation:
    """One bracketed responsibility note of a task, kept as written."""

    text: str  # the bracket content, without the outer brackets
    # offset of the opening bracket in Task.text; a section or group heading's annotation covering the task (not
    # written in its text) stands zero-width at the end: start == end == len(Task.text)
    start: int
    end: int  # offset just past the closing bracket in Task.text


@dataclass
class Task:
    id: str  # anchor, unique within the plan: task-3, or s2-task-3 when numbering restarts per section
    number: int
    label: str  # the number as written: "1.", "(一)", "3、"
    title: str  # heading sentence: text after the label up to the first 。
    text: str  # the whole task text after the label, continuation lines joined
    line: int = 0  # 1-based line of the label in the plan source
    group: str = ""  # heading of the (一) group the task sits in, three-level outlines only
    assignments: list[Assignment] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    url: str | None = None

    def text_without_annotations(self, mark: str = "") -> str:
        """The task text with each responsibility annotation replaced by `mark`: what the task says, not who
        does it (resolve's sector words, similar tasks and the difference of two versions all read this)."""
        text = self.text
        for note in sorted(self.annotations, key=lambda a: a.start, reverse=True):
            if 0 <= note.start < note.end <= len(text):
                text = text[:note.start] + mark + text[note.end:]
        return text


@dataclass
class Group:
    """A (一) heading of a three-level outline; its tasks carry its label in Task.group."""

    label: str
    title: str
    text: str
    line: int = 0


@dataclass
class Section:
    number: str  # 一, 二 ... ("" for a plan without section heads)
    title: str  # the heading up to its first 。
    label: str = ""  # the number as written: "一、"
    heading: str = ""  # the whole heading line after the label, as written
    intro: str = ""  # paragraphs between the heading and the first task
    closing: str = ""  # unnumbered paragraphs after the last task
    line: int = 0
    # the caption of the attached table the section was read from, when a plan keeping no task in its text takes the
    # rows of its 附件 table as its tasks (parse/attached_table.py); "" for a section of the plan's own text
    attached: str = ""
    groups: list[Group] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Jurisdiction:
    """The government a plan's issuer serves: a unit of one jurisdiction is not the same unit in another."""

    id: str = ""  # ASCII: pinyin of the name, or the plan's id when the text names no place
    level: str = ""  # 国家 | 省 | 市 | 县/区 | 开发区 | 乡镇 | "" when the text does not say
    name: str = "未具名"  # 陕西省, 郑州市金水区; 未具名 where the text only says xx市


# What a reading note is about: the outline's shape, a rule the document states, a table's cells.
NOTE_KINDS = ("outline", "rule", "table")


@dataclass
class ReadingNote:
    """One thing about how a plan was read that an editor should know ("tasks read at the （一） level",
    "first listed unit leads, from line 12", "a cell under 责任单位 does not read as a unit name"); the reading
    report of `plansite check` and `plansite import` prints them. Only the rules are published."""

    line: int  # source line it concerns; 0 for the whole plan (its front matter, its shape)
    kind: str  # one of NOTE_KINDS
    text: str


# How the table reader marks a note that states a rule the document gives about its table (a matrix's legend, as
# read), not a cell it could not place: the plan's reading report lists it among the rules applied.
TABLE_RULE_NOTE = "rule: "
# How the source stage marks a note about the text's shape it read (lines set aside as a page's footnotes): the
# reading report lists it with the outline notes.
OUTLINE_NOTE = "outline: "
# How the table reader marks what it did not understand and must not guess (a column of bodies under a name it does
# not know, whose units it leaves unread): a warning of the plan, which `plansite check` lists with the others.
TABLE_WARNING_NOTE = "warning: "
# How the table reader marks a row whose number it counted itself (a table with no 序号 column, a row with an empty 序号
# cell): no note, but where the row's line stands (PlanText.unprinted), so that the outline numbers that task by its
# place among the plan's tasks, as any task printed without a number, rather than 1…N again after the plan's own tasks.
TABLE_ROW_UNNUMBERED = "row without a printed number"


def _published_rules(notes: list[ReadingNote]) -> list[str]:
    return [n.text for n in notes if n.kind == "rule"]


def _read_rules(texts: list[str]) -> list[ReadingNote]:
    return [ReadingNote(0, "rule", t) for t in texts]


@dataclass
class Plan:
    id: str
    title: str
    year: int | None = None
    issuer: str = ""
    jurisdiction: Jurisdiction = field(default_factory=Jurisdiction)
    doc_number: str = ""  # 发文字号 as written: x安委〔2024〕3号
    date: str = ""  # ISO date of issue, when the text or front matter gives it
    source_url: str = ""  # the published original's address (front matter source: {url})
    source: str = ""  # file the plan was read from
    preamble: str = ""
    closing: str = ""
    notes: list[str] = field(default_factory=list)  # standing notes: 以下各项工作均需…落实,不再列出
    sections: list[Section] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)  # text that fits nowhere else; `check` reports it
    warnings: list[str] = field(default_factory=list)
    # how the plan was read; the open data holds only its rules, as "rules" ("first listed unit leads, from line 12: …")
    readings: list[ReadingNote] = field(default_factory=list, metadata={
        "published": ("rules", _published_rules, _read_rules)})
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # front matter keys beyond the above

    def tasks(self) -> list[Task]:
        return [t for s in self.sections for t in s.tasks]

    @property
    def rules(self) -> list[str]:
        """The rules the document states about its own annotations, as applied (the published part of `readings`)."""
        return _published_rules(self.readings)

    def note(self, line: int, kind: str, text: str) -> None:
        """Add a reading note (see ReadingNote)."""
        self.readings.append(ReadingNote(line, kind, text))

    def table_note(self, line: int, message: str) -> None:
        """Add what the table reader said about the plan's table: a rule it read (TABLE_RULE_NOTE …), a cell it
        could not place, or a warning (TABLE_WARNING_NOTE)."""
        if message.startswith(TABLE_RULE_NOTE):
            self.note(line, "rule", message[len(TABLE_RULE_NOTE):])
        elif message.startswith(OUTLINE_NOTE):
            self.note(line, "outline", message[len(OUTLINE_NOTE):])
        elif message.startswith(TABLE_WARNING_NOTE):
            self.warnings.append(f"{self.source}:{line}: {message[len(TABLE_WARNING_NOTE):]}")
        else:
            self.note(line, "table", message)


def to_dict(obj: Any) -> Any:
    """Dataclass tree -> JSON-ready dict (new dicts and lists; strings and numbers shared).

    Not dataclasses.asdict: that deep-copies every leaf, and plans.json of a
    large corpus spent most of its time there.
    """
    if type(obj) in _LEAVES:
        return obj
    names = _FIELD_NAMES.get(type(obj))
    if names is None and is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES[type(obj)] = tuple(_public_field(f) for f in fields(obj))
    if names is not None:
        return {key: to_dict(publish(getattr(obj, name)) if publish else getattr(obj, name))
                for name, key, publish in names}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def _public_field(f) -> tuple[str, str, Any]:
    """(attribute, JSON key, what to publish of it): a field with `published` metadata shows only part of itself."""
    if "published" in f.metadata:
        key, publish, _ = f.metadata["published"]
        return f.name, key, publish
    return f.name, f.name, None


_FIELD_NAMES: dict[type, tuple[tuple[str, str, Any], ...]] = {}
_LEAVES = frozenset({str, int, float, bool, type(None)})


def _build(cls: type, data: dict) -> Any:
    known = {f.name: f for f in fields(cls)}
    published = {f.metadata["published"][0]: (f.name, f.metadata["published"][2])
                 for f in known.values() if "published" in f.metadata}
    kwargs = {}
    for name, value in data.items():
        if name in published:  # the published part of a field back into the field (a plan's rules)
            attribute, read = published[name]
            kwargs[attribute] = read(value)
            continue
        if name not in known:
            continue
        child = _CHILDREN.get((cls, name))
        if child and isinstance(value, dict):
            kwargs[name] = _build(child, value)
        else:
            kwargs[name] = [_build(child, v) for v in value] if child else value
    return cls(**kwargs)


_CHILDREN = {
    (Plan, "sections"): Section,
    (Plan, "jurisdiction"): Jurisdiction,
    (Section, "tasks"): Task,
    (Section, "groups"): Group,
    (Task, "assignments"): Assignment,
    (Task, "annotations"): Annotation,
    (Task, "deadlines"): Deadline,
}


def plan_from_dict(data: dict) -> Plan:
    return _build(Plan, data)
