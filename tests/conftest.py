import os
import re
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true) the property tests run the same examples every time: a
# submission's run is reproducible. Elsewhere each run explores anew.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
ISW = ROOT / "examples" / "isw-briefing.txt"
SEED_LLM = ROOT / "seeds" / "000_35691501ca13e87b.txt"


@pytest.fixture(scope="session", autouse=True)
def nlp_cache_dir(tmp_path_factory):
    """The pipeline cache (see seoarticle.fastload) of this test session, in and
    out of process: built by the first load, never the user's own."""
    path = tmp_path_factory.mktemp("seoarticle-cache")
    os.environ["SEOARTICLE_CACHE_DIR"] = str(path)
    os.environ.pop("SEOARTICLE_NO_CACHE", None)
    return path


@pytest.fixture(scope="session")
def results():
    """Every corpus text and the ISW briefing, rewritten once per session."""
    from seoarticle import rewrite

    out = {}
    for p in CORPUS + [ISW]:
        text = p.read_text(encoding="utf-8")
        out[p.name] = (text, rewrite(text))
    return out


def first_sentence(text: str):
    """The first sentence of `text` as the analysis reads it (its parse and
    memos): what the rephrase tests take their sentences from."""
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text)).sentences[0]


def body_sentences(md: str) -> list[str]:
    from seoarticle.checks import parse_markdown
    from seoarticle.text import split_sentences

    art = parse_markdown(md)
    return [s for p in art.paragraphs for s in split_sentences(re.sub(r"\*\*", "", p))]
