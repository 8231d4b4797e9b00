"""The fast loader (`seoarticle.fastload`): the pipeline it gives annotates
exactly like a bare `spacy.load`, and a bad cache is never used."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from seoarticle import fastload

ANNOTATE = ROOT / "tests" / "annotate.py"


def annotate(mode: str, cache_dir, *extra) -> dict:
    env = dict(os.environ, SEOARTICLE_CACHE_DIR=str(cache_dir))
    env.pop("SEOARTICLE_NO_CACHE", None)
    r = subprocess.run([sys.executable, str(ANNOTATE), mode, *extra], env=env, capture_output=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A bare spacy.load, then seoarticle building its cache, then seoarticle
    loading from it: each in a fresh process, each annotating every text."""
    cache = tmp_path_factory.mktemp("nlp-cache")
    return {
        "stock": annotate("stock", cache),
        "built": annotate("seoarticle", cache),
        "cache": annotate("seoarticle", cache, "--check-patterns"),
        "dir": cache,
    }


def first_difference(a: dict, b: dict) -> str:
    for name in a["docs"]:
        for k, (da, db) in enumerate(zip(a["docs"][name], b["docs"][name])):
            if da["ents"] != db["ents"]:
                return f"{name} unit {k}: entities {da['ents']} != {db['ents']}"
            for ta, tb in zip(da["tokens"], db["tokens"]):
                if ta != tb:
                    return f"{name} unit {k}: {ta} != {tb}"
            if len(da["tokens"]) != len(db["tokens"]):
                return f"{name} unit {k}: {len(da['tokens'])} tokens != {len(db['tokens'])}"
    return "?"


def test_modes(runs):
    assert runs["stock"]["mode"] == "stock"
    assert runs["built"]["mode"] == "built"
    assert runs["cache"]["mode"] == "cache"
    # The long patterns (TOKEN_MATCH, prefixes, suffixes, infixes) came from the
    # cache, and each equals, code word for code word, a fresh compile.
    assert runs["cache"]["patterns_from_cache"] >= 4


@pytest.mark.parametrize("mode", ["built", "cache"])
def test_same_annotations_as_stock_spacy(runs, mode):
    """Tokens (text, offsets, spaces), lemmas, POS, tags, morphology, parse,
    sentence starts, norms and entities: on every corpus text, the seeds and
    the ISW briefing, whole and as the sentences seoarticle parses."""
    stock, ours = runs["stock"], runs[mode]
    assert stock["docs"].keys() == ours["docs"].keys()
    assert len(stock["docs"]) >= 13
    assert stock["docs"] == ours["docs"], first_difference(stock, ours)


# --- the cache file ----------------------------------------------------------------


@pytest.fixture
def cache_file(runs, tmp_path, monkeypatch):
    """A copy of the cache written by the `runs` fixture, in its own folder
    (and fastload made to forget what this process primed)."""
    (src,) = [p for p in runs["dir"].iterdir() if p.suffix == ".bin"]
    dst = tmp_path / src.name
    dst.write_bytes(src.read_bytes())
    monkeypatch.setenv("SEOARTICLE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SEOARTICLE_NO_CACHE", raising=False)
    monkeypatch.setattr(fastload, "_primed", {})
    return dst


def test_valid_cache_is_read(cache_file):
    key = fastload.cache_key("fr_core_news_sm")
    assert fastload.cache_file_name("fr_core_news_sm", key) == cache_file.name
    header, payload = fastload.read_cache(cache_file, key)
    assert header["regexes"] and header["lemmatizer"]["name"] == "lemmatizer"
    assert fastload.find(cache_file.name, key) is not None


@pytest.mark.parametrize("damage", ["flip", "truncate", "magic", "header", "empty"])
def test_damaged_cache_is_refused(cache_file, damage):
    key = fastload.cache_key("fr_core_news_sm")
    data = bytearray(cache_file.read_bytes())
    if damage == "flip":
        data[-1000] ^= 0x01
    elif damage == "truncate":
        del data[len(data) // 2 :]
    elif damage == "magic":
        data[0] ^= 0xFF
    elif damage == "header":
        data[len(fastload.MAGIC) + 8] = ord("]")
    else:
        data = b""
    cache_file.write_bytes(bytes(data))
    with pytest.raises(fastload.CacheError):
        fastload.read_cache(cache_file, key)
    assert fastload.find(cache_file.name, key) is None


def test_stale_cache_is_refused(cache_file):
    """A cache written for another spaCy (or model, or Python) is never used,
    even under the expected file name."""
    key = fastload.cache_key("fr_core_news_sm")
    other = dict(key, spacy="3.8.0-other")
    assert fastload.cache_file_name("fr_core_news_sm", other) != cache_file.name
    with pytest.raises(fastload.CacheError):
        fastload.read_cache(cache_file, other)


def test_cache_of_another_seoarticle_is_refused(cache_file):
    """The cache holds our own modules' compiled patterns: a cache written by
    another version of them (an upgrade, an edited module) is not read, and
    the new version writes its own."""
    key = fastload.cache_key("fr_core_news_sm")
    names = {name for name, _, _ in key["seoarticle"]}
    assert {"fastload.py", "engines/offline.py", "rephrase.py"} <= names
    edited = [[name, size + 1 if name == "rephrase.py" else size, mtime] for name, size, mtime in key["seoarticle"]]
    other = dict(key, seoarticle=edited)
    assert fastload.cache_file_name("fr_core_news_sm", other) != cache_file.name
    with pytest.raises(fastload.CacheError):
        fastload.read_cache(cache_file, other)


def test_refused_cache_falls_back_to_the_stock_load(cache_file, monkeypatch):
    cache_file.write_bytes(cache_file.read_bytes()[:-10])
    built = []
    monkeypatch.setattr(fastload, "_build", lambda model, key, rec: (built.append(model) or "stock nlp", True))
    assert fastload.load("fr_core_news_sm") == "stock nlp"
    assert built == ["fr_core_news_sm"] and fastload.last_mode == "built"


def test_failed_fast_load_falls_back_and_unprimes(cache_file, monkeypatch):
    import re

    def broken(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(fastload, "unpack_lemmatizer", broken)
    monkeypatch.setattr(fastload, "_build", lambda model, key, rec: ("stock nlp", False))
    before = dict(re._cache)
    assert fastload.load("fr_core_news_sm") == "stock nlp"
    assert fastload.last_mode == "stock"
    # The patterns put into re's cache for the failed attempt are taken out again.
    assert all(before.get(k) is v for k, v in re._cache.items())


def test_no_cache_switch(monkeypatch):
    monkeypatch.setenv("SEOARTICLE_NO_CACHE", "1")
    monkeypatch.setattr(fastload, "_primed", {})
    monkeypatch.setattr(fastload, "load_stock", lambda model: "stock nlp")
    assert fastload.load("fr_core_news_sm") == "stock nlp" and fastload.last_mode == "stock"


def test_unusable_folders_are_skipped(tmp_path, monkeypatch):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("SEOARTICLE_CACHE_DIR", str(not_a_folder / "cache"))
    assert fastload.save("x.bin", {}, [], None, fastload._Writer()) is None
    assert fastload.find("x.bin", {}) is None


def test_save_is_atomic_and_readable(tmp_path, monkeypatch):
    monkeypatch.setenv("SEOARTICLE_CACHE_DIR", str(tmp_path / "c"))
    w = fastload._Writer()
    path = fastload.save("x.bin", {"k": 1}, [], None, w)
    assert path == tmp_path / "c" / "x.bin"
    assert [p.name for p in path.parent.iterdir()] == ["x.bin"]  # no temporary file left
    header, _ = fastload.read_cache(path, {"k": 1})
    assert header["lemmatizer"] is None


def test_shared_temp_folder_must_be_private(tmp_path):
    d = tmp_path / "shared"
    d.mkdir()
    d.chmod(0o777)
    assert not fastload._safe_dir(d, private=True)
    d.chmod(0o700)
    assert fastload._safe_dir(d, private=True)


def test_packed_tables_behave_like_dicts():
    w = fastload._Writer()
    from spacy.strings import get_string_id

    words = {"chevaux": ["cheval"], "yeux": ["œil", "oeil"], "été": [""], "a": ["avoir"]}
    ref_map = fastload._pack(w, [(get_string_id(k), k, v) for k, v in words.items()])
    ref_set = fastload._pack(w, [(get_string_id(k), k, None) for k in sorted(words)])
    ref_hash = fastload._pack(w, [(get_string_id(k), None, v) for k, v in words.items()])
    mv = memoryview(b"".join(w.parts))
    m = fastload._unpack(mv, ref_map, fastload.PackedTable)
    s = fastload._unpack(mv, ref_set, fastload.PackedSet)
    h = fastload._unpack(mv, ref_hash, fastload.PackedTable)
    assert dict(m) == words and len(m) == 4
    assert m.get("chevaux") == ["cheval"] and m.get("cheval", []) == [] and m.get(get_string_id("yeux")) is None
    assert "été" in s and "ete" not in s and set(s) == set(words) and 12 not in s
    assert h.get("yeux") == ["œil", "oeil"] and h.get(get_string_id("yeux")) == ["œil", "oeil"]
    assert h.get("inconnu", "inconnu") == "inconnu"
    with pytest.raises(KeyError):
        m["inconnu"]
    with pytest.raises(fastload.CacheError):
        fastload._pack(w, [(1, "a", []), (2, "b", ["x"])])  # an empty list would read back as [""]


def test_recorded_patterns_rebuild_the_same_compiled_patterns():
    """Every kind of pattern round-trips through the cache format to an equal
    compiled pattern (same code), under the key re.compile looks up; a
    pattern compiled with re.DEBUG is never recorded (re does not cache it)."""
    import re

    samples = [
        (r"(?P<jour>\d{1,2}) (?P<mois>avril|mai)", re.I),
        (r"«\s*([^»]+?)\s*»", 0),
        (rb"[\x00-\x1f]+", 0),
        ("(?iu)^(?:anti|contre)[-‐][a-zà-ÿ]+$", 0),
        ("\ud800?x", 0),  # a lone surrogate survives the round trip
    ]
    rec = fastload.Recorder().start()
    try:
        compiled = [re._compiler.compile(p, f) for p, f in samples]
    finally:
        rec.stop()
    assert len(rec.records) == len(samples)
    w = fastload._Writer()
    entries = fastload.pack_regexes(rec.records, w)
    back = fastload.unpack_regexes(entries, memoryview(b"".join(w.parts)))
    for (p, f), c in zip(samples, compiled):
        again = back[(type(p), p, int(f))]
        assert again == c and again.pattern == p and again.flags == c.flags and again.groupindex == c.groupindex


def test_debug_compiles_are_not_recorded(capsys):
    import re

    rec = fastload.Recorder().start()
    try:
        re._compiler.compile("ab+", re.DEBUG)
    finally:
        rec.stop()
    capsys.readouterr()
    assert rec.records == {}


def test_prune_removes_old_caches_of_the_model_only(tmp_path):
    import time

    keep = "fr_core_news_sm-3.8.0-aaaa.bin"
    old = time.time() - 40 * 86400
    files = {
        keep: old,  # the one just written is kept whatever its age
        "fr_core_news_sm-3.7.0-bbbb.bin": old,  # another key, long unused: removed
        "fr_core_news_sm-3.8.0-cccc.bin": time.time(),  # another key, recent: kept
        "en_core_web_sm-3.8.0-dddd.bin": old,  # another model: kept
        ".fr_core_news_sm-3.8.0-aaaa.bin.x1.tmp": time.time() - 7200,  # a killed write: removed
        ".fr_core_news_sm-3.8.0-aaaa.bin.x2.tmp": time.time(),  # a write going on: kept
    }
    for name, mtime in files.items():
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (mtime, mtime))
    fastload.prune(tmp_path, keep)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [keep, "fr_core_news_sm-3.8.0-cccc.bin", "en_core_web_sm-3.8.0-dddd.bin", ".fr_core_news_sm-3.8.0-aaaa.bin.x2.tmp"])


def test_prune_keeps_only_the_most_recent_other_caches(tmp_path):
    # Every version of seoarticle writes its own cache (some 17 MB): of the
    # others, only the OTHER_CACHES_KEPT most recent stay, however young.
    import time

    keep = "fr_core_news_sm-3.8.0-aaaa.bin"
    now = time.time()
    others = [f"fr_core_news_sm-3.8.0-{k:04d}.bin" for k in range(5)]
    for k, name in enumerate([keep] + others):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (now - 60 * k, now - 60 * k))  # the later in the list, the older
    fastload.prune(tmp_path, keep)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([keep] + others[: fastload.OTHER_CACHES_KEPT])


def test_unusable_patterns_mean_a_rebuild(cache_file, monkeypatch):
    """A cache whose patterns cannot be rebuilt (it passed its checksum, so
    only a bug or a tampered file) is treated as missing: built again."""

    def broken(*a, **k):
        raise RuntimeError("invalid SRE code")

    monkeypatch.setattr(fastload, "unpack_regexes", broken)
    built = []
    monkeypatch.setattr(fastload, "_build", lambda model, key, rec: (built.append(rec) or "stock nlp", True))
    assert fastload.load("fr_core_news_sm") == "stock nlp" and fastload.last_mode == "built"
    assert built and built[0] is not None and not built[0].active  # recorded, then stopped


def test_spacy_is_imported_without_its_command_line_package_which_stays_importable():
    code = (
        "import sys\n"
        "from seoarticle.nlp import get_nlp\n"
        "nlp = get_nlp()\n"
        "assert [t.lemma_ for t in nlp('Les sénateurs ont adopté le texte.')][:2] == ['le', 'sénateur']\n"
        "assert 'spacy.cli' not in sys.modules and 'spacy.cli.download' not in sys.modules\n"
        "import spacy, spacy.cli\n"
        "assert hasattr(spacy.cli, 'download') and callable(spacy.info)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


# Python code: `seoarticle rewrite examples/isw-briefing.txt -q`, in the process.
_REWRITE_ISW = (
    "from seoarticle.cli import main\n"
    "sys.argv = ['seoarticle', 'rewrite', 'examples/isw-briefing.txt', '-q']\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as exc:\n"
    "    assert not exc.code, exc.code\n"
)


def test_a_rewrite_from_the_command_line_never_imports_spacys_command_line_package():
    """Any stage importing spaCy directly (`from spacy.strings import …` at
    the top of a module) imported its command-line package with it, typer's
    and weasel's modules included: 0.3 to 0.5 s of every cold start."""
    code = (
        "import sys\n"
        + _REWRITE_ISW +
        "loaded = sorted(m for m in sys.modules if m.startswith(('spacy.cli', 'weasel')))\n"
        "sys.stderr.write(repr(loaded))\n"
        "assert 'spacy' in sys.modules and not loaded\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("---\n"), out.stderr[-2000:]


def test_the_cache_holds_the_patterns_of_every_stage(tmp_path):
    """The cache keeps the patterns compiled from `prime` to the end of the
    model's load. The engine, outline and checks were imported after the
    load, so their 320-odd patterns were compiled again on every run (about
    a fifth of a second of each start); now a second run compiles only the
    patterns functions build on first use, after the load (about 30, 9 ms)."""
    code = (
        "import sys, re._compiler as compiler\n"
        "from seoarticle.nlp import prime\n"
        "prime()\n"
        "real, count = compiler.compile, [0]\n"
        "def counting(p, flags=0):\n"
        "    count[0] += 1\n"
        "    return real(p, flags)\n"
        "compiler.compile = counting\n"
        + _REWRITE_ISW +
        "from seoarticle import fastload\n"
        "sys.stderr.write(f'{fastload.last_mode} {count[0]}')\n"
    )
    env = {**os.environ, "SEOARTICLE_CACHE_DIR": str(tmp_path)}
    env.pop("SEOARTICLE_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                           timeout=300) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[-1].stderr[-2000:]
    (mode1, n1), (mode2, n2) = (r.stderr.split()[-2:] for r in runs)
    assert (mode1, mode2) == ("built", "cache")
    assert int(n1) > 400 and int(n2) < 60, (n1, n2)


def test_catalogue_gets_the_same_entry_points_grouped():
    """catalogue's snapshot of the entry points, as a dict (see
    fastload._group_entry_points): the same ones, group by group, as Python
    selects them."""
    from importlib.metadata import entry_points

    import catalogue

    fastload.import_spacy()
    grouped = catalogue.AVAILABLE_ENTRY_POINTS
    assert type(grouped) is dict and "console_scripts" in grouped
    for group, eps in grouped.items():
        assert [(e.name, e.value) for e in eps] == [(e.name, e.value) for e in entry_points(group=group)]
    assert catalogue.create("seoarticle_test_ns", entry_points=True).get_entry_points() == {}


def test_the_patterns_our_modules_compile_are_the_same_string_in_every_process():
    """The cache gives back a compiled pattern only for the very same
    string: a pattern built from a set (whose order follows the process's
    string hashing) missed it in every other process. readability's
    transition words, sorted by length only, made two patterns of ~5 ms."""
    code = (
        "import sys, re._compiler as compiler\n"
        "real, seen = compiler.compile, set()\n"
        "def recording(p, flags=0):\n"
        "    seen.add((repr(p), int(flags)))\n"
        "    return real(p, flags)\n"
        "compiler.compile = recording\n"
        "from seoarticle.fastload import import_spacy\n"
        "import_spacy()\n"
        "from seoarticle.nlp import import_stages\n"
        "import_stages()\n"
        "import seoarticle.cli, seoarticle.batch\n"
        "print('\\n'.join(sorted(map(repr, seen))))\n"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SEOARTICLE_NO_CACHE": "1"}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                             timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        outs.append(set(out.stdout.splitlines()))
    assert len(outs[0]) > 400
    assert outs[0] == outs[1], sorted(outs[0] ^ outs[1])[:4]
