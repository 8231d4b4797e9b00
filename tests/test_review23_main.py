"""Session 21's own reading of corpus 001: a key point whose « l'intéressé »
and « les deux affaires » stand for a man and a case told in the sentences
before it (the Belgian the claim named), listed right after a line on the
attacker, read as if the attacker had an alibi."""

from reading import list_section, plain

from seoarticle import rephrase


def test_a_line_with_l_interesse_or_between_the_two_bare_nouns_points_back():
    assert rephrase.points_back(
        "Il n'y aurait aucun lien entre les deux affaires, l'intéressé s'étant présenté dans un commissariat "
        "d'Anvers avec un solide alibi, puisqu'il était au travail lors de l'attaque.")
    assert rephrase.points_back("Le parquet a entendu l'intéressée mardi.")
    assert rephrase.points_back("Aucun lien n'a été établi entre les deux hommes.")


def test_the_two_things_named_in_the_line_or_an_election_s_rounds_do_not():
    # (The noun says which two: « les deux listes arrivées en tête ».)
    assert not rephrase.points_back(
        "Le tribunal administratif a validé le résultat après un recomptage qui a ramené l'écart entre les deux "
        "listes arrivées en tête de 1 048 à 212 voix.")
    assert not rephrase.points_back("Le débat aura lieu entre les deux tours.")
    assert not rephrase.points_back("Les salariés intéressés pourront postuler jusqu'au 3 mars.")


def test_corpus_001_lists_no_alibi_among_the_key_points(results):
    _, result = results["001.txt"]
    points = list_section(plain(result.markdown), "L'essentiel")
    assert points and not any("alibi" in p or "intéressé" in p for p in points), points
