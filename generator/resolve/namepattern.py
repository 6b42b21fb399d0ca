"""Registry `patterns:` matched in time linear in the name: a small regular-expression engine without backtracking.

A pattern in content/departments.yml is written by whoever edits the registry
and tried on every unit name of every plan. Python's `re` backtracks, so a
pattern such as `(a+)+$` or `(a|aa)*b` takes exponential time on a name of a
few dozen characters and hangs the build. Here a pattern is compiled to a
Thompson automaton and run on all its states at once (Pike's simulation):
the time is at most (name length + 1) × (pattern size), whatever the pattern.

The syntax is the usual one, a subset of `re` (README, "Limits"):
literal text; `.`; classes `[...]`, `[^...]` with ranges; `\\d \\D \\s \\S \\w \\W`
and backslash before a punctuation mark; groups `(...)`, `(?:...)`;
alternation `|`; `? * +` and `{m}`, `{m,}`, `{m,n}` (m, n ≤ MAX_COUNT), a
trailing lazy `?` being accepted (a match is only found or not found);
anchors `^` and `$`. Anything else (back references, look-arounds, flags,
word boundaries) is refused with `PatternError` naming what to change, since
its meaning could not be kept without backtracking.
"""
from __future__ import annotations

from typing import Callable

MAX_COUNT = 100  # the largest m or n in {m,n}: a count is written out as copies of what it repeats
MAX_PROGRAM = 10_000  # instructions of one compiled pattern: bounds the time per character of a name

_ESCAPED_CLASSES: dict[str, Callable[[str], bool]] = {
    "d": str.isdecimal,
    "D": lambda c: not c.isdecimal(),
    "s": str.isspace,
    "S": lambda c: not c.isspace(),
    "w": lambda c: c.isalnum() or c == "_",
    "W": lambda c: not (c.isalnum() or c == "_"),
}
_ESCAPED_CHARS = {"n": "\n", "t": "\t", "r": "\r"}


class PatternError(ValueError):
    """A pattern outside the supported syntax, or not well formed; the message says what to change."""


class _Parser:
    """Recursive descent over the pattern (its nesting is bounded by the registry's MAX_NAME-long texts)."""

    def __init__(self, pattern: str):
        self.text = pattern
        self.at = 0

    def fail(self, what: str) -> PatternError:
        return PatternError(f"{what} at position {self.at + 1}")

    def peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""

    def parse(self):
        node = self.alternation()
        if self.at < len(self.text):
            raise self.fail("unbalanced ')'")
        return node

    def alternation(self):
        branches = [self.concatenation()]
        while self.peek() == "|":
            self.at += 1
            branches.append(self.concatenation())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def concatenation(self):
        items = []
        while self.peek() not in ("", "|", ")"):
            items.append(self.repeat())
        return ("cat", items)

    def repeat(self):
        start = self.at
        node = self.atom()
        bounds = self.quantifier()
        if bounds is None:
            return node
        if node[0] in ("bol", "eol"):
            self.at = start
            raise self.fail("nothing to repeat")
        if self.peek() == "?":
            self.at += 1  # lazy: the same set of names matches
        if self.peek() in ("*", "+", "?", "{") and self.quantifier_follows():
            raise self.fail("a quantifier right after another (possessive or repeated); write one")
        return ("repeat", node, *bounds)

    def quantifier_follows(self) -> bool:
        saved = self.at
        try:
            return self.quantifier() is not None
        finally:
            self.at = saved

    def quantifier(self):
        c = self.peek()
        if c in ("*", "+", "?"):
            self.at += 1
            return {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        if c != "{":
            return None
        end = self.text.find("}", self.at)
        body = self.text[self.at + 1:end] if end > 0 else ""
        low, comma, high = body.partition(",")
        if end < 0 or not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
            return None  # like `re`, a brace that is no count is a literal brace
        self.at = end + 1
        low_n = int(low) if low else 0
        high_n = int(high) if high else (None if comma else low_n)
        if low_n > MAX_COUNT or (high_n or 0) > MAX_COUNT:
            raise self.fail(f"a count over {MAX_COUNT}")
        if high_n is not None and high_n < low_n:
            raise self.fail("a count {m,n} with n < m")
        return low_n, high_n

    def atom(self):
        c = self.peek()
        if c == "(":
            return self.group()
        if c == "[":
            return ("char", self.char_class())
        if c in ("*", "+", "?"):
            raise self.fail("nothing to repeat")
        self.at += 1
        if c == ".":
            return ("char", lambda ch: ch != "\n")
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "\\":
            return ("char", self.escape())
        return ("char", _equals(c))

    def group(self):
        self.at += 1
        if self.text.startswith("?:", self.at):
            self.at += 2
        elif self.peek() == "?":
            raise self.fail("'(?' other than '(?:' (look-arounds, flags and named groups need backtracking)")
        node = self.alternation()
        if self.peek() != ")":
            raise self.fail("missing ')'")
        self.at += 1
        return node

    def escape(self) -> Callable[[str], bool]:
        c = self.peek()
        self.at += 1
        if c in _ESCAPED_CLASSES:
            return _ESCAPED_CLASSES[c]
        if c in _ESCAPED_CHARS:
            return _equals(_ESCAPED_CHARS[c])
        if c and not (c.isascii() and c.isalnum()):  # as in re: a backslash before anything else is that character
            return _equals(c)
        self.at -= 1
        raise self.fail(f"'\\{c}' (back references, \\b and other escapes need backtracking or are not supported)"
                        if c else "a pattern ending in '\\'")

    def char_class(self) -> Callable[[str], bool]:
        self.at += 1
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        tests: list[Callable[[str], bool]] = []
        first = True
        while True:
            c = self.peek()
            if not c:
                raise self.fail("missing ']'")
            if c == "]" and not first:
                self.at += 1
                break
            first = False
            self.at += 1
            if c == "\\":
                single = self.escape()
                low = getattr(single, "char", None)
            else:
                single, low = _equals(c), c
            if low is not None and self.peek() == "-" and self.text[self.at + 1:self.at + 2] not in ("]", ""):
                self.at += 1
                high = self.peek()
                self.at += 1
                if high == "\\":
                    high = getattr(self.escape(), "char", None)
                    if high is None:
                        raise self.fail("a range ending in a class such as \\d")
                if high < low:
                    raise self.fail(f"a bad range {low}-{high}")
                tests.append(lambda ch, lo=low, hi=high: lo <= ch <= hi)
            else:
                tests.append(single)
        if negated:
            return lambda ch: not any(t(ch) for t in tests)
        return lambda ch: any(t(ch) for t in tests)


def _equals(c: str) -> Callable[[str], bool]:
    def test(ch: str) -> bool:
        return ch == c
    test.char = c  # type: ignore[attr-defined]  # a class range needs the character itself
    return test


def _emit(node, program: list) -> None:
    kind = node[0]
    if kind == "char":
        program.append(["char", node[1]])
    elif kind in ("bol", "eol"):
        program.append([kind])
    elif kind == "cat":
        for item in node[1]:
            _emit(item, program)
    elif kind == "alt":
        split, jumps = ["split", []], []
        program.append(split)
        for branch in node[1]:
            split[1].append(len(program))
            _emit(branch, program)
            jumps.append(["jmp", None])
            program.append(jumps[-1])
        for jump in jumps:
            jump[1] = len(program)
    else:  # repeat: the body written out min times, then a loop or (max - min) optional copies
        _, body, low, high = node
        for _ in range(low):
            _emit(body, program)
        if high is None:
            loop = len(program)
            split = ["split", [loop + 1, None]]
            program.append(split)
            _emit(body, program)
            program.append(["jmp", loop])
            split[1][1] = len(program)
        else:
            splits = []
            for _ in range(high - low):
                splits.append(["split", [len(program) + 1, None]])
                program.append(splits[-1])
                _emit(body, program)
            for split in splits:
                split[1][1] = len(program)
    if len(program) > MAX_PROGRAM:
        raise PatternError(f"the pattern compiles to over {MAX_PROGRAM} steps; shorten its counts {{m,n}}")


class NamePattern:
    """A compiled registry pattern; `search(name)` says whether it matches anywhere in the name, like re.search."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        program: list = []
        _emit(_Parser(pattern).parse(), program)
        program.append(["match"])
        self._program = program

    def __repr__(self) -> str:
        return f"NamePattern({self.pattern!r})"

    def search(self, text: str) -> bool:
        program, n = self._program, len(text)
        waiting: list[int] = []  # threads at a character test, to try on text[pos]
        for pos in range(n + 1):
            seen: set[int] = set()
            ready: list[int] = []
            # every position is a possible start (an unanchored search), so the first instruction joins the threads
            stack = waiting + [0]
            while stack:
                pc = stack.pop()
                if pc in seen:
                    continue
                seen.add(pc)
                op = program[pc]
                kind = op[0]
                if kind == "char":
                    ready.append(pc)
                elif kind == "split":
                    stack.extend(op[1])
                elif kind == "jmp":
                    stack.append(op[1])
                elif kind == "match":
                    return True
                elif kind == "bol":
                    if pos == 0:
                        stack.append(pc + 1)
                elif pos == n or (pos == n - 1 and text[pos] == "\n"):  # eol, as re's $
                    stack.append(pc + 1)
            if pos == n:
                break
            ch = text[pos]
            waiting = [pc + 1 for pc in ready if program[pc][1](ch)]
        return False


def compile_pattern(pattern: str) -> NamePattern:
    """The pattern compiled for linear-time matching; PatternError when it is outside the supported syntax."""
    return NamePattern(pattern)
