"""The document model every stage shares: options in, `Article` out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MIN_WORDS = 700
DEFAULT_MAX_WORDS = 50_000


@dataclass(frozen=True)
class Options:
    """Everything a run can be told. One object, passed whole."""

    keyword: str | None = None
    min_words: int = DEFAULT_MIN_WORDS
    strict: bool = False
    quiet: bool = False
    output: Path | None = None
    report_json: Path | None = None
    engine: str = "offline"
    input_format: str | None = None  # txt, md, html or docx; None: detected (see reader.load)
    force_lang: bool = False  # go on with a text that does not look French
    max_words: int = DEFAULT_MAX_WORDS  # longer inputs are refused (0: no limit)


@dataclass
class Block:
    """One block of the article body: a heading, a paragraph or a list."""

    kind: str  # "h2", "h3", "p", "lead", "ul"
    text: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Article:
    title: str
    description: str
    slug: str
    keyword: str
    keyword_how: str
    keywords: list[str]
    blocks: list[Block]
    date: str | None = None
    location: str | None = None  # the dateline's place (« Nîmes », « Nîmes (Gard) »)
    notes: list[str] = field(default_factory=list)  # shortfalls the engine knows of

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("h2", "h3")]

    def body_texts(self) -> list[str]:
        """Body text, block by block (headings and front matter excluded)."""
        out = []
        for b in self.blocks:
            if b.kind in ("p", "lead"):
                out.append(b.text)
            elif b.kind == "ul":
                out.extend(b.items)
        return out
