"""The report on stderr: a rich table on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys

SYMBOL = {"pass": "ok", "warn": "warn", "fail": "FAIL"}


def print_report(data: dict, stream=None) -> None:
    stream = stream or sys.stderr
    head = [
        ("keyphrase", f"{data.get('keyword')} ({data.get('keyword_how')})"),
        ("secondary", ", ".join(data.get("keywords") or []) or "-"),
        ("input words", str(data.get("input_words", "-"))),
    ]
    if stream.isatty():
        from rich.console import Console
        from rich.table import Table

        console = Console(file=stream)
        t = Table(title="seoarticle report", show_lines=False)
        for col in ("check", "value", "target", "status", "detail"):
            t.add_column(col)
        style = {"pass": "green", "warn": "yellow", "fail": "bold red"}
        for c in data["checks"]:
            t.add_row(c["name"], str(c["value"]), c["target"], f"[{style[c['status']]}]{c['status']}[/]", c["detail"])
        for k, v in head:
            console.print(f"[bold]{k}[/]: {v}")
        console.print(t)
        for note in data.get("shortfall") or []:
            console.print(f"[yellow]shortfall[/]: {note}")
        return
    for k, v in head:
        stream.write(f"{k}: {v}\n")
    for c in data["checks"]:
        detail = f" ({c['detail']})" if c["detail"] else ""
        stream.write(f"{SYMBOL[c['status']]:4} {c['name']}: {c['value']} [target {c['target']}]{detail}\n")
    for note in data.get("shortfall") or []:
        stream.write(f"shortfall: {note}\n")
