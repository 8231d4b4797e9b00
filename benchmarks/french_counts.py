#!/usr/bin/env python3
"""Measure French word, sentence and syllable counts against the hand-checked
samples in tests/fixtures: seoarticle's own (`seoarticle.readability`) and
textstat's (`textstat.set_lang("fr")`: lexicon_count, sentence_count,
syllable_count, which uses pyphen's French hyphenation patterns).

    .venv/bin/python benchmarks/french_counts.py [--errors]

Prints the share of exact answers for each, and with --errors every item
either gets wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"


def rows(name: str):
    held = False
    for line in (FIX / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# Held out"):
            held = True
        if line and not line.startswith("#"):
            yield line.split("\t") + [held]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list every wrong answer")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import textstat

    from seoarticle import readability as rd

    textstat.set_lang("fr")
    syl = list(rows("fr_syllables.tsv"))
    pas = list(rows("fr_word_counts.tsv"))
    errors = []
    tally = {k: [0, 0] for k in ("syllables", "syllables (held out)", "words", "sentences")}
    for word, n, tag, note, held in syl:
        ours = rd.syllables(word, True if tag == "VERB" else None)
        ts = textstat.syllable_count(word)
        for key in ["syllables"] + (["syllables (held out)"] if held else []):
            tally[key][0] += ours == int(n)
            tally[key][1] += ts == int(n)
        if ours != int(n) or ts != int(n):
            errors.append(f"syllables  {word!r}: hand {n}, ours {ours}, textstat {ts}  ({note})")
    for text, nw, ns, _held in pas:
        ow, tw = len(rd.words(text)), textstat.lexicon_count(text)
        os_, ts_ = len(rd.sentences(text)), textstat.sentence_count(text)
        tally["words"][0] += ow == int(nw)
        tally["words"][1] += tw == int(nw)
        tally["sentences"][0] += os_ == int(ns)
        tally["sentences"][1] += ts_ == int(ns)
        if ow != int(nw) or tw != int(nw):
            errors.append(f"words      hand {nw}, ours {ow}, textstat {tw}: {text}")
        if os_ != int(ns) or ts_ != int(ns):
            errors.append(f"sentences  hand {ns}, ours {os_}, textstat {ts_}: {text}")
    total = {"syllables": len(syl), "syllables (held out)": sum(r[4] for r in syl), "words": len(pas), "sentences": len(pas)}
    from importlib.metadata import version

    print(f"| count | sample | seoarticle | textstat {version('textstat')} |")
    print("|---|---|---|---|")
    for k, (o, t) in tally.items():
        n = total[k]
        print(f"| {k} | {n} | {o}/{n} ({100 * o / n:.0f} %) | {t}/{n} ({100 * t / n:.0f} %) |")
    if args.errors:
        print()
        for e in errors:
            print(e)


if __name__ == "__main__":
    main()
