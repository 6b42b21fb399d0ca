"""Which script a plan is written in: a copy in traditional characters is said to be one, not read in silence.

Mirror sites republish plans in traditional characters (牽頭單位 / 責任單位 / 按職責分工負責). The
reader's words (labels, verbs) are simplified, so such a copy reads no unit at all. No conversion is
attempted (it would be a dependency and a guess at each name); instead the reading report says plainly
that the text looks like traditional script and that no unit label or verb was recognised, so an editor
takes the simplified original.
"""
from __future__ import annotations

from ..model import Plan

# Characters that exist only in traditional script and that plans write on every page: unit labels and
# verbs (單 責 頭 負 協 辦 實), bodies (門 區 縣 鄉 鎮 廳 局's 機構 …) and common words. Simplified text never holds them.
TRADITIONAL_ONLY = frozenset("單責頭負協辦實門區縣鄉鎮廳機構關於為與發務會國級經濟體進產業設員際現據時應點規劃質環護項們這個來說對將從後開數導貫徹")
_SHARE = 0.03  # of the Chinese characters: a simplified text with a few traditional names stays far below
_AT_LEAST = 10


def looks_traditional(text: str) -> bool:
    """Does the text look like traditional script (a share of characters only traditional script has)?"""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    marks = sum(ch in TRADITIONAL_ONLY for ch in han)
    return marks >= _AT_LEAST and marks >= _SHARE * len(han)


def note_traditional_script(plan: Plan, text: str, line: int) -> None:
    """Warn when a plan in traditional script has tasks without units: the labels went unrecognised."""
    tasks = plan.tasks()
    unread = [t for t in tasks if not t.assignments]
    if not unread or not looks_traditional(text):
        return
    plan.warnings.append(
        f"{plan.source}:{line}: annotation not understood: the text looks like traditional script "
        f"(牽頭/責任單位); unit labels and verbs are read in simplified script only, so {len(unread)} of "
        f"{len(tasks)} tasks read no unit: take the simplified original")
