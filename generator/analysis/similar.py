"""Similar tasks: for every task, the most similar tasks of *other* plans (TF-IDF cosine over jieba words).

Candidates come from an inverted index (word -> tasks) instead of comparing
all pairs, and each task queries with its strongest words only, over posting
lists cut to the tasks where the word weighs most; so the cost grows with
the number of tasks times two constants, not with its square.
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from typing import NamedTuple

import jieba
import numpy as np

from ..model import Plan, Task

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

jieba.setLogLevel(logging.WARNING)  # not a line on stderr for loading its dictionary (at the first cut)


def words(text: str) -> list[str]:
    """The content words of a text: jieba words less stop words, punctuation, digits and single characters."""
    return [w for w in jieba.lcut(text) if len(w) > 1 and w not in STOP_WORDS and _WORD.match(w) and not w.isdigit()]


def task_text(task: Task) -> str:
    """What a task is about: its heading and first sentences, without the annotations (unit names are not its topic)."""
    text = task.text_without_annotations("。") if task.text else task.title
    return task.title + "。" + text[:TOPIC_CHARS]


Key = tuple[str, str]  # (plan id, task id)

def similar_tasks(plans: list[Plan], top: int = TOP) -> dict[Key, list[tuple[Key, float]]]:
    """(plan id, task id) -> up to `top` ((plan id, task id), cosine) of other plans, best first."""
    keys = [(plan.id, task.id) for plan in plans for task in plan.tasks()]
    texts = [task_text(task) for plan in plans for task in plan.tasks()]
    numbers: dict[str, int] = {}
    plan_of = np.asarray([numbers.setdefault(plan_id, len(numbers)) for plan_id, _ in keys], dtype=np.int64)
    found = _best_pairs(_tfidf(_terms(texts), len(texts)), plan_of, top)
    return {key: [(keys[j], round(s, 4)) for j, s in found.get(i, [])] for i, key in enumerate(keys)}


class _Terms(NamedTuple):
    """Each (task, word) of the corpus once, tasks in order and words in order of first use within a task."""

    task: np.ndarray  # task number
    word: np.ndarray  # word number
    count: np.ndarray  # times the word occurs in the task's text


def _terms(texts: list[str]) -> _Terms:
    word_id: dict[str, int] = {}
    task, word, count = [], [], []
    for i, text in enumerate(texts):
        for w, c in Counter(words(text)).items():
            task.append(i)
            word.append(word_id.setdefault(w, len(word_id)))
            count.append(c)
    return _Terms(np.array(task, dtype=np.int64), np.array(word, dtype=np.int64), np.array(count, dtype=np.float64))


def _tfidf(terms: _Terms, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(task, word, weight) of every term weighing more than 0; each task's weights a unit vector."""
    df = np.bincount(terms.word)
    weight = (1 + np.log(terms.count)) * np.log((1 + n) / (1 + df[terms.word]))
    norm = np.sqrt(np.bincount(terms.task, weights=weight * weight, minlength=n))
    norm[norm == 0] = 1.0
    weight = weight / norm[terms.task]
    keep = weight > 0
    return terms.task[keep], terms.word[keep], weight[keep]


def _first_of_each(group: np.ndarray, order: np.ndarray, limit: int) -> np.ndarray:
    """The first `limit` entries of each group in `order` (which sorts by group first)."""
    g = group[order]
    rank = np.arange(len(g)) - np.searchsorted(g, g, side="left")
    return order[rank < limit]


def _best_pairs(terms: tuple[np.ndarray, np.ndarray, np.ndarray], plan_of: np.ndarray,
                top: int) -> dict[int, list[tuple[int, float]]]:
    """task i -> up to `top` (task j, cosine) of other plans, best first, ties to the lower j.

    Each task queries with its QUERY_WORDS strongest words (ties: the first used);
    each word lists only the POSTING_LIMIT tasks where it weighs most (ties: the
    first task). The (query word x posting) products, millions of them, are summed
    per pair in numpy, which a Python loop takes seconds over.
    """
    task, word, weight = terms
    n = len(plan_of)
    if not len(task):
        return {}
    posting = _first_of_each(word, np.lexsort((task, -weight, word)), POSTING_LIMIT)  # by word
    sizes = np.bincount(word[posting], minlength=int(word.max()) + 1)
    starts = np.cumsum(sizes) - sizes
    query = _first_of_each(task, np.lexsort((np.arange(len(task)), -weight, task)), QUERY_WORDS)  # by task

    # every (query word, posting) product: row i of the query, column j of the posting
    repeat = sizes[word[query]]
    at = np.repeat(starts[word[query]] - (np.cumsum(repeat) - repeat), repeat) + np.arange(int(repeat.sum()))
    i_of, j_of = np.repeat(task[query], repeat), task[posting][at]
    product = np.repeat(weight[query], repeat) * weight[posting][at]
    other = plan_of[i_of] != plan_of[j_of]
    pair = i_of[other] * n + j_of[other]
    product = product[other]

    # sum the products of each pair (a stable sort keeps them in query order, as a loop would add them)
    order = np.argsort(pair, kind="stable")
    pair, product = pair[order], product[order]
    first = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1]))) if len(pair) else pair
    pairs, score = pair[first], np.add.reduceat(product, first) if len(first) else product
    keep = score >= MIN_SCORE
    pairs, score = pairs[keep], score[keep]
    rows, cols = pairs // n, pairs % n
    best = _first_of_each(rows, np.lexsort((cols, -score, rows)), top)
    found: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i, j, s in zip(rows[best].tolist(), cols[best].tolist(), score[best].tolist()):
        found[i].append((j, s))
    return found
