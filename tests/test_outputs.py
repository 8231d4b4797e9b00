"""Nothing lost, nothing leaked (issue 6): paths that cannot be read or
written give one line and exit 2; outputs are replaced only by complete
files, never over the input; the offline run opens no network connection."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ISW, ROOT
from seoarticle import atomic
from seoarticle.errors import InputError


def run(*args, input=None, env=None):
    return subprocess.run([sys.executable, "-m", "seoarticle", *args], input=input, capture_output=True, cwd=ROOT,
                          env=env)


def one_line_error(r, *needles: bytes) -> None:
    assert r.returncode == 2, r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr, r.stderr
    for n in needles:
        assert n in r.stderr, r.stderr


# --- write_atomic ------------------------------------------------------------------------------


def test_atomic_write_replaces_only_with_a_complete_file(tmp_path, monkeypatch):
    target = tmp_path / "article.md"
    target.write_text("ancien article\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic.write_atomic(target, "nouvel article\n" * 1000)
    assert target.read_text(encoding="utf-8") == "ancien article\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md"]  # no temporary file left


def test_atomic_write_permissions(tmp_path):
    fresh = tmp_path / "fresh.md"
    old = os.umask(0o022)
    try:
        atomic.write_atomic(fresh, "texte")
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600
    private = tmp_path / "private.md"
    private.write_text("x")
    private.chmod(0o600)
    atomic.write_atomic(private, "texte")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and private.read_text() == "texte"


def test_atomic_write_to_a_device_writes_through(tmp_path):
    atomic.write_atomic(Path("/dev/null"), "texte")  # not replaced by a regular file
    assert Path("/dev/null").is_char_device()


def test_check_output_refuses(tmp_path):
    (tmp_path / "file").write_text("x")
    for path, message in ((tmp_path, "is a folder"), (tmp_path / "missing" / "a.md", "no such folder"),
                          (tmp_path / "file" / "a.md", "is not a folder")):
        with pytest.raises(InputError, match=message):
            atomic.check_output(path)
    atomic.check_output(tmp_path / "new.md")  # fine


# --- through the command line -----------------------------------------------------------------


def test_input_paths_that_cannot_be_read(tmp_path):
    one_line_error(run("rewrite", str(tmp_path / "absent.txt")), b"no such file")
    one_line_error(run("rewrite", str(tmp_path)), b"is a folder")
    one_line_error(run("check", str(tmp_path / "absent.md")), b"no such file")


def test_unreadable_input_in_process(tmp_path, monkeypatch, capsys):
    """Root reads any file whatever its mode: the refusal is simulated."""
    from seoarticle import cli

    p = tmp_path / "locked.txt"
    p.write_bytes(ISW.read_bytes())

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(SystemExit) as exit_:
        cli.app(["rewrite", str(p)], prog_name="seoarticle")
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read (Permission denied)" in err


def test_output_paths_that_cannot_be_written(tmp_path):
    one_line_error(run("rewrite", str(ISW), "-o", str(tmp_path)), b"is a folder")
    one_line_error(run("rewrite", str(ISW), "-o", str(tmp_path / "no" / "a.md")), b"no such folder")
    one_line_error(run("rewrite", str(ISW), "--report-json", str(tmp_path)), b"is a folder")
    one_line_error(run("rewrite", str(ISW), "-o", str(tmp_path / "a.md"), "--report-json", str(tmp_path / "a.md")),
                   b"also the article's output")


def test_read_only_outputs_are_refused(tmp_path, monkeypatch):
    """Root writes anywhere whatever the modes: the refusal of a read-only
    folder or file is simulated (os.access says no), as for a user."""
    folder, locked = tmp_path / "ro", tmp_path / "locked.md"
    folder.mkdir()
    locked.write_text("x")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) in (folder, locked) else real(p, mode))
    with pytest.raises(InputError, match=r"ro: folder not writable; choose another output path"):
        atomic.check_output(folder / "a.md")
    with pytest.raises(InputError, match=r"locked.md: is read-only; choose another output path"):
        atomic.check_output(locked)
    atomic.check_output(tmp_path / "fine.md")


def test_write_error_is_one_line(tmp_path):
    r = run("rewrite", str(ISW), "-q", "-o", "/dev/full")  # every write: no space left on device
    one_line_error(r, b"/dev/full: cannot be written (No space left on device)")


def test_never_writes_over_its_input(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_bytes(ISW.read_bytes())
    link = tmp_path / "same-file.txt"
    os.link(p, link)
    for out in (p, link):
        one_line_error(run("rewrite", str(p), "-o", str(out)), b"is the input file")
    one_line_error(run("rewrite", str(p), "--report-json", str(link)), b"is the input file")
    assert p.read_bytes() == ISW.read_bytes()


def test_failed_run_leaves_the_existing_output_alone(tmp_path):
    out = tmp_path / "article.md"
    out.write_text("l'article d'hier\n", encoding="utf-8")
    english = tmp_path / "english.txt"
    english.write_text("The president met his counterpart in Moscow on Wednesday to discuss the integration "
                       "of the two countries, officials said.", encoding="utf-8")
    one_line_error(run("rewrite", str(english), "-o", str(out)), b"looks like English")
    assert out.read_text(encoding="utf-8") == "l'article d'hier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md", "english.txt"]


def test_output_replaced_when_complete(tmp_path):
    out = tmp_path / "article.md"
    out.write_text("l'article d'hier\n", encoding="utf-8")
    out.chmod(0o640)
    r = run("rewrite", str(ISW), "-o", str(out), "-q")
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith("---\ntitle:")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md"]


# --- no network --------------------------------------------------------------------------------

NO_NETWORK = r"""
import sys
def probe():
    # urllib3 (imported by spaCy through requests) creates a socket at import
    # and binds it to ::1 to learn whether the machine has IPv6: no traffic.
    f = sys._getframe(2)
    for _ in range(4):
        if f is None:
            return False
        if f.f_code.co_name == "_has_ipv6" and f.f_code.co_filename.endswith("urllib3/util/connection.py"):
            return True
        f = f.f_back
    return False
def guard(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect", "ftplib.connect"):
        if event in ("socket.__new__", "socket.bind") and probe():
            return
        sys.__stderr__.write(f"NETWORK ATTEMPT: {event}\n")
        raise RuntimeError(f"network forbidden: {event}")
sys.addaudithook(guard)
sys.argv = ["seoarticle"] + sys.argv[1:]
from seoarticle.cli import main
main()
"""


def test_offline_run_opens_no_network_connection(tmp_path):
    """The whole command, spaCy and the cache included, under an audit hook
    that refuses (and reports) any socket: created, bound, resolved or
    connected; the one socket let through is urllib3's IPv6 probe at import
    (bound to ::1, never connected: see NO_NETWORK)."""
    out = tmp_path / "a.md"
    env = dict(os.environ, SEOARTICLE_CACHE_DIR=str(tmp_path / "cache"))  # a cold cache: the first load too
    for args in (["rewrite", str(ISW), "-o", str(out), "--report-json", str(tmp_path / "r.json")],
                 ["check", str(out), "--source", str(ISW), "--json"]):
        r = subprocess.run([sys.executable, "-c", NO_NETWORK, *args], capture_output=True, cwd=ROOT, env=env)
        assert r.returncode == 0, r.stderr[-2000:]
        assert b"NETWORK ATTEMPT" not in r.stderr
    assert out.read_text(encoding="utf-8").startswith("---\n")


def test_the_guard_does_catch_a_connection():
    """The hook above is no dead letter: it stops a connection attempt."""
    code = NO_NETWORK.split("sys.argv")[0] + (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept RuntimeError:\n"
        "    print('blocked')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert b"blocked" in r.stdout and b"NETWORK ATTEMPT" in r.stderr
