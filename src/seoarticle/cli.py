"""Command line: a thin layer over `seoarticle.rewrite`.

Data goes to stdout (or -o FILE), messages and the report to stderr. User
errors give one line and exit 2; a failed check under --strict exits 1.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .atomic import write_atomic
from .errors import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn a raw French news text into an SEO article, faithfully.")


def _version(value: bool):
    if value:
        typer.echo(f"seoarticle {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version.")):
    pass


def fail(message: str, code: int = 2) -> None:
    sys.stderr.write(f"seoarticle: error: {message}\n")
    raise typer.Exit(code)


def read_input(path: Optional[str]) -> str:
    from .reader import load

    if path in (None, "-"):
        if sys.stdin.isatty():
            fail("no input: give a file path, or pipe a text on stdin (cat depeche.txt | seoarticle rewrite)")
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            fail(f"{path}: no such file; check the path")
        if p.is_dir():
            fail(f"{path}: is a folder; give a text file")
        try:
            data = p.read_bytes()
        except OSError as exc:
            fail(f"{path}: cannot be read ({exc.strerror}); check its permissions")
    return load(data, None if path in (None, "-") else path)


def _check_output(output: Path, input_path: Optional[str]) -> None:
    if output.is_dir():
        fail(f"{output}: is a folder; give a file name for the article")
    if not output.parent.exists():
        fail(f"{output.parent}: no such folder; create it first")
    if not os.access(output.parent, os.W_OK):
        fail(f"{output.parent}: not writable; choose another output path")
    if input_path not in (None, "-") and output.exists() and output.resolve() == Path(input_path).resolve():
        fail(f"{output}: is the input file; choose another output path so the draft is kept")


@app.command()
def rewrite(
    path: Optional[str] = typer.Argument(None, help="French news text (UTF-8); '-' or nothing for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the article here instead of stdout."),
    keyword: Optional[str] = typer.Option(None, "--keyword", "-k", help="Focus keyphrase (chosen from the text otherwise)."),
    min_words: int = typer.Option(700, "--min-words", min=1, help="Body words to reach."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when a check fails or the article falls short."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No report on stderr."),
    report_json: Optional[Path] = typer.Option(None, "--report-json", help="Write the report as JSON to this file."),
):
    """Rewrite a French news text as an SEO article (Markdown on stdout)."""
    from .model import Options

    if output is not None:
        _check_output(output, path)
    if report_json is not None and report_json.is_dir():
        fail(f"{report_json}: is a folder; give a file name for the JSON report")
    options = Options(keyword=keyword, min_words=min_words, strict=strict, quiet=quiet,
                      output=output, report_json=report_json)
    try:
        text = read_input(path)
        from .nlp import prime

        prime()  # before the stages' imports: their patterns may come from the cache (see fastload)
        from .api import rewrite as run

        result = run(text, options)
    except InputError as exc:
        fail(str(exc))
        return
    if output is not None:
        write_atomic(output, result.markdown)
    else:
        sys.stdout.write(result.markdown)
        sys.stdout.flush()
    data = result.report.to_dict()
    if report_json is not None:
        write_atomic(report_json, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    if not quiet:
        from .report import print_report

        print_report(data)
    short = bool(result.article.notes)
    if strict and (result.report.failed or short):
        raise typer.Exit(1)


@app.command()
def check(
    path: Optional[str] = typer.Argument(None, help="Markdown article, with or without front matter; '-' or nothing for stdin."),
    keyword: Optional[str] = typer.Option(None, "--keyword", "-k", help="Focus keyphrase (the front matter's, or chosen from the article, otherwise)."),
    source: Optional[str] = typer.Option(None, "--source", help="The text the article was written from: compare numbers, dates, names and quotations."),
    min_words: int = typer.Option(700, "--min-words", min=1, help="Body words the article should have."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when a check fails."),
):
    """Check a Markdown article: SEO, structure, French readability, facts (report on stdout)."""
    if path in (None, "-") and source == "-":
        fail("--source - and the article cannot both come from stdin; give one of them as a file")
    if path in (None, "-") and sys.stdin.isatty():
        fail("no input: give the article's path, or pipe it on stdin (cat article.md | seoarticle check)")
    md = read_input(path)
    src = read_input(source) if source is not None else None
    if not md.strip():
        fail(f"{path if path not in (None, '-') else 'stdin'}: the article is empty")
    from .checks import run_checks

    try:
        report = run_checks(md, keyword=keyword, min_words=min_words, source=src)
    except InputError as exc:
        fail(str(exc))
        return
    data = report.to_dict()
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from .report import print_report

        print_report(data, sys.stdout, title="seoarticle check")
    sys.stdout.flush()
    if strict and report.failed:
        raise typer.Exit(1)


def main() -> None:
    # numpy's OpenBLAS starts one thread per core when imported (about 50 ms of
    # CPU per run here); spaCy's models compute with blis, never with it.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("seoarticle: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
