"""Command line: a thin layer over `seoarticle.rewrite`.

Data goes to stdout (or -o FILE), messages and the report to stderr. User
errors give one line and exit 2; a failed check under --strict exits 1.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .atomic import check_output, write_atomic
from .errors import InputError
from .model import DEFAULT_MAX_WORDS
from .streams import ClosedStream, Forgiving, quiet_stdout

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]},
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


@contextmanager
def _to_stdout(hint: str = "redirect it to a disk with room"):
    """Writes to stdout, whose failure (a full disk, an I/O error) is a
    one-line error: the stream is then pointed at /dev/null, so that
    Python's last flush at exit fails no more. A closed pipe (« | head »)
    is no error: the rest goes to /dev/null, and the command goes on to its
    report and its exit code (« --strict | head -1 » still exits 1 on a
    failed check)."""
    try:
        yield
    except BrokenPipeError:
        quiet_stdout()
    except OSError as exc:
        quiet_stdout()
        fail(f"standard output cannot be written ({exc.strerror or exc}); {hint}")


def read_bytes(path: Optional[str], max_words: int = 0, input_format: Optional[str] = None) -> bytes:
    """The raw bytes of a path, or of stdin for None or '-'. With
    `max_words`, one too large to hold that many words is refused: a
    regular file (stdin too, when it is one) by its size, unread
    (`reader.too_large`); anything else (a pipe, « /dev/stdin », « <(…) »)
    is read up to the size of markup's limit, and no further."""
    if path in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            fail("no input: give a file path, or pipe a text on stdin (cat depeche.txt | seoarticle rewrite)")
        try:
            return _read(sys.stdin.buffer, "standard input", "", max_words, input_format)
        except OSError as exc:
            fail(f"standard input: cannot be read ({exc.strerror or exc})")
    p = Path(path)
    if not p.exists():
        fail(f"{path}: no such file; check the path")
    if p.is_dir():
        fail(f"{path}: is a folder; give a file")
    try:
        if stat.S_ISREG(p.stat().st_mode):
            if max_words:
                _size_check(p.stat().st_size, path, p.name, max_words, input_format)
            return p.read_bytes()
        with open(p, "rb") as fh:  # (a pipe, a device: read up to the cap)
            return _read(fh, path, p.name, max_words, input_format)
    except OSError as exc:
        fail(f"{path}: cannot be read ({exc.strerror or exc}); check its permissions")
    raise AssertionError  # fail() never returns


def _read(fh, where: str, name: str, max_words: int, input_format: Optional[str]) -> bytes:
    """`read_bytes` of an open binary stream (see there); OSError when it
    cannot be read."""
    from .reader import size_limit, thousands

    if not max_words:
        return fh.read()
    try:
        st = os.fstat(fh.fileno())
    except (OSError, ValueError, AttributeError):
        st = None
    if st is not None and stat.S_ISREG(st.st_mode):
        try:
            size = st.st_size - os.lseek(fh.fileno(), 0, os.SEEK_CUR)  # (stdin may be a file half read)
        except OSError:
            size = st.st_size
        _size_check(size, where, name, max_words, input_format)
        return fh.read()
    cap = size_limit("markup", max_words)  # (a pipe does not say what it holds: markup's limit)
    data = fh.read(cap + 1)
    if len(data) > cap:
        fail(f"{where}: over {cap / (1 << 20):.1f} MiB, too large for --max-words {thousands(max_words)}; "
             "split it, or raise the limit with --max-words")
    return data


def _size_check(size: int, where: str, name: str, max_words: int, input_format: Optional[str]) -> None:
    """Refuse, unread, a regular file of `size` bytes too large for `max_words`."""
    from .reader import too_large

    # (« --from html » is markup whatever the file's name)
    refused = too_large(size, f"{name}.{input_format}" if input_format in ("html", "docx") else name, max_words)
    if refused:
        fail(f"{where}: {refused}")


def _name(path: Optional[str]) -> Optional[str]:
    return None if path in (None, "-") else path


def _write(path: Path, data: str) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        fail(f"{path}: cannot be written ({exc.strerror or exc}); nothing was changed there; choose another output path")


FORMAT_HELP = "Input format: txt, md, html or docx (detected from the content and the extension otherwise)."

# The options of a rewrite, defined once: `rewrite` and `batch` take the same.
Keyword = Annotated[Optional[str], typer.Option("--keyword", "-k", metavar="PHRASE", help="Focus keyphrase, made of the text's words (the input's front matter's, or chosen from the text, otherwise).")]
MinWords = Annotated[int, typer.Option("--min-words", min=1, metavar="N", help="Body words to reach.")]
InputFormat = Annotated[Optional[str], typer.Option("--from", help=FORMAT_HELP, metavar="txt|md|html|docx")]
ForceLang = Annotated[bool, typer.Option("--force-lang", help="Go on with a text that does not look French.")]
MaxWords = Annotated[int, typer.Option("--max-words", min=0, metavar="N", help="Refuse inputs longer than this (0: no limit).")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit 1 when a check fails or an article falls short.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No report on stderr (a batch: only its failures).")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", help="Worker processes of a batch (default: the CPUs available).", show_default=False)]
Force = Annotated[bool, typer.Option("--force", help="A batch: convert every input again, even those up to date.")]


@app.command(short_help="Rewrite a French news text as an SEO article.")
def rewrite(
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="FILE", help="French news text: plain text, Markdown, HTML or .docx; '-' or nothing for stdin. Several files: give -o FOLDER/.", show_default=False)] = None,
    out: Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write the article here instead of stdout ('-': stdout; a folder, ending with '/', for several inputs).")] = None,
    keyword: Keyword = None,
    min_words: MinWords = 700,
    input_format: InputFormat = None,
    force_lang: ForceLang = False,
    max_words: MaxWords = DEFAULT_MAX_WORDS,
    strict: Strict = False,
    quiet: Quiet = False,
    report_json: Annotated[Optional[str], typer.Option("--report-json", metavar="FILE", help="Write the report as JSON to this file ('-': stdout, with the article in a file by -o; a file named '-': ./-).")] = None,
    jobs: Jobs = None,
    force: Force = False,
):
    """Rewrite a French news text as an SEO article (Markdown on stdout)."""
    from .model import Options

    _check_format(input_format)
    if jobs is not None and jobs < 1:  # (one input makes no batch, but the value is wrong all the same)
        fail(f"--jobs {jobs}: give 1 or more worker processes")
    paths = paths or []
    # « -o - » is stdout, as « - » is stdin (a file named « - »: « -o ./- »).
    output = Path(out) if out is not None and out != "-" else None
    if len(paths) > 1 or (out is not None and out.endswith(("/", os.sep)) and len(paths) == 1):
        if "-" in paths:
            fail("stdin (-) cannot be one of several inputs; give files")
        if output is None:
            fail("several inputs need an output folder: -o FOLDER/")
        if report_json is not None:
            if len(paths) > 1:
                fail(f"--report-json: with several inputs, each article's figures go to {output}/report.jsonl; "
                     "leave --report-json out")
            fail(f"--report-json: with -o FOLDER/, the article's figures go to {output}/report.jsonl; "
                 "for one input, give -o FILE")
        from .batch import files_as_inputs

        options = Options(keyword=keyword, min_words=min_words, strict=strict, quiet=quiet, input_format=input_format,
                          force_lang=force_lang, max_words=max_words)
        _run_batch(files_as_inputs(paths), None, output, options, jobs, force)
        return
    path = paths[0] if paths else None
    note = None
    if force or jobs is not None:  # (a batch's options: one input makes no batch)
        both = force and jobs is not None
        given = "--force and --jobs" if both else "--force" if force else "--jobs"
        # (Said once the article is written, with the report: a run that fails says its error alone, c1-5.)
        note = (f"seoarticle: note: {given} only {'change' if both else 'changes'} a batch (several "
                f"inputs, or -o FOLDER/); with one input {'they do' if both else 'it does'} nothing\n")
    # « --report-json - »: the report on stdout, when the article goes to a file
    # (the bare « - » only, as for -o: « ./- » is a file named « - »).
    json_out = report_json == "-"
    if json_out:
        if output is None:
            fail("--report-json -: the article is already on stdout; write it to a file with -o, "
                 "or the report to a file")
        report_json = None
    report_json = Path(report_json) if report_json is not None else None
    try:
        if output is not None:
            check_output(output, (path,))
        if report_json is not None:
            check_output(report_json, (path,), what="the JSON report")
            if output is not None and report_json.resolve() == output.resolve():
                fail(f"{report_json}: is also the article's output; give the report another name")
    except InputError as exc:
        fail(str(exc))
    options = Options(keyword=keyword, min_words=min_words, strict=strict, quiet=quiet, output=output,
                      report_json=report_json, input_format=input_format, force_lang=force_lang,
                      max_words=max_words)
    data = read_bytes(path, max_words, input_format)
    try:
        from .nlp import prime

        prime()  # before the stages' imports: their patterns may come from the cache (see fastload)
        from .api import rewrite as run
        from .reader import load

        result = run(load(data, _name(path), options), options)
    except InputError as exc:
        fail(f"{path}: {exc}" if _name(path) else str(exc))
        return
    if output is not None:
        _write(output, result.markdown)
    else:
        with _to_stdout("write the article with -o to a disk with room"):
            sys.stdout.write(result.markdown)
            sys.stdout.flush()
    report = result.report.to_dict()
    if report_json is not None:
        _write(report_json, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    elif json_out:
        with _to_stdout():
            sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
            sys.stdout.flush()
    if note:  # (under -q too: it is about the options given, not the report)
        sys.stderr.write(note)
    if not quiet:
        from .report import print_report

        print_report(report)
    short = bool(result.article.notes)
    if strict and (result.report.failed or short):
        raise typer.Exit(1)


@app.command(short_help="Convert every text of a folder into an article.")
def batch(
    in_dir: Annotated[Path, typer.Argument(metavar="IN_DIR", help="Folder of French news texts, searched recursively.", show_default=False)],
    out_dir: Annotated[Path, typer.Argument(metavar="OUT_DIR", help="Folder of the articles (created): OUT_DIR/<relative path>.md, report.jsonl.", show_default=False)],
    glob: Annotated[Optional[list[str]], typer.Option("--glob", "-g", metavar="GLOB", help="Inputs to take, by name (repeatable; default: *.txt *.md *.html *.docx).", show_default=False)] = None,
    keyword: Keyword = None,
    min_words: MinWords = 700,
    input_format: InputFormat = None,
    force_lang: ForceLang = False,
    max_words: MaxWords = DEFAULT_MAX_WORDS,
    strict: Strict = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    force: Force = False,
):
    """Convert every text of a folder into an article (resumable; see report.jsonl)."""
    from .batch import DEFAULT_GLOBS
    from .model import Options

    _check_format(input_format)
    options = Options(keyword=keyword, min_words=min_words, strict=strict, quiet=quiet, input_format=input_format,
                      force_lang=force_lang, max_words=max_words)
    _run_batch(None, in_dir, out_dir, options, jobs, force, tuple(glob or DEFAULT_GLOBS))


def _run_batch(inputs: Optional[list], in_dir: Optional[Path], out_dir: Path, options, jobs: Optional[int],
               force: bool, globs: tuple[str, ...] = ()) -> None:
    """The batch path of `batch` (the inputs found in `in_dir`) and of
    `rewrite` with several inputs (`inputs` given)."""
    from .batch import UsageError, check_folders, discover, run
    from .progress import events, print_summary

    if jobs is not None and jobs < 1:
        fail(f"--jobs {jobs}: give 1 or more worker processes")
    try:
        check_folders(in_dir, out_dir)
    except UsageError as exc:
        fail(str(exc))
    if inputs is None:
        inputs = discover(in_dir, globs, out_dir)
        if not inputs:  # (nothing to do: the folder's index and manifest stay as they are)
            sys.stderr.write(f"seoarticle batch: no file under {in_dir} matches "
                             f"{' '.join(globs)}; check the folder and --glob\n")
            return
    try:
        summary = run(inputs, out_dir, options, jobs=jobs or _cpus(), force=force, events=events(options.quiet))
    except UsageError as exc:
        fail(str(exc))
        return
    if not options.quiet:
        print_summary(summary, out_dir)
    if summary.interrupted:
        raise typer.Exit(130)
    if options.strict and summary.unchecked():
        edited = summary.unchecked()
        sys.stderr.write(f"seoarticle batch: --strict: {len(edited)} article{'s' if len(edited) > 1 else ''} edited "
                         f"since written, not checked as {'they are' if len(edited) > 1 else 'it is'} "
                         f"({', '.join(edited[:3])}{', …' if len(edited) > 3 else ''}): this fails --strict; "
                         "check them with seoarticle check, or --force to redo them\n")
    if summary.failed or (options.strict and summary.strict_failures()):
        raise typer.Exit(1)


def _cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _check_format(input_format: Optional[str]) -> None:
    from .reader import FORMATS

    if input_format is not None and input_format not in FORMATS:
        fail(f"--from {input_format}: unknown format; use one of {', '.join(FORMATS)}")


@app.command(short_help="Check a Markdown article (SEO, readability, facts).")
def check(
    path: Optional[str] = typer.Argument(None, metavar="FILE", help="Markdown article, with or without front matter; '-' or nothing for stdin."),
    keyword: Optional[str] = typer.Option(None, "--keyword", "-k", metavar="PHRASE", help="Focus keyphrase (the front matter's, or chosen from the article, otherwise)."),
    source: Optional[str] = typer.Option(None, "--source", metavar="FILE", help="The text the article was written from (text, Markdown, HTML or .docx): compare numbers, dates, names and quotations."),
    source_format: Optional[str] = typer.Option(None, "--source-from", help="Format of --source: txt, md, html or docx (detected otherwise).", metavar="txt|md|html|docx"),
    min_words: int = typer.Option(700, "--min-words", min=1, metavar="N", help="Body words the article should have."),
    max_words: MaxWords = DEFAULT_MAX_WORDS,
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when a check fails."),
):
    """Check a Markdown article: SEO, structure, French readability, facts (report on stdout)."""
    from .model import Options

    _check_format(source_format)
    if path in (None, "-") and source == "-":
        fail("--source - and the article cannot both come from stdin; give one of them as a file")
    if path in (None, "-") and (sys.stdin is None or sys.stdin.isatty()):
        fail("no input: give the article's path, or pipe it on stdin (cat article.md | seoarticle check)")
    where = _name(path) or "standard input"  # (as read_bytes names it: c1-11)
    from .reader import over_word_limit

    # The limits of rewrite: a file too large is refused unread, a text
    # over --max-words before any parse.
    try:
        from .decoding import decode

        md = decode(read_bytes(path, max_words)).text
        refused = over_word_limit(md, max_words)
        if refused:
            raise InputError(refused.replace("the input", "the article", 1))
    except InputError as exc:
        fail(f"{where}: {exc}")
        return
    src = None
    if source is not None:
        from .reader import load

        try:
            src = str(load(read_bytes(source, max_words, source_format), _name(source),
                           Options(input_format=source_format)))
            refused = over_word_limit(src, max_words)
            if refused:
                raise InputError(refused.replace("the input", "the source", 1))
        except InputError as exc:
            fail(f"{_name(source) or 'standard input'}: {exc}")
    if not md.strip():
        fail(f"{where}: the article is empty; give the Markdown article to check")
    from .checks import run_checks

    try:
        report = run_checks(md, keyword=keyword, min_words=min_words, source=src)
    except InputError as exc:
        fail(str(exc))
        return
    data = report.to_dict()
    with _to_stdout():
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
    from .nlp import tune_gc

    tune_gc()  # first: the imports of spaCy and of the stages gain too
    if sys.stdout is None:  # (started with stdout closed, « >&- »: a write is then an error, said in one line)
        sys.stdout = ClosedStream()
    # Messages that cannot be written (« 2>/dev/full », « 2>&- ») are lost,
    # and change nothing else: not the exit code, not the run.
    sys.stderr = Forgiving(sys.stderr)
    # The click that typer runs on (its own copy in recent versions): its
    # exceptions, from typer's BadParameter.
    click_errors = {c.__name__: c for c in typer.BadParameter.__mro__}
    args = sys.argv[1:]
    if args[:1] == ["help"]:  # « seoarticle help [COMMAND] », as many tools take it
        if len(args) > 2:  # (c1-13: the rest was dropped without a word)
            sys.stderr.write(f"seoarticle: error: help takes one command, not {len(args) - 1} "
                             f"({' '.join(args[1:])}); give one: seoarticle help {args[1]}\n")
            sys.exit(2)
        args = [*args[1:2], "--help"]
    try:
        code = app(args=args, prog_name="seoarticle", standalone_mode=False)
    except SystemExit as exc:
        # click's own end for a closed pipe on stdout (EPIPE: it wraps stdout
        # and exits 1), as the help or the version reach it: no error (c1-9).
        if exc.code == 1 and type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
            quiet_stdout()
            sys.exit(0)
        raise
    except click_errors["ClickException"] as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # no command at all: the help, as always
            exc.show()
        else:  # a usage error: one line, like every other error
            ctx = getattr(exc, "ctx", None)
            command = f"seoarticle {ctx.info_name}" if ctx is not None and ctx.parent is not None else _command_asked()
            message = _no_such_option(exc, ctx) if type(exc).__name__ == "NoSuchOption" else exc.format_message()
            sys.stderr.write(f"seoarticle: error: {_one_line(message)} (see '{command} --help')\n")
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.stderr.write("seoarticle: aborted\n")
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("seoarticle: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:  # (the help or the version on a full or closed stdout: the rest is caught where written)
        quiet_stdout()
        sys.stderr.write(f"seoarticle: error: standard output cannot be written ({exc.strerror or exc}); "
                         "redirect it to a disk with room\n")
        sys.exit(2)
    sys.exit(code or 0)


def _no_such_option(exc, ctx) -> str:
    """« No such option: --x », with the options of the command whose name
    is close (click's suggestions are loose: « --bogus » got « --jobs »), or
    the command that has it (« --glob » of rewrite is batch's)."""
    import difflib

    name = exc.option_name
    message = f"No such option: {name}"
    command = getattr(ctx, "command", None)
    if command is None:
        return message
    own = [o for p in command.params for o in (*getattr(p, "opts", ()), *getattr(p, "secondary_opts", ()))
           if o.startswith("--")]
    close = difflib.get_close_matches(name.lstrip("-"), [o[2:] for o in own], n=2, cutoff=0.6)
    if close:
        return f"{message}; did you mean {' or '.join('--' + c for c in close)}?"
    parent = getattr(getattr(ctx, "parent", None), "command", None)
    others = [n for n, c in sorted(getattr(parent, "commands", {}).items())
              if c is not command and any(name in getattr(p, "opts", ()) for p in c.params)]
    if others:
        return f"{message}; it is an option of {' and '.join(f'seoarticle {o}' for o in others)}"
    return message


def _command_asked() -> str:
    """« seoarticle COMMAND » of the command line, when an error came before
    click knew it (« seoarticle rewrite a.txt -o »: an option missing its
    value); else « seoarticle »."""
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    first = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    return f"seoarticle {first}" if first in names else "seoarticle"


def _one_line(message: str) -> str:
    return " ".join(message.split())
