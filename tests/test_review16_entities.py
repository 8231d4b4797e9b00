"""Review 16: entities (the facts check, persons named twice) and keyphrases."""

from __future__ import annotations

from pathlib import Path

from seoarticle import facts as fx
from seoarticle.checks import run_checks, source_facts_of
from seoarticle.nlp import get_nlp

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_question_word_opening_a_heading_is_no_name():
    # B-W17: the model tags « Combien » opening a question; the facts check
    # then reported it as a name missing from the source.
    nlp = get_nlp()
    line = "Combien de mètres la Loire a-t-elle atteints ?"
    found = fx.extract(line, [nlp(line)])
    assert "Loire" in found.entities.values()
    assert "Combien" not in found.entities.values()


def test_the_crue_article_invents_no_name():
    source = (FIXTURES / "review16b_t06_crue.txt").read_text(encoding="utf-8")
    md = ("---\ntitle: Crue de la Loire\n---\n\n# Crue de la Loire\n\n"
          "La Loire a atteint 6,12 mètres à l'échelle du pont Royal d'Orléans.\n\n"
          "## Questions-réponses\n\n### Combien de mètres la Loire a-t-elle atteints ?\n\n6,12 mètres.\n")
    report = run_checks(md, source=source, source_facts=source_facts_of(source))
    check = next(c for c in report.checks if c.id == "facts_named_entities")
    assert check.items["absent_from_source"] == []
