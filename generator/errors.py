"""The one error type plansite raises for bad input: it names the file and line and says what to fix."""
from __future__ import annotations


class PlansiteError(Exception):
    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message
