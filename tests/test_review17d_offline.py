"""Session 16, probes of _bare_noun_checked (was _named_in_full, c817033): a bare « Le ministre »
after two ministers named in full must not take either one's name."""
from pathlib import Path

from seoarticle import rewrite

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_bare_noun_after_two_referents_takes_neither_name():
    # « …reçus par le ministre de l'Économie, Bruno Lefort, … Le ministre a
    # reconnu que 40 % des salariés … »: the bare noun was given the earlier
    # subject's full mention (« le ministre du Travail, Paul Mercier, a
    # reconnu … »), a statement credited to the wrong minister.
    text = (FIXTURES / "probe17_deux_ministres.txt").read_text(encoding="utf-8")
    md = rewrite(text).markdown
    lines = [x for x in md.splitlines() if "des salariés seraient concernés" in x]
    assert lines  # (the body's sentence at least)
    for line in lines:
        if line.startswith("- "):
            assert "Paul Mercier" not in line and "du Travail" not in line, line
            assert "Bruno Lefort" not in line or "Économie" in line, line


def _key_lines(name: str) -> list[str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [x.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'")
            for x in rewrite(text).markdown.splitlines() if x.startswith("- ")]


def test_a_bare_noun_named_after_another_word_takes_no_name():
    # Code review cr17c F1, F2: « …ont écrit au ministre de l'Économie, Bruno
    # Lefort, … Le ministre a reconnu que 40 % … » gave « le ministre du
    # Travail, Paul Mercier, a reconnu … » (the mention after « au » was not
    # counted); « La ministre du Travail, Pauline Mercier » gave « la
    # ministre du Travail a reconnu » for « Le ministre a reconnu ».
    for name in ("probe17c_au_ministre.txt", "probe17c_la_ministre.txt"):
        for line in _key_lines(name):
            if "40 % des salariés" in line:
                assert "Mercier" not in line and "du Travail" not in line, (name, line)
    # « L'entreprise Vinci a remporté … une entreprise locale de Chambéry a
    # déposé un recours … L'entreprise réclame 2 millions d'euros »: not Vinci.
    assert not any("Vinci réclame" in x for x in _key_lines("probe17c_entreprise.txt"))


def test_a_claim_after_a_colon_keeps_who_claims_it():
    # Code review cr17c F3, F4: « La CGT s'inquiète : 400 emplois seront
    # supprimés … » gave « **400 emplois** : 400 emplois seront supprimés … »,
    # « Force ouvrière est catégorique : le ministre recrutera 3 000 agents »
    # the key point « Le ministre … recrutera 3 000 agents en moyenne. ».
    claims = _key_lines("probe17c_claims.txt")
    for said in ("400 emplois seront supprimés", "120 intérimaires ne seront pas renouvelés",
                 "la production baissera de 30 %"):
        for line in claims:
            if said in line.lower():
                assert line.lower().index(said) > line.index(" : ") + 3, line  # something before it: its source
    for line in _key_lines("probe17c_claim_key_point.txt"):
        if "recrutera 3 000 agents" in line:
            assert "Force ouvrière" in line, line
