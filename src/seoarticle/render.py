"""Render: `Article` -> Markdown with YAML front matter, typeset in French.

Text from the input never becomes Markdown structure: each block is one
line (every kind of line break and space collapsed), a mark that would
start a heading, a quotation, a list, a rule, a table, a fence or a link
definition is escaped at the start of a line, and inline marks (emphasis,
code, raw HTML, links, entities) are escaped wherever they are. The one
mark the engine itself writes, a bold label at the start of a list item
(« **Lundi soir** : … »), is kept as such. Front matter values are dumped
by a YAML emitter, so a title with a colon, quotes or a leading @ stays a
plain string when read back.
"""

from __future__ import annotations

import re

import yaml

from .model import Article
from .text import french_typography

# A source backslash before ASCII punctuation would escape it: doubled first.
_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_INLINE = (
    (re.compile(r"[*`]"), r"\\\g<0>"),  # emphasis, code spans
    (re.compile(r"(?<![^\W_])_|_(?![^\W_])"), r"\\_"),  # emphasis with _ (between letters, _ is a letter)
    (re.compile(r"~(?=~)"), r"\\~"),  # ~~strikethrough~~
    (re.compile(r"<(?=[A-Za-z/!?])"), r"\\<"),  # raw HTML, comments, autolinks
    (re.compile(r"&(?=#?\w+;)"), r"\\&"),  # entities
)
_LINK = re.compile(r"\](?:\s*[(\[])")  # [text](url), [text][ref]
# What the backslash, inline and link patterns need, one of them at least.
_INLINE_MARK = re.compile(r"[\\*`_~<&\]]")
_BLOCK_START = re.compile(
    r"^(?:#|>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|\||=+\s*$|-{2,}|_{3,}|\*{3,}|`{3,}|~{3,}|\[[^\]]*\]:)")
_CLOSING_HASHES = re.compile(r"(^|\s)(#+)\s*$")
_LABEL = re.compile(r"\*\*([^*\n]+?)\*\*")


# Whatever Markdown, YAML or an editor may take for a line break, and tabs.
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """The text on one line: every kind of line break (U+2028, NEL…) and
    tab as a space; no-break spaces stay what they are."""
    return _BREAKS.sub(" ", text).strip(" ")


def _inert(t: str) -> str:
    """Text made inert as Markdown inline content: a text on one line
    (`one_line`'s)."""
    if not _INLINE_MARK.search(t):
        return t  # (most lines: no character the patterns below look for)
    t = _BACKSLASH.sub(r"\\\\", t)
    for pattern, repl in _INLINE:
        t = pattern.sub(repl, t)
    if _LINK.search(t):
        t = t.replace("[", "\\[").replace("]", "\\]")
    return t


def _block(t: str, label: bool = False) -> str:
    """Text made inert as a whole Markdown line (inline marks and a mark at
    its start), given on one line. With `label`, a leading « **label** »
    stays bold."""
    head = ""
    if label:
        m = _LABEL.match(t)
        if m:
            head, t = f"**{_inert(m.group(1))}**", t[m.end():]
    t = _inert(t)  # after a label, its own leading space (« **1991** : ») stays
    if not head:
        t = _escape_start(t)
    return head + t


def _escape_start(t: str) -> str:
    m = _BLOCK_START.match(t)
    if not m:
        return t
    if t[0].isdigit():  # « 1. », « 2) »: the mark is the punctuation after the number
        k = len(m.group(0)) - 1
        return t[:k] + "\\" + t[k:]
    return "\\" + t


def _heading(t: str) -> str:
    """Heading text, given on one line: inline marks escaped, and a trailing
    run of # (which would close the heading and vanish) kept as text."""
    return _CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2), _escape_start(_inert(t)))


def front_matter(article: Article, title: str | None = None) -> str:
    """The YAML front matter; `title`, when given, is the title typeset (`_typeset`)."""
    data = {
        "title": _typeset(article.title) if title is None else title,
        "description": _typeset(article.description),
        "slug": one_line(article.slug),
        "keyword": _typeset(article.keyword),
        "keywords": [_typeset(k) for k in article.keywords],
        "lang": "fr",
    }
    if article.date:
        data["date"] = one_line(article.date)
    # The dateline's place (« Nîmes », « Nîmes (Gard) »), a fact of the input
    # the body no longer states.
    if article.location:
        data["location"] = _typeset(article.location)
    return "---\n" + _dump(data) + "---\n"


def _yaml_dump(data: dict) -> str:
    """The front matter as PyYAML's safe_dump writes it."""
    # No line folding (width), so no value can spill onto a line of its own.
    # (PyYAML's own emitter, not libyaml's: that one escapes every character
    # beyond U+FFFF, an emoji in a title as « \U0001F600 ».)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1 << 30, default_style=None)


# A fast path for `_yaml_dump` (PyYAML's emitter, in pure Python, was half of
# rendering). It writes what that emitter writes for a mapping of plain keys
# to strings and lists of strings, when every string is one its
# `analyze_scalar` finds no line break and no special character in (any
# character of `_YAML_PRINTABLE`, which allow_unicode lets through as it is):
# such a string is written plain when its analysis allows a block plain
# scalar and the resolver reads it back as a string, else single-quoted
# (quotes doubled; no width, so never folded). Anything else (a tab, a
# control character, a line break) is left to PyYAML.
_YAML_PRINTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]*")
_YAML_STR = "tag:yaml.org,2002:str"
_YAML_RESOLVER = yaml.resolver.Resolver()


def _yaml_scalar(value: str) -> str | None:
    """`value` as PyYAML writes it after « key: » or « - », or None when
    the fast path cannot tell."""
    if not _YAML_PRINTABLE.fullmatch(value):
        return None
    first = value[:1]
    plain = (
        value
        and first != " " and value[-1] != " "  # leading or trailing space
        and not value.startswith(("---", "..."))  # document markers
        and first not in "#,[]{}&*!|>'\"%@`"  # indicators at the start
        and not (first in "?:-" and value[1:2] in ("", " "))  # ... when followed by a space
        and ": " not in value[1:] and not (len(value) > 1 and value[-1] == ":")  # « : » then a space or the end
        and " #" not in value  # a comment
        and _YAML_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _YAML_STR  # no number, bool, null, date
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


def _dump(data: dict) -> str:
    """`_yaml_dump(data)`, quicker: see `_yaml_scalar` (the keys are
    front_matter's own, plain words)."""
    out = []
    for key, value in data.items():
        if isinstance(value, str):
            v = _yaml_scalar(value)
            if v is None:
                return _yaml_dump(data)
            out.append(f"{key}: {v}\n")
        elif not isinstance(value, list):
            return _yaml_dump(data)
        elif not value:
            out.append(f"{key}: []\n")
        else:
            out.append(f"{key}:\n")
            for item in value:
                v = _yaml_scalar(item)
                if v is None:
                    return _yaml_dump(data)
                out.append(f"- {v}\n")
    return "".join(out)


def _typeset(text: str) -> str:
    """`one_line(french_typography(text))`. A printable text holds no line
    break nor tab, and typesetting adds none (it puts in no-break spaces,
    quotes, dashes, an ellipsis): the breaks' substitution is then skipped
    (no-break spaces, which typesetting adds, make a text unprintable: the
    test is of the text before it)."""
    t = french_typography(text)
    return t.strip(" ") if text.isprintable() else one_line(t)


def to_markdown(article: Article) -> str:
    title = _typeset(article.title)  # (the front matter's, and the H1's)
    out = [front_matter(article, title), "", f"# {_heading(title)}", ""]
    for b in article.blocks:
        if b.kind in ("h2", "h3"):
            out += ["#" * int(b.kind[1]) + " " + _heading(_typeset(b.text)), ""]
        elif b.kind == "lead":
            lead = _inert(_typeset(b.text))
            if lead:
                out += [f"**{lead}**", ""]
        elif b.kind == "p":
            out += [_block(_typeset(b.text)), ""]
        elif b.kind == "ul":
            out += [f"- {_block(_typeset(item), label=True)}" for item in b.items] + [""]
    return "\n".join(out).rstrip("\n") + "\n"
