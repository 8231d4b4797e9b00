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


@pytest.mark.parametrize("name", REFUSED)
def test_cli_refusals_one_line_exit_2_and_nothing_changed(folder, tmp_path, name):
    """Every input to refuse, through the command with outputs that exist:
    one line, exit 2, and the outputs, the folder and the input as they were."""
    args = [a for k, v in EXPECTED[name].options for a in (f"--{k.replace('_', '-')}", str(v))]
    article, report = tmp_path / "article.md", tmp_path / "report.json"
    article.write_bytes(b"l'article d'hier\n")
    report.write_bytes(b"{}\n")
    before = (folder / name).read_bytes()
    r = run("rewrite", str(folder / name), "-o", str(article), "--report-json", str(report), *args)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr and r.stdout == b""
    assert r.stderr.startswith(f"seoarticle: error: {folder / name}: ".encode())
    assert EXPECTED[name].message.encode() in r.stderr
    assert article.read_bytes() == b"l'article d'hier\n" and report.read_bytes() == b"{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md", "report.json"]  # no temporary file left
    assert (folder / name).read_bytes() == before


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
    ("qualifié de « lâche et barbare ».12 000 personnes (AFP).Le lendemain",  # found by the property tests at 40x
     "qualifié de « lâche et barbare ». 12 000 personnes (AFP). Le lendemain"),
    ("Une hausse de 3.5 % aux U.S.A., selon www.insee.fr et le fichier rapport.PDF.",
     "Une hausse de 3.5 % aux U.S.A., selon www.insee.fr et le fichier rapport.PDF."),
])
def test_missing_space_after_a_full_stop(raw, clean_text):
    from seoarticle.reader import clean

    assert clean(raw) == clean_text


# --- found by trying it as a new user (issue 6 review) -----------------------------------------------

# é è à ç ê œ « » ’ … – in one text: every letter an old archive or a word processor may hold.
ACCENTS = ("Cassini : le « Grand Final »\n\n"
           "16 avril 2017. – La sonde va tenter une manœuvre périlleuse entre Saturne et ses anneaux.\n\n"
           "Il traversera la zone de 2 400 kilomètres, encore mal connue… Suivront 21 passages jusqu’au 15 septembre.\n\n"
           "Le Sénat a adopté à l’unanimité le texte, dont la façon de procéder est inédite, a-t-il précisé, même s’il reste une fenêtre.\n")


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("codec,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                       ("utf-16-be", b"\xfe\xff"), ("cp1252", b""), ("latin-1", b"")],
                         ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252", "latin1"])
def test_every_encoding_with_every_line_ending(codec, bom, ending):
    text = ACCENTS
    if codec == "latin-1":  # what Latin-1 lacks, as its archives write it
        text = text.replace("œ", "oe").replace("’", "'").replace("…", "...").replace("–", "-")
    doc = load(bom + text.replace("\n", ending).encode(codec), "a.txt")
    assert shape(read(doc)) == shape(read(text))
    for ch in "éèàçê«»" + ("" if codec == "latin-1" else "œ’…–"):
        assert ch in doc, (codec, ch)


def word(*paragraphs: tuple[str | None, str]) -> bytes:
    """A .docx of these (style, text) paragraphs, as python-docx writes it."""
    import io

    import docx

    doc = docx.Document()
    for style, text in paragraphs:
        doc.add_paragraph(text, style=style)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_long_heading_is_text_and_keeps_every_word():
    """A CMS that sets the lead in <h1>, a paragraph styled Title in Word, a
    draft's « # » before a paragraph: too long for a title, it is the first
    paragraph (as a title, the engine would shorten it and lose its words)."""
    lead = ("Un policier a été tué jeudi 20 avril à Paris, moins de trois jours avant le premier tour de la "
            "présidentielle, lors d'un attentat sur la célèbre avenue des Champs-Élysées. Xavier Jugelé, 37 ans, "
            "a reçu deux balles dans la tête.")
    rest = "L'assaillant, Karim Cheurfi, a été tué par la riposte des policiers, selon le parquet."
    html = f"<html><body><h1>{lead}</h1><p>{rest}</p></body></html>".encode()
    md = f"# {lead}\n\n{rest}\n".encode()
    docx = word(("Title", lead), (None, rest))
    for name, data in (("a.html", html), ("a.md", md), ("a.docx", docx)):
        source = read(load(data, name))
        assert source.title is None, name
        assert [b.text for b in source.blocks] == [lead, rest], name
        assert source.blocks[0].kind == "para", name


@pytest.mark.parametrize("name,data", [
    ("fragment.html", "<h2>Le Sénat adopte la loi</h2><p>12 juillet 2012. – Le Sénat a adopté le texte à "
                      "l'unanimité ce jeudi.</p><p>Le texte définit le délit, a précisé la ministre.</p>"),
    ("draft.md", "## Le Sénat adopte la loi\n\n12 juillet 2012. – Le Sénat a adopté le texte à l'unanimité "
                 "ce jeudi.\n\nLe texte définit le délit, a précisé la ministre.\n"),
    ("a.docx", None),
])
def test_a_documents_first_heading_is_its_title(name, data):
    """Word's Heading 1 used for the title, a CMS fragment opening on <h2>: the
    first heading before any text is the title, and the dateline of the
    paragraph after it is found."""
    if data is None:
        raw = word(("Heading 1", "Le Sénat adopte la loi"),
                   (None, "12 juillet 2012. – Le Sénat a adopté le texte à l'unanimité ce jeudi."),
                   (None, "Le texte définit le délit, a précisé la ministre."))
    else:
        raw = data.encode()
    source = read(load(raw, name))
    assert source.title == "Le Sénat adopte la loi", name
    assert source.dateline == "12 juillet 2012", name
    assert source.blocks[0].text == "Le Sénat a adopté le texte à l'unanimité ce jeudi.", name


def test_a_first_heading_that_is_a_sentence_stays_text():
    # « --- » under a line is a setext heading in Markdown: a sentence, not a title.
    source = read(load("Le Sénat a adopté le texte ce jeudi.\n---\n\nLe texte définit le délit.\n".encode(), "a.md"))
    assert source.title is None and source.blocks[0].text == "Le Sénat a adopté le texte ce jeudi."


def test_separator_lines_are_no_title_and_no_heading():
    text = ("---\nLe Sénat a adopté le texte à l'unanimité ce jeudi, a précisé la ministre.\n***\n"
            "Le texte définit plus précisément le délit de harcèlement.\n\n* * *\n\n"
            "Il alourdit les sanctions, selon le gouvernement.\n= = =\n")
    source = read(load(text.encode(), "a.txt"))
    assert source.title is None
    assert [(b.kind, b.text) for b in source.blocks] == [
        ("para", "Le Sénat a adopté le texte à l'unanimité ce jeudi, a précisé la ministre."),
        ("para", "Le texte définit plus précisément le délit de harcèlement."),
        ("para", "Il alourdit les sanctions, selon le gouvernement."),
    ]


def test_rules_around_prose_are_no_front_matter():
    """« --- » lines around a sentence open many a plain text or e-mail: on
    stdin it is plain text, not a front matter refused as invalid YAML."""
    text = ("---\nLe Sénat a adopté le texte à l'unanimité ce jeudi.\n---\n"
            "Le texte définit plus précisément le délit, a précisé la ministre.\n")
    doc = load(text.encode(), None)
    assert doc.format == "txt"
    assert "Le Sénat a adopté le texte à l'unanimité ce jeudi." in [b.text for b in read(doc).blocks]
    # A front matter is one when it opens on a key, comments before it allowed; a broken one is refused.
    draft = "---\n# brouillon\ntitle: Le Sénat adopte la loi\n---\n\nLe Sénat a adopté le texte ce jeudi.\n"
    assert load(draft.encode(), None).title == "Le Sénat adopte la loi"
    with pytest.raises(InputError, match="not valid YAML"):
        load(b"---\ntitle: [non ferm\xc3\xa9\n---\n\nLe texte.\n", None)


@pytest.mark.parametrize("raw,clean_text", [
    ("Il ajoute : ‘c’est inédit’ et repart.", "Il ajoute : « c'est inédit » et repart."),
    ("Il a dit 'aujourd'hui' à l'AFP.", "Il a dit « aujourd'hui » à l'AFP."),
    ("Le 'Times' et l'AFP, selon ‘Le Monde’.", "Le « Times » et l'AFP, selon « Le Monde »."),
    ("les années '80 et '90, l'homme, 5' 30'' de course", "les années '80 et '90, l'homme, 5' 30'' de course"),
])
def test_single_quotes_are_quotations(raw, clean_text):
    from seoarticle.reader import clean

    assert clean(raw) == clean_text


def test_a_sentence_without_end_is_refused_before_any_work():
    """A transcript without its full stops (or a « quotation » never closed)
    is one sentence of thousands of words, which the analysis would take
    minutes over: refused at once, saying what to do."""
    import time

    words = [w for w in awkward.corpus("001.txt").split() if w.isalpha()]
    text = " ".join((words * 8)[:3000])
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"a sentence of 3 000 words .*put back its full stops"):
        read(text)
    assert time.perf_counter() - start < 5  # no analysis: a split of the text (a few ms)
    with pytest.raises(InputError, match=r"close its « quotation »"):
        read("Il a déclaré : « " + text)
    read(". ".join(" ".join(words[i:i + 900]) for i in range(0, 2700, 900)) + ".")  # 900-word sentences: taken


def test_a_long_text_mostly_in_another_language_is_refused_even_with_french_titles():
    """The corpus's SOURCES.md (English, 28 % of it French titles, taken by
    the old quarter rule) is no French article; a French dispatch citing
    English names still is."""
    from pathlib import Path

    from seoarticle.errors import InputError
    from seoarticle.language import guess, require_french

    sources = (Path(__file__).parent / "corpus" / "SOURCES.md").read_text(encoding="utf-8")
    g = guess(sources)
    assert not g.french and g.code == "en"
    with pytest.raises(InputError, match="looks like English"):
        require_french(sources)
    french = ("Le président Joe Biden a reçu à la Maison Blanche le Premier ministre britannique, qui a salué "
              "« a special relationship » entre les deux pays. ") * 8
    assert guess(french).french
