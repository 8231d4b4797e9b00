"""`seoarticle batch` and `seoarticle rewrite a b -o out/` (issue 4): a mixed
folder, failures that never stop the batch, exit codes, report.jsonl, resume
after a killed worker or a killed batch, --force, the same bytes whatever
--jobs and as `seoarticle rewrite` of each file, inputs left untouched."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import awkward
from conftest import CORPUS, ROOT
from clitools import cli, index
from seoarticle import batch
from seoarticle.model import Options

ENGLISH = ("The government announced on Tuesday a new plan to reduce traffic in the city centre, "
           "and the mayor said that buses would be free for everyone during the summer holidays.\n")


def text(name: str) -> str:
    return (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones included), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def statuses(out: Path) -> dict[str, str]:
    return {r["path"]: r["status"] for r in index(out)}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """A folder as a newsroom has one: good files in every format, a nested
    sub-folder, a Latin-1 text, and files to refuse."""
    d = tmp_path_factory.mktemp("mixed")
    (d / "good.txt").write_text(text("003.txt"), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "latin1.txt").write_bytes(text("006.txt").replace("’", "'").encode("latin-1"))
    (d / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (d / "huge.txt").write_bytes(b"mot " * 800_000)  # 3.2 MB: over 60 bytes for each of 50,000 words
    (d / "page.html").write_text(awkward.html_page(text("009.txt")), encoding="utf-8")
    (d / "sub" / "deeper").mkdir(parents=True)
    (d / "sub" / "deeper" / "nested.md").write_text(text("010.txt"), encoding="utf-8")
    (d / "sub" / "word.docx").write_bytes(awkward.docx_bytes(text("008.txt"), tracked=False))
    (d / ".hidden").mkdir()
    (d / ".hidden" / "secret.txt").write_text(text("003.txt"), encoding="utf-8")
    (d / ".draft.txt").write_text(text("003.txt"), encoding="utf-8")
    (d / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return d


GOOD = ["good.txt", "latin1.txt", "page.html", "sub/deeper/nested.md", "sub/word.docx"]
BAD = {"binary.txt": "binary", "empty.txt": "empty", "english.txt": "English (en)", "huge.txt": "refused unread"}


@pytest.fixture(scope="module")
def converted(mixed, tmp_path_factory):
    """The mixed folder converted with 2 workers, and with 1."""
    from seoarticle.nlp import get_nlp

    get_nlp()  # builds this session's spaCy cache once, here, rather than in two workers at once
    before = tree(mixed)
    out2, out1 = tmp_path_factory.mktemp("jobs2"), tmp_path_factory.mktemp("jobs1")
    r2 = cli("batch", mixed, out2, "--jobs", "2")
    r1 = cli("batch", mixed, out1, "--jobs", "1")
    return before, (out2, r2), (out1, r1)


def test_mixed_folder_goes_on_past_failures(mixed, converted):
    before, (out, r), _ = converted
    assert r.returncode == 1, r.stderr  # some failed
    err = r.stderr.decode()
    assert "Traceback" not in err and "\x1b[" not in err  # plain lines off a terminal
    st = statuses(out)
    assert st == {**{p: "converted" for p in GOOD}, **{p: "failed" for p in BAD}}  # no hidden file, no .csv
    rows = {x["path"]: x for x in index(out)}
    for path, reason in BAD.items():
        assert reason in rows[path]["error"], rows[path]
        assert f"FAILED {path}: " in err
        assert not (out / path.replace(".txt", ".md")).exists()
    for path in GOOD:
        assert f"ok {path}  " in err
        md = (out / rows[path]["output"]).read_text(encoding="utf-8")
        assert md.startswith("---\n") and "\n# " in md
    assert rows["sub/deeper/nested.md"]["output"] == "sub/deeper/nested.md"
    assert rows["sub/word.docx"]["output"] == "sub/word.md"
    assert "Gabe Newell" in (out / "sub/word.md").read_text(encoding="utf-8")  # 008, read from the .docx
    assert "ç" in (out / "latin1.md").read_text(encoding="utf-8")  # 006's « français », read as Latin-1
    assert "seoarticle batch: 9 files: 5 converted, 0 skipped, 4 failed" in err
    assert tree(mixed) == before  # inputs never modified, nothing written among them


def test_index_file(converted):
    _, (out, _), _ = converted
    rows = index(out)
    assert [r["path"] for r in rows] == sorted(r["path"] for r in rows)
    assert all(list(r) == list(batch.INDEX_FIELDS) for r in rows)
    good = next(r for r in rows if r["path"] == "good.txt")
    assert good["status"] == "converted" and good["error"] is None
    assert good["words_in"] == 208 and good["words_out"] > good["words_in"]
    assert good["keyphrase"] and isinstance(good["density"], float) and isinstance(good["flesch"], float)
    assert "length" in good["failed_checks"]  # 003 is too short to reach 700 words
    bad = next(r for r in rows if r["path"] == "empty.txt")
    assert bad["words_in"] is None and bad["failed_checks"] == [] and "empty" in bad["error"]
    assert bad["output"] is None and good["output"] == "good.md"  # UX-8: no article was written for it


def test_same_bytes_whatever_jobs_and_as_rewrite(mixed, converted):
    from seoarticle.api import rewrite
    from seoarticle.reader import load

    _, (out2, _), (out1, r1) = converted
    assert r1.returncode == 1
    assert tree(out1) == tree(out2)  # articles, report.jsonl, manifest
    rows = {x["path"]: x for x in index(out1)}
    for path in GOOD:  # `seoarticle rewrite FILE` runs rewrite(load(bytes, name)) (cli.py)
        result = rewrite(load((mixed / path).read_bytes(), path, Options()), Options())
        assert (out1 / rows[path]["output"]).read_text(encoding="utf-8") == result.markdown
        assert rows[path]["words_out"] == result.report.facts["words"]
        assert rows[path]["failed_checks"] == [c.id for c in result.report.failed]


def test_chunked_parse_gives_the_same_articles_over_the_corpus():
    """All the sentences of a chunk in one nlp.pipe call: each article and
    its report the same as a rewrite of that file alone."""
    from seoarticle.api import rewrite
    from seoarticle.reader import load

    items = [(k, p.name, p.read_bytes()) for k, p in enumerate(CORPUS + [ROOT / "examples" / "isw-briefing.txt"])]
    got = {idx: (md, rec) for idx, md, rec in batch.convert(items, Options())}
    assert sorted(got) == [k for k, *_ in items]
    for idx, name, data in items:
        alone = rewrite(load(data, name, Options()), Options())
        md, rec = got[idx]
        assert md == alone.markdown, name
        assert rec == batch._record(alone), name  # the checks' lines parsed with the chunk's, too


def test_a_bug_is_one_failed_file(monkeypatch):
    from seoarticle import api

    real = api.draft

    def buggy(text, options=None, **kw):
        if "Cassini" in text:
            raise ZeroDivisionError("boom")
        return real(text, options, **kw)

    monkeypatch.setattr(api, "draft", buggy)
    items = [(0, "a.txt", text("003.txt").encode()), (1, "b.txt", text("006.txt").encode())]
    got = {idx: (md, rec) for idx, md, rec in batch.convert(items, Options())}
    assert got[0][0] is None and got[0][1] == "internal error (a bug; please report it): ZeroDivisionError: boom"
    assert got[1][0] is not None and got[1][1]["words_in"] > 100


def _copies(folder: Path, n: int) -> None:
    for k in range(n):
        (folder / f"{k:02d}.txt").write_text(text(("003.txt", "006.txt", "009.txt", "010.txt")[k % 4]), encoding="utf-8")


def _start(tmp_path: Path, jobs: int, n: int = 8) -> tuple[Path, Path, subprocess.Popen]:
    """A batch of `n` files started in a session of its own (stderr: a pipe)."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    _copies(src, n)
    p = subprocess.Popen([sys.executable, "-m", "seoarticle", "batch", str(src), str(out), "--jobs", str(jobs)],
                         cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    return src, out, p


def _workers_in_group(pgid: int) -> list[int]:
    """Batch workers of process group `pgid` still running (multiprocessing's
    resource tracker, which leaves on its own once the batch is gone, and
    zombies are not counted)."""
    alive = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            worker = b"spawn_main" in (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z" and worker:
            alive.append(int(proc.name))
    return alive


def _wait_for_ok(p: subprocess.Popen, n: int) -> list[bytes]:
    lines = []
    while sum(line.startswith(b"ok ") for line in lines) < n:
        line = p.stderr.readline()
        assert line, b"".join(lines)  # the batch ended first
        lines.append(line)
    return lines


def test_worker_killed_mid_batch_then_resume(tmp_path):
    src, out, p = _start(tmp_path, 1)
    _wait_for_ok(p, 1)
    workers = _workers_in_group(p.pid)
    assert len(workers) == 1
    os.kill(workers[0], signal.SIGKILL)
    err = p.stderr.read().decode()
    assert p.wait() == 1, err
    st = statuses(out)
    died = [path for path, s in st.items() if s == "failed"]
    assert len(died) == 1 and "worker process died while converting it (killed by signal 9)" in err
    assert sorted(path for path, s in st.items() if s == "converted") == sorted(set(st) - set(died))  # the rest went on
    assert not list(out.rglob("*.tmp")) and not (out / died[0].replace(".txt", ".md")).exists()

    r = cli("batch", src, out, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert b"8 files: 1 converted, 7 skipped, 0 failed" in r.stderr
    assert statuses(out)[died[0]] == "converted" and r.stderr.count(b"skipped ") == 7


def test_batch_killed_then_resume_then_force(tmp_path):
    src, out, p = _start(tmp_path, 2)
    _wait_for_ok(p, 2)
    os.killpg(p.pid, signal.SIGKILL)  # the batch and its workers, as a power loss would
    p.wait()
    assert not (out / "report.jsonl").exists()  # written at the end only
    assert len(list(out.glob("*.md"))) >= 2  # each complete: compared below with a fresh run's

    r = cli("batch", src, out, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    st = statuses(out)
    assert sum(s == "skipped" for s in st.values()) >= 2 and sum(s == "converted" for s in st.values()) >= 1
    assert set(st.values()) <= {"skipped", "converted"} and len(st) == 8
    assert not [f for f in tree(out) if f.endswith(".tmp")]  # leftovers of the killed writes removed
    resumed = {k: v for k, v in tree(out).items() if k.endswith(".md")}

    r = cli("batch", src, out, "--force", "-q", "--jobs", "1")
    assert r.returncode == 0 and r.stderr == b""  # --quiet: nothing but errors
    assert set(statuses(out).values()) == {"converted"}
    assert {k: v for k, v in tree(out).items() if k.endswith(".md")} == resumed  # every article whole


@pytest.mark.parametrize("group", [True, False], ids=["ctrl-c", "sigterm"])
def test_interrupted_stops_cleanly_with_a_summary(tmp_path, group):
    # (40 files: on a loaded machine the signal may come a second or two
    # after the first file is done; the batch must still be running then.)
    src, out, p = _start(tmp_path, 2, 40)
    _wait_for_ok(p, 1)
    if group:
        os.killpg(p.pid, signal.SIGINT)  # Ctrl-C: the terminal signals the whole process group
    else:
        os.kill(p.pid, signal.SIGTERM)
    err = p.stderr.read().decode()
    assert p.wait() == 130, err
    assert _workers_in_group(p.pid) == []  # no worker left behind
    assert "; interrupted, " in err and " not done" in err and "Traceback" not in err
    st = statuses(out)  # the index: what was done, and what was not (UX-8: every input has its line)
    done = [k for k, v in st.items() if v == "converted"]
    assert len(st) == 40 and set(st.values()) == {"converted", "not_done"} and 1 <= len(done) < 40
    assert sorted(done) == sorted(batch.Manifest(out).entries) and not (out / batch.JOURNAL).exists()
    assert sorted(p.name for p in out.glob("*.md")) == sorted(x.replace(".txt", ".md") for x in done)
    index = [json.loads(x) for x in (out / batch.INDEX).read_text().splitlines()]
    assert all(r["output"] is None for r in index if r["status"] == "not_done")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "term"])
def test_a_signal_while_an_output_is_written_waits_for_its_records(tmp_path, monkeypatch, signum):
    # Ctrl-C or a kill lands just after a converted file's output is renamed
    # into place, before its manifest entry and index record: the output must
    # still get both (the run then stops), or a later run would not know it.
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    _copies(src, 3)
    real = batch.write_atomic

    def write_then_signal(path, data, *args, **kwargs):
        real(path, data, *args, **kwargs)
        if Path(path).suffix == ".md":
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(batch, "write_atomic", write_then_signal)
    summary = batch.run(batch.name_outputs(batch.discover(src)), out, Options(), jobs=1)
    assert summary.interrupted
    st = statuses(out)
    assert st == {"00.txt": "converted", "01.txt": "not_done", "02.txt": "not_done"}
    assert list(batch.Manifest(out).entries) == ["00.txt"]
    assert sorted(p.name for p in out.glob("*.md")) == ["00.md"]


def test_a_held_signal_acts_at_the_sections_end_and_a_second_at_once():
    signals, after = batch._Signals(), []
    with pytest.raises(batch._Interrupted):
        with signals.held():
            signals.handler(signal.SIGINT, None)  # noted
            after.append("the section went on")
    assert after == ["the section went on"]
    signals = batch._Signals()
    with pytest.raises(batch._Interrupted):
        with signals.held():
            signals.handler(signal.SIGINT, None)
            signals.handler(signal.SIGTERM, None)  # a second one: at once
            after.append("not reached")
    assert after == ["the section went on"]


def test_changed_input_converts_again(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "a").mkdir(parents=True)
    (src / "a" / "x.txt").write_text(text("006.txt"), encoding="utf-8")
    (src / "y.txt").write_text(text("003.txt"), encoding="utf-8")
    assert cli("batch", src, out, "-q").returncode == 0
    (src / "y.txt").write_text(text("003.txt") + "\nLa sonde a été lancée en 1997.\n", encoding="utf-8")
    r = cli("batch", src, out)
    assert b"skipped a/x.txt (up to date)" in r.stderr and b"ok y.txt" in r.stderr
    assert statuses(out) == {"a/x.txt": "skipped", "y.txt": "converted"}
    assert "1997" in (out / "y.md").read_text(encoding="utf-8")


def test_up_to_date_needs_same_input_options_and_output(tmp_path):
    inp = batch.Input("a.txt", tmp_path / "a.txt", "a.md")
    (tmp_path / "a.md").write_text("article\n", encoding="utf-8")
    key = batch.options_key(Options())
    m = batch.Manifest(tmp_path)
    m.record("a.txt", {"input": batch.sha256(b"text"), "options": key, "output": "a.md",
                       "output_sha256": batch.sha256(b"article\n"), "record": {}})
    m2 = batch.Manifest(tmp_path)  # read back from the journal, as after a kill
    assert m2.up_to_date(inp, b"text", key, tmp_path) is not None
    assert m2.up_to_date(inp, b"text!", key, tmp_path) is None
    assert m2.up_to_date(inp, b"text", batch.options_key(Options(min_words=300)), tmp_path) is None
    assert batch.options_key(Options(strict=True, quiet=True)) == key  # display options change no output
    (tmp_path / "a.md").write_text("edited by hand\n", encoding="utf-8")
    assert m2.up_to_date(inp, b"text", key, tmp_path) is None
    m2.save()
    assert not (tmp_path / batch.JOURNAL).exists() and "a.txt" in batch.Manifest(tmp_path).entries


def test_out_dir_inside_in_dir_is_no_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text(text("006.txt"), encoding="utf-8")
    for _ in range(2):  # the second run would find out/a.md
        r = cli("batch", src, src / "out", "--strict")
        assert r.returncode == 1  # 006 is short: --strict fails it (and only that)
    assert list(statuses(src / "out")) == ["a.md"]
    assert b"1 files" not in r.stderr and b"1 file: 0 converted, 1 skipped" in r.stderr


def test_rewrite_several_files_to_a_folder(tmp_path):
    a, b = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for p, t in ((a, text("003.txt")), (b, ENGLISH)):
        p.parent.mkdir()
        p.write_text(t, encoding="utf-8")
    r = cli("rewrite", a, b, "-o", tmp_path / "out", "--force-lang", "-q")
    assert r.returncode == 0, r.stderr
    assert statuses(tmp_path / "out") == {"a/x.txt": "converted", "b/x.txt": "converted"}
    # One file and a trailing slash: the batch path too, creating the folder.
    r = cli("rewrite", a, "-o", f"{tmp_path / 'one'}/", "-q")
    assert r.returncode == 0 and (tmp_path / "one" / "x.md").read_bytes() == (tmp_path / "out" / "a" / "x.md").read_bytes()
    r = cli("rewrite", a, "-o", tmp_path / "one")  # an existing folder without the slash: refused as before
    assert r.returncode == 2 and b"is a folder" in r.stderr


def test_workers_do_not_import_from_the_current_folder(tmp_path):
    """A worker starts as `python -c`: the folder the batch runs from must
    not shadow the standard library (a grp.py there did, before)."""
    script = Path(sys.executable).parent / "seoarticle"
    if not script.exists():
        pytest.skip("no seoarticle script beside this Python (not installed with pip)")
    for name in ("grp", "json", "random", "signal"):
        (tmp_path / f"{name}.py").write_text("open('SHADOWED', 'w').close()\nraise SystemExit(3)\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text("006.txt"), encoding="utf-8")
    r = subprocess.run([str(script), "batch", "in", "out", "-q"], cwd=tmp_path, capture_output=True)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "SHADOWED").exists() and (tmp_path / "out" / "a.md").exists()


@pytest.mark.parametrize("args,msg", [
    (("batch", "{t}/missing", "{t}/out"), b"no such folder"),
    (("batch", "{t}/file.txt", "{t}/out"), b"is not a folder"),
    (("batch", "{t}", "{t}/file.txt"), b"is a file"),
    (("batch", "{t}", "{t}"), b"is also the input folder"),
    (("batch", "{t}", "{t}/out", "--jobs", "0"), b"--jobs 0"),
    (("batch", "{t}", "{t}/out", "--from", "pdf"), b"unknown format"),
    (("rewrite", "{t}/file.txt", "{t}/file.txt", "--report-json", "{t}/r.json", "-o", "{t}/o/"), b"--report-json"),
    (("rewrite", "{t}/file.txt", "{t}/file.txt"), b"output folder"),
])
def test_usage_errors_exit_2(tmp_path, args, msg):
    (tmp_path / "file.txt").write_text("Un texte.", encoding="utf-8")
    r = cli(*[a.format(t=tmp_path) for a in args])
    assert r.returncode == 2 and msg in r.stderr, r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


# --- the parts, in process ----------------------------------------------------------------


def test_discover(tmp_path, monkeypatch):
    src = tmp_path / "in"
    (src / "b" / "c").mkdir(parents=True)
    for rel in ("z.TXT", "a.md", "b/c/d.html", "b/x.txt", "b/x.html", "skip.csv", ".h.txt"):
        (src / rel).write_text("x", encoding="utf-8")
    (src / "out").mkdir()
    (src / "out" / "o.md").write_text("x", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    (src / "link-out.txt").symlink_to(tmp_path / "outside.txt")
    (src / "link-in.txt").symlink_to(src / "a.md")
    (src / "locked").mkdir()
    found = batch.discover(src, batch.DEFAULT_GLOBS, src / "out")
    assert [(i.rel, i.output) for i in found] == [
        ("a.md", "a.md"), ("b/c/d.html", "b/c/d.md"), ("b/x.html", "b/x.html.md"), ("b/x.txt", "b/x.txt.md"),
        ("link-in.txt", "link-in.md"), ("link-out.txt", None), ("z.TXT", "z.md")]
    assert [i.rel for i in found if i.left] == ["link-out.txt"]  # found, left alone, said
    assert [i.rel for i in batch.discover(src, ("b/*.txt",))] == ["b/x.txt"]

    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    locked = [i for i in batch.discover(src) if i.rel == "locked/"]
    assert len(locked) == 1 and locked[0].error == "folder cannot be read (Permission denied)"


def test_one_batch_at_a_time_per_output_folder(tmp_path):
    with batch._locked(tmp_path):
        with pytest.raises(batch.UsageError, match="another batch is writing there"):
            batch.run([], tmp_path, Options())
    assert batch.run([], tmp_path, Options()).records == []  # released


def test_size_limit_and_leftovers(tmp_path):
    assert batch.too_large(3_000_001, "a.txt", 50_000) and not batch.too_large(3_000_000, "a.txt", 50_000)
    assert not batch.too_large(20_000_000, "a.html", 50_000) and batch.too_large(20_000_001, "a.docx", 50_000)
    assert not batch.too_large(1 << 20, "a.txt", 10) and not batch.too_large(10**9, "a.txt", 0)
    (tmp_path / "s").mkdir()
    keep = [".a.txt.abcd1234.tmp", "b.md", ".b.md.tmp", "notes.abcd1234.tmp"]
    gone = [".b.md.k3j_9x0a.tmp", "s/.c.md.abcdefgh.tmp", ".report.jsonl.12345678.tmp",
            f".{batch.MANIFEST}.zzzzzzzz.tmp"]
    for f in keep + gone:
        (tmp_path / f).write_text("x", encoding="utf-8")
    assert batch.remove_leftovers(tmp_path) == len(gone)
    assert sorted(tree(tmp_path)) == sorted(keep)


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_and_summary_on_a_terminal():
    from seoarticle import progress

    stream = _TTY()
    ev = progress.events(False, stream)
    assert isinstance(ev, progress.Bar)
    ev.start(3, 2)
    ev.known({"path": "old.txt", "status": "skipped"})
    ev.file({"path": "a.txt", "status": "converted", "words_in": 400})
    ev.file({"path": "b.txt", "status": "failed", "error": "the input is empty"})
    ev.close()
    shown = stream.getvalue()
    assert "2/2" in shown and "words/s" in shown and "1 failed" in shown and "FAILED" in shown and "\x1b[" in shown
    assert isinstance(progress.events(True, stream), progress.Lines)  # --quiet: no bar
    s = batch.Summary(total=3, records=[
        {"path": "a.txt", "status": "converted", "words_in": 400, "words_out": 700, "checks": {"length": "pass"}},
        {"path": "b.txt", "status": "failed", "error": "the input is empty"},
        {"path": "old.txt", "status": "skipped", "words_in": 10, "words_out": 20, "checks": {"length": "fail"}}])
    plain = io.StringIO()
    progress.print_summary(s, "out", plain)
    assert plain.getvalue().splitlines()[:4] == [
        "seoarticle batch: 3 files: 1 converted, 1 skipped, 1 failed (0.0 s)",
        "words: 410 in, 720 out", "checks (pass / warn / fail):", "  length  1 / 0 / 1"]
    progress.print_summary(s, "out", stream)
    assert "checks of the articles" in stream.getvalue()


def test_an_article_edited_by_hand_is_never_overwritten_without_force(tmp_path):
    """UX-4: a second batch rewrote an article edited in OUT_DIR since the
    first, without a word. Input unchanged: kept, said on its line; input
    changed: kept and failed (exit 1); --force overwrites."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    _copies(src, 2)
    assert cli("batch", src, out, "--jobs", "1").returncode == 0
    edited = (out / "00.md").read_text(encoding="utf-8") + "\nUne ligne ajoutée à la main.\n"
    (out / "00.md").write_text(edited, encoding="utf-8")
    r = cli("batch", src, out, "--jobs", "1")
    assert r.returncode == 0 and b"skipped 00.txt (edited since it was written: kept" in r.stderr, r.stderr
    assert (out / "00.md").read_text(encoding="utf-8") == edited and statuses(out)["00.txt"] == "skipped"
    with open(src / "00.txt", "a", encoding="utf-8") as f:
        f.write("\nLe maire a confirmé la décision mardi.\n")
    r = cli("batch", src, out, "--jobs", "1")
    assert r.returncode == 1 and b"FAILED 00.txt: its article 00.md was edited since it was written" in r.stderr
    assert (out / "00.md").read_text(encoding="utf-8") == edited
    assert cli("batch", src, out, "--jobs", "1", "--force", "-q").returncode == 0
    assert "ajoutée à la main" not in (out / "00.md").read_text(encoding="utf-8")


def test_links_out_of_the_folder_and_an_empty_match_are_said(tmp_path):
    """UX-7: links leading out of IN_DIR were left out without a word, and a
    --glob matching nothing gave « 0 files » and exit 0 in silence."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    _copies(src, 1)
    outside = tmp_path / "ailleurs.txt"
    outside.write_text(text("010.txt"), encoding="utf-8")
    (src / "lien.txt").symlink_to(outside)
    r = cli("batch", src, out, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert b"skipped lien.txt (a link out of the input folder, not followed" in r.stderr, r.stderr
    row = next(x for x in index(out) if x["path"] == "lien.txt")
    assert row["status"] == "skipped" and row["output"] is None and row["error"] is None and "link out of" in row["why"]
    assert not (out / "lien.md").exists() and (out / "00.md").exists()
    before = (out / "report.jsonl").read_bytes()
    r = cli("batch", src, out, "--glob", "*.pdf")
    assert r.returncode == 0 and b"no file under" in r.stderr and b"matches *.pdf" in r.stderr, r.stderr
    assert (out / "report.jsonl").read_bytes() == before  # (c3: the folder's index was emptied)


def test_several_files_are_named_from_their_common_folder_without_dot_dot(tmp_path):
    """UX-6: « rewrite t/../t/003.txt … -o out/ » kept « .. » in the path
    printed and indexed."""
    (tmp_path / "t").mkdir()
    (tmp_path / "u").mkdir()
    (tmp_path / "t" / "a.txt").write_text(text("003.txt"), encoding="utf-8")
    (tmp_path / "u" / "b.txt").write_text(text("010.txt"), encoding="utf-8")
    found = batch.files_as_inputs([str(tmp_path / "t" / ".." / "t" / "a.txt"), str(tmp_path / "u" / "b.txt")])
    assert [(i.rel, i.output) for i in found] == [("t/a.txt", "t/a.md"), ("u/b.txt", "u/b.md")]


def test_a_worker_dead_between_two_chunks_leaves_no_file_undone(tmp_path, monkeypatch):
    """A worker killed after its chunk's last result, before it was sent the
    next chunk (out of memory, a kill): the batch ended there, exit 0, the
    files after never converted nor reported (seen under load as a failure
    of test_worker_killed_mid_batch_then_resume). A new worker takes them."""
    import multiprocessing

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    _copies(src, 8)  # chunks of 2 for one worker
    real, killed = batch.write_atomic, []

    def write_then_kill_the_worker(path, data, *args, **kwargs):
        real(path, data, *args, **kwargs)
        if Path(path).name == "01.md" and not killed:  # the first chunk's last output: nothing pending
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)
                child.join(10)
                killed.append(child.pid)

    monkeypatch.setattr(batch, "write_atomic", write_then_kill_the_worker)
    summary = batch.run(batch.name_outputs(batch.discover(src)), out, Options(), jobs=1)
    assert killed and not summary.interrupted and summary.failed == 0
    assert set(statuses(out).values()) == {"converted"} and len(statuses(out)) == 8
    assert sorted(p.name for p in out.glob("*.md")) == [f"{k:02d}.md" for k in range(8)]


def test_the_manifest_knows_the_articles_it_recorded_after_each_change(tmp_path):
    """`Manifest.wrote` answers from an index of the recorded articles (no
    scan of every entry for each file of a large batch); each change to
    the entries is seen at once."""
    from seoarticle.batch import Manifest

    m = Manifest(tmp_path)
    assert not m.wrote("a.md", "1" * 64)
    m.record("a.txt", {"output": "a.md", "output_sha256": "1" * 64})
    assert m.wrote("a.md", "1" * 64) and not m.wrote("b.md", "1" * 64)
    m.intend("a.txt", {"output": "a.md", "output_sha256": "2" * 64})  # a write under way: old and new are ours
    assert m.wrote("a.md", "1" * 64) and m.wrote("a.md", "2" * 64)
    m.record("a.txt", {"output": "a.md", "output_sha256": "2" * 64})
    assert not m.wrote("a.md", "1" * 64) and m.wrote("a.md", "2" * 64)
    m.record("a.txt", None)
    assert not m.wrote("a.md", "2" * 64)
    m.save()
    assert Manifest(tmp_path).entries == {}
