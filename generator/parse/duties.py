"""Duty lists written unit-first: the unit is named first and its duties follow.

Members' duty lists of a 安委会 / 防指 / 领导小组 (成员单位职责), the 职责分工 part of a 实施方案 and a department's
安全生产责任清单 do not name the units after each task; each item opens with the unit:

    一、县应急管理局：负责全县安全生产综合监督管理，承担县安委会日常工作。
    （二）市发展改革委。负责争取中央预算内投资支持……
    3.县公安局：                      (its duties as （1）（2） points on the lines below)

or the unit is a heading of its own over its numbered duties (`一、市水利局` / `1.……` `2.……`).

The careful reading: each item is a task, its printed number the task's; the unit that heads a duty is responsible
for it (it is the subject of every duty sentence after it); brackets and labels inside the duty text bind as in any
task (`（市Y局配合）` adds Y as support). The lead word must name a body (`unit_like`, the lexicon's endings): a
run-in heading `一、组织领导：…` / `（一）指导思想：…`, a label `牵头单位：`, a sentence opening with a verb
(`（一）成立领导小组：…`) and a category heading over the units (`一、综合监管部门`) are no units. A lead word
naming the other units by reference (`其他有关部门：按照各自职责…`) names no unit, and the reading says so.

Also here: a heading saying whose duties follow (`（一）领导小组工作职责`), label lines heading blocks of duties
(`牵头单位：X` before items 1. 2., again before 3. 4.), and the report of unit-first paragraphs that carry no number.
A duty list set as a table (`序号 | 成员单位 | 主要职责`) is the table reader's (`formats/table/header._duty_table`).
"""
from __future__ import annotations

import re

from ..model import Annotation, Assignment, Group, Plan, Task
from ..words import lexicon as lx
from ..words.brackets import top_level_spans
from ..words.names import localities_where, town_named_bare, unit_like, village_named
from .annotations import Reading, append_units, read_task
from .annotations.name_lists import ends_in_role_bracket
from ..words.labels import label_of
from .records import headings_over_items, withdraw_heading_over_named_items_note

# the lead word and its stop: a colon or a full stop, or the end of the item's first line. County duty lists write a
# duty two bodies share with their names parted by a space (3.团县委 县妇联：负责…, 县文联 县作协：…): the lead word
# may hold names parted by spaces, read only where a colon closes it (a spaced first line with no colon is a sentence)
_WORD = r"[^\s:：。，,；;]{2,40}?"
_LEAD = re.compile(r"^[ \u3000]*(" + _WORD + r"(?:[ \u3000]+" + _WORD + r")*?)[ \u3000]*(?:([:：。])|(?=\n)|$)")
# a unit's name closed by an ASCII or full-width period typed for the full stop ((十一)国网X供电公司.负责…, in an
# outline typed with half-width brackets): read as the full stop, only where the unit's duty opens after it (no
# figure beside it: 5.0 / 1.5亿元 are numbers); otherwise the lead is read as before
_LEAD_PERIOD = re.compile(r"^[ \u3000]*(" + _WORD + r")[ \u3000]*(?<![0-9０-９.．])([.．])(?![0-9０-９.．])")
_SPACED = re.compile(r"[ \u3000]")
_LABEL = re.compile(r"^" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + ")$")
_NOT_A_NAME = tuple(lx.NOT_A_NAME_STARTS) + tuple(lx.SETTING_UP_WORDS) + tuple(lx.DUTY_NOT_LEAD_STARTS)
_NAME_STEMS = tuple(lx.DUTY_LEAD_NAME_STEMS)  # 发展改革委: opens with a verb yet is a body's name
# a body's name opens with a level or collective word, a body's own opening (国网…, 国有…), or a place name ending in a level
# word
_OPENS_A_NAME = re.compile("(?:" + lx.alternation(lx.DUTY_LEAD_OPENINGS + lx.STATE_OWNED_OPENINGS) + "|[^、（）()]{1,6}?(?:"
                           + lx.alternation(lx.LOCALITY_KINDS) + ")(?![乡镇村街市县区]))")  # 乡镇, 县市: kinds, not a place
_NOT_PLACE = re.compile("(?:" + lx.alternation(lx.NOT_PLACE_WORDS) + ")$")
# 局党组 / 公司党委 / 厅机关: the issuing body's own organ, named by the body's kind alone (the whole lead word)
_OWN_ORGAN = re.compile("(?:" + lx.alternation(lx.OWN_BODY_KINDS) + ")(?:" + lx.alternation(lx.OWN_ORGAN_HEADS) + ")")


def _opens_a_name(lead: str) -> bool:
    """Does the lead word open as a body's name does (县…, 各…, 国网…, 柳河县…; not 建设城市…), or is it a company's
    registered name (青溪华润燃气有限公司)?"""
    if lead.startswith(_VERBS_OPENING_A_DUTY):
        return False  # 会同区X局做好…: the verb opens the duty; 会同区 is no place
    form = next((e for e in lx.COMPANY_FORM_ENDINGS if lead.endswith(e)), "")
    if form and len(lead) - len(form) >= _COMPANY_NAME_MIN:
        return True  # 青溪华润燃气有限公司: a company's registered name, its legal form last, needs no level word
    if _OWN_ORGAN.fullmatch(lead):
        return True  # （一）局党组 over its duties: the body's own organ, named as its own plan names it
    m = _OPENS_A_NAME.match(lead)
    return m is not None and not _NOT_PLACE.search(m.group()) and not _holds_a_verb_of_doing(m.group())


_COMPANY_NAME_MIN = 2  # characters before the legal form: a name before it at the least (有限公司 alone names none)


# verbs of doing a measure (建设, 做强, 推进 …; two characters or more: one is too often part of a place's name)
_DOING_VERBS = tuple(sorted({v for v in lx.NOT_A_NAME_STARTS + lx.BOX_ITEM_NOT_STARTS + lx.DUTY_NOT_LEAD_STARTS
                             if len(v) >= 2 and v not in lx.FOCUS_LIST_WORDS}))


def _holds_a_verb_of_doing(place: str) -> bool:
    """Do the words before the level word hold a verb of doing (高标准建设省…, 大力做强县级…)? A heading sentence
    then says what is done to the facility it names; a place's name holds none."""
    return any(v in place for v in _DOING_VERBS)


# verbs a duty opens with before a body's name (会同区X局…, 配合县X局…, 协助…): the body is a partner in the duty
_VERBS_OPENING_A_DUTY = (lx.WITH_VERB,) + tuple(lx.ASSIST_VERBS)


# 领导小组工作职责 / 市防汛抗旱指挥部职责 / 县应急管理局主要职责: a heading naming whose duties the items under it are
_DUTIES_OF = re.compile("^[ \u3000]*(.+?)(" + lx.alternation(lx.DUTY_HEADING_ENDS) + ")[ \u3000。：:]*$")
# 河务部门 / 通信管理部门: one sector's department, named without a level (no list, no place)
_SECTOR_DEPARTMENT = re.compile("^[^、，,和及与]{2,6}(?:" + lx.alternation(lx.DUTY_SECTOR_HEADS) + ")$")
# sectors sharing one department head before their duty (交通运输、水利部门：负责…): each short domain before the last is
# that sector's department too, written short; read as written, one name a piece (the shared-modifier convention).
# Only before a colon, which closes a lead of names; before a full stop (国资、商务、供销部门。负责…) it stays unread
_SECTORS_SHARING_A_HEAD = re.compile("^(?:[^、，,和及与：:（）()]{2,6}、)+[^、，,和及与：:（）()]{2,6}(?:"
                                     + lx.alternation(lx.DUTY_SECTOR_HEADS) + ")$")
_SETTING_UP = re.compile(lx.alternation(lx.SETTING_UP_WORDS))  # 村（社区）建立…应急工作组: a sentence, not a name
# a heading naming a kind of unit, not a unit: 综合监管部门, 党委部门, 行业主管部门, 成员单位 (no level word before the head)
_CATEGORY = re.compile("^[^" + "".join(sorted({k[0] for k in lx.LOCALITY_KINDS} | {"各"})) + "]*(?:"
                       + lx.alternation(lx.DUTY_CATEGORY_HEADS) + ")$")


def lead_units(text: str, alone: bool = False, loose: bool = False,
               towns_only: bool = False) -> tuple[int, list[str], str] | None:
    """(end of the lead, names, what they are called) of an item whose text opens with the units it is the duty of.

    `alone`: the text is a heading's title (一、市水利局), which is the units' names and nothing else.
    `loose`: the item stands in a run of such items (duty_runs): a short name closed by a colon need not open as a
    body's name does (党政办：负责… / 综合组：负责… in a town's or a 预案's list).
    `towns_only` (with `loose`): only a lead of towns named bare over their duty is read (town_heads_a_duty).
    None when the lead word does not name bodies.
    """
    duties_of = _DUTIES_OF.match(text) if alone else None
    if duties_of:  # （一）领导小组工作职责 / 2.2.1市防汛抗旱指挥部职责: the heading says whose duties follow
        text = duties_of.group(1)
    m = _LEAD.match(text)
    period = _LEAD_PERIOD.match(text) if not alone else None
    if period and (not m or period.end() < m.end()) and opens_as_a_duty(text[period.end():]):
        m = period  # 国网X供电公司.负责…: the period typed for the unit's full stop
    if not m or (alone and m.end() < len(text.rstrip("。：: \u3000"))):
        return None
    lead = m.group(1)
    if _SPACED.search(lead) and m.group(2) not in (":", "："):
        return None  # 县甲局 县乙局 over a line of its own, 县甲局 负责…。: names parted by spaces need their colon
    titled = _DUTIES_OF.match(lead) if not alone and m.group(2) else None
    if titled:  # 三、县消防救援大队职责：负责… — the lead says whose duties follow
        lead, duties_of = titled.group(1), titled
    if not m.group(2) and not alone and not text[m.end():].strip():
        return None  # an item that is nothing but a name is no duty (a list of members)
    # a body's name opens as one does; a heading naming whose duties follow, or a sector's department run in before
    # its duties (2.气象部门。负责监测…, 1.河务部门。组织…: the department of that sector at every level; sectors sharing
    # one head, 交通运输、水利部门：, _SECTORS_SHARING_A_HEAD), need not
    villages = _villages_over_a_duty(lead, m.group(2), text[m.end():])
    towns = loose and _towns_over_a_duty(lead, m.group(2), text[m.end():])
    if towns_only and not towns:
        return None
    if duties_of and duties_of.group(2) in lx.RESPONSIBILITY_SHARE_ENDS and not _opens_a_name(lead):
        return None  # 1.压实党委政府领导责任: a measure's heading, no body bearing its share
    sectors = bool(not alone and m.group(2) in (":", "：") and _SECTORS_SHARING_A_HEAD.match(lead))
    named = (duties_of or villages or towns or _opens_a_name(lead) or sectors
             or (not alone and m.group(2) and _SECTOR_DEPARTMENT.match(lead))
             or (loose and _short_names(lead) and _loose_stop(m.group(2), text[m.end():])))
    if _LABEL.match(lead) and _others_over_their_duty(lead, m.group(2), text[m.end():]):
        return m.end(), [], lead  # the others by reference: no body named (read_unit_first says so)
    if named and not _LABEL.match(lead) and names_the_others(lead):
        # 县安委会其他成员单位：… — the rest of a named body's members heading their duty, named by reference: the lead
        # still heads the duty, naming no body
        return m.end(), [], lead
    if (_LABEL.match(lead) or (lead.startswith(_NOT_A_NAME) and not lead.startswith(_NAME_STEMS)) or ((alone or titled) and _CATEGORY.match(lead))
            or not named or _SETTING_UP.search(lead) or top_level_spans(lead)[1]):
        return None
    own_offices = _OWN_OTHER_OFFICES.fullmatch(lead)
    # 县卫生健康委员会其他科室：… — a body's own other offices: the body answers for the duty (OTHERS_OWN_OFFICES)
    names = [a.name for a in _read_lead(own_offices.group(1) if own_offices else lead).assignments]
    # a place name alone (柳河县：) is no body; the localities of a level as one collective are (各乡镇（街道）：负责…), and
    # so is a village named bare in a town's plan (石塘村、沙湾村：负责…: the village's committee, village_named), and a
    # town named bare among units' duties (城关镇：负责…, _towns_over_a_duty); the localities where a thing lies are such a
    # collective too, named by it with no 各 (考点所在乡镇（街道）：负责…, localities_where)
    # 各运输企业、快递外卖企业：… — a list opened by a body kind under 各 (each body of that kind): the 各 carries over
    # the names after 、, each a kind of body too (each 快递外卖企业), not a bare word
    each = bool(names) and names[0].startswith(lx.EACH) and unit_like(names[0])
    if not names or not all((unit_like(n, strict=True) or ((n.startswith(lx.EACH) or each) and unit_like(n))
                             or localities_where(n) or villages or towns or sectors)
                            and n in lead for n in names):
        return None
    return m.end(), names, lead


def _villages_over_a_duty(lead: str, stop: str | None, rest: str) -> bool:
    """1.石塘村、沙湾村：负责…: villages named bare (village_named), a colon, then a duty's verb: a town's plan gives the
    duty to the villages' committees. A place before a colon over anything else is the item's place, not its body
    (石门村：硬化通组道路, a village's cell over its rows, its units in their own column)."""
    return (stop in (":", "：") and opens_as_a_duty(rest)
            and all(village_named(n) for n in _LEAD_NAME_SEPARATOR.split(lead.strip())))


def _towns_over_a_duty(lead: str, stop: str | None, rest: str) -> bool:
    """城关镇：负责… / 江滨街道：负责…: towns or streets named bare (town_named_bare), a colon, then a duty's verb. A
    county's list of units' duties gives the town its share so, the town's government (or street office) doing it.
    Read only where the item stands among units' duties (lead_units `loose`, town_heads_a_duty's callers): a place
    alone elsewhere (柳河县：…, 城关镇：新建…) is the place the item is about, not a body."""
    return (stop in (":", "：") and opens_as_a_duty(rest)
            and all(town_named_bare(n) for n in _LEAD_NAME_SEPARATOR.split(lead.strip())))


def town_heads_a_duty(text: str) -> tuple[int, list[str], str] | None:
    """lead_units of a paragraph that opens with a town named bare, a colon and the town's duty (城关镇：负责…); None for
    any other. For a paragraph its caller has found standing in a list of units' duties."""
    return lead_units(text, loose=True, towns_only=True)


def body_heads_a_duty(text: str) -> tuple[int, list[str], str] | None:
    """lead_units of a paragraph that opens with a body named by its place and its kind's word, no level word before
    it (澄江海关：负责… / 榕川海事局：负责… / 榕川铁路公安处：负责…), a colon and the body's duty; None for any other.

    A city's list of units' duties (市卫生健康委：负责… / 市财政局：负责…) also gives their share to the vertical bodies
    posted in the city, which are named after the place without 市/县/省 (a 海关, a 海事局, a 铁路公安处, a 机场). The
    name's last word says it is a body (unit_like, the lexicon's unit endings) and a duty's verb follows the colon; a
    short name before a colon elsewhere (重点场所：加强…) is the item's subject, not a body. For a paragraph its caller
    has found standing in a list of units' duties, as town_heads_a_duty. Each name must end in a vertical body's word
    (lexicon.PLACE_NAMED_DUTY_BODY_ENDINGS: 局 / 委 / 办 / 处 / 海关 / 机场): 医疗机构：负责… / 施工单位：负责… /
    学校：负责… name parties the plan regulates, no body of its own, and stay unread as before.

    A county's list written `X负责…` with no colon names such bodies so too (石湾海警工作站负责… / 石湾海事处负责…): the
    name straight before its duty verb (_UNIT_THEN_VERB) is read as if a colon closed it, under the same endings."""
    found = lead_units(text, loose=True)
    if not found or not found[1] or text[found[0] - 1: found[0]] not in (":", "："):
        found = body_before_its_verb(text)
        if found is None:
            return None
    if not all(name.endswith(lx.PLACE_NAMED_DUTY_BODY_ENDINGS) for name in found[1]):
        return None
    return found if opens_as_a_duty(text[found[0]:]) else None


def body_before_its_verb(text: str) -> tuple[int, list[str], str] | None:
    """(end of the name, names, the name) of a paragraph opening with a short name run straight into its duty verb
    (石湾海事处负责…), the name read by a loose lead word's rules as if a colon closed it; None otherwise.

    A name pointing back to a body named before (该局负责… / 本局负责…, lexicon.BODY_PRONOUN_OPENINGS) names none; a
    verb followed by 的 (…负责的案件要…) qualifies a noun, it is no duty's verb: neither opens a duty."""
    m = _UNIT_THEN_VERB.match(text)
    if not m or m.group(1).startswith(lx.BODY_PRONOUN_OPENINGS) or _verb_qualifies_a_noun(text, m.end()):
        return None
    found = lead_units(f"{m.group(1)}：{text[m.end():]}", loose=True)
    return (m.end(), found[1], found[2]) if found and found[1] and found[2] == m.group(1) else None


def _verb_qualifies_a_noun(text: str, verb_at: int) -> bool:
    """Is the duty verb at `verb_at` followed by 的 (城关派出所负责的区域…): an attribute of a noun, no verb of a duty."""
    verb = next((v for v in lx.DUTY_VERBS if text.startswith(v, verb_at)), "")
    return text[verb_at + len(verb): verb_at + len(verb) + 1] == "的"


def _read_lead(lead: str) -> Reading:
    """The units the lead word names, each with its role. The body heading a duty is its subject, responsible
    (read as `（X负责）`); a lead word that marks its body's role in brackets after the name (1.县X局（牵头单位）：负责…)
    is read as an annotation so marked (`（X（牵头单位））`): the bracket says the role of the name right before it
    (wave 23), and it is no word of the name."""
    return read_task(f"（{lead}）" if ends_in_role_bracket(lead) else f"（{lead}{lx.DUTY_LEAD_VERB}）")


_LOOSE_NAME_MAX = 10
# two bodies sharing a duty are written before one colon, parted by 、 or a space (7.经济发展办、自然资源所：负责…)
_LEAD_NAME_SEPARATOR = re.compile("[、 \u3000]+")


def _short_names(lead: str) -> bool:
    """Is each name of the lead word short (党政办 / 经济发展办、自然资源所)? In a run of unit-first duties a short name
    reads as a body's without a level word; the limit is a name's, not the lead's: two offices sharing one duty make a
    lead longer than either name, and each is still read as a unit (unit_like) after."""
    return all(0 < len(name) <= _LOOSE_NAME_MAX for name in _LEAD_NAME_SEPARATOR.split(lead.strip()))


def _loose_stop(stop: str | None, rest: str) -> bool:
    """Does the stop after a short name close a unit's name in a run of unit-first duties? A colon does; a full stop does
    where the unit's duty follows it (6.农业农村服务中心。负责…), as a list of `X：负责…` items sets a few of its units
    so; before anything else the name is a project's, named after the facility it builds (4.文化站。新建…)."""
    return stop in (":", "：") or (stop in ("。", ".", "．") and opens_as_a_duty(rest))


_LOOSE_RUN = 3  # items of one section opening with a name and a colon: a list of units' duties, not run-in headings


def duty_runs(plan: Plan) -> set[int]:
    """ids of the tasks standing in a run of unit-first duties: a section where at least three items, and at least half,
    open with a name and a colon (党政办：… 应急办：… 经发办：…; or a full stop before the duty, _loose_stop). There a
    short name reads as a body's without a level word before it; a lone `重点场所：` among tasks does not."""
    runs: set[int] = set()
    for section in plan.sections:
        leads = [t for t in section.tasks if lead_units(t.text, loose=True)]
        if len(leads) >= _LOOSE_RUN and 2 * len(leads) >= len(section.tasks):
            runs |= {id(t) for t in leads}
    return runs


# the head of a working group's name (综合协调组, 安全保卫组, 市容环境专班)
_GROUP_HEADS = ("组", "专班")


# what a unit's duty opens with after its name (县X局：负责… / 县X局。牵头…): a verb of doing the work
# (or the charge the unit answers for, written before its verb: 各乡镇人民政府。对本辖区禁烧工作负总责…, as a county
# 方案's 职责分工 gives the 乡镇 their duty; the charge is a few words with no mark, so the match stays bounded)
_ANSWERING_VERBS = tuple(v for v in lx.VERB_ROLES if v.startswith("负"))
# A duty may open with the capacity its unit acts in, a clause before the verb (石桥村、青山村：作为示范村（社区），负责…):
# the verb after the capacity's comma opens it.
_CAPACITY = "(?:(?:" + lx.alternation(lx.SUBJECT_CAPACITY_MARKS) + ")[^。；;，,：:]{1,30}[，,])?"
_DUTY_OPENING = re.compile("^" + _CAPACITY
                           + "(?:" + lx.alternation(tuple(lx.VERB_ROLES) + lx.ACTION_STARTS + ("承担", "做好", "抓好"))
                           + "|对[^。；;，,：:()（）]{1,30}?(?:" + lx.alternation(_ANSWERING_VERBS) + "))")


# the same opening with a verb of a role the body takes (负责… / 牵头… / 对…负总责), no verb of doing the work (推进…)
_ROLE_OPENING = re.compile("^(?:" + lx.alternation(lx.OWN_DUTY_OPENINGS)
                           + "|对[^。；;，,：:()（）]{1,30}?(?:" + lx.alternation(_ANSWERING_VERBS) + "))")


def opens_as_a_duty(text: str) -> bool:
    """Does the text open as a unit's duty does (负责… / 牵头… / 对…负总责), after the unit's name and its stop?"""
    return bool(_DUTY_OPENING.match(text.lstrip()))


def read_unit_first(plan: Plan, task: Task, before_verb: tuple[int, list[str], str] | None,
                    loose: bool = False) -> bool:
    """A task whose text opens with its unit (1.县公安局：负责…): that unit, responsible, is the task's first annotation.
    True when the lead was taken as the task's first annotation (one naming the others by reference names no unit).
    `before_verb` is unit_before_its_verb of an unnumbered task's text (None for a numbered one): the caller reads it
    once, as it titles such a task by it too."""
    found = lead_units(task.text, loose=loose) or _duties_titled(task.text)
    if not found and task.label == "":
        # an unnumbered duty written `X负责…` (items._label_unnumbered_duties): its name heads it. The sentence reader
        # has read the name already where it opens the sentence (its agent, responsible): the title is then the duty
        # a town named bare over its duty (城关镇：负责…), or a body named by its place with no level word (澄江海关：
        # 负责…): items._label_unnumbered_duties made it a task only among units' duties, where such a lead heads one
        found = before_verb or town_heads_a_duty(task.text) or body_heads_a_duty(task.text)
        if found and task.annotations and task.annotations[0].start == 0:
            return task.annotations[0].end == found[0]
        others = OTHERS_LEAD.match(task.text) if not found and not task.assignments else None
        if others and not others.group(2):  # 其他有关部门按照各自职责…: kept whole, the others its subject
            plan.note(task.line, "outline", f"an unnumbered duty opens with '{others.group(1)}', which names the other "
                                            "units by reference: no unit read")
            return False
        if others:  # 其他成员单位：按照各自职责… — headed as its named neighbours are (县民政局：负责…)
            found = (others.end(2), [], others.group(1))
    if not found:
        return False
    end, names, lead = found
    if task.assignments and task.text[end - 1: end] in "。.．" and (
            not opens_as_a_duty(task.text[end:])
            or (all(n.endswith(lx.ENTERPRISE_LEGAL_FORMS) for n in names) and not _ROLE_OPENING.match(task.text[end:]))):
        # 1.区养老服务中心。新建…（责任单位：区民政局）: a project named after the facility it builds, its units named
        # by its own annotation; a duty opens with the unit's verb (1.区民政局。负责…). An enterprise by its legal
        # form (8.某县鑫源矿业有限公司。落实减税降费政策（责任单位：县甲局）: a 包联企业 row's 企业名称 and 服务事项) is
        # the enterprise served, the units its annotation names doing the work, unless a role verb follows it (某县燃气
        # 有限公司。负责管网巡查（县甲局配合）: the company's own duty)
        return False
    if (len(names) == 1 and names[0].endswith(_GROUP_HEADS) and not names[0].endswith(lx.STANDING_GROUP_ENDS)
            and task.assignments):
        # （三）市容环境组 / 由县城市管理局牵头，县生态环境局参加: a working group named by its work, its units named by
        # its own text; the group is made of them, no body of its own. A standing 领导小组 over its duties and members
        # is a body of its own, as a 委员会 is (lexicon.STANDING_GROUP_ENDS)
        return False
    if _category_over_named_bodies(task.text, end, names):
        _read_past_a_category_heading(plan, task, end, lead)
        return True
    if task.text[end - 1: end] in (":", "：") and _names_a_kind_of_bodies(names):
        _drop_names_glued_across_the_colon(task, end)
    if names_the_others(lead):
        plan.note(task.line, "outline", f"duty {task.label} is headed by '{lead}', which names the other units by "
                                        "reference: no unit read")
        # 9.其他站所：按照…要求，负责…: the lead is still the duty's subject, no words of its heading; kept as the
        # task's first annotation naming no unit, so the title is the duty after it, as for its named neighbours
        task.annotations.insert(0, Annotation(text=lead, start=0, end=end))
        for a in task.assignments:
            a.annotation += 1
        return True
    task.annotations.insert(0, Annotation(text=lead, start=0, end=end))
    roles = {a.name: a.role for a in _read_lead(lead).assignments}  # responsible, or the role its bracket marks
    task.assignments = [Assignment(name=n, role=roles.get(n, "responsible"), annotation=0) for n in names] + [
        Assignment(name=a.name, role=a.role, annotation=a.annotation + 1) for a in task.assignments]
    return True


def _category_over_named_bodies(text: str, end: int, names: list[str]) -> bool:
    """（五）市人民政府有关部门：市甲局负责…；市乙局、市丙局分别就…提供…: a lead naming a kind of bodies (有关部门, 各成员
    单位, 市直有关单位: _names_a_kind_of_bodies) closed by a colon, the text after it opening with a body's name and its
    verb. A 工作分工 part heads the departments' shares so, a category over the bodies its text names each doing its
    part: the category names no unit of its own, the bodies inside are the duty's. Not where the text after the colon
    is the category's own duty (市直有关部门：负责…, the kind of bodies the doer, as a lead is), nor under a kind of
    localities (各乡镇：村两委负责协助…: a body inside each place, the places still the duty's unit; lexicon
    KIND_OF_DEPARTMENTS_ENDINGS)."""
    if text[end - 1: end] not in (":", "：") or not _names_a_kind_of_bodies(names):
        return False
    if not all(n.endswith(lx.KIND_OF_DEPARTMENTS_ENDINGS) for n in names):
        return False
    rest = text[end:]
    return bool(unit_before_its_verb(rest) or (lead_units(rest) or (0, []))[1])


def _drop_names_glued_across_the_colon(task: Task, end: int) -> None:
    """（一）各县（市、区）：县级应急管理部门负责…: a kind of localities over a body inside each of them; the sentence
    reader took `各县（市、区）：县级应急管理部门` for one subject. No name runs across a heading's colon: the annotations
    read so are dropped (the heading, read as the duty's lead, keeps the localities as its unit)."""
    glued = {k for k, a in enumerate(task.annotations) if a.start < end < a.end}
    if not glued:
        return
    index = {old: new for new, old in enumerate(k for k in range(len(task.annotations)) if k not in glued)}
    task.annotations = [a for k, a in enumerate(task.annotations) if k not in glued]
    task.assignments = [Assignment(name=s.name, role=s.role, annotation=index.get(s.annotation, s.annotation))
                        for s in task.assignments if s.annotation not in glued]


def _read_past_a_category_heading(plan: Plan, task: Task, end: int, lead: str) -> None:
    """Read a duty headed by a category over the bodies its text names (_category_over_named_bodies): the task's
    annotations read across the heading's colon (the sentence reader took `市人民政府有关部门：市甲局负责` for one
    subject) give way to the text after the colon read on its own; the heading is kept as the task's first annotation
    naming no unit, so the title is the duty after it. The reading report says so."""
    after = read_task(task.text[end:])
    kept = [(a, [s for s in task.assignments if s.annotation == k]) for k, a in enumerate(task.annotations)
            if a.start >= end]
    shifted = [(Annotation(text=a.text, start=a.start + end, end=a.end + end),
                [s for s in after.assignments if s.annotation == k]) for k, a in enumerate(after.annotations)]
    shifted = [(a, units) for a, units in shifted
               if not any(a.start < b.end and b.start < a.end for b, _ in kept)]
    notes = [(Annotation(text=lead, start=0, end=end), [])] + sorted(kept + shifted, key=lambda pair: pair[0].start)
    task.annotations = [a for a, _ in notes]
    task.assignments = [Assignment(name=s.name, role=s.role, annotation=k)
                        for k, (_, units) in enumerate(notes) for s in units]
    plan.note(task.line, "outline", f"duty {task.label} is headed by '{lead}', a kind of bodies over the bodies its "
                                    "text names: no unit read from the heading, the bodies named after it are the duty's")


def _others_over_their_duty(lead: str, stop: str | None, after: str) -> bool:
    """（三）其他成员单位：按照各自职责做好… closing a list of units' duties: the others named by reference over their
    duty, though 其他 + 成员单位 reads as a label too (牵头单位：X；其他成员单位：Y、Z, where names follow the colon).
    After the colon comes how they do their part or their verb (lexicon.OTHERS_DUTY_OPENINGS), no body's name."""
    return (names_the_others(lead) and stop in (":", "：")
            and after.lstrip().startswith(lx.OTHERS_DUTY_OPENINGS))


def _duties_titled(text: str) -> tuple[int, list[str], str] | None:
    """An item whose title line says whose duties its text is (2.2.1市防汛抗旱指挥部职责 / 负责全市防汛抗旱工作…): that
    body's. Not where the lines below open with units of their own (成员单位职责 over 市X局：负责… paragraphs)."""
    first, _, rest = text.partition("\n")
    if not rest.strip() or not _DUTIES_OF.match(first) or any(_opens_with_a_duty(p) for p in rest.split("\n")):
        return None
    found = lead_units(first, alone=True)
    return (len(first), found[1], first.strip()) if found else None


# 三、某某经开区（4个） / 一、东湖区（6个）: a project plan's group row names a place and counts the projects listed under it;
# the count says the heading heads a list of items, whose own rows name who carries each out, not the unit they are of.
_COUNTED_GROUP = re.compile(r"[(（]\s*\d+\s*(?:" + "|".join(sorted(lx.COUNT_MEASURES, key=len, reverse=True))
                            + r")\s*[)）]\s*$")


def _heading_unit(title: str) -> tuple[int, list[str], str] | None:
    """The units a heading's title names as those whose duties follow; None for a title counting its items."""
    return None if _COUNTED_GROUP.search(title) else lead_units(title, alone=True)


def give_heading_units(plan: Plan) -> None:
    """Numbered duties under a heading that is a unit's name (一、市水利局 / 1.…… 2.……) are that unit's: it is responsible
    for each, given zero-width at the end of the task's text as a covering heading's annotation is; a duty opening
    with its own unit keeps it alone. The reading report says so, with the heading's line.

    A heading whose own annotation names the units covering its items (（一）铁路运输组 / 牵头单位：X / 参加单位：Y, the
    outline's headings_over_items) is a working group's name, not a unit heading its duties, though its words open
    as a body's do (铁路…, 民航…) and end in 组: its units are the ones its annotation names."""
    covering = set(headings_over_items(plan))
    for section in plan.sections:
        given: set[int] = set()  # the nearest heading speaks: a group's unit, not the section's, for the group's duties
        people: list[tuple[Group, list[Task]]] = []  # blocks headed by people: their duties take no unit
        offices = _offices_named_short(plan, section, covering)
        for group in section.groups:
            found = _heading_unit(group.title) if ("group", group.line) not in covering else None
            tasks = [t for t in section.tasks if t.group == group.label]
            bodies = _bodies_a_bare_kind_refers_to(found[1], section.title) if found else None
            if not found and group.line in offices:
                found = (len(group.title), [offices[group.line]], group.title)
                plan.note(group.line, "outline", f"the heading '{group.title}' names an office of the body whose duty "
                                                 f"list this is, by its short name: read as that office")
            if bodies:
                plan.note(group.line, "outline", f"the heading '{group.title}' names a kind of organ alone: it refers "
                                                 f"to the bodies of the heading above, {'、'.join(bodies)}")
                given |= _give(plan, bodies, section.title, section.line, tasks)
            elif found:
                given |= _give(plan, found[1], group.title, group.line, tasks)
            elif tasks and _names_people(group.title):
                people.append((group, tasks))
                given |= {id(t) for t in tasks}
        heading = section.title
        if ("section", section.line) in covering:
            continue
        found = _heading_unit(heading) if section.tasks else None
        if not found and section.tasks:  # 六、村（社区）职责 / 各村（社区）是…主要履行以下职责：: the lead-in names them
            heading, found = _duty_lead_in(section.intro)
        if found:
            _give(plan, found[1], heading, section.line, [t for t in section.tasks if id(t) not in given])
            for group, tasks in people:
                plan.note(group.line, "outline", f"the heading '{group.title}' names people: no unit of the heading "
                                                 f"above given to items {'、'.join(t.label for t in tasks)}")


_OFFICE_NAME_MAX = 20  # an office's name written out (危险化学品和非煤矿山安全监督管理股 is 17 characters)
_OFFICE_RUN = 2  # sibling blocks headed by offices: a list of duties by office, not one heading ending as an office does
_NOT_IN_AN_OFFICE_NAME = re.compile(r"[\s、，,。：:；;（）()《》“”\"']")


def _office_named_short(title: str) -> str | None:
    """The office a block heading names by the short name its own bureau calls it (（一）办公室 / （二）安全生产综合协调股 /
    （三）政策法规股安全生产职责 -> 政策法规股), read by its last word (INTERNAL_OFFICE_ENDINGS) after the duty words that may
    close it; None for a post (局长, 一般工作人员), a category of offices (各股室, 业务科室), a list or bracket, and a
    heading of work that opens with, or holds, a verb of doing (建设应急指挥中心)."""
    name = title.strip(_QUOTES_AND_STOPS)
    duty_word = next((w for w in lx.OFFICE_HEADING_DUTY_WORDS if name.endswith(w)), "")
    name = name.removesuffix(duty_word) if duty_word else name
    if not 2 <= len(name) <= _OFFICE_NAME_MAX or not name.endswith(lx.INTERNAL_OFFICE_ENDINGS):
        return None
    if (_NOT_IN_AN_OFFICE_NAME.search(name) or name.startswith("各") or name.endswith(tuple(lx.OTHERS_OWN_OFFICES))
            or (name.startswith(_NOT_A_NAME) and not name.startswith(_NAME_STEMS)) or _holds_a_verb_of_doing(name)):
        return None
    return name if unit_like(name, strict=True) else None


def _offices_named_short(plan: Plan, section, covering: set) -> dict[int, str]:
    """{block heading's line: office} where a body's own duty list (its title says 责任清单 / 职责清单) heads the blocks of
    a section by its internal offices, named short, with no level word: inside the bureau that is how its offices are
    called, and the numbered duties under each are that office's. Only in such a plan, and only where two blocks or
    more are so headed (a list by office); a heading read as a unit otherwise, or covering its items with its own
    annotation, is left to those readings."""
    if not any(word in plan.title for word in lx.DUTY_LIST_PLAN_WORDS):
        return {}
    offices = {}
    for group in section.groups:
        if ("group", group.line) in covering or _heading_unit(group.title):
            continue
        name = _office_named_short(group.title)
        if name and any(t.group == group.label for t in section.tasks):
            offices[group.line] = name
    if len(offices) < _OFFICE_RUN or not _a_list_by_office(section, offices):
        return {}
    return offices


def _a_list_by_office(section, offices: dict[int, str]) -> bool:
    """Are the blocks headed so offices, not rooms, projects or places ending as offices do (（二）文化活动室 /
    （一）城市大数据中心 / （一）火车站广场及周边处)? The section heading names offices (内设机构 / 科室职责:
    OFFICES_SECTION_WORDS), or more than half the duties under those blocks open with a verb of bearing a duty
    (OFFICE_DUTY_OPENINGS: 1.负责… / 承担… / 组织…); a list of things to equip, build or keep in order opens its
    points otherwise (1.配齐图书… / 建设… / 保持温湿度达标)."""
    if any(word in section.title for word in lx.OFFICES_SECTION_WORDS):
        return True
    labels = {g.label for g in section.groups if g.line in offices}
    duties = [t for t in section.tasks if t.group in labels]
    borne = [t for t in duties if t.text.lstrip(" \u3000").startswith(lx.OFFICE_DUTY_OPENINGS)]
    return 2 * len(borne) > len(duties)


def _bodies_a_bare_kind_refers_to(names: list[str], section_title: str) -> list[str] | None:
    """The section's units when a block heading names only a kind of organ (（一）党委（党组）集体责任, no place, level or
    sector before it) and the section heading names bodies of that kind (五、县直各部门和各乡镇党委（党组）主体责任): the
    block's duties are those bodies' (the kind is theirs, 县直各部门 and 各乡镇 each having their 党委（党组）), not of a
    body called 党委（党组）. None otherwise: a bare kind under a section naming no such body is read as before."""
    if not names or not all(n in lx.BARE_ORGAN_KINDS for n in names):
        return None
    above = _heading_unit(section_title)
    if not above or not any(kind in n and kind != n for kind in names for n in above[1]):
        return None
    return above[1]


# a block heading may quote its bearer (班子成员"一岗双责") and close with a stop or colon: neither is a word of the
# bearer, so both are stripped before its last words are compared
_QUOTES_AND_STOPS = " \u3000。：:\"'“”‘’"


def _names_people(title: str) -> bool:
    """Does a block heading name people, not a body (（二）党委（党组）书记 / （三）分管负责同志和班子其他成员 /
    县委书记第一责任人责任 / 班子成员"一岗双责")? A 责任清单 by bearer heads a person's duties so; they name no unit."""
    bare = title.strip(_QUOTES_AND_STOPS)
    for duty_word in lx.PEOPLE_HEADING_DUTY_WORDS:
        bare = bare.removesuffix(duty_word)
    bare = bare.rstrip(_QUOTES_AND_STOPS)
    return bare.endswith(lx.PEOPLE_HEADING_ENDS)


# 各村（社区）是本辖区…的责任主体，主要履行以下职责： / 县指挥部办公室职责如下：: a sentence before a duty list naming
# the body whose duties follow, as a heading 各村（社区）职责 does; its subject opens it, before a verb or a comma
_DUTY_LEAD_IN = re.compile(r"^[ \u3000]*([^\s，,。；;：:]{2,20}?)(?:是|为|在|要|应|须|主要|负责|履行|承担|[，,])"
                           r"[^。；;]*?(?:(?:以下|下列|如下)(?:主要|工作)?职责|职责(?:如下|是))[ \u3000：:]*$")


def _duty_lead_in(intro: str) -> tuple[str, tuple[int, list[str], str] | None]:
    """The last paragraph of a section's text when it names the body whose duties the items under it are, and what
    lead_units reads of that body (else None): the items name no unit of their own, the lead-in gives it."""
    last = intro.strip().rsplit("\n", 1)[-1].strip() if intro else ""
    m = _DUTY_LEAD_IN.match(last)
    return last, (lead_units(m.group(1), alone=True) if m else None)


def _names_its_own_unit(task: Task) -> bool:
    """Does the duty open with its own unit (1.县X局 over its points, 2.县Y局：负责…)?"""
    return bool(task.annotations) and task.annotations[0].start == 0 and lead_units(task.text) is not None


def _names_a_kind_of_bodies(names: list[str]) -> bool:
    """Is every name a kind of bodies (县直有关部门, 属地政府, 各成员单位, 县直部门), no one body?"""
    return all(any(w in n for w in lx.KIND_OF_BODIES_WORDS) or n.endswith(lx.KIND_OF_BODIES_ENDINGS) for n in names)


def _give(plan: Plan, names: list[str], heading: str, line: int, tasks: list[Task]) -> set[int]:
    """Give the heading's units to the tasks under it that do not name their own. A heading naming a kind of bodies
    (（一）县直有关部门 / （二）属地政府) over items that mostly open with their own units (1.县X大队 / 2.县Y局) is a
    category grouping unit lines: it is no unit of theirs, nor of an item whose unit line is not read; those items
    keep none (the reading report says so) and no heading above speaks for them."""
    own = [t for t in tasks if _names_its_own_unit(t)]
    if own and 2 * len(own) >= len(tasks) and _names_a_kind_of_bodies(names):
        left = [t for t in tasks if not _names_its_own_unit(t)]
        if left:
            plan.note(line, "outline", f"the heading '{heading}' names a kind of bodies over items naming their own "
                                       f"units: no unit given to items {'、'.join(t.label for t in left)}")
        return {id(t) for t in tasks}
    given, held = [], set()
    for task in tasks:
        if _names_its_own_unit(task):
            continue  # the duty names its own unit first
        if set(names) <= {a.name for a in task.assignments}:
            held.add(id(task))  # a table's group row (一、县甲局) gave its rows the body already: named once
            continue
        end = len(task.text)
        task.annotations.append(Annotation(text=heading, start=end, end=end))
        at = len(task.annotations) - 1
        task.assignments += [Assignment(name=n, role="responsible", annotation=at) for n in names]
        given.append(task)
    if given:
        plan.note(line, "outline", f"the heading '{heading}' names the unit whose duties follow: responsible for "
                                   f"items {'、'.join(t.label for t in given)}")
    return {id(t) for t in given} | held


# 综合办公室负责做好值班安排… / 市城管局在风暴潮来临时，负责…: a paragraph opening with a body and its duty verb
_UNIT_THEN_VERB = re.compile(r"^[ \u3000]*([^\s:：。，,；;]{2,20}?)(?=" + lx.alternation(lx.DUTY_VERBS) + ")")
_UNNUMBERED_RUN = 2  # paragraphs of one list: a single one is a sentence of the text


def report_unnumbered_duties(plan: Plan) -> None:
    """Say so where a duty list is written unit-first with no numbers (市发展和改革委员会：负责… / 党建部负责…, one
    paragraph a unit) and was not read: under a duties heading, paragraphs (or `；` clauses) opening with a unit and a
    colon, or a body's name and its verb, are tasks (items._label_unnumbered_duties, numbered by place); elsewhere, or
    opening with a name that is no body's by the lead word's rules (综合办公室负责…), they are not read, and their units
    are in no task; the reading report counts them, so an editor can number them."""
    texts = [(0, plan.preamble), (0, plan.closing)]
    for section in plan.sections:
        texts += [(section.line, section.intro), (section.line, section.closing)]
        texts += [(task.line, task.text.split("\n", 1)[1]) for task in section.tasks if "\n" in task.text]
    # a numbered paragraph left in the text was set aside on purpose (a 表扬 entry 1.甲区人民政府。创新…): not unnumbered
    found = [(line, p) for line, text in texts for p in (text or "").split("\n")
             if _opens_with_a_duty(p) and label_of(p.strip()) is None]
    # beside such paragraphs read as tasks (under a duties heading, items.py), one left unread is worth saying too
    read = any(not t.label and t.annotations and t.annotations[0].start == 0 for t in plan.tasks())
    if len(found) >= (1 if read else _UNNUMBERED_RUN):
        line, first = found[0]
        plan.note(line, "outline", f"{len(found)} paragraphs open with a unit and its duties but carry no number "
                                   f"('{first.strip()[:20]}…'): not read as tasks")


# the others named by reference, maybe after the body they are members of: any short name before 其他成员单位 /
# 其余成员单位 (县安委会其他成员单位, 联席会议其他成员单位: lexicon.OTHER_MEMBER_UNITS), a short name ending in a
# coordinating body's kind before a bare 其他 / 其余 (领导小组其他单位: OTHERS_BODY_KINDS). Inside an annotation, or
# after a named unit, the same words stay a unit (（…，市安委会其他成员单位分工负责）: the seed's reading names them
# among the task's bodies); only a paragraph headed by them alone names no one. The short
# name is one body's: no 、 / 等 in it (县丙局、县丁局等县安委会其他成员单位： names 县丙局 and 县丁局, who keep the duty)
_OTHERS_BODY_MAX = lx.OTHERS_BODY_MAX_CHARS
_OTHERS_BODY = "[^:：，,。；;、/／等\\s]{0," + str(_OTHERS_BODY_MAX) + "}?"
_OTHERS_WORD = "(?:" + lx.alternation(lx.OTHERS) + ")"
_OWN_OFFICES = "(?:" + lx.alternation(lx.OTHERS_OWN_OFFICES) + ")"
_OTHERS_OPENING = ("(?:" + _OTHERS_BODY + "(?=" + lx.alternation(lx.OTHER_MEMBER_UNITS) + ")|" + _OTHERS_BODY
                   + "(?:" + lx.alternation(lx.OTHERS_BODY_KINDS) + ")(?!" + _OTHERS_WORD + _OWN_OFFICES + "))?"
                   + _OTHERS_WORD)
_NAMES_THE_OTHERS = re.compile(_OTHERS_OPENING)
# a body's name, the others word and its own offices, the whole lead (县卫生健康委员会其他科室): the body is the unit
_OWN_OTHER_OFFICES = re.compile("(" + _OTHERS_BODY + ")" + _OTHERS_WORD + _OWN_OFFICES)


def names_the_others(lead: str) -> bool:
    """Does the lead name the other units by reference (其他成员单位, 领导小组其他成员单位), no body of its own?"""
    return _NAMES_THE_OTHERS.match(lead) is not None


# 其他成员单位：… / 其他有关部门：… / 联席会议其他成员单位：… closing a list of units' duties: the others, named by
# reference; in a list written with no colon (X负责…) the others run into how they do their part (其他有关部门按照各自
# 职责，配合做好…)
OTHERS_LEAD = re.compile("^(" + _OTHERS_OPENING + r"[^:：，,。；;]{1,12}?)(?:([:：])\s*\S|(?:"
                         + lx.alternation(lx.OTHERS_DUTY_OPENINGS) + "))")


# 县应急管理局是安全生产综合监管部门，负责…: the name, what the body is (one clause, no stop inside), a comma, the verb
# (each 是 / 为 / 作为 in the first 20 characters is tried: a name may hold one, 县为民服务中心是…)
_IDENTITY_MARK = re.compile(lx.alternation(lx.DUTY_IDENTITY_MARKS))
_IDENTITY_THEN_VERB = re.compile("(?:" + lx.alternation(lx.DUTY_IDENTITY_MARKS) + r")[^\s:：。，,；;]{1,30}[，,](?:"
                                 + lx.alternation(lx.DUTY_VERBS) + ")")
_IDENTITY_NAME_MAX = 20
_NAME_STOPS = re.compile(r"[\s:：。，,；;]")


def _unit_is_then_verb(text: str) -> tuple[int, list[str], str] | None:
    """县X局是安全生产综合监管部门，负责…: (end of the name, names, the name), the name a body's by lead_units."""
    return _name_before_a_mark(text, _IDENTITY_MARK, _IDENTITY_NAME_MAX + 1,
                               lambda head, at: bool(_IDENTITY_THEN_VERB.match(head, at)))


def _name_before_a_mark(text: str, mark: re.Pattern, reach: int,
                        goes_on=None) -> tuple[int, list[str], str] | None:
    """(end of the name, names, the name) of a body named at a paragraph's start before a word that ends its name (是 /
    为 before what the body is, 要 / 应 before its duty): each place `mark` matches within the first `reach` characters
    is tried in turn, as a name may hold the word (县为民服务中心是…), until the words before it read as a body's name
    by a lead word's rules (lead_units); `goes_on(head, at)` says whether the text from the mark goes on as it must.
    None at the first stop or space before a match: a name holds none."""
    head = text.lstrip(" \u3000")
    pad = len(text) - len(head)
    for m in mark.finditer(head, 2, reach):
        lead = head[: m.start()]
        if _NAME_STOPS.search(lead):
            return None
        if goes_on is not None and not goes_on(head, m.start()):
            continue
        found = lead_units(f"{lead}：{head[m.start():]}")
        if found and found[2] == lead:
            return pad + m.start(), found[1], lead
    return None


def unit_before_its_verb(text: str) -> tuple[int, list[str], str] | None:
    """(end of the name, names, the name) of a duty written `X负责…` with no stop after the body's name (市医保局负责
    统筹…; a 职责分工 part's clause or paragraph). The name must be a body's by the rules a lead word with a colon
    keeps (lead_units): a sentence opening with a verb or a label is none. The lead department's paragraph often says
    what the body is before its verb (县X局是…综合监管部门，负责… / 县X局为牵头单位，负责…): the name ends before 是 / 为 /
    作为 there, and what follows is its duty."""
    m = _UNIT_THEN_VERB.match(text)
    if m:
        lead = m.group(1)
        found = lead_units(f"{lead}：{text[m.end():]}")
        if found and found[2] == lead:
            return m.end(), found[1], lead
    return _unit_is_then_verb(text)  # (为…牵头单位: 牵头 is a verb too, read after the name as is)


# 县委宣传部要加强… / 县公安局应依法…: a body's name and a modal (DUTY_LIST_MODALS), the name at most this long (a list
# of two enterprises and their kind, 国网X供电公司、X燃气有限公司等公用事业单位要…, runs past a single name's length)
# (应 of 应急 / 应对 is no modal: 县政府应急办要… is 县政府应急办's duty, lexicon.MODAL_LOOKALIKE_WORDS)
_UNIT_MODAL = re.compile("(?!" + lx.alternation(lx.MODAL_LOOKALIKE_WORDS) + ")(?:" + lx.alternation(lx.DUTY_LIST_MODALS) + ")")
_MODAL_LEAD_MAX = 40
_GENERIC_COLLECTIVE = re.compile("(?:" + lx.alternation(lx.GENERIC_COLLECTIVE_WORDS) + ")+")


def unit_before_its_modal(text: str) -> tuple[int, list[str], str] | None:
    """(end of the name, names, the name) of a duty written `X要…` / `X应…`: a unit-first duty list (部门职责) writes a
    few of its paragraphs so beside its `X负责…` ones, often the publicity department's, the enterprises' and the
    localities' (各乡镇人民政府要切实履行属地管理责任…). 要 and 应 open so many sentences that only a name read as a
    body's by the lead word's rules (lead_units) before the first modal that ends one counts; the others named by
    reference (其他有关部门要…) and a collective naming no particular body (各级各部门要…, 各有关部门要…) are a list's
    closing words, no name. The caller says where such a paragraph is a duty (items._label_unnumbered_duties)."""
    found = _name_before_a_mark(text, _UNIT_MODAL, _MODAL_LEAD_MAX + 2)
    if found and (names_the_others(found[2]) or _GENERIC_COLLECTIVE.fullmatch(found[2])):
        return None
    return found


def _opens_with_a_duty(paragraph: str) -> bool:
    """Does the paragraph open with a body's name and its duty (X：负责… / X负责…)? A report only, so a name without
    a level word counts (交通局负责…, 综合办公室负责…) where it ends as a body's name does."""
    if paragraph.lstrip(" \u3000")[:1] in "（(【〔[" or read_task(paragraph, alone=True, running_text=False).assignments:
        return False  # an annotation on a line of its own (市X局牵头，Y配合。), read with its task
    m = _LEAD.match(paragraph)
    if m and m.group(2) and paragraph[m.end():].strip() and lead_units(paragraph):
        return True
    m = _UNIT_THEN_VERB.match(paragraph)
    return bool(m) and unit_like(m.group(1), strict=True) and not m.group(1).startswith(tuple(lx.NOT_A_NAME_STARTS))


def give_block_heads(plan: Plan) -> None:
    """Label lines heading blocks of numbered duties: `牵头单位：X` (with its 配合单位 line) stands under a section's heading
    before the first item, and again before each later block, its units the duty of every item below it up to the next
    such line — a duty list written by the unit that leads, or a 任务清单 printing each task's units above it:

        一、重点任务
        牵头单位：县应急管理局
        1.…  2.…
        牵头单位：县住建局
        3.…  4.…

    Read so where the section (or, the section not, each （一） group) ends its text above the first item with such
    lines (its intro, or the lines under the group's heading: block_head) and the label lines after items then head
    the next block (the last item's stay its own). Each item naming no lead or responsible unit of its own gets its
    block's units zero-width at its end (an item's bracket, （X配合） in its words or 1.【牵头单位：X】 after its number,
    stays its own); the reading report says so."""
    for section in plan.sections:
        for line, name, head, tasks in headed_blocks(section):
            if any(a.start == a.end for t in tasks for a in t.annotations):
                continue  # units already given zero-width (a heading's, 同上): the lines are read another way
            blocks, unread = _give_blocks(head, tasks)
            # (the outline said the heading's units go to none, "some of them name their own": no longer so)
            withdraw_heading_over_named_items_note(plan, line)
            plan.note(line, "outline", f"{name}: {blocks} blocks, each headed by label lines whose units are the "
                                       "duty of the numbered items below them")
            for where, names in unread:
                plan.warnings.append(f"{plan.source}:{line}: {name}: the label lines {where} head a block whose items "
                                     f"name their own lead or responsible unit: {'、'.join(names)} given to no item")


def _give_blocks(head: Reading, tasks: list[Task]) -> tuple[int, list[tuple[str, list[str]]]]:
    """Give each block's units to its items (give_block_heads): the number of blocks, and the heads no item took
    (where they stand, their names). A head over items each naming its own lead is said, not dropped silently."""
    trailing = [_trailing_label_lines(t) for t in tasks]
    blocks, taken, where, unread = 1, False, "under the heading", []
    for n, task in enumerate(tasks):
        below = None
        if trailing[n] and n + 1 < len(tasks):  # the label lines after this item head the next block
            first = trailing[n][0]  # they are the item's last annotations
            below = read_task(task.text[task.annotations[first].start:].strip(), alone=True)
            task.annotations = task.annotations[:first]
            task.assignments = [a for a in task.assignments if a.annotation < first]
        if {a.role for a in task.assignments} <= {"support"}:  # an item naming who leads or answers keeps its own
            append_units(task, head, new_pairs_only=True)
            taken = True
        if below is not None or n + 1 == len(tasks):
            if not taken:
                unread.append((where, [a.name for a in head.assignments]))
            if below is not None:
                head, blocks, taken, where = below, blocks + 1, False, f"after item {task.label}"
    return blocks, unread


def headed_blocks(section) -> list[tuple[int, str, Reading, list[Task]]]:
    """(line, name, the first block's head, its items) for the section, or else each of its （一） groups, reading as
    blocks of duties each headed by label lines (give_block_heads). The section reads so as a whole where its intro
    ends with them; a group where the lines under its heading do, its heading's line itself a title (一、X's groups
    （一）生产环节 / 【牵头单位：A】 / 1.… / 责任单位：B / 2.…, each group's first label line under its heading)."""
    head = block_head(section.intro, section.tasks)
    if head is not None:
        return [(section.line, f"section {section.label or section.number}", head, section.tasks)]
    found = []
    for group in section.groups:
        tasks = [t for t in section.tasks if t.group == group.label]
        under = group.text.split("\n", 1)[1] if "\n" in group.text else ""  # the first line: the group's title
        head = block_head(under, tasks)
        if head is not None:
            found.append((group.line, f"group {group.label}", head, tasks))
    return found


def label_lines_head_blocks(section) -> bool:
    """Does the section as a whole read as blocks of duties each headed by label lines (give_block_heads)?"""
    return block_head(section.intro, section.tasks) is not None


def group_reads_as_blocks(blocks: list[tuple[int, str, Reading, list[Task]]], group: Group) -> bool:
    """Does the （一） group read as blocks of duties each headed by label lines (give_block_heads)? `blocks`: its
    section's headed_blocks, read once for all the section's groups (each read costs a reading of every group's lines)."""
    return any(line == group.line and name == f"group {group.label}" for line, name, _, _ in blocks)


_HEAD_LINES = 4  # lines a block's head is written over at most (牵头单位 / 配合单位, a name list wrapped)


def block_head(text: str, tasks: list[Task]) -> Reading | None:
    """The reading of the label lines closing `text` (the lines above the first item) where the items below read as
    blocks each headed by such lines, else None.

    The text ends with lines that are nothing but units (_closing_label_lines). Label lines standing alone between
    items head the next block where the last item has none: a head above each block, the first under the heading
    (（一）… / 【牵头单位：A】 / 1.… / 责任单位：B / 2.…). Where the last item has such lines too, each item has its own
    after it and the heading's lines are the heading's (1.1 / 牵头单位：X / 1.1.1… / 责任单位：A / 1.1.2… / 责任单位：B;
    二、X / 责任科室：A / （二）… / （三）… / 责任科室：B keeps B the last item's own): parse._units_to_items_naming_none
    or _lead_over_named_items read them. With no line between items the head is one block's only where no item names
    a unit (a lone item: but on lines after it). An item naming units in its own words (（X配合） in a sentence,
    1.【牵头单位：X】 after its number) keeps them beside its block's: it does not make the lines between items its own."""
    if not tasks:
        return None
    head = _closing_label_lines(text)
    if head is None:
        return None
    trailing = [_trailing_label_lines(t) for t in tasks]
    if any(trailing[:-1]):
        return None if trailing[-1] else head
    if len(tasks) == 1:
        return head if len(tasks[0].annotations) == len(trailing[0]) else None
    return None if any(t.annotations for t in tasks) else head


def _closing_label_lines(text: str) -> Reading | None:
    """The reading of the most lines (up to _HEAD_LINES) closing the text that are nothing but units, else None: a
    sentence before them (各项任务的责任单位列于该项任务之前。 / an opening paragraph) is the part's own text."""
    lines = text.strip().split("\n")
    found = None
    for k in range(1, min(len(lines), _HEAD_LINES) + 1):
        tail = "\n".join(lines[-k:]).strip()
        reading = read_task(tail, alone=True)
        if reading.assignments and not _rest_of(tail, reading.annotations):
            found = reading
    return found


def _rest_of(text: str, annotations: list[Annotation]) -> str:
    """The text with its annotations cut out, stripped of marks: '' when it is nothing but units."""
    for note in sorted(annotations, key=lambda a: a.start, reverse=True):
        text = text[:note.start] + text[note.end:]
    return re.sub(r"[\s。；;，,]", "", text)


def _trailing_label_lines(task: Task) -> list[int]:
    """Indices of the annotations standing on lines of their own after the item's paragraph, up to its end."""
    found: list[int] = []
    end = len(task.text)
    for k in range(len(task.annotations) - 1, -1, -1):
        note = task.annotations[k]
        if task.text[note.end:end].strip(" 。；;\n") or not task.text[:note.start].rstrip(" ").endswith("\n"):
            break
        found.insert(0, k)
        end = note.start
    return found
