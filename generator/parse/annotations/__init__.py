"""Responsibility annotations of a task: which bracketed notes (or labelled lines) name units, and with what role.

Rules (DESIGN.md, Roles): a verb applies to every unit listed before it in
the same clause; clauses are separated by , ; 。; a clause with no verb of its
own takes the role of its label (责任单位: …) or else is `responsible`;
`X会同Y` makes X lead and Y support. A parenthesis is an annotation only when
it reads as a list of units: (党组), (含气瓶), (xx委办〔2020〕158号) are not.

The grammar is read in three registered layers, a module each, each rule a class or function
documented with the phenomenon it handles (the words come from `lexicon`, compiled in `patterns`):
- ANNOTATION_FINDERS (`finders`): how an annotation is written (a bracket, a run of labels,
  a sentence of units and verbs);
- CLAUSE_RULES (`groups`): how the comma-separated clauses of a group bind (a list cut by a
  comma takes the verb after it; a trailing list of localities is not under a label);
- NAME_RULES (`name_lists`): how a written piece becomes a name (等 endings, 无).
This module runs them over a task's text (read_task) and adds what they read to the task (append_units).
Rules the document states about itself (排在第一位的为牵头单位) are `parse.rules`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import islice

from ...words import lexicon as lx
from ...model import Annotation, Assignment, Task
from ...words.brackets import top_level_spans
from ...words.names import unit_like
from ...words.script import SPACES_BETWEEN_IDEOGRAPHS
from .groups import _read_content
from .finders import ANNOTATION_FINDERS, ANNOTATION_FINDERS_ALONE
from .name_lists import drafting_notes
from .patterns import _LABEL, _UNKNOWN_UNIT_LABEL, without_label_dress, without_paired_person


@dataclass
class Reading:
    """What the annotations of one task say."""

    annotations: list[Annotation] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)  # labelled deadline text, as written
    notes: list[str] = field(default_factory=list)  # standing notes (以下各项工作均需…落实,不再列出)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (offset in the text, message with {column})
    # brackets naming bodies on purpose as something other than the task's units (a leader's portfolio: 分管甲股):
    # (offset, content, why), so the outline can say so of a heading over duties
    set_aside: list[tuple[int, str, str]] = field(default_factory=list)
    # some unit read from an annotation written apart from the task's wording (a bracket, a label, a units' sentence:
    # a finder not in_running_text), as read_task(running_text=False) would find it: the plan asks it of every task
    # to know whether it names its units task by task, without reading each task once more for that
    named_apart: bool = False


def read_task(text: str, alone: bool = False, running_text: bool = True, subjects: bool = False,
              units_apart: bool = False) -> Reading:
    """Find and read every annotation of a task's text.

    Each registered finder (ANNOTATION_FINDERS) proposes spans written in its way; in text
    order, a span that does not overlap an annotation already taken and that its finder
    accepts once read becomes the next annotation. `alone`: the text is a line standing on its own
    after a task's lines (区X局牵头，各街道配合。), whose first sentence may be the units' sentence; in a
    task's own text the first sentence is its title. `running_text=False`: only the ways written apart from the
    task's wording (brackets, labels, units' sentences), not units read out of its sentences (Finder.in_running_text),
    as the outline asks when it decides which items are tasks: a notice's requirement may say 市X委会同市Y局建立…
    `subjects`: the document assigns its work in prose (minutes): the bodies its clauses open with are read too
    (Finder.prose).
    `units_apart`: the plan names some task's units apart from its wording, so a task's sentence naming its body with
    the plan's modal (X要会同Y…) gives that task's units (Finder.beside_units_apart).
    """
    text = without_label_dress(text)  # ✅牵头单位：X: the symbol before a label is its dress (patterns._DRESSED_LABEL)
    text = without_paired_person(text)  # 责任科室/责任人：X/王某: the office's label over the office (patterns)
    reading = Reading()
    spans, reading.warnings = top_level_spans(text)
    finders = ANNOTATION_FINDERS_ALONE if alone else ANNOTATION_FINDERS
    if not running_text:
        finders = tuple(f for f in finders if not f.in_running_text)
    if not units_apart:
        finders = tuple(f for f in finders if not f.beside_units_apart)
    _take(reading, text, spans, tuple(f for f in finders if not f.prose))
    _warn_unknown_label_lines(reading, text)
    if subjects and running_text:  # the bodies the clauses open with, where not already read from an annotation
        prose = tuple(f for f in finders if f.prose)
        _roles_from_the_clauses(reading, text, spans, prose)
        _take(reading, text, spans, prose, named={a.name for a in reading.assignments})
        in_text_order(reading)
    return reading


def _roles_from_the_clauses(reading: Reading, text: str, spans, prose) -> None:
    """A minutes' 督办清单 lists beside each agreed item the bodies answering for it, bare (责任单位：A、B、C), while the
    item's own clauses say who leads and who helps (请A牵头，会同B、C…): the minutes' roles are the clauses', so a unit
    the bare list makes responsible takes the role its clause gives it (lead, support, implement). A clause the reader
    takes as a units' sentence of its own (…，市A局、市B局配合。) gives its role too, and the unit the list then names
    again with the same role is one pair, not two: the list repeats the item, it adds no duty."""
    if not any(a.role == "responsible" for a in reading.assignments):
        return
    said = Reading()
    _take(said, text, spans, prose)
    roles: dict[str, str] = {}
    for a in [*reading.assignments, *said.assignments]:
        if a.role != "responsible":
            roles.setdefault(a.name, a.role)
    moved: set[int] = set()
    for k, a in enumerate(reading.assignments):
        if a.role == "responsible" and a.name in roles:
            reading.assignments[k] = replace(a, role=roles[a.name])
            moved.add(k)
    pairs = [(a.name, a.role) for a in reading.assignments]
    reading.assignments = [a for k, a in enumerate(reading.assignments)
                           if k not in moved or pairs.count(pairs[k]) == 1]


def _warn_unknown_label_lines(reading: Reading, text: str) -> None:
    """责任科室：X股 / 联系科室：Y室: a line of a label the reader does not know, next to a line of labels it read, names
    units it does not read; say so, as an unknown label inside a bracket is (its units are not guessed a role).
    Only beside a label line read, so a task's own words that end in a head and a colon (各单位：…) stay quiet."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    taken = [(a.start, a.end) for a in reading.annotations]

    def in_annotation(start: int, line: str) -> bool:
        return any(s < start + max(len(line), 1) and start < e for s, e in taken)

    for k, (start, line) in enumerate(lines):
        if not _UNKNOWN_UNIT_LABEL.match(line) or _LABEL.match(line) or in_annotation(start, line):
            continue
        neighbours = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if any(_LABEL.match(other) and in_annotation(other_start, other) for other_start, other in neighbours):
            reading.warnings.append((start, f"annotation at column {{column}} not understood: the label of "
                                            f"'{line.strip()[:24]}' is not known, its units not read"))


def in_text_order(reading: Reading | Task) -> None:
    """Annotations read in two passes (or a task's, some read again) put back in the order they stand in the text,
    each unit keeping its own."""
    order = sorted(range(len(reading.annotations)), key=lambda k: reading.annotations[k].start)
    if order == list(range(len(order))):
        return
    place = {old: new for new, old in enumerate(order)}
    reading.annotations = [reading.annotations[k] for k in order]
    reading.assignments = sorted((Assignment(name=a.name, role=a.role, annotation=place[a.annotation])
                                  for a in reading.assignments), key=lambda a: a.annotation)


# a line opening with a ledger's report label (进展情况：…, 存在问题：…, 下步打算：…), maybe after the period it covers
# (本月进展情况：, 1-6月推进情况：: lexicon REPORT_PERIOD) or the matter it reports on (整改进展情况): to its end, what
# was done, what holds the row up or what comes next, naming no unit of the task. Only those words may stand before
# the label: a task's sentence ending in one (全面排查存在问题：…) is the task's own. A ledger set as a table is written
# so too, each report column on a line of its own under its row (source/formats/table/rows.py), so this one rule
# reads a ledger in prose and in a table alike
_REPORT_FIELD = re.compile(r"^[ \t\u3000]*(?:" + lx.REPORT_PERIOD + r")?(?:" + lx.alternation(lx.REPORT_SUBJECT_WORDS)
                           + r")?(?:" + lx.alternation(lx.REPORT_LABELS) + r")\s*[:：][^\n]*", re.M)


# a line quoting the upper level's item a row answers (省方案任务：“1.推进设备更新。（省发展改革委牵头，省财政厅配合）”), under
# its row of a 承接落实清单 (source/formats/table/rows.py `_upper_level_column_beside_task`) or a field of one set as
# prose: labelled by the upper level (lexicon.UPPER_LEVEL_ITEM_HEAD), or any short label over one quotation whole.
# The quote's annotation names the upper level's units, none of this plan's: to its end, no unit is read there
_QUOTED_UPPER_LEVEL_FIELD = re.compile(r"^[ \t\u3000]*(?:(?:" + lx.UPPER_LEVEL_ITEM_HEAD + r")\s*[:：][^\n]*"
                                       r"|[\u4e00-\u9fff]{2,12}[:：]“[^“”\n]*”[。；;，,]?$)", re.M)


# a line citing where a row's duty comes from, "职责依据:《…》第四条：…" under its row of a duty list (source/formats/table/
# rows.py writes a basis column so, lexicon TABLE_BASIS_HEADS): the article it quotes names a law's bodies (公安机关负责…,
# 其他有关部门依照职责分工…), none of the row's units. To its end, no unit is read there
_BASIS_FIELD = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{0,4}(?:" + lx.alternation(lx.TABLE_BASIS_HEADS)
                           + r")\s*[:：]\s*《[^\n]*", re.M)


def _in_report_field(text: str):
    """A test of an offset of the text: does it fall in a report field's line (进展情况：…), a line quoting the upper
    level's item (省方案任务：“…”) or a line citing a row's source (职责依据:《…》)?"""
    fields = [(m.start(), m.end()) for m in _REPORT_FIELD.finditer(text)] if any(
        label in text for label in lx.REPORT_LABELS) else []
    if "“" in text or any(level in text for level in lx.UPPER_LEVELS):
        fields = sorted(fields + [(m.start(), m.end()) for m in _QUOTED_UPPER_LEVEL_FIELD.finditer(text)])
    if "《" in text:
        fields = sorted(fields + [(m.start(), m.end()) for m in _BASIS_FIELD.finditer(text)])
    starts = [s for s, _ in fields]
    return lambda at: bool(fields) and (k := bisect_right(starts, at)) > 0 and at < fields[k - 1][1]


# an ASCII full stop after a character of Chinese words (or a closing bracket, or a percent sign: 增长3%.), before
# Chinese words, a space or the text's end: 某海关、市财政局配合. / 责任单位为X. / 配合.各县…负责落实 — texts pasted from Word/WPS or typed half-width end
# their sentences so; a decimal point (3.5) or a number's label (1.) stands after a digit. The next sentence may open
# with a figure, a Latin term or a quotation (保卫战.PM2.5浓度… / 招商.2025年… / 机制."一网通办"…) as well
_ASCII_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff）)%])\.(?=[\s\u4e00-\u9fffA-Za-z0-9\"“]|$)")
_ORDINAL_LABEL_BEFORE = re.compile(r"[ \t\u3000]*[" + lx.ORDINAL_WORD_NUMERALS + r"]+")


def full_stops_as_written_in_full_width(text: str) -> str:
    """The text the finders search: each ASCII full stop ending a sentence (_ASCII_FULL_STOP) read as 。, so a units'
    sentence closed by one ends there as one closed by 。 does. Same length: offsets stay the published text's.
    The full stop of an outline label written with word numerals (一.总体要求) ends no sentence. (A duty's title ends
    at the first of these stops too, in a text typed with ASCII stops: see parse._title_of.)"""
    if "." not in text:
        return text
    chars = list(text)
    for m in _ASCII_FULL_STOP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _ORDINAL_LABEL_BEFORE.fullmatch(text, line_start, m.start()):
            chars[m.start()] = "。"
    return "".join(chars)


# a look-alike of 、 returned by OCR between two characters of Chinese words (县水利局丶县农业农村局)
_ENUMERATION_COMMA_LOOKALIKE = re.compile(
    r"(?<=[\u4e00-\u9fff])[" + lx.ENUMERATION_COMMA_LOOKALIKES + r"](?=[\u4e00-\u9fff])")


def enumeration_commas_as_written(text: str) -> str:
    """The text the finders search: each look-alike of 、 that OCR of a scan returns between two words
    (_ENUMERATION_COMMA_LOOKALIKE) read as 、, so a list of names written with it parts into its names as one written
    with 、 does. Same length: offsets stay the published text's, and the annotation keeps the text as published."""
    if not any(c in text for c in lx.ENUMERATION_COMMA_LOOKALIKES):
        return text
    return _ENUMERATION_COMMA_LOOKALIKE.sub("、", text)


# OCR of a scan sets a space between any two characters of Chinese words, inside a label or a role verb too (配 合单位：,
# 责 任单位：, X牵 头，, 各社区落 实）): the words the finders know, split so, read as if the space were not there. Only
# a space between two CJK characters that splits a word of the lexicon standing where that word works: a label (a role
# word and its head, lx.LABEL_ROLE_WORDS + lx.LABEL_HEADS) right before its colon, a role verb (lx.VERB_ROLES) right
# before the mark closing its clause. A space between two words (区城管局 配合) splits none and stays where it is.
_SPLIT_LABELS = frozenset(role + head for words in lx.LABEL_ROLE_WORDS.values() for role in words
                          for head in lx.LABEL_HEADS) | frozenset(lx.LABEL_HEADS)
_SPLIT_ROLE_VERBS = frozenset(lx.VERB_ROLES)
_SPLIT_WORD_MAX = max(len(w) for w in _SPLIT_LABELS | _SPLIT_ROLE_VERBS)
_LABEL_COLON_AFTER = re.compile(r"[ \t]*[:：]")
_ROLE_VERB_CLAUSE_END = "，,、；;）)。\n"
_NAME_MAX = 32  # characters before a space read as the body's name it may end, at most (unit_like reads its end only)


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _split_word_end(text: str, space: int) -> int | None:
    """Where the lexicon word that the space at `space` splits ends (_SPLIT_LABELS before a colon, _SPLIT_ROLE_VERBS
    before a clause's end), or None where it splits none. The longest word first: 责任单 位： splits 责任单位, not the
    head 单位 alone. A space right after a body's name is the gap that ends the name, though the name's last character
    and the next ones make a verb (县科协 办） / 县安委会 办）, not 县科 协办, 县安委 会办): no word is read across it."""
    run_start = space
    while run_start > max(0, space - _NAME_MAX) and _cjk(text[run_start - 1]):
        run_start -= 1
    name_ends_here = None  # is the run of characters before the space a body's name? (asked once, when needed)
    for length in range(_SPLIT_WORD_MAX, 1, -1):
        for left in range(1, min(length, space - run_start + 1)):
            end = space + 1 + length - left
            if end > len(text):
                continue
            word = text[space - left:space] + text[space + 1:end]
            is_label = word in _SPLIT_LABELS and _LABEL_COLON_AFTER.match(text, end)
            if not (is_label or word in _SPLIT_ROLE_VERBS and (end == len(text) or text[end] in _ROLE_VERB_CLAUSE_END)):
                continue
            if space - left > run_start:  # the word would take the end of a run of characters before it
                if name_ends_here is None:
                    name_ends_here = unit_like(text[run_start:space])
                if name_ends_here:
                    continue
            return end
    return None


def split_words_as_written_whole(text: str) -> str:
    """The text the finders search: each label or role verb that a stray OCR space splits (_split_word_end) read
    whole, the space moved after the word, before its colon or the mark closing its clause (配 合单位： -> 配合单位␣：,
    街道平安办配 合） -> 街道平安办配合␣）), so the finders read the words as the text written without the space: a space
    moved before the word would part it from the characters before it where the text does not (县领导包联 村： is no
    label 包联村 after 县领导, as 县领导包联村： is none). Same length: offsets stay the published text's."""
    if " " not in text:
        return text
    chars = list(text)
    for m in SPACES_BETWEEN_IDEOGRAPHS.finditer(text):
        if m.group() != " ":  # one stray ASCII space, as OCR sets it; any other gap (two spaces, a tab, U+3000) stays
            continue
        end = _split_word_end(text, m.start())
        if end is not None:  # the word's characters after the space (to a colon or a clause's end: no space) move left
            chars[m.start():end - 1] = chars[m.start() + 1:end]
            chars[end - 1] = " "
    return "".join(chars)


def _commas_as_published(inner: str, found_in: str, published: str, start: int, end: int) -> str:
    """`inner`, read in `found_in`, with the look-alikes of 、 that enumeration_commas_as_written read kept as the
    published text writes them: an annotation shows its words as published."""
    if found_in is published:
        return inner
    at = found_in.find(inner, start, end)
    return published[at : at + len(inner)] if at >= 0 else inner


def _take(reading: Reading, text: str, spans, finders, named: frozenset[str] | set[str] = frozenset()) -> None:
    """Add to `reading` the annotations the finders find in the text, in text order, none overlapping another;
    a unit in `named` (read already, with the role its annotation gives) is not added again. Nothing is read in a
    report field's line (进展情况：…，X、Y按职责配合开展…): the bodies that took part in what was done are no units of
    the task."""
    reported = _in_report_field(text)
    stops_read = full_stops_as_written_in_full_width(text)
    found_in = split_words_as_written_whole(enumeration_commas_as_written(stops_read))
    candidates = [(start, end, inner, finder) for finder in finders
                  for start, end, inner in finder.candidates(found_in, spans) if not reported(start)]
    candidates = _without_guidance_beside_an_annotation(candidates, found_in)
    candidates = _without_repeats_of_a_bracket(candidates, found_in, spans)
    taken_until = 0  # candidates come in text order: one that starts before this end overlaps the last taken
    for start, end, inner, finder in sorted(candidates, key=lambda c: c[0]):
        if start < taken_until:
            continue
        groups = _read_content(inner)
        refused = next((n for g in groups for n in g.refused), None)
        said = (start, f"annotation at column {{column}} not understood: a unit label is followed by '{refused[:24]}', "
                       "which names no unit") if refused is not None else None
        if said is not None and said not in reading.warnings:  # say so (once: two finders may offer the span)
            reading.warnings.append(said)
        accepted = finder.accepts(groups, found_in, start, end, inner)
        for clause in (c for g in groups for c in g.unknown):  # say so rather than drop the units silently
            reading.warnings.append((start, f"annotation at column {{column}} not understood: the label of '{clause[:24]}'"
                                            " is not known, its units not read"))
        # people are named in an annotation taken, or after a unit label (责任单位：包村干部); a bracket in a task's
        # words listing people (主要负责人(法定代表人、实际负责人等)) is no annotation and says nothing of its units
        if accepted or any(g.has_label for g in groups):
            for person in (p for g in groups for p in g.people):
                reading.warnings.append((start, f"annotation at column {{column}}: '{person[:24]}' names people, not a "
                                                "unit: not read as one"))
        if not accepted:
            reason = finder.not_read_because(groups, inner, found_in[max(0, start - 16): start])
            if reason:  # bodies named on purpose as something other than the task's units: say so
                reading.warnings.append((start, f"annotation at column {{column}}: '{inner[:24]}' {reason}"))
                reading.set_aside.append((start, inner, reason))
            elif refused is None and drafting_notes(inner) and finder.looks_like_annotation(inner):
                # 责任单位：待定: a draft leaves the unit to be settled; understood, and said (the task shows none)
                reading.warnings.append((start, f"annotation at column {{column}}: '{inner[:40]}' names no unit yet, "
                                                "the draft leaves it to be settled"))
            elif refused is None and finder.looks_like_annotation(inner) and not says_same_as_above(inner):
                # say so rather than drop it silently (a 同上 stands for the item above's units: parse reads it)
                reading.warnings.append((start, f"annotation at column {{column}} not understood: '{inner[:40]}'"))
            continue
        if named and all(name in named for g in groups for name, _ in g.units):
            continue  # every unit it names read already from an annotation written apart
        for name in (n for g in groups for n in g.unclear):  # say so rather than guess where the name ends
            reading.warnings.append((start, f"annotation at column {{column}}: '{name[:24]}' names a body and what it "
                                            "does, the body's name not told apart from its work: read as written"))
        taken_until = end
        index = len(reading.annotations)
        shown = _commas_as_published(inner, found_in, stops_read, start, end)
        reading.annotations.append(Annotation(text=finder.written(text, start, end, shown), start=start, end=end))
        before = len(reading.assignments)
        for group in groups:
            # a standing note's units the task names already, maybe in other words (各镇 / 各乡镇), add nothing; only
            # the units given before the note count, or a note naming several (以下均需A、B落实) would keep only A
            given_before = len(reading.assignments)  # how many: a count, for the list only grows
            for at, (name, role) in enumerate(group.units):
                if at == group.note_from:  # the note's own clause starts: the group's units before it were given
                    given_before = len(reading.assignments)
                if name in named:
                    continue
                if group.note and any(a.name == name or a.role == role == "implement"
                                      for a in islice(reading.assignments, given_before)):
                    continue
                reading.assignments.append(Assignment(name=name, role=role, annotation=index))
            reading.deadlines += group.deadlines
            if group.note:
                reading.notes.append(group.note)
        if len(reading.assignments) > before and not finder.in_running_text:
            reading.named_apart = True


def _without_guidance_beside_an_annotation(candidates: list, text: str) -> list:
    """The candidates, less the running text's guidance clauses where the task carries an annotation of its own.

    A task's sentence may have a body guide others (…，县人民医院对口指导乡镇卫生院中医药服务。/ 县人民医院指导乡镇卫生院
    开展…，…): the task's own wording of what that body does. Where the task also closes with a bracket or label
    naming its units (（县卫生健康局负责，县中医院落实）), those are its units and the guidance clause names none;
    with no such annotation the clause is read as before (lexicon.GUIDING_VERBS)."""
    guidance = [c for c in candidates if c[3].in_running_text and _guides_with_an_object(text, c[0], c[1])]
    if not guidance:
        return candidates
    apart = any(not finder.in_running_text and _names_units(finder, text, start, end, inner)
                for start, end, inner, finder in candidates)
    return [c for c in candidates if c not in guidance] if apart else candidates


def _without_repeats_of_a_bracket(candidates: list, text: str, spans) -> list:
    """The candidates, less the running text's units' clauses whose every unit a bracket annotation names already in a
    role that holds the clause's.

    A task's sentence may say what one of its bodies does (…；市乙局按规定落实补偿资金。) and then close with the
    bracket listing the task's units and their roles (（市甲公司、市乙局负责）): the bracket is the task's own list, the
    clause its wording of one body's part. A body the bracket makes answer for the task carries its own part out, so
    the clause's 落实 (implement) adds nothing, nor does the same role said twice: the body is not named a second time.
    A clause naming a body the bracket does not name, or giving it another role (a table's duty column read beside
    its role columns: 区甲中心负责制定标准 | (牵头单位:区甲中心), the duty and the lead both), is read as before, as is
    one whose span the bracket's overlaps (only one of them is taken)."""
    running = [c for c in candidates if c[3].in_running_text]
    if not running:
        return candidates
    brackets = {(span.start, span.end) for span in spans}
    apart = [(start, end, _pairs_named(finder, text, start, end, inner))
             for start, end, inner, finder in candidates
             if not finder.in_running_text and (start, end) in brackets]
    repeats = []
    for start, end, inner, finder in running:
        held = {pair for s, e, pairs in apart if e <= start or end <= s for pair in pairs}
        pairs = _pairs_named(finder, text, start, end, inner)
        if pairs and all(_role_held(name, role, held) for name, role in pairs):
            repeats.append((start, end, inner, finder))
    return [c for c in candidates if c not in repeats] if repeats else candidates


def _role_held(name: str, role: str, held: set[tuple[str, str]]) -> bool:
    """Is the unit named among `held` in this role, or answering for the task where the role is carrying it out?"""
    return (name, role) in held or (role == "implement" and (name, "responsible") in held)


def _pairs_named(finder, text: str, start: int, end: int, inner: str) -> set[tuple[str, str]]:
    """The (name, role) of the units a candidate names, where its finder takes it as an annotation (else none)."""
    groups = _read_content(inner)
    if not finder.accepts(groups, text, start, end, inner):
        return set()
    return {pair for g in groups for pair in g.units}


def _names_units(finder, text: str, start: int, end: int, inner: str) -> bool:
    """Does the finder take the candidate as an annotation naming units (a bracket of words only names none)?"""
    groups = _read_content(inner)
    return finder.accepts(groups, text, start, end, inner) and any(g.units for g in groups)


def _guides_with_an_object(text: str, start: int, end: int) -> bool:
    """Is the span a body and a guiding verb with its object after it (县人民医院对口指导 | 乡镇卫生院…), or a body whose
    guiding verb and object follow it (县人民医院 | 指导乡镇卫生院…)?"""
    if text.startswith(lx.GUIDING_VERBS, end):
        return True
    return text[start:end].endswith(lx.GUIDING_VERBS) and end < len(text) and text[end] not in _CLAUSE_ENDS


_CLAUSE_ENDS = "，,。；;：:）)\n"


# an annotation saying only "the same as above", after a unit label or none: （同上） / （责任单位：同上。）
_SAME_ABOVE = re.compile(r"\s*(?:(?:" + lx.UNIT_LABEL + r")\s*[:：]\s*)?" + lx.SAME_ABOVE + r"\s*[。.；;]?\s*")


def says_same_as_above(inner: str) -> bool:
    """Does a bracket's content say only 同上 (the same as above), with or without a unit label before it?"""
    return len(inner) <= 40 and _SAME_ABOVE.fullmatch(inner) is not None


def same_as_above_at(text: str) -> int | None:
    """Offset of the first bracket of the text saying only 同上 (says_same_as_above), None where there is none."""
    if lx.SAME_ABOVE not in text:
        return None
    spans, _ = top_level_spans(text)
    return next((span.start for span in spans if says_same_as_above(span.inner(text))), None)


def append_units(task: Task, reading: Reading, new_pairs_only: bool = False) -> None:
    """The units of an annotation read elsewhere (a heading's, a block's) as the task's last annotations, zero-width
    at its end: the task's text stays the published text, and each unit keeps the annotation it was read from.

    With new_pairs_only, a unit the task already names in the same role is not given again: an item adding helpers
    to its heading's units may repeat one the heading lists in that role (heading 配合单位：A / item （A、B配合）), and
    the same pair twice says nothing more (a unit named in two roles keeps both)."""
    end = len(task.text)
    held = {(a.name, a.role) for a in task.assignments} if new_pairs_only else set()
    for index, note in enumerate(reading.annotations):
        task.annotations.append(Annotation(text=note.text, start=end, end=end))
        at = len(task.annotations) - 1
        task.assignments += [Assignment(name=a.name, role=a.role, annotation=at)
                             for a in reading.assignments if a.annotation == index and (a.name, a.role) not in held]
