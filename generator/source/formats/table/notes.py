"""What a table reader could not place, said in the plan's reading report (`table_notes`)."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from .cells import _one_line


# ---------------------------------------------------------------- what could not be placed
# A cell the reader could not put in its place (one beyond the header's columns, a cell that fits no
# column of a row that lost cells, a unit cell that names no unit, a row with no task text) is kept
# in the task's text and said in the plan's reading report. Table text is built deep inside the
# format readers (a .docx body, an HTML walker, pasted text), so the notes are gathered while
# `table_notes()` is open rather than passed down through every call: (text to find the place by,
# what was not understood).
_NOTES: ContextVar[list[tuple[str, str]] | None] = ContextVar("table_notes", default=None)
_SHOWN = 24  # characters of a cell quoted in a note


@contextmanager
def table_notes():
    """Collect the notes of every table read inside the block, in reading order."""
    notes: list[tuple[str, str]] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def _note(where: str, message: str) -> None:
    notes = _NOTES.get()
    if notes is not None:
        notes.append((where, message))


def _quote(cell: str) -> str:
    text = _one_line(cell)
    return f"'{text[:_SHOWN]}…'" if len(text) > _SHOWN else f"'{text}'"
