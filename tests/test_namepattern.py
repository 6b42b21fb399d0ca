r"""Registry patterns: the same matches as Python's re on the supported syntax, refusals with a reason, no backtracking.

A registry pattern is tried on every unit name of every plan; with `re` a
pattern such as `(a+)+$` took exponential time on a 30-character name
(issue 14). generator/resolve/namepattern.py runs it with RE2, without backtracking;
these tests compare its answers with re.search on generated patterns and
names (RE2's `\w` is ASCII only, so the generated patterns leave it out),
and check the patterns re would hang on give their answer at once.
"""
from __future__ import annotations

import multiprocessing
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.resolve.namepattern import PatternError, compile_pattern
from generator.resolve.registry import Registry, Unit, load_units

ROOT = Path(__file__).resolve().parent.parent

# --- generated patterns of the supported syntax, compared with re.search ------------------------

_LETTERS = ["a", "b", "局", "\\.", ".", "[ab]", "[^a]", "[a-c局]", "\\d", "\\s", "(?:x{2})", "(?:a|b)"]


def _patterns(depth: int = 3):
    atom = st.sampled_from(_LETTERS)
    if depth:
        atom = atom | st.builds(lambda p: f"({p})", st.deferred(lambda: _patterns(depth - 1)))
    piece = st.tuples(atom, st.sampled_from(["", "", "?", "*", "+", "{1,2}", "{2,}", "*?"])).map("".join)
    branch = st.lists(piece, max_size=4).map("".join)
    body = st.lists(branch, min_size=1, max_size=3).map("|".join)
    return st.tuples(st.sampled_from(["", "^"]), body, st.sampled_from(["", "$"])).map("".join)


def _re_answers(pattern: str, names: list[str]) -> list[bool]:
    return [bool(re.compile(pattern).search(name)) for name in names]


class _Reference:
    """re's answers, from a worker process given a few seconds: a generated pattern such as ((a|局*)*)*b makes re
    backtrack for hours on a twelve-character name (the very reason the registry uses RE2), and such an example
    has no reference to compare with, so it is left out rather than hanging the suite."""

    SECONDS = 5

    def __init__(self):
        self.pool = None

    def answers(self, pattern: str, names: list[str]) -> list[bool] | None:
        if self.pool is None:
            self.pool = multiprocessing.get_context("fork").Pool(1)
        try:
            return self.pool.apply_async(_re_answers, (pattern, names)).get(timeout=self.SECONDS)
        except multiprocessing.TimeoutError:
            self.close()
            return None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


@pytest.fixture(scope="module")
def reference():
    ref = _Reference()
    yield ref
    ref.close()


# Names are one line (a unit name never holds a line break); re's `$` also matches before a final "\n",
# RE2's does not, so the names leave "\n" out.
@settings(max_examples=400, deadline=None, derandomize=True)
@given(pattern=_patterns(), names=st.lists(st.text(alphabet="ab局.1 x", max_size=12), min_size=1, max_size=8))
def test_generated_patterns_match_as_re_search_does(reference, pattern, names):
    expected = reference.answers(pattern, names)
    assume(expected is not None)
    compiled = compile_pattern(pattern)
    assert [compiled.search(name) for name in names] == expected, pattern


REGISTRY_NAMES = ["依法负有安全生产监督管理职责的部门", "负有行业管理职责的部门", "各专项领导小组", "市安委会专业委员会",
                  "市经济开发区管委会", "化工园区", "高新区管理委员会", "园区企业", "市应急局", "开发区建设"]


def test_the_patterns_of_the_registry_match_as_re_does():
    units = load_units(ROOT / "content" / "departments.yml")
    patterns = [p for unit in units for p in unit.patterns]
    assert patterns  # the registry uses them: this test must not pass on an empty list
    for pattern in patterns:
        for name in REGISTRY_NAMES:
            assert compile_pattern(pattern).search(name) == bool(re.search(pattern, name)), (pattern, name)


# --- catastrophic patterns ---------------------------------------------------------------------

CATASTROPHIC = ["(a+)+$", "(a|aa)*b", "(a*)*b", "a*a*a*a*a*a*a*a*a*a*b", "(a|a?)+b", "^(a+)+b", "(.*a){12}"]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_patterns_that_make_re_backtrack_answer_at_once(pattern):
    """Each takes re minutes to years on these names; a name of MAX_NAME characters, the longest a registry has."""
    compiled = compile_pattern(pattern)
    assert compiled.search("a" * 199 + "!") is (pattern == "(.*a){12}")
    for short in ("a" * 10 + "b", "a" * 10 + "!", "a" * 10, "b"):  # short enough for re to answer
        assert compiled.search(short) == bool(re.search(pattern, short)), short


def test_a_unit_with_a_catastrophic_pattern_does_not_hang_the_matching(tmp_path):
    """The whole registry path: a unit name the pattern cannot match, long enough that re would never finish."""
    registry = Registry([Unit("evil", "某某局", "collective", [], patterns=["(局+)+$"]),
                         Unit("yingji", "应急管理局", "department", [])], [])
    assert registry.unit_for("局" * 150 + "x") is None
    assert registry.unit_for("市应急管理局").id == "yingji"
    assert registry.unit_for("局局局").id == "evil"


# --- refusals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, says", [
    ("(?=a)b", "invalid perl operator"),
    ("(?<!a)b", "invalid perl operator"),
    ("(a)\\1", "invalid escape sequence"),
    ("a*+", "bad repetition operator"),
    ("a**", "bad repetition operator"),
    ("((a{100}){100}){100}", "invalid repetition size"),
    ("(ab", "missing )"),
    ("ab)", "unexpected )"),
    ("[ab", "missing ]"),
    ("*a", "no argument for repetition operator"),
    ("[z-a]", "invalid character class range"),
    ("a\\", "trailing \\"),
])
def test_syntax_outside_the_subset_is_refused_with_the_reason(pattern, says):
    with pytest.raises(PatternError) as refused:
        compile_pattern(pattern)
    assert says in str(refused.value)


def test_a_registry_with_an_unsupported_pattern_is_an_error_naming_file_and_line(tmp_path):
    content = tmp_path / "content"
    (content / "plans").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "sectors.yml", content)
    registry = ROOT / "content" / "departments.yml"
    text = registry.read_text(encoding="utf-8")
    text += "\n- id: evil\n  name: 某某工作组\n  kind: collective\n  aliases: []\n  patterns: ['工作组', '(a)\\1']\n"
    (content / "departments.yml").write_text(text, encoding="utf-8")
    line = text.count("\n")
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--content", str(content)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"departments.yml:{line}:" in result.stderr and "(a)\\1" in result.stderr, result.stderr
    assert "invalid escape sequence" in result.stderr and "README" in result.stderr
