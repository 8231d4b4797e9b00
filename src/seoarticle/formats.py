"""Markdown, HTML and Word (.docx) inputs -> the article's text, block by block.

Each format says what it knows: a heading is a heading, a list item a
paragraph, the front matter's or the page's title the title. What it does
not say (a plain paragraph of a draft that may be its title or an
intertitre) is left to the reader's plain-text rules. Nothing here invents
text; markup, scripts, styles, navigation and comments are dropped.

The parsers are imported only for the format that needs them (start-up
time matters): markdown-it-py for Markdown, lxml for HTML and .docx.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass, field

from .errors import InputError
from .text import MONTHS

HEADING = "heading"
PARA = "para"
ROW_SEPARATOR = " ; "  # between the cells of a table row, which stays one paragraph

# Front matter keys of a draft (`seoarticle check` reads the same keywords).
TITLE_KEYS = ("title", "seo_title", "meta_title", "headline")
KEYWORD_KEYS = ("keyword", "focus_keyphrase", "focus_keyword", "keyphrase", "focuskw")
FRONT_MATTER_MAX = 64 * 1024  # characters; a draft's front matter is a few lines
# A title or heading of a document with more words than this is the author's
# text in a heading style (a CMS that wraps the lead in <h1>, a paragraph
# styled Title in Word): it stays a paragraph, so that none of its words is
# lost to a title the engine shortens.
HEADING_MAX_WORDS = 30


_SPACE = re.compile(r"\s+")


@dataclass
class Extracted:
    blocks: list[tuple[str | None, str]] = field(default_factory=list)  # (HEADING | PARA | None, one line of text)
    title: str | None = None
    keyword: str | None = None
    date: str | None = None  # a dateline, « 22 avril 2017 »

    def add(self, kind: str | None, text: str) -> None:
        for line in text.split("\n"):
            line = _SPACE.sub(" ", line).strip()
            if line:
                self.blocks.append((PARA if kind in (HEADING, "h1") and too_long_for_heading(line) else kind, line))


def too_long_for_heading(text: str) -> bool:
    from .text import word_count

    return word_count(text) > HEADING_MAX_WORDS


def one_line(value) -> str | None:
    """A front matter or page value as one line of text; None if empty or not text."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = _SPACE.sub(" ", str(value)).strip()
    return text or None


# --- front matter -----------------------------------------------------------------

FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


# The first line of a front matter that is one: a key and its colon (YAML
# comments before it). « Le 22 avril, Cassini… » between two « --- » rules of
# a plain text is no front matter, and stays text.
_YAML_KEY = re.compile(r"""(?:[ \t]*(?:#[^\n]*)?\r?\n)*["']?[\w.-]+["']?:(?:[ \t]|\r?\n|$)""")


def front_matter_match(text: str) -> re.Match | None:
    """The front matter block opening a text, if it has one: between two
    « --- » lines, empty or starting with a YAML key."""
    m = FRONT_MATTER.match(text)
    if m is None or not (m.group(1) or "").strip() or _YAML_KEY.match(m.group(1)):
        return m
    return None


def front_matter(text: str) -> tuple[dict, str]:
    """The YAML front matter of a Markdown text (a mapping, {} if none) and
    the text after it. InputError if it is not valid YAML."""
    m = front_matter_match(text)
    if not m:
        return {}, text
    return parse_yaml_mapping(m.group(1) or ""), text[m.end():]


def parse_yaml_mapping(source: str) -> dict:
    import yaml

    if len(source) > FRONT_MATTER_MAX:
        raise InputError(f"the front matter is over {FRONT_MATTER_MAX // 1024} KB; keep it to a few key: value lines")
    simple = _simple_mapping(source)
    if simple is not None:
        return simple

    class Loader(yaml.SafeLoader):
        """Safe YAML without aliases: « &a [*a, *a, …] » nested a few times
        would expand to billions of items."""

        def compose_node(self, parent, index):
            if self.check_event(yaml.events.AliasEvent):
                event = self.get_event()
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", event.start_mark)
            return super().compose_node(parent, index)

    try:
        data = yaml.load(source, Loader=Loader)  # noqa: S506 - a SafeLoader
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"the front matter is not valid YAML ({first}); fix it or remove it") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("the front matter is not a YAML mapping (key: value lines); fix it or remove it")
    return data


# The front matter `render` writes, and most drafts have: « key: value »
# lines, and « - item » lines under a « key: », at the start of the line,
# each value on one line, plain or in single quotes (or « [] »). Read without a YAML
# parser (a tenth of the time), but only when every line is of this form
# and every plain value is text as YAML reads it; anything else goes to
# the parser.
_SIMPLE_LINE = re.compile(r"([a-z_]+):(?: (.+))?|- (.+)")
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
# Characters that YAML reads as line breaks or rejects, and the tab, which
# needs its own rules: none may be in a front matter read line by line.
_NOT_SIMPLE = re.compile(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
# What a plain value may not start with (YAML's indicators, a space) nor hold
# (« : » or « # » after a space, which end it; a colon at its end).
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")


def _simple_value(value: str, resolve) -> str | None:
    """The text of one value, or None if it is not a simple one."""
    quoted = _SINGLE_QUOTED.fullmatch(value)
    if quoted:
        return quoted.group(1).replace("''", "'")
    if value[0] in _PLAIN_FIRST or value[-1] in ": " or ": " in value or " #" in value:
        return None
    return value if resolve(value) == "tag:yaml.org,2002:str" else None


def _simple_mapping(source: str) -> dict | None:
    """The mapping of a simple front matter (see above), or None."""
    from yaml.nodes import ScalarNode
    from yaml.resolver import Resolver

    if not source.endswith("\n") or _NOT_SIMPLE.search(source):
        return None
    resolver = Resolver()

    def resolve(value: str) -> str:
        return resolver.resolve(ScalarNode, value, (True, False))

    data: dict = {}
    items: list | None = None  # the list of the « key: » line above
    for line in source[:-1].split("\n"):
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None:
            return None
        key, value, item = m.groups()
        if item is not None:
            if items is None or (item := _simple_value(item, resolve)) is None:
                return None
            items.append(item)
            continue
        if items == [] or resolve(key) != "tag:yaml.org,2002:str":
            return None  # a « key: » with no items is null, which YAML says
        if value is None:
            items = data[key] = []
        elif value == "[]":  # an empty list, as `render` writes it
            items = None
            data[key] = []
        elif (value := _simple_value(value, resolve)) is None:
            return None
        else:
            items = None
            data[key] = value
    return data if data and items != [] else None


def first_value(front: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = one_line(front.get(k))
        if v:
            return v
    return None


def dateline_of(value) -> str | None:
    """A front matter date (2017-04-22, or a date-time) as the dateline the
    reader would find in a text: « 22 avril 2017 »."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    if not isinstance(value, datetime.date):
        return None
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


# --- Markdown -------------------------------------------------------------------------


def markdown(text: str) -> Extracted:
    """A Markdown draft: front matter (title, keyword, date), headings,
    paragraphs, list items, quotations and tables; emphasis and links
    reduced to their text; images and fenced code left out (not prose);
    indented lines kept as text (in a draft, indenting is an accident)."""
    from markdown_it import MarkdownIt

    front, body = front_matter(text)
    out = Extracted(title=first_value(front, TITLE_KEYS), keyword=first_value(front, KEYWORD_KEYS),
                    date=dateline_of(front.get("date")))
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = md.parse(body)
    in_list = in_table = 0
    row: list[str] = []
    pending: str | None = None  # the kind of the next inline token
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif t == "heading_open":
            pending = "h1" if tok.tag == "h1" else HEADING
        elif t == "paragraph_open":
            pending = PARA if in_list or tok.level > 0 else None  # in a list or a quotation: a paragraph
        elif t == "table_open":
            in_table += 1
        elif t == "table_close":
            in_table -= 1
        elif t == "tr_open":
            row = []
        elif t == "tr_close":
            out.add(PARA, ROW_SEPARATOR.join(c for c in row if c))
        elif t == "inline":
            content = _inline_text(tok.children or [])
            if in_table:
                row.append(_SPACE.sub(" ", content).strip())
            elif pending == "h1" and out.title is None and not too_long_for_heading(content):
                out.title = one_line(content)
            elif pending == "h1" and one_line(content) == out.title:
                pass  # the front matter's title again
            else:
                out.add(HEADING if pending == "h1" else pending, content)
            pending = None
        elif t == "code_block":  # indented: in a draft, an accident of pasting, not code; kept as text
            for line in tok.content.split("\n"):
                out.add(None, line)
        elif t == "html_block":
            html_out = html(tok.content, fragment=True)
            out.blocks.extend(html_out.blocks)
    return out


def _inline_text(children) -> str:
    parts = []
    for c in children:
        if c.type in ("text", "code_inline"):
            parts.append(c.content)
        elif c.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif c.type == "html_inline":
            if re.match(r"<br\b", c.content, re.I):
                parts.append(" ")
        # emphasis and link marks carry no text; an image's alt text is not the article's
    return "".join(parts)


# --- HTML -------------------------------------------------------------------------------

# Never article text.
_DROP_TAGS = {
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "option", "textarea",
    "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio", "figure", "figcaption", "menu",
    "dialog", "head", "title", "input", "label", "map",
}
# Page furniture around the article: dropped when outside <article>/<main>.
_PAGE_TAGS = {"header", "footer"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
               "alert", "form"}
_DROP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|cookies?|newsletter|sidebar|"
    r"related|comments?|footer|advert|ads|promo|paywall|subscribe)(?:$|[\s_-])", re.I)
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "body", "html", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
    "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "header", "footer", "address", "center",
    "hr", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary", "hgroup",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 4 KB (<meta charset>,
    http-equiv, or the XML declaration), as a Python codec name, if Python
    knows it."""
    import codecs

    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|article|main|section|div|p|h[1-6]|ul|ol|table|blockquote|span|a|"
    r"b|i|em|strong|br|img|header|!--)[\s>/]", re.I)
_HTML_BREAKS = re.compile(r"</(?:p|div|h[1-6]|li|td|tr|article|section)\s*>|<br\s*/?>", re.I)


_HTML_DOCUMENT = re.compile(r"(?:<!doctype\s+html|<html)[\s>]", re.I)


def is_html_document(text: str) -> bool:
    """A whole HTML page (<!DOCTYPE html> or <html>): HTML whatever its file is called."""
    return bool(_HTML_DOCUMENT.match(text[:2048].lstrip("\ufeff \t\r\n")))


def looks_like_html(text: str) -> bool:
    """A page, or a fragment pasted from a CMS: it opens with an HTML tag, or
    its paragraphs end with HTML tags (three or more)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<?xml"):
        return "<html" in head.lower()
    if _HTML_START.match(head):
        return True
    return len(_HTML_BREAKS.findall(text[:100_000])) >= 3


def html(text: str, fragment: bool = False) -> Extracted:
    """The article text of an HTML page or fragment: the <article> (or
    <main>, or the body) with its headings, paragraphs, list items, quotes
    and table cells; scripts, styles, navigation, forms, figures and
    comments dropped; entities decoded by the parser."""
    import lxml.etree
    import lxml.html

    out = Extracted()
    data = text.encode("utf-8", "surrogatepass")
    if not data.strip():
        return out
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                  recover=True, default_doctype=False)
    try:
        root = lxml.html.fromstring(data, parser=parser) if fragment else lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return out  # nothing the parser can read: no text (the caller says the page is empty)
    if root is None:
        return out
    body = _main_part(root)
    walker = _HtmlWalker(out)
    walker.walk(body, inside_article=body.tag in ("article", "main") or _is_article(body))
    walker.flush()
    # The first H1 is the title (a fragment has none: its H1 is a heading);
    # without one, the page's metadata title.
    blocks = []
    for kind, line in out.blocks:
        if kind == "h1":
            if out.title is None and not fragment:
                out.title = line
                continue
            kind = HEADING
        blocks.append((kind, line))
    out.blocks = blocks
    if out.title is None and not fragment:
        out.title = _html_title(root)
    return out


def _is_article(el) -> bool:
    return el.get("itemprop") == "articleBody" or el.get("role") == "main"


def _main_part(root):
    """The element holding the article: the <article> with the most text,
    else <main> or [role=main] or [itemprop=articleBody], else <body>."""
    candidates = [el for el in root.iter("article")]
    if not candidates:
        candidates = [el for el in root.iter("main")] + [
            el for el in root.iter() if isinstance(el.tag, str) and _is_article(el)]
    if candidates:
        return max(candidates, key=lambda el: len(el.text_content() or ""))
    body = root.find(".//body")
    return body if body is not None else root


def _html_title(root) -> str | None:
    """The page's title from its metadata: og:title, else <title> without a
    trailing « | Site » or « - Site »."""
    for el in root.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() in ("og:title", "twitter:title"):
            t = one_line(el.get("content"))
            if t:
                return t
    t = root.find(".//title")
    if t is not None:
        title = one_line(t.text_content())
        if title:
            parts = re.split(r"\s+[|–—-]\s+", title)
            if len(parts) > 1 and len(parts[-1].split()) <= 4:
                title = " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
            return title
    return None


def _visible_text(el, inside_article: bool) -> str:
    """The text of an element, what the walker would drop left out."""
    parts: list[str] = []

    def visit(e):
        if isinstance(e.tag, str) and not _HtmlWalker._dropped(e, e.tag.lower(), inside_article):
            parts.append(" " if e.tag.lower() == "br" else (e.text or ""))
            for c in e:
                visit(c)
        parts.append(e.tail or "")

    parts.append(el.text or "")
    for c in el:
        visit(c)
    return "".join(parts)


class _HtmlWalker:
    def __init__(self, out: Extracted):
        self.out = out
        self.line: list[str] = []
        self.kind: str | None = None

    def flush(self):
        text = "".join(self.line)
        self.line = []
        kind, self.kind = self.kind, None
        self.out.add(kind, text)

    def text(self, s: str | None):
        if s:
            self.line.append(s)

    def walk(self, el, inside_article: bool):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if not tag:  # a comment or processing instruction the parser kept
            self.text(el.tail)
            return
        if self._dropped(el, tag, inside_article):
            self.text(el.tail)
            return
        inside_article = inside_article or tag in ("article", "main") or _is_article(el)
        if tag == "br":
            self._break()
            self.text(el.tail)
            return
        if tag == "tr":  # a table row: one paragraph, its cells joined as in Markdown and .docx
            self._break()
            cells = [_SPACE.sub(" ", _visible_text(c, inside_article)).strip() for c in el
                     if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            self.out.add(PARA, ROW_SEPARATOR.join(c for c in cells if c))
            self.text(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            self._break()
            if tag in _HEADINGS:
                self.kind = "h1" if tag == "h1" else HEADING
            elif tag in ("li", "dd", "dt", "td", "th", "blockquote", "caption"):
                self.kind = PARA
        self.text(el.text)
        for child in el:
            self.walk(child, inside_article)
        if block:
            self._break()
        self.text(el.tail)

    def _break(self):
        if "".join(self.line).strip():
            kind = self.kind
            self.flush()
            self.kind = kind if kind == PARA else None
        else:
            self.line = []

    @staticmethod
    def _dropped(el, tag: str, inside_article: bool) -> bool:
        if tag in _DROP_TAGS:
            return True
        if tag in _PAGE_TAGS and not inside_article:
            return True
        if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
            return True
        if (el.get("role") or "").lower() in _DROP_ROLES:
            return True
        style = (el.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        return bool(names.strip()) and bool(_DROP_CLASS.search(names)) and tag not in ("article", "main", "body")


# --- Word .docx -------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DOCX_PART_MAX = 64 * 1024 * 1024  # bytes of one XML part, uncompressed: a 50,000-word article is ~5 MB
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_HEADING_STYLE = re.compile(r"^(?:heading|titre|berschrift|t[ií]tulo)\s*(\d)$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titre)$", re.I)
_LIST_STYLE = re.compile(r"list|liste|bullet|puce", re.I)


def docx(data: bytes) -> Extracted:
    """The text of a Word document, paragraph by paragraph in reading order,
    tables included: Title style is the title, Heading n (Titre n) and
    outline levels are headings, list paragraphs are paragraphs, other
    paragraphs follow the plain-text rules. Tracked insertions count,
    deletions do not; text boxes, headers, footers, footnotes and comments
    are page furniture."""
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except Exception:  # zipfile raises many kinds on a damaged archive (BadZipFile, NotImplementedError, …)
        raise InputError("the input is not a valid Word .docx (a damaged ZIP archive); save it again from Word") from None
    with zf:
        main = _main_document_part(zf, names)
        if main is None:
            raise InputError(_not_word(zf, names))
        root = _xml(_read_part(zf, main))
        styles = _styles(_xml(_read_part(zf, "word/styles.xml"))) if "word/styles.xml" in names else {}
    out = Extracted()
    body = root.find(f"{W}body")
    if body is None:
        return out
    for p in _paragraphs(body):
        if p.tag == f"{W}tr":
            cells = [" ".join(_docx_paragraph(cp, styles)[1] for cp in _paragraphs(tc))
                     for tc in p.iter(f"{W}tc")]
            out.add(PARA, ROW_SEPARATOR.join(c for c in (_SPACE.sub(" ", c).strip() for c in cells) if c))
            continue
        kind, text = _docx_paragraph(p, styles)
        if kind == "title":
            if out.title is None and not too_long_for_heading(text):
                out.title = one_line(text)
                continue
            kind = HEADING
        out.add(kind, text)
    return out


def _read_part(zf, name: str) -> bytes:
    try:
        info = zf.getinfo(name)
        if info.file_size > DOCX_PART_MAX:
            raise InputError(f"the Word document is too large ({info.file_size // 2**20} MB of text markup); "
                             "split it into smaller documents")
        with zf.open(info) as fh:
            data = fh.read(DOCX_PART_MAX + 1)
    except InputError:
        raise
    except Exception:  # zipfile raises many kinds on a damaged archive (zlib.error, NotImplementedError, …)
        raise InputError("the input is not a valid Word .docx (a damaged archive); save it again from Word") from None
    if len(data) > DOCX_PART_MAX:
        raise InputError("the Word document is too large; split it into smaller documents")
    return data


def _xml(data: bytes):
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                                  remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError):
        raise InputError("the input is not a valid Word .docx (its XML is damaged); save it again from Word") from None
    if root is None:
        raise InputError("the input is not a valid Word .docx (its XML is empty); save it again from Word")
    return root


def _main_document_part(zf, names: set[str]) -> str | None:
    if "_rels/.rels" in names:
        try:
            rels = _xml(_read_part(zf, "_rels/.rels"))
        except InputError:
            rels = None
        if rels is not None:
            for rel in rels:
                if rel.get("Type") == _OFFICE_DOCUMENT:
                    target = (rel.get("Target") or "").lstrip("/")
                    if target in names and target.endswith(".xml") and target.startswith("word/"):
                        return target
    return "word/document.xml" if "word/document.xml" in names else None


def _not_word(zf, names: set[str]) -> str:
    mimetype = ""
    if "mimetype" in names:
        try:
            mimetype = _read_part(zf, "mimetype")[:200].decode("ascii", "replace")
        except InputError:
            pass
    if "opendocument.text" in mimetype:
        return "the input is an OpenDocument text (.odt); save it as .docx from LibreOffice or Word"
    if "opendocument" in mimetype:
        return "the input is an OpenDocument file, not a text document; give the article as .docx or text"
    if any(n.startswith("xl/") for n in names):
        return "the input is an Excel workbook, not a Word document; give the article as .docx or text"
    if any(n.startswith("ppt/") for n in names):
        return "the input is a PowerPoint file, not a Word document; give the article as .docx or text"
    if "META-INF/container.xml" in names:
        return "the input is an EPUB book, not a Word document; give the article as .docx or text"
    return "the input is a ZIP archive, not a Word .docx; give a .docx, or the text itself"


def _styles(root) -> dict[str, str]:
    """Paragraph style id -> "title", "heading", "list" or "" (any other)."""
    out: dict[str, str] = {}
    for st in root.iter(f"{W}style"):
        sid = st.get(f"{W}styleId") or ""
        name_el = st.find(f"{W}name")
        name = (name_el.get(f"{W}val") if name_el is not None else "") or sid
        ppr = st.find(f"{W}pPr")
        outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        if _TITLE_STYLE.match(name) or _TITLE_STYLE.match(sid):
            out[sid] = "title"
        elif _HEADING_STYLE.match(name) or _HEADING_STYLE.match(sid) or (
                outline is not None and (outline.get(f"{W}val") or "9") < "9"):
            out[sid] = "heading"
        elif _LIST_STYLE.search(name):
            out[sid] = "list"
        else:
            out[sid] = ""
    return out


def _paragraphs(container):
    """The paragraphs of the body in reading order (and the rows of its
    tables), those of content controls and tracked insertions included."""
    for el in container:
        tag = el.tag
        if tag in (f"{W}p", f"{W}tr"):  # a table row comes whole: its cells make one paragraph
            yield el
        elif tag in (f"{W}tbl", f"{W}tc", f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo",
                     f"{W}smartTag"):
            yield from _paragraphs(el)


_SKIP_IN_PARAGRAPH = {f"{W}del", f"{W}moveFrom", f"{W}txbxContent", f"{MC}Fallback", f"{W}pPr", f"{W}rPr",
                      f"{W}instrText", f"{W}delText", f"{W}footnoteReference", f"{W}endnoteReference",
                      f"{W}commentReference"}


def _docx_paragraph(p, styles: dict[str, str]) -> tuple[str | None, str]:
    ppr = p.find(f"{W}pPr")
    kind: str | None = None
    if ppr is not None:
        style = ppr.find(f"{W}pStyle")
        role = styles.get(style.get(f"{W}val") or "", "") if style is not None else ""
        outline = ppr.find(f"{W}outlineLvl")
        if role == "title":
            kind = "title"
        elif role == "heading" or (outline is not None and (outline.get(f"{W}val") or "9") < "9"):
            kind = HEADING
        elif role == "list" or ppr.find(f"{W}numPr") is not None:
            kind = PARA
    parts: list[str] = []
    _run_text(p, parts)
    return kind, "".join(parts)


def _run_text(el, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_IN_PARAGRAPH:
            continue
        if tag == f"{W}t":
            parts.extend(child.xpath("text()"))  # an unexpanded entity (&x;) is no text: what follows it is
        elif tag == f"{W}tab":
            parts.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}p":  # a paragraph nested in this one: its own line
            parts.append("\n")
            _run_text(child, parts)
            parts.append("\n")
        else:
            _run_text(child, parts)
