"""The lexicon's labels and verbs compiled into the patterns every layer of the annotation reader matches,
and what a label's words say of a role (牵头单位 -> lead, 作为牵头单位 -> lead)."""
from __future__ import annotations

import re

from ...words import lexicon as lx
from ...words.brackets import depth_zero_split
from ...words.names import unit_like


_LABEL_ROLES = lx.LABEL_ROLES
# (任务分工：责任科室：X: a word announcing the division of work before the role label, lexicon.LABELS_OVER_ROLE_LABELS,
# is taken with the label and dropped; the inner label's role is the clause's. Where no label follows its colon the
# word is the label itself, 任务分工：X, as before)
_LABEL = re.compile(r"^\s*(?:(?:" + lx.alternation(lx.LABELS_OVER_ROLE_LABELS) + r")\s*[:：]\s*)?" + lx.LABEL_MODIFIER
                    + "(" + "|".join(p for p, _ in _LABEL_ROLES) + r")\s*" + lx.LABEL_COLON + r"\s*")
# a unit label with no colon, run into what follows it (责任单位县公安局): read as a label only where a unit's name
# follows (groups._label_run_into_its_unit); the deadline's labels are left out (a date follows them)
# (a copula in the colon's place, 责任单位是县财政局, is the label's)
_LABEL_NO_COLON = re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(" + "|".join(p for p, role in _LABEL_ROLES if role != "deadline") + ")"
                             + "(?:" + lx.alternation(lx.LOST_COLON_LABEL_COPULAS) + ")?")
# Another label (责任领导: 联系人:) says who, not which unit: its clause is not read as units.
_OTHER_LABEL = re.compile(r"^\s*[^:：、,，]{1,8}[:：]")
# a place keying the units after it (甲省：A；乙省方面：B, lexicon.JURISDICTION_KEY_ENDINGS): a proper name of one to six
# characters before its kind (not 各 / 全 / 本 / 有关 opening a collective or the whole area), then the colon; the
# place group is checked against the words that end like a place and are none (城区, 全省: lexicon.NOT_PLACE_WORDS)
_PLACE_KEY = re.compile(r"^\s*(?!" + lx.alternation(lx.COLLECTIVE_STARTS + lx.WHOLE_AREA_STARTS) + r")([\u4e00-\u9fff]{1,6}?(?:" + lx.alternation(lx.LOCALITY_KINDS) + "))(?:"
                        + lx.alternation(lx.JURISDICTION_KEY_ENDINGS) + r")?\s*[:：]\s*")
# a side of a cooperation keying the units after it by its short name (粤方：A；港方：B, lexicon.PARTY_KEY_ENDING): one or
# two characters before 方, then the colon; the key is checked against the words naming no one side (lexicon.NOT_PARTY_KEYS)
_PARTY_KEY = re.compile(r"^\s*([\u4e00-\u9fff]{1,2}" + re.escape(lx.PARTY_KEY_ENDING) + r")\s*[:：]\s*")
# "牵头单位:X 配合单位:Y" on one line: a label after a space starts a new clause.
_GLUED_LABEL = re.compile(r"(?<!\s)\s+(?=" + lx.LABEL_MODIFIER + "(?:" + "|".join(p for p, _ in _LABEL_ROLES) + r")\s*" + lx.LABEL_COLON + ")")
# "牵头单位：X｜配合单位：Y": 公众号 editors and web pages part two label clauses on one line with a bar (full-width ｜,
# ASCII |, 丨, │), spaced or not: the bar ends the clause before it as a ； would (it is no part of a name). The spaces
# before the bar are taken from their first one only (a long run of spaces without a bar stays linear).
# A system's export parts every field of a record so (… | 责任单位：X、Y | 责任领导：… | 办理状态：办理中 | 最新进展：…):
# a bar before any short field label (no punctuation in it, a colon after it) ends the clause too, so the last unit
# keeps no bar and the field after it (a person, a deadline, a status, progress) is read as the field it is
_BAR_BEFORE_LABEL = re.compile(r"(?:(?<!\s)\s+)?[｜|丨│]\s*(?=" + lx.LABEL_MODIFIER + "(?:" + "|".join(p for p, _ in _LABEL_ROLES)
                               + r")\s*" + lx.LABEL_COLON + r"|[^:：、,，;；。()（）\s｜|丨│]{1,8}\s*[:：])")
# "责任股室：X股　　分管领导：王某" (duty sheets of a bureau's own plan): after a wide gap (two spaces or a full-width
# one), any short label starts a new clause, so the person's label is not glued to the last unit's name; after a
# single space (a full-width one is read as one), only a label naming a person or another field of the task does
# (办公室 责任人：王某, 县X局 成果形式：制度文件): other
# text after one space may be part of a name (matched at the gap's start only, so a long run stays linear)
_LEADER_LABEL = "(?:责任|包联|分管|牵头|挂点|包抓|联系|督办)(?:县|市|区|镇|乡)?级?(?:领导|负责人|责任人|联系人)"
_GAP_LABEL = re.compile(r"(?<=[^ \u3000])(?:(?:[ ]{2,}|\u3000[ \u3000]*)(?=[^:：、,，;；。()（）\s]{1,8}\s*" + lx.LABEL_COLON + ")"
                        r"|[ \u3000]+(?=[^:：、,，;；。()（）\s]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*"
                        + lx.LABEL_COLON + ")"
                        # …参与单位：县X局 成果形式：制度文件: a label of the task's other fields is never part of a name
                        r"|[ \u3000]+(?=(?:" + lx.FIELD_LABEL + r")\s*" + lx.LABEL_COLON + ")"
                        # 责任单位：县水利局责任领导：赵某 / …包联领导：… / 责任站所：宣传办责任人：郑某: a leader's
                        # label, or a bare head naming a person only, glued to the body's name it follows (a project
                        # sheet's or a town's duty fields run together) starts the person's clause; not after a
                        # collective (各室负责人：, 各科室负责人：: the heads of each, one person's label, 各 a few
                        # characters back, each lookbehind fixed-width)
                        r"|(?<=[局委办厅部院会队站所心室组司处科股])(?=" + _LEADER_LABEL + r"\s*" + lx.LABEL_COLON + ")"
                        r"|(?<=[局委办厅部院会队站所心室组司处科股])(?<!各.)(?<!各..)(?<!各...)(?<!各....)(?=(?:"
                        + lx.alternation(lx.PERSON_ONLY_LABEL_HEADS) + r")\s*" + lx.LABEL_COLON + "))")
_LABEL_ROLE = [(re.compile(f"^(?:{p})："), role) for p, role in _LABEL_ROLES]  # matched with its colon: _role_of_label
# A labelled run outside brackets: at the start of a line or after a sentence end.
# (or after a wide gap, two spaces or a full-width one, as duty sheets set a person and the units apart on one
# line: 责任领导：王某  责任单位：镇信访办)
# (the gap's end is looked for, not a run of spaces at every offset of it: a long run stays linear)
# or after a dash, glued or not (…集散中心。——责任单位：县X局: see lexicon.DASH_BEFORE_LABEL)
_LABEL_WORDS = lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")" + "(?:(?:及|和)(?:" + lx.FIELD_LABEL + "))?" + r"\s*"  # (责任单位及咨询电话：)
# (公众号 editors glue the label line to the task's sentence behind a symbol: …修复到位。▶牵头单位：X｜配合单位：Y; the
# symbols are those of Unicode's symbol blocks — arrows, geometric shapes, miscellaneous symbols, dingbats, emoji —
# an emoji's variation selector after it; the symbol is left out of the annotation, as labels.label_of takes them for a label's dress)
_DECORATION = "[\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
# ✅牵头单位：X / ✅配合单位：Y / 👉牵头：X｜配合：Y / ✅责任领导：王某: a 公众号 editor sets a tick, a pointer or another
# symbol (an emoji, its variation selector or joiner after it) before each label of a task's annotation, on its own line
# or after a space or a ；, or before a bare role word read after a label (🏠落实：各村, lexicon.BARE_LABELS_AFTER_A_LABEL).
# The symbol is the label's dress, no part of the label nor of the name before it; it is
# blanked out (a space for each character, so every offset holds) before the annotation is read.
# The run is tried from its first symbol only (none before it) and taken whole, never given back: a long run of
# symbols without a label after it (■■■…■, ✨✨✨…) is then scanned once, not once from each of its symbols.
_DRESSED_LABEL = re.compile("(?<!" + _DECORATION + ")(?<![\ufe0f\u200d])(?:" + _DECORATION + "[\ufe0f\u200d]*)++(?=[ ]?(?:" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL
                            + "|" + lx.DEADLINE_LABEL + "|" + lx.alternation(lx.BARE_LABELS_AFTER_A_LABEL)
                            + r")|[^:：，,。；;\s]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS)
                            + r"))\s*" + lx.LABEL_COLON + ")")


def without_label_dress(text: str) -> str:
    """The text with the symbols dressing its labels blanked out (✅牵头单位：X -> ' 牵头单位：X'), offsets kept."""
    return _DRESSED_LABEL.sub(lambda m: " " * len(m.group()), text)


# 责任科室/责任人：X/姓名 / 责任科室、责任人：X、姓名: a street's or a township's plan fuses the office's label and the
# person's into one, their values paired off by the same mark, the office first. Read whole, the label ends in a
# person's head and named no unit. The person's half of the label and of the value is blanked out (a space for each
# character, so every offset holds), leaving the unit label over the office alone. The pair's value is bounded and
# holds no mark, so the match never reaches past the clause.
_PAIR_VALUE = r"[^/／、:：，,。；;（）()\s]"
_UNIT_AND_PERSON_LABEL = re.compile(lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")(?P<head>(?P<mark>[/／、])(?:"
                                    + lx.alternation(lx.PERSON_ONLY_LABEL_HEADS) + r"))\s*[:：]" + _PAIR_VALUE
                                    + r"{1,30}(?P<person>(?P=mark)" + _PAIR_VALUE + r"{1,10})(?!" + _PAIR_VALUE + ")")


def without_paired_person(text: str) -> str:
    """The text with the person's half of a fused unit-and-person label blanked out (责任科室/责任人：X/王某 ->
    责任科室    ：X    ), offsets kept."""
    def blank(m: re.Match) -> str:
        if m.group("mark") == "、" and m.string[m.end():m.end() + 1] == "、":
            return m.group()  # X、Y、Z: a list of units under the label, no office-and-person pair (review AA)
        out = list(m.group())
        second = m.group("person")[1:]
        # 责任单位、责任人：县财政局、县审计局: the second value is a body, not a person — the label's person half goes,
        # both values stay the label's units (review AA); an office inside a body (人事科, 办公室) is a body too:
        # lexicon.UNIT_ENDINGS holds its endings (科, 股, 室)
        parts = ("head",) if second.endswith(lx.UNIT_ENDINGS) else ("head", "person")
        for part in parts:
            for k in range(m.start(part) - m.start(), m.end(part) - m.start()):
                out[k] = " "
        return "".join(out)
    return _UNIT_AND_PERSON_LABEL.sub(blank, text)


# …but a label word between two dashes is a step of a chain, not a label: plans write a closed loop's steps joined by
# dashes (“收集—交办—督办—反馈”, “审批—监管—执法—信用”), and a step may be a role word (督办, 监管, 监督); after a dash
# the label's colon is no dash
# 开展体验评议|牵头单位：X|责任单位：Y: a bar parting a record's fields (a system's export, a web page) opens a label as a ；
# does, glued to the field before it or spaced
_BARE_LABEL = re.compile(r"(?:(?:(?:^|(?<=[。；;\n｜|丨│])|(?<=[。；;\n]" + _DECORATION + r")|(?<=[。；;\n]" + _DECORATION
                         + r"\ufe0f))[ ]*|(?:(?<=[ \u3000]{2})|(?<=\u3000))(?=[^ \u3000]))" + _LABEL_WORDS
                         + lx.LABEL_COLON + "|" + lx.DASH_BEFORE_LABEL + r"[ \u3000]*" + _LABEL_WORDS + r"(?![—─-])"
                         + lx.LABEL_COLON + ")", re.M)

# 以上两项责任单位：X；配合单位：Y / （以上两项）责任单位：X on a line of its own: a label line for the items above it,
# its scope (lexicon.ITEMS_ABOVE_SCOPE) glued before the first label. The run starts at the scope (the annotation's
# text keeps it, so the outline gives the line to the items it names); the units are read from the label on
_SCOPED_LABEL = re.compile(r"^[ \u3000]*(?P<scope>" + lx.ITEMS_ABOVE_SCOPE + r")[ \u3000]*(?=" + lx.LABEL_MODIFIER
                           + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON + ")", re.M)

# 调整为：牵头单位：X；配合单位：Y / 调整后牵头单位：X: a notice adjusting a plan's division of work announces the labels
# as they stand after the change (lexicon.UNITS_AFTER_CHANGE_OPENINGS) where a sentence opens; the words and their
# colon are no label. The run starts at them (the annotation's text keeps them); the units are read from the label on
_LABEL_AFTER_CHANGE = re.compile(r"(?:^|(?<=[。；;\n]))[ \u3000]*(?:" + lx.alternation(lx.UNITS_AFTER_CHANGE_OPENINGS)
                                 + r")[:：]?[ \u3000]*(?=" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*"
                                 + lx.LABEL_COLON + ")", re.M)

# 责任领导：王某 牵头单位：市X局: after a leader's label and name, one space is enough to start the unit labels
# (duty tables flattened into a line); after anything else one space is not (…办实事 牵头单位：社区”…)
_SPACED_LABEL = re.compile(r"(?<=[^ \u3000] )" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON)
# a unit label glued to the name before it, and the person's clause it ends (牵头县领导：王某 | 责任单位：…)
_LABEL_AFTER_A_NAME = re.compile(r"(?<=[^\s:：，,。；;])" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON)
# a label of units not known (服务单位：, 联系单位：, 分管部门：): a few words ending in a unit head, then its colon
_UNKNOWN_UNIT_LABEL = re.compile(r"^\s*[^:：、,，;；\s]{1,6}(?:" + lx.alternation(lx.UNKNOWN_LABEL_HEADS) + r")\s*[:：]\s*\S")
# a person after a person's label: the name, or the post, a space, the name (责任领导：县委常委、宣传部部长　刘某某: a
# duty sheet's field whose line break was lost, the next label glued to the name)
PERSON_AFTER_LABEL = r"(?:[^:：，,。；;\s]{2,30}[ \u3000]+)?[^:：，,。；;\s]{2,20}"
_PERSON_GLUED = re.compile(r"[ ]*[^:：，,。；;\n]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*" + lx.LABEL_COLON
                           + PERSON_AFTER_LABEL + "$")
_PERSON_CLAUSE = re.compile(r"(?:^|(?<=[。；;\n]))[ ]*[^:：，,。；;\n]{0,6}(?:" + "|".join(lx.PERSON_LABEL_HEADS) + r")\s*"
                            + lx.LABEL_COLON + r"[^:：，,。；;\n]{1,24} $")

_VERBS = tuple(sorted({**lx.VERB_ROLES, **lx.VERBS_AFTER_A_NAME, **lx.VERBS_AFTER_A_NAMED_BODY}, key=len, reverse=True))
_MANNER_OF_DUTY = ("(?:(?:" + "|".join(lx.VERB_MANNER_HEADS) + ")(?:" + "|".join(o for o in lx.VERB_MANNER_OWNERS if o) + ")?"
                   "(?:" + "|".join(lx.VERB_MANNER_OBJECTS) + ")|" + "|".join(lx.VERB_ADVERBS) + ")")
# (before a role verb, also a few words naming the plan or scheme worked to: 按照年度协商计划, 根据工作方案; the words
# are bounded and hold no mark, so the phrase never reaches over a name or a clause. Such a phrase does not make
# 执行 / 推进 a role (超大城市按现有规定执行 is a rule's wording, no body's duty): those take _MANNER_OF_DUTY only)
# (and the ground the body acts on, lexicon.VERB_SCOPES: 负责本地区落实; before a role verb only, so a scope never
# makes 执行 / 推进 a role)
# (and the staff the body sends, lexicon.STAFF_SENDING_WORDS, with where they go: 派员指导 / 派员到各选区指导; before
# a role verb only, as the scope)
_STAFF_SENT = ("(?:" + "|".join(lx.STAFF_SENDING_WORDS) + ")(?:(?:" + "|".join(lx.STAFF_DESTINATION_HEADS)
               + ")[^、，,；;。：:()（）\\s]{1,8}?)?")
_MANNER = ("(?:(?:" + "|".join(lx.VERB_MANNER_HEADS) + ")[^、，,；;。：:()（）\\s]{0,8}?(?:"
           + "|".join(lx.VERB_MANNER_DOCUMENTS) + ")|" + _MANNER_OF_DUTY + "|" + "|".join(lx.VERB_SCOPES) + "|"
           + _STAFF_SENT + ")")
_MANNER_VERBS = tuple(sorted(lx.MANNER_VERB_ROLES, key=len, reverse=True))


def _verb_not_in_a_name(verb: str) -> str:
    """The pattern of a role verb that is no verb where it opens a body's ending (联合 in 县供销合作社联合社)."""
    tails = [end[len(verb):] for end in lx.BODY_ENDINGS_OPENING_WITH_A_VERB if end.startswith(verb)]
    return verb + ("(?!" + "|".join(tails) + ")" if tails else "")


_VERB = re.compile("(?:" + _MANNER + "*(" + "|".join(map(_verb_not_in_a_name, _VERBS)) + ")|" + _MANNER_OF_DUTY + "+(" + "|".join(_MANNER_VERBS) + "))")
# Every verb ends in one of these: a cheap test before a search that tries every offset of the text.
_VERBS_ONLY = re.compile("(?:" + _VERB.pattern + ")+")  # 指导, 组织落实: nothing but verbs
_VERB_LAST = frozenset(verb[-1] for verb in _VERBS + _MANNER_VERBS)
_VERB_ROLE = {**lx.MANNER_VERB_ROLES, **lx.VERBS_AFTER_A_NAME, **lx.VERBS_AFTER_A_NAMED_BODY, **lx.VERB_ROLES}
_AT_END_ONLY = (frozenset(lx.VERBS_AT_END_ONLY) | frozenset(lx.VERBS_AFTER_A_NAME)  # 社会组织党组织: no verb inside a name
                | frozenset(lx.VERBS_AFTER_A_NAMED_BODY))
# a name opening as a body's does (市…, 县…, 各…, 有关…): where 主导 / 协调 give a role (not after 政府, 企业, 坚持政府)
_NAMED_BODY_OPENING = re.compile("^(?:" + lx.alternation(lx.NAME_OPENINGS) + ")")
_NOT_A_VERB_AFTER = re.compile("^[" + lx.VERB_NOUN_CONTINUATIONS + "]")


def verb_opens_a_noun(verb: str, rest: str) -> bool:
    """Do a verb's letters begin a noun with the words after them (负责人, 牵头部门; 实施情况, lexicon
    WORK_STATE_VERBS), so the verb is no role verb there?"""
    return bool(_NOT_A_VERB_AFTER.match(rest)) or (rest.startswith(lx.WORK_STATE_NOUN)
                                                    and verb.endswith(lx.WORK_STATE_VERBS))
_NO_UNIT = frozenset(lx.NO_UNIT)
_NOTE_START = re.compile("^\\s*(?:" + "|".join(lx.NOTE_STARTS) + ")")
_NOTE = re.compile("|".join(lx.NOTE_WORDS))
_JOINER = re.compile("[" + lx.JOINERS + "]")
_BARE_HEADS = frozenset(lx.QUALIFIER_HEADS + lx.BARE_HEADS)
_COLLECTIVE_START = re.compile("^(?:" + "|".join(lx.COLLECTIVE_STARTS) + ")")
_DOMAIN_BEFORE_JOINER = tuple(lx.NAME_DOMAIN_PAIR_FIRSTS)
_NAME_OPENINGS = tuple(lx.NAME_OPENINGS)


_LABEL_ONLY = re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + r")\s*[:：]?\s*$")


# 市X局为牵头单位 / 市Y局、市Z局为配合单位 / 市X局作为责任单位 / 由市X局担任牵头部门: the role stated as a label after
# 为 (or 作为 / 是 / 担任, lexicon.ROLE_AS_LABEL_VERBS)
_AS_LABEL = re.compile("(?:" + lx.alternation(lx.ROLE_AS_LABEL_VERBS) + ")" + lx.LABEL_MODIFIER + "(" + lx.UNIT_LABEL + r")\s*$")
_AS_LABEL_LETTERS = frozenset("".join(lx.ROLE_AS_LABEL_VERBS))


# 省X厅承担主体责任 / 省Y局履行质量监管责任: the role stated as the responsibility borne (lexicon.BORNE_DUTY_KINDS);
# the verb, a few words of the field (no mark), the kind, 责任 closing the piece (tested apart: no search anchored at
# the end of a long piece)
_BORNE_DUTY = re.compile("(?:" + lx.alternation(lx.BORNE_DUTY_VERBS) + ")[^\\s、，,；;。：:()（）]{0,"
                         + str(lx.BORNE_DUTY_FIELD_REACH) + "}?(" + lx.alternation(lx.BORNE_DUTY_KINDS) + ")"
                         + lx.BORNE_DUTY_WORD)
_BORNE_DUTY_REACH = max(map(len, lx.BORNE_DUTY_VERBS)) + lx.BORNE_DUTY_FIELD_REACH + max(map(len, lx.BORNE_DUTY_KINDS)) + len(lx.BORNE_DUTY_WORD)


# the collective words opening a name of the regulated parties (各生产经营单位, 有关企业, 各类市场主体)
_PARTY_COLLECTIVE_OPENING = re.compile("^(?:" + lx.alternation(("各级",) + lx.COLLECTIVE_STARTS + lx.ENTERPRISE_COLLECTIVE_WORDS) + ")+")


def regulated_party(name: str) -> bool:
    """各生产经营单位 / 有关企业 / 企业: the parties a task sets its duty on, named by their kind after collective words
    or alone (lexicon.REGULATED_PARTY_KINDS), no government body; 县X局 / 各乡镇 are bodies."""
    rest = name[_PARTY_COLLECTIVE_OPENING.match(name).end():] if _PARTY_COLLECTIVE_OPENING.match(name) else name
    return rest.endswith(lx.REGULATED_PARTY_KINDS) and not rest.startswith(lx.LOCALITY_KINDS)


def bodies_answering(names: str) -> bool:
    """Is every name of a 、 list a body's name written whole, opening as one does (县X局, 各乡镇, 市X委) and ending as
    one does strictly (no place alone: 县, 各地), none of the regulated parties (企业, 各生产经营单位)? The names a frame
    giving a role to names alone must hold (X承担主体责任, 以X为主, X做好…): before them a task's own words (督促企业,
    压实, 以县为主: the county bears the cost) end as names do and are none."""
    pieces = [p.strip() for _, p in depth_zero_split(names, "、")]
    return bool(pieces) and all(p.startswith(_NAME_OPENINGS) and unit_like(p, strict=True) and not regulated_party(p)
                                for p in pieces)


def _role_as_duty_borne(piece: str) -> tuple[str, str] | None:
    """'省X厅承担主体责任' -> ('省X厅', 'responsible'): units before 承担 / 履行 + the kind of 责任 take its role."""
    piece = piece.rstrip()
    if not piece.endswith(lx.BORNE_DUTY_WORD):
        return None
    start = max(0, len(piece) - _BORNE_DUTY_REACH)  # (only the piece's end is searched: linear)
    m = next((m for m in _BORNE_DUTY.finditer(piece, start) if m.end() == len(piece)), None)
    if m is None:
        return None
    names = piece[: m.start()]
    return (names, lx.BORNE_DUTY_KINDS[m.group(1)]) if bodies_answering(names) else None


def duty_borne_by_no_body(piece: str) -> bool:
    """'企业履行主体责任' beside a unit's clause in a bracket: the responsibility of a regulated party or of a task's words
    (no body's name before 承担 / 履行), the bracket's text about who answers, no unit of its own."""
    piece = piece.rstrip()
    if not piece.endswith(lx.BORNE_DUTY_WORD):
        return False
    start = max(0, len(piece) - _BORNE_DUTY_REACH)
    m = next((m for m in _BORNE_DUTY.finditer(piece, start) if m.end() == len(piece)), None)
    return m is not None and not bodies_answering(piece[: m.start()])


def _role_as_main_part(piece: str) -> tuple[str, str] | None:
    """'以市X局为主' -> ('市X局', 'lead'): the bodies framed as doing the main part (lexicon.MAIN_PART_FRAME) lead."""
    opening, closing = lx.MAIN_PART_FRAME
    piece = piece.strip()
    if not (piece.startswith(opening) and piece.endswith(closing)):
        return None
    names = piece[len(opening): -len(closing)]
    return (names, "lead") if names and bodies_answering(names) else None


def _role_as_label(piece: str) -> tuple[str, str] | None:
    """'市X局为牵头单位' -> ('市X局', 'lead'): units before 为 + a label take the label's role; so do units before the
    responsibility they bear ('省X厅承担主体责任', _role_as_duty_borne) or framed as doing the main part ('以省X厅为主',
    _role_as_main_part); None otherwise."""
    m = _AS_LABEL.search(piece) if not _AS_LABEL_LETTERS.isdisjoint(piece) else None  # (a cheap test before the search)
    if m is None:
        return _role_as_duty_borne(piece) or _role_as_main_part(piece)
    names = piece[: m.start()]
    last = names.rsplit("、", 1)[-1].strip()
    return (names, _role_of_label(m.group(1))) if unit_like(last) else None


def _role_of_label(label: str) -> str:
    """The role of a label read before its colon; looked up with the colon, for some labels are labels only before
    one (相关单位：, lexicon CONCERNED_BODY_LABELS)."""
    return next(role for pattern, role in _LABEL_ROLE if pattern.match(label + "："))

# A bracket of a time opening the sentence that names the units (1.听取…报告。（8月）由X承办，Y配合。/ （10月）承办单位：X):
# plans of the year set each item's month so; the bracket says when, the units' sentence or label follows it.
_TIME_BRACKET = re.compile(r"[（(](?=[^()（）]*[月季年旬])[\d一二三四五六七八九十〇上下中旬底前末全年月季度第日至—\-～~、]{1,16}[)）][ \u3000]*")
# a unit label where it starts (used with .match after such a bracket)
_UNIT_LABEL_AT = re.compile(lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON)

