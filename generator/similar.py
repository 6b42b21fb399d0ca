"""Similar tasks: for every task, the most similar tasks of *other* plans (TF-IDF cosine over jieba words).

Candidates come from an inverted index (word -> tasks) instead of comparing
all pairs, and each task queries with its strongest words only, over posting
lists cut to the tasks where the word weighs most; so the cost grows with
the number of tasks times two constants, not with its square.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

from .model import Plan, Task

TOP = 3  # similar tasks shown per task
QUERY_WORDS = 12  # a task looks for others through its strongest words only
POSTING_LIMIT = 40  # per word, only the tasks where it weighs most are candidates
TOPIC_CHARS = 160  # what a task is about is in its heading and first sentences; cutting all of it is most of the cost
MIN_SCORE = 0.08  # below this, "similar" would be noise

# words every plan uses: they say nothing about what a task is about
STOP_WORDS = frozenset("""
安全 安全生产 工作 加强 推进 推动 开展 落实 强化 进一步 持续 深入 全面 健全 完善 建立 组织 提升 有效
各级 各类 有关 相关 部门 单位 责任 责任单位 牵头 配合 协同 负责 分工 以及 重点 重要 要求 机制 制度
我们 他们 实施 确保 严格 做好 依法 按照 通过 进行 继续 不断 积极 切实 坚持 坚决 扎实 着力 大力
年度 今年 全年 全市 全县 全区 市级 县级 乡镇 街道 xx XX
""".split())
_WORD = re.compile(r"[\w\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _jieba():
    """Load jieba's dictionary once per process (about a second), quietly."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def words(text: str) -> list[str]:
    """The content words of a text: jieba words less stop words, punctuation, digits and single characters."""
    return [w for w in _jieba().lcut(text)
            if len(w) > 1 and w not in STOP_WORDS and _WORD.match(w) and not w.isdigit()]


def task_text(task: Task) -> str:
    """What a task is about: its heading and first sentences, without the annotations (unit names are not its topic)."""
    text = task.text or task.title
    for note in sorted(task.annotations, key=lambda a: a.start, reverse=True):
        if 0 <= note.start < note.end <= len(text):
            text = text[: note.start] + "。" + text[note.end:]
    return task.title + "。" + text[:TOPIC_CHARS]


Key = tuple[str, str]  # (plan id, task id)

# jieba is most of the cost; `mkdocs serve` rebuilds in one process, so texts
# cut in the last build are not cut again (kept for one build, so it never grows)
_last_cut: dict[str, list[str]] = {}


def _cut_all(texts: list[str]) -> list[list[str]]:
    global _last_cut
    cut = {t: _last_cut.get(t) or words(t) for t in dict.fromkeys(texts)}
    _last_cut = cut
    return [cut[t] for t in texts]


def similar_tasks(plans: list[Plan], top: int = TOP) -> dict[Key, list[tuple[Key, float]]]:
    """(plan id, task id) -> up to `top` ((plan id, task id), cosine) of other plans, best first."""
    keys = [(plan.id, task.id) for plan in plans for task in plan.tasks()]
    counts = [Counter(w) for w in _cut_all([task_text(task) for plan in plans for task in plan.tasks()])]
    n = len(keys)
    df = Counter(w for c in counts for w in c)
    vectors: list[dict[str, float]] = []
    for c in counts:
        v = {w: (1 + math.log(tf)) * math.log((1 + n) / (1 + df[w])) for w, tf in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items() if x > 0})

    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for w, x in v.items():
            postings[w].append((x, i))
    for w, plist in postings.items():
        plist.sort(key=lambda p: (-p[0], p[1]))
        del plist[POSTING_LIMIT:]

    numbers: dict[str, int] = {}
    plan_of = [numbers.setdefault(plan_id, len(numbers)) for plan_id, _ in keys]  # ints compare fastest
    result: dict[Key, list[tuple[Key, float]]] = {}
    for i, v in enumerate(vectors):
        mine = plan_of[i]
        scores: dict[int, float] = defaultdict(float)
        for w, x in sorted(v.items(), key=lambda p: -p[1])[:QUERY_WORDS]:
            for y, j in postings[w]:
                if plan_of[j] != mine:
                    scores[j] += x * y
        best = sorted((-s, j) for j, s in scores.items() if s >= MIN_SCORE)[:top]
        result[keys[i]] = [(keys[j], round(-s, 4)) for s, j in best]
    return result
