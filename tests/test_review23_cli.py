"""Session 23: the CLI and batch items of the reviews c3 (/work/cr22/c3) and
UX (/work/rev22): each test failed on the code before its fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from clitools import cli, corpus, index
from seoarticle import batch
from seoarticle.model import Options


# --- c3-6: a file in OUT_DIR that no batch wrote is never overwritten without --force ---------------


def test_a_file_of_the_user_at_an_outputs_path_is_kept_and_the_input_fails(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "notes.txt").write_text(corpus("003.txt"), encoding="utf-8")
    (out / "notes.md").write_text("MES NOTES\n", encoding="utf-8")  # a first run into a folder not empty
    r = cli("batch", src, out, "--jobs", "1")
    assert r.returncode == 1, r.stderr
    assert (out / "notes.md").read_text(encoding="utf-8") == "MES NOTES\n"
    line = next(x for x in r.stderr.decode().splitlines() if x.startswith("FAILED notes.txt"))
    assert str(out / "notes.md") in line and "--force" in line
    row = index(out)[0]
    assert row["status"] == "failed" and row["output"] is None and "--force" in row["error"]
    # Not ours on the next run either (the manifest does not know it).
    assert cli("batch", src, out, "--jobs", "1", "-q").returncode == 1
    assert (out / "notes.md").read_text(encoding="utf-8") == "MES NOTES\n"
    r = cli("batch", src, out, "--jobs", "1", "-q", "--force")
    assert r.returncode == 0, r.stderr
    assert (out / "notes.md").read_text(encoding="utf-8").startswith("---\n")
    assert cli("batch", src, out, "--jobs", "1", "-q").returncode == 0  # ours now: up to date
    assert index(out)[0]["status"] == "skipped"


def test_a_new_input_next_to_a_hand_written_article_after_a_first_batch(tmp_path):
    """c3-6 as reported: a batch ran, then OUT/new.md was written by hand and
    IN/new.txt added; the next batch replaced new.md without a word."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (out / "new.md").write_text("MY OWN ARTICLE\n", encoding="utf-8")
    (out / batch.MANIFEST).write_text(json.dumps({"format": batch.MANIFEST_FORMAT, "files": {}}), encoding="utf-8")
    (src / "new.txt").write_text(corpus("005.txt"), encoding="utf-8")
    r = cli("batch", src, out, "--jobs", "1")
    assert r.returncode == 1 and b"no batch wrote it" in r.stderr, r.stderr
    assert (out / "new.md").read_text(encoding="utf-8") == "MY OWN ARTICLE\n"


def test_several_files_into_a_folder_keep_a_file_of_the_user(tmp_path):
    (tmp_path / "a.txt").write_text(corpus("003.txt"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").write_text("à moi\n", encoding="utf-8")
    r = cli("rewrite", tmp_path / "a.txt", tmp_path / "b.txt", "-o", f"{out}/")
    assert r.returncode == 1 and b"FAILED a.txt" in r.stderr and b"--force" in r.stderr, r.stderr
    assert (out / "a.md").read_text(encoding="utf-8") == "à moi\n"


def test_a_report_jsonl_of_the_user_is_kept(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "vide.txt").write_text("", encoding="utf-8")  # fails before any worker starts
    (out / "report.jsonl").write_text("mes lignes\n", encoding="utf-8")
    r = cli("batch", src, out)
    assert r.returncode == 2 and b"report.jsonl" in r.stderr and b"--force" in r.stderr, r.stderr
    assert r.stderr.count(b"\n") == 1
    assert (out / "report.jsonl").read_text(encoding="utf-8") == "mes lignes\n"
    assert cli("batch", src, out, "--force", "-q").returncode == 1  # (vide.txt fails)
    assert index(out)[0]["path"] == "vide.txt"
    assert cli("batch", src, out, "-q").returncode == 1  # our index now (a manifest beside it)


def test_manifest_judges_with_one_read_of_the_article(tmp_path, monkeypatch):
    """c3-20: `Manifest.edited` read and hashed the article `up_to_date` had
    just read and hashed."""
    inp = batch.Input("a.txt", tmp_path / "a.txt", "a.md")
    (tmp_path / "a.txt").write_text("texte\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("édité\n", encoding="utf-8")
    m = batch.Manifest(tmp_path)
    m.record("a.txt", {"input": batch.sha256(b"texte\n"), "options": batch.options_key(Options()), "output": "a.md",
                       "output_sha256": batch.sha256(b"article\n"), "record": {}})
    m.save()
    reads = []
    real = Path.read_bytes

    def counting(self):
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    summary = batch.run([inp], tmp_path, Options(), jobs=1)
    assert summary.records[0]["why"].startswith("edited since it was written")
    assert reads.count("a.md") == 1 and reads.count("a.txt") == 1


# --- UX-19: no .seoarticle-lock left in OUT_DIR, and the lock still works --------------------------


def test_the_lock_is_removed_at_the_end_and_still_excludes(tmp_path):
    assert batch.run([], tmp_path, Options()).records == []
    assert not (tmp_path / batch.LOCK).exists()
    with batch._locked(tmp_path):
        assert (tmp_path / batch.LOCK).exists()
        with pytest.raises(batch.UsageError, match="another batch is writing there"):
            batch.run([], tmp_path, Options())
        assert (tmp_path / batch.LOCK).exists()  # (the refused one removes nothing)
    assert not (tmp_path / batch.LOCK).exists()


def test_a_lock_got_on_a_file_already_removed_is_taken_again(tmp_path, monkeypatch):
    """A batch that opened the lock file just before the batch holding it
    removed it, and locked it once released, holds a lock no one else sees:
    it must lock the file now at that name."""
    import fcntl

    real, calls = fcntl.flock, []

    def flock(fd, op):
        if not calls:  # the batch before ends between our open() and our flock()
            os.unlink(tmp_path / batch.LOCK)
        calls.append(fd)
        return real(fd, op)

    monkeypatch.setattr(fcntl, "flock", flock)
    with batch._locked(tmp_path) as held:
        assert len(calls) == 2
        assert os.path.samestat(os.fstat(held.fd), os.stat(tmp_path / batch.LOCK))


# --- UX-20: a message that cannot be written changes no exit code ----------------------------------


def _full_stderr(*args):
    with open("/dev/full", "wb") as full:
        return subprocess.run([sys.executable, "-m", "seoarticle", *map(str, args)], stdout=subprocess.PIPE,
                              stderr=full, cwd=ROOT)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_stderr_changes_no_exit_code(tmp_path):
    (tmp_path / "in").mkdir()
    assert _full_stderr("batch", tmp_path / "in", tmp_path / "out", "--glob", "*.pdf").returncode == 0
    r = _full_stderr("rewrite", CORPUS[2], "-o", tmp_path / "a.md")
    assert r.returncode == 0 and (tmp_path / "a.md").read_text(encoding="utf-8").startswith("---\n")
    assert _full_stderr("rewrite", tmp_path / "nothing.txt").returncode == 2


# --- c3-11, c3-10: --report-json ./- is a file; the message for one input and -o FOLDER/ -------------


def test_report_json_dot_slash_dash_is_a_file_named_dash(tmp_path):
    # (run in tmp_path: the PYTHONPATH inherited, made absolute)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        os.path.abspath(x) for x in os.environ.get("PYTHONPATH", "").split(os.pathsep) if x)}
    r = subprocess.run([sys.executable, "-m", "seoarticle", "rewrite", str(CORPUS[2]), "-o", "a.md", "-q",
                        "--report-json", "./-"], capture_output=True, cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"" and json.loads((tmp_path / "-").read_text(encoding="utf-8"))["words"] > 0


def test_report_json_with_one_input_and_an_output_folder_says_so(tmp_path):
    r = cli("rewrite", CORPUS[2], "-o", f"{tmp_path}/d/", "--report-json", "-")
    assert r.returncode == 2 and b"with -o FOLDER/" in r.stderr and b"several" not in r.stderr, r.stderr


# --- c3-15, c3-17: a pipe given as a path has stdin's cap; a file on stdin is sized unread ---------------


def test_a_pipe_given_as_a_path_is_read_no_further_than_the_cap():
    # --max-words 1: the cap is markup's floor, 16 MiB; 17 MiB come down the pipe.
    chunk = b"mot " * (1 << 18)  # 1 MiB
    p = subprocess.Popen([sys.executable, "-m", "seoarticle", "rewrite", "/dev/stdin", "--max-words", "1"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        for _ in range(17):
            p.stdin.write(chunk)
        p.stdin.close()
    except BrokenPipeError:  # (refused at the cap, before the end: what is wanted)
        pass
    err = p.stderr.read()
    assert p.wait() == 2
    assert b"/dev/stdin: over 16.0 MiB, too large for --max-words 1" in err, err


def test_a_regular_file_on_stdin_is_sized_unread(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"mot " * (600_000))  # 2.3 MiB: over 1 MiB, the floor for text
    with open(big, "rb") as fh:
        r = subprocess.run([sys.executable, "-m", "seoarticle", "rewrite", "--max-words", "10"], stdin=fh,
                           capture_output=True, cwd=ROOT)
    assert r.returncode == 2 and b"standard input: the file is 2.3 MiB" in r.stderr and b"unread" in r.stderr, r.stderr


def test_the_count_of_the_messages_has_a_public_name():
    """cli.py imported reader's private `_n`."""
    from seoarticle.reader import thousands

    assert thousands(50_000) == "50 000" and thousands(7) == "7"


# --- c3-21: a --keyword the text never uses is refused before the parse ------------------------------


def test_a_keyword_the_text_never_uses_is_refused_before_the_model_is_asked(monkeypatch):
    from seoarticle import nlp, rewrite
    from seoarticle import keyphrase  # noqa: F401 - imported before the patch, which it would keep (`from .nlp import get_nlp`)
    from seoarticle.errors import InputError

    def no_parse(*args, **kwargs):
        raise AssertionError("the pipeline was asked for")

    monkeypatch.setattr(nlp, "get_nlp", no_parse)
    text = corpus("002.txt")
    with pytest.raises(InputError) as exc:
        rewrite(text, Options(keyword="ouragan Sandy"))
    assert str(exc.value) == ("--keyword « ouragan Sandy »: the text never uses « ouragan », « Sandy »; "
                              "give a keyphrase made of the text's words, or leave --keyword out")
    with pytest.raises(InputError, match="no word in it names anything"):
        rewrite(text, Options(keyword="le la de"))
    # In a batch: the file fails with the same message, and nothing is parsed.
    got = list(batch.convert([(0, "a.txt", text.encode())], Options(keyword="ouragan Sandy"), nlp=_NoPipe()))
    assert got == [(0, None, str(exc.value))]


class _NoPipe:
    def pipe(self, texts):
        texts = list(texts)
        assert not texts, "a text was parsed"
        return iter(())


# --- c3-18: check has rewrite's limits -----------------------------------------------------------------


def test_check_refuses_an_article_over_the_word_limit_before_any_work(tmp_path):
    art = tmp_path / "long.md"
    art.write_text(corpus("001.txt") * 3, encoding="utf-8")  # 2,500 words
    r = cli("check", art, "--max-words", "1000")
    assert r.returncode == 2 and r.stdout == b"", r.stderr
    assert r.stderr == f"seoarticle: error: {art}: the article is over the limit of 1 000 words (counted no " \
                       "further); split it, or raise the limit with --max-words\n".encode()
    big = tmp_path / "big.md"
    big.write_bytes(b"mot " * 400_000)  # 1.5 MiB: over the floor of 1 MiB for text
    r = cli("check", big, "--max-words", "10")
    assert r.returncode == 2 and b"the file is 1.5 MiB, too large for --max-words 10 (refused unread)" in r.stderr
    r = cli("check", ROOT / "examples" / "isw-briefing.md", "--source", art, "--max-words", "1000", "--json")
    assert r.returncode == 2 and b"the source is over the limit of 1 000 words" in r.stderr, r.stderr


# --- UX-18: in a --glob with '/', '*' stops at '/', '**' crosses folders ---------------------------------


def test_a_glob_with_a_slash_reads_star_as_the_shell_does(tmp_path):
    for rel in ("2017/a.txt", "2017/avril/b.txt", "2017/avril/jour/c.txt", "2018/d.txt", "e.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")

    def found(*globs):
        return [i.rel for i in batch.discover(tmp_path, globs)]

    assert found("2017/*.txt") == ["2017/a.txt"]
    assert found("2017/**/*.txt") == ["2017/a.txt", "2017/avril/b.txt", "2017/avril/jour/c.txt"]
    assert found("*/*.TXT") == ["2017/a.txt", "2018/d.txt"]
    assert found("**/*.txt") == found("*.txt") == ["2017/a.txt", "2017/avril/b.txt", "2017/avril/jour/c.txt",
                                                   "2018/d.txt", "e.txt"]
    assert found("201[!7]/*.txt") == ["2018/d.txt"] and found("2017?a.txt") == []


# --- c3-9: --force with one input is said; usage errors suggest only close options; « help » ----------------


def test_a_batch_option_with_one_input_is_said():
    r = cli("rewrite", CORPUS[2], "--force", "-q", "-o", "/dev/null")
    assert r.returncode == 0 and r.stderr.decode().splitlines() == [
        "seoarticle: note: --force only changes a batch (several inputs, or -o FOLDER/); with one input it does nothing"]


@pytest.mark.parametrize("args,message", [
    (("rewrite", "--bogus"), "No such option: --bogus (see 'seoarticle rewrite --help')"),
    (("rewrite", "x", "--glob", "a"), "No such option: --glob; it is an option of seoarticle batch (see "
                                      "'seoarticle rewrite --help')"),
    (("check", "x", "--jsn"), "No such option: --jsn; did you mean --json? (see 'seoarticle check --help')"),
])
def test_usage_errors_suggest_what_is_close_or_where_it_is(args, message):
    r = cli(*args)
    assert r.returncode == 2 and r.stderr.decode() == f"seoarticle: error: {message}\n"


def test_help_as_a_command():
    r = cli("help", "batch")
    assert r.returncode == 0 and r.stdout.startswith(b"Usage: seoarticle batch"), r.stderr
    assert cli("help").stdout.startswith(b"Usage: seoarticle ")


# --- c3-19: a closed pipe on stdout still gives --strict its exit code -----------------------------------


@pytest.mark.parametrize("text,strict,code", [(CORPUS[2], (), 0), (CORPUS[5], ("--strict",), 1)])
def test_a_closed_pipe_on_stdout_is_no_error_and_strict_keeps_its_exit_code(text, strict, code):
    """The pipe's reader gone before the article is written (« | head -0 »):
    click's EPIPE handling ended the run with exit 1, whatever --strict."""
    p = subprocess.Popen([sys.executable, "-m", "seoarticle", "rewrite", str(text), "-q", *strict],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait() == code and err == b"", err  # (006 falls short of --min-words: 1 under --strict)


# --- c3-12, c3-13, c3-14: every link is said; the index's skip reasons are in « why » ---------------------


def test_links_dangling_or_to_a_folder_are_listed_with_why(tmp_path):
    src = tmp_path / "in"
    (src / "dossier.txt").mkdir(parents=True)
    (src / "a.txt").write_text("x", encoding="utf-8")
    (src / "perdu.txt").symlink_to(tmp_path / "nulle-part.txt")  # out, and dangling
    (src / "cassé.txt").symlink_to(src / "supprimé.txt")  # in, dangling
    (src / "vers-dossier.txt").symlink_to(src / "dossier.txt")
    (src / "autre.pdf").symlink_to(tmp_path / "rien.pdf")  # no match: not listed
    found = {i.rel: i for i in batch.discover(src)}
    assert sorted(found) == ["a.txt", "cassé.txt", "perdu.txt", "vers-dossier.txt"]
    assert "link out of the input folder" in found["perdu.txt"].left
    assert "a link to nothing" in found["cassé.txt"].error and "a link to a folder" in found["vers-dossier.txt"].left


def test_index_why_for_a_skip_and_a_link_out_keeps_naming_its_article(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (tmp_path / "ailleurs.txt").write_text("x", encoding="utf-8")
    (src / "lien.txt").symlink_to(tmp_path / "ailleurs.txt")
    (out / "lien.md").write_text("article\n", encoding="utf-8")  # written when the link led inside
    m = batch.Manifest(out)
    m.record("lien.txt", {"input": batch.sha256(b"x"), "options": batch.options_key(Options()), "output": "lien.md",
                          "output_sha256": batch.sha256(b"article\n"), "record": {"words_out": 700}})
    m.save()
    batch.run(batch.discover(src), out, Options(), jobs=1)
    row = index(out)[0]
    assert row["status"] == "skipped" and row["error"] is None and row["output"] == "lien.md"
    assert "link out of the input folder" in row["why"] and "lien.md, is kept" in row["why"]
    assert list(row) == list(batch.INDEX_FIELDS)


def test_an_edited_article_is_not_indexed_with_the_figures_of_the_one_written(tmp_path):
    (tmp_path / "a.txt").write_text("texte\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("édité\n", encoding="utf-8")
    m = batch.Manifest(tmp_path)
    m.record("a.txt", {"input": batch.sha256(b"texte\n"), "options": batch.options_key(Options()), "output": "a.md",
                       "output_sha256": batch.sha256(b"article\n"),
                       "record": {"words_in": 2, "words_out": 700, "failed_checks": ["length"]}})
    m.save()
    batch.run([batch.Input("a.txt", tmp_path / "a.txt", "a.md")], tmp_path, Options(), jobs=1)
    row = index(tmp_path)[0]
    assert row["status"] == "skipped" and row["error"] is None and row["why"].startswith("edited since")
    assert row["words_in"] == 2 and row["words_out"] is None and row["failed_checks"] == []
