"""Batch: many inputs -> a folder of articles (`seoarticle batch`, and
`seoarticle rewrite a.txt b.txt -o outdir/`).

The parent process finds the inputs (`discover`), decides which are up to
date (`Manifest`), reads each input, hands chunks of them to worker
processes and writes every output itself, atomically; a worker only
converts. Each worker loads the spaCy pipeline once and parses all the
sentences of a chunk of inputs in one `nlp.pipe` call, then rewrites each
input from its own parses (`api.rewrite(..., source=, docs=)`): the same
article, byte for byte, as `seoarticle rewrite` of that one file, whatever
the chunks and the number of workers (tests/test_batch.py).

A file that fails (unreadable, refused with InputError, too large, a bug,
or a worker that died on it) is a failed entry with its reason; the batch
goes on. Outputs, the manifest and `report.jsonl` are written through
`atomic.write_atomic`, so an interrupted batch leaves no partial file; the
temporary files a killed run leaves behind are removed by the next one.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import signal
import stat
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .atomic import Changed, write_atomic
from .errors import InputError
from .model import Options
from .reader import too_large

MANIFEST = ".seoarticle-manifest.json"
JOURNAL = ".seoarticle-manifest.journal"
LOCK = ".seoarticle-lock"  # held by the batch writing into a folder
INDEX = "report.jsonl"
DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.docx")
MANIFEST_FORMAT = 1
# Inputs per message to a worker (all their sentences go through one
# `nlp.pipe` call): fewer for a small batch, so that every worker gets some.
MAX_CHUNK = 8
# Bytes per allowed word above which a file is refused by its size alone,
# before it is read: generous (French averages 6 to 7 bytes a word in UTF-8,
# 28 in UTF-32), and more for formats with markup. With a floor, so that a
# low --max-words never refuses a file by size that its words would pass.
# Index fields, in order (one JSON object a line in report.jsonl).
INDEX_FIELDS = ("path", "output", "status", "words_in", "words_out", "keyphrase", "density", "flesch",
                "failed_checks", "error", "why")
# mkstemp's names, as write_atomic makes them: ".<name>.<8 characters>.tmp".
_TEMP = re.compile(r"^\.(.+)\.[a-z0-9_]{8}\.tmp$")


class UsageError(Exception):
    """The batch cannot start (bad folders or options): one line, exit 2."""


# --- inputs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    rel: str  # path relative to the input folder, with '/' (a folder that failed ends with '/')
    path: Path | None
    output: str | None = None  # relative to the output folder
    error: str | None = None  # found, but cannot be converted (an unreadable folder, a name clash)
    left: str | None = None  # found, matching, but left alone on purpose: why (a link out of the input folder)


def _matches(rel: str, globs: tuple[str, ...]) -> bool:
    """Whether `rel` matches one of `globs`, without regard to case: on its
    name, or on the whole relative path for a glob with '/' (`path_glob`)."""
    name = rel.rsplit("/", 1)[-1].lower()
    for g in globs:
        g = g.lower()
        if "/" in g:
            if path_glob(g).match(rel.lower()):
                return True
        elif fnmatch.fnmatchcase(name, g):
            return True
    return False


@lru_cache(maxsize=64)
def path_glob(pattern: str) -> re.Pattern:
    """A glob on a relative path, as the shell and pathlib read it: `*`, `?`
    and `[…]` stay within a folder's name (`2017/*.txt` is not
    `2017/avril/x.txt`), `**` crosses folders (`2017/**/*.txt`: any depth,
    2017 itself included)."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**", i):
            i += 2
            whole = i == 2 or pattern[i - 3] == "/"  # (« ** » as a whole component only: c1-7)
            if whole and pattern.startswith("/", i):
                out.append("(?:[^/]*/)*")  # « **/ »: no folder, or any
                i += 1
            elif whole and i == n:
                out.append(".*")  # « 2017/** »: anything under
            else:
                out.append("[^/]*")  # « **.txt », « a** »: as « * », in the shell and pathlib
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = i + 1
            if j < n and pattern[j] in "!^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:  # (no closing bracket: a plain « [ »)
                out.append(re.escape(c))
            else:
                inner = pattern[i + 1 : j]
                negated = inner[:1] in ("!", "^")
                body = re.sub(r"([\\\[\]&~|^])", r"\\\1", inner[1:] if negated else inner)  # (c1-10)
                out.append(f"[^{body}/]" if negated else f"(?!/)[{body}]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z", re.S)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def discover(in_dir: Path, globs: Iterable[str] = DEFAULT_GLOBS, out_dir: Path | None = None) -> list[Input]:
    """Every file under `in_dir` matching one of `globs` (on its name, or on
    its relative path for a glob with '/'), sorted by relative path. Hidden
    files and folders are skipped, and so is `out_dir` when it is inside
    `in_dir`. Symbolic links to files inside `in_dir` are taken, links that
    lead out of it and links to folders are not followed. A folder that
    cannot be listed is an entry with its error (its path ends with '/')."""
    root = Path(in_dir).resolve()
    skip = Path(out_dir).resolve() if out_dir is not None else None
    globs = tuple(globs)
    found: list[Input] = []

    def walk(folder: Path, rel: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.append(Input(rel or "./", None, error=f"folder cannot be read ({exc.strerror or exc})"))
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            r = f"{rel}{e.name}"
            try:
                if e.is_symlink():
                    if not _matches(r, globs):
                        continue
                    target = Path(e.path).resolve()
                    if not _inside(target, root):  # (dangling or not: each link out is said)
                        found.append(Input(r, None, left="a link out of the input folder, not followed; "
                                                         "copy the file into it to convert it"))
                    elif not target.exists():  # (an input gone: failed, as in « rewrite … -o DIR/ », c1-6)
                        found.append(Input(r, None, error="a link to nothing (its target is gone); "
                                                          "remove it, or make it point to a file"))
                    elif not target.is_file():
                        found.append(Input(r, None, left="a link to a folder or a special file, not followed"))
                    else:
                        found.append(Input(r, Path(e.path)))
                elif e.is_dir():
                    if skip is not None and Path(e.path).resolve() == skip:
                        continue
                    walk(Path(e.path), r + "/")
                elif e.is_file() and _matches(r, globs):
                    found.append(Input(r, Path(e.path)))
            except OSError as exc:
                found.append(Input(r, None, error=f"cannot be read ({exc.strerror or exc})"))

    walk(root, "")
    return name_outputs(sorted(found, key=lambda i: i.rel))


def name_outputs(inputs: list[Input], reserved: dict[str, str] | None = None) -> list[Input]:
    """Each input's output: its relative path with `.md` for its suffix
    (`a/b.txt` -> `a/b.md`). Inputs that would share an output keep their
    whole name (`a/b.txt.md`, `a/b.html.md`); any clash left is an error.
    `reserved`: outputs taken already (output -> the input whose earlier
    article is kept there), which count as one more user."""
    reserved = reserved or {}
    def stem(rel: str) -> str:
        head, _, name = rel.rpartition("/")
        base = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
        return f"{head}/{base}.md" if head else f"{base}.md"

    ok = [i for i in inputs if i.error is None and i.left is None]
    first: dict[str, list[Input]] = {}
    for i in ok:
        first.setdefault(stem(i.rel), []).append(i)
    named = {i.rel: (stem(i.rel) if len(first[stem(i.rel)]) == 1 and stem(i.rel) not in reserved else i.rel + ".md")
             for i in ok}
    users: dict[str, list[str]] = {o: [r] for o, r in reserved.items()}
    for rel, out in named.items():
        users.setdefault(out, []).append(rel)
    out = []
    for i in inputs:
        if i.error is not None or i.left is not None:
            out.append(i)
            continue
        o = named[i.rel]
        others = [r for r in users[o] if r != i.rel]
        if others:
            out.append(Input(i.rel, i.path, o, f"its output {o} would also be the output of {others[0]}; rename one"))
        else:
            out.append(Input(i.rel, i.path, o))
    return out


# --- the manifest ----------------------------------------------------------------------


def options_key(options: Options) -> str:
    """A hash of what decides an output: every option but the display ones,
    and the package version."""
    fields = {k: v for k, v in asdict(options).items() if k not in ("strict", "quiet", "output", "report_json")}
    blob = json.dumps({"version": __version__, "options": fields}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_sha(path: Path) -> str | None:
    """The sha256 of the file at `path`; None when there is nothing there,
    "" when there is something that cannot be read as a file (a folder, a
    dangling link, no permission): what no batch wrote."""
    try:
        return sha256(Path(path).read_bytes())
    except OSError:
        return "" if os.path.lexists(path) else None


class Manifest:
    """`OUT_DIR/.seoarticle-manifest.json`: for each input converted, by
    relative path, the sha256 of its bytes, the options key, the sha256 of
    its output, and its index record (for the summary of a later run that
    skips it). Each change is appended at once to a journal beside it
    (`.seoarticle-manifest.journal`, one JSON line a file), so a batch
    killed at any point has recorded every output it wrote; `save` folds
    the journal into the manifest (written atomically) at the end of a run.
    An unreadable manifest counts as empty, a torn last journal line as absent."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / MANIFEST
        self.journal_path = Path(out_dir) / JOURNAL
        self.entries: dict[str, dict] = {}
        self._written: set | None = None
        self.journal = None
        self.dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") == MANIFEST_FORMAT and isinstance(data.get("files"), dict):
                self.entries = data["files"]
        except (OSError, ValueError, AttributeError):
            pass
        try:
            lines = self.journal_path.read_text(encoding="utf-8").splitlines()
        except (OSError, ValueError):
            lines = []
        for line in lines:
            try:
                rel, entry = json.loads(line)
            except ValueError:
                break  # a line torn by a kill
            self._set(rel, entry)
            self.dirty = True

    def up_to_date(self, inp: Input, data: bytes, key: str, out_dir: Path) -> dict | None:
        """The recorded entry when `inp`'s output is up to date: same input
        bytes, same options, and the output there, unchanged."""
        article = article_sha(Path(out_dir) / inp.output)
        if self.judge(inp, sha256(data), key, article) == "up to date":
            return self.entry(inp.rel, article)
        return None

    def entry(self, rel: str, article: str | None) -> dict | None:
        """`rel`'s entry as the article there (its `article_sha`) shows it:
        an entry whose write was under way when a run was killed (« next »,
        recorded before the rename) is the new one if the article there is
        the new one, else the old one."""
        e = self.entries.get(rel)
        if not e:
            return None
        nxt = e.get("next")
        if nxt and article is not None and article == nxt.get("output_sha256"):
            return nxt
        return {k: v for k, v in e.items() if k != "next"}

    def judge(self, inp: Input, input_sha: str, key: str, article: str | None) -> str | None:
        """What the manifest says of `inp`'s article, given the sha256 of
        the input's bytes and `article` (`article_sha` of its output): « up
        to date » (same input, same options, the article as written),
        « edited » (written for it, changed since), or None (nothing
        recorded, no article there, or one to write again)."""
        e = self.entry(inp.rel, article)
        if not e or e.get("output") != inp.output or not e.get("output_sha256") or article is None:
            return None
        if article != e["output_sha256"]:
            return "edited"
        return "up to date" if e.get("input") == input_sha and e.get("options") == key else None

    def wrote(self, output: str, article: str) -> bool:
        """Whether the file at `output` (relative) whose `article_sha` is
        `article` is one a batch wrote, unchanged since (for any input; an
        article whose write a killed run had begun included)."""
        # (An index of every (output, sha256) recorded, built once between two
        # changes: asked of each input whose article is there, a scan of all
        # the entries would make a large batch's planning quadratic.)
        if self._written is None:
            self._written = {(x.get("output"), x.get("output_sha256"))
                             for e in self.entries.values() for x in (e, e.get("next") or {})}
        return (output, article) in self._written

    def intend(self, rel: str, entry: dict) -> None:
        """Record, before `entry`'s article is renamed into place, that it
        is about to be: a run killed (or a power loss) between the rename
        and `record` leaves an article the next run knows as a batch's.
        Made durable (fsync) before the rename."""
        old = self.entries.get(rel) or {}
        self.record(rel, {**{k: v for k, v in old.items() if k != "next"}, "next": entry}, durable=True)

    def kept(self, rel: str, out_dir: Path) -> str | None:
        """The article a batch wrote for `rel`, there and unchanged, if any."""
        e = self.entries.get(rel)
        if not e or not e.get("output"):
            return None
        article = article_sha(Path(out_dir) / e["output"])
        return e["output"] if article and self.wrote(e["output"], article) else None

    def failed(self, rel: str) -> None:
        """`rel` failed: nothing of it is up to date, but the article a batch
        wrote for it before, still there, stays known as a batch's (c1-1)."""
        e = self.entries.get(rel)
        if e is None:
            return
        kept = {k: e[k] for k in ("output", "output_sha256", "next") if e.get(k)}
        self.record(rel, kept or None)

    def _set(self, rel: str, entry: dict | None) -> None:
        self._written = None  # (`wrote`'s index, built again when next asked)
        if entry is None:
            self.entries.pop(rel, None)
        else:
            self.entries[rel] = entry

    def record(self, rel: str, entry: dict | None, durable: bool = False) -> None:
        """Record `rel`'s entry (None: no output of it is up to date);
        `durable`: on disk before this returns (fsync), not only in the
        system's hands."""
        if entry is None and rel not in self.entries:
            return
        self._set(rel, entry)
        if self.journal is None:
            self.journal = open(self.journal_path, "a", encoding="utf-8")
        self.journal.write(json.dumps([rel, entry], ensure_ascii=False) + "\n")
        self.journal.flush()  # in the system's hands: a kill of this process loses nothing
        if durable:
            os.fsync(self.journal.fileno())  # (and a power loss neither)
        self.dirty = True

    def save(self) -> None:
        data = {"format": MANIFEST_FORMAT, "seoarticle": __version__,
                "files": dict(sorted(self.entries.items()))}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        try:
            os.unlink(self.journal_path)
        except OSError:
            pass
        self.dirty = False


def remove_leftovers(out_dir: Path) -> int:
    """Remove the temporary files of writes a killed run left in `out_dir`
    (only names write_atomic makes for an article, the manifest or the
    index). Returns how many."""
    n = 0
    for folder, dirs, files in os.walk(out_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            m = _TEMP.match(f)
            if m and (m.group(1).endswith(".md") or m.group(1) in (MANIFEST, INDEX)):
                try:
                    os.unlink(os.path.join(folder, f))
                    n += 1
                except OSError:
                    pass
    return n


# --- conversion (in a worker) ----------------------------------------------------------


def _failure(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    if os.environ.get("SEOARTICLE_DEBUG"):
        import traceback

        traceback.print_exc()
    return f"internal error (a bug; please report it): {type(exc).__name__}: {exc}"


def _record(result) -> dict:
    r = result.report
    data = r.to_dict()
    density = r.get("keyphrase_density")
    return {
        "words_in": result.input_words,
        "words_out": data.get("words"),
        "keyphrase": data.get("keyword"),
        "density": density.value if density is not None else None,
        "flesch": data.get("flesch"),
        "failed_checks": [c.id for c in r.failed],
        "checks": {c.id: c.status for c in r.checks},
        "shortfall": bool(result.article.notes),
    }


def convert(items: list[tuple[int, str, bytes]], options: Options, nlp=None):
    """Convert a chunk of inputs (index, name, bytes): yields (index,
    markdown, record) for each done, (index, None, error message) for each
    failed. All the sentences of the chunk are parsed in one `nlp.pipe`, and
    so are the few lines its articles' checks cannot read from that parse
    (each call of `nlp.pipe` costs some 2 ms whatever it parses)."""
    from .analysis import texts_to_parse
    from .api import draft, prepare
    from .nlp import get_nlp
    from .reader import load

    nlp = nlp or get_nlp()
    ready = []
    for idx, name, data in items:
        try:
            doc = load(data, name, options)
            source = prepare(doc, options)
            ready.append((idx, doc, source, texts_to_parse(source)))
        except Exception as exc:  # noqa: BLE001 - any failure is this file's, the batch goes on
            yield idx, None, _failure(exc)
    docs = _parse_together(nlp, {idx: texts for idx, _, _, texts in ready})
    drafts = []
    for idx, doc, source, _ in ready:
        try:
            drafts.append((idx, draft(doc, options, source=source, docs=docs.get(idx))))
        except Exception as exc:  # noqa: BLE001
            yield idx, None, _failure(exc)
    lines = _parse_together(nlp, {idx: d.to_parse for idx, d in drafts})
    for idx, d in drafts:
        try:
            result = d.finish(lines[idx] if idx in lines else nlp.pipe(d.to_parse))
            yield idx, result.markdown, _record(result)
        except Exception as exc:  # noqa: BLE001
            yield idx, None, _failure(exc)


def _parse_together(nlp, texts: dict[int, list[str]]) -> dict[int, list]:
    """Each input's texts parsed, all in one `nlp.pipe`: input -> its Docs.
    Empty if that fails: each input's are then parsed alone, by `rewrite`'s
    own path, so that a failure is only that input's."""
    try:
        parsed = iter(list(nlp.pipe([t for group in texts.values() for t in group])))
        return {idx: [next(parsed) for _ in group] for idx, group in texts.items()}
    except Exception:  # noqa: BLE001 - see above
        return {}


def _worker(conn, options: Options) -> None:
    """A worker process: loads the pipeline, then converts the chunks it is
    sent until it is sent None; reports each file as soon as it is done."""
    from .nlp import get_nlp, prime, tune_gc

    tune_gc()
    try:
        prime()
        nlp = get_nlp()
    except Exception as exc:  # noqa: BLE001 - no worker can convert anything: say why, once
        conn.send((None, None, _failure(exc)))
        return
    conn.send((None, "ready", None))
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for idx, md, rec in convert(chunk, options, nlp):
            conn.send((idx, md, rec))


# --- the run (in the parent) -----------------------------------------------------------


@dataclass
class Summary:
    records: list[dict] = field(default_factory=list)  # one per input, sorted by path
    total: int = 0
    interrupted: bool = False
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(r["status"] == status for r in self.records)

    @property
    def failed(self) -> int:
        return self.count("failed")

    def checks(self) -> dict[str, dict[str, int]]:
        """For each check, how many articles pass, warn and fail it."""
        out: dict[str, dict[str, int]] = {}
        for r in self.records:
            for cid, st in (r.get("checks") or {}).items():
                out.setdefault(cid, {"pass": 0, "warn": 0, "fail": 0})[st] += 1
        return dict(sorted(out.items()))

    def strict_failures(self) -> int:
        """Articles --strict fails: a check failed, one fell short, or one
        edited since it was written, not checked in its current form (c1-4)."""
        return sum(1 for r in self.records if r["status"] != "failed"
                   and (r.get("failed_checks") or r.get("shortfall") or r.get("unchecked")))

    def unchecked(self) -> list[str]:
        """The inputs whose article, edited by hand, this run did not check."""
        return [r["path"] for r in self.records if r["status"] != "failed" and r.get("unchecked")]


class _Events:
    """What the display is told (see progress.py); these do nothing."""

    def start(self, total: int, todo: int) -> None: ...
    def known(self, record: dict) -> None: ...  # decided before the conversion (skipped, or failed)
    def file(self, record: dict) -> None: ...  # converted, or failed in the conversion
    def close(self) -> None: ...


def _base(inp: Input) -> dict:
    return {"path": inp.rel, "output": inp.output, "status": None, "words_in": None, "words_out": None,
            "keyphrase": None, "density": None, "flesch": None, "failed_checks": [], "error": None, "why": None}


def _failed(inp: Input, error: str, kept: str | None = None) -> dict:
    """A failure (no article written); `kept`: the article a batch wrote for
    it before, still there (c1-8)."""
    return {**_base(inp), "output": kept, "status": "failed", "error": error}


def _not_done(inp: Input) -> dict:
    """An input an interrupted batch did not come to (in the index only)."""
    return {**_base(inp), "output": None, "status": "not_done"}


class _Interrupted(Exception):
    pass


class _Signals:
    """Ctrl-C (SIGINT) and SIGTERM stop the parent's run by raising
    `_Interrupted`, but not inside `held()`: a converted file's output, its
    manifest entry and its index record are written all three or not at all.
    A signal that comes meanwhile is acted on as the section ends; a second
    one stops the run at once (a section that hangs, on a full disk say,
    must not make the batch unstoppable)."""

    def __init__(self):
        self.holding = 0
        self.pending = False

    def handler(self, signum, frame):
        if self.holding and not self.pending:
            self.pending = True
        else:
            raise _Interrupted

    @contextmanager
    def held(self, act: bool = True):
        """The section; `act`: raise `_Interrupted` at its end for a signal
        that came in it (else the caller reads `pending`)."""
        self.holding += 1
        try:
            yield
        finally:
            self.holding -= 1
        if act and not self.holding and self.pending:
            raise _Interrupted


def run(inputs: list[Input], out_dir: Path, options: Options, jobs: int = 1, force: bool = False,
        events: _Events | None = None) -> Summary:
    """Convert `inputs` into `out_dir` with `jobs` worker processes. Writes
    each output, the manifest and `report.jsonl`. Ctrl-C or SIGTERM stops
    the workers and returns what was done (`Summary.interrupted`)."""
    events = events or _Events()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        return _run(inputs, out_dir, options, jobs, force, events)


class _locked:
    """An exclusive lock on `out_dir` for the run (UsageError if another
    batch holds it): two batches writing one manifest would lose entries.

    The lock is `OUT_DIR/.seoarticle-lock`, flock()ed, and removed at the
    end by the batch that holds it, so that it is not left in a folder users
    publish. That is safe because a batch holds the lock only if, once it
    has it, the name still leads to the file it locked: one that opened the
    file just before it was removed, and got its lock once released, finds
    the name gone (or another file there) and tries again."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / LOCK

    def __enter__(self):
        import fcntl

        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise UsageError(f"{self.path.parent}: another batch is writing there; wait for it to end") from None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if same:
                self.fd = fd
                return self
            os.close(fd)  # (removed by the batch that held it: lock the new one)

    def __exit__(self, *exc):
        try:
            os.unlink(self.path)  # (while held: see above)
        except OSError:
            pass
        os.close(self.fd)


def _run(inputs: list[Input], out_dir: Path, options: Options, jobs: int, force: bool, events: _Events) -> Summary:
    t0 = time.perf_counter()
    manifest = Manifest(out_dir)
    # An article kept for an input left alone (a link gone out, say) keeps
    # its name: another input's takes its whole name, as for a clash (c1-3).
    reserved = {}
    for inp in inputs:
        e = manifest.entries.get(inp.rel) if inp.error is not None or inp.left is not None else None
        if e and e.get("output") and article_sha(out_dir / e["output"]):
            reserved[e["output"]] = inp.rel
    if reserved:
        inputs = name_outputs([Input(i.rel, i.path, None, i.error, i.left) for i in inputs], reserved)
    remove_leftovers(out_dir)  # (a run refused below removes them too: c1-15)
    if not force and not _index_is_ours(out_dir / INDEX, manifest):
        raise UsageError(f"{out_dir / INDEX}: is already there and no batch wrote it (a file of yours?); it is kept: "
                         "move it away, or give --force to overwrite it")
    key = options_key(options)
    done: dict[str, dict] = {}
    todo: list[Input] = []
    seen: dict[str, str | None] = {}  # (the article there at planning: c1-16)
    input_paths = {str(i.path.resolve()) for i in inputs if i.path is not None}
    for inp in inputs:
        if inp.error is not None:
            done[inp.rel] = _failed(inp, inp.error)
            continue
        if inp.left is not None:
            # (An article a batch wrote for it before stays, and is named: c3-14.)
            e = manifest.entries.get(inp.rel)
            kept = e.get("output") if e and article_sha(out_dir / e.get("output", "")) else None
            done[inp.rel] = {**_base(inp), "output": kept, "status": "skipped",
                             "why": inp.left + (f"; its article of before, {kept}, is kept" if kept else "")}
            continue
        if str((out_dir / inp.output).resolve()) in input_paths:
            done[inp.rel] = _failed(inp, f"its output {inp.output} is an input; choose another output folder")
            continue
        try:
            size = os.stat(inp.path).st_size
        except OSError as exc:
            done[inp.rel] = _failed(inp, f"cannot be read ({exc.strerror or exc})", manifest.kept(inp.rel, out_dir))
            continue
        refused = too_large(size, inp.rel, options.max_words)
        if refused:
            done[inp.rel] = _failed(inp, refused, manifest.kept(inp.rel, out_dir))
            continue
        if not force:
            # An article there that no batch wrote, or that was edited since,
            # is never overwritten without --force: a file of the user's.
            article = seen[inp.rel] = article_sha(out_dir / inp.output)
            if article is not None and inp.rel in manifest.entries:
                try:
                    data = inp.path.read_bytes()
                except OSError as exc:
                    done[inp.rel] = _failed(inp, f"cannot be read ({exc.strerror or exc})", manifest.kept(inp.rel, out_dir))
                    continue
                input_sha = sha256(data)
                state = manifest.judge(inp, input_sha, key, article)
                e = manifest.entry(inp.rel, article)
                if state == "up to date":
                    done[inp.rel] = {**_base(inp), **e["record"], "status": "skipped", "why": "up to date"}
                    continue
                if state == "edited":
                    if e.get("input") == input_sha and e.get("options") == key:
                        # (The figures of the article as written are no longer its own: only words_in is kept.)
                        done[inp.rel] = {**_base(inp), "words_in": e.get("record", {}).get("words_in"),
                                         "status": "skipped", "unchecked": True,
                                         "why": "edited since it was written: kept; --force to redo it"}
                    else:
                        done[inp.rel] = {**_failed(inp, f"its article {inp.output} was edited since it was written, "
                                                        "and the input or the options changed; the article is kept: "
                                                        "move it away, or give --force to overwrite it"),
                                         "output": inp.output}
                    continue
            if article is not None and not manifest.wrote(inp.output, article):
                done[inp.rel] = _failed(inp, f"{out_dir / inp.output} is already there and no batch wrote it (a file "
                                             "of yours?); it is kept: move it away, or give --force to overwrite it")
                continue
        todo.append(inp)

    summary = Summary(total=len(inputs))
    events.start(len(inputs), len(todo))
    for rec in done.values():
        events.known(rec)
    signals = _Signals()
    old_term = signal.signal(signal.SIGTERM, signals.handler)
    old_int = signal.signal(signal.SIGINT, signals.handler)
    try:
        _convert_all(todo, out_dir, options, jobs, manifest, key, done, events, signals, None if force else seen)
    except (KeyboardInterrupt, _Interrupted):
        summary.interrupted = True
    finally:
        try:
            events.close()
            with signals.held(act=False):  # (the manifest and the index, in step with the outputs)
                summary.records = [done[r] for r in sorted(done)]
                if manifest.dirty or not manifest.path.exists():  # (with the index: a folder a batch wrote)
                    manifest.save()
                left = [_not_done(inp) for inp in todo if inp.rel not in done]
                write_index(out_dir / INDEX, sorted(summary.records + left, key=lambda r: r["path"]))
        finally:
            signal.signal(signal.SIGTERM, old_term)
            signal.signal(signal.SIGINT, old_int)
        summary.interrupted = summary.interrupted or signals.pending
    summary.seconds = time.perf_counter() - t0
    return summary


def _index_is_ours(path: Path, manifest: Manifest) -> bool:
    """Whether `path` (OUT_DIR/report.jsonl) may be written over: absent or
    empty, beside a manifest (a batch wrote the folder), or made of index
    lines only."""
    if not os.path.lexists(path) or manifest.path.exists() or manifest.journal_path.exists():
        return True
    try:
        with open(path, "rb") as fh:  # (line by line: an index of any length, c1-14; no line of 1 MiB)
            while line := fh.readline(1 << 20):
                if len(line) >= 1 << 20 or (line.strip() and not _index_line(json.loads(line.decode("utf-8")))):
                    return False
            return True
    except (OSError, ValueError, TypeError):
        return False


def _index_line(record) -> bool:
    """Whether `record` is a line of an index a batch wrote (« why » came later)."""
    return isinstance(record, dict) and tuple(k for k in record if k != "why") == INDEX_FIELDS[:-1]


def write_index(path: Path, records: list[dict]) -> None:
    lines = [json.dumps({k: r.get(k) for k in INDEX_FIELDS}, ensure_ascii=False) for r in records]
    write_atomic(path, "".join(line + "\n" for line in lines))


@dataclass
class _Slot:
    proc: object
    conn: object
    pending: deque = field(default_factory=deque)  # indexes of the inputs sent, not yet answered
    ready: bool = False  # the pipeline is loaded


def _convert_all(todo: list[Input], out_dir: Path, options: Options, jobs: int, manifest: Manifest, key: str,
                 done: dict, events: _Events, signals: _Signals | None = None, seen: dict | None = None) -> None:
    """`seen`: for each input, the `article_sha` of its output when the run
    was planned; an article whose file changed since (a file of the user's
    saved there meanwhile) is not written (c1-16). None: --force."""
    if not todo:
        return
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context("spawn")
    jobs = max(1, min(jobs, len(todo)))
    size = max(1, min(MAX_CHUNK, len(todo) // (jobs * 4)))
    queue: deque[list[int]] = deque(list(range(k, min(k + size, len(todo)))) for k in range(0, len(todo), size))
    hashes: dict[int, str] = {}
    slots: list[_Slot] = []

    def start() -> _Slot:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, options), daemon=True)
        # Born ignoring SIGINT (Python then installs no handler of its own):
        # Ctrl-C reaches the whole process group, and only the parent acts on it.
        # And with PYTHONSAFEPATH: the worker starts as `python -c`, which would
        # put the current folder first on its path (a grp.py or json.py there
        # would be imported instead of the standard library's).
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
        safe = os.environ.get("PYTHONSAFEPATH")
        os.environ["PYTHONSAFEPATH"] = "1"
        try:
            proc.start()
        finally:
            signal.signal(signal.SIGINT, old)
            if safe is None:
                del os.environ["PYTHONSAFEPATH"]
            else:
                os.environ["PYTHONSAFEPATH"] = safe
        child.close()
        slot = _Slot(proc, parent)
        slots.append(slot)
        return slot

    signals = signals or _Signals()

    def finish(idx: int, md: str | None, rec: dict | str) -> None:
        with signals.held():
            entry = _finish(idx, md, rec)
        events.file(entry)  # (display only, out of the section: a stalled stderr must not hold a signal back)

    def _finish(idx: int, md: str | None, rec: dict | str) -> dict:
        inp = todo[idx]
        if md is None:
            entry = _failed(inp, rec, manifest.kept(inp.rel, out_dir))
            manifest.failed(inp.rel)
        else:
            target = out_dir / inp.output
            new = {"input": hashes.pop(idx), "options": key, "output": inp.output,
                   "output_sha256": sha256(md.encode("utf-8")), "record": rec}
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                manifest.intend(inp.rel, new)  # (before the rename: c1-2)
                expect = None if seen is None else (lambda: article_sha(target) == seen.get(inp.rel))
                write_atomic(target, md, expect=expect)
            except Changed:
                entry = _failed(inp, f"{target} was saved there during the batch, and no batch wrote it; it is kept: "
                                     "move it away, or give --force to overwrite it")
                manifest.failed(inp.rel)
            except OSError as exc:
                entry = _failed(inp, f"{inp.output}: cannot be written ({exc.strerror or exc})",
                                manifest.kept(inp.rel, out_dir))
                manifest.failed(inp.rel)
            else:
                entry = {**_base(inp), **rec, "status": "converted"}
                manifest.record(inp.rel, new)
        done[inp.rel] = entry
        return entry

    def feed(slot: _Slot) -> bool:
        """Send `slot` the next chunk that has something to convert."""
        while queue:
            items = []
            for idx in queue.popleft():
                inp = todo[idx]
                try:
                    data = inp.path.read_bytes()
                except OSError as exc:
                    finish(idx, None, f"cannot be read ({exc.strerror or exc})")
                    continue
                hashes[idx] = sha256(data)
                items.append((idx, inp.rel, data))
                slot.pending.append(idx)
            if items:
                try:
                    slot.conn.send(items)
                except OSError:  # (the worker died since it was last heard of: the chunk goes back)
                    chunk = [idx for idx, _, _ in items]
                    for idx in chunk:
                        slot.pending.remove(idx)
                    queue.appendleft(chunk)
                    return False
                return True
        return False

    def stop(slot: _Slot) -> None:
        try:
            slot.conn.send(None)
        except OSError:
            pass

    try:
        for _ in range(min(jobs, len(queue))):
            if not feed(start()):
                stop(slots[-1])
        while True:
            for s in [s for s in slots if not s.pending and not s.proc.is_alive()]:
                # Gone with nothing pending: sent None (nothing was left), or died
                # between two chunks (killed, out of memory): what is left goes on
                # with a new worker, not dropped. (One that died before it was
                # ready would die again: no worker can start.)
                s.proc.join()
                if s.proc.exitcode and not s.ready:
                    raise _Unusable(f"the worker process died while starting (exit code {s.proc.exitcode})")
                slots.remove(s)
            while queue and len(slots) < jobs:
                if not feed(start()):
                    stop(slots[-1])
            if not any(s.pending for s in slots):
                break
            busy = [s for s in slots if s.pending]
            ready = wait([s.conn for s in busy] + [s.proc.sentinel for s in busy])
            for s in busy:
                if s.conn in ready or s.proc.sentinel in ready:
                    _drain(s, finish)
                if s.pending and not s.proc.is_alive():  # died on its first pending file
                    s.proc.join()
                    code = s.proc.exitcode
                    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                    if not s.ready:
                        raise _Unusable(f"the worker process died while starting ({how})")
                    finish(s.pending.popleft(), None, f"the worker process died while converting it ({how})")
                    if s.pending:
                        queue.appendleft(list(s.pending))
                        s.pending.clear()
                    slots.remove(s)
                    if queue and not feed(start()):
                        stop(slots[-1])
                elif not s.pending and s.proc.is_alive() and not feed(s):
                    stop(s)
        for s in slots:  # they were sent None: they are leaving
            s.proc.join(5)
    except _Unusable as exc:
        for idx in sorted({i for s in slots for i in s.pending} | {i for chunk in queue for i in chunk}):
            finish(idx, None, f"no worker could start: {exc}")
    finally:
        for s in slots:
            if s.proc.is_alive():
                s.proc.terminate()
        for s in slots:
            s.proc.join(5)
            if s.proc.is_alive():
                s.proc.kill()
                s.proc.join()


class _Unusable(Exception):
    """A worker could not load the pipeline: no file can be converted."""


def _drain(slot: _Slot, finish: Callable) -> None:
    """Handle every message `slot`'s worker has sent so far."""
    while True:
        try:
            if not slot.conn.poll():
                return
            idx, md, rec = slot.conn.recv()
        except (EOFError, OSError):
            return
        if idx is None:
            if md != "ready":
                raise _Unusable(rec)
            slot.ready = True
            continue
        slot.pending.remove(idx)
        finish(idx, md, rec)


# --- folders -----------------------------------------------------------------------------


def check_folders(in_dir: Path | None, out_dir: Path) -> None:
    """UsageError unless `in_dir` is a folder and `out_dir` is (or can be
    made) a writable folder that is not `in_dir`. Creates `out_dir`."""
    if in_dir is not None:
        if not in_dir.exists():
            raise UsageError(f"{in_dir}: no such folder; give the folder of the texts to convert")
        if not in_dir.is_dir():
            raise UsageError(f"{in_dir}: is not a folder; give a folder (for one file: seoarticle rewrite)")
        if out_dir.exists() and out_dir.resolve() == in_dir.resolve():
            raise UsageError(f"{out_dir}: is also the input folder; give another output folder")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: is a file; give a folder for the articles")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{out_dir}: cannot be created ({exc.strerror or exc}); choose another output folder") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise UsageError(f"{out_dir}: not writable; choose another output folder")


def files_as_inputs(paths: list[str]) -> list[Input]:
    """Files given one by one (`seoarticle rewrite a.txt b.txt -o out/`),
    each named by its path relative to the folder they all are in."""
    resolved = [Path(os.path.normpath(os.path.abspath(p))) for p in paths]  # (« t/../t/a.txt » is « t/a.txt »)
    common = Path(os.path.commonpath([str(p.parent) for p in resolved]))
    out: dict[str, Input] = {}
    for given, p in zip(paths, resolved):
        rel = p.relative_to(common).as_posix()
        if not p.exists():
            out[rel] = Input(rel, None, error=f"{given}: no such file")
        elif p.is_dir():
            out[rel] = Input(rel, None, error=f"{given}: is a folder; give files (for a folder: seoarticle batch)")
        elif not stat.S_ISREG(p.stat().st_mode):
            out[rel] = Input(rel, None, error=f"{given}: is not a regular file")
        else:
            out[rel] = Input(rel, p)
    return name_outputs([out[r] for r in sorted(out)])
