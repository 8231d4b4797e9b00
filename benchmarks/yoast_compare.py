#!/usr/bin/env python3
"""Compare seoarticle's checks with Yoast SEO's French analysis.

For each of the ten texts of tests/corpus and the ISW briefing, the article
is rewritten afresh (the engine changes; the articles are never cached),
checked by seoarticle, and analysed by `yoast-eval` (yoastseo 3.6.0, French
researcher) with --strip-h1, since in WordPress the title is not part of the
content. Prints one Markdown table: ours / Yoast for body words, keyphrase
density, Flesch (Kandel–Moles), and the shares of long, passive and
transition sentences; a cell marked ⚠ is outside the agreement target
(Flesch ±3, shares ±5 points, density ±0.2 point). A second table gives our
sentence measures recomputed with the subheadings counted as sentences, as
Yoast counts them, to show how much of a gap that one choice explains.

Needs Node ≥ 20 and npm (the test suite does not). yoast-eval is found in
$YOAST_EVAL, else in ../shared/tools/yoast-eval beside the repository; it is
copied once into ~/.cache/seoarticle/yoast-eval and installed there with
`npm ci`, leaving the shared folder untouched.

    .venv/bin/python benchmarks/yoast_compare.py [--json FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + [ROOT / "examples" / "isw-briefing.txt"]
TOLERANCE = {"density": 0.2, "flesch": 3.0, "long": 5.0, "passive": 5.0, "transitions": 5.0}
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "seoarticle" / "yoast-eval"


def die(msg: str) -> None:
    sys.stderr.write(f"yoast_compare: {msg}\n")
    sys.exit(2)


def yoast_dir() -> Path:
    src = Path(os.environ.get("YOAST_EVAL") or ROOT.parent / "shared" / "tools" / "yoast-eval")
    if src.is_file():
        src = src.parent
    if not (src / "yoast-eval.mjs").exists():
        die(f"yoast-eval not found in {src}; set YOAST_EVAL to its folder")
    if not shutil.which("node") or not shutil.which("npm"):
        die("node and npm are needed (Node >= 20)")
    if (src / "node_modules" / "yoastseo").exists():
        return src
    lock = hashlib.sha256((src / "package-lock.json").read_bytes()).hexdigest()
    stamp = CACHE / ".installed"
    if not (stamp.exists() and stamp.read_text() == lock):
        sys.stderr.write(f"yoast_compare: installing yoast-eval into {CACHE} (npm ci)\n")
        shutil.rmtree(CACHE, ignore_errors=True)
        shutil.copytree(src, CACHE, ignore=shutil.ignore_patterns("node_modules"))
        r = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=CACHE, capture_output=True, text=True)
        if r.returncode:
            die(f"npm ci failed in {CACHE}:\n{r.stderr[-2000:]}")
        stamp.write_text(lock)
    return CACHE


def run_yoast(ydir: Path, md_path: Path) -> dict:
    r = subprocess.run(["node", str(ydir / "yoast-eval.mjs"), str(md_path), "--strip-h1", "--compact"],
                       capture_output=True, text=True)
    if r.returncode:
        die(f"yoast-eval failed on {md_path}: {r.stderr.strip()}")
    data = json.loads(r.stdout)
    if data.get("error"):
        die(f"yoast-eval error on {md_path}: {data['error']}")
    return data


def ours_with_headings(md: str, nlp) -> dict:
    """Our counts, with every H2–H6 counted as one more sentence (as Yoast does)."""
    from seoarticle import readability as rd
    from seoarticle.checks import LONG_SENTENCE_WORDS, parse_markdown, plain

    art = parse_markdown(md)
    sents = [s for p in art.paragraphs for s in rd.sentences(plain(p))]
    sents += [rd.normalize(plain(t)) for _, t in art.headings]
    docs = list(nlp.pipe(sents))
    n = len(sents)
    return {
        "flesch": rd.flesch(sents, docs).score,
        "long": round(100 * sum(len(rd.words(s)) > LONG_SENTENCE_WORDS for s in sents) / n, 1),
        "passive": round(100 * sum(rd.is_passive(d) for d in docs) / n, 1),
        "transitions": round(100 * sum(bool(rd.transitions_in(s)) for s in sents) / n, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="also write every figure as JSON here")
    ap.add_argument("--keep", type=Path, help="keep the articles and Yoast's reports in this folder")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from seoarticle import rewrite
    from seoarticle.nlp import get_nlp

    ydir = yoast_dir()
    nlp = get_nlp()
    work = args.keep or Path(tempfile.mkdtemp(prefix="yoast-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for p in TEXTS:
        res = rewrite(p.read_text(encoding="utf-8"))
        md_path = work / (p.stem + ".md")
        md_path.write_text(res.markdown, encoding="utf-8")
        y = run_yoast(ydir, md_path)
        if args.keep:
            (work / (p.stem + ".yoast.json")).write_text(json.dumps(y, ensure_ascii=False, indent=1), encoding="utf-8")
        rep = {c.id: c for c in res.report.checks}
        ins = y["insights"]
        ours = {
            "words": res.report.facts["words"],
            "density": rep["keyphrase_density"].value,
            "flesch": rep["flesch"].value,
            "long": rep["long_sentences"].value,
            "passive": rep["passive"].value,
            "transitions": rep["transitions"].value,
        }
        yoast = {
            "words": ins["word_count"],
            "density": round(ins["keyphrase"]["density_percent"], 2),
            "flesch": ins["flesch_reading_ease"]["score"],
            "long": ins["sentences"]["percent_longer_than_limit"],
            "passive": ins["passive_voice"]["percent"],
            "transitions": ins["transition_words"]["percent"],
        }
        rows.append({"text": p.name, "keyword": res.report.facts["keyword"], "ours": ours, "yoast": yoast,
                     "ours_with_headings": ours_with_headings(res.markdown, nlp)})

    cols = [("words", "words"), ("density", "density %"), ("flesch", "Flesch"), ("long", "long %"),
            ("passive", "passive %"), ("transitions", "transitions %")]

    def cell(k, a, b):
        mark = " ⚠" if k in TOLERANCE and abs(a - b) > TOLERANCE[k] + 1e-9 else ""
        return f"{a:g} / {b:g}{mark}"

    print("| text | keyphrase | " + " | ".join(c[1] for c in cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for r in rows:
        print(f"| {r['text']} | {r['keyword']} | " + " | ".join(cell(k, r["ours"][k], r["yoast"][k]) for k, _ in cols) + " |")
    n = len(rows)
    means = {k: sum(abs(r["ours"][k] - r["yoast"][k]) for r in rows) / n for k, _ in cols}
    within = {k: sum(abs(r["ours"][k] - r["yoast"][k]) <= TOLERANCE[k] + 1e-9 for r in rows) for k in TOLERANCE}
    print("| mean abs. gap | | " + " | ".join(f"{means[k]:.2f}" for k, _ in cols) + " |")
    print("| within target | | | " + " | ".join(f"{within[k]}/{n}" for k, _ in cols[1:]) + " |")
    print()
    print("Our sentence measures with the subheadings counted as sentences, as Yoast counts them (ours / Yoast):")
    print()
    sc = cols[2:]
    print("| text | " + " | ".join(c[1] for c in sc) + " |")
    print("|---|" + "---|" * len(sc))
    for r in rows:
        print(f"| {r['text']} | " + " | ".join(cell(k, r["ours_with_headings"][k], r["yoast"][k]) for k, _ in sc) + " |")
    means = {k: sum(abs(r["ours_with_headings"][k] - r["yoast"][k]) for r in rows) / n for k, _ in sc}
    print("| mean abs. gap | " + " | ".join(f"{means[k]:.2f}" for k, _ in sc) + " |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
