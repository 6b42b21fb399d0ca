"""generator/search/dictionary.py: the jieba user dictionary keeps the names readers type as whole words."""
from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from generator.model import Assignment, Plan, Section, Task
from generator.resolve.registry import Registry, Sector, Unit
from generator.resolve import load_registry
from generator.search.dictionary import (KEY_TERMS, SPLIT, WHOLE, entries, quoted_terms, short_name, split_words,
                                  whole_words, write_user_dict)

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


def tokenizer(path: Path) -> jieba.Tokenizer:
    """A jieba of its own (the global one is the search plugin's), with the user dictionary loaded."""
    tk = jieba.Tokenizer()
    tk.load_userdict(str(path))
    return tk


def small_registry() -> Registry:
    return Registry(
        units=[
            Unit("yingji", "市应急管理局", "department", ["应急局"]),
            Unit("zuzhi", "市委组织部", "department", []),
            Unit("xiaofang", "市消防救援支队", "department", []),
            Unit("all", "市安委会各成员单位", "collective", []),
        ],
        sectors=[
            Sector("ranqi", "城镇燃气", "sector", ["燃气", "燃气管道", "液化石油气"]),
            Sector("jianshe", "建设施工与自建房", "sector", ["自建房", "经营性自建房", "施工"]),
        ],
    )


# --- the words -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, short", [
    ("市应急管理局", "应急管理局"),
    ("xx市消防救援支队", "消防救援支队"),
    ("市委组织部", "组织部"),
    ("市委办公室", "市委办公室"),  # 办公室 alone names no one
    ("市市场监督管理局", "市场监督管理局"),
    ("市场监管局", "市场监管局"),  # the 市 of 市场 is no level
    ("本市住建局", "住建局"),
])
def test_short_name(name, short):
    assert short_name(name) == short


def test_quoted_terms_are_the_plans_key_terms():
    text = "落实“三管三必须”要求,开展“打非治违”,整治“小、散、弱”企业,坚持“四不放过”原则(“xx”不算)。"
    assert quoted_terms([text]) == ["三管三必须", "打非治违", "四不放过"]


def test_whole_words_keep_names_and_leave_out_words_holding_another_inside():
    words = whole_words(small_registry())
    assert {"应急管理局", "应急局", "组织部", "消防救援支队"} <= set(words)
    assert "市安委会各成员单位" not in words and "安委会各成员单位" not in words  # a collective is no name
    assert {"燃气", "燃气管道", "自建房"} <= set(words)  # 燃气管道 starts with 燃气: the query 燃气 finds it
    assert "城镇燃气" not in words  # would hide 燃气 from the query 燃气
    assert "经营性自建房" not in words  # would hide 自建房
    assert "建设施工与自建房" not in words
    assert set(KEY_TERMS) <= set(words)


def test_split_words_are_dictionary_words_holding_a_whole_word_after_their_start(write_file):
    main = write_file("城镇燃气 5 n\n燃气灶 3 n\n国家应急管理局 4 nt\n安全 900 a\n天然气 80 n\n", "dict.txt")
    assert split_words(["燃气", "应急管理局"], main) == ["城镇燃气", "国家应急管理局"]


def test_entries_are_whole_words_then_split_words(write_file):
    main = write_file("城镇燃气 5 n\n", "dict.txt")
    pairs = entries(small_registry(), dictionary=main)
    assert ("燃气", WHOLE) in pairs and ("城镇燃气", SPLIT) in pairs
    assert pairs.index(("城镇燃气", SPLIT)) > max(i for i, (_, f) in enumerate(pairs) if f == WHOLE)


def test_written_forms_of_the_plans_are_words():
    task = Task(id="task-1", number=1, label="1.", title="t", text="t",
                assignments=[Assignment("市应急局", "lead", 0, unit="yingji", kind="department"),
                             Assignment("各乡镇(街道)", "implement", 0, unit="xiangzhen", kind="locality")])
    plan = Plan(id="p", title="p", sections=[Section(number="一", title="s", tasks=[task])])
    words = whole_words(Registry([], []), [plan])
    assert "应急局" in words
    assert not any("乡镇" in w for w in words)


# --- jieba with the dictionary, on the project's own registries ---------------------------------

@pytest.fixture(scope="module")
def site_jieba(tmp_path_factory):
    path = tmp_path_factory.mktemp("searchdict") / "user.txt"
    texts = [f.read_text(encoding="utf-8") for f in sorted((CONTENT / "plans").glob("*.md"))]
    write_user_dict(path, load_registry(CONTENT), texts=texts)
    return tokenizer(path)


@pytest.mark.parametrize("sentence, word", [
    ("牵头责任单位:市应急管理局,协同责任单位:市公安局", "应急管理局"),
    ("推进燃气安全排查整治工作", "燃气"),
    ("强化城镇燃气安全专项整治", "燃气"),
    ("加强瓶装燃气管道巡查", "燃气管道"),
    ("市消防救援支队负责", "消防救援支队"),
    ("配合消防救援机构开展检查", "消防救援"),
    ("深化经营性自建房安全专项整治", "自建房"),
    ("持续推进农村自建房排查", "自建房"),
    ("加强危险化学品安全风险防控", "危险化学品"),
    ("国家应急管理局部署", "应急管理局"),
])
def test_the_words_readers_type_stay_whole(site_jieba, sentence, word):
    cut = list(site_jieba.cut(sentence))
    assert word in cut, cut


def test_a_query_is_a_prefix_of_the_words_it_should_find(site_jieba):
    # the browser matches a query word as a prefix: 消防救援 finds 消防救援支队 and 消防救援大队
    for sentence in ("市消防救援支队", "县消防救援大队"):
        assert any(w.startswith("消防救援") for w in site_jieba.cut(sentence))


def test_the_dictionary_file_is_jieba_format(tmp_path):
    path = write_user_dict(tmp_path / "d" / "user.txt", small_registry(), dictionary=_empty(tmp_path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split(" ")) == 2 and line.split(" ")[1].isdigit() for line in lines)
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["user.txt"]  # written atomically, nothing left behind


def _empty(tmp_path: Path) -> Path:
    main = tmp_path / "empty-dict.txt"
    main.write_text("", encoding="utf-8")
    return main
