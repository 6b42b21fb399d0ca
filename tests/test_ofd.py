"""OFD documents (GB/T 33190): pages rebuilt from where their text and rules sit, as the PDF reader reads a page."""
from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT
from generator.errors import PlansiteError
from generator.source.formats import to_text
from ofd_support import chars, rule, text, write_ofd

sys.path.insert(0, str(ROOT / "benchmarks"))
import accuracy  # noqa: E402

EM = 5.6  # the tests' font size in mm (about 16 pt, 三号)


def _units_by_task(path) -> dict[int, list[tuple[str, str]]]:
    from generator.parse import parse_plan
    from generator.source.read import read_file

    return {t.number: [(a.name, a.role) for a in t.assignments] for t in parse_plan(read_file(path)[0]).tasks()}


def test_ofd_annotation_drawn_as_its_own_object_on_the_line_joins_its_task(tmp_path):
    # a 楷体 annotation continues its task's line as an object of its own on the same baseline (Boundary y + Y), and
    # wraps onto the next line cut inside a name: one paragraph, its pieces joined with nothing between
    first = "1.开展涉企收费专项整治。"
    second = "2.推动政务服务事项一网通办。"
    page = [
        text("某县2025年营商环境工作要点", 40, 40),
        text("一、重点任务", 28, 52),
        text(first, 28, 62), text("（牵头单位：县市场监管局；配合单位：县工业和", 28 + len(first) * EM, 62),
        text("信息化局）", 28, 72),
        text(second, 28, 82), text("（牵头单位：县行政审批局）", 28 + len(second) * EM, 82),
    ]
    path = write_ofd(tmp_path / "plan.ofd", [page])
    assert "（牵头单位：县市场监管局；配合单位：县工业和信息化局）" in to_text(path)
    assert _units_by_task(path) == {1: [("县市场监管局", "lead"), ("县工业和信息化局", "support")],
                                    2: [("县行政审批局", "lead")]}


def test_ofd_ruled_table_on_a_landscape_page_is_read_cell_by_cell(tmp_path):
    # a 附件 on a landscape page (its own PhysicalBox) ruled by one PathObject per edge, a cell wrapped over two
    # lines vertically centred beside one-line cells: each text object goes to the cell it sits in, not to a line
    xs, ys = [20, 120, 180, 260], [30, 42, 60, 72]
    page = [rule(x, ys[0], x, ys[-1]) for x in xs] + [rule(xs[0], y, xs[-1], y) for y in ys]
    page += [text("重点任务", 25, 38), text("牵头单位", 125, 38), text("配合单位", 185, 38),
             text("建设产业园二期标准厂房", 25, 49), text("及配套设施", 25, 56),
             text("县发展改革局", 125, 53), text("县自然资源局", 185, 53),
             text("举办供需对接会", 25, 68), text("县商务局", 125, 68), text("县工商联", 185, 68)]
    path = write_ofd(tmp_path / "table.ofd", [[text("某县重点事项分工表", 100, 20)], page], landscape={1})
    lines = to_text(path).split("\n")
    assert any("建设产业园二期标准厂房及配套设施" in ln and "县发展改革局" in ln and "县自然资源局" in ln for ln in lines)
    assert any("举办供需对接会" in ln and "县商务局" in ln and "县工商联" in ln for ln in lines)


def test_ofd_title_drawn_character_by_character_reads_as_one_line(tmp_path):
    # a converter writing each character of a title as its own object: the characters, touching on one baseline,
    # are one line; a page number — N — at the foot between the pages of a paragraph is dropped
    body = "1.全面落实市场准入负面清单制度，清理妨碍统一市场和公平竞争的各种规定和做法，"
    pages = [[*chars("某县优化营商环境实施方案", 50, 40), text("一、主要任务", 28, 55),
              text(body[:28], 28, 65), text("— 1 —", 160, 280)],
             [text(body[28:] + "持续优化营商环境。（责任单位：县发展改革局）", 28, 40), text("— 2 —", 20, 280)]]
    path = write_ofd(tmp_path / "title.ofd", pages)
    out = to_text(path)
    assert out.split("\n")[0] == "某县优化营商环境实施方案"
    assert "—" not in out
    assert _units_by_task(path) == {1: [("县发展改革局", "responsible")]}


def test_ofd_refused_with_its_name_when_no_ofd_package(tmp_path):
    bad = tmp_path / "bad.ofd"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(PlansiteError, match="not a readable OFD"):
        to_text(bad)


def test_a_document_the_reader_refuses_scores_zero_and_the_run_goes_on(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "readings").mkdir()
    (tmp_path / "docs" / "p.ofd").write_bytes(b"PK\x03\x04 damaged")
    (tmp_path / "docs" / "q.txt").write_text("某县工作要点\n一、安全\n1.开展检查。（责任单位：县应急局）\n", encoding="utf-8")
    gold = {"plans": [{"title": "某县工作要点", "tasks": [
        {"section": "一", "number": 1, "title": "开展检查", "assignments": [{"name": "县应急局", "role": "responsible"}]}]}]}
    for name in ("p", "q"):
        (tmp_path / "readings" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    r = accuracy.run([tmp_path])
    assert (r["p.ofd"]["matched"], r["p.ofd"]["f1"]) == (0, 0.0)
    assert "not a readable OFD" in r["p.ofd"]["refused"]
    assert (r["q"]["matched"], r["q"]["f1"]) == (1, 1.0)


def _with_text_object(tmp_path, name: str, obj: str):
    """An .ofd of one page: a title, then `obj` (a TextObject written out by the test)."""
    return write_ofd(tmp_path / name, [[text("某县工作要点", 40, 40), obj]])


def test_ofd_deltax_repeat_counts_are_spelled_out_only_as_far_as_the_text_goes(tmp_path, monkeypatch):
    # `g N v` is N advances of v; a hostile file repeats `g 100000 1` for a line of four characters. The advances
    # written out are counted: never more than the text has characters, so the line reads as a short one does
    import generator.source.formats.ofd as ofd

    repeats = " ".join(["g 100000 1"] * 300)
    obj = (f'<ofd:TextObject ID="0" Boundary="28 60 100 10" Font="1" Size="5.6"><ofd:TextCode X="0" Y="5.6" '
           f'DeltaX="{repeats}">推进工作</ofd:TextCode></ofd:TextObject>')
    spelled: list[tuple[int, int]] = []  # (advances written out, characters of the text)
    deltas = ofd._deltas

    def counted(written, count):
        out = deltas(written, count)
        spelled.append((len(out), count))
        return out

    monkeypatch.setattr(ofd, "_deltas", counted)
    out = to_text(_with_text_object(tmp_path, "repeats.ofd", obj))
    assert "推" in out and "工作" in out
    assert (4, 4) in spelled and all(n <= count for n, count in spelled)


@pytest.mark.parametrize("code", [
    'X="0" Y="5.6" DeltaX="g 1e999 1"',  # a repeat count past float range: int(inf) would raise OverflowError
    'X="0" Y="5.6" DeltaX="5.6 1e999 5.6"',  # an advance past float range
    'X="nan" Y="5.6"',  # a position no page has
    'X="0" Y="5.6" DeltaX="g 2 abc"',  # no number at all
])
def test_ofd_with_a_number_no_page_measures_is_refused_naming_the_file(tmp_path, code):
    obj = (f'<ofd:TextObject ID="0" Boundary="28 60 100 10" Font="1" Size="5.6"><ofd:TextCode {code}>'
           f'推进工作</ofd:TextCode></ofd:TextObject>')
    path = _with_text_object(tmp_path, "numbers.ofd", obj)
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert err.value.path == str(path) and "not a readable OFD" in err.value.message


def test_ofd_path_drawn_at_an_infinite_place_is_refused_naming_the_file(tmp_path):
    # a table rule whose end lies past float range: refused as a DeltaX past it is, not drawn to nowhere
    endless = rule(20, 50, 180, 50).replace("L 160", "L 1e999")
    path = write_ofd(tmp_path / "path.ofd", [[text("某县工作要点", 40, 40), endless]])
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert err.value.path == str(path) and "not finite" in err.value.message


def _counting(monkeypatch, module, name: str) -> list:
    """Count the calls of `module.name` (each call's first argument recorded), calling through to it."""
    calls: list = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_ofd_page_part_listed_again_and_again_is_parsed_once(tmp_path, monkeypatch):
    # Document.xml may name one part for many pages (a hostile file lists one Content.xml 20 000 times): the part
    # is read and parsed once, however often it is listed; the pages are still read in the order listed
    import generator.source.formats.ofd as ofd

    filler = [text("（此页无正文）", 90, 150)]
    plan = [text("某县工作要点", 40, 40), text("一、安全", 28, 52), text("1.开展检查。（责任单位：县应急局）", 28, 62)]
    path = write_ofd(tmp_path / "listed.ofd", [plan, filler], listed_as=[0] + [1] * 60)
    parsed = _counting(monkeypatch, ofd.ElementTree, "fromstring")
    assert _units_by_task(path) == {1: [("县应急局", "responsible")]}
    assert len(parsed) == 4  # OFD.xml, Document.xml and the two page parts


def test_ofd_listing_more_pages_than_the_limit_is_refused_before_any_is_laid_out(tmp_path, monkeypatch):
    import generator.source.formats.ofd as ofd

    path = write_ofd(tmp_path / "pages.ofd", [[text("某县工作要点", 40, 40)]], listed_as=[0] * (ofd.MAX_OFD_PAGES + 1))
    laid_out = _counting(monkeypatch, ofd, "drawn_page")
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert err.value.path == str(path) and f"lists {ofd.MAX_OFD_PAGES + 1} pages" in err.value.message
    assert laid_out == []


def test_ofd_drawing_more_characters_than_the_limit_is_refused_before_any_page_is_laid_out(tmp_path, monkeypatch):
    # a page of 40 000 characters listed 170 times draws 6.8 million, more than the largest plan text file holds
    import generator.source.formats.ofd as ofd

    page = [text("某县工作要点", 40, 40), text("推进" * 20_000, 28, 60)]
    listed = ofd.MAX_OFD_CHARACTERS // 40_000 + 1
    path = write_ofd(tmp_path / "characters.ofd", [page], listed_as=[0] * listed)
    laid_out = _counting(monkeypatch, ofd, "drawn_page")
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert err.value.path == str(path) and "characters" in err.value.message
    assert laid_out == []


def _with_part(path, name: str, page: bytes):
    """An .ofd whose one page is the part `name` (any name: OFD parts need not end .xml), holding `page`."""
    import zipfile

    from ofd_support import _NS

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                              f'</ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Document.xml", f'<ofd:Document {_NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="{name}"/>'
                                         f'</ofd:Pages></ofd:Document>')
        z.writestr(f"Doc_0/{name}", page)
    return path


@pytest.mark.parametrize("name, encoding", [("Pages/Page_0/Content", "utf-8"), ("Pages/Page_0/Content.xml", "utf-16")])
def test_ofd_part_declaring_entities_is_refused_whatever_its_name_or_encoding(tmp_path, name, encoding):
    # an entity standing for a unit's name would put it in (or, left unresolved, drop it) unseen; no OFD writer
    # declares one. Refused before parsing in a part with no .xml suffix, and in a part written in UTF-16
    from ofd_support import _NS

    lines = text("某县工作要点", 40, 40) + text("1.开展检查。（牵头单位：&u;）", 28, 60)
    page = (f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE p [<!ENTITY u "县应急局">]>'
            f'<ofd:Page {_NS}><ofd:Content><ofd:Layer ID="0">{lines}</ofd:Layer></ofd:Content></ofd:Page>')
    path = _with_part(tmp_path / "entity.ofd", name, page.encode(encoding))
    with pytest.raises(PlansiteError) as err:
        to_text(path)
    assert err.value.path == str(path) and "DOCTYPE" in err.value.message and name in err.value.message
    plain = page.replace('<!DOCTYPE p [<!ENTITY u "县应急局">]>', "").replace("&u;", "县应急局")
    assert "县应急局" in to_text(_with_part(tmp_path / "plain.ofd", name, plain.encode(encoding)))
