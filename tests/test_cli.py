import json
import os
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


# --- seoarticle check ---------------------------------------------------------------

SEED = ROOT / "seeds" / "000_35691501ca13e87b.txt"


def seed_markdown() -> str:
    """The seed 000 as an editor would paste it into Markdown: its short
    lines without final punctuation become ## subheadings; no H1, no front matter."""
    out = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            out.append(("## " + line) if len(line) <= 150 and line[-1] not in ".!?…:;»" else line)
    return "\n\n".join(out) + "\n"


def test_check_agrees_with_the_rewrite_report(tmp_path):
    art, rep = tmp_path / "isw.md", tmp_path / "r.json"
    assert run("rewrite", str(ISW), "-o", str(art), "-q", "--report-json", str(rep)).returncode == 0
    r = run("check", str(art), "--source", str(ISW), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["checks"] == json.loads(rep.read_text())["checks"]  # rewrite's report is check's report
    ids = {c["id"] for c in data["checks"]}
    assert {"length", "keyphrase_density", "flesch", "passive", "transitions", "facts_numbers", "facts_quotations"} <= ids


def test_check_hand_edited_copy_strict(tmp_path):
    md = (ROOT / "examples" / "isw-briefing.md").read_text(encoding="utf-8")
    assert "28 programmes" in md
    edited = md.replace("28 programmes", "30 programmes") + "\n# Un second titre\n\nAjouté à la main par un éditeur.\n"
    p = tmp_path / "edited.md"
    p.write_text(edited, encoding="utf-8")
    r = run("check", str(p), "--source", str(ISW), "--strict")
    assert r.returncode == 1, r.stderr
    out = r.stdout.decode()
    assert "FAIL facts: numbers: 1" in out and "not in the source: 30" in out and "not in the article: 28" in out
    assert "FAIL single H1: 2" in out and "\x1b[" not in out and out.rstrip().endswith("fail)")


def test_check_seed_as_markdown_json(tmp_path):
    p = tmp_path / "seed.md"
    p.write_text(seed_markdown(), encoding="utf-8")
    r = run("check", str(p), "--json", "--strict", "--min-words", "1000")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    c = {x["id"]: x for x in data["checks"]}
    assert c["h1"]["value"] == 0 and c["h1"]["status"] == "fail"
    assert c["length"]["status"] == "pass" and c["length"]["value"] > 1000
    assert data["keyword_how"].startswith("chosen from the article")
    assert c["sections"]["status"] == "pass"  # the seed's own intertitres
    assert "facts_numbers" not in c  # no --source


@pytest.mark.parametrize("args,content,msg", [
    (("check", "{p}"), "---\ntitle: [unclosed\n---\n# T\n", b"front matter"),
    (("check", "{p}"), "", b"empty"),
    (("check", "/nonexistent/a.md"), None, b"no such file"),
    (("check", "{p}", "--source", "/nonexistent/s.txt"), "# T\n\nTexte.\n", b"no such file"),
])
def test_check_user_errors_exit_2(tmp_path, args, content, msg):
    p = tmp_path / "a.md"
    if content is not None:
        p.write_text(content, encoding="utf-8")
    r = run(*[a.format(p=p) for a in args])
    assert r.returncode == 2 and msg in r.stderr, r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr


@pytest.mark.parametrize("args,msg", [
    (("check", "x.md", "--min-words", "0"), b"Invalid value for '--min-words'"),
    (("rewrite", "x.txt", "--max-words", "beaucoup"), b"Invalid value for '--max-words'"),
    (("rewrite", "x.txt", "--bogus"), b"No such option: --bogus"),
    (("check", "x.md", "y.md"), b"unexpected extra argument"),
    (("rewrit", "x.txt"), b"No such command 'rewrit'"),
])
def test_usage_errors_one_line_exit_2(args, msg):
    """A usage error is one line and exit 2, like any other error (click's
    own is four: usage, hint, blank line, error)."""
    r = run(*args)
    assert r.returncode == 2 and msg in r.stderr, r.stderr
    assert r.stderr.count(b"\n") == 1 and r.stderr.startswith(b"seoarticle: error: ") and b"--help" in r.stderr
    assert r.stdout == b""


def test_several_inputs_without_an_output_folder_is_one_line():
    r = run("rewrite", "x.txt", "y.txt")
    assert r.returncode == 2 and r.stderr == b"seoarticle: error: several inputs need an output folder: -o FOLDER/\n"
    assert r.stdout == b""


def test_no_command_still_shows_the_help():
    r = run()
    assert r.returncode == 2 and b"Commands" in r.stderr + r.stdout


def test_output_dash_is_stdout(tmp_path):
    """« -o - » writes the article to stdout, as « - » reads stdin; no file named « - »."""
    import os
    import subprocess
    import sys

    from conftest import ISW

    r = subprocess.run([sys.executable, "-m", "seoarticle", "rewrite", str(ISW), "-o", "-", "-q"], cwd=tmp_path,
                       capture_output=True, env=dict(os.environ))
    assert r.returncode == 0 and r.stdout.startswith(b"---\ntitle:")
    assert not (tmp_path / "-").exists()


def test_an_english_request_opening_the_text_is_left_out_and_said(tmp_path):
    seed = ROOT / "seeds" / "004_8ef6f2fd5953c02f.txt"
    r = run("rewrite", str(seed), "--report-json", str(tmp_path / "r.json"))
    assert r.returncode == 0, r.stderr
    assert b"seo compatible" not in r.stdout and "l’Institut pour l’étude de la guerre".encode() in r.stdout
    said = [ln for ln in r.stderr.decode().splitlines() if ln.startswith("left out:")]
    assert said == ["left out: opening line 1, in English, not French: « Make this article seo compatible,Let there "
                    "be subheadings for the article, be in french, create at least 700 words »"]
    assert json.loads((tmp_path / "r.json").read_text())["left_out"] == [said[0].removeprefix("left out: ")]


def test_the_command_runs_the_young_collection_less_often_a_library_import_does_not():
    """nlp.tune_gc: the CLI sets the collector's young threshold (some 5 % of
    our own work per article); importing seoarticle leaves a program's own
    setting alone; a higher threshold, or a disabled one (0), is kept."""
    probe = (
        "import gc, sys\n"
        "import seoarticle, seoarticle.api\n"
        "print(gc.get_threshold()[0])\n"
        "from seoarticle.cli import main\n"
        "sys.argv = ['seoarticle', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_threshold()[0])\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    from seoarticle.nlp import GC_YOUNG

    lines = r.stdout.splitlines()
    assert [lines[0], lines[-1]] == ["700", str(GC_YOUNG)], r.stdout + r.stderr

    import gc

    from seoarticle.nlp import tune_gc

    saved = gc.get_threshold()
    try:
        for before, after in [((700, 10, 10), (GC_YOUNG, 10, 10)), ((10**6, 5, 5), (10**6, 5, 5)), ((0, 10, 10), (0, 10, 10))]:
            gc.set_threshold(*before)
            tune_gc()
            assert gc.get_threshold() == after
    finally:
        gc.set_threshold(*saved)


def test_a_full_disk_on_stdout_is_one_line_exit_2(tmp_path):
    """UX-1: « seoarticle rewrite x > /dev/full » ended in a traceback, exit 1."""
    article = tmp_path / "a.md"
    assert run("rewrite", str(ROOT / "tests" / "corpus" / "003.txt"), "-q", "-o", str(article)).returncode == 0
    for args in (("rewrite", str(ROOT / "tests" / "corpus" / "003.txt"), "-q"), ("check", str(article)), ("check", str(article), "--json")):
        with open("/dev/full", "wb") as full:
            r = subprocess.run([sys.executable, "-m", "seoarticle", *args], stdout=full, stderr=subprocess.PIPE, cwd=ROOT)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr.count(b"\n") == 1 and b"standard output cannot be written" in r.stderr, r.stderr
        assert b"Traceback" not in r.stderr


def test_a_text_too_large_is_refused_without_listing_its_words(tmp_path):
    """UX-2: a text over --max-words was refused only after the list of all
    its words was built (1.6 GB for 100 MB); a file too large for the limit
    is now refused unread, stdin past markup's size is not read to its end,
    and a long text is counted word by word up to the limit."""
    text = (ROOT / "tests" / "corpus" / "001.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(text * (1_100_000 // len(text) + 1), encoding="utf-8")  # over 1 MiB: over the floor of plain text
    r = run("rewrite", str(big), "--max-words", "1000")
    assert r.returncode == 2 and b"refused unread" in r.stderr and r.stderr.count(b"\n") == 1, r.stderr
    r = run("rewrite", "-", "--max-words", "1000", input=(text * 40).encode())
    assert r.returncode == 2 and "over the limit of 1 000 words".encode() in r.stderr, r.stderr
    r = run("rewrite", "-", "--max-words", "10", input=b"mot " * (4 << 20) + b"fin")
    assert r.returncode == 2 and b"standard input: over 16.0 MiB" in r.stderr, r.stderr


def test_report_json_dash_is_stdout_beside_an_article_file(tmp_path):
    """UX-3: « --report-json - » wrote a file named « - »."""
    article = tmp_path / "a.md"
    r = subprocess.run([sys.executable, "-m", "seoarticle", "rewrite", str(ROOT / "tests" / "corpus" / "003.txt"), "-q",
                        "-o", str(article), "--report-json", "-"], capture_output=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["words"] >= 300 and article.read_text().startswith("---\n")
    assert not (tmp_path / "-").exists()
    r = subprocess.run([sys.executable, "-m", "seoarticle", "rewrite", str(ROOT / "tests" / "corpus" / "003.txt"), "-q",
                        "--report-json", "-"], capture_output=True, cwd=tmp_path)
    assert r.returncode == 2 and b"already on stdout" in r.stderr and r.stdout == b""
    assert not (tmp_path / "-").exists()


def test_a_keyword_the_text_never_uses_is_refused():
    """UX-5: « --keyword "ouragan Sandy" » on the dengue-vaccine text put a
    hurricane in the title (« Ouragan Sandy : Sanofi Pasteur »); a keyword
    of the text's words, apart or inflected, is taken."""
    text = str(ROOT / "tests" / "corpus" / "002.txt")
    r = run("rewrite", text, "-q", "--keyword", "ouragan Sandy")
    assert r.returncode == 2 and r.stdout == b"" and r.stderr.count(b"\n") == 1, r.stderr
    assert "« ouragan », « Sandy »".encode() in r.stderr
    r = run("rewrite", text, "-q", "--keyword", "vaccins dengue")
    assert r.returncode == 0 and b"keyword: vaccins dengue" in r.stdout, r.stderr


@pytest.mark.parametrize("args,msg", [
    (("rewrite", "tests/corpus/003.txt", "-o"), b"(see 'seoarticle rewrite --help')"),
    (("rewrite", "tests/corpus/003.txt", "--jobs", "0", "-q"), b"--jobs 0: give 1 or more worker processes"),
    (("rewrite", "/bin/ls"), b"a program, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (("rewrite", "tests/corpus/003.txt", "-o", "tests"), b"or end the folder with / for several inputs"),
])
def test_usage_messages_say_what_to_do(args, msg):
    """UX-9, UX-11, UX-12: a hint naming the wrong command's help, --jobs 0
    taken silently with one input, messages that did not say what to do."""
    r = run(*args)
    assert r.returncode == 2 and msg in r.stderr and r.stderr.count(b"\n") == 1, r.stderr


def test_dash_h_is_help():
    """UX-12: « seoarticle -h » was « No such option: -h »."""
    for args in (("-h",), ("rewrite", "-h"), ("batch", "-h"), ("check", "-h")):
        r = run(*args)
        assert r.returncode == 0 and r.stdout.startswith(b"Usage: ") and b"seoarticle" in r.stdout.split(b"\n")[0], (args, r.stderr)


def test_help_names_what_to_give_and_keeps_the_summaries_whole():
    """UX-13: the help showed Python types for values (« -o, --output
    <str> ») and cut the commands' summaries mid-phrase (« (Markdown on... »)."""
    top = run("--help").stdout.decode()
    assert "..." not in top.split("Commands:")[1], top
    rewrite = run("rewrite", "--help").stdout.decode()
    assert "Usage: " in rewrite and "[OPTIONS] [FILE]..." in rewrite
    assert "-o, --output FILE" in rewrite and "--min-words N" in rewrite and "--keyword PHRASE" in rewrite
    assert "--glob GLOB" in run("batch", "--help").stdout.decode()


def test_a_chosen_keyphrase_is_not_put_in_nested_parentheses(tmp_path):
    """UX-17: « keyphrase: sonde Cassini (chosen from the article (in 1
    sentence, …)) » in the report of check."""
    article = tmp_path / "a.md"
    assert run("rewrite", str(ROOT / "tests" / "corpus" / "003.txt"), "-q", "-o", str(article)).returncode == 0
    article.write_text("\n".join(x for x in article.read_text(encoding="utf-8").splitlines()
                                 if not x.startswith("keyword:")), encoding="utf-8")
    line = next(x for x in run("check", str(article)).stdout.decode().splitlines() if x.startswith("keyphrase:"))
    assert "chosen from the article (in" in line and "))" not in line, line


def test_help_and_version_on_a_full_or_closed_stdout_are_one_line(tmp_path):
    """c3-1, c3-2: « seoarticle --version > /dev/full » and a run with stdout
    closed (« >&- ») ended in tracebacks."""
    for args in (("--version",), ("-h",), ("rewrite", "--help")):
        with open("/dev/full", "wb") as full:
            r = subprocess.run([sys.executable, "-m", "seoarticle", *args], stdout=full, stderr=subprocess.PIPE, cwd=ROOT)
        assert r.returncode == 2 and r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr, (args, r.stderr)
    article = tmp_path / "a.md"
    text = str(ROOT / "tests" / "corpus" / "003.txt")
    for args, code in ((("rewrite", text, "-q"), 2), (("rewrite", text, "-q", "-o", str(article)), 0),
                       (("check", str(article), "--json"), 2)):
        r = subprocess.run([sys.executable, "-m", "seoarticle", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           cwd=ROOT, preexec_fn=lambda: os.close(1))
        assert r.returncode == code and b"Traceback" not in r.stderr, (args, r.stderr)
        assert code == 0 or b"standard output cannot be written (standard output is closed)" in r.stderr


def test_a_keyword_from_the_dateline_is_taken_and_one_of_grammar_words_refused(tmp_path):
    """c3-3: « -k Strasbourg » on a dispatch whose dateline alone names the
    city was refused as « never used »; « -k "le la de" » made the title
    « Le la de : … »."""
    dispatch = tmp_path / "d.txt"
    dispatch.write_text("STRASBOURG, 9 juillet 2016 (AFP) – " + (ROOT / "tests" / "corpus" / "010.txt").read_text(
        encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    r = run("rewrite", str(dispatch), "-q", "-k", "Strasbourg")
    assert r.returncode == 0 and b"keyword: Strasbourg" in r.stdout, r.stderr
    for bad in ("le la de", " "):
        r = run("rewrite", str(dispatch), "-q", "-k", bad)
        assert r.returncode == 2 and b"no word in it names anything" in r.stderr and b"Traceback" not in r.stderr


def test_from_html_is_sized_as_markup_whatever_the_name(tmp_path):
    """c3-7: a 4 MB page saved as « page.txt » and given « --from html » was
    refused unread as too large for plain text."""
    body = (ROOT / "tests" / "corpus" / "010.txt").read_text(encoding="utf-8").split("\n\n")
    page = tmp_path / "page.txt"
    page.write_text("<html><head><script>" + "var x = 1;\n" * 400_000 + "</script></head><body><h1>" + body[0]
                    + "</h1>" + "".join(f"<p>{p}</p>" for p in body[1:]) + "</body></html>", encoding="utf-8")
    r = run("rewrite", str(page), "--from", "html", "-q")
    assert r.returncode == 0 and r.stdout.startswith(b"---\n"), r.stderr
    r = run("rewrite", str(page), "-q")
    assert r.returncode == 2 and b"refused unread" in r.stderr  # (read as plain text: over 60 bytes a word of the limit)
