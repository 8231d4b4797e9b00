"""The checks on small French articles whose answers were counted by hand."""

import pytest

from seoarticle.checks import ParsedArticle, parse_markdown, run_checks
from seoarticle.errors import InputError

FRONT = """---
title: 'Intégration militaire : Moscou et Minsk resserrent leurs liens'
description: L’intégration militaire entre la Russie et la Biélorussie s’accélère, selon les analystes, qui redoutent une annexion de fait.
slug: integration-militaire-russie-bielorussie
keyword: intégration militaire
---
"""

BODY = """
# Intégration militaire : Moscou et Minsk resserrent leurs liens

**L’intégration militaire entre la Russie et la Biélorussie s’accélère. M. Loukachenko l’a confirmé samedi.**

## Les étapes de l’intégration militaire

En 1999, les deux pays ont signé un traité d’union. Le texte a été ratifié par les deux parlements. Aujourd’hui, 2 800 000 soldats et réservistes seraient concernés, soit 66,1 % des effectifs, selon Mme Petrova.

Les exercices communs se multiplient. Les exercices de 2021 ont mobilisé des milliers d’hommes. Les exercices suivants, peut-être plus vastes, sont prévus en septembre.

## Ce que disent les analystes

« Minsk n’a plus vraiment le choix », estime un chercheur de l’ISW. Cependant, a-t-il ajouté, les Biélorusses restent attachés à leur indépendance.
"""

SOURCE = """Intégration militaire

En 1999, la Russie et la Biélorussie ont signé un traité d'union, ratifié par les deux parlements. M. Loukachenko a confirmé samedi, à Moscou, l'accélération de l'intégration militaire. Aujourd'hui, 2 800 000 soldats et réservistes seraient concernés, soit 66,1 % des effectifs, selon Mme Petrova. Les exercices de 2021 ont mobilisé des milliers d'hommes ; les suivants sont prévus en septembre.

« Minsk n'a plus vraiment le choix », estime un chercheur de l'ISW, qui rappelle que 80 % des Biélorusses restent attachés à leur indépendance. « Le Kremlin avance pas à pas », ajoute-t-il.
"""


@pytest.fixture(scope="module")
def report():
    return run_checks(FRONT + BODY, source=SOURCE)


def by_id(r):
    return {c.id: c for c in r.checks}


def test_markdown_with_front_matter_and_headings():
    art = parse_markdown(FRONT + BODY)
    assert art.front["keyword"] == "intégration militaire"
    assert art.h1 == ["Intégration militaire : Moscou et Minsk resserrent leurs liens"]
    assert [lv for lv, _ in art.headings] == [2, 2]
    assert len(art.paragraphs) == 4 and art.paragraphs[0].startswith("**L’intégration")


def test_markdown_without_front_matter_setext_and_lists():
    art = parse_markdown("Titre de l’article\n===\n\nUn paragraphe\nsur deux lignes.\n\nSous-titre\n---\n\n- un point\n1. un autre\n")
    assert art.front == {} and art.h1 == ["Titre de l’article"] and art.headings == [(2, "Sous-titre")]
    assert art.paragraphs == ["Un paragraphe sur deux lignes.", "un point", "un autre"]


def test_markdown_with_no_headings_is_all_body():
    art = parse_markdown("Un texte sans titre.\n\nDeux paragraphes.")
    assert isinstance(art, ParsedArticle) and art.h1 == [] and art.headings == [] and len(art.paragraphs) == 2


def test_bad_front_matter_is_an_input_error():
    with pytest.raises(InputError):
        parse_markdown("---\ntitle: [unclosed\n---\n# T\n")


def test_counts_by_hand(report):
    c = by_id(report)
    # Body words (word-processor count): 14 + 35 + 24 + 21 = 94 (« 2 800 000 » is three here).
    assert c["length"].value == 94 and c["length"].status == "fail"
    # Readability words and sentences (Flesch: « 2 800 000 » and « 66,1 % » are one word each):
    # lead 9 + 5; 10 + 9 + 14; 5 + 9 + 10; 11 + 10: 92 words, 10 sentences.
    assert c["flesch"].detail.startswith("92 words, 10 sentences")
    assert c["long_sentences"].value == 0.0


def test_keyphrase_matching_is_french(report):
    c = by_id(report)
    # « L’intégration militaire » (lead, elided), « l’intégration militaire » (H2): 2 occurrences
    # in 94 body words + 10 heading words.
    assert c["keyphrase_density"].detail == "2 occurrences in 104 words of body and subheadings"
    assert c["keyphrase_density"].value == round(100 * 2 / 104, 2)
    assert c["keyphrase_first_paragraph"].status == "pass"
    assert c["keyphrase_h1"].value == "at 21 characters" and c["keyphrase_h1"].status == "pass"
    assert c["keyphrase_description"].status == "pass"
    assert c["keyphrase_slug"].status == "pass"
    assert c["keyphrase_subheadings"].value == "50 %"


def test_plural_and_inflected_forms_match():
    md = "# Les policiers tués à Paris\n\nDeux policiers ont été tués. Le policier tué hier était jeune.\n"
    c = by_id(run_checks(md, keyword="policier tué"))
    assert c["keyphrase_h1"].status == "pass"
    assert c["keyphrase_density"].detail.startswith("2 occurrences")
    md = "# Référendum\n\nLes députés signent l’accord. L’accord a été signé hier.\n"
    c = by_id(run_checks(md, keyword="accord signé"))
    assert c["keyphrase_density"].detail.startswith("2 occurrences")  # « signent » through its lemma


def test_title_description_structure(report):
    c = by_id(report)
    assert c["title_length"].value == 62 and c["title_length"].status == "warn"
    assert c["description_length"].value == 126 and c["description_length"].status == "pass"
    assert c["h1"].status == "pass"
    assert c["sections"].status == "pass" and c["paragraphs"].status == "pass"
    assert c["transitions"].items["words"] == ["cependant", "selon"]
    # « Les exercices » opens three sentences in a row.
    assert c["openings"].value == 1 and "les exercices" in c["openings"].detail


def test_passive_found(report):
    c = by_id(report)
    assert [s.split()[:3] for s in c["passive"].items["sentences"]] == [
        ["Le", "texte", "a"],  # a été ratifié
        ["Aujourd'hui,", "2", "800"],  # seraient concernés
        ["Les", "exercices", "suivants,"],  # sont prévus
    ]


def test_facts(report):
    c = by_id(report)
    assert c["facts_numbers"].status == "warn"  # 80 % is in the source only
    assert c["facts_numbers"].items == {"absent_from_source": [], "missing_from_article": ["80"]}
    assert c["facts_quotations"].items["missing_from_article"] == ["Le Kremlin avance pas à pas"]
    assert c["facts_quotations"].items["absent_from_source"] == []
    assert c["facts_named_entities"].items["absent_from_source"] == []
    assert report.verdict == "fail"  # the length


def test_invented_facts_fail():
    md = BODY.replace("2 800 000", "2 900 000").replace("samedi", "le 3 mars").replace(
        "« Minsk n’a plus vraiment le choix »", "« Minsk a perdu »") + "\nVladimir Poutine a salué l’accord.\n"
    c = by_id(run_checks(md, source=SOURCE))
    assert c["facts_numbers"].status == "fail" and c["facts_numbers"].items["absent_from_source"] == ["3", "2 900 000"]
    assert "2 800 000" in c["facts_numbers"].items["missing_from_article"]
    assert c["facts_dates"].status == "fail" and c["facts_dates"].items["absent_from_source"] == ["le 3 mars"]
    assert c["facts_quotations"].items["absent_from_source"] == ["Minsk a perdu"]
    assert "Vladimir Poutine" in c["facts_named_entities"].items["absent_from_source"]


def test_structure_failures():
    two_h1 = "# Un\n\nTexte court.\n\n# Deux\n\nEncore.\n"
    assert by_id(run_checks(two_h1, keyword="texte"))["h1"].status == "fail"
    long_section = "# Titre\n\n" + "\n\n".join(["Le conseil municipal a voté le budget de la ville pour l’année prochaine."] * 25)
    c = by_id(run_checks(long_section, keyword="budget"))
    assert c["sections"].value == 325 and c["sections"].status == "warn"
    assert c["openings"].status == "warn"
    one_block = "# Titre\n\n" + " ".join(["Le conseil municipal a voté le budget de la ville pour l’année prochaine."] * 12)
    assert by_id(run_checks(one_block, keyword="budget"))["paragraphs"].value == 156


def test_no_keyphrase_anywhere_is_chosen_from_the_article():
    md = "# Ouragan Sandy : New York inondée\n\nL’ouragan Sandy a frappé New York lundi. Le passage de l’ouragan Sandy a privé de courant des millions d’habitants.\n"
    r = run_checks(md)
    assert r.facts["keyword_how"].startswith("chosen from the article")
    assert "sandy" in r.facts["keyword"].lower()


def test_rewrite_reports_no_invented_fact(results):
    """rewrite's own report compares the article with its input: on the
    corpus and the ISW briefing, nothing is invented."""
    for name, (_text, res) in results.items():
        c = by_id(res.report)
        for kind in ("numbers", "dates", "named_entities", "quotations"):
            assert c[f"facts_{kind}"].status != "fail", (name, c[f"facts_{kind}"].detail)
        assert c["h1"].status == "pass" and c["title_length"].status != "fail", name
