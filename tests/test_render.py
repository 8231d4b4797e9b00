"""Nothing leaked (issue 6): text from the input never breaks the Markdown
document, and the front matter is always valid YAML that reads back as
written. Judged by a CommonMark parser (markdown-it-py), not by our own."""

from __future__ import annotations

import pytest
import yaml
from markdown_it import MarkdownIt

from seoarticle.checks import parse_markdown, plain
from seoarticle.model import Article, Block
from seoarticle import render
from seoarticle.render import to_markdown
from seoarticle.text import french_typography

NASTY = [
    "# Un faux titre",
    "## Une fausse section",
    "---",
    "--- title: piraté",
    "***",
    "___",
    "=====",
    "| a | b |",
    "|---|---|",
    "> une fausse citation",
    "- une fausse liste",
    "+ une autre",
    "* encore une",
    "1. une liste numérotée",
    "2) une autre",
    "```python",
    "~~~",
    "    du code indenté",
    "[ref]: https://exemple.test/piege",
    "<script>alert('x')</script>",
    "<!-- commentaire -->",
    "<div>bloc HTML</div>",
    "Texte avec <b>balise</b> et <https://exemple.test> et &amp; et &#35;",
    "Un [lien](javascript:alert(1)) et une ![image](https://exemple.test/a.png) et [réf][ref]",
    "Du **gras**, de l'*italique*, du _souligné_, du `code`, du ~~barré~~",
    "Un titre qui finit par #",
    "Une barre oblique inverse \\# et \\* à garder",
    "Deux lignes\nen une\u2028et\u2029trois\x85quatre\rcinq",
    "@Macron : « l'État », c'est \"nous\" ! #1 & co %s {x} [y] *z*",
]


def md_parse(md: str):
    """The front matter (as YAML) and the CommonMark block tokens of the rest."""
    assert md.startswith("---\n")
    head, body = md[4:].split("\n---\n", 1)
    return yaml.safe_load(head), MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(body)


def article(texts: list[str], title: str = "Titre") -> Article:
    blocks = [Block("lead", texts[0])]
    for t in texts:
        blocks += [Block("h2", t), Block("p", t), Block("ul", items=[t, f"**Lundi soir** : {t}"]), Block("h3", t)]
    return Article(title=title, description=texts[-1], slug="titre", keyword=texts[0], keyword_how="given",
                   keywords=texts[:3], blocks=blocks, date="30 octobre 2012")


def test_nothing_from_the_text_becomes_structure():
    md = to_markdown(article(NASTY, title=NASTY[-1]))
    front, tokens = md_parse(md)
    types = [t.type for t in tokens]
    assert types.count("heading_open") == 1 + 2 * len(NASTY)  # the H1, and an H2 and an H3 per text
    assert [t.tag for t in tokens if t.type == "heading_open"].count("h1") == 1
    for bad in ("html_block", "hr", "fence", "code_block", "blockquote_open", "table_open", "ordered_list_open"):
        assert bad not in types, bad
    inline_types = {c.type for t in tokens if t.type == "inline" for c in t.children}
    for bad in ("html_inline", "link_open", "image", "code_inline", "em_open", "s_open"):
        assert bad not in inline_types, bad
    # Bold only where the engine puts it: the lead and one label per item.
    bold = sum(1 for t in tokens if t.type == "inline" for c in t.children if c.type == "strong_open")
    assert bold == 1 + len(NASTY)
    # One list per text, of exactly its two items.
    assert types.count("bullet_list_open") == len(NASTY) and types.count("list_item_open") == 2 * len(NASTY)


def test_every_text_reads_back_as_written():
    """What the reader sees of each paragraph is the text, typeset: escapes
    are marks of Markdown, not changes to the text."""
    md = to_markdown(article(NASTY))
    _, tokens = md_parse(md)
    paras = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "paragraph_open" and t.level == 0][1:]
    want = [" ".join(french_typography(t).replace("\u2028", " ").replace("\u2029", " ").replace("\x85", " ").split())
            for t in NASTY]
    assert [" ".join(plain(p).split()) for p in paras] == want  # the lead aside


@pytest.mark.parametrize("title", [
    "Russie : l'État de l'Union",
    "@Macron répond",
    "« Non », dit-il : 'jamais'",
    "\"Guillemets\" droits: et deux-points",
    "--- trois tirets",
    "- un tiret",
    "# dièse",
    "& esperluette * étoile ! point",
    "[crochets] {accolades} %pourcent |barre",
    "? question",
    "yes",
    "null",
    "2012-10-30",
    "1e3",
    "Titre\navec\u2028sauts\x85de ligne",
    "a" * 300,
])
def test_front_matter_reads_back_as_strings(title):
    md = to_markdown(article(["Texte."], title=title))
    front, tokens = md_parse(md)
    want = french_typography(" ".join(title.replace("\u2028", " ").replace("\x85", " ").split()))
    assert front["title"] == want and isinstance(front["title"], str)
    assert front["keywords"] == ["Texte."] and front["lang"] == "fr" and front["date"] == "30 octobre 2012"
    # and our own checker reads the same document the same way
    parsed = parse_markdown(md)
    assert parsed.front["title"] == want and len(parsed.h1) == 1


@pytest.mark.parametrize("value", [
    "", " ", "a ", " a", "yes", "No", "null", "~", "1", "1.5", "-1", "2024-01-01", ".inf", "=", "<<", "---", "...",
    "- a", "-a", ": a", "? a", "a:", "a: b", "a:b", "a #b", "a#b", "#a", "'a'", "a'b", "@a", "1:20", "on",
    "Ouragan Sandy\u00a0: 39 morts", "tab\there", "\u2028", "\ufeff", "\U0001F600 titre", "\x85", "é\u202f%",
])
def test_front_matter_fast_dump_is_pyyaml_s(value):
    data = {"title": value, "description": "d", "slug": "s", "keyword": value, "keywords": [value, "x"], "lang": "fr"}
    assert render._dump(data) == render._yaml_dump(data)
    assert render._dump({**data, "keywords": []}) == render._yaml_dump({**data, "keywords": []})
