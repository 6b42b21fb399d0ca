"""generator.resolve.wordpattern: the prefix-shared regex finds what a flat longest-first alternation finds."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.resolve.wordpattern import words_pattern

# few letters, so words share prefixes and hit the text often
WORD = st.text(alphabet="安全生产燃气消防", min_size=1, max_size=5)


def flat(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=30), st.text(alphabet="安全生产燃气消防。", max_size=60))
def test_same_matches_as_a_flat_alternation(words, text):
    assert re.findall(words_pattern(words), text) == flat(words).findall(text)


def test_longer_word_wins_and_shared_prefixes_are_grouped():
    pattern = words_pattern(["水上交通", "水上交通安全", "交通安全", "燃气"])
    assert re.findall(pattern, "加强水上交通安全和燃气管理") == ["水上交通安全", "燃气"]
    assert pattern.count("水") == 1  # one branch for both 水上 words


def test_no_words_match_nothing():
    assert re.findall(words_pattern([]), "任何文字") == []
