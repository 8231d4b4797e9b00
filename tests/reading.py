"""What the tests of the articles read of them: the Markdown with plain
spaces and apostrophes (the articles use no-break spaces U+00A0/U+202F and
« ’ »; an assertion on a string with plain ones would otherwise pass
vacuously), each article rewritten once per test session, and a section's
list lines."""

from __future__ import annotations

import functools
import re
from pathlib import Path


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


@functools.lru_cache(maxsize=None)
def article_md(path: str | Path) -> str:
    """The article `seoarticle.rewrite` makes of the text at `path`, `plain`."""
    from seoarticle import rewrite

    return plain(rewrite(Path(path).read_text()).markdown)


def list_section(md: str, heading: str) -> list[str]:
    """The list lines of the H2 section whose heading opens with `heading`."""
    m = re.search(rf"^## {re.escape(heading)}.*?\n(.*?)(?=^## |\Z)", md, re.M | re.S)
    return [line for line in m.group(1).splitlines() if line.startswith("- ")] if m else []


def answer(md: str, question: str) -> str | None:
    """The answer under « ### `question` », or None when not asked."""
    lines = md.splitlines()
    for i, line in enumerate(lines):
        if line == f"### {question}":
            return next(x for x in lines[i + 1 :] if x.strip())
    return None


def faq_answer(md: str, name: str) -> str | None:
    """The answer under « ### Qui est `name` ? », or None when not asked."""
    return answer(md, f"Qui est {name} ?")
