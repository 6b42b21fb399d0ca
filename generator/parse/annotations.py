"""Responsibility annotations of a task: which bracketed notes (or labelled lines) name units, and with what role.

Rules (DESIGN.md, Roles): a verb applies to every unit listed before it in
the same clause; clauses are separated by , ; 。; a clause with no verb of its
own takes the role of its label (责任单位: …) or else is `responsible`;
`X会同Y` makes X lead and Y support. A parenthesis is an annotation only when
it reads as a list of units: (党组), (含气瓶), (xx委办〔2020〕158号) are not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Annotation, Assignment
from .brackets import BRACKET, CLOSERS, OPENERS, depth_zero_split, strip_trailing_brackets, top_level_spans

_LABEL_ROLES = [
    (r"牵头责任(?:单位|部门)|牵头(?:单位|部门)|主责(?:单位|部门)", "lead"),
    (r"协同责任(?:单位|部门)|配合责任(?:单位|部门)|(?:主要)?参与(?:单位|部门)|协同(?:单位|部门)|配合(?:单位|部门)|协办(?:单位|部门)|协作(?:单位|部门)", "support"),
    (r"落实(?:单位|部门)|实施(?:单位|部门)", "implement"),
    (r"责任(?:单位|部门|主体)|负责(?:单位|部门)|任务分工|分工", "responsible"),
    (r"完成时限|完成时间|时间节点|时限要求|时间要求|进度安排|时限", "deadline"),
]
_LABEL = re.compile(r"^\s*(?:主要)?(" + "|".join(p for p, _ in _LABEL_ROLES) + r")\s*[:：]\s*")
# Another label (责任领导: 联系人:) says who, not which unit: its clause is not read as units.
_OTHER_LABEL = re.compile(r"^\s*[^:：、,，]{1,8}[:：]")
# "牵头单位:X 配合单位:Y" on one line: a label after a space starts a new clause.
_GLUED_LABEL = re.compile(r"(?<!\s)\s+(?=(?:主要)?(?:" + "|".join(p for p, _ in _LABEL_ROLES) + r")\s*[:：])")
_LABEL_ROLE = [(re.compile(f"^(?:{p})$"), role) for p, role in _LABEL_ROLES]
# A labelled run outside brackets: at the start of a line or after a sentence end.
_BARE_LABEL = re.compile(r"(?:^|(?<=[。；;\n]))[ ]*(?:" + "|".join(p for p, _ in _LABEL_ROLES[:-1]) + r")\s*[:：]", re.M)

_VERBS = ("负责落实", "抓好落实", "组织落实", "牵头落实", "配合落实", "牵头负责", "牵头抓总", "抓统抓总抓协调", "抓总",
          "负总责", "牵头", "负责", "配合", "协同", "协助", "参与", "落实")
_VERB = re.compile(
    r"(?:按照?职责分工|依职责分工|按照?职责|依职责|按分工|分工|分别|共同|具体|各自)*"
    r"(" + "|".join(_VERBS) + ")"
)
# Every verb ends in one of these: a cheap test before a search that tries every offset of the text.
_VERB_LAST = frozenset(verb[-1] for verb in _VERBS)
_VERB_ROLE = {
    "负责": "responsible", "配合": "support", "协同": "support", "协助": "support", "参与": "support",
    "落实": "implement", "负责落实": "implement", "抓好落实": "implement", "组织落实": "implement",
    "配合落实": "support", "负总责": "lead",
}
_NOT_A_VERB_AFTER = re.compile(r"^[人者同的部单科室处股组]")
_QUALIFIER = re.compile(r"等(?:其他|其它|有关|相关|各)*(?:行业主管)?(?:部门|单位|成员单位|部门单位)?$")
_NOTE_START = re.compile(r"^\s*(?:以下|上述|下同|同上|本方案|所有|各项工作)")
_NOTE = re.compile(r"以下|下同|不再列出|均需|均涉及|同上")
_JOINER = re.compile(r"[和及与]")
_COLLECTIVE_START = re.compile(r"^(?:各|有关|相关|其他|其它|市直)")

_UNIT_END = re.compile(
    r"(?:局|委|办|部|厅|署|队|院|会|中心|站|处|所|组|政府|单位|部门|公司|社|台|集团|室|段|专班|党校|学院|银行|机构|"
    r"委员会|办公室|乡镇|街道|县|区|镇|各地|企业)$"
)
_LOCALITY_END = re.compile(r"(?:乡镇|街道|县|区|镇|各地|企业)$")
_END_WINDOW = 16  # characters at the end of a name that _UNIT_END and _LOCALITY_END can look at, at most


@dataclass
class Reading:
    """What the annotations of one task say."""

    annotations: list[Annotation] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)  # labelled deadline text, as written
    notes: list[str] = field(default_factory=list)  # standing notes (以下各项工作均需…落实,不再列出)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (offset in the text, message with {column})


def unit_like(name: str, strict: bool = False) -> bool:
    """Does the written form end like the name of a body (局, 委, 办, 支队, 乡镇(街道) …)?"""
    if len(name) > _CACHED_NAME:  # a clause, not a name: a cache entry each would keep every suffix of a long text
        return _unit_like(name, strict)
    return _cached_unit_like(name, strict)


_CACHED_NAME = 80


@lru_cache(maxsize=65536)  # a pure function of a short name, asked again for every mention of the unit
def _cached_unit_like(name: str, strict: bool) -> bool:
    return _unit_like(name, strict)


def _unit_like(name: str, strict: bool) -> bool:
    core = strip_trailing_brackets(name)
    tail = max(0, len(core) - _END_WINDOW)  # the ending only: a $-anchored search tries every start otherwise
    if not core or not _UNIT_END.search(core, tail):
        return False
    return not (strict and _LOCALITY_END.search(core, tail))


def read_task(text: str) -> Reading:
    """Find and read every annotation of a task's text."""
    reading = Reading()
    spans, reading.warnings = top_level_spans(text)
    candidates = [(s.start, s.end, s.inner(text), "bracket") for s in spans]
    candidates += _bare_label_runs(text, spans)
    candidates += _verb_sentences(text)
    reach = -1  # where the accepted annotations end, at most: they start before each later candidate, so this
    # one overlaps one of them exactly when it starts before that (a test against each was quadratic)
    for start, end, inner, kind in sorted(candidates, key=lambda c: c[0]):
        if start < reach:
            continue
        groups = _read_content(inner)
        accepted = _is_verb_sentence(groups, inner) if kind == "sentence" else \
            _is_annotation(groups, text, start, end, bare=kind == "label")
        if not accepted:
            continue
        index = len(reading.annotations)
        reading.annotations.append(Annotation(text=inner, start=start, end=end))
        reach = max(reach, end)
        for group in groups:
            for name, role in group.units:
                reading.assignments.append(Assignment(name=name, role=role, annotation=index))
            reading.deadlines += group.deadlines
            if group.note:
                reading.notes.append(group.note)
    return reading


def _bare_label_runs(text: str, spans) -> list:
    if ":" not in text and "：" not in text:
        return []  # no label without its colon; the search for one tries every offset
    runs = []
    for m in _BARE_LABEL.finditer(text):
        if any(s.start <= m.start() < s.end for s in spans) or any(r[0] <= m.start() < r[1] for r in runs):
            continue
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        runs.append((m.start(), end, text[m.start():end].strip(), "label"))
    return runs


_SENTENCE_END = "。；;\n"
_VERB_END = re.compile("(?:" + _VERB.pattern + r")\s*$")


def _ends_with_verb(text: str) -> bool:
    """_VERB_END.search(text), skipped when the last character cannot end a verb."""
    return text.rstrip()[-1:] in _VERB_LAST and _VERB_END.search(text) is not None


# A sentence that starts by telling someone to act (督促企业负责) is a task, not a list of units.
_ACTION_START = re.compile(r"^(?:督促|推动|指导|要求|组织|鼓励|支持|引导|加强|强化|落实|开展|推进|确保|各地要|切实)")


def _verb_sentences(text: str) -> list:
    """Sentences after the heading that may be nothing but units and their verbs: 市应急局牵头,市公安局配合。"""
    found = []
    for start, sentence in depth_zero_split(text, _SENTENCE_END)[1:]:
        body = sentence.strip()
        if body.startswith("由"):  # 由市应急局牵头: the unit comes after 由
            body = body[1:]
        if 0 < len(body) <= 80 and _ends_with_verb(body):
            lead = sentence.index(body[0])
            found.append((start + lead, start + lead + len(body), body, "sentence"))
    return found


def _is_verb_sentence(groups: tuple[_Group, ...], sentence: str) -> bool:
    """Every clause a list of units ending in its verb, nothing else: then the sentence is an annotation."""
    if any(g.has_label or g.note or g.deadlines for g in groups):
        return False
    names = [n for g in groups for n in g.names_seen]
    clauses = [c for _, c in depth_zero_split(sentence, ",，")]
    return (bool(names) and all(_ends_with_verb(c.strip()) for c in clauses)
            and all(unit_like(n) and not _ACTION_START.match(n) and not n.endswith("企业") for n in names))


@dataclass
class _Group:
    units: list[tuple[str, str]] = field(default_factory=list)
    names_seen: list[str] = field(default_factory=list)
    has_label: bool = False
    has_verb: bool = False
    deadlines: list[str] = field(default_factory=list)
    note: str = ""


# Plans repeat the same annotations (市应急局牵头, 街道, 党组) task after task, so a reading is kept and
# shared: callers only read the groups, never change them.
@lru_cache(maxsize=16384)
def _read_content(content: str) -> tuple[_Group, ...]:
    groups = []
    for _, group_text in depth_zero_split(_GLUED_LABEL.sub(";", content), ";；。"):
        if group_text.strip():
            groups.append(_read_group(group_text))
    return tuple(groups)


def _read_group(group_text: str) -> _Group:
    group = _Group()
    if _NOTE.search(group_text):
        group.note = group_text.strip()
    label_role = None
    clauses = depth_zero_split(group_text, ",，")
    for n, (_, clause) in enumerate(clauses):
        m = _LABEL.match(clause)
        if m:
            label_role = _role_of_label(m.group(1))
            group.has_label = True
            clause = clause[m.end():]
            if label_role == "deadline":
                group.deadlines.append(",".join([clause] + [c for _, c in clauses[n + 1 :]]).strip())
                break
        elif _OTHER_LABEL.match(clause):
            label_role = None
            continue
        if not clause.strip() or (group.note and _NOTE_START.match(clause)):
            continue
        _read_clause(clause, label_role or "responsible", group)
    return group


def _role_of_label(label: str) -> str:
    return next(role for pattern, role in _LABEL_ROLE if pattern.match(label))


def _read_clause(clause: str, default_role: str, group: _Group) -> None:
    whole = clause
    at = _depth_zero_find(whole, "会同")
    if at >= 0:
        group.has_verb = True
        for name in _names(whole[:at]):
            _add(group, name, "lead")
        right, _ = _split_verb(whole[at + 2 :])
        for name in _names(right):
            _add(group, name, "support")
        return
    pending: list[str] = []
    for _, piece in depth_zero_split(whole, "、"):
        name_part, verb = _split_verb(piece)
        pending += _names(name_part)
        if verb:
            group.has_verb = True
            for name in pending:
                _add(group, name, verb)
            pending = []
    for name in pending:
        _add(group, name, default_role)


def _add(group: _Group, name: str, role: str) -> None:
    if group.note and not unit_like(name):
        return  # the wording of a standing note, not a unit
    group.units.append((name, role))
    group.names_seen.append(name)


def _depth_zero_find(text: str, needle: str) -> int:
    if needle not in text:
        return -1  # the usual case; no need to walk the text
    depth = 0
    for i, ch in enumerate(text):
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and text.startswith(needle, i):
            return i
    return -1


_BRACKETED_VERB = re.compile(r"^(.*?)[(（〔]\s*(" + _VERB.pattern + r")\s*[)）〕]\s*$")


def _split_verb(piece: str) -> tuple[str, str | None]:
    """'市应急局牵头' -> ('市应急局', 'lead'); a verb must end the piece (or be followed only by a note)."""
    bracketed = _BRACKETED_VERB.match(piece)  # 市应急局(牵头): the role in brackets after the name
    if bracketed:
        piece = bracketed.group(1) + bracketed.group(2)
    best = None
    for m in _VERB.finditer(piece):
        tail = piece[m.end():]
        if _NOT_A_VERB_AFTER.match(tail) or unit_like(tail):
            continue
        best = m
    if best is None:
        return piece, None
    core = best.group(1)
    role = "lead" if ("牵头" in core or "抓总" in core) else _VERB_ROLE[core]
    return piece[: best.start()], role


def _names(text: str) -> list[str]:
    """Written unit names in a run without verbs: split on 和/及/与 only where they join two units."""
    names = []
    for _, piece in depth_zero_split(text, "、"):
        piece = _QUALIFIER.sub("", piece.strip().strip(",， ")).strip()
        if piece:
            names += [n for n in _split_joined(piece) if n]
    return names


def _split_joined(text: str) -> list[str]:
    # one pass over the joiners, where a recursion on what followed each split re-scanned it (and overflowed
    # Python's stack past ~1000 names): quadratic on a long run of 和
    names, start = [], 0
    depth = _bracket_depths(text) if BRACKET.search(text) else None
    ink = len(text.rstrip())  # the text after a joiner is empty when the joiner is at or past this
    for m in _JOINER.finditer(text):
        if depth is not None and depth[m.start()] > 0:
            continue
        # unit_like reads a piece's ending and _COLLECTIVE_START its opening: views of _VIEW characters
        # give the same answers without copying the rest of the text for every joiner
        right = text[max(m.end(), ink - _VIEW): ink].strip()
        left = text[max(start, m.start() - _VIEW): m.start()].strip()
        opening = text[start: min(m.start(), start + _VIEW)].lstrip()
        if m.end() < ink and right and unit_like(right) and (
            unit_like(left) or _COLLECTIVE_START.match(opening)
        ):
            names.append(_QUALIFIER.sub("", text[start: m.start()].strip()).strip())
            start = m.end()
    return names + [_QUALIFIER.sub("", text[start:]).strip()]


_VIEW = 400  # characters; a unit name is at most MAX_NAME (200) and its bracketed notes shorter


def _bracket_depths(text: str) -> list[int]:
    """Bracket depth before each character, a stray closer at depth 0 ignored."""
    depths, depth = [], 0
    for ch in text:
        depths.append(depth)
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
    return depths


# Words of a sentence rather than of a name: (重大风险隐患报主管和监管部门) says what to do.
_CLAUSE_WORD = re.compile(r"报(?!社|刊)|[向将把须请]")
_BOUNDARY_END = "。；;！!？?"  # a sentence ended (or a line: "\n") just before a bracket, spaces between
_BOUNDARY_AFTER = re.compile(r"\s*(?:$|[。；;\n])")  # matched at the bracket's end, not on a copy of the rest


def _boundary_before(text: str, start: int) -> bool:
    """Does a sentence or line end just before `start` (spaces between)? Walks back over the spaces only."""
    i = start
    while i and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in _BOUNDARY_END


def _is_annotation(groups: tuple[_Group, ...], text: str, start: int, end: int, bare: bool) -> bool:
    names = [n for g in groups for n in g.names_seen]
    if any(g.has_label for g in groups):
        return bool(names) or any(g.deadlines for g in groups)
    if bare or not names:
        return False
    like = sum(unit_like(n) for n in names)
    if any(g.has_verb for g in groups):
        return like > 0 and like * 2 >= len(names)
    at_boundary = _boundary_before(text, start) or _BOUNDARY_AFTER.match(text, end)
    if not at_boundary or unit_like(text[max(0, start - 8) : start]):
        return False  # 政府(管委会): another name for the body just written, not a list of units
    return all(unit_like(n, strict=True) and not _CLAUSE_WORD.search(n) for n in names)
