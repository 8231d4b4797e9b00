"""Helpers of the CLI and batch tests: the command in a subprocess, a
corpus text, a batch's index."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def cli(*args, **kw) -> subprocess.CompletedProcess:
    """`python -m seoarticle ARGS` from the repository, output captured."""
    return subprocess.run([sys.executable, "-m", "seoarticle", *map(str, args)], capture_output=True, cwd=ROOT, **kw)


def corpus(name: str) -> str:
    return (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8")


def index(out: Path) -> list[dict]:
    """The lines of OUT_DIR/report.jsonl."""
    return [json.loads(line) for line in (out / "report.jsonl").read_text(encoding="utf-8").splitlines()]
