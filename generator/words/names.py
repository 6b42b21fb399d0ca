"""How the name of a body ends: 局, 委, 办, 支队, 乡镇(街道) … read past a trailing bracketed note.

The one test of whether a written form names a body, for the annotation reader (parse) and the
table reader (source), built from the lexicon's UNIT_ENDINGS and LOCALITY_ENDINGS.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .brackets import strip_trailing_brackets

UNIT_END = re.compile("(?:" + "|".join(sorted(lx.UNIT_ENDINGS, key=len, reverse=True)) + ")$")
NOT_UNIT_END = re.compile("(?:" + "|".join(lx.NOT_UNIT_ENDINGS) + ")$")
FIELD_DEPARTMENT_END = re.compile("(?:" + "|".join(lx.FIELD_DEPARTMENT_ENDINGS) + ")$")
LOCALITY_END = re.compile("(?:" + "|".join(lx.LOCALITY_ENDINGS) + ")$")
END_WINDOW = 16  # characters at the end of a name that UNIT_END and LOCALITY_END can look at, at most
# the words opening a short-name note's bracket after a body's first mention (（以下简称X） / （下称X） / （以下分别简称X、Y）
# / （以下统称X）; lexicon.SHORT_NAME_NOTE_*): the one pattern of the annotation reader's notes and a 责任书's parties
_NOTE_FORWARD = "(?:" + lx.alternation(lx.SHORT_NAME_NOTE_FORWARD) + ")"
_NOTE_EACH = "(?:" + lx.SHORT_NAME_NOTE_EACH + ")?"
SHORT_NAME_NOTE_HEAD = ("(?:" + _NOTE_FORWARD + "?" + _NOTE_EACH + "(?:" + lx.alternation(lx.SHORT_NAME_NOTE_VERBS) + ")|"
                        + _NOTE_FORWARD + _NOTE_EACH + lx.SHORT_NAME_NOTE_BARE_VERB + ")")


def organisations_of_each(name: str) -> bool:
    """局属各单位党组织 / 各级工会组织 / 各村（社区）党组织: the organisations of each of a group of bodies, a collective
    that answers for work; 党组织 / 工会组织 end no body's name without 各 (整顿软弱涣散村党组织 is a task's words).
    So the schools of one kind (各普通高中 / 各高中: lexicon.SCHOOL_KINDS_OF_EACH; 办好普通高中 is a task's words)."""
    return lx.EACH in name and name.endswith(lx.PARTY_ORGANISATION_ENDINGS + lx.SCHOOL_KINDS_OF_EACH)


_SCHOOL_SHORT = re.compile(
    "(?P<place>[\u4e00-\u9fff]{1,4}?)(?:职业)?(?:[" + lx.SCHOOL_SHORT_NUMERALS + "]{1,3}(?:"
    + "|".join(lx.SCHOOL_SHORT_LEVELS) + ")|" + "|".join(lx.SCHOOL_SHORT_KINDS) + ")")
_SCHOOL_SHORT_MAX = 10  # characters: the longest place (4), 职业, a numeral (3) and the level


def school_short_name(name: str) -> bool:
    """县一中 / 城关二小 / 县职业中专 / 县特校: a school named short by its place (lexicon.SCHOOL_SHORT_*), as a county's
    education plan lists its schools beside the bureau's offices. The whole name is read, never an ending: 初中, 集中,
    统一中 and 在职中 are no school's name (no place before the numeral or the kind)."""
    if len(name) > _SCHOOL_SHORT_MAX:
        return False
    m = _SCHOOL_SHORT.fullmatch(name)
    return bool(m) and _opens_a_school_name(m.group("place"))


def _opens_a_school_name(place: str) -> bool:
    """A level word alone (县), a place name of two characters (城关), or a name ending in its kind (青溪县), holding
    no numeral (一大一小 is a count, no place)."""
    if any(ch in lx.SCHOOL_SHORT_NUMERALS for ch in place) or place in lx.SCHOOL_SHORT_NOT_PLACES:
        return False
    return place.endswith(lx.SCHOOL_SHORT_PLACE_KINDS) or len(place) == 2


def proper_place(place: str) -> bool:
    """Does the written form name one place of its own, a proper name before its kind (青州省, 东湖区; LOCALITY_KINDS)?
    Not a word ending like a place that is none (城区, 全省, 园区: lexicon.NOT_PLACE_WORDS), a scope or a level of
    bodies (市直, 省级, 乡镇: lexicon.UNIT_SCOPES, TABLE_DUTY_LEVELS) nor levels alone (市县, 县市区: no name before the
    kind). The one check of the annotation reader's place keys (甲省：A；乙省：B) and the table reader's place-headed
    role columns (甲省责任单位 | 乙省责任单位)."""
    kinds = [k for k in lx.LOCALITY_KINDS if place.endswith(k)]
    if not kinds:
        return False
    name = place[: -len(max(kinds, key=len))]
    return not (place.endswith(lx.NOT_PLACE_WORDS) or place in lx.UNIT_SCOPES + lx.TABLE_DUTY_LEVELS
                or all(ch in lx.GOVERNMENT_LEVEL_CHARS for ch in name))


def unit_like(name: str, strict: bool = False) -> bool:
    """Does the written form end like the name of a body (局, 委, 办, 支队, 乡镇(街道) …)? The organisations of each of a
    group (各级工会组织, 各村（社区）党组织) name bodies too, though 组织 ends no body's name alone."""
    if organisations_of_each(name):
        return True
    core = strip_trailing_brackets(name)
    if school_short_name(core):
        return True
    tail = max(0, len(core) - END_WINDOW)  # the ending only: a $-anchored search tries every start otherwise
    if not core or not UNIT_END.search(core, tail):
        return False
    if NOT_UNIT_END.search(core, tail) and not FIELD_DEPARTMENT_END.search(core, tail):
        return False  # 重点学科 is a field of study; 重症医学科 a hospital's department
    return not (strict and _place_word_ends(core, tail))


def _place_word_ends(core: str, tail: int) -> bool:
    """Does the name end in a place word (各县, 城区) rather than in a body's longer ending over one (江川军分区, X经开区)?

    The longer ending makes a body only with a name before it: 经开区、高新区 alone are kinds of zone, not bodies.
    """
    place = LOCALITY_END.search(core, tail)
    body = UNIT_END.search(core, tail)  # the longest ending: its search starts at the leftmost match
    return bool(place) and not (body and 0 < body.start() < place.start())


# 考点所在乡镇 / 学校所在村: what lies there, 所在, a locality's kind (lexicon.WHERE_IT_LIES_PLACES)
_WHERE_IT_LIES = re.compile("[\u4e00-\u9fff]{1,10}%s(?:%s)" % (lx.WHERE_IT_LIES, "|".join(lx.WHERE_IT_LIES_PLACES)))


def localities_where(name: str) -> bool:
    """考点所在乡镇（街道）, 学校所在村: the localities where a thing lies, one collective of them as 各乡镇（街道） is,
    each answering for the share that falls in it; read past a trailing bracket as unit_like is."""
    return _WHERE_IT_LIES.fullmatch(strip_trailing_brackets(name)) is not None


_VILLAGE_NAME = re.compile("[\u4e00-\u9fff]{%d,%d}(?:%s)" % (*lx.VILLAGE_NAME_LETTERS, "|".join(lx.VILLAGE_KINDS)))


def village_named(name: str) -> bool:
    """石塘村, 渔港社区: a village or community named bare by its place, a body of the town's ground (its committee) in
    a town's plan; a kind of village (行政村, 示范村, 城中村, 各村) is none (lexicon.VILLAGE_KINDS)."""
    if _VILLAGE_NAME.fullmatch(name) is None:
        return False
    place = name[: -len(next(k for k in lx.VILLAGE_KINDS if name.endswith(k)))]
    return not place.startswith(lx.NOT_A_VILLAGE_PLACE) and not place.endswith(lx.NOT_A_VILLAGE_PLACE_ENDS)


_TOWN_NAME = re.compile("[\u4e00-\u9fff]{%d,%d}(?:%s)" % (*lx.TOWN_NAME_LETTERS, "|".join(lx.TOWN_KINDS)))


def town_named_bare(name: str) -> bool:
    """城关镇, 江滨街道: a town or street named bare by its place, no body's ending after it (凤栖镇人民政府 is
    town_named); a kind of town (重点镇, 中心镇, 各乡镇, 小城镇, 建制镇) is none (lexicon.TOWN_NAME_LETTERS), nor a word
    saying which town (属地街道, 辖区乡镇, 所在乡镇, 相关街道: lexicon.NOT_A_TOWN_PLACE, NOT_A_VILLAGE_PLACE)."""
    if _TOWN_NAME.fullmatch(name) is None or name.startswith(lx.NOT_IN_A_PLACE_NAME):
        return False
    place = name[: -len(next(k for k in lx.TOWN_KINDS if name.endswith(k)))]
    return (not place.startswith(lx.NOT_A_VILLAGE_PLACE + lx.NOT_A_TOWN_PLACE)
            and not place.endswith(lx.NOT_A_TOWN_PLACE_ENDS))


# 凤栖镇人民政府, 石桥乡政府, 河西街道办事处: a town's own body named by its place, no level word before it (lexicon.
# TOWN_KINDS, TOWN_BODY_ENDINGS); the place two to four letters, as a town's name is
_TOWN_BODY = re.compile("[\u4e00-\u9fff]{2,4}(?:%s)(?:%s)" % ("|".join(lx.TOWN_KINDS), "|".join(lx.TOWN_BODY_ENDINGS)))


def town_named(name: str) -> bool:
    """凤栖镇人民政府: a town's government (or its street office) named by the town, as a county's table names the town
    it hands a share of the work to; a place opening with a word of the task's (实施乡镇人民政府…) is none."""
    return _TOWN_BODY.fullmatch(name) is not None and not name.startswith(lx.NOT_IN_A_PLACE_NAME)


# 市应急局等 / 市应急局等有关部门: 等 closing a list, with the kind of body the list stands for; it names no body.
# Shared by the reader's name lists (parse.annotations) and the source stage's reading of a notice's subjects
# (notices.names_bodies_as_subjects), so the two cannot read a list's close differently.
TRAILING_QUALIFIER = re.compile("等(?:" + "|".join(lx.QUALIFIER_WORDS) + ")*(?:" + "|".join(lx.QUALIFIER_MODIFIERS)
                                + ")?(?:" + "|".join(lx.QUALIFIER_HEADS) + ")?$")
# 区绩效办等区安委会有关成员单位 / 县工会等配合单位: after 等, the group the units listed belong to; dropped with 等;
# also a short kind of body with no qualifier word (市生态环境局等行政执法部门, 省银行业等金融机构)
QUALIFIER_GROUP = re.compile("等((?:[^等、,，]{0,16}(?:" + "|".join(lx.QUALIFIER_WORDS) + ")[^等、,，]{0,8}?|(?:"
                             + "|".join(w for words in lx.LABEL_ROLE_WORDS.values() for w in words)
                             + ")?(?:成员)?|[^等、,，()（）]{1,8}?"
                             # 等负有安全生产监督管理职责的部门: the duty the group's bodies bear
                             + "|(?:" + "|".join(lx.QUALIFIER_DUTY_OPENINGS) + ")[^等、,，()（）]{1,20}?(?:"
                             + "|".join(lx.QUALIFIER_DUTY_CLOSINGS) + ")(?:" + "|".join(lx.QUALIFIER_WORDS) + ")*"
                             + ")(?:" + "|".join(lx.QUALIFIER_GROUP_HEADS) + "))$")


# 城关镇、古镇镇等12个乡镇 / 青石乡等3个乡镇人民政府 / 石桥村等8个村（社区）: after 等, a count of the localities the list
# stands for (lexicon.COUNTED_LOCALITY_KINDS), maybe a bracket of more kinds and their bodies' heads; no body's name
COUNTED_LOCALITIES = re.compile("等[%s]{1,4}%s(?:%s)(?:[（(][^（()）等]{1,8}[）)])?(?:%s)?$" % (
    lx.COUNT_DIGITS, lx.COUNT_MEASURE, "|".join(lx.COUNTED_LOCALITY_KINDS),
    "|".join(lx.LOCALITY_HEADS + lx.TOWN_BODY_ENDINGS)))


def drop_trailing_qualifier(piece: str) -> str:
    """市应急局等 / 市应急局等有关部门 / 市公安局等单位 -> the name: 等 ends the list, it names no unit."""
    return TRAILING_QUALIFIER.sub("", piece).strip()


# the kinds of locality a list before 等 + count may end with (古镇镇 / 江滨街道 / 石桥村 / 东山社区 / 甲县 / 西区), the
# longest first; and the bodies that may follow the place (凤栖镇人民政府 / 石桥村委会)
_LOCALITY_NAME_KINDS = tuple(sorted(set(lx.TOWN_KINDS + lx.VILLAGE_KINDS + lx.LOCALITY_KINDS), key=len, reverse=True))
_LOCALITY_BODIES = tuple(sorted(set(lx.LOCALITY_HEADS + lx.TOWN_BODY_ENDINGS + lx.LOCALITY_COMMITTEES),
                                key=len, reverse=True))


def _locality_of_the_counted_kind(head: str, counted: str) -> bool:
    """Whether `head`, the last name before 等 + a count of localities (`counted`: 等12个乡镇 / 等3个街道), is itself a
    locality of a kind the count names (古镇镇 before 乡镇, 江滨街道 before 镇街, 甲县 before 县人民政府), maybe with
    its body after it (凤栖镇人民政府). A bureau (县水利局等12个乡镇) or an area of another kind (县城区等3个街道) is
    no member of the count: what the author meant is unclear, so the piece is not cut there and stays as written."""
    core = head
    for body in _LOCALITY_BODIES:
        if core.endswith(body) and len(core) > len(body):
            # a committee's ending may open with the kind it is of (石桥村委会, 石桥村民委员会): keep that kind
            opening_kind = next((k for k in _LOCALITY_NAME_KINDS if body.startswith(k) and len(body) > len(k)), "")
            core = core[: -len(body)] + opening_kind
            break
    kind = next((k for k in _LOCALITY_NAME_KINDS if core.endswith(k) and len(core) > len(k)), "")
    if not kind or not (unit_like(head) or town_named_bare(head) or village_named(head) or town_named(head)):
        return False
    return kind in counted or kind[0] in counted  # (街道 before 镇街: the street's first letter names it)


def drop_group_after_deng(piece: str) -> str:
    """区绩效办等区安委会有关成员单位 / 县工会等配合单位 -> the name: after 等, the group the units belong to.

    The name before 等 may be a body's short trade name, as a list of such names is written (海关、边检、海事等口岸查验
    单位: the 口岸 plans' stock closing), read as 海关、边检、海事等部门 is, where the group is a kind of body (…单位,
    …部门, …机构); before a kind of enterprise the name must read as a body's, for 等 may be letters of the name
    (某某等离子科技企业)."""
    if "等" not in piece:
        return piece
    counted = COUNTED_LOCALITIES.search(piece)
    if counted:  # 古镇镇等12个乡镇, 青石乡等3个乡镇人民政府: the count closes a list of named localities
        head = piece[: counted.start()].strip()
        if head and _locality_of_the_counted_kind(head, piece[counted.start():]):
            return head
    m = QUALIFIER_GROUP.search(piece)
    head = piece[: m.start()].strip() if m else ""
    if head and (unit_like(head) or piece.endswith(lx.QUALIFIER_HEADS)):
        return head
    return piece
