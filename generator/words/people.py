"""People written beside the units of a task: 市X局（张某）, 市X局（分管领导：李某）, 市X局 王某某.

Duty sheets of a city's 责任分解 name each unit's 分管负责同志 beside it, in brackets or after a space; the unit is
the name before them. One test of whether a written piece names people, for the annotation reader (parse) and the
table reader (source), built from the lexicon's family names and posts.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .names import unit_like

_SURNAME = frozenset(lx.COMMON_SURNAMES)
_NOT_GIVEN = frozenset(lx.NOT_IN_A_GIVEN_NAME)
_POST = re.compile("(?:" + lx.alternation(lx.PERSON_POSTS) + ")")
_PEOPLE_SEPARATORS = re.compile(r"[、，,\s]+")
# a telephone number, maybe after its word (13900000000 / 0791-1234567 / 电话：6123456)
_TELEPHONE = re.compile(r"(?:电话|手机|联系电话)?[:：]?[0-9][0-9\-－]{5,14}[0-9]")


def names_people(inner: str) -> bool:
    """（张某） （王某某、李某） （分管领导：李某） （局长 王某某） （王某副局长） （设在市X局）: people or a seat note."""
    inner = inner.strip()
    if inner.startswith(lx.SEAT_NOTES):
        return True
    label, colon, rest = inner.partition("：") if "：" in inner else inner.partition(":")
    if colon:
        return bool(_POST.search(label)) and not unit_like(label)
    parts = _posts_joined_to_their_holders([p for p in _PEOPLE_SEPARATORS.split(inner) if p])
    # (副局长 潘某，分管): a note of how the person answers for the work may close the people, never stand for them;
    # (张某，13900000000): a 推进表 gives the contact's telephone beside the person, as closing them too
    people = [p for p in parts if p not in lx.PERSON_CHARGE_NOTES and not _TELEPHONE.fullmatch(p)]
    return bool(people) and all(is_person(p) for p in people)


def _posts_joined_to_their_holders(parts: list[str]) -> list[str]:
    """县林业局局长 + 钟山: a body's post written before its holder's name with a space between (a 责任人 cell of a
    task table: 县水利局局长 欧阳明, 县委组织部副部长 邹强) is one person, as 县林业局局长钟山 written on is. The body's
    name before the post reads as no person alone, so the piece is joined to the name after it (a post alone, 局长 钟山,
    is a person already and stays apart)."""
    out: list[str] = []
    for part in parts:
        if out and bare_name(part) and out[-1].endswith(lx.PERSON_POSTS) and not is_person(out[-1]):
            out[-1] += part
        else:
            out.append(part)
    return out


# a person's note in brackets after the name (许某（分管）, 吕某（局长）): no bracket inside it
_PERSON_NOTE = re.compile(r"[(（]([^()（）]{1,12})[)）]$")


def is_person(part: str) -> bool:
    """张某 / 王某某 / 李明华 / 王某副局长 / 副市长王某 / 分管副局长: a person's name, with or without a post; also
    宣传部部长李某某, a body's post and the name of the one holding it (a 常委会's plan names its leaders so); also
    许某（分管） / 吕某（局长）, a person and a note in brackets of the post held or of how the person answers for it."""
    note = _PERSON_NOTE.search(part) if part.endswith(("）", ")")) else None
    if note and note.start() > 0:
        inner = note.group(1)
        return ((inner in lx.PERSON_CHARGE_NOTES or bool(_POST.fullmatch(inner)) or _posts_held(inner))
                and is_person(part[: note.start()]))
    if holds_a_post(part):
        return True
    bare = _POST.sub("", part).removeprefix("分管").removeprefix("常务")
    if not bare:
        return bool(_POST.fullmatch(part) or _POST.fullmatch(part.removeprefix("分管").removeprefix("常务")))
    return (2 <= len(bare) <= 4 and (bare[0] in _SURNAME or bare.startswith(lx.COMPOUND_SURNAMES))
            and not any(c in _NOT_GIVEN for c in bare[1:]) and not unit_like(bare))


_HELD_POST_ENDS = tuple(lx.PERSON_POSTS) + tuple(lx.LEADER_POSTS)
_COMMITTEE_SEATS = tuple(lx.COMMITTEE_SEAT_POSTS)


def _posts_held(inner: str) -> bool:
    """县委常委、常务副县长 / 县委常委、统战部部长: the posts one leader holds, parted by 、, in the bracket after the
    name (陈某（县委常委、常务副县长）); each piece ends in a post and none is a body's name, but a committee seat
    (县委常委), which ends as the committee's short name would, is a seat there: the others beside it are posts."""
    posts = inner.split("、")
    return len(posts) > 1 and all(p.endswith(_COMMITTEE_SEATS) or (p.endswith(_HELD_POST_ENDS) and not unit_like(p))
                                  for p in posts) and not all(p.endswith(_COMMITTEE_SEATS) for p in posts)


# a leader's post alone in a piece (副主席, 秘书长, 市委常委、副市长): the posts people are named by, as the lexicon lists
# them for leaders and for the people in charge of a body
_POST_ALONE_END = tuple(lx.LEADER_POSTS) + tuple(lx.PERSON_POSTS)


def post_then_name(post: str, name: str) -> bool:
    """副主席 + 李某某 / 秘书长 + 钱某某: a post and, after a space, the personal name of the one holding it."""
    return (len(post) <= 12 and post.endswith(_POST_ALONE_END) and not unit_like(post)
            and 2 <= len(name) <= 4 and _personal_name(name))


def post_over_its_holder(post_lines: list[str], name: str) -> bool:
    """区政府副区长 / 陈某华, 区委常委、副 / 区长 / 刘某: a leaders' cell printed in a narrow column, the post on its
    line(s) and the holder's name on a line of its own. One post line is a post alone (post_then_name); two are one
    leader's posts parted by 、 and cut inside the last (区委常委、副 / 区长), each piece of the joined line a post or a
    committee seat, the first line no whole post (so a task's line, 加装电梯, is never read as the post's head)."""
    if not bare_name(name) or not 1 <= len(post_lines) <= 2:
        return False
    post = "".join(post_lines)
    if not post_then_name(post, name):
        return False
    if len(post_lines) == 1:
        return True
    return "、" in post and _posts_held(post) and not post_lines[0].endswith(_POST_ALONE_END)


def bare_name(piece: str) -> bool:
    """赵某某 / 李明: a personal name alone, no post with it (a leader's name in a table's cell of people)."""
    return 2 <= len(piece) <= 4 and _personal_name(piece)


def holds_a_post(part: str) -> bool:
    """宣传部部长李某某 / 市委常委、副市长王某: a post and the personal name after it, the one holding the post."""
    held = _POST_THEN_NAME.search(part)
    return bool(held) and _personal_name(held.group(1))


_POST_THEN_NAME = re.compile("(?:" + lx.alternation(lx.PERSON_POSTS) + r")([^\W\d]{2,4})$")


def _personal_name(name: str) -> bool:
    """张某 / 李明华: a family name and one to three more characters, none a word no given name holds."""
    return ((name[0] in _SURNAME or name.startswith(lx.COMPOUND_SURNAMES)) and not any(c in _NOT_GIVEN for c in name[1:])
            and not unit_like(name))

