"""NAME_RULES: how a written piece of an annotation becomes unit names.

A run of units without verbs is split on 、 and joiners; shared heads are spread (各区、县政府), 等 endings,
无, a person in brackets and a short-name note are dropped, and a verb glued to a name is cut off it.
"""
from __future__ import annotations

import re

from ...numerals import parse_chinese
from ...words import lexicon as lx
from ...words.labels import CIRCLED, LISTED_NAME_NUMBER
from ...words.brackets import (BRACKET, CLOSERS, OPENERS, depth_at, depth_zero_finds, depth_zero_split,
                               strip_trailing_brackets)
from ...words.names import (SHORT_NAME_NOTE_HEAD, drop_group_after_deng, drop_trailing_qualifier, organisations_of_each,
                             unit_like)
from ...words.people import is_person, names_people
from .patterns import (_AT_END_ONLY, _BARE_HEADS, _COLLECTIVE_START, _DOMAIN_BEFORE_JOINER, _JOINER, _LABEL_ONLY,
                       _MANNER, _NAMED_BODY_OPENING, _NAME_OPENINGS, verb_opens_a_noun, _NO_UNIT, _VERB,
                       _VERBS_ONLY, _VERB_ROLE, _role_as_label, duty_borne_by_no_body)


_LOCALITY_KIND = frozenset(lx.LOCALITY_KINDS)
_LOCALITY_KINDS = tuple(lx.LOCALITY_KINDS)


def _shared_head_lists(pieces: list[tuple[int, str]]) -> list[str]:
    """各县、市、区政府 / 各省、自治区、直辖市人民政府 -> one name: kinds of locality listed alone share the head after them.

    Split on 、 such a list leaves pieces that name nothing (市, 区政府): a bare kind, and the piece
    after it, go back with the piece before, as written. The addressee line of provincial documents
    opens the list with 各 and nests the lower kinds: 各市、县（市、区）人民政府 is one name too.
    """
    out: list[str] = []
    joining = False
    for _, piece in pieces:
        # (a bare kind after a body's name, 市X局、区, is a name cut short, not a kind sharing a head)
        bare = piece.strip() in _LOCALITY_KIND and bool(out) and out[-1].strip().endswith(_LOCALITY_KINDS)
        # 市直有关部门、单位 / 各有关部门、单位: a bare head after a collective shares its opening, one collective as
        # 各有关部门和单位 is (a 单位 alone names no body)
        bare = bare or (bool(out) and _shares_the_collective(out[-1].strip(), piece.strip()))
        if out and (bare or (joining and piece.strip().startswith(_LOCALITY_KINDS))):
            out[-1] += "、" + piece
            joining = bare
            continue
        out.append(piece)
        head = piece.strip()
        joining = _opens_a_list_of_kinds(head)  # 各市、县…人民政府
    return out


# the last abbreviation of a joint body's places, then their count and kind (西两省…, 丙三省…)
_LAST_LETTER_AND_COUNT = re.compile("[\u4e00-\u9fff]([" + lx.PLACE_COUNT_NUMERALS + "])(?:"
                                    + lx.alternation(lx.PLACE_COUNT_KINDS) + ")")


def _abbreviated_places_joined(pieces: list[str]) -> list[str]:
    """东、西两省河长制办公室 -> one name: a joint body of several places named by each place's one-letter abbreviation.

    Joint plans of two provinces or cities name their shared bodies so (甲、乙两省X办公室, 甲、乙、丙三省X厅): the
    letters parted by 、, the last one opening the piece that gives their count and kind. Split on 、 the pieces before
    it are one letter each, which names no body. They go back with that piece, as written, where the count matches the
    letters (two letters before 两省, three before 三省); any other run is left as split."""
    out: list[str] = []
    for piece in pieces:
        m = _LAST_LETTER_AND_COUNT.match(piece.strip())
        letters = 0
        while letters < len(out) and len(out[len(out) - 1 - letters].strip()) == 1:
            letters += 1
        count = parse_chinese(m.group(1)) if m else None  # (parse_chinese reads 两 as 2)
        if m and letters and count is not None and count >= 2 and letters >= count - 1:
            joined = out[len(out) - (count - 1):]
            del out[len(out) - (count - 1):]
            out.append("、".join(joined + [piece]))
            continue
        out.append(piece)
    return out


_NUMERALS = lx.ORDINAL_WORD_NUMERALS + "0123456789"
# an ordinal alone (第一, and after it a bare 二 / 第二) and an ordinal with the head of the body it numbers (二检察部)
_ORDINAL_ALONE = re.compile(lx.ORDINAL_MARK + "?[" + _NUMERALS + "]+")
_ORDINAL_HEADED = re.compile(lx.ORDINAL_MARK + "?([" + _NUMERALS + "]+)([^" + _NUMERALS + "].*)")


def _spread_ordinal_heads(pieces: list[str]) -> list[str]:
    """第一、二检察部 / 第五、第八检察部牵头 -> 第一检察部, 第二检察部 / 第五检察部, 第八检察部牵头.

    Plans whose offices are numbered (第N检察部, 第N监督检查室, 第N巡察组) name two or more of them with the head written
    once, after the last ordinal. Split on 、 the pieces before it are ordinals alone (第一), which name no body at all,
    and the last lacks its 第 where the writer dropped it (二检察部); unlike kinds of locality sharing a head (各区、县
    政府, one collective read as written) each ordinal is a body of its own, so each takes the head. Only a run that
    opens with 第 and whose last piece, with the head, ends as a body's name does.
    """
    out = list(pieces)
    i = 0
    while i < len(out):
        first = out[i].strip()
        if not (first.startswith(lx.ORDINAL_MARK) and _ORDINAL_ALONE.fullmatch(first)):
            i += 1
            continue
        k = i + 1
        while k < len(out) and _ORDINAL_ALONE.fullmatch(out[k].strip()):
            k += 1
        # (the last piece may close with the list's verb, 二检察部牵头: the head is its name part, the verb stays on it)
        headed = _ORDINAL_HEADED.fullmatch(_split_verb(out[k])[0].strip()) if k < len(out) else None
        if headed is None or not unit_like(lx.ORDINAL_MARK + headed.group(1) + headed.group(2), strict=True):
            i = k
            continue
        head = headed.group(2)
        for j in range(i, k):
            out[j] = lx.ORDINAL_MARK + out[j].strip().removeprefix(lx.ORDINAL_MARK) + head
        last = out[k].strip()
        out[k] = last if last.startswith(lx.ORDINAL_MARK) else lx.ORDINAL_MARK + last
        i = k + 1
    return out


_POSTED_KINDS = tuple(lx.POSTED_BODY_KINDS)


def _posted_opening(piece: str) -> str | None:
    """派驻 / 驻 opening the piece (POSTED_BODY_OPENINGS, the longer first), else None."""
    return next((o for o in sorted(lx.POSTED_BODY_OPENINGS, key=len, reverse=True) if piece.startswith(o)), None)


def _a_host(name: str) -> bool:
    """A department's whole name with no posting word around it: a host a posted body sits in (市民政局)."""
    return (unit_like(name, strict=True) and not name.endswith(_POSTED_KINDS)
            and _posted_opening(name) is None)


def _spread_posted_body_ends(pieces: list[str]) -> list[str]:
    """派驻市A局、市B局、市C局纪检监察组 -> 派驻市A局纪检监察组, 派驻市B局纪检监察组, 派驻市C局纪检监察组.

    A discipline commission names the bodies it posts in several departments at once, writing the posting word before
    the first host and the posted body's kind after the last (POSTED_BODY_OPENINGS, POSTED_BODY_KINDS); each host has
    a body of its own. Split on 、 the first piece (派驻市A局) names no body and the last (市C局纪检监察组) names it
    without the opening. Only a run whose first piece is the opening and a host's whole name, whose middle pieces are
    hosts' whole names, and whose last is a host's name with the kind (a verb may follow it) is spread; any other list
    (市A局、市B局等部门, 县公安局、县交警大队, 派驻市A局纪检监察组、市B局) is left as written.
    """
    out = list(pieces)
    i = 0
    while i < len(out):
        first = out[i].strip()
        opening = _posted_opening(first)
        if opening is None or not _a_host(first[len(opening):]):
            i += 1
            continue
        k = i + 1
        while k < len(out) and _a_host(out[k].strip()):
            k += 1
        last = out[k].strip() if k < len(out) else ""
        name = _split_verb(last)[0].strip()
        kind = next((kind for kind in _POSTED_KINDS if name.endswith(kind)), None)
        if kind is None or not _a_host(name[: -len(kind)]):
            i = k
            continue
        for j in range(i, k):
            host = out[j].strip()
            out[j] = (host if j == i else opening + host) + kind
        out[k] = opening + last
        i = k + 1
    return out


_BARE_HEAD_ENDS = tuple(_BARE_HEADS)
_VERB_ALTERNATIVE_JOINERS = frozenset(lx.VERB_ALTERNATIVE_JOINERS)


def _shares_the_collective(before: str, piece: str) -> bool:
    """'市直有关部门' + '单位': a bare head after a collective name ending in a head is a second head of it."""
    return piece in _BARE_HEADS and bool(_COLLECTIVE_START.match(before)) and before.endswith(_BARE_HEAD_ENDS)


# 各 and the qualifiers that may follow it before a kind of locality (各有关区、县级市政府, 各相关县、市政府)
_KIND_LIST_OPENING = re.compile("^(?:各(?:有关|相关)?|(?:有关|相关))")


def _opens_a_list_of_kinds(head: str) -> bool:
    """各区 / 各有关区 / 有关县: a bare kind of locality opened by 各 or a qualifier, the first of kinds sharing a head."""
    m = _KIND_LIST_OPENING.match(head)
    return bool(m) and head[m.end():] in _LOCALITY_KIND


def _depth_zero_find(text: str, needle: str) -> int:
    """Where `needle` first stands outside every bracket of the text, else -1."""
    if needle not in text:
        return -1  # the usual case; no need to walk the text
    return next((at for at, _ in depth_zero_finds(text, (needle,))), -1)


# the opening and closing marks of a role mark's brackets (lexicon ROLE_MARK_BRACKETS), as regex classes
ROLE_MARK_OPENS = "".join(pair[0] for pair in lx.ROLE_MARK_BRACKETS)
_ROLE_MARK_OPEN = "[" + re.escape(ROLE_MARK_OPENS) + "]"
_ROLE_MARK_CLOSE = "[" + re.escape("".join(pair[1] for pair in lx.ROLE_MARK_BRACKETS)) + "]"
# 市应急局(牵头) / 市应急局（牵头单位）/ 市X局（双牵头）/ 市X局【牵头】: the role in brackets after a name, with or without
# the label's head noun, or a word saying how it is shared; 市X银行（牵头行）/ X分行（参与行）: a bank's role in a lending
# syndicate, the bank head only after a bank's name (lexicon BANK_LABEL_HEADS, BANK_NAME_ENDINGS)
_ROLE_MARK_SHARE = r"\s*(?:" + lx.alternation(lx.BRACKETED_ROLE_SHARES) + r")?"
_NO_BANK_MARK_AFTER_ANOTHER_NAME = ("(?:(?<=[" + "".join(lx.BANK_NAME_ENDINGS) + "])|(?!" + _ROLE_MARK_OPEN + _ROLE_MARK_SHARE
                                    + "(?:" + lx.alternation(w for ws in lx.LABEL_ROLE_WORDS.values() for w in ws) + ")(?:"
                                    + lx.alternation(lx.BANK_LABEL_HEADS) + ")))")
_BRACKETED_VERB = re.compile(r"^(.*?)" + _NO_BANK_MARK_AFTER_ANOTHER_NAME + _ROLE_MARK_OPEN + _ROLE_MARK_SHARE + "("
                             + _VERB.pattern + r")(?:" + lx.alternation(("单位", "部门") + lx.BANK_LABEL_HEADS) + r")?\s*"
                             + _ROLE_MARK_CLOSE + r"\s*$")


def ends_in_role_bracket(piece: str) -> bool:
    """Does the piece end with a name's role in brackets (县X局（牵头单位）, 市Y局(配合))?"""
    return _BRACKETED_VERB.match(piece) is not None


# a list's 等 and the kind of organisation it stands for, up to the 组织 that would end it (等群团组织, 等行业组织)
_ORGANISATION_GROUP_BEFORE = re.compile("等[^等、,，()（）]{0,6}(?:" + lx.alternation(lx.ORGANISATION_HEADS) + ")$")


def _split_verb(piece: str) -> tuple[str, str | None]:
    """'市应急局牵头' -> ('市应急局', 'lead'); a verb must end the piece (or be followed only by a note)."""
    piece = _without_light_verb(piece)  # 县X局按职责做好配合: 做好 stands before the verb, it is no word of the name
    as_label = _role_as_label(piece)  # 市X局为牵头单位: the role stated as a label
    if as_label is not None:
        return as_label
    bracketed = _BRACKETED_VERB.match(piece)  # 市应急局(牵头): the role in brackets after the name
    if bracketed:
        piece = bracketed.group(1) + bracketed.group(2)
    chain: list[re.Match] = []  # the verbs written one after another at the end: 协同配合, 负责组织实施
    for m in _VERB.finditer(piece):
        if (m.group(1) or "").startswith("组织") and len(m.group(1)) > 2 and piece[: m.start(1)].endswith(lx.ORGANISATION_HEADS):
            rest = _VERB.match(piece, m.start(1) + 2)  # 各机关党组织落实: 组织 ends the name, 落实 is the verb
            if rest is None:
                continue
            m = rest
        elif m.group(1) == "组织" and _ORGANISATION_GROUP_BEFORE.search(piece, 0, m.start(1)):
            continue  # 市妇联等群团组织配合: 组织 ends the kind the list's 等 stands for, 配合 is the verb
        elif _organisation_name_end(piece, m):
            continue  # 各级工会组织 / 各村（社区）党组织 closing the piece: the body's name ends in 组织, no verb follows it
        tail = piece[m.end():]
        if (verb_opens_a_noun(m.group(), tail) and not _VERB.match(tail)) or (
                unit_like(tail) and tail not in _ROLE_WORDS and not _work_after_its_verb(m, piece)
                and not _handling_steps(tail)):
            continue  # 牵头部门, 负责人: part of a noun; but 负责组织实施 is two verbs, and 负责督办 a verb and its work
        if depth_at(piece, m.start()):
            continue  # 党委办公室（董事会办公室）: a body's other name in brackets holds 会办 as letters, no verb
        if piece.startswith(_LONG_UNIT_ENDINGS, m.end() - 1):
            continue  # 市政协办公室: the verb's last letter opens the body's ending written on (协办 + 公室), no verb
        # (X直接查办或提级办理: verbs joined as alternatives are one chain, both the body's)
        after_a_verb = bool(chain) and (chain[-1].end() == m.start()
                                        or piece[chain[-1].end(): m.start()] in _VERB_ALTERNATIVE_JOINERS)
        if not after_a_verb and _after_a_name_only(m) and not unit_like(piece[: m.start()].strip()):
            continue  # 基层党组织, 加强督促: a verb of VERBS_AFTER_A_NAME after no body's name is a word of the text
        if (m.group(1) or "") in lx.VERBS_AFTER_A_NAMED_BODY and not _after_a_named_body(piece[: m.start()]):
            continue  # 政府主导, 坚持政府主导, 企业主推: a principle's words after no named body
        if (m.group(1) or m.group(2)) in _AT_END_ONLY and tail.strip() and not _VERBS_ONLY.fullmatch(tail.strip()):
            continue  # 加强督导检查, 组织督导组开展…: only at the clause's end, or before verbs alone (监督指导)
        chain = chain + [m] if after_a_verb else [m]
    if not chain:
        name, role = _before_manner(piece)
        return (name, role) if role else (_before_own_work(piece) or piece, None)
    roles = [_VERB_ROLE[m.group(1) or m.group(2)] for m in chain]
    role = "lead" if "lead" in roles else roles[-1]  # 牵头组织落实 leads; otherwise the last verb says what is done
    verbs = [m.group(1) or m.group(2) for m in chain]
    if len(verbs) > 1 and verbs[0] == "负责" and all(v in _WORK_AFTER_FUZE for v in verbs[1:]):
        role = "responsible"  # 负责督促指导 / 负责组织协调: the body answers for the oversight or the organising itself
    elif _oversight_of_carrying_out(verbs):
        role = "responsible"  # 负责督促落实: the body answers for urging the others on; 落实 is what it urges
    return piece[: chain[0].start()], role


# verbs that give a role only after a name (组织, 协调) or that oversee (督促, 指导): after 负责 they are the work the
# body answers for (负责督促指导, 负责组织协调), so it is responsible, not leading or supporting as they say alone after a
# name (负责牵头 still leads: 牵头 is a role verb anywhere)
_WORK_AFTER_FUZE = frozenset(lx.OVERSIGHT_VERBS) | frozenset(lx.VERBS_AFTER_A_NAME) | frozenset(lx.VERBS_AFTER_A_NAMED_BODY)
_HANDLING_STEPS = frozenset(lx.HANDLING_STEPS)


def _oversight_of_carrying_out(verbs: list[str]) -> bool:
    """负责 + an oversight verb + carrying-out verbs only (负责督促落实 / 负责监督实施 / 负责指导组织实施): the body answers
    for overseeing the work; the carrying out after the oversight verb is what others do under it, so the chain's last
    verb (落实: implement) is the oversight's object, not the body's role."""
    return (len(verbs) > 2 and verbs[0] == lx.DUTY_LEAD_VERB and verbs[1] in lx.OVERSIGHT_VERBS
            and all(_VERB_ROLE.get(v) == "implement" for v in verbs[2:]))
_STEP_JOINERS = re.compile("[和及、]")


def _handling_steps(tail: str) -> bool:
    """'交办和督办' after 负责: steps of handling a matter (lexicon.HANDLING_STEPS), the body's work, not a name in 办."""
    return len(tail) <= 3 * _SHORT_WORK and all(step in _HANDLING_STEPS for step in _STEP_JOINERS.split(tail.strip()))


_SHORT_WORK = 4  # characters: the work a body answers for, written straight after 负责 (建队, 组建站)


def _work_after_its_verb(verb: re.Match, piece: str) -> bool:
    """'乙港务公司' + 负责 + '建队': a body's name, the verb it answers with, and a short piece of work closing the piece.

    A company's plan lists who does a part of the task with the work after the verb (甲公司、乙公司负责建队); the work
    ending in a body's letter (队, 站) made it read as a second name (负责 + 建队) and kept the verb in the name. Only
    after a body's whole name, and only a work that is not itself a body's ending (县甲局负责办 stays as written).
    """
    work = piece[verb.end():].strip()
    return ((verb.group(1) or verb.group(2)) in lx.VERBS_BEFORE_THEIR_WORK and 0 < len(work) <= _SHORT_WORK
            and work not in _UNIT_ENDINGS and not depth_at(piece, verb.start())
            and unit_like(_LIST_SEPARATOR.split(piece[: verb.start()])[-1].strip()))


_UNIT_ENDINGS = frozenset(lx.UNIT_ENDINGS)


def _without_light_verb(piece: str) -> str:
    """县公安局按职责做好配合 -> 县公安局按职责配合: a light verb between a body's name (manner words aside) and the role
    verb closing the piece; after no body's name (配合单位：按要求做好配合工作) the words stay the task's, reported."""
    for light in lx.LIGHT_VERBS_BEFORE_A_ROLE:
        at = piece.rfind(light)
        if (at > 0 and piece[at + len(light):].rstrip() in _VERB_ROLE
                and unit_like(_MANNER_TAIL.sub("", piece[:at].strip()))):
            return piece[:at] + piece[at + len(light):]
    return _without_light_verb_and_object(piece)


_GIVEN_OBJECT = re.compile("[\u4e00-\u9fff]{1,6}")  # what 给予 gives before the role word (资金, 政策, 技术): letters only
_ROLES_LONGEST_FIRST = sorted(_VERB_ROLE, key=len, reverse=True)


def _without_light_verb_and_object(piece: str) -> str:
    """省X厅给予资金支持 -> 省X厅支持: 给予 / 予以 and what is given, between a body's name and the role word closing the
    piece; the object names the kind of support, no word of the name (给予支持 straight after the name is a manner word
    of the verb already). After no body's name (加大财政给予资金支持) the words stay as written."""
    for light in lx.LIGHT_VERBS_BEFORE_AN_OBJECT:
        at = piece.rfind(light)
        if at <= 0:
            continue
        rest = piece[at + len(light):].rstrip()
        verb = next((v for v in _ROLES_LONGEST_FIRST if rest.endswith(v)), None)
        if (verb is not None and _GIVEN_OBJECT.fullmatch(rest[: -len(verb)])
                and unit_like(_MANNER_TAIL.sub("", piece[:at].strip()))):
            return piece[:at] + verb
    return piece


# a body's endings of three letters or more (办公室, 委员会): a verb whose last letter opens one is letters of a name
_LONG_UNIT_ENDINGS = tuple(e for e in lx.UNIT_ENDINGS if len(e) >= 3)


# the role words of labels (督办, 督查, 监管 …): after a verb they say what the body does (负责督办), though 办, 查 end names
_ROLE_WORDS = frozenset(word for words in lx.LABEL_ROLE_WORDS.values() for word in words)


# 按职责分工 / 按照各自职责 / 根据职能: a manner phrase of the duty itself (not 结合实际, which goes with any verb)
_DUTY_MANNER = re.compile("(?:" + "|".join(h for h in lx.VERB_MANNER_HEADS if h != "结合") + ")(?:"
                          + "|".join(o for o in lx.VERB_MANNER_OWNERS if o) + ")?(?:职责分工|职能职责|职责|职能)")


def closed_by_duty_manner(piece: str) -> bool:
    """Does a duty manner phrase with no role verb after it close the piece (市X局按职责分工 / …按职责分工做好相关工作)?
    Such a piece has no role of its own: under a label it takes the label's (落实单位：各县局按职责分工 -> implement),
    as a list with no verb does (_before_manner gives the role of a clause with no label)."""
    m = _DUTY_MANNER.search(piece) if "职" in piece else None
    return m is not None and _before_manner(piece)[1] is not None and _VERB.search(piece, m.start()) is None


def _before_manner(piece: str) -> tuple[str, str | None]:
    """'市Z局按职责分工做好相关工作' -> ('市Z局', 'responsible'): a list closed by a duty manner phrase whose verb no role
    verb names (or that the page cut: …按职责分) shares the duty, as a list without a verb does; (piece, None) otherwise."""
    m = _DUTY_MANNER.search(piece) if "职" in piece else None
    if m is None or m.start() == 0 or not unit_like(drop_trailing_qualifier(piece[: m.start()].rsplit("、", 1)[-1])):
        return piece, None
    return piece[: m.start()], "responsible"


# a verb of doing a body's own part (做好, 提供, 抓好 …), an action after an agent (推进, 建设 …) or a preposition fronting
# the object of the body's act (将其纳入…, 把…作为…); longest first
_OWN_WORK_VERB = re.compile(lx.alternation(sorted(set(lx.OWN_WORK_VERBS + lx.PARTNER_ACTIONS + lx.NOT_A_NAME_STARTS
                                                      + lx.OBJECT_FRONTING_PREPOSITIONS), key=len, reverse=True)))


# a preposition of the task's wording (在…指导下, 对…) or a word no name starts with, opening a clause
_TASK_WORDS_OPENING = re.compile("^(?:" + "|".join(lx.TASK_PREPOSITIONS + lx.ACTION_STARTS + lx.NOT_A_NAME_STARTS) + ")")


def _before_own_work(piece: str) -> str | None:
    """'国网某市供电公司做好供电保障' -> '国网某市供电公司': a body's name, then what it does, with no role verb.

    Annotations add after the roles a body's own part of the task (（X牵头，Y配合；某供电公司做好供电保障）, 市数据局
    提供数据支撑, 各区人民政府抓好辖区清疏): the name is the longest head that reads as a body and is followed by a
    verb of doing (OWN_WORK_VERBS, the agents' actions, the task words no name starts with); the rest is its work,
    no word of the name. The clause has no role verb, so its role is that of a clause without one. A piece that
    reads as a body whole (市医疗保障局) is not cut; None where no head reads as a body (see unclear_work)."""
    if unit_like(drop_group_after_deng(drop_trailing_qualifier(piece))) and not _work_ending_in_a_role_word(piece):
        return None  # 市委组织部等: a body's whole name and its 等 (组织 is a word of the name here)
    if _TASK_WORDS_OPENING.match(piece):
        return None  # 在省X厅指导下 / 加强…: a circumstance or the task's words, not a body opening the clause
    cut = 0
    depth = _bracket_depths(piece) if BRACKET.search(piece) else None  # once: depth_at per verb was quadratic
    for m in _OWN_WORK_VERB.finditer(piece, 1):
        if verb_opens_a_noun(m.group(), piece[m.end(): m.end() + 2]):
            continue  # 各科室负责人, 市委组织部: the verb's letters begin a noun, a word of the name
        if depth is not None and depth[m.start()]:
            continue  # a verb inside a bracket of the name
        # (县甲局、县乙局等做好应询准备: 等 closes the list before the work, as before a role verb; dropped to read the head)
        head = drop_trailing_qualifier(piece[max(0, m.start() - _VIEW): m.start()].strip())
        if len(head) > 1 and unit_like(head):
            cut = m.start()  # the last one found is the longest head
    return piece[:cut].strip() if cut else None


def _work_ending_in_a_role_word(piece: str) -> bool:
    """省政府督查室跟踪督办: a piece reading as a body whole only because its work ends in a label's role word (督办 ends
    as an office's 办 does) after a verb of doing; the body is the head before the verb (the whole is no one name)."""
    m = _OWN_WORK_VERB.search(piece, 1)
    return (m is not None and piece[m.end():].strip() in _ROLE_WORDS
            and unit_like(drop_trailing_qualifier(piece[: m.start()].strip())))


def _organisation_name_end(piece: str, m: re.Match) -> bool:
    """Is the 组织 matched the last word of the name of the organisations of each of a group (各级工会组织, 各村（社区）
    党组织: names.organisations_of_each), with nothing after it in the piece or a role verb straight after it
    (各级工会组织负责)? A named body and its verb (市总工会组织，各单位参与) stay so."""
    return (m.group(1) == "组织" and organisations_of_each(piece[: m.end()].strip())
            and (not piece[m.end():].strip() or _VERB.match(piece, m.end()) is not None))


def unclear_work(name: str) -> bool:
    """Does a name read from a clause with no role verb open like a body's and run into a verb of doing, though no
    head before the verb reads as a body (市城管执法做好站口防倒灌)? Then the body cannot be told from its work:
    the reader says so rather than guess where the name ends."""
    if unit_like(name) or not _NAMED_BODY_OPENING.match(name):
        return False
    return _OWN_WORK_VERB.search(name, 1) is not None


def _after_a_named_body(before: str) -> bool:
    """Does the text before a verb of VERBS_AFTER_A_NAMED_BODY end a body's name that opens as one does (市X局主抓)?"""
    name = _MANNER_TAIL.sub("", before.strip())  # 市X局具体主抓 / 市X局加强协调: manner words aside
    return bool(name) and _NAMED_BODY_OPENING.match(name) is not None and unit_like(name)


_MANNER_TAIL = re.compile("(?:" + _MANNER + ")+$")


def listed_pieces(text: str) -> list[str]:
    """A run of names split on 、 at depth zero, kinds of locality sharing a head kept as one name (各县、市、区政府) and
    numbered offices sharing one given each its own (第一、二检察部): the pieces a name list and an annotation group read.
    A 、 inside quotes is part of a body's name (县“双随机、一公开”监管工作联席会议成员单位), never between two names.
    Leaders listed before the units (李某、孙某/县X局) are no pieces of it."""
    pieces = _shared_head_lists(depth_zero_split(text, "、", quotes=True))
    pieces = _spread_posted_body_ends(_spread_ordinal_heads(_abbreviated_places_joined(pieces)))
    leaders = _leaders_listed_before(pieces)
    return [piece for at, piece in enumerate(pieces) if at not in leaders] if leaders else pieces


def _after_a_name_only(m: re.Match) -> bool:
    """The verb matched is one that gives a role only after a body's name (组织, 督促), manner words aside."""
    return (m.group(1) or "") in lx.VERBS_AFTER_A_NAME


def _names(text: str) -> list[str]:
    """Written unit names in a run without verbs: split on 、, each piece tidied by NAME_RULES,
    then split on 和/及/与 only where they join two units."""
    names = []
    for piece in listed_pieces(text):
        piece = piece.strip().strip(",， ")
        for rule in NAME_RULES:
            piece = rule(piece)
        if piece:
            for part in _split_spaced(piece):
                part = drop_person_in_brackets(drop_enumerator(part))  # 2.市Y局 / 市X局（张某）: each part's own
                names += [n for glued in _split_glued(part) for n in _split_joined(glued) if n]
    return names


def _leaders_listed_before(pieces: list[str]) -> set[int]:
    """李某、孙某/县X局、县Y局: two leaders listed before the units, the last parted from the first unit by a slash.

    Split on 、 the first leader is a piece alone (李某), which _split_spaced cannot tell from a unit cut short; a run
    of people right before a piece that opens with a leader and a unit (孙某/县X局) is the same list of leaders, no
    unit, and is dropped with it."""
    dropped: set[int] = set()
    for at, piece in enumerate(pieces):
        if at == 0 or not _opens_with_a_leader(piece.strip()):
            continue
        before = at
        while before > 0 and is_person(pieces[before - 1].strip()):
            before -= 1
        dropped.update(range(before, at))
    return dropped


# a one-letter level opening a body's name (团区委: the youth league's committee of the level); the letter after it
# is looked at apart, to tell a level from the first letter of a word (市场, 区域)
_GLUED_OPENING = re.compile(lx.alternation((lx.GLUED_NAME_YOUTH_LEAGUE,)) + "?(?:"
                            + lx.alternation(lx.GLUED_NAME_LEVELS) + ")")
_GLUED_LEFT_ENDINGS = tuple(lx.GLUED_NAME_LEFT_ENDINGS)
_LEVEL_COMMITTEES = frozenset(level + "委" for level in lx.GLUED_NAME_LEVELS)  # 区委, 市委: the party committee
_PARTY_PREFIX = lx.PARTY_PREFIX


def _split_glued(text: str) -> list[str]:
    """区财政局区发改局 -> 区财政局, 区发改局: two or more whole names glued with nothing between them.

    A list typed from a table cell or a hand-filled sheet, or copied where a cell's line breaks were lost, runs its
    names on (区城管局区数据局, 团区委区妇联, 县委办县政府办). The names are parted where a complete body's name ends in an
    organ's word (GLUED_NAME_LEFT_ENDINGS) and the text after it opens with a level letter (区, 市 …, or 团区…) and is a
    body's name too. Kept whole: a party committee of a level before its office (区委政法委, 县委县政府督查室: the left
    part only a level and 委), a level letter beginning a word (区城管局市容科, GLUED_NAME_NOT_A_LEVEL), a place made
    across the glue (商务中心区管委会), a branch of the body before it (市生态环境局区分局) and anything in brackets."""
    if len(text) < 6 or not _GLUED_OPENING.search(text, 3):
        return [text]  # the shortest glue is two names of three letters (县委办县政府办 is seven)
    depth = _bracket_depths(text) if BRACKET.search(text) else None
    ink = len(text.rstrip())
    right_view = text[max(0, ink - _VIEW): ink]  # unit_like reads the ending only: the text's last name is the right's
    if not unit_like(right_view, strict=True):
        return [text]
    names, start = [], 0
    for m in _GLUED_OPENING.finditer(text, 1):
        if (depth is None or not depth[m.start()]) and _glued_at(text, start, m):
            names.append(text[start: m.start()].strip())
            start = m.start()
    return names + [text[start:]]


def _glued_at(text: str, start: int, m: re.Match) -> bool:
    """Does a complete body's name end just before the level opening `m`, and a body's name open at it?"""
    level_at = m.end() - 1
    if text.startswith(lx.GLUED_NAME_NOT_A_LEVEL, level_at) or text.startswith(lx.GLUED_NAME_BRANCH_START, m.end()):
        return False  # 区X局市场监管… / 市X局区分局: a word or a branch of the body before it, no second name
    left = text[max(start, m.start() - _VIEW): m.start()].strip()
    if not left.endswith(_GLUED_LEFT_ENDINGS) or left.removeprefix(_PARTY_PREFIX) in _LEVEL_COMMITTEES:
        return False
    if any(text.startswith(place, level_at + 1 - len(place)) for place in lx.GLUED_NAME_PLACES):
        return False  # 商务中心区管委会: 中心区 is a place's name
    if _one_organ_named_twice(text, left, level_at):
        return False  # 县纪委县监委: one organ's two names, the level written before each
    # (a street's office is named by its place, 东关街道: a body, though its name ends in a place word)
    return unit_like(left, strict=True) or left.endswith(lx.GLUED_NAME_PLACE_BODIES)


def _one_organ_named_twice(text: str, left: str, level_at: int) -> bool:
    """县纪委县监委 / 市纪委市监委机关: the left part ends in the first name of a merged organ after a level letter, and
    the same level letter opens its second name (GLUED_NAME_ONE_ORGAN)."""
    level = text[level_at]
    return any(left.endswith(level + first) and text.startswith(second, level_at + 1)
               for first, second in lx.GLUED_NAME_ONE_ORGAN)


_SPACES = re.compile(r"[ \u3000\t]+")
# a slash or a middle dot (市X局·市Y办, as notices set two offices side by side) parts names as 、 does; so does a
# vertical bar (县住建局|县财政局), as sheets exported from task systems join a multi-valued field's names
_SLASH = re.compile(r"[/／·・•|｜]")


# ①县甲局②县乙局: a circled number opens each name of a numbered list written with nothing between the names
_BEFORE_A_CIRCLED_NUMBER = re.compile("(?=[" + CIRCLED + "])")


def _split_spaced(piece: str) -> list[str]:
    """市应急局 市公安局 / 镇中心学校/镇社会事务办: names set apart by spaces (as tables and some notices write
    them) or by a slash (as duty sheets filled in by hand do), when every part is one; or each opened by its circled
    number (县甲局②县乙局, the first number dropped by drop_enumerator), no letter of a name."""
    if not any(c in piece for c in " \u3000\t/／·・•|｜") and not _BEFORE_A_CIRCLED_NUMBER.search(piece, 1):
        return [piece]
    # slashes first, then spaces inside each part (one pattern for both backtracked through a long run of spaces)
    parts = _level_words_joined([q for part in _SLASH.split(piece) for p in _SPACES.split(part.strip())
                                 for q in _BEFORE_A_CIRCLED_NUMBER.split(p) if q])
    parts = _people_beside_units_dropped(parts)
    return parts if all(unit_like(p) for p in parts) else [piece]


def _people_beside_units_dropped(parts: list[str]) -> list[str]:
    """市X局 张某 / 张某（副县长）/市X局 -> 市X局: the leader answering for the unit, written after it or before it.

    A duty sheet's joint 责任领导及责任单位 column sets the leader (a name, a post and a name, a name and the posts in
    brackets) beside the unit, parted by a space or a slash, in either order; the leader is no unit. Only where the
    part next to the people is a unit's name are they dropped."""
    people = len(parts)
    while people > 1 and is_person(parts[people - 1]):
        people -= 1
    if people < len(parts) and unit_like(parts[people - 1]):
        parts = parts[:people]
    first = _leading_people(parts)
    return parts[first:] if first else parts


def _leading_people(parts: list[str]) -> int:
    """How many people open the parts before a unit's name (张某（副县长）, 县X局 -> 1); 0 if no unit follows them."""
    first = 0
    while first < len(parts) - 1 and is_person(parts[first]):
        first += 1
    return first if first and unit_like(parts[first]) else 0


def _opens_with_a_leader(piece: str) -> bool:
    """孙某/县X局: a piece of a list opened by a leader parted from a unit by a slash or a space."""
    if not any(c in piece for c in " \u3000\t/／"):
        return False
    return _leading_people([p for part in _SLASH.split(piece) for p in _SPACES.split(part.strip()) if p]) > 0


def _level_words_joined(parts: list[str]) -> list[str]:
    """县 住建局 -> 县住建局: a level word alone (县, 市, 区) opens the name after it, as OCR of a scan splits them with a
    space; a level word names no body by itself."""
    out: list[str] = []
    for part in parts:
        # (1. 县甲局 2. 县乙局: a list's number set apart by a space opens the name after it too, drop_enumerator)
        if out and (out[-1] in _LOCALITY_KIND or _ENUMERATOR_ALONE.fullmatch(out[-1])):
            out[-1] += part
        else:
            out.append(part)
    return out


# the last bracket of a piece, with no bracket inside it (a person's name or a seat note holds none)
_LAST_BRACKET = re.compile(r"[(（\[［【]([^()（）\[\]［］【】]{1,40})[)）\]］】]$")
# （党小组组长具体负责） / （股室负责人牵头）: people named by their post in the body, maybe an adverb, then their verb
_PEOPLE_ACTING = re.compile("^[^()（）、，,；;：:]{0,12}?(?:" + lx.alternation(lx.PERSON_POSTS) + ")(?:"
                            + lx.alternation(lx.VERB_ADVERBS) + ")?(?:" + lx.alternation(lx.PEOPLE_ACTING_VERBS) + ")$")


def drop_person_in_brackets(piece: str) -> str:
    """市投资促进局（张某） / 市发展改革委（分管领导：李某） / 领导小组办公室（设在市X局） -> the name before the bracket.

    Duty sheets of a city's 责任分解 write the person answering for the task (the unit's 分管负责同志) in brackets after
    the unit, and an office's seat after its name: neither is part of the name, nor a unit. So is a note naming the
    people in the body who act for it, by their post, and their verb (各党小组（党小组组长具体负责）). Another name of
    the body in brackets (市委组织部（人才办）, 各县（市、区）) is kept as written.
    """
    m = _LAST_BRACKET.search(piece) if piece.endswith((")", "）", "]", "］", "】")) else None
    if m and (names_people(m.group(1)) or _PEOPLE_ACTING.match(m.group(1))) and unit_like(piece[: m.start()]):
        return piece[: m.start()].rstrip()
    return piece


# （以下简称省公路中心，下同） / （简称X）: the short name a plan gives a body at its first mention
# inside a （…） annotation the note takes another bracket kind: 政策法规司〔以下简称政法司〕牵头, 规划司[以下简称规计司]
# a short-name note, its bracket holding no other bracket: （以下简称省公路中心，下同） / 〔简称规划司〕
# another wording of the note: （以下称X） / （下称X） / （以下分别简称X、Y） / （以下统称X） (words in the lexicon)
_SHORT_NAME_NOTE_TEXT = r"[(（〔\[【]" + SHORT_NAME_NOTE_HEAD + r"[^()（）〔〕\[\]【】]*[)）〕\]】]"
_SHORT_NAME_NOTE = re.compile(_SHORT_NAME_NOTE_TEXT + "$")
_SHORT_NAME_NOTES = re.compile(_SHORT_NAME_NOTE_TEXT)


def without_short_name_notes(text: str) -> str:
    """'A牵头，B（以下简称乙，下同）配合' -> 'A牵头，B配合': the short-name notes cut from a run of text.

    A note giving a body's short name says only what the plan calls that body later; its 以下 and 下同 speak of the
    name, not of the tasks after it, so a text is weighed for a standing note without them (each note's bracket is
    scanned once, to the next bracket: linear)."""
    return _SHORT_NAME_NOTES.sub("", text) if lx.SHORT_NAME_NOTE_BARE_VERB in text else text


def drop_short_name_note(piece: str) -> str:
    """省公路事业发展中心（以下简称省公路中心，下同） -> 省公路事业发展中心: the note says what the plan calls the body
    later; the name is the one written before it (下同 inside it is the note's, no positional rule)."""
    m = _SHORT_NAME_NOTE.search(piece)
    return piece[: m.start()].rstrip() if m and m.start() > 0 else piece


# a draft put out for comment marks a responsibility not yet settled with a note after the body's name, in any kind
# of bracket: 市X局（待定） / 县Y局（拟） / 市Z局【待协商】 / 市W委[待确认] (lexicon.DRAFTING_NOTES); the bracket holds
# only the note (a few characters: searched in the piece's last ones, linear)
_DRAFTING_NOTE = re.compile(r"[(（【\[〔［](?:" + lx.alternation(lx.DRAFTING_NOTES) + r")[)）】\]〕］]")
_DRAFTING_NOTE_REACH = 2 + max(map(len, lx.DRAFTING_NOTES))
_UNSETTLED = frozenset(lx.UNSETTLED_UNIT_WORDS)


def drafting_notes(text: str) -> list[str]:
    """The drafting notes a text holds (（待定）, 【待协商】) and the labels' values that name no body yet (待定), as
    written: what a draft leaves unsettled, for the reading to say (the names are read without them)."""
    notes = [m.group() for m in _DRAFTING_NOTE.finditer(text)]
    return notes + [p for p in _UNSETTLED_VALUES.split(text) if p.strip() in _UNSETTLED]


_UNSETTLED_VALUES = re.compile(r"[:：、，,；;\s]")  # what parts a label from its value, and the values of a list


def drop_drafting_note(piece: str) -> str:
    """市市场监管局（待定） -> 市市场监管局; 待定 -> no unit: a draft's note that the body's part is not settled yet
    (lexicon.DRAFTING_NOTES) is no word of the name, and a value saying only that the body is to be settled
    (牵头单位：待定, lexicon.UNSETTLED_UNIT_WORDS) names none. Only a bracket closing the piece after a name."""
    if piece.strip() in _UNSETTLED:
        return ""
    m = _DRAFTING_NOTE.search(piece, max(0, len(piece) - _DRAFTING_NOTE_REACH))
    return piece[: m.start()].rstrip() if m and m.end() == len(piece) and m.start() > 0 else piece


def drop_scope_note(piece: str) -> str:
    """各县（市、区）人民政府（含高新区管委会，下同） -> 各县（市、区）人民政府: a note saying what the name includes, here
    and in later mentions (下同), names no unit of its own; the name is the one before it. Without 下同 (or 以下…) the
    bracket may be part of how the body is written (县委宣传部（县文明办）) and stays. A bracket saying only 下同
    (实施单位：各县（市、区）局（下同）) is the same note with nothing to include: it says the name goes on below
    (parse.rules.LabelValueSameBelow), no word of the name. The note is the piece's last bracket, found from its end
    (no pattern scanning the piece from every bracket)."""
    if not piece or piece[-1] not in "）)":
        return piece
    at = max(piece.rfind("（"), piece.rfind("("))
    note = piece[at + 1:-1]
    if at <= 0:
        return piece
    if note.strip() in lx.SAME_BELOW_NOTES:
        return piece[:at].rstrip()
    if not note.startswith(lx.SCOPE_NOTE_HEADS):
        # 办公室（综合处，下同）: the body's other name, written once with the note that the name stands so below; the
        # note is no word of it (办公室（综合处） as that body is written without the note)
        other = _OTHER_NAME_SAME_BELOW.fullmatch(note)
        return piece[:at + 1] + other.group(1) + piece[-1] if other else piece
    if not (lx.SAME_BELOW in note or note.startswith("以下")):
        return piece
    return piece[:at].rstrip()


_OTHER_NAME_SAME_BELOW = re.compile(r"([^，,；;]{2,20})[，,；;]\s*(?:" + lx.alternation(lx.SAME_BELOW_NOTES) + ")")


# 落实单位：各县（市、区）市场监管局按属地 / …局（按属地） / …局按要求: a manner phrase (a head, an owner, an object:
# lexicon.VERB_MANNER_HEADS / _OWNERS / _OBJECTS) closing the value with no verb after it says how the body carries the
# task out (each on its own ground, as its duties are shared), as before a verb (…按属地管理原则落实); it is no word
# of the name. Looked for in the piece's last characters only (a name's manner words are short: linear)
_CLOSING_MANNER_PHRASE = ("(?:" + lx.alternation(lx.VERB_MANNER_HEADS) + ")(?:" + lx.alternation(lx.VERB_MANNER_OWNERS)
                          + ")?(?:" + lx.alternation(lx.VERB_MANNER_OBJECTS) + ")")
_CLOSING_MANNER = re.compile("(?:[（(]" + _CLOSING_MANNER_PHRASE + "[）)]|" + _CLOSING_MANNER_PHRASE + ")")
_CLOSING_MANNER_REACH = 2 + max(map(len, lx.VERB_MANNER_HEADS)) + max(map(len, lx.VERB_MANNER_OWNERS)) + max(map(len, lx.VERB_MANNER_OBJECTS))


def drop_closing_manner(piece: str) -> str:
    """各县（市、区）市场监管局按属地 / 县X局（按属地） -> the body's name: the manner phrase closing the piece, with no verb
    after it, is no part of the name; only after a body's name (按属地 alone, or after the task's words, stays)."""
    start = max(0, len(piece) - _CLOSING_MANNER_REACH)
    m = next((m for m in _CLOSING_MANNER.finditer(piece, start) if m.end() == len(piece)), None)
    if m is None or m.start() == 0:
        return piece
    name = piece[: m.start()].rstrip()
    return name if unit_like(name) else piece


def drop_duty_note(piece: str) -> str:
    """县纪委监委（县纪委监委仅负责追责问责） -> 县纪委监委: a closing bracket saying what the body does in the task (its
    duty words, lexicon.DUTY_NOTE_HEADS, after the body's own name repeated or at once) names no unit and is no part of
    the name. The note is the piece's last bracket, found from its end."""
    if not piece or piece[-1] not in "）)":
        return piece
    at = max(piece.rfind("（"), piece.rfind("("))
    name, note = piece[:at].rstrip(), piece[at + 1:-1].strip()
    if at <= 0 or not name:
        return piece
    if note.startswith(name):
        note = note[len(name):]
    return name if note.startswith(lx.DUTY_NOTE_HEADS) else piece


def drop_duty_borne_by_no_body(piece: str) -> str:
    """（企业履行主体责任，县应急局履行监管责任）: the regulated party's own responsibility beside a body's, no unit."""
    return "" if duty_borne_by_no_body(piece) else piece


def drop_no_unit(piece: str) -> str:
    """配合单位:无 / — : a table cell or clause that says there is no such unit."""
    return "" if piece in _NO_UNIT else piece


# 两单位 / 三个部门 / 上述两单位: a count of bodies named elsewhere, referring back to them (由两单位共同主办), no body's name
_COUNTED_REFERENCE = re.compile(r"^(?:上述|以上|这)?[两二三四五六七八九十]个?(?:" + lx.alternation(lx.COUNTED_REFERENCE_HEADS) + ")$")


def drop_counted_reference(piece: str) -> str:
    """由两单位共同主办 (a table's note on its 主办 column): the two bodies the row names, counted, not a third one."""
    return "" if _COUNTED_REFERENCE.match(piece) else piece


# 直属单位 / 局属单位 written with no colon after it: the bodies under the issuing one, named as a whole by their kind
_SUBORDINATE_BODIES_NAMED = re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(?:" + lx.alternation(lx.SUBORDINATE_BODY_LABELS) + r")\s*$")


def drop_label_word(piece: str) -> str:
    """(牵头单位) / 责任单位: a label standing alone names the column or role, not a unit.

    A word naming the bodies under the issuer by their kind (直属单位, 局属单位: SUBORDINATE_BODY_LABELS) is a label
    only before its colon (直属单位：省X中心); with no colon it is those bodies' collective name, a list member
    (各部室、直属单位落实), a role verb's subject (局属单位配合) or a label's list (配合单位：直属单位), as a group's or a
    department's 要点 hands work to its subordinate units, so it is kept."""
    if _SUBORDINATE_BODIES_NAMED.match(piece):
        return piece
    return "" if _LABEL_ONLY.match(piece) else piece


# a bracket closing a body's name that says which part of the task it answers for: （政策部分）, （再贷款部分）, （监管考核方面）,
# （应急值守）, （资金保障）
_PART_NOTE = re.compile(r"[(（][^()（）]{1,20}(?:" + lx.alternation(lx.PART_NOTE_ENDS) + r")[)）]$")


def drop_part_note(piece: str) -> str:
    """市X局（政策部分） -> 市X局: a task split among units (分办, 分别负责) names after each unit the part that is its
    own; the part is no word of the name."""
    m = _PART_NOTE.search(piece)
    return piece[: m.start()].rstrip() if m and unit_like(piece[: m.start()]) else piece


# a short bracket closing a body's name that ends in a way of holding stock: （协议储备） / （产能储备） / （代储）
_HOLDING_MODE_NOTE = re.compile(r"[(（][^()（）]{0,8}(?:" + lx.alternation(lx.HOLDING_MODE_NOTE_ENDS) + r")[)）]$")


def drop_holding_mode_note(piece: str) -> str:
    """某百货有限公司（协议储备） -> 某百货有限公司: a reserve plan's holder cell says after the body how it holds the stock
    (协议 / 产能 / 实物 储备, 代储); the manner is no word of the name. Only after a body's name, and only where the
    bracket is not itself a body's name (市发展改革委（市粮食和物资储备局） keeps its second name). The bracket is the
    piece's last, found from its end."""
    if not piece.endswith(("）", ")")):
        return piece
    m = _HOLDING_MODE_NOTE.search(piece, max(0, len(piece) - 12))
    if m is None or unit_like(piece[m.start() + 1:-1]):
        return piece
    name = piece[: m.start()].rstrip()
    return name if unit_like(name) else piece


# 请 / 责成 / 委托 opening a piece before a body's name (（委托市X中心实施）, 请市X局负责): the plan's request or its
# entrusting the body, no word of its name (lexicon.ORDER_WORDS)
_ORDER_OPENING = re.compile("^(?:" + lx.alternation(lx.ORDER_WORDS) + ")")


def drop_order_word(piece: str) -> str:
    """委托市X中心 -> 市X中心: the body asked or entrusted carries the work, as a units' sentence opening so reads it
    (finders: 请X牵头…); only where a body's name follows the word."""
    m = _ORDER_OPENING.match(piece)
    return piece[m.end():] if m and unit_like(piece[m.end():]) else piece


# 依托 / 通过 / 借助 opening a piece (依托网吧监管平台实施远程监管): the means the work is done through (lexicon.MEANS_OPENINGS)
_MEANS_OPENING = re.compile("^(?:" + lx.alternation(lx.MEANS_OPENINGS) + ")")


def drop_means(piece: str) -> str:
    """依托网吧监管平台 -> no unit: a clause opening with the means of the work (lexicon.MEANS_OPENINGS) and no body
    before it names the platform or system the work runs on, never a doer, though 平台 / 系统 end it as a body's name
    may; the doer is the task's own (利用服务科 opens with a noun: kept)."""
    return "" if _MEANS_OPENING.match(piece) else piece


# an agent adverb, then a verb of doing or handling (统一采购, 统一安排, 分别组织): the body's work begun
_ADVERB_THEN_WORK = re.compile("(?:" + lx.alternation(lx.AGENT_ADVERBS) + ")(?:"
                               + lx.alternation(lx.HANDLING_VERBS + lx.PARTNER_ACTIONS) + ")")


def body_then_its_work(name: str) -> bool:
    """县财政局统一采购办 / 县X中心统一安排会议室: a whole body's name, an agent adverb and a verb of its work, read as
    one name because the object ends as a name does; the body is the head before the adverb. 县委统一战线工作部 holds
    no verb after 统一 and stays whole. (Openings tried within the name's first 30 letters: bounded.)"""
    for m in _ADVERB_THEN_WORK.finditer(name, 2):
        if unit_like(name[: m.start()], strict=True):
            return True
    return False


def drop_adverb_and_work(piece: str) -> str:
    """县X中心统一安排会议室 -> 县X中心: a body's name run on into its work after an agent adverb (body_then_its_work)
    is the body's name only; the adverb opening the work is found from the name's start (bounded, linear)."""
    for m in _ADVERB_THEN_WORK.finditer(piece, 2):
        if unit_like(piece[: m.start()], strict=True):
            return piece[: m.start()]
    return piece


# （第1项） / （第1、2项） / （第1—3项） / （牵头第2项） / （第3项配合）: which of the row's measures the body carries
_MEASURE_NUMBER = r"[0-9０-９一二三四五六七八九十]{1,3}"
_MEASURE_SCOPE_ROLE = "(?:" + lx.alternation(lx.MEASURE_SCOPE_ROLE_WORDS) + ")?"
_MEASURE_SCOPE_NOTE = re.compile(r"[(（]" + _MEASURE_SCOPE_ROLE + "第" + _MEASURE_NUMBER + r"(?:[、，,\-—–～~至]"
                                 + _MEASURE_NUMBER + "){0,5}(?:" + lx.alternation(lx.MEASURE_SCOPE_COUNTERS) + ")"
                                 + _MEASURE_SCOPE_ROLE + r"[)）]$")


def drop_measure_scope_note(piece: str) -> str:
    """市X局（第1项） -> 市X局: where a row holds several measures (1.…；2.…), its unit cell may say in a bracket after
    each unit which measure it carries (市发展改革委（第1项）、市财政局（第2项）); the measure's number is no word of the
    name. Only after a body's name; the bracket is the piece's last, found from its end."""
    if not piece.endswith(("）", ")")):
        return piece
    m = _MEASURE_SCOPE_NOTE.search(piece, max(0, len(piece) - 40))
    return piece[: m.start()].rstrip() if m and unit_like(piece[: m.start()]) else piece


# a sector's name and a dash or a colon before a body's name: 交通工程—市交通运输局, 水利工程：市水利局
_SECTOR_TAG = re.compile(r"^[^—－:：、，,；;（）()\s]{1,10}?(?:" + lx.alternation(lx.SECTOR_TAG_ENDS) + r")\s*(?:——|—|－|：|:)\s*")


def drop_sector_tag(piece: str) -> str:
    """交通工程—市交通运输局 -> 市交通运输局: a task of sector-regulated work (招投标, 工程质量) is split by sector, each
    sector's name written before the body regulating it; the sector is no word of the name. Only where a body's name
    follows and the sector's is none."""
    m = _SECTOR_TAG.match(piece)
    if m and unit_like(piece[m.end():]) and not unit_like(piece[: m.end()].rstrip("—－:：: ")):
        return piece[m.end():]
    return piece


# a short word in the inner brackets 〔〕 closing a body's name: 市甲局〔房建市政〕 (no list mark: 各县〔市、区〕 is kept)
_TAG_IN_INNER_BRACKETS = re.compile(r"〔([^〔〕、，,；;：:]{1,6})〕$")


def drop_tag_in_inner_brackets(piece: str) -> str:
    """市住房城乡建设局〔房建市政〕 -> 市住房城乡建设局: a task split among sector regulators names after each body, in the
    brackets a （…） annotation takes inside it, the sector it answers for (〔房建市政〕, 〔交通〕); the word names no body
    and is no word of the name. Another name of the body there (省农业农村厅〔省乡村振兴局〕) or places (各市〔州〕) are
    kept: only a word that does not end like a body's or a place's name is dropped."""
    m = _TAG_IN_INNER_BRACKETS.search(piece) if piece.endswith("〕") else None
    if m and not unit_like(m.group(1)) and unit_like(piece[: m.start()]):
        return piece[: m.start()].rstrip()
    return piece


# 二是 / 三要 / 第二， / 其二， / 其次， opening a piece: a count's word left before the sentence's first body
_ORDINAL_OPENING = re.compile(
    f"^(?:[{lx.ORDINAL_WORD_NUMERALS}]{{1,3}}(?:{lx.alternation(lx.ORDINAL_WORD_VERBS)})[，,：:]?"
    f"|[第其][{lx.ORDINAL_WORD_NUMERALS}]{{1,3}}[，,、：:]|(?:{lx.alternation(lx.ORDINAL_ADVERBS)})[，,、：:]?)")


def drop_ordinal_word(piece: str) -> str:
    """二是县人武部 -> 县人武部: where the 一是 / 二是 paragraphs of a plan are read as one item's text, the ordinal word
    stays at the head of the sentence whose subject is a body (二是县人武部负责…); it counts the sentences, it is no
    word of the name. Only where what follows is a body's name."""
    m = _ORDINAL_OPENING.match(piece)
    return piece[m.end():].lstrip() if m and m.end() < len(piece) and unit_like(piece[m.end():]) else piece


# 专题一 / 专项三 / 附件2: the plan's own part, labelled and numbered, nothing after the number
_PLAN_PART_TAG = re.compile("^(?:" + lx.alternation(lx.PLAN_PART_TAGS) + ")[" + lx.ORDINAL_WORD_NUMERALS + r"0-9０-９]{1,3}$")


def drop_plan_part_tag(piece: str) -> str:
    """（专题一，市X部牵头，市Y校配合） -> 专题一 names no unit: a master plan with 专题 / 专项 attachments tags each
    main task with the part that carries it out, inside the annotation before its units; the tag is the plan's own
    part's label, no body."""
    return "" if _PLAN_PART_TAG.match(piece) else piece


_PARTIES = (lx.SETTING_PARTY_WORD, lx.SIGNING_PARTY_WORD)


def drop_party_word(piece: str) -> str:
    """甲方市政府督查室 -> 市政府督查室, 乙方发展规划处 -> 发展规划处: an agreement names the body of each party carrying a
    clause with the party word glued before it (评估由甲方市X室和乙方Y处共同组织): the word says whose body it is, no
    letter of its name. Only where what follows is a body's name (乙方 alone is read as the party, party_word.py).
    A party word before a verb (由乙方负责成果转化平台运营: 负责成果转化平台 ends as a 平台 does) opens a clause, the party
    its subject: no name at all (party_word.EachPartyWordStandsForItsBody reads the party)."""
    # (each name of a pair the joiner parts later, 甲方X和乙方Y, read so: the joiner kept in its place)
    return "".join(_without_party_word(part) for part in re.split("(" + _JOINER.pattern + ")", piece))


# the verbs a party word opens a clause with (乙方负责… / 甲方统筹… / 乙方组织…): what follows is no body's name
_CLAUSE_VERBS = tuple(lx.VERB_ROLES) + lx.DUTY_VERBS + lx.OWN_WORK_VERBS + lx.ACTION_STARTS + lx.ASSIST_VERBS


def _without_party_word(name: str) -> str:
    party = next((p for p in _PARTIES if name.startswith(p)), None)
    if party is None:
        return name
    rest = name[len(party):]
    if rest.startswith(_CLAUSE_VERBS):
        return ""
    return rest if unit_like(rest) else name


_NAME_SIGNS = "".join(lx.LIST_NAME_SIGNS)


def drop_list_sign(piece: str) -> str:
    """★省甲厅 -> 省甲厅, 市甲局* -> 市甲局: a 行动方案 or 分工方案 marks one name of a plain list by a sign written before
    it (责任单位：省乙局、★省甲厅) or glued after it (（市乙局、市甲局*）), a legend saying once what the sign means
    (标注★的为牵头单位 / 带*的为牵头单位). The sign is no letter of the name; the annotation's text keeps it, where
    parse.rules.SignedLeadOthersSupport reads it with the legend."""
    if not piece or (piece[0] not in _NAME_SIGNS and piece[-1] not in _NAME_SIGNS):
        return piece
    return piece.strip(_NAME_SIGNS + " \u3000")


_ENUMERATOR = re.compile("^" + LISTED_NAME_NUMBER + "[ \u3000]*")
# a number alone, the stop gone with the 、 the list was split on (1、县X局；2、县Y局 -> '1', '县X局', '2', '县Y局')
_ENUMERATOR_ALONE = re.compile("(?:" + LISTED_NAME_NUMBER + "|[0-9０-９]{1,2})")


def drop_enumerator(piece: str) -> str:
    """1.县民政局 / ①县民政局 / (1)县民政局 -> 县民政局; '1' -> no unit: the number a list sets before each name.

    County and department plans number the units inside one label (责任单位：1.县甲局 2.县乙局, ①县甲局②县乙局,
    1、县甲局；2、县乙局) to show their order; the number is no letter of the name. Only before a body's name (12345热线
    办公室 has no stop after its digits and stays); a number left alone, its stop the 、 the list was split on, names no
    unit at all."""
    if _ENUMERATOR_ALONE.fullmatch(piece):
        return ""
    m = _ENUMERATOR.match(piece)
    return piece[m.end():] if m and unit_like(piece[m.end():]) else piece


def drop_person_label(piece: str) -> str:
    """陈某：县甲局 -> 县甲局: a joint 责任领导及责任单位 column may write the leader as a run-in label over the units, the
    name and a colon as 分管领导： is written; the person is no word of the first unit's name. Only a person before
    the first colon and a unit's name after it."""
    at = min((piece.find(c) for c in "：:" if c in piece), default=-1)
    if at <= 0 or not is_person(piece[:at].strip()):
        return piece
    rest = piece[at + 1:].strip()
    return rest if unit_like(rest) else piece


# How a written piece of a list becomes a name, in order (each documented above with its phenomenon).
NAME_RULES = (drop_enumerator, drop_person_label, drop_list_sign, drop_ordinal_word, drop_party_word, drop_order_word,
              drop_means, drop_adverb_and_work, drop_sector_tag, drop_trailing_qualifier, drop_group_after_deng,
              drop_short_name_note, drop_drafting_note, drop_scope_note, drop_duty_note,
              drop_closing_manner,
              drop_person_in_brackets, drop_part_note, drop_holding_mode_note, drop_measure_scope_note,
              drop_tag_in_inner_brackets,
              drop_no_unit, drop_duty_borne_by_no_body, drop_counted_reference, drop_label_word, drop_plan_part_tag)


def _split_joined(text: str) -> list[str]:
    # one pass over the joiners, where a recursion on what followed each split re-scanned it (and overflowed
    # Python's stack past ~1000 names): quadratic on a long run of 和
    names, start = [], 0
    depth = _bracket_depths(text) if BRACKET.search(text) else None
    ink = len(text.rstrip())  # the text after a joiner is empty when the joiner is at or past this
    for m in _JOINER.finditer(text):
        if depth is not None and depth[m.start()] > 0:
            continue
        if m.group() in lx.JOINERS_BEFORE_A_NAME_ONLY and not text.startswith(_NAME_OPENINGS, m.end()):
            continue  # 并报市政府备案: a clause, not a second name
        # unit_like reads a piece's ending and _COLLECTIVE_START its opening: views of _VIEW characters
        # give the same answers without copying the rest of the text for every joiner
        right = text[max(m.end(), ink - _VIEW): ink].strip()
        left = text[max(start, m.start() - _VIEW): m.start()].strip()
        opening = text[start: min(m.start(), start + _VIEW)].lstrip()
        if ink - m.end() <= 8 and text[m.end():ink].strip() in _BARE_HEADS:
            continue  # 各有关部门和单位 / 有关部门和地方: 和 joins two head nouns of one collective name, not two units
        if _LIST_SEPARATOR.split(left)[-1].strip() in lx.LEVELS_SHARING_A_NAME:
            continue  # 中央和省驻某市各单位: two levels sharing the name after 和, the first alone no body
        # (views again: the kind before the joiner is the last piece, the kind after it runs to the end, so a rest
        # longer than a name is no kind with its head, and slicing all of it at each joiner was quadratic)
        if ink - m.end() <= _VIEW and _joins_kinds_of_locality(left, text[m.end(): ink]):
            continue  # 各省、自治区、直辖市及计划单列市人民政府: kinds under one head, one name
        if ink - m.end() <= _VIEW and m.group() == lx.MANAGED_FIELDS_JOINER and _joins_managed_fields(
                left, text[m.end(): ink]):
            continue  # 实验室与设备管理处: two fields managed by one office, one name
        if ink - m.end() <= _VIEW and _joins_zone_field_to_an_office(left, text[m.end(): ink]):
            continue  # 自贸区和特殊区域发展处: a kind of zone is the office's first field, one name
        if m.end() < ink and right and unit_like(right) and (
            unit_like(left) or (_COLLECTIVE_START.match(opening) and not left.endswith(_DOMAIN_BEFORE_JOINER))
        ):
            # (A、B等省有关部门和各地级以上市人民政府: the group after 等 closes the bodies' list before 和 too)
            names.append(drop_trailing_qualifier(drop_group_after_deng(text[start: m.start()].strip())))
            start = m.end()
    return names + [drop_trailing_qualifier(text[start:])]


_MANAGED_FIELDS_OFFICE = re.compile("^(.+?)" + lx.MANAGING_WORD + "(?:" + "|".join(lx.MANAGED_FIELDS_OFFICE_HEADS) + ")$")
_FIELD_MAX = 8  # characters: a field's name (实验室, 国有资产), not a body's with its level


def _joins_managed_fields(left: str, right: str) -> bool:
    """'实验室' + '设备管理处': the field before 与 and the office managing the field after it are one office's name.

    Universities and institutes name an office for the fields it manages (实验室与设备管理处, 资产与后勤管理处):
    neither part opens with a level or a collective, the part after 与 is a short field followed by 管理 and an
    office's head, the part before it a short field (which may end like a body, 实验室). A body with its level on
    either side (市甲局与市乙管理处) or a second office named otherwise (教务处与人事处) still parts two names.
    """
    field = _LIST_SEPARATOR.split(left)[-1].strip()
    office = strip_trailing_brackets(right.strip())
    if not (0 < len(field) <= _FIELD_MAX and len(office) <= 2 * _FIELD_MAX):  # short: the match below stays cheap
        return False
    managed = _MANAGED_FIELDS_OFFICE.match(office)
    return (managed is not None and len(managed.group(1)) <= _FIELD_MAX and lx.MANAGING_WORD not in field
            and not field.startswith(_NAME_OPENINGS) and not office.startswith(_NAME_OPENINGS))


def _joins_zone_field_to_an_office(left: str, right: str) -> bool:
    """'自贸区' + '特殊区域发展处': a bare kind of zone before 和 and an office after it are one office's name.

    Customs, commerce and port bodies name an internal office for a kind of zone it oversees and a second field
    (自贸区和特殊区域发展处, 开发区和口岸管理处): the kind of zone alone, no place or level before it, ends like a
    locality but names no ground there; the part after 和 is a short internal office (处, 科) with no level or collective
    opening. A named zone (江川开发区和口岸管理处), a collective (各开发区和各乡镇) or a body with its level after 和
    (开发区和县商务局) still parts two names.
    """
    field = _LIST_SEPARATOR.split(left)[-1].strip()
    office = strip_trailing_brackets(right.strip())
    return (field in lx.ZONE_KINDS_AS_FIELDS and 0 < len(office) <= 2 * _FIELD_MAX
            and office.endswith(lx.ZONE_FIELD_OFFICE_HEADS) and not office.startswith(_NAME_OPENINGS)
            and not _LIST_SEPARATOR.search(office) and unit_like(office))


def _joins_kinds_of_locality(left: str, right: str) -> bool:
    """'各省、自治区、直辖市' + '计划单列市人民政府': the last kind before 及 / 和 shares the head of the kind after it.

    National and provincial documents list the kinds of locality they address under one head and join the last
    with 及 (各省、自治区、直辖市及新疆生产建设兵团 aside): a bare kind on the left (直辖市, 各省) and a kind with its head on
    the right (计划单列市人民政府, 计划单列市工业和信息化主管部门) are one name; between two bodies (市X局及市Y局) 及
    still parts two names.
    """
    kind = left.rsplit("、", 1)[-1].strip().removeprefix("各")
    if kind not in _LOCALITY_KIND:
        return False
    right = right.strip().removeprefix("各")
    return any(right.startswith(k) and (right[len(k):] in lx.LOCALITY_HEADS or unit_like(right[len(k):]))
               for k in _LOCALITY_KINDS)


_LIST_SEPARATOR = re.compile("[、，,；;]")  # what parts the names of a list before a joiner
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
