"""The build's tunable sizes as plain data: one frozen Settings, made from the MkDocs plugin's options
(generator/config.py) or left at its defaults by `plansite build` and the tests.

Each size has one name that says what it limits; the render modules read them from `Site.settings`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # entries per unit page; past this it goes on over parts. 200 keeps the seed's busiest unit
    # (108 entries) on one page, where staff look up all of their unit's duties
    unit_page_tasks: int = 200
    sector_page_tasks: int = 100  # tasks per sector page
    matrix_page_tasks: int = 100  # rows per sector matrix page (a plan's own matrix is never split)
    plans_per_index_page: int = 200  # rows of the plan index per page
    units_per_index_page: int = 300  # departments of the unit index per page
    timeline_page_rows: int = 300  # deadlines per 时间表 page
    similar_tasks: int = 3  # similar tasks of other plans shown under each task

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
