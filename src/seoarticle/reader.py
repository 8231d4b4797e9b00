"""Reader: bytes or str -> a `Source` (working title, dateline, blocks of text).

The reader only cleans and shapes text; it never drops words of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import InputError
from .text import normalize, word_count

MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_DATELINE = re.compile(rf"^\s*((?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+\d{{4}})\s*\.?\s*[-–—]+\s*", re.I)

# A headline or intertitre: short, no final sentence punctuation.
HEADLINE_MAX_WORDS = 16
HEADLINE_MAX_CHARS = 130


@dataclass
class Block:
    kind: str  # "heading" (an intertitre of the author) or "para"
    text: str


@dataclass
class Source:
    title: str | None
    dateline: str | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "para"]

    @property
    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def words(self) -> int:
        return sum(word_count(b.text) for b in self.blocks if b.kind == "para")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) text; anything else is a user error for now."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise InputError("the input looks like binary data, not text; give a plain-text French article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the input is not valid UTF-8 (byte {exc.start}); convert it, e.g. with iconv -f latin1 -t utf-8"
        ) from None


def load(data: bytes, name: str | None = None) -> str:
    """The one entry point from raw input (a file's bytes, or stdin's) to
    text: every command, and the batch, read through it. `name` is the path
    when there is one (it may tell the format)."""
    return decode(data)


def looks_like_headline(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > HEADLINE_MAX_CHARS:
        return False
    if word_count(line) > HEADLINE_MAX_WORDS:
        return False
    return not re.search(r"[.;,…]\s*$", line) and not re.search(r"[.!?…]\s*»?\s*$", line)


def read(text: str) -> Source:
    """Shape a text into title, dateline and blocks.

    Paragraphs are lines (blank lines optional). A first line that is plainly
    a headline becomes the working title; later short lines without final
    punctuation, between paragraphs, are the author's own intertitres.
    """
    text = normalize(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.replace("\n", "").isprintable():  # else every character is kept anyway
        text = "".join(ch for ch in text if ch in "\n" or ch.isprintable())
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines or word_count(" ".join(lines)) == 0:
        raise InputError("the input is empty; give a French news text (a file path, or text on stdin)")

    title = None
    if len(lines) > 1 and looks_like_headline(lines[0]):
        title = lines.pop(0)

    dateline = None
    m = _DATELINE.match(lines[0])
    if m:
        dateline = m.group(1)
        lines[0] = lines[0][m.end() :]
        lines[0] = lines[0][:1].upper() + lines[0][1:]
        if not lines[0].strip():
            lines.pop(0)

    blocks: list[Block] = []
    for k, ln in enumerate(lines):
        is_last = k == len(lines) - 1
        if blocks and not is_last and looks_like_headline(ln) and word_count(ln) <= 10:
            blocks.append(Block("heading", ln))
        else:
            blocks.append(Block("para", ln))
    if not any(b.kind == "para" for b in blocks):
        raise InputError("the input holds only a headline; give the article text too")
    return Source(title=title, dateline=dateline, blocks=blocks)
