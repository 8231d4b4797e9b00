#!/usr/bin/env python3
"""How well the reader tells the legacy encodings of French text apart.

Every text of the corpus, the seeds and the ISW briefing, and each of their
sentences that holds a letter beyond ASCII (the hard case: one or two
accented letters to go on), is encoded in Windows-1252, Latin-1,
ISO-8859-15, Mac Roman and DOS CP850 (the signs an encoding lacks replaced
as its archives wrote them), then read back by `seoarticle.decoding`. Each
reading is right, refused (two readings come close: « convert it to UTF-8 »)
or wrong. Wrong must be 0: a refusal is a message, a wrong guess a silently
damaged article.

    .venv/bin/python benchmarks/encodings.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from seoarticle.decoding import decode  # noqa: E402
from seoarticle.errors import InputError  # noqa: E402
from seoarticle.text import split_sentences  # noqa: E402

CODECS = ("cp1252", "latin-1", "iso8859-15", "mac-roman", "cp850")
# What an encoding lacks, as its archives wrote it.
FALLBACK = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE",
            "€": "EUR", "\u00ad": "", "\u202f": " "}


def units() -> tuple[list[str], list[str]]:
    paths = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    paths.append(ROOT / "examples" / "isw-briefing.txt")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    sentences = [s for t in texts for line in t.splitlines() for s in split_sentences(line.strip()) if not s.isascii()]
    return texts, sentences


def encode(text: str, codec: str) -> bytes:
    out = []
    for ch in text:
        try:
            out.append(ch.encode(codec))
        except UnicodeEncodeError:
            out.append(FALLBACK.get(ch, "?").encode(codec, "replace"))
    return b"".join(out)


def main() -> None:
    texts, sentences = units()
    print(f"{len(texts)} whole texts and {len(sentences)} sentences with a non-ASCII letter, in {len(CODECS)} encodings")
    print(f"{'encoding':12} {'unit':9} {'right':>6} {'refused':>8} {'wrong':>6}")
    total = Counter()
    wrong_examples = []
    for codec in CODECS:
        for label, items in (("texts", texts), ("sentences", sentences)):
            c = Counter()
            for u in items:
                data = encode(u, codec)
                want = data.decode(codec)
                try:
                    got = decode(data).text
                except InputError:
                    c["refused"] += 1
                    continue
                if got == want:
                    c["right"] += 1
                else:
                    c["wrong"] += 1
                    wrong_examples.append((codec, u[:70]))
            total += c
            print(f"{codec:12} {label:9} {c['right']:6} {c['refused']:8} {c['wrong']:6}")
    n = sum(total.values())
    print(f"all: {n} readings, {total['right']} right ({100 * total['right'] / n:.1f} %), "
          f"{total['refused']} refused ({100 * total['refused'] / n:.1f} %), {total['wrong']} wrong")
    for codec, u in wrong_examples[:20]:
        print(f"   WRONG {codec}: {u}")
    sys.exit(1 if total["wrong"] else 0)


if __name__ == "__main__":
    main()
