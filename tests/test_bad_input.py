"""Bad input gets a clear error naming file and line; odd but valid input reads as well as clean input; nothing is lost.

Issue 6. Everything goes through the public interfaces: the `plansite` command
(run as a real subprocess, so a traceback would show on stderr), and
`generator.source.read.read_file`, `generator.source.corpus.parse_text`, `generator.parse.parse_plan`,
`generator.commands.check.lost_text`.
"""
from __future__ import annotations

import copy
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.commands.check import lost_text
from generator.errors import PlansiteError
from generator.model import to_dict
from generator.parse import parse_plan
from generator.source.corpus import parse_text
from generator.source.read import read_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad"


def plansite_command() -> list[str]:
    script = Path(sys.executable).with_name("plansite")
    if script.exists():
        return [str(script)]
    found = shutil.which("plansite")
    if not found:
        pytest.skip("the plansite command is not installed (pip install -e .)")
    return [found]


def run_plansite(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(plansite_command() + list(args), capture_output=True, text=True, cwd=cwd, timeout=120)


def assert_refused(result: subprocess.CompletedProcess, path: Path) -> str:
    """Non-zero exit, no traceback, one line on stderr naming the file; returns that line."""
    assert result.returncode != 0, f"accepted a bad file; stdout: {result.stdout[:300]!r}"
    assert "Traceback" not in result.stderr, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert path.name in lines[0], lines[0]
    return lines[0]


# A small plan: title, preamble, two sections, tasks with three annotation styles.
PLAN = (
    "某市2024年安全生产工作要点\n"
    "\n"
    "全市要坚持安全第一、预防为主,扎实做好全年安全生产工作。\n"
    "\n"
    "一、健全安全生产责任体系\n"
    "\n"
    "1.压实企业安全生产主体责任。推动企业落实全员安全生产责任制(责任单位:市应急局)。\n"
    "\n"
    "2.加强道路交通安全管理。整治交通违法行为(牵头责任单位:市公安局,协同责任单位:市应急局、市交通运输局)。\n"
    "\n"
    "二、加强重点行业领域安全监管\n"
    "\n"
    "3.开展非煤矿山安全专项整治。关闭不具备安全生产条件的矿山(市应急局牵头,市自然资源局配合,各县(市、区)落实)。\n"
    "\n"
    "各地各部门要结合实际,认真抓好落实。\n"
)


def strip_source(warnings: list[str], source: str) -> list[str]:
    return [w.replace(source, "<source>") for w in warnings]


def model_without_source(plans) -> list[dict]:
    out = []
    for plan in plans:
        d = to_dict(plan)
        source = d.pop("source")
        d["warnings"] = strip_source(d["warnings"], source)
        out.append(d)
    return out


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- 1. reading: encodings ---------------------------------------------------------

ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8 with BOM": lambda s: s.encode("utf-8-sig"),
    "gb18030": lambda s: s.encode("gb18030"),
    "gbk": lambda s: s.encode("gbk"),
    "utf-16 with BOM": lambda s: s.encode("utf-16"),
    "utf-16-le without BOM": lambda s: s.encode("utf-16-le"),
    "utf-16-be without BOM": lambda s: s.encode("utf-16-be"),
    "utf-16-be with BOM": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_every_supported_encoding_reads_as_the_utf8_text(tmp_path, encoding):
    reference = read_file(write(tmp_path, "ref.txt", PLAN.encode("utf-8")))
    got = read_file(write(tmp_path, "plan.txt", ENCODINGS[encoding](PLAN)))
    assert [(p.title, p.lines, p.first_line) for p in got] == [(p.title, p.lines, p.first_line) for p in reference]
    assert "\ufeff" not in "".join(got[0].lines)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_every_supported_encoding_of_a_plan_source_keeps_its_front_matter(tmp_path, encoding):
    source = "---\nid: my-plan\ntitle: 某市2024年安全生产工作要点\nyear: 2024\n---\n" + PLAN
    (pt,) = read_file(write(tmp_path, "plan.md", ENCODINGS[encoding](source)))
    assert pt.meta == {"id": "my-plan", "title": "某市2024年安全生产工作要点", "year": 2024}
    assert pt.first_line == 6
    plan = parse_plan(pt)
    assert plan.id == "my-plan"
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


# --- 1. reading: line ends and spaces ----------------------------------------------

@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_crlf_and_cr_line_ends_read_as_lf(tmp_path, newline):
    if newline == "mixed":
        parts = PLAN.split("\n")
        # cycle \r\n, \r, \n; a lone \r before a blank line would merge with the next \n, so it gets \r\n
        ends = [("\r\n", "\r", "\n")[i % 3] for i in range(len(parts) - 1)]
        ends = [e if not (e == "\r" and ends[i + 1 :] and ends[i + 1].startswith("\n") and not parts[i + 1])
                else "\r\n" for i, e in enumerate(ends)]
        text = "".join(p + e for p, e in zip(parts, ends)) + parts[-1]
    else:
        text = PLAN.replace("\n", newline)
    reference = read_file(write(tmp_path, "ref.txt", PLAN.encode()))
    got = read_file(write(tmp_path, "plan.txt", text.encode()))
    assert [p.lines for p in got] == [p.lines for p in reference]
    assert not any("\r" in ln for p in got for ln in p.lines)
    assert model_without_source(parse_plan(p) for p in got) == model_without_source(parse_plan(p) for p in reference)


ODD_SPACES = {
    "full-width space U+3000": "\u3000",
    "tab": "\t",
    "en space U+2002": "\u2002",
    "em space U+2003": "\u2003",
    "no-break space U+00A0": "\u00a0",
    "narrow no-break space U+202F": "\u202f",
}


@pytest.mark.parametrize("name", list(ODD_SPACES))
def test_odd_spaces_are_normalised_to_a_plain_space(tmp_path, name):
    space = ODD_SPACES[name]
    # indent every line with the odd space, and put one between label and text and inside a sentence
    text = "\n".join(space * 2 + ln if ln else ln for ln in PLAN.split("\n"))
    text = text.replace("1.压实", f"1.{space}压实").replace("推动企业", f"推动{space}企业")
    (pt,) = read_file(write(tmp_path, "plan.txt", text.encode("utf-8")))
    assert not any(space in ln for ln in pt.lines), "the odd space survived reading"
    plan = parse_plan(pt)
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert [s.number for s in plan.sections] == ["一", "二"]
    assert plan.tasks()[0].title == "压实企业安全生产主体责任"
    assert [a.name for a in plan.tasks()[0].assignments] == ["市应急局"]
    assert lost_text(pt, plan) is None


def test_zero_width_characters_are_dropped(tmp_path):
    text = PLAN.replace("市应急局", "市\u200b应急\u2060局").replace("1.压实", "\ufeff1.压实")
    (pt,) = read_file(write(tmp_path, "plan.txt", text.encode("utf-8")))
    plan = parse_plan(pt)
    assert [a.name for a in plan.tasks()[0].assignments] == ["市应急局"]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_parse_text_normalises_like_read_file(tmp_path):
    odd = PLAN.replace("\n", "\r\n").replace("1.压实", "1.\u3000压实").replace("、", "、\u00a0")
    from_file = [parse_plan(pt) for pt in read_file(write(tmp_path, "plan.txt", odd.encode("gb18030")))]
    from_text = parse_text(odd, source=str(tmp_path / "plan.txt"))
    assert model_without_source(from_text) == model_without_source(from_file)


# --- 1. refusing what is not a plan -------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66"


def random_bytes_with_nuls(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    data = bytearray(rng.randbytes(size))
    for _ in range(max(2, size // 50)):  # a few NULs anywhere, as in any binary file
        data[rng.randrange(size)] = 0
    return bytes(data)


BAD_FILES = {
    "png.txt": PNG + bytes(range(256)),
    "png-header-only.md": PNG,
    "empty.md": b"",
    "spaces.md": b"  \n\t\r\n   \r\n",
    "full-width-spaces.txt": "\u3000\u3000\n\u00a0\n".encode("utf-8"),
    "bom-only.md": b"\xef\xbb\xbf",
    "bom-and-blank-lines.md": b"\xef\xbb\xbf\r\n\r\n",
    "utf16-blank.txt": "\n\n  \n".encode("utf-16"),
    "undecodable.txt": b"\x80\x80\x80\xff\xfe\x80abc\xff",
    "truncated-utf16.txt": "一、总体要求\n".encode("utf-16") + b"\x00",
    "nul-in-utf8.md": "某市2024年工作要点\n一、总体要求\n1.落实责任\x00(责任单位:市应急局)。\n".encode("utf-8"),
    "page-chrome-only.txt": "首页\n上一页 下一页\n版权所有 xx市人民政府\n".encode("utf-8"),
}
BAD_FILES.update({f"random-{seed}-{size}.bin": random_bytes_with_nuls(seed, size)
                  for seed, size in [(1, 300), (2, 301), (3, 512), (4, 1024), (5, 4096), (6, 64),
                                     (3, 64), (4, 128), (7, 128)]})
# random bytes, then a little ASCII with NULs after it (as in a binary header or a UTF-16 fragment)
BAD_FILES["random-21-then-ascii.bin"] = random.Random(21).randbytes(300) + b"abc\x00def\x00"


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_read_file_refuses_what_is_not_plan_text(tmp_path, name):
    path = write(tmp_path, name, BAD_FILES[name])
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert err.value.path == str(path)
    assert err.value.message and "\n" not in str(err.value)


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_plansite_parse_refuses_bad_files_with_one_line_naming_the_file(tmp_path, name):
    path = write(tmp_path, name, BAD_FILES[name])
    result = run_plansite("parse", str(path))
    assert_refused(result, path)
    assert result.stdout == ""


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html", ".htm", ".doc"])
def test_a_binary_file_under_a_document_suffix_is_refused(tmp_path, suffix):
    """A PNG saved as .docx/.pdf/.html: refused with one line naming the file, not read as text, not a crash."""
    path = write(tmp_path, "picture" + suffix, PNG + bytes(range(256)))
    result = run_plansite("parse", str(path))
    assert_refused(result, path)


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    missing = tmp_path / "no-such-plan.md"
    assert_refused(run_plansite("parse", str(missing)), missing)
    folder = tmp_path / "plans.md"
    folder.mkdir()
    assert_refused(run_plansite("parse", str(folder)), folder)


def test_refusal_says_what_to_fix(tmp_path):
    messages = {}
    for name in ["png.txt", "empty.md", "undecodable.txt"]:
        path = write(tmp_path, name, BAD_FILES[name])
        with pytest.raises(PlansiteError) as err:
            read_file(path)
        messages[name] = err.value.message
    assert "binary" in messages["png.txt"]
    assert "empty" in messages["empty.md"]
    assert "UTF-8" in messages["undecodable.txt"]  # says which encoding to save it as


# --- 2. errors name file and line and say what to fix ------------------------------

def test_broken_front_matter_names_the_line_of_the_yaml_problem(tmp_path):
    path = tmp_path / "plan.md"
    shutil.copy(FIXTURES / "plans" / "00-broken-yaml.md", path)
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert (err.value.path, err.value.line) == (str(path), 4)
    assert "front matter" in err.value.message
    line = assert_refused(run_plansite("parse", str(path)), path)
    assert f"{path}:4:" in line


@pytest.mark.parametrize("yaml_text, line", [
    ("id: a\ntitle: 某市2024年工作要点\n  year: 2024\n", 4),  # bad indentation, file line 4
    ("id: a\ntitle: \"某市2024年工作要点\nyear: 2024\n", 5),  # unclosed quote: YAML runs to the end
    ("id: a\nid: [x, y\ntitle: t\n", 4),  # unclosed flow list, tripped over on line 4
])
def test_front_matter_errors_point_at_the_yaml_line(tmp_path, yaml_text, line):
    path = write(tmp_path, "plan.md", f"---\n{yaml_text}---\n{PLAN}".encode())
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert err.value.path == str(path)
    assert err.value.line == line


def test_front_matter_that_is_not_a_mapping_is_refused(tmp_path):
    path = write(tmp_path, "plan.md", f"---\n- just\n- a list\n---\n{PLAN}".encode())
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert err.value.path == str(path) and err.value.line == 2
    assert "mapping" in err.value.message


def test_front_matter_without_its_closing_line_is_refused(tmp_path):
    """A plan source opening '---' but never closing it: its keys must not become plan text silently."""
    path = tmp_path / "plan.md"
    shutil.copy(FIXTURES / "unclosed-front-matter.md", path)
    with pytest.raises(PlansiteError) as err:
        plans = [parse_plan(pt) for pt in read_file(path)]
        pytest.fail(f"accepted: plan ids {[p.id for p in plans]}, preamble {plans[0].preamble[:60]!r}")
    assert err.value.path == str(path)
    assert err.value.line == 1
    assert "---" in err.value.message


def test_an_unclosed_annotation_bracket_is_a_warning_with_file_and_line():
    text = PLAN.replace("市公安局,协同责任单位:市应急局、市交通运输局)。", "市公安局,协同责任单位:市应急局、市交通运输局。")
    (plan,) = parse_text(text, source="plans/x.md")
    warnings = [w for w in plan.warnings if "never closed" in w]
    assert len(warnings) == 1
    assert warnings[0].startswith("plans/x.md:9:"), warnings  # the line of task 2
    assert "(" in warnings[0] and "2." in warnings[0]


def test_an_unclosed_bracket_on_a_continuation_line_names_that_line():
    """A task whose text runs over two source lines: the warning points at the line holding the bracket."""
    text = (
        "某市2024年安全生产工作要点\n"
        "一、总体要求\n"
        "1.压实企业安全生产主体责任,推动企业落实\n"  # line 3: broken mid-sentence
        "全员安全生产责任制(责任单位:市应急局\n"  # line 4: the unclosed bracket, column 10
        "2.加强道路交通安全管理(责任单位:市公安局)。\n"
    )
    (plan,) = parse_text(text, source="x.txt")
    assert [t.number for t in plan.tasks()] == [1, 2]
    warnings = [w for w in plan.warnings if "never closed" in w]
    assert len(warnings) == 1
    assert warnings[0].startswith("x.txt:4:"), warnings


def test_an_unclosed_bracket_warning_gives_the_column_in_the_source_line():
    text = "某市2024年安全生产工作要点\n一、总体要求\n   1.加强道路交通安全管理(责任单位:市公安局\n"
    (plan,) = parse_text(text, source="x.txt")
    (warning,) = [w for w in plan.warnings if "never closed" in w]
    line = text.split("\n")[2]
    assert f"column {line.index('(') + 1} " in warning, (warning, line.index("(") + 1)


def test_a_plan_without_tasks_is_a_warning_naming_the_file():
    (plan,) = parse_text("某区2024年安全生产工作安排\n\n全区各部门要坚持安全第一,扎实做好全年安全生产工作。\n",
                         source="plans/y.md")
    assert plan.tasks() == []
    assert any(w.startswith("plans/y.md:1:") and "no numbered task" in w for w in plan.warnings), plan.warnings


# --- 3. nothing lost ----------------------------------------------------------------

def test_every_seed_plan_loses_nothing(seed_path):
    pts = read_file(seed_path)
    assert len(pts) == 7
    for pt in pts:
        plan = parse_plan(pt)
        assert lost_text(pt, plan) is None, plan.id


def test_the_imported_plan_sources_lose_nothing():
    plans = sorted((Path(__file__).resolve().parent.parent / "content" / "plans").glob("*.md"))
    if not plans:
        pytest.skip("no content/plans yet")
    for path in plans:
        for pt in read_file(path):
            assert lost_text(pt, parse_plan(pt)) is None, path


STYLES = {
    "two levels": ("{cn}、{heading}", "{n}.{task}"),
    "two levels, 、 after arabic": ("{cn}、{heading}", "{n}、{task}"),
    "paren groups as tasks": ("{cn}、{heading}", "({cn_n}){task}"),
    "full-width dot": ("{cn}．{heading}", "{n}．{task}"),
}
CN = "一二三四五六七八九十"


def generated_plan(style: str, sections: int, tasks: int, seed: int) -> str:
    rng = random.Random(seed)
    head, item = STYLES[style]
    notes = ["(责任单位:市应急局)", "(牵头责任单位:市公安局,协同责任单位:市交通运输局、市应急局)",
             "(市应急局牵头,市消防救援支队配合,各县(市、区)落实)", "〔市住房城乡建设局牵头,有关部门分工负责〕",
             "(xx委办〔2020〕158号)", ""]
    lines = ["某市2024年安全生产工作要点", "", "为做好全年安全生产工作,制定本要点。", ""]
    n = 0
    for s in range(sections):
        lines += [head.format(cn=CN[s], heading=rng.choice(["总体要求", "加强重点行业领域安全监管", "夯实基层基础"])), ""]
        for _ in range(tasks):
            n += 1
            body = rng.choice(["加强危险化学品安全管理。", "开展燃气安全专项整治。", "强化消防安全监管。"])
            body += rng.choice(["严格落实企业主体责任", "推进隐患排查治理", "完善监管机制"]) + rng.choice(notes) + "。"
            if rng.random() < 0.3:  # a task broken over two lines mid-sentence
                cut = rng.randrange(3, len(body) - 2)
                body = body[:cut] + "\n" + body[cut:]
            lines += [item.format(n=n, cn_n=CN[(n - 1) % 10], task=body), ""]
    lines += ["各地各部门要结合实际认真抓好落实。", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("seed", range(5))
def test_generated_plans_lose_nothing(tmp_path, style, seed):
    tasks = 3 if style == "paren groups as tasks" else 4
    path = write(tmp_path, "plan.txt", generated_plan(style, sections=3, tasks=tasks, seed=seed).encode())
    (pt,) = read_file(path)
    plan = parse_plan(pt)
    assert len(plan.sections) == 3
    assert len(plan.tasks()) == 3 * tasks
    assert lost_text(pt, plan) is None


def test_lost_text_reports_a_dropped_task_with_its_line(tmp_path):
    (pt,) = read_file(write(tmp_path, "plan.txt", PLAN.encode()))
    plan = parse_plan(pt)
    assert lost_text(pt, plan) is None
    tampered = copy.deepcopy(plan)
    task = tampered.sections[0].tasks[1]
    task.text = ""
    report = lost_text(pt, tampered)
    assert report is not None
    assert report.startswith(f"{path_of(tmp_path)}:{task.line}:"), report


def test_lost_text_reports_a_task_shortened_by_one_character(tmp_path):
    (pt,) = read_file(write(tmp_path, "plan.txt", PLAN.encode()))
    tampered = parse_plan(pt)
    task = tampered.sections[1].tasks[0]
    task.text = task.text[:5] + task.text[6:]
    report = lost_text(pt, tampered)
    assert report is not None and report.startswith(f"{path_of(tmp_path)}:{task.line}:"), report


def test_lost_text_reports_a_dropped_section_heading_and_preamble(tmp_path):
    (pt,) = read_file(write(tmp_path, "plan.txt", PLAN.encode()))
    tampered = parse_plan(pt)
    tampered.sections[1].heading = ""
    assert lost_text(pt, tampered).startswith(f"{path_of(tmp_path)}:11:")
    tampered = parse_plan(pt)
    tampered.preamble = ""
    assert lost_text(pt, tampered).startswith(f"{path_of(tmp_path)}:3:")
    tampered = parse_plan(pt)
    tampered.closing = ""
    assert lost_text(pt, tampered).startswith(f"{path_of(tmp_path)}:15:")


def test_lost_text_reports_text_the_plan_does_not_hold(tmp_path):
    (pt,) = read_file(write(tmp_path, "plan.txt", PLAN.encode()))
    tampered = parse_plan(pt)
    tampered.closing += "多出来的一句话。"
    assert lost_text(pt, tampered) is not None


def test_lost_text_reports_a_dropped_seed_task(seed_path):
    pt = read_file(seed_path)[3]
    plan = parse_plan(pt)
    task = plan.sections[2].tasks[-1]
    del plan.sections[2].tasks[-1]
    report = lost_text(pt, plan)
    assert report is not None and report.startswith(f"{seed_path}:{task.line}:"), report


def path_of(tmp_path: Path) -> str:
    return str(tmp_path / "plan.txt")


# --- 5. the seed re-encoded parses to the same model --------------------------------

RE_ENCODINGS = {
    "gb18030": lambda s: s.encode("gb18030"),
    "utf-16 with BOM": lambda s: s.encode("utf-16"),
    "utf-16-le without BOM": lambda s: s.encode("utf-16-le"),
    "utf-16-be with BOM": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "utf-8 with BOM": lambda s: s.encode("utf-8-sig"),
    "crlf": lambda s: s.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda s: s.replace("\n", "\r").encode("utf-8"),
    "gb18030 + BOM-less crlf": lambda s: s.replace("\n", "\r\n").encode("gb18030"),
    "utf-16 + crlf": lambda s: s.replace("\n", "\r\n").encode("utf-16"),
}


@pytest.fixture(scope="module")
def seed_model(seed_path):
    return model_without_source(parse_plan(pt) for pt in read_file(seed_path))


@pytest.mark.parametrize("encoding", list(RE_ENCODINGS))
def test_the_seed_re_encoded_parses_to_the_same_model(tmp_path, seed_path, seed_model, encoding):
    text = seed_path.read_bytes().decode("utf-8")
    path = write(tmp_path, seed_path.name, RE_ENCODINGS[encoding](text))
    pts = read_file(path)
    assert model_without_source(parse_plan(pt) for pt in pts) == seed_model
    for pt in pts:
        assert lost_text(pt, parse_plan(pt)) is None


def test_the_seed_through_the_cli_in_gb18030_prints_the_same_json(tmp_path, seed_path):
    import json

    original = run_plansite("parse", str(seed_path), "--json")
    assert original.returncode == 0, original.stderr
    path = write(tmp_path, "seed.txt", seed_path.read_bytes().decode("utf-8").replace("\n", "\r\n").encode("gb18030"))
    again = run_plansite("parse", str(path), "--json")
    assert again.returncode == 0, again.stderr

    def load(out: str, source: str) -> list[dict]:
        plans = json.loads(out)["plans"]
        for p in plans:
            p.pop("source")
            p["warnings"] = strip_source(p["warnings"], source)
        return plans

    assert load(again.stdout, str(path)) == load(original.stdout, str(seed_path))


# --- front matter values of the wrong kind ------------------------------------------

@pytest.mark.parametrize("value, line", [
    ("year: 二〇二四", 3),
    ("year: [2024]", 3),
    ("year: 今年", 3),
])
def test_a_front_matter_year_that_is_not_a_number_is_an_error_with_its_line(tmp_path, value, line):
    path = write(tmp_path, "plan.md", f"---\nid: my-plan\n{value}\n---\n{PLAN}".encode())
    result = run_plansite("parse", str(path), "--json")
    message = assert_refused(result, path)
    assert f"{path}:{line}:" in message and "year" in message


@pytest.mark.parametrize("value", ["id: [a, b]", "id: 安全生产计划", "id: My Plan!", "id: {x: 1}"])
def test_a_front_matter_id_that_is_not_an_ascii_slug_is_an_error_with_its_line(tmp_path, value):
    """Plan ids are URLs (DESIGN.md: URLs are ASCII and stable); the registries refuse such ids too."""
    path = write(tmp_path, "plan.md", f"---\n{value}\ntitle: 某市2024年安全生产工作要点\n---\n{PLAN}".encode())
    result = run_plansite("parse", str(path), "--json")
    message = assert_refused(result, path)
    assert f"{path}:2:" in message and "id" in message


def test_a_front_matter_date_does_not_break_the_json(tmp_path):
    """YAML reads 2024-03-01 as a date; `plansite parse --json` still prints the model."""
    import json

    path = write(tmp_path, "plan.md", f"---\nid: my-plan\npublished: 2024-03-01\n---\n{PLAN}".encode())
    result = run_plansite("parse", str(path), "--json")
    assert "Traceback" not in result.stderr, result.stderr[-400:]
    assert result.returncode == 0
    (plan,) = json.loads(result.stdout)["plans"]
    assert plan["id"] == "my-plan" and "2024-03-01" in json.dumps(plan["meta"])


# --- issue 14: nothing a plan file, a registry or a second build can do breaks the site or loses an edit ----

ROOT = Path(__file__).resolve().parent.parent
GOOD_ID = "2024-saqscwyh-gzyd-1"  # one of content/plans, kept next to each hostile file
HEAD = "某市2024年安全生产工作要点\n一、总体要求\n"


def hostile_content(tmp_path: Path) -> Path:
    """A content folder with the registries, one good plan from content/plans and nothing else."""
    content = tmp_path / "content"
    (content / "plans").mkdir(parents=True)
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    shutil.copy(ROOT / "content" / "plans" / f"{GOOD_ID}.md", content / "plans")
    return content


def aliases_bomb() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefg", "bcdefgh"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


HOSTILE_PLANS = {
    # (file name, content): each must be refused with its own name, or built, never crash the build
    "deep-front-matter.md": "---\nid: deep\ntitle: " + "[" * 1000 + "]" * 1000 + "\n---\n" + HEAD + "1.做好工作。\n",
    "aliases.md": "---\nid: laughs\n" + aliases_bomb() + "---\n" + HEAD + "1.做好工作。\n",
    "self-alias.md": "---\nid: loop\na: &a [*a]\n---\n" + HEAD + "1.做好工作。\n",
    "long-id.md": "---\nid: " + "a" * 300 + "\n---\n" + HEAD + "1.做好工作。\n",
    "index-id.md": "---\nid: index\n---\n" + HEAD + "1.做好工作。\n",
    "sector-id.md": "---\nid: sector-kuangshan\n---\n" + HEAD + "1.做好工作。\n",
    "index-part-id.md": "---\nid: index-2\n---\n" + HEAD + "1.做好工作。\n",
    "random.txt": bytes(range(256)) * 3,
}
BUILT_PLANS = {
    # hostile but readable: each is published, and the build still ends without error
    "no-tasks.md": "某区2024年安全生产工作安排\n\n全区各部门要坚持安全第一,扎实做好全年安全生产工作。\n",
    "brackets-unit.md": HEAD + "1.做好工作(责任单位:市应急局" + "（）" * 1000 + ")。\n",
    "long-title.txt": "某市2024年" + "安全生产" * 80 + "工作要点\n一、总体要求\n1.做好工作。\n",
}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["timeout", "120", *plansite_command(), *args], capture_output=True, text=True, cwd=cwd)


def _errors(result: subprocess.CompletedProcess) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]


def _build_and_check(content: Path, docs: Path):
    from generator.commands.build import build
    from generator.commands.check import check

    return build(content, docs), check(content)


@pytest.mark.parametrize("name", list(HOSTILE_PLANS))
def test_a_hostile_plan_file_is_refused_by_name_and_the_others_are_published(tmp_path, name):
    content = hostile_content(tmp_path)
    data = HOSTILE_PLANS[name]
    (content / "plans" / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    built, checked = _build_and_check(content, tmp_path / "docs")
    mine = [e for e in built.errors if name in e]
    assert len(mine) == 1 and built.errors == mine, built.errors
    # check and build agree on what is an error (the build shows the path from the repository's root)
    assert [e.split(name, 1)[1] for e in checked.errors] == [e.split(name, 1)[1] for e in mine]
    assert (tmp_path / "docs" / "plans" / f"{GOOD_ID}.md").is_file()


@pytest.mark.parametrize("name", list(BUILT_PLANS))
def test_a_hostile_but_readable_plan_is_published_with_the_others(tmp_path, name):
    content = hostile_content(tmp_path)
    (content / "plans" / name).write_text(BUILT_PLANS[name], encoding="utf-8")
    built, checked = _build_and_check(content, tmp_path / "docs")
    assert built.errors == [] and checked.errors == []
    pages = {p.name for p in (tmp_path / "docs" / "plans").glob("*.md")}
    assert f"{GOOD_ID}.md" in pages and len(pages) == 3  # index, the good plan, this one
    assert all(len(p.encode()) <= 255 for p in pages)


def test_the_command_line_prints_no_traceback_for_any_hostile_plan(tmp_path):
    content = hostile_content(tmp_path)
    for name, data in {**HOSTILE_PLANS, **BUILT_PLANS}.items():
        (content / "plans" / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    built = _cli("build", "--content", "content", "--docs", "docs", cwd=tmp_path)
    checked = _cli("check", "--content", "content", cwd=tmp_path)
    for result in (built, checked):
        assert "Traceback" not in result.stderr and result.returncode == 1, result.stderr[-2000:]
    assert sorted(_errors(built)) == sorted(_errors(checked))
    assert {e.split(":")[1].strip().split("/")[-1] for e in _errors(built)} == set(HOSTILE_PLANS)
    assert len(list((tmp_path / "docs" / "plans").glob("*.md"))) == 2 + len(BUILT_PLANS)


def test_a_long_title_gives_a_bounded_id_that_two_titles_do_not_share():
    from generator.source.limits import MAX_ID
    from generator.slug import plan_id

    one, two = "某市2024年" + "安全生产" * 80 + "工作要点", "某市2024年" + "安全生产" * 81 + "工作要点"
    assert len(plan_id(one, 2024)) <= MAX_ID and plan_id(one, 2024) != plan_id(two, 2024)
    assert plan_id("市安全生产委员会2024年工作要点一", 2024) == "2024-saqscwyh-gzyd-1"  # short titles as before


@pytest.mark.parametrize("target", ["/etc/passwd", "/dev/zero"])
def test_a_link_out_of_content_is_refused_with_a_message(tmp_path, target):
    if not Path(target).exists():
        pytest.skip(f"no {target} here")
    content = hostile_content(tmp_path)
    (content / "plans" / "linked.txt").symlink_to(target)
    built = _cli("build", "--content", "content", "--docs", "docs", cwd=tmp_path)
    assert "Traceback" not in built.stderr and built.returncode == 1
    (error,) = _errors(built)
    assert "linked.txt" in error and "outside" in error
    assert not any("root" in p.read_text(encoding="utf-8") for p in (tmp_path / "docs").rglob("*.md"))
    assert (tmp_path / "docs" / "plans" / f"{GOOD_ID}.md").is_file()


def test_a_link_inside_content_is_read(tmp_path):
    content = hostile_content(tmp_path)
    (content / "archive").mkdir()
    (content / "archive" / "x.txt").write_text(HEAD + "1.做好工作。\n", encoding="utf-8")
    (content / "plans" / "x.txt").symlink_to(content / "archive" / "x.txt")
    from generator.source.corpus import load_corpus

    corpus = load_corpus(content)
    assert corpus.errors == [] and len(corpus.plans) == 2


@pytest.mark.parametrize("name, yaml_tail", [
    ("departments.yml", "- id: deep\n  name: " + "[" * 1000 + "]" * 1000 + "\n  kind: department\n"),
    ("departments.yml", "- id: " + "x" * 100 + "\n  name: 某局\n  kind: department\n"),
    ("sectors.yml", "- id: long\n  name: 长\n  kind: sector\n  words: [" + "长" * 1000 + "]\n"),
])
def test_a_hostile_registry_is_an_error_with_file_and_line(tmp_path, name, yaml_tail):
    content = hostile_content(tmp_path)
    registry = content / name
    registry.write_text(registry.read_text(encoding="utf-8") + yaml_tail, encoding="utf-8")
    lines = registry.read_text(encoding="utf-8").count("\n")
    for args in (("build", "--content", "content", "--docs", "docs"), ("check", "--content", "content")):
        result = _cli(*args, cwd=tmp_path)
        assert "Traceback" not in result.stderr and result.returncode != 0, result.stderr[-2000:]
        (error,) = [e for e in _errors(result) if name in e]
        line = int(re.search(rf"{name}:(\d+):", error).group(1))
        assert lines - 4 <= line <= lines, error


def test_into_or_docs_that_is_a_file_is_a_message(tmp_path):
    (tmp_path / "afile").write_text("x\n", encoding="utf-8")
    (tmp_path / "page.txt").write_text(HEAD + "1.做好工作。\n", encoding="utf-8")
    hostile_content(tmp_path)
    for args in (("import", "page.txt", "--into", "afile"), ("build", "--content", "content", "--docs", "afile"),
                 ("build", "--content", "afile", "--docs", "docs")):
        result = _cli(*args, cwd=tmp_path)
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
        assert "afile" in result.stderr and "is a file" in result.stderr
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "x\n"


def test_a_device_named_on_the_command_line_is_refused(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    for args in (("parse", str(link)), ("import", str(link), "--into", str(tmp_path / "out"))):
        result = _cli(*args, cwd=tmp_path)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert "zero.txt" in result.stderr and "not a regular file" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import generator.source.limits as limits

    path = write(tmp_path, "big.txt", (HEAD + "1.做好工作。\n" * 50).encode())
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 100)
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert err.value.path == str(path) and "limit" in err.value.message


def test_random_bytes_named_txt_are_called_binary(tmp_path):
    for seed in range(8):
        data = random.Random(seed).randbytes(200) + b"\x00\x00"
        with pytest.raises(PlansiteError) as err:
            read_file(write(tmp_path, f"r{seed}.txt", data))
        assert "binary" in err.value.message or "UTF-8" in err.value.message, err.value.message
        assert "utf-16" not in err.value.message


# --- documents: zip bombs, entities, table spans, nesting ----------------------------

def _docx(tmp_path: Path, name: str, change=None) -> Path:
    import zipfile

    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in HEAD.strip().split("\n") + ["1.做好工作(责任单位:市应急局)。"]:
        document.add_paragraph(line)
    plain = tmp_path / "plain.docx"
    document.save(plain)
    if change is None:
        return plain
    out = tmp_path / name
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, change(item.filename, zin.read(item.filename)))
    return out


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    # 60 MB of one letter packs into ~60 KB: a ratio of ~1000, where real Word XML packs about 10 to 1
    bomb = _docx(tmp_path, "bomb.docx", lambda name, data: data if name != "word/document.xml" else
                 data.replace(b"</w:body>", b"<w:p><w:r><w:t>" + b"a" * 60_000_000 + b"</w:t></w:r></w:p></w:body>"))
    with pytest.raises(PlansiteError) as err:
        read_file(bomb)
    assert err.value.path == str(bomb) and "zip bomb" in err.value.message


def test_a_docx_over_the_expansion_limit_is_refused(tmp_path, monkeypatch):
    import generator.source.formats.docx as docx_format

    plain = _docx(tmp_path, "plain.docx")
    monkeypatch.setattr(docx_format, "MAX_ARCHIVE_BYTES", 1000)
    with pytest.raises(PlansiteError) as err:
        read_file(plain)
    assert "unpacks to" in err.value.message and err.value.path == str(plain)


def test_a_docx_with_entities_is_refused_rather_than_losing_text(tmp_path):
    entity = _docx(tmp_path, "entity.docx", lambda name, data: data if name != "word/document.xml" else
                   data.replace(b"?>", '?><!DOCTYPE w:document [<!ENTITY u "市应急局">]>'.encode(), 1))
    with pytest.raises(PlansiteError) as err:
        read_file(entity)
    assert "entities" in err.value.message and err.value.path == str(entity)
    assert [t.number for t in parse_plan(read_file(_docx(tmp_path, "plain.docx"))[0]).tasks()] == [1]


def test_html_table_spans_past_the_limit_are_refused(tmp_path):
    rows = "".join("<tr>" + '<td colspan="100" rowspan="1000">市应急局</td>' * 5 + "</tr>" for _ in range(50))
    path = write(tmp_path, "spans.html", f"<html><body><h1>某市2024年安全生产工作要点</h1><p>一、总体要求</p>"
                                         f"<table>{rows}</table></body></html>".encode())
    with pytest.raises(PlansiteError) as err:
        read_file(path)
    assert err.value.path == str(path) and "cells" in err.value.message


@pytest.mark.parametrize("tag", ["div", "span", "font", 'div class="content"'])
def test_deeply_nested_html_reads_without_recursion(tmp_path, tag):
    close = tag.split()[0]
    page = (f"<html><body>{f'<{tag}>' * 3000}<p>某市2024年安全生产工作要点</p><p>一、总体要求</p>"
            f"<p>1.做好工作(责任单位:市应急局)。</p>{f'</{close}>' * 3000}</body></html>")
    (pt,) = read_file(write(tmp_path, "deep.html", page.encode()))
    assert [t.number for t in parse_plan(pt).tasks()] == [1]


# --- what reaches the pages and the open data ------------------------------------------

def test_bidi_controls_never_reach_a_page(tmp_path):
    from generator.commands.build import build

    content = hostile_content(tmp_path)
    bidi = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])
    (content / "plans" / "bidi.md").write_text(
        HEAD.replace("某市", "某市" + bidi) + f"1.做好{bidi}工作(责任单位:市{bidi}应急局)。\n", encoding="utf-8")
    departments = content / "departments.yml"
    departments.write_text(departments.read_text(encoding="utf-8") +
                           f"- id: bidi-unit\n  name: 市\u202e局测试\n  kind: department\n", encoding="utf-8")
    report = build(content, tmp_path / "docs")
    assert report.errors == []
    for page in (tmp_path / "docs").rglob("*"):
        if page.is_file() and page.suffix in (".md", ".json", ".csv"):
            text = page.read_text(encoding="utf-8-sig")
            assert not any(ch in text for ch in bidi), page


def test_csv_cells_that_start_like_a_formula_are_neutralised(tmp_path):
    import csv

    from generator.commands.build import build

    content = hostile_content(tmp_path)
    (content / "plans" / "formula.md").write_text(
        HEAD + '1.=HYPERLINK("http://x","y")做好工作(责任单位:=市应急局、+市公安局、-市消防救援支队、@市交通运输局)。\n',
        encoding="utf-8")
    build(content, tmp_path / "docs")
    with open(tmp_path / "docs" / "data" / "assignments.csv", encoding="utf-8-sig", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert cells and not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    assert "'=市应急局" in cells and "'+市公安局" in cells


def test_a_git_revision_starting_with_a_dash_is_not_an_option(tmp_path):
    (tmp_path / "p.txt").write_text(HEAD + "1.做好工作。\n", encoding="utf-8")
    result = _cli("diff", "--", f"--output={tmp_path / 'pwned'}:p.txt", "p.txt", cwd=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "not a git revision" in result.stderr
    assert not (tmp_path / "pwned").exists()


# --- the build only touches what it owns -------------------------------------------

def test_the_build_never_deletes_files_it_did_not_write(tmp_path, write_file):
    from generator.commands.build import build
    from generator.output.manifest import MANIFEST

    content, docs = hostile_content(tmp_path), tmp_path / "docs"
    outside = write_file("keep\n", "precious.txt")
    mine = {docs / "plans" / "notes.md", docs / "data" / "mine.csv", docs / "changes" / "log.md"}
    build(content, docs)
    for path in mine:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine\n", encoding="utf-8")
    # a manifest edited to name files outside docs/ (absolute, .., a link out)
    (docs / "plans" / "out.md").symlink_to(outside)
    manifest = docs / MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8") + f"{outside}\n../precious.txt\nplans/../../precious.txt\n"
                        "plans/out.md\n", encoding="utf-8")
    report = build(content, docs)
    assert outside.read_text(encoding="utf-8") == "keep\n"
    assert all(path.read_text(encoding="utf-8") == "mine\n" for path in mine)
    assert report.removed == []
    listed = manifest.read_text(encoding="utf-8").split()
    assert all(not Path(p).is_absolute() and ".." not in p.split("/") for p in listed)


def test_two_builds_at_once_both_finish_and_publish_everything(tmp_path):
    content = hostile_content(tmp_path)
    shutil.copytree(ROOT / "content" / "plans", content / "plans", dirs_exist_ok=True)
    single = tmp_path / "single"
    assert _cli("build", "--content", "content", "--docs", str(single), cwd=tmp_path).returncode == 0
    expected = {p.relative_to(single).as_posix() for p in single.rglob("*") if p.is_file()}
    runs = [subprocess.Popen(["timeout", "180", *plansite_command(), "build", "--content", "content", "--docs", "docs"],
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(run.wait(), run.stderr.read()) for run in runs]
    assert all(code == 0 and "Traceback" not in err for code, err in results), results
    docs = tmp_path / "docs"
    got = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()}
    assert got == expected
    assert not [p for p in docs.rglob("*.tmp")]


def test_a_second_build_waits_for_the_lock_and_stops_with_a_message(tmp_path):
    from generator.output.files import build_lock

    docs = tmp_path / "docs"
    with build_lock(docs):
        with pytest.raises(PlansiteError) as err:
            with build_lock(docs, wait=0.5):
                pass
    assert "another plansite build" in err.value.message
    with build_lock(docs, wait=0.5):  # released: the next build goes ahead
        pass


class _FlockAsMsvcrt:
    """msvcrt.locking's contract on one byte, over flock: LK_NBLCK raises OSError while another handle holds it.
    Lets the Windows branch of build_lock run here; on Windows the test below uses the real msvcrt."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        import fcntl

        assert nbytes == 1 and os.lseek(fd, 0, os.SEEK_CUR) == 0  # always the first byte
        if mode == self.LK_UNLCK:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(13, "Permission denied") from None  # what msvcrt raises for a held region


def test_the_windows_lock_waits_and_stops_the_same_way(tmp_path, monkeypatch):
    from generator.output import files

    if os.name != "nt":
        monkeypatch.setattr(files, "_locker", files._Msvcrt(_FlockAsMsvcrt()))
    assert isinstance(files._locker, files._Msvcrt)
    docs = tmp_path / "docs"
    with files.build_lock(docs):
        with pytest.raises(PlansiteError) as err:
            with files.build_lock(docs, wait=0.5):
                pass
    assert "another plansite build" in err.value.message
    with files.build_lock(docs, wait=0.5):
        pass


def test_a_build_that_is_killed_leaves_no_stale_lock(tmp_path):
    """The lock is the operating system's, held by the process: killed mid-build, it is released."""
    docs = tmp_path / "docs"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
                               "from generator.output.files import build_lock\n"
                               "with build_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(600)\n",
                               str(docs)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        from generator.output.files import build_lock

        with pytest.raises(PlansiteError):
            with build_lock(docs, wait=0.5):
                pass
    finally:
        holder.kill()
        holder.wait()
    with build_lock(docs, wait=5):
        pass


# --- import never loses an edit or a plan -----------------------------------------------

PAGE = ("某市2024年安全生产工作要点\n一、总体要求\n1.做好工作。\n2.做好工作二。\n"
        "某省2024年安全生产工作要点\n一、总体要求\n1.做好省工作。\n")


def _import_page(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    return _cli("import", "page.txt", "--into", "plans", *extra, cwd=tmp_path)


def test_plans_whose_ids_collide_get_distinct_ids_and_a_note(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE + "某市2024年安全生产工作要点\n一、总体要求\n1.又一个。\n", encoding="utf-8")
    result = _import_page(tmp_path)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "plans").glob("*.md"))
    assert len(files) == 3 and len(set(files)) == 3
    assert result.stdout.count("is held by") == 2
    again = _import_page(tmp_path)  # stable: each plan finds its own file again
    # one line per plan (the reading report under each is indented)
    assert [ln.split()[0] for ln in again.stdout.splitlines() if ln[:1].strip()] == ["unchanged"] * 3


def test_a_hand_edit_is_kept_when_the_same_document_is_imported_again(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    _import_page(tmp_path)
    (source,) = [p for p in (tmp_path / "plans").glob("*.md") if "某市" in p.read_text(encoding="utf-8")]
    edited = source.read_text(encoding="utf-8").replace("1.做好工作。", "1.做好工作(责任单位:市应急局)。")
    edited = edited.replace("year: 2024\n", "year: 2024\nlead: first\n")
    source.write_text(edited, encoding="utf-8")
    result = _import_page(tmp_path)
    assert result.returncode == 0 and f"kept plans/{source.name}" in result.stdout
    assert source.read_text(encoding="utf-8") == edited
    (plan,) = parse_file_plans(source)
    assert [a.name for a in plan.tasks()[0].assignments] == ["市应急局"]


def parse_file_plans(path: Path):
    return [parse_plan(pt) for pt in read_file(path)]


def test_an_edited_source_of_a_changed_document_stops_import_and_shows_the_difference(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    _import_page(tmp_path)
    (source,) = [p for p in (tmp_path / "plans").glob("*.md") if "某市" in p.read_text(encoding="utf-8")]
    edited = source.read_text(encoding="utf-8").replace("1.做好工作。", "1.做好工作(责任单位:市应急局)。")
    source.write_text(edited, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE.replace("做好工作二", "做好工作三"), encoding="utf-8")
    stopped = _import_page(tmp_path)
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr
    assert f"conflict plans/{source.name}" in stopped.stdout and "--force" in stopped.stdout
    assert "-1.做好工作(责任单位:市应急局)。" in stopped.stdout and "+2.做好工作三。" in stopped.stdout
    assert source.read_text(encoding="utf-8") == edited  # nothing written
    forced = _import_page(tmp_path, "--force")
    assert forced.returncode == 0 and ".bak" in forced.stdout
    assert (source.parent / (source.name + ".bak")).read_text(encoding="utf-8") == edited
    assert "做好工作三" in source.read_text(encoding="utf-8")


def test_a_front_matter_rule_survives_an_update_of_the_document(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    _import_page(tmp_path)
    (source,) = [p for p in (tmp_path / "plans").glob("*.md") if "某市" in p.read_text(encoding="utf-8")]
    source.write_text(source.read_text(encoding="utf-8").replace("year: 2024\n", "year: 2024\nlead: first\n"),
                      encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE.replace("做好工作二", "做好工作三"), encoding="utf-8")
    result = _import_page(tmp_path)
    assert result.returncode == 0 and f"updated plans/{source.name}" in result.stdout
    text = source.read_text(encoding="utf-8")
    assert "lead: first" in text and "做好工作三" in text


def test_the_header_import_read_follows_the_document_and_the_header_an_editor_corrected_stays(tmp_path):
    signed = "某市2024年安全生产工作要点\n一、总体要求\n1.做好工作。\n2.做好工作二。\n某市安全生产委员会办公室\n{}\n"
    (tmp_path / "page.txt").write_text(signed.format("2024年3月1日"), encoding="utf-8")
    _import_page(tmp_path)
    (source,) = (tmp_path / "plans").glob("*.md")
    assert "date: '2024-03-01'" in source.read_text(encoding="utf-8")
    corrected = source.read_text(encoding="utf-8").replace("name: 某市", "name: 某市本级")
    source.write_text(corrected, encoding="utf-8")
    (tmp_path / "page.txt").write_text(signed.format("2024年3月8日").replace("做好工作二", "做好工作三"),
                                       encoding="utf-8")
    result = _import_page(tmp_path)
    assert result.returncode == 0 and f"updated plans/{source.name}" in result.stdout
    text = source.read_text(encoding="utf-8")
    assert "date: '2024-03-08'" in text and "name: 某市本级" in text and "做好工作三" in text


def test_a_hand_written_source_that_import_would_change_is_not_overwritten(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    _import_page(tmp_path)
    (tmp_path / "plans" / ".plansite-import.json").unlink()  # as if written by hand, or by an older plansite
    (source,) = [p for p in (tmp_path / "plans").glob("*.md") if "某市" in p.read_text(encoding="utf-8")]
    source.write_text(source.read_text(encoding="utf-8").replace("做好工作二", "改过的"), encoding="utf-8")
    result = _import_page(tmp_path)
    assert result.returncode == 1 and "conflict" in result.stdout
    assert "改过的" in source.read_text(encoding="utf-8")


def test_lead_first_in_the_front_matter_makes_the_first_listed_unit_lead(tmp_path):
    body = HEAD + "1.做好工作(市应急局、市公安局)。\n"
    ruled = write(tmp_path, "ruled.md", f"---\nid: ruled\nlead: first\n---\n{body}".encode())
    plain = write(tmp_path, "plain.md", f"---\nid: plain\n---\n{body}".encode())
    roles = {path.name: [(a.name, a.role) for a in parse_plan(read_file(path)[0]).tasks()[0].assignments]
             for path in (ruled, plain)}
    assert roles["ruled.md"] == [("市应急局", "lead"), ("市公安局", "responsible")]
    assert roles["plain.md"] == [("市应急局", "responsible"), ("市公安局", "responsible")]
    unknown = write(tmp_path, "unknown.md", f"---\nid: u\nlead: last\n---\n{body}".encode())
    with pytest.raises(PlansiteError) as err:
        read_file(unknown)
    assert err.value.line == 3 and "lead: first" in err.value.message


# a plan forwarded by e-mail: every line quoted by `> ` (a blank line by a lone `>`), the text wrapped near 72
# columns, a name cut at a wrap; the attached table quoted twice (`>> `), its cells apart by tabs, a row wrapped
MAIL_QUOTED_PLAN = """转发：某县河道保洁工作方案

> 某县河道保洁工作方案
>
> 一、重点任务
> 　　1.开展河道垃圾清理。对县域河道开展“清河”行动，建立问题台账，实
> 行销号管理。（县水利局牵头，各
> 乡镇人民政府落实）
> 　　2.整治沿河排污口。对排污口开展排查溯源，做到应治尽治。（市生态环境局
> 某县分局牵头，县住房和城乡建设局配合）
"""


def test_a_plan_quoted_by_mail_reads_as_the_same_plan_unquoted(tmp_path):
    path = write(tmp_path, "plan.txt", MAIL_QUOTED_PLAN.encode())
    (pt,) = read_file(path)
    plan = parse_plan(pt)
    assert [(s.number, s.title) for s in plan.sections] == [("一", "重点任务")]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开展河道垃圾清理"), (2, "整治沿河排污口")]
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县水利局", "lead"), ("各乡镇人民政府", "implement")],
        [("市生态环境局某县分局", "lead"), ("县住房和城乡建设局", "support")]]
    # each line where it was written (a lone `>` a blank line), and every character of it in the model
    assert plan.tasks()[1].line == 9
    assert lost_text(pt, plan) is None


def test_a_table_quoted_twice_by_mail_is_read_as_a_table(tmp_path):
    text = ("> 某县河道保洁工作方案\n>\n> 附件：河道保洁任务分工表\n> On Mon, Mar 3, 2025 张某 wrote:\n>> 附件\n>>\n"
            ">> 河道保洁任务分工表\n>>\n>> 序号\t任务内容\t牵头单位\t配合单位\t完成时限\n"
            ">> 1\t清理河道漂浮物、岸坡垃圾和\n>> 沿岸杂物\t县水利局\t各乡镇人民政府\t5月底前\n"
            ">> 2\t整治沿河排污口\t县生态环境分局\t县住房和城乡建设局\t6月底前\n")
    tasks = [t for pt in read_file(write(tmp_path, "plan.txt", text.encode())) for t in parse_plan(pt).tasks()]
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in tasks] == [
        ("清理河道漂浮物、岸坡垃圾和沿岸杂物", [("县水利局", "lead"), ("各乡镇人民政府", "support")]),
        ("整治沿河排污口", [("县生态环境分局", "lead"), ("县住房和城乡建设局", "support")])]


def test_an_e_mail_signature_under_a_plan_is_no_text_of_it(tmp_path):
    """A mail's signature opens with its separator line `-- ` (RFC 3676) after a blank line and runs to the next blank
    line: the sender's name and office, no closing paragraph of the plan nor a unit of its last task."""
    text = ("某县河道保洁工作方案\n一、重点任务\n1.开展河道垃圾清理。（县水利局牵头）\n2.整治沿河排污口。（县生态环境分局负责）\n"
            "\n-- \n张某\n某县水利局河湖管理股\n\n各乡镇要抓好落实。\n")
    (pt,) = read_file(write(tmp_path, "plan.txt", text.encode()))
    plan = parse_plan(pt)
    assert plan.closing == "各乡镇要抓好落实。"
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县水利局", "lead")], [("县生态环境分局", "responsible")]]
    assert pt.lines[9] == "各乡镇要抓好落实。"  # the signature's lines kept blank: each line where it was written
    assert lost_text(pt, plan) is None


def test_what_looks_like_mail_furniture_but_is_plan_text_stays(tmp_path):
    """A `--` line over numbered items is no signature (the items are the plan's), and a cell opening with `>` before
    a figure (>95%) is a comparison, no quote mark: both stay text as written."""
    text = ("某县工作要点\n一、任务\n1.开展排查。（县应急局负责）\n\n--\n2.开展整治。（县住建局负责）\n"
            "3.满意度>95%，办结率\n>=98%。（县政府办负责）\n")
    (pt,) = read_file(write(tmp_path, "plan.txt", text.encode()))
    plan = parse_plan(pt)
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert ">=98%" in plan.tasks()[2].text
    assert lost_text(pt, plan) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", ["plan.xls", "plan.et", "plan.docx"])
def test_a_named_pipe_under_a_documents_name_is_refused_at_once(tmp_path, name):
    """A FIFO named as a document is no plan file: refused, naming it, before anything opens it (before: .xls and .et
    hung, opened to look for a sheet saved as text, waiting for a writer that never came)."""
    pipe = tmp_path / name
    os.mkfifo(pipe)
    script = ("import sys\nfrom generator.errors import PlansiteError\nfrom generator.source.read import read_file\n"
              "try:\n    read_file(sys.argv[1])\nexcept PlansiteError as e:\n    print(e)\n")
    done = subprocess.run([sys.executable, "-c", script, str(pipe)], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == f"{pipe}: is not a regular file; name a plan file"
