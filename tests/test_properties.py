"""Property-based tests (hypothesis) on the reader, the analysis, the
renderer and the whole pipeline: any bytes or Unicode text gives either a
valid result or a clean InputError, never another exception.

A valid article: its front matter parses as YAML, it has exactly one H1 (for
a CommonMark parser and for our checker), and every number in it is a
number of the input. The numbers of examples are bounded so that the file
runs in well under a minute; scripts/fuzz_reader.py runs the reader at scale.
"""

from __future__ import annotations

import os
import re
import unicodedata

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import awkward
from seoarticle.errors import InputError
from seoarticle.model import Article, Block, Options
from seoarticle.reader import clean, load, read
from seoarticle.text import french_typography, numbers

# SEOARTICLE_PROPERTY_SCALE=20 multiplies the examples, for a long session by hand.
SCALE = int(os.environ.get("SEOARTICLE_PROPERTY_SCALE", "1"))
FAST = settings(max_examples=300 * SCALE, deadline=None)
SLOW = settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = st.sampled_from([None, "a.txt", "a.md", "a.html", "a.docx", "a.bin"])
# Text that looks like what reaches the tool: French words, the corpus's own
# sentences, digits, Markdown and HTML marks, every kind of space and break.
CORPUS_SENTENCES = [s for name in ("001.txt", "005.txt", "009.txt") for s in awkward.paragraphs(awkward.corpus(name))]
PIECES = st.one_of(
    st.sampled_from(CORPUS_SENTENCES),
    st.sampled_from(["# ", "## ", "---", "- ", "1. ", "> ", "| ", "**", "_", "`", "<p>", "</p>", "<br>", "[1]", "[…]",
                     "&amp;", "« ", " »", "“", "”", "…", "...", "\u00a0", "\u202f", "\u00ad", "\u200b", "\u2028",
                     "\r\n", "\r", "\n\n", "\t", "12 000", "3,5 %", "22 avril 2017. – ",
                     "Nîmes (Gard), le 14 oct. 2026 (AFP) - ", "Paris (AFP) – ", "M. ", "(", ")", ":", ";"]),
    st.text(max_size=12),
)
FRENCHISH = st.lists(PIECES, min_size=1, max_size=25).map("".join)


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


# --- reader -------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=3000), NAMES)
@example(b"\xff\xfe", None)
@example(b"PK\x03\x04" + bytes(40), "a.docx")
@example(b"<html><body><p>&#0;&#xD800;&#1114112;</p></body></html>", None)
@example(b"---\n!!python/object/apply:os.system ['true']\n---\nTexte.", "a.md")
def test_reader_any_bytes(data, name):
    try:
        doc = load(data, name)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(doc, str)
    doc.encode("utf-8")  # no lone surrogate: the article can always be written
    try:
        source = read(doc)
    except InputError:
        return
    assert any(b.kind == "para" for b in source.blocks)


@FAST
@given(st.text(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_reader_unicode_encodings_are_exact(text, codec):
    from seoarticle.decoding import _MOJIBAKE

    from seoarticle.formats import is_html_document

    assume(not _MOJIBAKE.search(text))  # « Ã© » in a text: taken for double-encoded UTF-8, and repaired
    assume(not is_html_document(text))  # a whole HTML page is read as HTML whatever its name
    # UTF-16 with its BOM (FF FE) then U+0000 is byte for byte the UTF-32 BOM
    # (FF FE 00 00): the two readings cannot be told apart; the standard's wins.
    assume(not (codec == "utf-16" and text.startswith("\x00")))
    try:
        doc = load(text.encode(codec), "a.txt")
    except InputError as exc:
        message = str(exc)
        assert "empty" in message or "binary" in message, message
        return
    assert str(doc) == text


@FAST
@given(FRENCHISH)
def test_reader_drops_no_word(text):
    """Every word of the cleaned text is in the title, the dateline or a
    block, in order (the reader shapes; it never drops words)."""
    try:
        source = read(text)
    except InputError:
        return
    from collections import Counter

    from seoarticle.reader import _MONTH_FORMS

    dateline = [source.dateline or "", source.location or "", source.agency or ""]
    got = words_of(" ".join([source.title or ""] + dateline + [b.text for b in source.blocks]))
    want = words_of(clean(text))
    if any(dateline):
        # « Nîmes, le 14 oct. 2026 (AFP) – » moves from the first paragraph to
        # the dateline, its month in full; only the article « le » goes.
        got, want = Counter(_MONTH_FORMS.get(w, w) for w in got), Counter(_MONTH_FORMS.get(w, w) for w in want)
        assert not got - want and set(want - got) <= {"le"}
    else:
        assert got == want


# --- analysis -------------------------------------------------------------------------------------


@SLOW
@given(FRENCHISH)
def test_analysis_any_text(text):
    from seoarticle.analysis import analyse

    try:
        source = read(text)
    except InputError:
        return
    analysis = analyse(source)
    for s in analysis.sentences:
        assert s.text in source.blocks[s.block].text
        for n in s.numbers:
            assert n in numbers(s.text)
        for q in s.quotes:
            assert q in s.text
        for d in s.dates:
            assert s.text[d.start : d.end] == d.text


# --- renderer -------------------------------------------------------------------------------------

TEXT = st.text(max_size=60)


@st.composite
def articles(draw):
    blocks = [Block("lead", draw(TEXT))]
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["h2", "h3", "p", "ul"]))
        if kind == "ul":
            blocks.append(Block("ul", items=draw(st.lists(TEXT, min_size=1, max_size=3))))
        else:
            blocks.append(Block(kind, draw(TEXT)))
    return Article(title=draw(TEXT), description=draw(TEXT), slug=draw(TEXT), keyword=draw(TEXT), keyword_how="",
                   keywords=draw(st.lists(TEXT, max_size=3)), blocks=blocks, date=draw(st.none() | TEXT))


@FAST
@given(articles())
def test_renderer_any_article(article):
    from seoarticle.checks import parse_markdown
    from seoarticle.render import one_line, to_markdown

    md = to_markdown(article)
    assert md.startswith("---\n")
    head, body = md[4:].split("\n---\n", 1)
    front = yaml.safe_load(head)
    assert front["title"] == one_line(french_typography(article.title))
    assert front["keywords"] == [one_line(french_typography(k)) for k in article.keywords]
    assert front.get("date") == (one_line(article.date) if article.date else None)
    tokens = MarkdownIt("commonmark").parse(body)
    heads = [t.tag for t in tokens if t.type == "heading_open"]
    assert heads.count("h1") == 1
    assert len(heads) == 1 + sum(b.kind in ("h2", "h3") for b in article.blocks)
    assert not [t for t in tokens if t.type in ("html_block", "hr", "fence", "code_block", "blockquote_open")]
    assert len(parse_markdown(md).h1) == 1


# --- the whole pipeline ---------------------------------------------------------------------------


def valid_article(md: str, source_text: str) -> None:
    from seoarticle.checks import parse_markdown

    assert md.startswith("---\n")
    front = yaml.safe_load(md[4:].split("\n---\n", 1)[0])
    assert isinstance(front, dict) and front["lang"] == "fr"
    body = md[4:].split("\n---\n", 1)[1]
    h1 = [t for t in MarkdownIt("commonmark").parse(body) if t.type == "heading_open" and t.tag == "h1"]
    assert len(h1) == 1 and len(parse_markdown(md).h1) == 1
    # The input as the tool reads it (clean: « 12 000\u00ad22 » shows as « 12 00022 »), and numbers
    # as a reader reads them (NFKC: « ¼ » is « 1⁄4 », as the slug's ASCII has it).
    seen = unicodedata.normalize("NFKC", clean(source_text))
    without_slug = re.sub(r"(?m)^slug: .*$", "", md, count=1)
    without_slug = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", without_slug)  # as displayed: « 0\_# » is « 0_# »
    invented = set(numbers(unicodedata.normalize("NFKC", without_slug))) - set(numbers(seen))
    assert not invented, invented
    # The slug is ASCII (« 0Ø » gives « 0 »): its digits are digit runs of the input,
    # a number written in groups counted whole (« 12 000 » is « 12000 » in a slug).
    slug = str(front.get("slug") or "")
    runs = set(re.findall(r"\d+", seen)) | set(re.findall(r"\d+", re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", seen)))
    assert set(re.findall(r"\d+", slug)) <= runs, slug


@SLOW
@given(st.text(max_size=600), st.booleans())
def test_pipeline_any_unicode_text(text, force):
    from seoarticle import rewrite

    try:
        result = rewrite(text, Options(force_lang=force))
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    valid_article(result.markdown, text)


@SLOW
@given(FRENCHISH)
@example("La maire de Paris Anne Hidalgo et le Conseil français du culte musulman ont également condamné cet attentat, "
         "qualifié de « lâche et barbare ».12 000---")  # « 000 Anne » was the keyphrase (found at 40x)
def test_pipeline_frenchish_text(text):
    from seoarticle import rewrite

    try:
        result = rewrite(text)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    valid_article(result.markdown, text)


@SLOW
@given(FRENCHISH, st.sampled_from(["a.md", "a.html", "a.txt"]))
@example("12 000<p>France : un policier tué dans un attentat sur l'Avenue des Champs-Élysées", "a.html")  # CI, session 12
def test_pipeline_through_each_format(text, name):
    from seoarticle import rewrite

    try:
        doc = load(text.encode("utf-8"), name)
        result = rewrite(doc)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    # The input is what the tool read: entities decoded, marks gone, the front matter's date.
    valid_article(result.markdown, f"{doc}\n{doc.date or ''}")


# Found by the property tests at 30 times the usual examples: a heading cut
# inside « 12 000 » glued to a word (« Élysées</p>12 000 ») leaves « 12 »,
# a number the input does not have. Fixed: a figure whose tokens do not start
# with it gets no label, and no keyphrase word holds a digit.
GLUED_NUMBER = (
    "France : un policier tué dans un attentat sur l'Avenue des Champs-Élysées22 avril 2017. – Un policier a été "
    "tué jeudi 20 avril, moins de trois jours avant le premier tour de la présidentielle, alors même que se "
    "déroulait le dernier débat pré-électoral télévisé, lors d'un attentat perpétré à Paris, sur la célèbre avenue "
    "des Champs-Élysées. Xavier Jugelé, 37 ans, a reçu deux balles dans la tête.France : un policier tué dans un "
    "attentat sur l'Avenue des Champs-Élysées</p>12 000"
)


def test_heading_never_cuts_a_glued_number():
    from seoarticle import rewrite

    valid_article(rewrite(load(GLUED_NUMBER.encode("utf-8"), "a.txt")).markdown, GLUED_NUMBER)


# Found at 40 times the usual examples (issue 6 review): the keyphrase is a
# fragment of a grouped number (« 12 000[…]22 avril » gives « avril 000[ »,
# and the title « Avril 000[ : … »), a number the input does not have. Fixed:
# no keyphrase word holds a digit; the reader's part of its first form,
# « « barbare ».12 000 » with no space after the stop, is fixed (the
# @example of test_pipeline_frenchish_text).
NUMBER_FRAGMENT = (
    "12 000[…]22 avril 2017. – Un policier a été tué jeudi 20 avril, moins de trois jours avant le premier tour de "
    "la présidentielle, alors même que se déroulait le dernier débat pré-électoral télévisé, lors d'un attentat "
    "perpétré à Paris, sur la célèbre avenue des Champs-Élysées. Xavier Jugelé, 37 ans, a reçu deux balles dans la tête."
)


def test_keyphrase_never_a_number_fragment():
    from seoarticle import rewrite

    valid_article(rewrite(NUMBER_FRAGMENT).markdown, NUMBER_FRAGMENT)
