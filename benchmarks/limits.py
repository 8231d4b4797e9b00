#!/usr/bin/env python3
"""The size limit (issue 6): no slow-down before --max-words, and a refusal
past it that costs nothing.

1. Time per word of the whole pipeline (reader, language check, spaCy,
   stages, checks) at 5,000, 25,000 and 50,000 words (the default limit),
   as ratios against the 5,000-word run of the same process: about 1 means
   linear, with no step before the limit.
2. The refusal of a text just over the limit (50,001 words) and of one of a
   million words, from raw bytes (`reader.load` then `api.rewrite`), as a
   ratio against reading a 500-word text the same way: what a user waits
   for a « too long » message.

    .venv/bin/python benchmarks/limits.py [--quick]   # --quick: 2,000 to 10,000 words
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from speed import clear_memos, long_text  # noqa: E402


def timed(fn, *args):
    t0 = time.perf_counter()
    try:
        value = fn(*args)
    except Exception as exc:  # noqa: BLE001 - the refusal is what is timed
        value = exc
    return time.perf_counter() - t0, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    from seoarticle.api import rewrite
    from seoarticle.errors import InputError
    from seoarticle.model import Options
    from seoarticle.nlp import get_nlp, prime
    from seoarticle.reader import load
    from seoarticle.text import words

    prime()
    nlp = get_nlp()
    rewrite(long_text(600))  # warm-up: every lazy import, the caches of the pipeline
    sizes = [2000, 5000, 10000] if args.quick else [5000, 25000, 50000]
    print("1. Whole pipeline against length (one process, pipeline loaded; one run each)")
    print("   words      s    ms/100 words   per word vs the first")
    base = None
    for n in sizes:
        text = long_text(n)
        limit = Options().max_words
        while len(words(text)) > limit:  # long_text overshoots by a paragraph: back to the limit
            text = text[: text.rstrip().rfind("\n\n")] + "\n"
        n_words = len(words(text))
        clear_memos(nlp)
        seconds, result = timed(rewrite, text)
        assert not isinstance(result, Exception), result
        per_word = seconds / n_words
        base = base or per_word
        print(f"   {n_words:6d}  {seconds:6.2f}  {100_000 * per_word:12.2f}   x{per_word / base:.2f}")
    print("2. Refusals past the limit, from raw bytes (median of 5)")
    small = long_text(500).encode("utf-8")
    over = long_text(Options().max_words + 1000).encode("utf-8")
    huge = (long_text(20000) * 50).encode("utf-8")

    def from_bytes(data):
        return rewrite(load(data, "a.txt"))

    def median_time(data):
        runs = sorted(timed(from_bytes, data) for _ in range(5))
        return runs[2]

    t_small, _ = median_time(small)
    for label, data in (("just over the limit", over), ("a million words", huge)):
        t, err = median_time(data)
        assert isinstance(err, InputError), err
        print(f"   {label:20} ({len(data) / 2**20:5.1f} MiB): {1000 * t:7.1f} ms, x{t / t_small:.2f} the whole "
              f"article of a 500-word text ({1000 * t_small:.0f} ms); « {str(err)[:60]}… »")


if __name__ == "__main__":
    main()
