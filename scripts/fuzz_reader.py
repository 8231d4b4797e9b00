#!/usr/bin/env python3
"""A fuzzing session on the reader (issue 6), coverage-guided by atheris.

Every input is read as a user's file would be: `reader.load` (format and
encoding detection, Markdown, HTML and .docx extraction), `check_input`
(word limit, language) and `read` (cleaning, title, dateline, blocks). The
one acceptable failure is InputError with a one-line message; anything else
(an exception, a message on several lines, text that cannot be written as
UTF-8, a read over 5 seconds) is a finding, saved with its input, and the
session goes on.

Three kinds of input, chosen by the first byte: raw bytes under a file name
(none, .txt, .md, .html, .docx), bytes that become word/document.xml inside
a valid .docx (so that mutations reach the Word reader, not just the ZIP
checks), and bytes that become the YAML front matter of a Markdown draft.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python scripts/fuzz_reader.py --minutes 25 --out /tmp/fuzz

Prints, at the end, the inputs tried, their outcomes and the findings; the
findings and a summary.json are left in --out. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import io
import json
import os
import re
import shutil
import sys
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import atheris  # noqa: E402

# Everything the reader imports lazily is imported here, so that it is instrumented too.
with atheris.instrument_imports(include=["seoarticle", "markdown_it", "mdurl", "charset_normalizer", "yaml"]):
    import charset_normalizer  # noqa: E402, F401
    import markdown_it  # noqa: E402, F401
    import yaml  # noqa: E402, F401
    from seoarticle import decoding, formats, language, reader  # noqa: E402, F401
    from seoarticle.errors import InputError  # noqa: E402
    from seoarticle.model import Options  # noqa: E402

NAMES = [None, "a.txt", "a.md", "a.html", "a.docx"]
SLOW_SECONDS = 5.0
STATS: Counter = Counter()
FINDINGS: dict[str, dict] = {}
OUT = Path("/tmp/seoarticle-fuzz")
START = time.time()
TEMPLATE: dict[str, bytes] = {}
LAST_DUMP = time.time()


def docx_with(document_xml: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in TEMPLATE.items():
            z.writestr(name, document_xml if name == "word/document.xml" else content)
    return buf.getvalue()


def one_input(data: bytes) -> None:
    if not data:
        data = b"\x00"
    mode, body = data[0] % 8, data[1:]
    if mode == 6:
        name, payload = "a.docx", docx_with(body)
    elif mode == 7:
        name, payload = "a.md", b"---\n" + body + b"\n---\n\nLe texte de l'article, en fran\xc3\xa7ais.\n"
    else:
        name, payload = NAMES[mode % len(NAMES)], body
    STATS["inputs"] += 1
    STATS[f"mode:{'docx-xml' if mode == 6 else 'front-matter' if mode == 7 else name or 'stdin'}"] += 1
    t0 = time.perf_counter()
    try:
        doc = reader.load(payload, name)
        STATS[f"format:{doc.format}"] += 1
        doc.encode("utf-8")
        reader.check_input(doc, Options())
        source = reader.read(doc)
        STATS["read"] += 1
        if source.title:
            STATS["with title"] += 1
    except InputError as exc:
        message = str(exc)
        STATS["refused"] += 1
        STATS["refused: " + re.sub(r"\d+", "N", re.sub(r"\(.*?\)|'.*'", "…", message.split(";")[0]))[:70]] += 1
        if "\n" in message or not message:
            finding("multi-line message", payload, name, message)
    except Exception:  # a finding: the user would see a traceback
        finding("exception", payload, name, traceback.format_exc())
    elapsed = time.perf_counter() - t0
    if elapsed > SLOW_SECONDS:
        finding(f"slow ({elapsed:.1f} s)", payload, name, "")
    global LAST_DUMP
    if time.time() - LAST_DUMP > 60:  # libFuzzer ends the process its own way: keep summary.json current
        LAST_DUMP = time.time()
        summary(quiet=True)


def finding(kind: str, payload: bytes, name, detail: str) -> None:
    last = detail.strip().splitlines()[-1] if detail.strip() else ""
    where = [ln for ln in detail.splitlines() if ln.strip().startswith("File ")][-1:] if detail else []
    key = f"{kind}|{last[:120]}|{''.join(where)}"
    STATS["findings"] += 1
    if key in FINDINGS:
        FINDINGS[key]["count"] += 1
        return
    digest = hashlib.sha1(payload).hexdigest()[:12]
    path = OUT / "findings" / f"{digest}-{(name or 'stdin').replace('/', '_')}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(payload)
    FINDINGS[key] = {"kind": kind, "name": name, "input": str(path), "detail": detail[-3000:], "count": 1}
    print(f"\n*** finding: {kind}: {last[:200]} (input saved to {path})", file=sys.stderr, flush=True)


def summary(quiet: bool = False) -> None:
    elapsed = time.time() - START
    data = {"seconds": round(elapsed), "inputs": STATS["inputs"], "per_second": round(STATS["inputs"] / max(1, elapsed)),
            "stats": dict(STATS.most_common()), "findings": list(FINDINGS.values())}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "summary.json").write_text(json.dumps(data, ensure_ascii=False, indent=2))
    if quiet:
        return
    print(f"\n== {STATS['inputs']} inputs in {elapsed / 60:.1f} min ({data['per_second']}/s); "
          f"{len(FINDINGS)} distinct findings ({STATS['findings']} in all)", file=sys.stderr)
    for k, v in STATS.most_common():
        print(f"   {v:>9}  {k}", file=sys.stderr)
    for f in FINDINGS.values():
        print(f"-- {f['kind']} x{f['count']} ({f['name']}): {f['input']}\n{f['detail'][-800:]}", file=sys.stderr)


def seeds(folder: Path) -> None:
    """The awkward inputs of the tests, the corpus, and the document.xml and
    front matter of the seed .docx and draft, each under the first byte that
    picks its kind."""
    import awkward

    folder.mkdir(parents=True, exist_ok=True)
    built = folder.parent / "awkward"
    awkward.build(built)
    k = 0
    for path in sorted(built.iterdir()):
        data = path.read_bytes()
        ext = path.suffix.lower()
        mode = {".md": 2, ".html": 3, ".docx": 4, ".txt": 1}.get(ext, 0)
        (folder / f"seed-{k:03d}").write_bytes(bytes([mode]) + data)
        k += 1
        if path.name == "article.docx":
            with zipfile.ZipFile(path) as z:
                TEMPLATE.update({n: z.read(n) for n in z.namelist()})
                (folder / f"seed-{k:03d}").write_bytes(bytes([6]) + z.read("word/document.xml"))
                k += 1
    (folder / f"seed-{k:03d}").write_bytes(bytes([7]) + 'title: "Grève : le trafic"\nkeyword: grève\ndate: 2024-01-02'.encode())
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        k += 1
        (folder / f"seed-{k:03d}").write_bytes(bytes([1]) + path.read_bytes())


def main() -> None:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=25.0)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--max-len", type=int, default=65536)
    args, rest = parser.parse_known_args()
    OUT = args.out
    if OUT.exists():
        shutil.rmtree(OUT)
    corpus = OUT / "corpus"
    seeds(corpus)
    if not TEMPLATE:
        raise SystemExit("no seed .docx was built")
    atexit.register(summary)
    flags = [sys.argv[0], str(corpus), f"-max_total_time={int(args.minutes * 60)}", f"-max_len={args.max_len}",
             "-rss_limit_mb=6144", "-timeout=60", "-print_final_stats=1", *rest]
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    atheris.Setup(flags, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
