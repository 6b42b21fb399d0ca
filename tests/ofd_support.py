"""OFD documents (GB/T 33190) built in tests: a zip of XML strings as OFD writers lay them out, in millimetres with
y pointing down. A page is a list of drawn objects made by `text`, `chars` and `rule`; `write_ofd` packs them."""
from __future__ import annotations

import zipfile
from pathlib import Path

_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _advance(char: str, size: float) -> float:
    return size / 2 if char.isascii() else size


def text(s: str, x: float, baseline: float, size: float = 5.6) -> str:
    """One TextObject drawing `s` from x on the baseline, its advances in DeltaX with the `g N v` repeat."""
    advances = [_advance(c, size) for c in s[:-1]]
    deltas, k = [], 0
    while k < len(advances):
        n = 1
        while k + n < len(advances) and advances[k + n] == advances[k]:
            n += 1
        deltas.append(f"g {n} {advances[k]:g}" if n > 1 else f"{advances[k]:g}")
        k += n
    width = sum(_advance(c, size) for c in s)
    return (f'<ofd:TextObject ID="0" Boundary="{x:g} {baseline - size:g} {width:g} {size * 1.2:g}" Font="1" '
            f'Size="{size:g}"><ofd:TextCode X="0" Y="{size:g}" DeltaX="{" ".join(deltas)}">{s}</ofd:TextCode>'
            f'</ofd:TextObject>')


def chars(s: str, x: float, baseline: float, size: float = 5.6) -> list[str]:
    """`s` written one TextObject per character, as some converters write a title."""
    out = []
    for c in s:
        out.append(text(c, x, baseline, size))
        x += _advance(c, size)
    return out


def rule(x1: float, y1: float, x2: float, y2: float) -> str:
    """A PathObject drawing one straight line, its path relative to its Boundary."""
    bx, by = min(x1, x2), min(y1, y2)
    return (f'<ofd:PathObject ID="0" Boundary="{bx:g} {by:g} {abs(x2 - x1) or 0.3:g} {abs(y2 - y1) or 0.3:g}" '
            f'Stroke="true"><ofd:AbbreviatedData>M {x1 - bx:g} {y1 - by:g} L {x2 - bx:g} {y2 - by:g}'
            f'</ofd:AbbreviatedData></ofd:PathObject>')


def write_ofd(path: Path, pages: list[list[str]], landscape: set[int] = frozenset(),
              listed_as: list[int] | None = None) -> Path:
    """An .ofd of the pages in order; a page whose index is in `landscape` has its own 297×210 PhysicalBox.
    `listed_as`, when given, is what Document.xml lists instead: the index of each listed page's part, in order
    (a part may be listed more than once)."""
    order = range(len(pages)) if listed_as is None else listed_as
    listed = "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for n, k in enumerate(order))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD {_NS} Version="1.1"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                              f'</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Document.xml", f'<ofd:Document {_NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>'
                                         f'0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>'
                                         f'<ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
        for k, objects in enumerate(pages):
            area = '<ofd:Area><ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox></ofd:Area>' if k in landscape else ""
            z.writestr(f"Doc_0/Pages/Page_{k}/Content.xml",
                       f'<ofd:Page {_NS}>{area}<ofd:Content><ofd:Layer ID="0">{"".join(objects)}</ofd:Layer>'
                       f'</ofd:Content></ofd:Page>')
    return path
