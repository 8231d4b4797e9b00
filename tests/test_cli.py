import json
import subprocess
import sys

from conftest import CORPUS, ISW, ROOT

import pytest


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "seoarticle", *args], input=input, capture_output=True, cwd=ROOT)


def test_pipe_stdin_to_stdout_and_report_on_stderr(tmp_path):
    r = run("rewrite", "--report-json", str(tmp_path / "r.json"), input=ISW.read_bytes())
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(b"---\n") and b"\n# " in r.stdout
    assert b"keyphrase" in r.stderr and b"\x1b[" not in r.stderr  # no colour off a terminal
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["words"] >= 700 and any(c["name"] == "Flesch (Kandel–Moles)" for c in data["checks"])


def test_output_file_same_bytes_twice_and_quiet(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    assert run("rewrite", str(ISW), "-o", str(a), "--quiet").returncode == 0
    r = run("rewrite", str(ISW), "-o", str(b), "-q")
    assert r.stderr == b"" and a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("args,input,msg", [
    (("rewrite", "/nonexistent/x.txt"), None, b"no such file"),
    (("rewrite", "-"), b"  \n\n", b"empty"),
    (("rewrite", "-"), b"\x00\x01\x02binary", b"binary"),
])
def test_user_errors_one_line_exit_2(args, input, msg):
    r = run(*args, input=input)
    assert r.returncode == 2 and msg in r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr


def test_refuses_to_overwrite_its_input(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_bytes(ISW.read_bytes())
    r = run("rewrite", str(p), "-o", str(p))
    assert r.returncode == 2 and p.read_bytes() == ISW.read_bytes()


def test_short_dispatch_strict_exits_1():
    short = CORPUS[5]  # 006: 167 words
    r = run("rewrite", str(short), "--strict")
    assert r.returncode == 1
    assert b"shortfall" in r.stderr and b"words" in r.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith(b"seoarticle ")
    assert b"rewrite" in run("--help").stdout
