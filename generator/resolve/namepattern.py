"""Registry `patterns:` matched in time linear in the name, by RE2 (the google-re2 package).

A pattern in content/departments.yml is written by whoever edits the registry
and tried on every unit name of every plan. Python's `re` backtracks, so a
pattern such as `(a+)+$` or `(a|aa)*b` takes exponential time on a name of a
few dozen characters and hangs the build. RE2 runs an automaton instead: the
time is linear in the name whatever the pattern, and what cannot be matched
that way (back references, look-arounds) is refused when the pattern is
compiled, with RE2's own reason. The syntax is otherwise the usual one
(README, "Limits"). An earlier home-made engine did the same in 300 lines and
was ~1000× slower per name; a well-kept library serves better.
"""
from __future__ import annotations

import re2

MAX_PROGRAM_BYTES = 1 << 20  # memory RE2 may give one compiled pattern: a huge `{m,n}` nest is refused, not built

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # the refusal reaches the user as a PlansiteError naming file and line, not as a log line
_OPTIONS.max_mem = MAX_PROGRAM_BYTES


class PatternError(ValueError):
    """A pattern RE2 cannot compile; the message is RE2's reason."""


class NamePattern:
    """One compiled registry pattern; `search` says whether it matches anywhere in a name."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        try:
            self._compiled = re2.compile(pattern, options=_OPTIONS)
        except re2.error as err:
            reason = err.args[0].decode("utf-8", "replace") if err.args and isinstance(err.args[0], bytes) else str(err)
            raise PatternError(reason) from None

    def __repr__(self) -> str:
        return f"NamePattern({self.pattern!r})"

    def search(self, text: str) -> bool:
        return self._compiled.search(text) is not None


def compile_pattern(pattern: str) -> NamePattern:
    """The pattern compiled for linear-time matching; PatternError when RE2 refuses it."""
    return NamePattern(pattern)
