"""Guards for the zip packages of Office and OFD documents (.docx, .xlsx, .ofd), checked before their XML is parsed."""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ...errors import PlansiteError
from ..limits import MAX_ARCHIVE_BYTES, MAX_ARCHIVE_RATIO

# a DOCTYPE (the only place entities are declared) as expat finds it: in UTF-8 (or ASCII) and in UTF-16, which an
# XML part may be written in and which a byte search for the UTF-8 spelling would miss
_DECLARATIONS = tuple(word.encode(encoding) for word in ("<!DOCTYPE", "<!ENTITY")
                      for encoding in ("utf-8", "utf-16-le", "utf-16-be"))


def refuse_entities(data: bytes, part: str, kind: str, path: Path) -> None:
    """Refuse an XML part (`data`, its bytes or their head) that declares entities, naming the part and the file.

    No Office or OFD writer puts a DOCTYPE in a part; the parsers leave entities unresolved or expand them (a
    billion-laughs part), so the text they stand for would silently go missing or blow up: better say so."""
    if any(declaration in data for declaration in _DECLARATIONS):
        raise PlansiteError(f"part {part} declares XML entities (a DOCTYPE), which no {kind} writer puts there "
                            f"and which would drop text; open and save it again", str(path))


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
                    refuse_entities(head, m.filename, kind, path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError, zlib.error):
        return
