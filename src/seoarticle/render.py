"""Render: `Article` -> Markdown with YAML front matter, typeset in French."""

from __future__ import annotations

import re

import yaml

from .model import Article
from .text import french_typography


def _escape_line(text: str) -> str:
    """Text from the input never becomes Markdown structure: a line that would
    read as a heading, a rule, a table, a list or a quote block is escaped."""
    if re.match(r"^(?:#|---|\*\*\*|___|\||>|[-+*]\s|\d+[.)]\s|=+\s*$)", text):
        return "\\" + text
    return text


def front_matter(article: Article) -> str:
    data = {
        "title": french_typography(article.title),
        "description": french_typography(article.description),
        "slug": article.slug,
        "keyword": french_typography(article.keyword),
        "keywords": [french_typography(k) for k in article.keywords],
        "lang": "fr",
    }
    if article.date:
        data["date"] = article.date
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000, default_style=None)
    return "---\n" + dumped + "---\n"


def to_markdown(article: Article) -> str:
    out = [front_matter(article), "", f"# {french_typography(article.title)}", ""]
    for b in article.blocks:
        if b.kind in ("h2", "h3"):
            out += ["#" * int(b.kind[1]) + " " + french_typography(b.text), ""]
        elif b.kind == "lead":
            out += [f"**{french_typography(b.text)}**", ""]
        elif b.kind == "p":
            out += [_escape_line(french_typography(b.text)), ""]
        elif b.kind == "ul":
            out += [f"- {french_typography(item)}" for item in b.items] + [""]
    return "\n".join(out).rstrip("\n") + "\n"
