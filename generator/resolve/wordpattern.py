"""A regex for a list of words, matching the longest one at a position, with branches shared by prefix.

Python's re tries the branches of a flat alternation (a|ab|b…) one after the
other at every position: with hundreds of words, most of a search is spent
there. Grouped by first character, only one branch per level is tried. The
longer word still wins, as with a flat alternation sorted longest first: the
deeper branch is tried first and the word ending here last.
"""
from __future__ import annotations

import re
from collections import defaultdict


def words_pattern(words) -> str:
    """Regex source matching any of `words` (leftmost, then longest); '(?!)' for none."""
    return _node(sorted(set(words))) or "(?!)"


def _node(words: list[str]) -> str:
    heads: dict[str, list[str]] = defaultdict(list)
    ends_here = False
    for word in words:
        if word:
            heads[word[0]].append(word[1:])
        else:
            ends_here = True
    branches = [re.escape(c) + _node(rest) for c, rest in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body
