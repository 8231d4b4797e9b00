"""Session 23, code review c1 (/work/cr23/c1/report.md) of the day's CLI and
batch commits: each test failed on the code before its fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from clitools import cli, corpus, index
from seoarticle import batch
from seoarticle.model import Options


# --- c1-1: a failed conversion made the batch's own article « a file of yours » ---------------------


def test_a_failed_run_leaves_the_batchs_articles_its_own(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "002.txt").write_text(corpus("002.txt"), encoding="utf-8")
    assert cli("batch", src, out, "-j1", "-q").returncode == 0
    first = (out / "002.md").read_bytes()
    r = cli("batch", src, out, "-j1", "-q", "--keyword", "sonde Cassini")  # 002.txt never uses it
    assert r.returncode == 1 and "sonde Cassini" in r.stderr.decode()
    assert (out / "002.md").read_bytes() == first  # (kept)
    r = cli("batch", src, out, "-j1", "-q")
    assert r.returncode == 0, r.stderr.decode()
    assert "no batch wrote it" not in r.stderr.decode()
    assert index(out)[0]["status"] == "converted"
    assert (out / "002.md").read_bytes() == first


# --- c1-2: killed between the article's rename and its journal line -----------------------------------


KILLED = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from seoarticle import batch
    from seoarticle.model import Options
    real = batch.write_atomic
    def write_atomic(path, data, **kw):
        real(path, data, **kw)
        if str(path).endswith(".md"):
            os._exit(137)  # (a kill -9 right after the rename)
    batch.write_atomic = write_atomic
    batch.run(batch.discover(Path(sys.argv[1])), Path(sys.argv[2]), Options(), jobs=1)
""")


def test_a_run_killed_after_an_articles_rename_resumes(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "003.txt").write_text(corpus("003.txt"), encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", KILLED, src, out], capture_output=True, cwd=ROOT)
    assert r.returncode == 137 and (out / "003.md").exists()
    r = cli("batch", src, out, "-j1", "-q")
    assert r.returncode == 0, r.stderr.decode()
    assert index(out)[0]["status"] in ("skipped", "converted")
    assert cli("batch", src, out, "-j1", "-q").returncode == 0
    assert index(out)[0]["status"] == "skipped" and index(out)[0]["why"] == "up to date"


# --- c1-3: the article said « kept » for a link gone out was overwritten by another input's -------------


def test_an_article_kept_for_a_link_out_is_not_taken_by_another_input(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "x.txt").write_text(corpus("003.txt"), encoding="utf-8")
    assert cli("batch", src, out, "-j1", "-q").returncode == 0
    before = (out / "x.md").read_bytes()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text(corpus("005.txt"), encoding="utf-8")
    (src / "x.txt").unlink()
    (src / "x.txt").symlink_to(elsewhere)
    html = "<html><body><h1>Titre</h1>" + "".join(f"<p>{p}</p>" for p in corpus("005.txt").split("\n\n")) + "</body></html>"
    (src / "x.html").write_text(html, encoding="utf-8")
    r = cli("batch", src, out, "-j1")
    assert r.returncode == 0, r.stderr.decode()
    assert (out / "x.md").read_bytes() == before
    rows = {row["path"]: row for row in index(out)}
    assert rows["x.txt"]["output"] == "x.md" and "is kept" in rows["x.txt"]["why"]
    assert rows["x.html"]["output"] == "x.html.md" and (out / "x.html.md").exists()


# --- c1-4: under --strict, an edited article that was not checked passed ------------------------------


def test_strict_does_not_pass_an_edited_article_it_did_not_check(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "003.txt").write_text(corpus("003.txt"), encoding="utf-8")
    cli("batch", src, out, "-j1", "-q", "--strict")
    with open(out / "003.md", "a", encoding="utf-8") as fh:
        fh.write("hand edit\n")
    r = cli("batch", src, out, "-j1", "-q", "--strict")
    assert r.returncode == 1
    assert "003.txt" in r.stderr.decode() and "seoarticle check" in r.stderr.decode()
    assert cli("batch", src, out, "-j1", "-q").returncode == 0  # (without --strict: kept and skipped)


# --- c1-16: a file saved at an article's path during the batch was replaced ----------------------------


@pytest.mark.parametrize("there", [False, True])
def test_a_file_saved_at_an_articles_path_during_the_batch_is_kept(tmp_path, monkeypatch, there):
    """Whether the file is the user's is asked again just before the rename,
    not only when the run is planned (there: over an article a batch wrote)."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("a", encoding="utf-8")
    monkeypatch.setattr(batch, "_worker", _fake_worker)  # (a stand-in for the conversion)
    if there:
        batch.run(batch.discover(src), out, Options(), jobs=1)
        assert (out / "a.md").read_text(encoding="utf-8") == "---\nARTICLE a\n"
        (src / "a.txt").write_text("b", encoding="utf-8")  # (to be redone)

    def convert_all(todo, out_dir, options, jobs, manifest, key, done, events, signals=None, *rest):
        (out_dir / "a.md").write_text("MES NOTES\n", encoding="utf-8")  # saved meanwhile
        return real(todo, out_dir, options, jobs, manifest, key, done, events, signals, *rest)

    real = batch._convert_all
    monkeypatch.setattr(batch, "_convert_all", convert_all)
    summary = batch.run(batch.discover(src), out, Options(), jobs=1)
    assert (out / "a.md").read_text(encoding="utf-8") == "MES NOTES\n"
    rec = summary.records[0]
    assert rec["status"] == "failed" and "--force" in rec["error"] and "during the batch" in rec["error"]


def _fake_worker(conn, options):
    conn.send((None, "ready", None))
    while True:
        chunk = conn.recv()
        if chunk is None:
            return
        for idx, name, data in chunk:
            conn.send((idx, "---\nARTICLE " + data.decode() + "\n", {"words_in": 1}))


# --- c1-17: rewrite(…, source=…) did not check the keyword of its options ------------------------------


def test_rewrite_with_a_source_prepared_without_the_keyword_still_checks_it():
    from seoarticle.api import prepare, rewrite
    from seoarticle.errors import InputError

    text = corpus("002.txt")
    source = prepare(text)
    with pytest.raises(InputError, match="sonde Cassini"):
        rewrite(text, Options(keyword="sonde Cassini"), source=source)


# --- c1-18: the stderr wrapper on a closed stderr ------------------------------------------------------


def test_a_closed_stderr_answers_what_a_stream_with_nowhere_to_write_says():
    import io

    from seoarticle.streams import Forgiving as _Forgiving

    err = _Forgiving(None)  # (« 2>&- »: Python starts with sys.stderr None)
    assert err.encoding == "utf-8" and err.isatty() is False
    with pytest.raises(io.UnsupportedOperation):
        err.fileno()
    assert err.write("x") == 1
    err.flush()
    with pytest.raises(AttributeError):
        err.no_such_thing


# --- c1-5: the note on --force/--jobs with one input came before the error of a run that fails ---------


@pytest.mark.parametrize("args", [("nothing.txt", "--force"), ("tests/corpus/003.txt", "--jobs", "2", "-o", "/nonexistent/x.md"),
                                  ("tests/corpus/002.txt", "--force", "--keyword", "sonde Cassini", "-o", "/dev/null")])
def test_a_run_that_fails_says_its_error_alone(args):
    r = cli("rewrite", *args)
    assert r.returncode == 2
    lines = r.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("seoarticle: error:"), lines


# --- c1-12: the --report-json refusal with several inputs -----------------------------------------------


def test_report_json_with_several_inputs_says_to_leave_it_out(tmp_path):
    r = cli("rewrite", "tests/corpus/003.txt", "tests/corpus/005.txt", "-o", f"{tmp_path}/d/", "--report-json", "-")
    assert r.returncode == 2
    assert r.stderr.decode().rstrip().endswith("leave --report-json out") and "for one input" not in r.stderr.decode()


# --- c1-8: the index gave « output »: null for a failed input whose earlier article is still there -----


def test_the_index_names_the_earlier_article_kept_for_a_failed_input(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "003.txt").write_text(corpus("003.txt"), encoding="utf-8")
    assert cli("batch", src, out, "-j1", "-q").returncode == 0
    assert cli("batch", src, out, "-j1", "-q", "--max-words", "100").returncode == 1
    row = index(out)[0]
    assert row["status"] == "failed" and row["output"] == "003.md" and (out / "003.md").exists()


# --- c1-14, c1-15: an index of 1 MiB or more; the leftovers of a run refused for report.jsonl ----------


def _index_lines(n: int) -> str:
    row = {k: None for k in batch.INDEX_FIELDS}
    return "".join(json.dumps({**row, "path": f"f{k:05}.txt", "output": f"f{k:05}.md", "status": "skipped",
                               "failed_checks": [], "why": "up to date " + "x" * 300}) + "\n" for k in range(n))


def test_a_large_index_of_a_batch_without_its_manifest_is_ours(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.jsonl").write_text(_index_lines(5000), encoding="utf-8")
    assert (out / "report.jsonl").stat().st_size > 1 << 20
    assert batch._index_is_ours(out / "report.jsonl", batch.Manifest(out))
    (out / "report.jsonl").write_text(_index_lines(5000) + "mes notes\n", encoding="utf-8")
    assert not batch._index_is_ours(out / "report.jsonl", batch.Manifest(out))


def test_a_run_refused_for_a_foreign_index_removes_the_leftovers(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text("a", encoding="utf-8")
    (out / "report.jsonl").write_text("mes notes\n", encoding="utf-8")
    (out / ".a.md.abcd1234.tmp").write_text("torn", encoding="utf-8")
    with pytest.raises(batch.UsageError):
        batch.run(batch.discover(src), out, Options(), jobs=1)
    assert not (out / ".a.md.abcd1234.tmp").exists()
    assert (out / "report.jsonl").read_text(encoding="utf-8") == "mes notes\n"


# --- c1-11: check named stdin two ways; c1-13: « help A B » dropped B --------------------------------------


def test_check_names_stdin_as_the_reader_does():
    text = ("Un mot de plus. " * 300).encode()
    r = cli("check", "--max-words", "10", input=text)
    assert r.returncode == 2 and r.stderr.decode().startswith("seoarticle: error: standard input: "), r.stderr


def test_help_with_two_commands_is_a_usage_error():
    r = cli("help", "rewrite", "batch")
    assert r.returncode == 2 and r.stdout == b""
    lines = r.stderr.decode().splitlines()
    assert len(lines) == 1 and "help takes one command" in lines[0]
    assert cli("help", "batch").returncode == 0


# --- c1-7, c1-10: « ** » within a name; a « [ » inside a bracket ---------------------------------------


@pytest.mark.parametrize("pattern,takes,leaves", [
    ("2017/**.txt", ["2017/a.txt"], ["2017/avril/b.txt", "2017/avril/jour/c.txt"]),
    ("2017/a**/x.txt", ["2017/ab/x.txt"], ["2017/a/b/x.txt"]),
])
def test_double_star_crosses_folders_only_as_a_whole_component(pattern, takes, leaves):
    assert [p for p in takes + leaves if batch.path_glob(pattern).match(p)] == takes
    assert batch.path_glob("2017/**/*.txt").match("2017/avril/b.txt")  # (a whole component: any depth)


def test_a_bracket_inside_a_bracket_is_a_character_without_a_warning():
    import warnings

    batch.path_glob.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = batch.path_glob("sub/[[]x]*.txt")
        assert r.match("sub/[x]a.txt") and not r.match("sub/x.txt")
        assert batch.path_glob("a/[&~|]b").match("a/~b") and not batch.path_glob("a/[&~|]b").match("a/-b")


# --- c1-9: the help or the version into a closed pipe exited 1 ------------------------------------------


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("help", "batch")])
def test_help_and_version_into_a_closed_pipe_exit_0(args):
    r, w = os.pipe()
    os.close(r)  # (the reader gone before anything is written: « | head -c 0 »)
    try:
        p = subprocess.run([sys.executable, "-m", "seoarticle", *args], stdout=w, stderr=subprocess.PIPE, cwd=ROOT)
    finally:
        os.close(w)
    assert p.returncode == 0 and p.stderr == b"", p.stderr


# --- c1-6: a link to nothing was skipped by batch, failed by rewrite -o DIR/ ---------------------------


def test_a_link_to_nothing_fails_in_batch_as_in_rewrite_to_a_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "casse.txt").symlink_to(src / "parti.txt")
    r = cli("batch", src, tmp_path / "out", "-j1")
    assert r.returncode == 1, r.stderr
    assert "FAILED casse.txt: a link to nothing" in r.stderr.decode()
    row = index(tmp_path / "out")[0]
    assert row["status"] == "failed" and "a link to nothing" in row["error"]
    r = cli("rewrite", src / "casse.txt", tmp_path / "x.txt", "-o", f"{tmp_path}/out2/")
    assert r.returncode == 1 and "FAILED in/casse.txt" in r.stderr.decode()


def test_an_article_is_written_where_hard_links_are_refused(tmp_path, monkeypatch):
    """c1-16's link-in-place falls back to the rename on a file system without hard links."""
    from seoarticle import atomic

    def no_link(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_link)
    atomic.write_atomic(tmp_path / "a.md", "x", expect=lambda: True)
    assert (tmp_path / "a.md").read_text() == "x" and os.listdir(tmp_path) == ["a.md"]
