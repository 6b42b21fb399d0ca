"""What a covering notice issues: the kinds a plan's title ends in, the office a title line may be, and the document
a notice names (关于印发《…方案》的通知 / 现将《…》印发给你们).

Shared by the source stage, which cuts a page into its plans by their titles (source.read), and the reader, which
titles a plan printed without its own title line and tells a page holding only the notice (parse): one place for
both, so the two stages cannot read a notice differently.
"""
from __future__ import annotations

import re

from . import lexicon
from .names import drop_group_after_deng, drop_trailing_qualifier, proper_place, unit_like

# The date a signature closes a document with, alone on its line (2025年3月10日, 二〇二五年三月十日, a template's
# 2025年  月  日 with the day left blank): where a notice ends and what it issues begins, for the source stage
# (a notice's date before an attached plan) and the reader (a notice's items end at it) alike.
SIGNATURE_DATE = re.compile(r"^\s*(?:\d{4}|[一二三四五六七八九十〇○零]{4})\s*年\s*[\d一二三四五六七八九十〇○零]{0,3}\s*月"
                            r"\s*[\d一二三四五六七八九十〇○零]{0,3}\s*日\s*$")
# A document title ends with what kind of document it is (…工作要点, …实施方案), perhaps followed by an
# ordinal (…要点一), a count (…7篇) or a bracketed note (…（2024—2026年）); a subheading inside a plan rarely does.
# An 意见 is a plan too when it is the document's own kind (关于…的意见, …的实施意见, …的指导意见): its measures
# carry their units, and a 重点任务分工表 may follow as its 附件, so the 意见 is the first of two plans, not a notice.
# A work report's split names itself by what it does (2024年政府工作报告重点工作责任分解, …目标任务分解): a kind too;
# so does a ledger of tasks (…重点任务台账) and an emergency plan (…应急预案), whose bodies' duties are its tasks, and a
# meeting's minutes (…常务会议纪要 / 专题会议纪要), whose agreed items name who acts.
# The kinds a plan's own title line commonly ends in, longest first: the source stage also finds a title run on into
# the text after it by them (source.read._TITLE_HEAD).
# (an 意见 by its own kind only, 关于…的意见 / …实施意见 / …指导意见, so a line running on from 国务院办公厅关于…的
# 实施意见 国办发〔2025〕9号 各省…： is titled by its head; 意见 alone ends words of the text too: 征求意见, 意见建议)
PLAN_KINDS = ("工作要点", "实施方案", "工作方案", "行动方案", "工作计划", "任务分工", "分工方案", "责任清单", "任务清单",
              "实施意见", "指导意见", "的意见", "要点", "方案", "计划")
# A county's or a department's measures issued by a notice name themselves …工作措施 / …具体措施 as a province's name
# theirs …若干措施 (某县整治形式主义为基层减负工作措施, issued by 关于印发某县…工作措施的通知 often without 《》): numbered
# measures, each closing with its units, the plan the notice issues (measures_heading keeps a section's heading out).
TITLE_KINDS = re.compile(
    "(?:" + "|".join(("的意见", "实施意见", "指导意见", "责任分解", "任务分解", "重点任务", "工作安排", "若干措施",
                      "工作措施", "具体措施",
                      # a city's or a province's policy measures (…若干政策措施, …若干举措, …的若干政策, …支持政策):
                      # numbered measures, the plan a notice issues, often with a 政策兑现清单 attached after them
                      "政策措施", "若干举措", "若干政策", "支持政策", "扶持政策")
                     + PLAN_KINDS + ("规划", "清单", "分工", "分工表", "分解表", "任务表", "一览表", "台账", "预案", "纪要",
                                     # a 目标管理责任书 / 安全生产目标责任书: its targets are the signing party's tasks
                                     "责任书",
                                     # rules in articles a notice issues (…专项资金管理办法, …实施细则): the plan's own
                                     # title line, whose 第N条 are read by their sentences' subjects
                                     "办法", "细则")) + ")"
    # a kind inside closing quotes ends a title too (某县防汛“两个清单”, 某区“三张清单”): a set of lists named by their count
    r"(?:[一二三四五六七八九十]|\d+篇|[(（][^()（）]*[)）])?[”\"」』]?$"
)
# The same words head a plan's own sections (主要工作措施, 防汛工作措施 / 地质灾害防治工作措施 on lines of their own,
# unnumbered, inside 一、主要任务): only a line naming whose measures they are (溪川县…工作措施, 2025年…具体措施: a proper
# place or a year before the kind) titles a plan; a line naming a field of work only is a heading (measures_heading).
_PLACE_MEASURES_KINDS = ("工作措施", "具体措施")
_YEAR = re.compile(r"\d{4}年")
_PLACE_LETTERS = 12  # a place's proper name and kind at a title's head (内蒙古自治区阿拉善盟 is ten)


def measures_heading(line: str) -> bool:
    """Is the line, ending in a measures kind a place's plan is titled by, a section's heading: no proper place and no
    year before the kind (防汛工作措施, 主要工作措施 — not 某县进一步精文减会为基层减负工作措施)?"""
    kind = line.rstrip()
    if not kind.endswith(_PLACE_MEASURES_KINDS):
        return False
    head = kind[: -len("工作措施")]
    return not (_YEAR.search(head) or any(head[i - 1 : i] in lexicon.LOCALITY_KINDS and proper_place(head[:i])
                                          for i in range(2, min(len(head), _PLACE_LETTERS) + 1)))

# The kind of a document that divides or carries out a plan named before it (某市…发展规划 / 重点任务分工方案,
# 某省…纲要 / 实施方案): a title's second half naming no subject of its own, only what is divided and how.
_DIVIDED_WORK = ("重点任务", "主要任务", "重点工作", "目标任务", "任务", "工作")
_DIVIDED_WORK_QUALIFIERS = ("主要", "重点")  # 主要目标任务分工方案: the work qualified as a 纲要's own parts are
_DIVIDING_ACTS = ("责任分工", "责任分解", "任务分工", "任务分解", "分工", "分解", "落实", "实施")
_DIVIDING_FORMS = ("方案", "细则", "意见", "清单", "一览表", "表", "计划")
DIVIDING_KIND = re.compile(
    "^(?:" + "|".join(_DIVIDED_WORK_QUALIFIERS) + ")?(?:" + "|".join(_DIVIDED_WORK) + ")?(?:" + "|".join(_DIVIDING_ACTS)
    + ")(?:" + "|".join(_DIVIDING_FORMS) + ")?$"
    "|^(?:" + "|".join(_DIVIDED_WORK) + ")?(?:责任|任务)清单$")
# A bulletin (督查通报, 简报, 工作动态) opens with its masthead: the publication's name, often letter-spaced (督 查 通 报),
# and its issue (2025年第5期 / 第12期（总第86期）); the office and date follow, then the document's own title, whose
# kind is a bulletin's (关于…情况的通报 / …的报告), not a plan's.
ISSUE_NUMBER = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?第\s*[\d一二三四五六七八九十百]+\s*期"
                          r"(?:\s*[（(]\s*总第\s*\d+\s*期\s*[）)])?(?:\s.*)?$")
# the issue alone, as a gazette's running head prints it beside the publication's name (2025年第3期, 第3期（总第86期）,
# 总第123期)
ISSUE_MARK = (r"(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,3}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?"
              r"|总第\s*\d{1,5}\s*期")
BULLETIN_KINDS = ("通报", "通知", "报告", "情况", "意见", "纪要", "专报")
# The kinds of a document that assigns its work in prose, the bodies the subjects of its sentences (请X牵头，会同Y…;
# X要…; 责成X…): a meeting's minutes and its agreed items; rules in articles (实施细则, 管理办法: 第五条 X负责…，Y配合…),
# which write no bracket. Plans of other kinds name their units apart from their wording
# (a bracket, a label, a column), and a body a plan's sentence names (…等相关部门要畅通…) is read as no annotation.
# (…常务会议议定事项督办清单 / …会议纪要落实台账: the minutes' items listed for oversight are the minutes' own)
_KIND_YEARS = r"(?:[(（][^()（）]*[)）])?$"
MINUTES_KINDS = re.compile(r"(?:纪要|议定事项)(?:(?:督办|落实|办理|分解)?(?:清单|台账))?" + _KIND_YEARS)
# A 细则 / 办法 may also be the implementing plan of a 若干措施 (…若干措施实施细则) whose measures close with their units'
# bracket or label like any 分工方案's: such a document names its units apart, and is read by them (parse/__init__.py).
ARTICLES_KINDS = re.compile(r"(?:细则|办法)" + _KIND_YEARS)
# A 督查 / 检查 report to the bodies it inspected (关于…督查情况的通报, 督查通报, 情况通报) makes its demands as minutes
# record agreed items: each names who acts as its sentence's subject (请X于…前…, X要会同Y…, 责成X…, X、Y按职责分工负责).
# Read so only where its demands mostly name no unit apart (parse/__init__.py), as a 细则 is.
REPORT_KINDS = re.compile(r"通报" + _KIND_YEARS)
# A ministry's or bureau's notice on a season's or a campaign's work (关于做好2026年春季农业生产工作的通知, 关于切实加强
# 汛期安全防范工作的通知) writes no bracket: each item's duty sentences open with the body that carries them (各地X部门要…,
# 部Y司牵头…, 市Z中心要会同…). Read by them only where its items mostly name no unit apart (parse/__init__.py), as a
# 通报 is; a notice issuing a plan (关于印发…的通知) is no such notice.
# A notice launching a campaign (关于开展2025年…专项行动的通知, 关于组织开展…检查的通知, 关于深入开展…活动的通知), among the
# commonest titles of a ministry's or a department's notice, is such a notice too: its items (（一）严格准入。X要…；
# Y负责…) give the campaign's work to the bodies they open with, often with a 重点任务分工 table attached after it.
_WORK_NOTICE_VERBS = ("做好", "抓好", "加强", "强化", "组织开展", "开展")
# A notice passing on what a meeting decided (关于落实区政府第十八次常务会议部署重点工作任务的通知, 关于贯彻落实市委
# 经济工作会议精神的通知, 关于分解落实…专题会议议定事项的通知) is such a notice as well: the office breaks the meeting's
# decisions into items, each opened by the body carrying it (X要…，会同Y…; 由X牵头负责…), as minutes record them.
_MEETING_DECISIONS = (r"(?:" + "|".join(lexicon.MEETING_PASSING_VERBS) + r")?落实[^《》\n]{0,40}?" + lexicon.MEETING_WORD
                      + r"[^《》\n]{0,40}?(?:" + "|".join(lexicon.MEETING_DECISION_WORDS)
                      + r")[^《》\n]{0,60}")
# A letter between departments asking the bodies it is sent to for their share of a piece of work (关于商请协助做好…工作
# 的函, 关于商请配合开展…的函, 关于请予支持…的函) is such a text too: its items (（一）请市X局于…前提供…; 请市Y局牵头，会同
# 市Z委做好…) give each body its task as a work notice's do, a 任务分工表 often attached after it. A 函 only covering
# an attachment (关于报送…的函) names no body in its items, and stays front matter (read._items_name_their_bodies).
_LETTER_ASKING = ("商请", "恳请", "请求", "请予")
_LETTER_HELP = ("协助", "配合", "支持", "协调")
_ASKING_LETTER = ("(?:(?:" + "|".join(_LETTER_ASKING) + ")(?:" + "|".join(_LETTER_HELP) + ")?|(?:"
                  + "|".join(_LETTER_HELP) + ")|(?:" + "|".join(_WORK_NOTICE_VERBS) + r"))[^《》\n]{2,60}的函")
WORK_NOTICE_KINDS = re.compile(lexicon.ABOUT + r"(?:进一步|切实|扎实|认真|全力|深入)?(?:(?:(?:" + "|".join(_WORK_NOTICE_VERBS)
                               + r")[^《》\n]{2,60}|" + _MEETING_DECISIONS + r")的通知|" + _ASKING_LETTER + ")"
                               + _KIND_YEARS)
# Where a title set over two lines breaks: after the issuing body (…委员会 / …人民政府 / …局), or before the year.
ISSUER_END = re.compile(r"(?:委员会|人民政府|政府|办公室|办公厅|指挥部|领导小组|局|厅|委|办|部|中心|党委|党组)$")

# A notice's header above its title: the masthead (某市人民政府办公室文件: the issuing body's name printed large, then
# 文件) and the 发文字号 on a line of its own (某政办规〔2026〕3号). Neither is a title nor a sender of a joint notice.
# An office's own masthead ends in its kind too (某市人民政府督查室文件), though 室 ends no issuer's name elsewhere.
NOTICE_HEAD_LINE = re.compile(
    "^(?:[^\\s，,。；;：:《》]{2,30}?(?:" + ISSUER_END.pattern.rstrip("$") + "|室)文件"
    r"|[\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号)$")


# 某县人民政府办公室关于印发《某县燃气安全专项整治工作方案》的通知: the one document a notice issues
_ISSUING_NOTICE = re.compile(r"^.{0,40}?(?:关于)?(?:印发|转发|下发|公布)\s*《([^《》]{4,80})》\s*的\s*通知$")


# "现将《某市…行动方案》印发给你们" / "《…方案》已经市政府同意，现印发给你们": the document the notice issues
_ISSUING_SENTENCE = re.compile(r"《([^《》\n]{4,80})》[^《》。\n]{0,40}?(?:印发|转发|下发)")


def issued_title(title: str, lines: list[str] = ()) -> str:
    """The title of the plan a notice issues, where the notice's title is all the plan has (no title line of its own).

    A page may print the covering notice and then the plan's text straight away, its own title line left out:
    the plan is the document the notice names in 《》. A notice naming two documents is left as it is. Where the
    notice's own title was broken over lines and only its first (the office) became the title, the notice's
    issuing sentence (现将《…方案》印发给你们) names the plan. (The
    reader takes it last: the plan's id and issuer come from the notice's title, and the outline reads the
    notice's own numbered requirements as its text while the title still says 通知.)
    """
    m = _ISSUING_NOTICE.match(title.strip())
    if m:
        return m.group(1).strip()
    # 关于印发某市…管理办法的通知, the document named without 《》: it is the plan where its name ends in a title's kind
    bare = _ISSUING_TITLE.search(title.strip())
    if bare and "《" not in title and TITLE_KINDS.search(bare.group(1)):
        return bare.group(1).strip()
    if not (ISSUER_END.search(title.strip()) or NOTICE_HEAD_LINE.match(title.strip())):
        return title  # only a title that is an office's name, a masthead or a 文号 is replaced
    # the notice's title broken over lines left only its first (the office's name): the issuing sentence names the plan
    for line in lines:
        found = _ISSUING_SENTENCE.search(line)
        if found and TITLE_KINDS.search(found.group(1)):
            return found.group(1).strip()
    return title


# 关于印发某县…工作方案的通知, with or without 《》: the document a notice issues, wherever the title line was cut
_ISSUING_TITLE = re.compile(r"(?:印发|转发|下发)\s*《?([^《》]{4,80}?)》?\s*的\s*通知$")
# 关于印发《某市人民政府 某大学战略合作框架协议》任务分工的通知: the notice issues the document named in 《》 with the
# sharing out of its work among the bodies, the kind of that paper written after the 》; the named document (an agreement,
# a plan) is the one it issues, printed after it as its attachment, and the notice's own items are the 分工
# (lexicon.NOTICE_SHARING_KINDS)
_ISSUING_SHARING_TITLE = re.compile(r"(?:印发|转发|下发)\s*《([^《》]{4,80}?)》\s*(?:"
                                    + lexicon.alternation(lexicon.NOTICE_SHARING_KINDS) + r")\s*的\s*通知$")


_TITLE_TAIL = 6  # characters: the kind of document and what it is about (…救助应急预案), printed even where the title breaks


def may_title(line: str, issued: str) -> bool:
    """Could the line be (the last line of) the issued document's own title: not the notice's sentence or list?"""
    s = line.strip()
    return s.endswith(issued[-_TITLE_TAIL:]) and not s.startswith("附件") and not _ISSUING_SENTENCE.search(s) \
        and not _ISSUING_TITLE.search(s)


def issued_plan(title: str, lines: list[str]) -> str:
    """The title of the document a notice issues, named in its title or its issuing sentence, else ""."""
    m = _ISSUING_TITLE.search(title.strip()) or _ISSUING_SHARING_TITLE.search(title.strip())
    if m:
        return m.group(1).strip()
    found = next((f for f in map(_ISSUING_SENTENCE.search, lines) if f), None)
    return found.group(1).strip() if found else ""


# A bracket giving a requirement's units as a plan's task does: names closed by a role verb (（市X局牵头，市Y局配合）,
# （各县（市、区）人民政府负责）), or a unit label opening it (（责任单位：…）). The source stage reads a covering notice's
# requirements by it before the reader runs (read._notice_giving_work), so it is a test of the words alone: the reader
# then reads those brackets in full.
ASSIGNING_BRACKET = re.compile(r"[（(](?:[^（）()\n]|[（(][^（）()\n]{0,20}[）)]){2,200}?(?:"
                               + lexicon.alternation(lexicon.VERB_ROLES) + r")[。.]?[）)]"
                               r"|[（(【\[]\s*(?:" + lexicon.UNIT_LABEL + r")\s*[:：]")


# A 分工 item may give its units as a sentence of their own closing the item instead of a bracket (1.共建研究院。（对应
# 《协议》第三条）市X局牵头，市Y局、市Z局配合。 / 2.支持就业创业。市W局负责，团市委配合。): every clause of that last
# sentence is bodies' names closed by a role verb. Tested on the last sentence alone (cut at the last 。 or bracket
# before it, so no search runs over the item's whole text), its names bounded and holding no modal (各地要认真抓好落实
# asks, it names no unit).
_ASSIGNING_CLAUSE = re.compile(r"(?:[^（）()\n，,。；;：:" + "".join(lexicon.ROLE_VERB_MODALS) + r"]|[（(][^（）()\n]{0,20}[）)])"
                               r"{2,80}?(?:" + lexicon.alternation(lexicon.VERB_ROLES) + ")")
_ASSIGNING_SENTENCE = re.compile("(?:" + _ASSIGNING_CLAUSE.pattern + r")(?:[，,；;](?:" + _ASSIGNING_CLAUSE.pattern
                                 + r")){0,5}[。.]?")
_LAST_SENTENCE_MAX = 200  # characters: a sentence of names and role verbs is short


def closes_with_assigning_sentence(text: str) -> bool:
    """Does the item's text close with a sentence naming its units by role verbs alone (市X局牵头，市Y局配合。)?

    The sentence is what follows the item's last 。, a note opening it (（对应《协议》第三条第（一）项）, the clause
    the item carries out) left out."""
    body = text.strip().rstrip("。.").rstrip()
    if "。" not in body:
        return False  # the item's own sentence comes first (its title, 共建研究院。); the units' sentence closes it
    last = _without_opening_note(body[body.rfind("。") + 1:].strip())
    if not 0 < len(last) <= _LAST_SENTENCE_MAX or _ASSIGNING_SENTENCE.fullmatch(last) is None:
        return False
    # the first clause names a body (市X局牵头, 某学院具体实施), not the work (鼓励社会资本参与)
    return _names_a_body(_ASSIGNING_CLAUSE.match(last).group(0))


_ROLE_VERB_AT_END = re.compile("(?:" + lexicon.alternation(lexicon.VERB_ROLES) + ")$")
_MANNERS = sorted({*lexicon.VERB_ADVERBS, *lexicon.OTHERS_ROLE_MANNERS, "等"}, key=len, reverse=True)


def _names_a_body(clause: str) -> bool:
    """Does the clause's name, its role verb and the manner before it dropped (按职责分工负责, 等配合), end as a body's?"""
    name = _ROLE_VERB_AT_END.sub("", clause)
    while (manner := next((m for m in _MANNERS if name.endswith(m)), None)) is not None:
        name = name[: -len(manner)]
    return name.endswith(lexicon.UNIT_ENDINGS)


def _without_opening_note(sentence: str) -> str:
    """The sentence after the bracket opening it, brackets inside that one counted (（对应第三条第（一）项）X牵头 → X牵头)."""
    if not sentence.startswith(("（", "(")):
        return sentence
    depth = 0
    for i, ch in enumerate(sentence):
        depth += ch in "（("
        depth -= ch in "）)"
        if depth == 0:
            return sentence[i + 1:].strip()
    return sentence


# A work notice's item names who acts as its sentences' subjects (（一）严格生产准入。工业和信息化部、市场监管总局要…。
# 各省级工业和信息化主管部门负责…): bodies' names, then the verb a subject carries (要, 负责, 会同 …). Read by the
# words alone, so the source stage can tell such a notice from a cover page without the reader's clause reading.
_SUBJECT_VERB = "(?:" + lexicon.alternation(("要" + lexicon.WITH_VERB, lexicon.WITH_VERB, *lexicon.SUBJECT_CARRIED_VERBS)) + ")"
_SUBJECT_OPENING = re.compile(r"\s*([^，,。；;：:（）()]{2,60}?)" + _SUBJECT_VERB)
_SENTENCE_STOPS = re.compile("[。；;]")


# A request opening the sentence (请市X局于…前提供…, 请市X局、市Y局分别…, 责成X…): the bodies asked are its subjects,
# whatever verb follows them; the request word is no letter of their names (lexicon.ORDER_WORDS), and a request opening
# with a time or a manner (请于月底前…, 请将…报送) asks the addressees themselves, naming none.
_REQUEST_OPENING = re.compile(r"\s*(?:" + lexicon.alternation(lexicon.ORDER_WORDS) + r")(?!"
                              + lexicon.alternation(lexicon.REQUEST_WITHOUT_SUBJECT) + r")([^，,。；;：:（）()\d]{2,40})")
_REQUEST_NAMES_MAX = 40  # letters: the bodies a request names, at most (a longer opening is a sentence)
# a group of the addressees asked all at once (各成员单位, 各乡镇人民政府, 县直各单位, 有关单位, 市直相关部门): no
# particular body; a cover letter asks them to report or name a liaison as a notice does (lexicon.COLLECTIVE_STARTS,
# after a scope lexicon.UNIT_SCOPES)
_ADDRESSEE_GROUP = re.compile("^(?:" + lexicon.alternation(lexicon.UNIT_SCOPES) + ")?(?:"
                              + lexicon.alternation(lexicon.COLLECTIVE_STARTS) + ")")


def _request_names_bodies(sentence: str) -> bool:
    """Does the sentence open with a request to particular bodies named right after its word (请市X局、市Y局分别于…)?
    Their names end where the shortest opening all of whose 、-parts name bodies does; the words after are the work.
    A request to groups of the addressees only (请各成员单位于…完成…, 请县直各单位于…报送…) names no particular body:
    a cover letter or notice asks that of everyone it is sent to, and stays front matter as one asking no one does."""
    opening = _REQUEST_OPENING.match(sentence)
    if opening is None:
        return False
    words = opening.group(1)
    for end in range(2, min(len(words), _REQUEST_NAMES_MAX) + 1):
        names = words[:end].split("、")
        if all(unit_like(n, strict=True) for n in names):
            return not all(_ADDRESSEE_GROUP.match(n) for n in names)
    return False


def _opening_bodies(sentence: str, opening_pattern: re.Pattern) -> list[str]:
    """The bodies' names a sentence opens with, as the pattern's first group cuts them (X、Y要… / 由X牵头…), else [].
    A、B等有关部门要… / A、B等要…: A and B, the 等 closing the list and the group after it dropped as the reader drops
    them; a name holding 等 as its letters (等离子体研究所) is kept whole."""
    opening = opening_pattern.match(sentence)
    if opening is None:
        return []
    names = [n.strip() for n in opening.group(1).split("、")]
    names[-1] = drop_group_after_deng(drop_trailing_qualifier(names[-1]))
    return names if all(n and unit_like(n, strict=True) for n in names) else []


def names_bodies_as_subjects(item: str) -> bool:
    """Does a sentence of the item open with bodies' names and a subject's verb (X、Y要… / 各省级X部门负责…), or with a
    request to bodies (请X于…提供…)?"""
    return any(_request_names_bodies(sentence) or _opening_bodies(sentence, _SUBJECT_OPENING)
               for sentence in _SENTENCE_STOPS.split(item))


# An issuing notice (关于印发《…》的通知) shares out work of its own only where a requirement's sentence opens with
# particular bodies and a role verb (由县X局牵头，县Y局配合，… / 县Z局负责将…纳入预算): its title names the document it
# issues, not a piece of work, so the modal 要 a notice asks all its addressees with (各乡镇、各部门要…) does not count,
# nor does a group of the addressees (各乡镇人民政府负责…): that is the notice asking everyone it is sent to.
_ROLE_SUBJECT_OPENING = re.compile(r"\s*(?:由)?([^，,。；;：:（）()]{2,60}?)(?:"
                                   + lexicon.alternation(lexicon.ISSUING_NOTICE_ROLE_VERBS) + ")")


def gives_work_to_named_bodies(item: str) -> bool:
    """Does a sentence of the item open with particular bodies' names and a role verb (由X牵头，… / X负责…)?"""
    for sentence in _SENTENCE_STOPS.split(item):
        names = _opening_bodies(sentence, _ROLE_SUBJECT_OPENING)
        if names and not all(_ADDRESSEE_GROUP.match(n) for n in names):
            return True
    return False


# A note giving a task's units where the page's foot (a PDF) or the notes part (a Word file) holds it, its mark in the
# text (…局部改造。¹ / ¹ 适老化改造部分由市丙局牵头，市丁局配合。): read as the annotation the plan would otherwise
# have printed. A note explaining a term or qualifying a figure, though its sentence ends in a role verb (①“首问负责制”：
# 指…首位接待的工作人员负责。 / ②其中中心城区20家，各区政府配合。) gives no units (lexicon.NOTE_REMARK_OPENINGS); one
# opening 其中， over a clause handing a part of the task to a unit (其中，适老化改造部分由市丙局牵头…) does, the opening
# word no name (lexicon.NOTE_PART_OPENINGS).
_NOTE_REMARK = re.compile(r"^(?:" + "|".join(map(re.escape, lexicon.NOTE_REMARK_OPENINGS)) + r")|[：:]\s*(?:是)?指|^(?:是)?指")
_NOTE_PART_OPENING = re.compile(r"^(?:" + "|".join(map(re.escape, lexicon.NOTE_PART_OPENINGS)) + r")\s*[，,]\s*"
                                r"(?=[^，,。；;]*" + re.escape(lexicon.NOTE_PART_HANDED) + ")")


def note_bracket(text: str) -> str:
    """（…） for a note naming units with a role verb as a task's annotation does, else ""."""
    text = _NOTE_PART_OPENING.sub("", text.strip()).rstrip("。.；; ")
    bracket = f"（{text}）"
    return bracket if ASSIGNING_BRACKET.fullmatch(bracket) and not _NOTE_REMARK.search(text) else ""
