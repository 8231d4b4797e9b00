"""What a batch shows on stderr: a rich progress bar on a terminal, one
plain line per file otherwise, only the failures with --quiet; then a
summary (a rich table on a terminal, plain lines otherwise)."""

from __future__ import annotations

import sys
import time

from .batch import INDEX, Summary


def _line(rec: dict) -> str:
    if rec["status"] == "failed":
        return f"FAILED {rec['path']}: {rec['error']}"
    if rec["status"] == "skipped":
        return f"skipped {rec['path']} ({rec.get('why') or 'up to date'})"
    return f"ok {rec['path']}  {rec['words_in']} -> {rec['words_out']} words"


class Lines:
    """One plain line per file (failures only when `quiet`)."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet

    def start(self, total: int, todo: int) -> None:
        pass

    def file(self, rec: dict) -> None:
        if not self.quiet or rec["status"] == "failed":
            self.stream.write(_line(rec) + "\n")
            self.stream.flush()

    known = file

    def close(self) -> None:
        pass


class Bar:
    """A rich progress bar over the files to convert: files done / total,
    input words per second, time left, failures so far. Failures are
    printed above it as they come."""

    def __init__(self, stream=None):
        from rich.console import Console

        self.console = Console(file=stream or sys.stderr, highlight=False)
        self.progress = None
        self.failed = 0
        self.words = 0
        self.t0 = time.perf_counter()

    def start(self, total: int, todo: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[wps]} words/s"), TimeRemainingColumn(),
            TextColumn("[red]{task.fields[failed]} failed[/]"),
            console=self.console, transient=False)
        self.task = self.progress.add_task("batch", total=todo, wps="-", failed=0)
        self.progress.start()
        self.t0 = time.perf_counter()

    def known(self, rec: dict) -> None:
        """A file decided before the conversion: up to date, or failed (a
        folder that cannot be read, a file too large). Not on the bar."""
        if rec["status"] == "failed":
            self._failure(rec)

    def file(self, rec: dict) -> None:
        if rec["status"] == "failed":
            self._failure(rec)
        else:
            self.words += rec.get("words_in") or 0
        wps = self.words / max(1e-9, time.perf_counter() - self.t0)
        self.progress.update(self.task, advance=1, wps=_n(round(wps)), failed=self.failed)

    def _failure(self, rec: dict) -> None:
        from rich.markup import escape

        self.failed += 1
        self.console.print(f"[bold red]FAILED[/] {escape(rec['path'])}: {escape(rec['error'] or '')}")

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def events(quiet: bool, stream=None):
    stream = stream or sys.stderr
    if not quiet and stream.isatty():
        return Bar(stream)
    return Lines(stream, quiet)


def _n(x) -> str:
    return f"{x:,}".replace(",", " ")


def print_summary(summary: Summary, out_dir, stream=None) -> None:
    """The end of a batch: converted, skipped, failed; words in and out;
    each check's pass / warn / fail counts; the failures; the index."""
    stream = stream or sys.stderr
    recs = [r for r in summary.records if r["status"] != "failed"]
    words_in = sum(r.get("words_in") or 0 for r in recs)
    words_out = sum(r.get("words_out") or 0 for r in recs)
    head = (f"{summary.total} file{'s' if summary.total != 1 else ''}: {summary.count('converted')} converted, "
            f"{summary.count('skipped')} skipped, {summary.failed} failed")
    if summary.interrupted:
        head += f"; interrupted, {summary.total - len(summary.records)} not done"
    head += f" ({summary.seconds:.1f} s)"
    checks = summary.checks()
    failures = [r for r in summary.records if r["status"] == "failed"]
    index = f"{out_dir}/{INDEX}".replace("//", "/")
    if stream.isatty():
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        console = Console(file=stream, highlight=False)
        console.print(f"[bold]seoarticle batch[/]: {escape(head)}")
        console.print(f"words: {_n(words_in)} in, {_n(words_out)} out")
        if checks:
            t = Table(title="checks of the articles")
            for col in ("check", "pass", "warn", "fail"):
                t.add_column(col, justify="left" if col == "check" else "right")
            for cid, n in checks.items():
                t.add_row(escape(cid), str(n["pass"]), f"[yellow]{n['warn']}[/]" if n["warn"] else "0",
                          f"[bold red]{n['fail']}[/]" if n["fail"] else "0")
            console.print(t)
        for r in failures:
            console.print(f"[bold red]failed[/] {escape(r['path'])}: {escape(r['error'] or '')}")
        console.print(f"index: {escape(index)}")
        return
    w = stream.write
    w(f"seoarticle batch: {head}\n")
    w(f"words: {_n(words_in)} in, {_n(words_out)} out\n")
    if checks:
        width = max(len(c) for c in checks)
        w(f"checks (pass / warn / fail):\n")
        for cid, n in checks.items():
            w(f"  {cid:{width}}  {n['pass']} / {n['warn']} / {n['fail']}\n")
    for r in failures:
        w(f"failed {r['path']}: {r['error']}\n")
    w(f"index: {index}\n")
    stream.flush()
