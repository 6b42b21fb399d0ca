"""Limits on what plansite reads, checked before the work starts, so one hostile file cannot hang or crash a build.

Each limit is far above anything a real plan needs (the seed page is 120 KB,
a real .docx plan a few hundred KB) and far below what would exhaust a
machine. The README lists them. `read_input` is the one place a plan file's
bytes are read: a regular file, inside the folder it was listed from, not
larger than MAX_INPUT_BYTES.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import PlansiteError

MAX_INPUT_BYTES = 20_000_000  # one plan file, page or document as stored
MAX_ARCHIVE_BYTES = 200_000_000  # a .docx once unpacked (all members together)
MAX_ARCHIVE_RATIO = 200  # unpacked / packed size of one .docx member; text XML compresses ~10x
# what one .ofd may draw: a real plan has a few dozen pages, a yearbook a few hundred; the characters are as many as
# the largest plan text file holds (UTF-8, three bytes a Chinese character). A page listed again and again, or a
# template on every page, counts each time it is drawn (formats/ofd.py)
MAX_OFD_PAGES = 5_000
MAX_OFD_CHARACTERS = MAX_INPUT_BYTES // 3
MAX_TABLE_CELLS = 200_000  # the cells of one HTML, .doc or RTF table once spans are expanded (formats/html._span, blocks.edge_grid)
MAX_MERGED_ROWS = 500  # rows one merge down a sheet column covers (a damaged merge over a whole column is cut short)
# the columns one row of a .docx, .doc or RTF table spreads over (Word allows 63): a cell's span, an RTF row's \cellx
MAX_TABLE_COLUMNS = 64
MAX_DEPTH = 200  # nesting of HTML elements, of RTF groups, of YAML collections and of OpenDocument elements
# open HTML elements searched for the one an implied end tag closes (formats/html._Soup): bounded, so a page nesting
# thousands of elements stays linear
MAX_IMPLIED_END_DEPTH = 64
# an OpenDocument table's number-columns/rows-repeated and -spanned honoured at most: a Writer table has at most
# 1024 columns (formats/odt.py)
MAX_TABLE_REPEAT = 1024
MAX_SPACE_RUN = 100  # spaces one OpenDocument text:s stands for (its text:c); a plan's text never spaces wider
MAX_LIST_LEVELS = 10  # list levels Word and OpenDocument number (ODF's text:level 1-10, Word's ilvl 0-8)
MAX_YAML_NODES = 100_000  # YAML values with aliases expanded (billion-laughs documents)
MAX_ID = 80  # characters of a plan, unit or sector id (it becomes a file name and a URL)
MAX_NAME = 200  # characters of a unit name, alias or sector word in the registries


def read_input(path: Path, inside: Path | None = None) -> bytes:
    """The bytes of a plan file; PlansiteError for a link leaving `inside`, a device or a file over the limit."""
    path = Path(path)
    if inside is not None:
        root = Path(inside).resolve()
        real = path.resolve()
        if real != root and root not in real.parents:
            raise PlansiteError(f"is a link to {real}, outside {inside}; only files inside the content folder "
                                f"are read: copy the file in instead of linking it", str(path))
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, pipe or socket)"
            raise PlansiteError(f"is {what}; name a plan file", str(path))
        if info.st_size > MAX_INPUT_BYTES:
            raise PlansiteError(_too_large(info.st_size), str(path))
        with open(path, "rb") as f:
            data = f.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        raise PlansiteError(f"cannot read file: {e.strerror or e}", str(path)) from None
    if len(data) > MAX_INPUT_BYTES:  # grew while being read
        raise PlansiteError(_too_large(len(data)), str(path))
    return data


def check_input(path: Path) -> None:
    """Refuse before opening what read_input would refuse (documents are opened by their own libraries)."""
    try:
        info = os.stat(path)
    except OSError as e:
        raise PlansiteError(f"cannot read file: {e.strerror or e}", str(path)) from None
    if not stat.S_ISREG(info.st_mode):
        raise PlansiteError("is not a regular file; name a plan file", str(path))
    if info.st_size > MAX_INPUT_BYTES:
        raise PlansiteError(_too_large(info.st_size), str(path))


def _too_large(size: int) -> str:
    return (f"is {size / 1e6:.1f} MB, over the limit of {MAX_INPUT_BYTES // 1_000_000} MB for one plan file; "
            f"split it into its plans")
