"""Guards for the zip packages of Office documents (.docx, .xlsx), checked before a library unpacks them."""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ...errors import PlansiteError
from ..limits import MAX_ARCHIVE_BYTES, MAX_ARCHIVE_RATIO


def check_archive(path: Path, suffix: str, kind: str, limit: int = MAX_ARCHIVE_BYTES) -> None:
    """Refuse, before unpacking, a zip bomb (members that expand past the limits) and XML entity declarations.

    `suffix` and `kind` name the document in the messages (".docx", "Word document"). Office never writes a
    DOCTYPE; the libraries' parsers leave entities unresolved, so the text they stand for would silently go
    missing: better say so. A file that is no readable zip passes: the document's own library says so, naming it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            if total > limit:
                raise PlansiteError(f"unpacks to {total / 1e6:.0f} MB, over the limit of "
                                    f"{limit // 1_000_000} MB for a {suffix}; is it a real {kind}?", str(path))
            for m in members:
                if m.file_size > 1_000_000 and m.file_size > MAX_ARCHIVE_RATIO * max(m.compress_size, 1):
                    raise PlansiteError(f"part {m.filename} unpacks to {m.file_size / 1e6:.0f} MB from "
                                        f"{m.compress_size / 1e3:.0f} KB, far more than a real {kind}; "
                                        f"refused as a zip bomb", str(path))
            for m in members:
                if m.filename.endswith(".xml") or m.filename.endswith(".rels"):
                    with archive.open(m) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise PlansiteError(f"part {m.filename} declares XML entities (a DOCTYPE), which Office "
                                            f"never writes and which would drop text; open and save it again",
                                            str(path))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError, zlib.error):
        return
