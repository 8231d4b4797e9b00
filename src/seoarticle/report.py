"""The report of the checks: a rich table on a terminal, plain lines
otherwise. `rewrite` prints it on stderr, `check` on stdout."""

from __future__ import annotations

import sys

SYMBOL = {"pass": "ok", "warn": "warn", "fail": "FAIL"}


def verdict(checks: list[dict]) -> str:
    statuses = {c["status"] for c in checks}
    return "fail" if "fail" in statuses else ("warn" if "warn" in statuses else "pass")


def shown(check: dict) -> str:
    """A check's value as the report shows it: a share with its « % » when
    its target is one (« keyphrase density: 0.68 % », not « 0.68 »)."""
    value = check["value"]
    if isinstance(value, (int, float)) and not isinstance(value, bool) and check["target"].endswith("%"):
        return f"{value} %"
    return str(value)


def _head(data: dict) -> list[tuple[str, str]]:
    head = []
    if data.get("keyword"):
        how = data.get("keyword_how") or ""
        # (« chosen from the article (in 1 sentence, …) » holds its own
        # parentheses: set apart by a dash, not put in more.)
        how = f" — {how}" if "(" in how else f" ({how})" if how else ""
        head.append(("keyphrase", f"{data['keyword']}{how}"))
    if "keywords" in data:
        head.append(("secondary", ", ".join(data.get("keywords") or []) or "-"))
    if data.get("input_encoding") or data.get("input_format", "txt") != "txt":
        fmt = {"txt": "plain text", "md": "Markdown", "html": "HTML", "docx": "Word .docx"}.get(data.get("input_format"), "")
        head.append(("input", ", ".join(x for x in (fmt, data.get("input_encoding")) if x)))
    if "input_words" in data:
        head.append(("input words", str(data["input_words"])))
    return head


def _summary(data: dict) -> str:
    n = {s: sum(c["status"] == s for c in data["checks"]) for s in ("pass", "warn", "fail")}
    return f"verdict: {verdict(data['checks'])} ({n['pass']} pass, {n['warn']} warn, {n['fail']} fail)"


def print_report(data: dict, stream=None, title: str = "seoarticle report") -> None:
    stream = stream or sys.stderr
    head = _head(data)
    if stream.isatty():
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        # (No highlighting of prose: Rich would colour the « 8 » of « UTF-8 », numbers, brackets.)
        console = Console(file=stream, highlight=False)
        t = Table(title=title, show_lines=False)
        for col in ("check", "value", "target", "status", "detail"):
            t.add_column(col)
        style = {"pass": "green", "warn": "yellow", "fail": "bold red"}
        for c in data["checks"]:
            t.add_row(escape(c["name"]), escape(shown(c)), escape(c["target"]),
                      f"[{style[c['status']]}]{c['status']}[/]", escape(c["detail"]))
        for k, v in head:
            console.print(f"[bold]{k}[/]: {escape(v)}")
        console.print(t)
        for note in data.get("left_out") or []:
            console.print(f"[yellow]left out[/]: {escape(note)}")
        for note in data.get("shortfall") or []:
            console.print(f"[yellow]shortfall[/]: {escape(note)}")
        v = verdict(data["checks"])
        console.print(f"[{style[v]}]{_summary(data)}[/]")
        return
    for k, v in head:
        stream.write(f"{k}: {v}\n")
    for c in data["checks"]:
        detail = f" ({c['detail']})" if c["detail"] else ""
        stream.write(f"{SYMBOL[c['status']]:4} {c['name']}: {shown(c)} [target {c['target']}]{detail}\n")
    for note in data.get("left_out") or []:
        stream.write(f"left out: {note}\n")
    for note in data.get("shortfall") or []:
        stream.write(f"shortfall: {note}\n")
    stream.write(_summary(data) + "\n")
