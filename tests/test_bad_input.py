"""Bad input gets a clear error naming file and line; odd but valid input reads as well as clean input; nothing is lost.

Issue 6. Everything goes through the public interfaces: the `plansite` command
(run as a real subprocess, so a traceback would show on stderr), and
`generator.read.read_file`, `generator.parse.parse_text` / `parse_plan`,
`generator.check.lost_text`.
"""
from __future__ import annotations

import copy
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.check import lost_text
from generator.errors import PlansiteError
from generator.model import to_dict
from generator.parse import parse_plan, parse_text
from generator.read import read_file

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
