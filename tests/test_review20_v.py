"""Review 20 (engineer v): a keyphrase holding a verb the tagger read as a
noun (« club annonce » of « le club annonce un appel »); a claim the
paragraph denies after it listed without its denial (A-M2); a relative
clause given to the first noun of « le renouvellement du contrat …, qui
fixe … » and « Ce fonds » read as « le fonds » with nothing to say which
(A-M3); a person's first name the tagger made a place of (« Flavio Di
Giacomo » named « Di Giacomo », B-M4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seoarticle.analysis import analyse
from seoarticle.engines import offline
from seoarticle.reader import read
from seoarticle.rephrase import relative_statements
from reading import article_md, list_section

FIXTURES = Path(__file__).parent / "fixtures"
RUGBY = str(FIXTURES / "review20b_t01_rugby_dnacg.txt")
POSTE = str(FIXTURES / "review20a_t04_la_poste_cantal.txt")
MIGRANTS = str(FIXTURES / "review20b_t05_naufrage_libye.txt")
PROBE = str(FIXTURES / "probe17c_claim_key_point.txt")


def _front(md: str, field: str) -> str:
    m = re.search(rf"^{field}: (.*)$", md, re.M)
    return m.group(1).strip("'") if m else ""


def _headings(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("#")]


def _lists(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("- ")]


# --- a keyphrase is a noun phrase --------------------------------------------------

def test_a_verb_read_as_a_noun_makes_no_keyphrase():
    # « le club annonce un appel »: « annonce » (tagged a noun, also « annoncer »'s
    # present) is the headline's verb; « club annonce » gave « Rugby : le club
    # annonce un appel » and « L'essentiel sur le club annonce ».
    md = article_md(RUGBY)
    assert _front(md, "keyword") and "annonce" not in _front(md, "keyword")
    assert not any("club annonce" in h for h in _headings(md))


def test_a_preposition_read_as_a_noun_makes_no_keyphrase():
    # « le ministre face aux syndicats »: « face » there is no noun of « ministre ».
    md = article_md(PROBE)
    assert _front(md, "keyword") and "face" not in _front(md, "keyword")
