"""The `plansite` command: import | parse | check | build | diff (click, for typed options and help text).

Exit codes: 0 done; 1 bad data (a file or registry the command cannot use, or --strict warnings);
2 a usage error (click's own: unknown option, missing argument). `python -m generator.commands.cli` runs it too.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import PlansiteError
from ..model import to_dict


@click.group()
@click.version_option(package_name="plansite")
def main() -> None:
    """Publish government work plans as a cross-linked MkDocs site."""


EXIT_BAD_DATA = 1  # click.UsageError exits with 2


def _say(kind: str, lines) -> None:
    """Problems on stderr, one per line, each led by its kind (error, warning, info, note)."""
    for line in lines:
        click.echo(f"{kind}: {line}", err=True)


def _fail(error: PlansiteError) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_BAD_DATA)


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--into", "into", default=Path("content/plans"), type=click.Path(path_type=Path), show_default=True,
              help="folder the plan sources are written to")
@click.option("--force", is_flag=True, help="overwrite plan sources edited by hand (the old file is kept as .bak)")
def import_cmd(files: tuple[Path, ...], into: Path, force: bool) -> None:
    """Split pages or files into one plan source per plan (YAML front matter + the text as published)."""
    from .importer import import_file

    conflicts = 0
    try:
        for path in files:
            done_all = import_file(path, into, force=force)
            readings = _readings([done for done in done_all if done.status != "conflict"], into)
            for done in done_all:
                click.echo(done.line())
                for line in readings.get(done.path, ()):
                    click.echo("  " + line)
                if done.diff:
                    click.echo(done.diff)
                conflicts += done.status == "conflict"
    except PlansiteError as e:
        _fail(e)
    if conflicts:
        click.echo(f"error: {conflicts} plan source(s) edited by hand were not overwritten (see above)", err=True)
        sys.exit(1)


def _readings(done_all: list, into: Path) -> dict[Path, list[str]]:
    """What the reader made of each plan source one import wrote, read together as the site reads them (an attached
    table's source is read into the plan it is part of); registry: the folder above plans/. Each done's `notes` are
    what the table reader said reading the document the plan came from."""
    from .check import lost_text, reading_lines
    from ..parse import parse_plans
    from ..source.read import read_file

    texts = {done.path: read_file(done.path) for done in done_all}
    file_of = {id(pt): done for done in done_all for pt in texts[done.path]}
    read = parse_plans([pt for found in texts.values() for pt in found])
    from ..resolve import load_registry, resolve

    resolved = True
    try:
        resolve([plan for _, plan in read], load_registry(Path(into).parent))
    except PlansiteError:
        resolved = False  # no registry beside the plans folder: units are not checked
    out: dict[Path, list[str]] = {}
    for pt, plan in read:
        for line, text in file_of[id(pt)].notes or ():
            plan.table_note(line, text)
        out.setdefault(file_of[id(pt)].path, []).extend(reading_lines(plan, lost_text(pt, plan), resolved))
    for done in done_all:
        if done.path not in out:  # read into another plan: its rows gave that plan's tasks their units
            owner = next((pt.meta.get("part_of") for pt in texts[done.path] if pt.meta.get("part_of")), "")
            out[done.path] = [f"part of plan '{owner}': its rows give that plan's tasks their units (see its reading)"]
    return out


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the model as JSON (DESIGN.md)")
def parse(file: Path, as_json: bool) -> None:
    """Print the model of every plan in FILE: a readable outline, or JSON."""
    from .outline_text import outline
    from ..source.corpus import parse_file

    try:
        plans = parse_file(file)
    except PlansiteError as e:
        _fail(e)
    if as_json:
        json.dump({"plans": [to_dict(p) for p in plans]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for plan in plans:
            click.echo(outline(plan))


@main.command()
@click.option("--content", default=Path("content"), type=click.Path(path_type=Path), show_default=True)
@click.option("--strict", is_flag=True, help="warnings fail the check too")
@click.option("--config", "config_file", default=Path("mkdocs.yml"), type=click.Path(path_type=Path),
              show_default=True, help="the plansite plugin's page sizes there apply, as in `plansite build` "
                                      "(where a long duty sheet goes on decides a page clash); ignored if missing")
def check(content: Path, strict: bool, config_file: Path) -> None:
    """Report every problem of the plans and registries at once; its errors are those of `plansite build`."""
    from .check import check as run_check

    try:
        report = run_check(content, _plugin_settings(config_file))
    except PlansiteError as e:
        _fail(e)
    for line in report.readings:
        click.echo(line)
    _say("error", report.errors)
    _say("warning", report.warnings)
    _say("info", report.accepted)
    click.echo(f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.accepted)} accepted")
    if report.errors or (strict and report.warnings):
        sys.exit(1)


@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--content", default=Path("content"), type=click.Path(path_type=Path), show_default=True,
              help="where departments.yml is, to compare units rather than spellings")
def diff(old: str, new: str, content: Path) -> None:
    """Compare two versions of a plan. OLD and NEW are [REV:]PATH[#N]: a file, a file at a git revision, its Nth plan."""
    from ..analysis.diff import diff_plans
    from .diff_text import describe
    from ..source.versions import load_version

    try:
        before, after = load_version(old), load_version(new)
    except PlansiteError as e:
        _fail(e)
    _resolve_quietly([before, after], content)
    click.echo(describe(diff_plans(before, after)))


def _resolve_quietly(plans, content: Path) -> None:
    from ..resolve import load_registry, resolve

    try:
        resolve(plans, load_registry(content))
    except PlansiteError:
        pass  # without a registry, units are compared by how they are written


@main.command("build")
@click.option("--content", default=Path("content"), type=click.Path(path_type=Path), show_default=True,
              help="folder holding plans/, departments.yml and sectors.yml")
@click.option("--docs", default=Path("docs"), type=click.Path(path_type=Path), show_default=True,
              help="folder the Markdown pages and open data are written to (MkDocs' docs_dir)")
@click.option("--config", "config_file", default=Path("mkdocs.yml"), type=click.Path(path_type=Path),
              show_default=True, help="the plansite plugin's options there (page sizes, similar tasks) apply, "
                                      "so the pages are those `mkdocs build` writes; ignored if the file is missing")
def build_cmd(content: Path, docs: Path, config_file: Path) -> None:
    """Write the site's pages and open data from the plan sources; only changed files are rewritten."""
    from .build import build

    try:
        report = build(content, docs, progress=True, settings=_plugin_settings(config_file))
    except PlansiteError as e:
        _fail(e)
    _say("warning", report.warnings)
    _say("error", report.errors)
    _say("note", report.notes)
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)



def _plugin_settings(config_file: Path):
    """The Settings of the plansite plugin as mkdocs.yml declares it; None without the file or the plugin."""
    if not config_file.is_file():
        return None
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from ..config import settings

    try:
        config = load_config(str(config_file))
        plugin = config.plugins.get("plansite")
        return settings(plugin.config) if plugin is not None else None
    except (Abort, ConfigurationError, ValueError) as err:  # MkDocs has logged what is wrong
        raise PlansiteError(f"the plansite plugin's options are not usable: {err}", str(config_file)) from None


if __name__ == "__main__":
    main()
