"""Whatever users feed it (issue 6): every awkward input of tests/awkward.py
read to the right text or refused with the right one-line message, and the
formats' details (front matter, structure, noise, tracked changes)."""

from __future__ import annotations

import atexit
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import awkward
from conftest import ISW, ROOT
from seoarticle.errors import InputError
from seoarticle.model import Options
from seoarticle.reader import Document, check_input, load, read

# Built at collection, where the test names come from; removed at exit.
FOLDER = Path(tempfile.mkdtemp(prefix="seoarticle-awkward-"))
atexit.register(shutil.rmtree, FOLDER, True)
EXPECTED = awkward.build(FOLDER)
SAME = sorted(n for n, e in EXPECTED.items() if isinstance(e, awkward.Same))
REFUSED = sorted(n for n, e in EXPECTED.items() if isinstance(e, awkward.Refused))


@pytest.fixture(scope="session")
def folder():
    return FOLDER


def shape(source):
    return source.title, source.dateline, [(b.kind, b.text) for b in source.blocks]


def everything(source) -> str:
    return "\n".join([source.title or ""] + [b.text for b in source.blocks])


@pytest.mark.parametrize("name", SAME)
def test_awkward_input_reads_right(folder, name):
    expect = EXPECTED[name]
    doc = load((folder / name).read_bytes(), name)
    check_input(doc, Options())
    source = read(doc)
    if expect.reference is not None:
        assert shape(source) == shape(read(expect.reference.read_text(encoding="utf-8"))), name
    text = everything(source)
    for piece in expect.contains:
        assert piece in text, (name, piece)
    assert "\ufffd" not in text and "Ã" not in text and "â€" not in text  # no replacement character, no mojibake


@pytest.mark.parametrize("name", REFUSED)
def test_awkward_input_is_refused(folder, name):
    expect = EXPECTED[name]
    options = Options(**dict(expect.options))
    with pytest.raises(InputError) as err:
        doc = load((folder / name).read_bytes(), name, options)
        check_input(doc, options)
        read(doc)
    message = str(err.value)
    assert expect.message in message, message
    assert "\n" not in message and len(message) < 300


def test_each_encoding_gives_the_same_article(results, folder):
    """The ISW briefing in UTF-16, Windows-1252, with CRLF or U+2028…: the
    article is byte for byte the one of its UTF-8 text."""
    from seoarticle import rewrite

    want = results["isw-briefing.txt"][1].markdown
    for name in ("utf16le-nobom.txt", "cp1252.txt", "crlf.txt", "double-utf8.txt", "unicode-separators.txt"):
        doc = load((folder / name).read_bytes(), name)
        assert rewrite(doc).markdown == want, name


def test_latin1_archive_letters_come_out_right(folder):
    for name, codec in (("latin1.txt", "cp1252"), ("iso8859-15.txt", "iso8859_15"), ("macroman.txt", "mac_roman"),
                        ("cp850.txt", "cp850")):
        doc = load((folder / name).read_bytes(), name)
        assert doc.encoding == codec, name
        for ch in "éèàçê«»":
            assert ch in doc, (name, ch)
    assert "œ" in load((folder / "iso8859-15.txt").read_bytes()) and "½" not in load((folder / "iso8859-15.txt").read_bytes())


def test_noise_is_cleaned_and_nothing_else(folder):
    source = read(load((folder / "noise-marks.txt").read_bytes()))
    assert source.title == "Crise à Minsk"
    assert [b.text for b in source.blocks] == [
        "Le président a déclaré : « Nous ne céderons pas […] face aux pressions ». Selon lui, la situation est "
        "« grave »… Mais l'opposition conteste ce bilan.",
        "Les manifestants, au nombre de 12 000, se sont réunis place de l'Indépendance… puis dispersés.",
    ]


def test_noise_keeps_every_word():
    raw = "Le\u00a0maire\u2003de Pa\u00adris a dé\u200bmissionné\u2028hier.\u2029Il\u2009part."
    source = read(raw)
    assert everything(source).split() == ["Le", "maire", "de", "Paris", "a", "démissionné", "hier.", "Il", "part."]


def test_markdown_front_matter_title_keyword_date(folder):
    doc = load((folder / "draft.md").read_bytes(), "draft.md")
    assert doc.format == "md"
    assert doc.title == "Ouragan Sandy : 39 morts aux États-Unis"
    assert doc.keyword == "ouragan Sandy" and doc.date == "30 octobre 2012"
    text = str(doc)
    for mark in ("**", "](", "---", "# ", "<!--", "code non publié", "_vents_", "tags"):
        assert mark not in text, mark


def test_markdown_structure_is_understood(folder):
    source = read(load((folder / "structured.txt.md").read_bytes(), "structured.txt.md"))
    assert source.title == "Grève à la SNCF : le trafic perturbé"
    kinds = [(b.kind, b.text) for b in source.blocks]
    assert kinds == [
        ("para", "Les syndicats appellent à la grève mardi, a annoncé la CGT."),
        ("heading", "Les revendications"),
        ("para", "Une hausse des salaires de 5 %"),  # short, no full stop: a list item is still no heading
        ("para", "L'embauche de 2 000 agents"),
        ("para", "« Nous irons jusqu'au bout », a déclaré le secrétaire général."),
        ("para", "Premier jour"),
        ("para", "Deuxième jour"),
        ("para", "Texte avec code et une sans alt publié."),
    ]


def test_front_matter_keyword_and_title_drive_the_article(folder):
    from seoarticle import rewrite

    result = rewrite(load((folder / "draft.md").read_bytes(), "draft.md"))
    assert result.article.keyword == "ouragan Sandy"
    assert result.article.keyword_how == "from the input's front matter"
    assert result.article.date == "30 octobre 2012"
    given = rewrite(load((folder / "draft.md").read_bytes(), "draft.md"), Options(keyword="New Jersey"))
    assert given.article.keyword == "New Jersey"  # --keyword wins over the front matter


def test_html_page_keeps_the_article_only(folder):
    doc = load((folder / "page-009.html").read_bytes(), "page-009.html")
    assert doc.format == "html" and doc.title == "Ouragan Sandy : 39 morts aux États-Unis"
    for junk in ("Accueil", "cookies", "Pas du texte", "Texte de style", "Partager", "Lire aussi", "Légende",
                 "commenté", "abonner", "Wikinews", "&eacute;", "&rsquo;", "<"):
        assert junk not in doc, junk


def test_html_charset_declared_and_found(folder):
    doc = load((folder / "page-cp1252").read_bytes(), "page-cp1252")
    assert doc.format == "html" and doc.encoding == "cp1252"


def test_docx_tracked_changes_styles_and_tables(folder):
    doc = load((folder / "article.docx").read_bytes(), "article.docx")
    source = read(doc)
    ref = read(awkward.corpus("010.txt"))
    assert source.title == ref.title
    assert "Phrase supprimée" not in doc and "@@" not in doc
    kinds = dict((b.text, b.kind) for b in source.blocks)
    assert kinds["Contexte et enjeux"] == "heading" and kinds["Premier point de la liste"] == "para"
    assert kinds["Bilan ; 39 morts"] == "para"
    # Every paragraph of the text, in order, whatever its runs' bold and italics.
    paras = [b.text for b in source.blocks]
    assert paras[: len(ref.blocks)] == [b.text for b in ref.blocks]


def test_docx_external_entity_is_not_read(folder):
    doc = load((folder / "xxe.docx").read_bytes(), "xxe.docx")
    assert "root:" not in doc and "Le texte de l'article est ici" in read(doc).blocks[0].text


def test_forced_format_wins(folder):
    html = (folder / "page-009.html").read_bytes()
    as_text = load(html, "page-009.html", Options(input_format="txt"))
    assert as_text.format == "txt" and "<article>" in as_text
    md = (folder / "draft.md").read_bytes()
    assert load(md, "draft.txt").format == "txt"  # the extension says plain text
    assert load(md, None).format == "md"  # stdin: Markdown by its marks
    assert load(md, "draft.txt", Options(input_format="md")).title == "Ouragan Sandy : 39 morts aux États-Unis"
    with pytest.raises(InputError, match="not a Word .docx"):
        load(md, "draft.md", Options(input_format="docx"))
    with pytest.raises(InputError, match="unknown input format"):
        load(md, None, Options(input_format="pdf"))


def test_language_refusal_names_the_language_and_force_lang_goes_on(folder):
    english = (folder / "english.txt").read_bytes()
    with pytest.raises(InputError, match=r"looks like English \(en\).*--force-lang"):
        check_input(load(english), Options())
    check_input(load(english), Options(force_lang=True))  # no error


@pytest.mark.parametrize("text", [
    "Emmanuel Macron",  # too short to tell: names read as English to CLD2
    "Le maire a démissionné.",
    "Lundi 3 mars 2020, Emmanuel Macron et Angela Merkel ont signé le traité à Berlin devant la presse.",
])
def test_short_french_is_never_refused(text):
    check_input(text, Options())


def test_max_words_limit_is_cheap_and_exact():
    text = "mot " * 50_000
    check_input(text, Options(force_lang=True))  # at the default limit: taken
    with pytest.raises(InputError, match="50 001 words, over the limit of 50 000"):
        check_input(text + "mot", Options(force_lang=True))
    check_input(text * 2, Options(force_lang=True, max_words=0))  # 0: no limit


def test_spacy_length_limit_is_never_the_one_to_fail():
    """The longest text the reader lets through (every word at its longest)
    fits spaCy's own limit, so only --max-words ever refuses a long text."""
    from seoarticle.nlp import get_nlp
    from seoarticle.reader import MAX_WORD_CHARS

    assert get_nlp().max_length > Options().max_words * (MAX_WORD_CHARS + 1)


def test_document_pickles_for_other_processes(folder):
    doc = load((folder / "draft.md").read_bytes(), "draft.md")
    back = pickle.loads(pickle.dumps(doc))
    assert isinstance(back, Document) and back == doc and back.__dict__ == doc.__dict__
    assert read(back).title == read(doc).title


# --- through the command line ---------------------------------------------------------------


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "seoarticle", *args], input=input, capture_output=True, cwd=ROOT)


@pytest.mark.parametrize("name", ["english.txt", "random.bin", "report.pdf", "draft.odt", "truncated.docx",
                                  "scripts-only.html", "bad-yaml.md", "ambiguous.txt"])
def test_cli_refusals_one_line_exit_2(folder, name):
    r = run("rewrite", str(folder / name))
    assert r.returncode == 2, r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr and r.stdout == b""
    assert r.stderr.startswith(f"seoarticle: error: {folder / name}: ".encode())
    assert EXPECTED[name].message.encode() in r.stderr


def test_cli_takes_a_docx_and_html_on_stdin(folder, results):
    r = run("rewrite", "-", "-q", input=(folder / "article.docx").read_bytes())
    assert r.returncode == 0, r.stderr
    h1 = results["010.txt"][1].markdown.split("\n# ", 1)[1].split("\n", 1)[0]  # the plain text's H1
    assert f"\n# {h1}\n".encode() in r.stdout and r.stdout.count(b"\n# ") == 1
    r = run("rewrite", "--from", "html", "-q", "--force-lang", input=(folder / "page-004.html").read_bytes())
    assert r.returncode == 0, r.stderr
    assert b"Wikinews" not in r.stdout and b"<" not in r.stdout.split(b"\n---\n", 1)[1]


def test_cli_max_words_and_force_lang(folder):
    r = run("rewrite", str(ISW), "--max-words", "100")
    assert r.returncode == 2 and b"over the limit of 100" in r.stderr
    r = run("rewrite", str(folder / "english.txt"), "--force-lang", "-q", "--min-words", "10")
    assert r.returncode == 0, r.stderr
    r = run("rewrite", str(ISW), "--from", "pdf")
    assert r.returncode == 2 and b"unknown format" in r.stderr and r.stderr.count(b"\n") == 1


def test_check_source_in_any_format(folder, tmp_path):
    art = tmp_path / "a.md"
    assert run("rewrite", str(folder / "page-009.html"), "-o", str(art), "-q").returncode == 0
    r = run("check", str(art), "--source", str(folder / "page-009.html"), "--json")
    assert r.returncode == 0, r.stderr
    import json

    checks = {c["id"]: c for c in json.loads(r.stdout)["checks"]}
    assert checks["facts_numbers"]["value"] == 0 and checks["facts_quotations"]["value"] == 0


@pytest.mark.parametrize("text,codec", [
    ("Il est allé à l’école d’été, dit-il.", "mac_roman"),  # « ’é » is D5 8E: a UTF-8 pair by chance
    ("Il l'a vu de ses yeux, dans l'œil du cyclone, à Noël.", "iso8859_15"),  # « l'½il » in Windows-1252
    ("Il traversera la zone séparant \u00adSaturne et ses anneaux.", "cp1252"),  # a soft hyphen before a letter
])
def test_legacy_encodings_short_texts(text, codec):
    from seoarticle.decoding import decode

    assert decode(text.encode(codec)).text == text


def test_legacy_encodings_benchmark_has_no_wrong_reading():
    """benchmarks/encodings.py: every corpus text and sentence in five legacy
    encodings; a reading may be refused, never wrong."""
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "encodings.py")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-2000:]
    assert r.stdout.rstrip().endswith(", 0 wrong"), r.stdout[-500:]


def test_report_says_how_the_input_was_read(folder):
    from seoarticle import rewrite

    facts = rewrite(load((folder / "latin1.txt").read_bytes(), "latin1.txt")).report.to_dict()
    assert (facts["input_format"], facts["input_encoding"]) == ("txt", "Windows-1252")
    r = run("rewrite", str(folder / "page-009.html"), "-o", "/dev/null")
    assert r.returncode == 0 and b"input: HTML, UTF-8\n" in r.stderr


def test_html_declared_charset_decides_what_bytes_cannot():
    body = "<p>Noël à l’école : c’est l’œuvre d’un élève.</p>"
    # Too short to tell Windows-1252 from the others by itself; the page says which.
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'.encode("cp1252")
    doc = load(page, "page.html")
    assert doc.encoding == "cp1252" and "Noël à l’école : c’est l’œuvre d’un élève." in doc  # ISO-8859-1 read as browsers do
    utf8 = f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'.encode("utf-8")
    assert load(utf8, "page.html").encoding == "utf_8"  # valid UTF-8 wins over a wrong declaration


def test_markdown_keeps_indented_lines_and_plain_text_stays_plain():
    doc = load("# Titre du brouillon\n\nPremier paragraphe du texte.\n\n    Un paragraphe indenté par accident.\n".encode(), None)
    assert doc.format == "md" and "Un paragraphe indenté par accident." in doc
    email = "Bonjour,\n\n> Le texte cité du message précédent.\n\n-----\nLa suite du message, en français.\n"
    assert load(email.encode(), None).format == "txt"  # « > » quotes and a « ----- » rule are no Markdown by themselves


@pytest.mark.parametrize("raw,clean_text", [
    ("mais on ne compte que quelques blessés.12 000 personnes sont évacuées.",
     "mais on ne compte que quelques blessés. 12 000 personnes sont évacuées."),
    ("C'était la fin.Le lendemain, tout reprit.", "C'était la fin. Le lendemain, tout reprit."),
    ("Une hausse de 3.5 % aux U.S.A., selon www.insee.fr et le fichier rapport.PDF.",
     "Une hausse de 3.5 % aux U.S.A., selon www.insee.fr et le fichier rapport.PDF."),
])
def test_missing_space_after_a_full_stop(raw, clean_text):
    from seoarticle.reader import clean

    assert clean(raw) == clean_text
