"""Review 19 (A, B): titles, headings and keyphrases. A title never ends on
a verb whose complement the cut drops (A-M6, B-M7), nor is « Assemblée
adopte » (a subject and its verb) a keyphrase; a heading never ends on a
finite verb, in -er or not; a coordination in a heading gives each member
its article (B-G2); a group a denial, a negation or « toute » governs is no
heading (B-M3)."""

from __future__ import annotations

import re
from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.reader import read
from reading import article_md, plain

FIXTURES = Path(__file__).parent / "fixtures"


_plain = plain


def _article(name: str) -> str:
    return article_md(FIXTURES / name)


def _h1(md: str) -> str:
    return re.search(r"^# (.+)$", md, re.M).group(1)


def _h2s(md: str) -> list[str]:
    return re.findall(r"^## (.+)$", md, re.M)


def test_a_title_keeps_the_complement_of_its_last_verb():
    # A-M6: « Logement : l'Assemblée adopte » (the tagger read « adopte »
    # as an adjective) of « … adopte en première lecture la proposition de
    # loi sur les meublés de tourisme ».
    md = _article("review19a_t01_vote_loi_logement.txt")
    title = _h1(md)
    assert not title.endswith("adopte"), title
    assert not re.search(r"^title: .*adopte'?$", md, re.M)
    # B-M7: « Métro de Toulouse : la troisième ligne ouvrira » of « … ouvrira
    # avec un an de retard et 400 millions d'euros de surcoût ».
    title = _h1(_article("review19b_t05_metro_extension.txt"))
    assert not title.endswith("ouvrira"), title


def test_a_verb_and_its_subject_are_no_keyphrase():
    from seoarticle import keyphrase as kpm

    a = analyse(read((FIXTURES / "review19a_t01_vote_loi_logement.txt").read_text()))
    focus, secondary = kpm.choose(a)
    phrases = [focus.text] + [k.text for k in secondary]
    assert "Assemblée adopte" not in phrases, phrases


def test_a_title_ending_on_a_verb_with_nothing_after_it_stays():
    from seoarticle.outline import _ends_on_a_verb_cut

    a = analyse(read("Inondations : la Loire déborde\n\nLa Loire est sortie de son lit mardi à Orléans, "
                     "où plusieurs quartiers ont été évacués. Les pompiers sont intervenus toute la nuit.\n"))
    assert not _ends_on_a_verb_cut("Inondations : la Loire déborde", a)
    a = analyse(read("Inondations : la Loire déborde à Orléans et à Tours\n\nLa Loire est sortie de son lit mardi "
                     "à Orléans, où plusieurs quartiers ont été évacués. Les pompiers sont intervenus.\n"))
    assert _ends_on_a_verb_cut("Inondations : la Loire déborde", a)


def test_a_heading_never_ends_on_a_finite_verb_not_in_er():
    from seoarticle.outline import _verb_only

    # Futures and third persons of verbs not in -er that the tables know
    # only as verbs; not a participle, a plural noun, nor a noun.
    for word in ("ouvrira", "fermera", "prendront", "prend", "peut", "vient", "ouvre"):
        assert _verb_only(word), word
    for word in ("places", "dit", "prise", "ouvert", "sort", "opéra", "fait"):
        assert not _verb_only(word), word


def test_a_coordination_in_a_heading_gives_each_member_its_article():
    # B-G2: « Hangar agricole et la commune de Collobrières » (of « un
    # hangar agricole » … « la commune de Collobrières »).
    for h in _h2s(_article("review19b_t04_incendie_foret.txt")):
        m = re.match(r"(.+?) et (?:le|la|les|l')\b", h)
        if m:
            first = m.group(1)
            assert re.match(r"(?:Le|La|Les|L')\b", first) or first.split()[0][:1].isupper() and (
                len(first.split()) == 1 or first.split()[1][:1].isupper()), h
    assert "Hangar agricole et la commune de Collobrières" not in _h2s(_article("review19b_t04_incendie_foret.txt"))


def test_a_denied_group_is_no_heading():
    # B-M3: « Elle a démenti toute défaillance du système de sécurité » gave
    # the heading « La défaillance du système de sécurité ».
    h2s = _h2s(_article("review19b_t02_musee_vol.txt"))
    assert not any("défaillance" in h for h in h2s), h2s


def test_a_group_a_denial_or_toute_governs_is_no_heading_window():
    from seoarticle.outline import _heading_windows

    def texts(sentence: str) -> list[str]:
        a = analyse(read("Titre\n\n" + sentence + "\n"))
        return [x[2].lower() for x in _heading_windows(a.sentences[0])]

    for sentence in ("La direction du musée a nié toute défaillance du système de sécurité.",
                     "Le ministre a démenti les rumeurs de démission du préfet de police.",
                     "La défaillance du système de sécurité a été démentie par la direction du musée."):
        found = texts(sentence)
        assert not any("défaillance" in t or "rumeurs" in t for t in found), (sentence, found)
    # Who denies is still named (« démentie par la préfecture du Finistère »).
    found = texts("Cette information a été formellement démentie par la préfecture du Finistère.")
    assert any("préfecture du finistère" in t for t in found), found
