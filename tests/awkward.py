"""A folder of awkward real-world inputs, built from the corpus's own French
texts: every encoding, line ending, HTML page, Word document, Markdown draft
and typographic noise a journalist's tools produce, and the inputs the tool
must refuse. `build(folder)` writes them and returns, for each file, what
reading it must give: the same text as a corpus file, or an error.

Used by tests/test_inputs.py, and as the seed corpus of scripts/fuzz_reader.py.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
ISW = ROOT / "examples" / "isw-briefing.txt"


@dataclass(frozen=True)
class Same:
    """Reading the file gives the text of `reference` (title, dateline, blocks)."""

    reference: Path
    contains: tuple[str, ...] = ()  # and these strings, exactly, in the text read


@dataclass(frozen=True)
class Refused:
    """Reading the file is refused with a message holding `message`."""

    message: str
    options: tuple[tuple[str, object], ...] = ()  # Options fields for the run


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# --- encodings and line endings ---------------------------------------------------------

def _archive_text() -> str:
    """003 (œ, « », è, à) and 006 (ç) as one text, with straight
    apostrophes: what an old Latin-1 archive can hold."""
    text = corpus("003.txt").rstrip() + "\n\n" + "\n".join(paragraphs(corpus("006.txt"))[1:]) + "\n"
    return text.replace("’", "'").replace("\u00ad", "")


def encodings(folder: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    isw = ISW.read_text(encoding="utf-8")
    archive = _archive_text()
    (folder / "archive.reference.txt").write_text(archive, encoding="utf-8")
    ref_archive = folder / "archive.reference.txt"
    files = {
        "utf8.txt": isw.encode("utf-8"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + isw.encode("utf-8"),
        "utf16le-bom.txt": isw.encode("utf-16"),  # little-endian with its mark
        "utf16be-bom.txt": b"\xfe\xff" + isw.encode("utf-16-be"),
        "utf16le-nobom.txt": isw.encode("utf-16-le"),
        "utf16be-nobom.txt": isw.encode("utf-16-be"),
        "utf32-bom.txt": isw.encode("utf-32"),
        "cp1252.txt": isw.encode("cp1252"),  # ’ « » œ é à: all in Windows-1252
        "crlf.txt": isw.replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": isw.replace("\n", "\r").encode("utf-8"),
        "mixed-endings.txt": re.sub(r"\n", lambda m, c=iter(range(10**6)): ["\r\n", "\n", "\r"][next(c) % 3], isw).encode(),
        "double-utf8.txt": _double_utf8(isw),
        "unicode-separators.txt": isw.replace("\n\n", "\u2029").replace("\n", "\u2028").encode("utf-8"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
        out[name] = Same(ISW, ("Biélorussie", "« ", "œ"))
    for name, codec in (("latin1.txt", "latin-1"), ("iso8859-15.txt", "iso8859-15"), ("macroman.txt", "mac-roman"),
                        ("cp1252-archive.txt", "cp1252"), ("cp850.txt", "cp850")):
        text = archive
        if codec != "cp1252":  # the signs they lack, as their archives write them
            text = text.replace("–", "-").replace("…", "...")
        if codec in ("latin-1", "cp850"):
            text = text.replace("œ", "oe")
        data = text.replace("\n", "\r\n").encode(codec)
        (folder / name).write_bytes(data)
        if text != archive:
            ref = folder / f"{name}.reference.txt"
            ref.write_text(text, encoding="utf-8")
            out[name] = Same(ref, ("Saturne", "« Grand Final »", "ç", "è", "à") + (("manœuvre",) if "œ" in text else ()))
        else:
            out[name] = Same(ref_archive, ("manœuvre", "« Grand Final »", "ç", "è", "à"))
    return out


def _double_utf8(text: str) -> bytes:
    """UTF-8 bytes read as Windows-1252 and saved as UTF-8 again (« Ã© »)."""
    return text.encode("utf-8").decode("cp1252", errors="strict").encode("utf-8")


# --- typographic noise --------------------------------------------------------------------

def noise(folder: Path) -> dict[str, object]:
    """Corpus 001 as pasted from a CMS or a word processor: no-break, thin and
    em spaces, soft hyphens and zero-width characters inside words, curly
    quotes, « ... », reference markers, tabs, trailing spaces."""
    text = corpus("001.txt")
    rnd = random.Random(6)
    noisy_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        out = []
        for w in words:
            r = rnd.random()
            if len(w) > 6 and r < 0.15:
                k = len(w) // 2
                w = w[:k] + rnd.choice(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]) + w[k:]
            out.append(w)
        seps = [rnd.choice([" ", " ", " ", "\u00a0", "\u202f", "\u2009", "\u2003", "\t", "  "]) for _ in out[1:]]
        line = out[0] + "".join(s + w for s, w in zip(seps, out[1:])) if out else ""
        line = re.sub(r"« ([^»]*) »", lambda m: "“" + m.group(1) + "”", line, count=1)
        line = re.sub(r"(\w)\. (?=[A-Z])", r"\1.[1] ", line, count=1)  # a reference marker after a sentence
        noisy_lines.append(line + rnd.choice(["", " ", "\t", "\u00a0"]))
    (folder / "noise.txt").write_text("\n".join(noisy_lines), encoding="utf-8")
    special = (
        "Crise à Minsk\n\n"
        "Le président a déclaré : “Nous ne céderons pas [...] face aux pressions”[2]. "
        "Selon lui, la situation est \u00ab\u00a0grave\u00a0\u00bb. . . Mais l'opposition[réf. nécessaire] conteste ce bilan[a].\n"
        "Les manifestants, au nombre de 12\u202f000, se sont réunis place de l’Indépendance… puis dispersés.\n"
    )
    (folder / "noise-marks.txt").write_text(special, encoding="utf-8")
    return {
        "noise.txt": Same(CORPUS / "001.txt"),
        "noise-marks.txt": Same(
            None,  # checked by its own test: the exact cleaned text
            ("« Nous ne céderons pas […] face aux pressions ».", "« grave »… Mais", "l'opposition conteste ce bilan.",
             "12 000", "l'Indépendance… puis"),
        ),
    }


# --- HTML -------------------------------------------------------------------------------------

def _html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(text: str, charset: str = "utf-8") -> str:
    """A saved news page: the article's headline and paragraphs inside
    navigation, scripts, styles, comments, share buttons, an aside, a
    figure, a footer; entities for some characters."""
    paras = paragraphs(text)
    title, rest = paras[0], paras[1:]
    body = []
    for k, p in enumerate(rest):
        p = _html_escape(p).replace("’", "&rsquo;").replace("é", "&eacute;" if k % 2 else "&#233;")
        if k == 1:
            p = p.replace(" ", " <em>", 1).replace(". ", ".</em> ", 1) if ". " in p else p
        body.append(f"<p>{p}</p>")
        if k == 0:
            body.append('<figure><img src="a.jpg" alt="Une photo"><figcaption>Légende de la photo</figcaption></figure>')
            body.append("<!-- <p>Un paragraphe commenté.</p> -->")
            body.append('<div class="share-buttons"><a href="#">Partager sur Facebook</a></div>')
    return (
        f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="{charset}">\n'
        f"<title>{_html_escape(title)} | Wikinews</title>\n"
        "<style>p { color: #333 } .x::before { content: 'Texte de style' }</style>\n"
        '<script>var s = "<p>Pas du texte</p>"; document.write(s);</script>\n'
        "</head>\n<body>\n"
        '<header><nav><ul><li><a href="/">Accueil</a></li><li>Monde</li><li>Politique</li></ul></nav></header>\n'
        '<div id="cookie-banner">Nous utilisons des cookies.</div>\n'
        f"<main><article>\n<h1>{_html_escape(title)}</h1>\n" + "\n".join(body) + "\n"
        "<aside><h3>Lire aussi</h3><ul><li>Un autre article</li></ul></aside>\n"
        '<form><input type="email" placeholder="Votre courriel"><button>S\'abonner</button></form>\n'
        "</article></main>\n<footer><p>© Wikinews, CC BY 2.5</p></footer>\n"
        "<script>console.log('fin')</script>\n</body></html>\n"
    )


def html_files(folder: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in ("009.txt", "004.txt"):
        page = html_page(corpus(name))
        (folder / f"page-{name[:3]}.html").write_text(page, encoding="utf-8")
        out[f"page-{name[:3]}.html"] = Same(CORPUS / name)
    # Windows-1252 with its meta declaration, and no extension: found by its content.
    (folder / "page-cp1252").write_bytes(html_page(corpus("003.txt").replace("’", "'"), "windows-1252").encode("cp1252"))
    ref = folder / "page-cp1252.reference.txt"
    ref.write_text(corpus("003.txt").replace("’", "'"), encoding="utf-8")
    out["page-cp1252"] = Same(ref, ("manœuvre",))
    # A CMS export: a fragment, paragraphs split by <br>, a list, a table.
    frag = (
        "<p><strong>Grève à la SNCF</strong></p>\n"
        "Les syndicats appellent à la grève mardi.<br><br>La direction propose une hausse de 2,5 %.<br>\n"
        "<ul><li>Trafic très perturbé en Île-de-France.</li><li>Un TGV sur deux.</li></ul>\n"
        "<table><tr><th>Ligne</th><th>Trains</th></tr><tr><td>Paris-Lyon</td><td>1 sur 3</td></tr></table>\n"
    )
    (folder / "cms-fragment.html").write_text(frag, encoding="utf-8")
    out["cms-fragment.html"] = Same(None, ("Grève à la SNCF", "Les syndicats appellent à la grève mardi.",
                                           "Un TGV sur deux.", "Paris-Lyon ; 1 sur 3"))
    (folder / "scripts-only.html").write_text(
        "<html><head><script>var a = 'texte';</script><style>p{}</style></head><body><nav>Menu</nav>"
        "<!-- rien --></body></html>", encoding="utf-8")
    out["scripts-only.html"] = Refused("no article text")
    return out


# --- Word .docx ----------------------------------------------------------------------------------

def docx_bytes(text: str, tracked: bool = True) -> bytes:
    """The text as a journalist's Word document (built by python-docx, as Word
    writes it): the headline in the Title style, the paragraphs in Normal
    with bold and italic runs, an intertitre in Heading 2, a bulleted list, a
    table, and tracked changes (an insertion to keep, a deletion to drop)."""
    import docx

    paras = paragraphs(text)
    doc = docx.Document()
    doc.add_paragraph(paras[0], style="Title")
    for k, p in enumerate(paras[1:]):
        para = doc.add_paragraph()
        words = p.split(" ")
        half = len(words) // 2
        para.add_run(" ".join(words[:half]) + " ")
        run = para.add_run(" ".join(words[half:]))
        run.bold = k % 2 == 0
        run.italic = k % 3 == 0
        if k == 0 and tracked:
            para.add_run(" @@DEL@@")
    doc.add_heading("Contexte", level=2)
    doc.add_paragraph("Premier point de la liste", style="List Bullet")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Bilan"
    table.cell(0, 1).text = "39 morts"
    buf = io.BytesIO()
    doc.save(buf)
    if not tracked:
        return buf.getvalue()
    return _rewrite_part(buf.getvalue(), "word/document.xml", _tracked_changes)


def _tracked_changes(xml: str) -> str:
    """The marker run becomes a deletion (w:delText, to drop), and an
    insertion (w:ins) goes before the Heading 2 paragraph's text."""
    xml = re.sub(r"<w:r>(?:(?!</w:r>).)*?@@DEL@@</w:t></w:r>",
                 '<w:del w:id="90" w:author="Rédaction" w:date="2024-01-01T00:00:00Z"><w:r>'
                 '<w:delText xml:space="preserve"> Phrase supprimée par le rédacteur.</w:delText></w:r></w:del>', xml, flags=re.S)
    return xml.replace("<w:t>Contexte</w:t>", '<w:t>Contexte</w:t></w:r><w:ins w:id="91" w:author="Rédaction" '
                       'w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> et enjeux</w:t></w:r></w:ins><w:r><w:t></w:t>', 1)


def _rewrite_part(data: bytes, part: str, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == part:
                content = change(content.decode("utf-8")).encode("utf-8")
            dst.writestr(info, content)
    return buf.getvalue()


def docx_files(folder: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    data = docx_bytes(corpus("010.txt"))
    (folder / "article.docx").write_bytes(data)
    out["article.docx"] = Same(None, ("Contexte et enjeux", "Premier point de la liste", "Bilan ; 39 morts"))
    (folder / "article-no-extension").write_bytes(docx_bytes(corpus("002.txt"), tracked=False))
    out["article-no-extension"] = Same(None, ())
    (folder / "truncated.docx").write_bytes(data[: len(data) // 2])
    out["truncated.docx"] = Refused("not a valid Word .docx")
    (folder / "bad-xml.docx").write_bytes(_rewrite_part(data, "word/document.xml", lambda x: x[: len(x) // 2]))
    out["bad-xml.docx"] = Refused("not a valid Word .docx")
    xxe = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           "<w:t>Le texte &x; de l'article est ici, en français, avec les mots qu'il faut.</w:t></w:r></w:p></w:body></w:document>")
    (folder / "xxe.docx").write_bytes(_rewrite_part(data, "word/document.xml", lambda x: xxe))
    out["xxe.docx"] = Same(None, ("Le texte de l'article est ici",))
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    (folder / "draft.odt").write_bytes(odt.getvalue())
    out["draft.odt"] = Refused("OpenDocument text (.odt)")
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("notes.txt", "Des notes.")
    (folder / "archive.zip").write_bytes(plain_zip.getvalue())
    out["archive.zip"] = Refused("ZIP archive, not a Word")
    (folder / "not-really.docx").write_text(corpus("006.txt"), encoding="utf-8")
    out["not-really.docx"] = Refused("not a Word .docx")
    return out


# --- Markdown ---------------------------------------------------------------------------------------

def markdown_draft(text: str) -> str:
    """The text as a Markdown draft: front matter (title with a colon,
    keyword, date), the headline again as # H1, paragraphs with emphasis and
    a link, an intertitre, a list, a quotation, code and an HTML comment."""
    paras = paragraphs(text)
    title = paras[0]
    out = ["---", f"title: \"{title}\"", "keyword: ouragan Sandy", "date: 2012-10-30", "tags: [météo, États-Unis]",
           "---", "", f"# {title}", ""]
    for k, p in enumerate(paras[1:]):
        if k == 1:
            p = re.sub(r"\b(Sandy)\b", r"**\1**", p, count=1)
            p = re.sub(r"\b(New Jersey)\b", r"[\1](https://fr.wikipedia.org/wiki/New_Jersey)", p, count=1)
        if k == 2:
            p = re.sub(r"\b(vents)\b", r"_\1_", p, count=1)
        out += [p, ""]
    out += ["<!-- note de la rédaction : vérifier le bilan -->", "", "```", "code non publié", "```", ""]
    return "\n".join(out)


def markdown_files(folder: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    text = corpus("009.txt")
    (folder / "draft.md").write_text(markdown_draft(text), encoding="utf-8")
    out["draft.md"] = Same(CORPUS / "009.txt")
    structured = (
        "# Grève à la SNCF : le trafic perturbé\n\n"
        "Les syndicats appellent à la grève mardi, a annoncé la CGT.\n\n"
        "## Les revendications\n\n"
        "- Une hausse des salaires de 5 %\n"
        "- L'embauche de 2 000 agents\n\n"
        "> « Nous irons jusqu'au bout », a déclaré le secrétaire général.\n\n"
        "1. Premier jour\n2. Deuxième jour\n\n"
        "Texte avec `code` et une ![image](a.png) sans alt publié.\n"
    )
    (folder / "structured.txt.md").write_text(structured, encoding="utf-8")
    out["structured.txt.md"] = Same(None, ("Les revendications", "Une hausse des salaires de 5 %", "Premier jour"))
    (folder / "front-matter-only.md").write_text("---\ntitle: Un titre seul\n---\n", encoding="utf-8")
    out["front-matter-only.md"] = Refused("only a title")
    (folder / "bad-yaml.md").write_text("---\ntitle: [non fermé\n---\n\nLe texte de l'article.\n", encoding="utf-8")
    out["bad-yaml.md"] = Refused("front matter is not valid YAML")
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n\nLe texte de l'article.\n"
    (folder / "yaml-bomb.md").write_text(bomb, encoding="utf-8")
    out["yaml-bomb.md"] = Refused("aliases")
    return out


# --- inputs to refuse ---------------------------------------------------------------------------------

def refused(folder: Path) -> dict[str, object]:
    rnd = random.Random(7)
    english = ("The Russian president met his Belarusian counterpart in Moscow on Wednesday to discuss "
               "the integration of the two countries, according to officials who spoke on condition of anonymity.")
    german = ("Der russische Präsident hat am Mittwoch in Moskau seinen belarussischen Amtskollegen getroffen, "
              "um über die Integration der beiden Länder zu sprechen, teilten Beamte mit.")
    files: dict[str, tuple[bytes, Refused]] = {
        "empty.txt": (b"", Refused("empty")),
        "whitespace.txt": (b" \n\t\r\n  \n", Refused("empty")),
        "invisible.txt": ("\u200b\u200d\ufeff\u00ad\n\u2060".encode("utf-8"), Refused("empty")),
        "random.bin": (bytes(rnd.randrange(256) for _ in range(4096)), Refused("binary")),
        "nul.txt": (b"Un texte\x00 avec\x00 des octets nuls" * 10, Refused("binary")),
        "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(200), Refused("PNG image")),
        "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", Refused("PDF")),
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), Refused("old Word .doc")),
        "english.txt": (english.encode(), Refused("looks like English")),
        "german.html": (f"<html><body><article><p>{german}</p></article></body></html>".encode(), Refused("looks like German")),
        "too-long.txt": (corpus("001.txt").encode(), Refused("over the limit of 100", (("max_words", 100),))),
        "one-huge-word.txt": (("Le texte commence ici et puis " + "x" * 5000 + " et voilà.").encode(), Refused("characters without a space")),
        "damaged-utf8.txt": (ISW.read_bytes()[:300] + b"\xff\xfe\xfa" + ISW.read_bytes()[300:600], Refused("invalid bytes")),
        "ambiguous.txt": ("Noël".encode("cp850"), Refused("convert it to UTF-8")),
        "headline-only.txt": ("Ouragan Sandy : 39 morts aux États-Unis\n".encode(), Refused("only a headline")),
    }
    out: dict[str, object] = {}
    for name, (data, expect) in files.items():
        (folder / name).write_bytes(data)
        out[name] = expect
    return out


def build(folder: Path) -> dict[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, object] = {}
    for part in (encodings, noise, html_files, docx_files, markdown_files, refused):
        out.update(part(folder))
    return out
